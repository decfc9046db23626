//! `insats demo` at a size where every stage of a case shows up: made through the commands'
//! own rules, with histories, spread over several caseworkers, and a file `check` passes.

use crate::common::*;

#[test]
fn demo_makes_every_stage_with_histories_and_a_file_check_passes() {
    let env = Env::new();
    let db = env.dir.path().join("stages.db");
    let db_arg = db.to_str().unwrap();
    let out = env.ok_on(&db, &["demo", "--cases", "300"]);
    // No terminal: no progress bar, nothing at all on stderr.
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(shown.contains("300 cases"), "{shown}");
    assert!(shown.contains("what needs action"), "{shown}");

    let c = rusqlite::Connection::open(&db).unwrap();
    let count = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap() };
    for status in [
        "application",
        "assessed",
        "decided",
        "rejected",
        "ordered",
        "executed",
        "ended",
    ] {
        let n = count(&format!(
            "SELECT count(*) FROM cases WHERE status = '{status}'"
        ));
        assert!(n > 0, "no case is {status}");
    }
    assert!(count("SELECT count(*) FROM visit") > 1000);
    assert!(count("SELECT count(*) FROM cancellation") > 50);
    assert!(count("SELECT count(*) FROM follow_up WHERE outcome = 'continue'") > 0);
    assert!(count("SELECT count(*) FROM follow_up WHERE outcome = 'extend'") > 0);
    assert!(count("SELECT count(*) FROM follow_up WHERE outcome = 'end'") > 0);
    assert!(count("SELECT count(*) FROM offer WHERE outcome = 'declined'") > 0);
    // An extension is a new decision replacing the one followed up (E6).
    assert!(count("SELECT count(*) FROM decision WHERE status = 'replaced'") > 0);
    assert!(count("SELECT count(DISTINCT caseworker) FROM cases") >= 4);
    // The journal reads in date order within each case's carrying out, and nothing is dated
    // after today.
    assert_eq!(
        count(&format!(
            "SELECT count(*) FROM journal WHERE day > '{TODAY}'"
        )),
        0
    );

    let check = env.bare().args(["--db", db_arg, "check"]).output().unwrap();
    assert!(check.status.success(), "{}", stderr(&check));
    // The demo shows the first five reminders and counts the rest (it holds only those five):
    // the same count `report reminders` gives.
    let all = env.ok_on(&db, &["--json", "report", "reminders"]);
    let all: serde_json::Value = serde_json::from_slice(&all.stdout).unwrap();
    let total = all["items"].as_array().unwrap().len();
    assert!(total > 5, "{total}");
    assert!(
        shown.contains(&format!("... {} more: insats", total - 5)),
        "{total}: {shown}"
    );
    let caseload = env
        .bare()
        .args(["--db", db_arg, "report", "caseload"])
        .output()
        .unwrap();
    assert!(caseload.status.success(), "{}", stderr(&caseload));
    assert!(String::from_utf8_lossy(&caseload.stdout).contains("fatima.ahmed"));
}

/// The demo writes in bulk (`store::bulk`): without the write-ahead log, row-by-row CHECK and
/// foreign key checks, or the case-keyed indexes of the journal and the visits. What it leaves
/// is an ordinary file: the same schema as `init` makes, write-ahead logging, no journal file
/// beside it, `check` passes (the test above), and SQLite's own integrity check, with every
/// CHECK constraint evaluated on every row, says ok (`check` evaluates them only where no chain
/// or seal vouches for the rows, and the demo seals what it wrote).
#[test]
fn the_demo_file_has_the_schema_and_settings_of_any_file() {
    let env = Env::new();
    let demo = env.dir.path().join("bulk.db");
    let plain = env.dir.path().join("plain.db");
    let out = env
        .bare()
        .args(["--db", demo.to_str().unwrap(), "demo", "--cases", "120"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let init = env
        .bare()
        .args(["--db", plain.to_str().unwrap(), "init"])
        .output()
        .unwrap();
    assert!(init.status.success(), "{}", stderr(&init));
    let schema = |path: &std::path::Path| -> Vec<(String, String, String)> {
        let c = rusqlite::Connection::open(path).unwrap();
        c.prepare(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
    };
    let made = schema(&demo);
    assert!(made.iter().any(|(_, name, _)| name == "journal_case"));
    assert_eq!(made, schema(&plain));
    let c = rusqlite::Connection::open(&demo).unwrap();
    let mode: String = c
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let integrity: Vec<String> = c
        .prepare("PRAGMA integrity_check")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(integrity, ["ok"]);
    let mut journal = demo.clone().into_os_string();
    journal.push("-journal");
    assert!(!std::path::Path::new(&journal).exists());
    // The reports read the journal and the visits through the indexes made at the end.
    let plan: String = c
        .query_row(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM visit WHERE case_id = 1 AND day >= '2026-01-01'",
            [],
            |r| r.get(3),
        )
        .unwrap();
    assert!(plan.contains("visit_case_day"), "{plan}");
}

/// The demo's staff (S2, S3): caseworkers in three units, the provider's coordinator and a
/// manager, each acting in it; the account that made the file keeps every role and every unit,
/// so the README's tour on the demo file works for one person alone.
#[test]
fn s2_s3_the_demo_has_a_staff_that_acts_in_it_and_the_tour_works_alone() {
    let env = Env::new();
    let db = env.dir.path().join("staff.db");
    let db_arg = db.to_str().unwrap();
    let out = env
        .bare()
        .args(["--db", db_arg, "demo", "--cases", "120"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let c = rusqlite::Connection::open(&db).unwrap();
    let count = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(
        count("SELECT count(DISTINCT unit) FROM cases WHERE unit IS NOT NULL"),
        3
    );
    assert_eq!(count("SELECT count(*) FROM cases WHERE unit IS NULL"), 0);
    assert!(count("SELECT count(*) FROM staff WHERE roles = '[\"coordinator\"]'") == 1);
    assert!(count("SELECT count(*) FROM staff WHERE roles = '[\"manager\"]'") == 1);
    assert!(count("SELECT count(*) FROM staff WHERE roles = '[\"caseworker\"]'") >= 4);
    // The coordinator records the meetings, the caseworkers the cases.
    assert_eq!(
        count("SELECT count(*) FROM visit WHERE user <> 'maria.ek'"),
        0
    );
    assert!(count("SELECT count(*) FROM journal WHERE user = 'maria.ek'") > 0);
    assert_eq!(
        count("SELECT count(*) FROM access_log WHERE kind = 'outside_unit'"),
        1
    );
    let me = user();
    let units = count(&format!(
        "SELECT json_array_length(units) FROM staff WHERE login = '{me}'"
    ));
    assert_eq!(units, 3, "the file's maker is in every unit");
    let case: i64 = count("SELECT max(id) FROM cases WHERE status = 'executed'");
    let case = case.to_string();
    for args in [
        vec!["list", "--open"],
        vec!["show", &case],
        vec!["log", &case, "--note", "Telefonsamtal med den enskilde."],
        vec!["guideline", "show"],
        vec!["report", "reminders"],
        vec!["report", "access"],
        vec!["match", "assignee", "list"],
    ] {
        let out = env
            .bare()
            .args(["--db", db_arg])
            .args(&args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
    // The staff act in it as their roles allow.
    let coordinator = env
        .bare()
        .args(["--db", db_arg, "--user", "maria.ek", "show", &case])
        .output()
        .unwrap();
    assert!(coordinator.status.success(), "{}", stderr(&coordinator));
    assert!(stdout(&coordinator).contains("utförarens del"));
    let manager = env
        .bare()
        .args(["--db", db_arg, "--user", "karin.holm", "report", "access"])
        .output()
        .unwrap();
    assert!(manager.status.success(), "{}", stderr(&manager));
}

/// What a newcomer sees first: in a few lines what the file holds (by intervention, by status)
/// and commands to try next, each of which works on the demo file. (`assess` walks at a
/// terminal; here it runs as `--template`, the same questions for a script.)
#[test]
fn the_demo_says_what_is_in_the_file_and_every_suggestion_works() {
    let env = Env::new();
    let db = env.dir.path().join("tour.db");
    let db_arg = db.to_str().unwrap();
    let out = env.bare().args(["--db", db_arg, "demo"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let shown = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(shown.contains("60 cases"), "{shown}");
    assert!(shown.contains("by status        application"), "{shown}");
    assert!(
        shown.contains("by intervention  kontaktperson-sol"),
        "{shown}"
    );
    let before_reminders = shown.split("what needs action").next().unwrap();
    assert!(before_reminders.lines().count() <= 20, "{shown}");
    let tries: Vec<&str> = shown
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("insats "))
        .collect();
    assert!(tries.len() >= 5, "{shown}");
    for t in tries {
        let line = t.split("  #").next().unwrap().trim();
        let mut args: Vec<String> = line.split_whitespace().map(str::to_string).collect();
        if args.iter().any(|a| a == "assess") {
            args.push("--template".into());
        }
        let run = env.bare().args(&args).output().unwrap();
        assert!(run.status.success(), "insats {line}: {}", stderr(&run));
    }
}
