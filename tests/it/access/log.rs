//! S4: every command that shows or changes a person's data writes one access line (who, when,
//! which command, which case or how many people, whether numbers were shown), hash-chained,
//! and `report access` is the manager's review of them.

use serde_json::Value;

use crate::common::*;
use crate::support::grant_and_order;

/// A reading command and the line it should write: its command, case, people, revealed.
type Read<'a> = (Vec<&'a str>, &'a str, Option<i64>, Option<i64>, bool);

/// S4: each reading command writes exactly one line, naming its case or counting the people
/// it showed, and saying whether whole numbers were shown.
#[test]
fn s4_each_reading_command_writes_one_access_line() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    crate::decide_support::complete_assessment(&env, case, "grant", None);
    grant_and_order(&env, case, TODAY, "2027-11-22", 10.0);
    env.apply(pnr::ADULT_MAN, "kontaktperson-sol", &["--consent", "self"]);
    env.ok(&[
        "match",
        "assignee",
        "add",
        "--name",
        "Eva Svensson",
        "--pnr",
        "19800102-2386",
        "--role",
        "kontaktperson",
        "--interview",
        "2026-11-02",
    ]);
    let c = case.to_string();
    // (command line, the line's command, case, people, revealed)
    let reads: Vec<Read> = vec![
        (vec!["show", &c], "show", Some(case), None, true),
        (vec!["--json", "show", &c], "show", Some(case), None, true),
        (vec!["log", &c], "log", Some(case), None, false),
        (vec!["letter", &c], "letter", Some(case), None, true),
        (
            vec!["order", &c, "--export", "-"],
            "order --export",
            Some(case),
            None,
            true,
        ),
        (
            vec!["match", "suggest", &c],
            "match suggest",
            Some(case),
            None,
            false,
        ),
        (vec!["list"], "list", None, Some(2), false),
        (vec!["list", "--reveal"], "list", None, Some(2), true),
        (
            vec!["report", "expiring", "--within", "400"],
            "report expiring",
            None,
            Some(1),
            false,
        ),
        (
            vec!["report", "expiring", "--within", "400", "--reveal"],
            "report expiring",
            None,
            Some(1),
            true,
        ),
        (
            vec!["match", "assignee", "list"],
            "match assignee list",
            None,
            Some(1),
            false,
        ),
        (
            vec!["match", "assignee", "show", "1"],
            "match assignee show",
            None,
            Some(1),
            true,
        ),
    ];
    for (args, command, case_id, people, revealed) in reads {
        let before = env.access_lines().len();
        let out = env.run(&args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        let lines = env.access_lines();
        assert_eq!(lines.len(), before + 1, "{args:?}: one line per command");
        let l = lines.last().unwrap();
        assert_eq!(l.kind, "read", "{args:?}");
        assert_eq!(l.command, command);
        assert_eq!(l.user, user());
        assert_eq!(
            (l.case_id, l.people, l.revealed),
            (case_id, people, revealed),
            "{args:?}"
        );
    }
    // A report that shows nobody, and commands on no one's data, leave no line.
    for args in [
        vec!["report", "stats"],
        vec!["guideline", "show"],
        vec!["check"],
    ] {
        let before = env.access_lines().len();
        env.ok(&args);
        assert_eq!(env.access_lines().len(), before, "{args:?}");
    }
    // A change is one line too, however many rows it writes.
    let before = env.access_lines().len();
    env.ok(&["log", &c, "--note", "Samtal."]);
    assert_eq!(env.access_lines().len(), before + 1);
    assert_eq!(env.last_access().kind, "change");
    // The log is a hash chain that `check` verifies.
    let check = env.json(&["check"]);
    let chain = check["chains"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["table"] == "access_log")
        .expect("the access log's chain")
        .clone();
    assert_eq!(chain["intact"], true, "{check}");
    let conn = env.conn();
    conn.execute_batch(
        "DROP TRIGGER access_log_no_update; UPDATE access_log SET user = 'x' WHERE id = 2;",
    )
    .unwrap();
    let out = env.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("access line #2"), "{}", stdout(&out));
}

/// S4: the log review lists who read what, the readings outside the unit first, filtered by
/// staff member, case, person and period; JSON kinds read/change/denied/outside_unit, and CSV.
#[test]
fn s4_report_access_is_the_log_review() {
    let env = Env::new();
    let a = env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    let b = env.apply(pnr::ADULT_MAN, "kontaktperson-sol", &["--consent", "self"]);
    env.ok(&["unit", &a.to_string(), "Vuxen"]);
    env.staff("lss.cw", &["caseworker"], &["LSS"]);
    env.staff("chefen", &["manager"], &[]);
    env.ok(&["show", &b.to_string()]);
    assert_fails(
        &env.run_as("lss.cw", &["show", &a.to_string()]),
        3,
        "refused (S3)",
    );
    let out = env
        .as_user("lss.cw")
        .args(["show", &a.to_string(), "--access-reason", "Jour."])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_fails(
        &env.run_as("lss.cw", &["report", "access"]),
        3,
        "refused (S2)",
    );

    let review = |extra: &[&str]| -> Vec<Value> {
        let mut args = vec!["--json", "report", "access"];
        args.extend_from_slice(extra);
        let out = env.run_as("chefen", &args);
        assert!(out.status.success(), "{}", stderr(&out));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["items"].as_array().unwrap().clone()
    };
    let all = review(&[]);
    assert_eq!(all[0]["kind"], "outside_unit", "{all:?}");
    assert_eq!(all[0]["reason"], "Jour.");
    assert_eq!(all[0]["case_id"], a);
    assert_eq!(all[0]["pnr"], "19900101-****");
    let kinds: Vec<&str> = all.iter().map(|i| i["kind"].as_str().unwrap()).collect();
    for k in ["read", "change", "denied", "outside_unit"] {
        assert!(kinds.contains(&k), "{k} in {kinds:?}");
    }
    let by_lss = review(&["--staff", "lss.cw"]);
    assert_eq!(by_lss.len(), 3, "{by_lss:?}");
    assert!(by_lss.iter().all(|i| i["staff"] == "lss.cw"));
    let on_a = review(&["--case", &a.to_string()]);
    assert!(on_a.iter().all(|i| i["case_id"] == a), "{on_a:?}");
    assert_eq!(review(&["--person", "19900101-2385"]).len(), on_a.len());
    assert!(review(&["--from", "2026-11-24"]).is_empty());
    // Each review is itself a reading, and the next one lists it.
    let now = review(&[]).len();
    assert_eq!(review(&["--from", TODAY, "--to", TODAY]).len(), now + 1);
    let csv = stdout(&env.run_as("chefen", &["report", "access", "--format", "csv"]));
    assert!(
        csv.starts_with("line,kind,at,day,user,staff,command,case_id,pnr,people,revealed,reason"),
        "{csv}"
    );
    let table = stdout(&env.run_as("chefen", &["report", "access"]));
    assert!(
        table.contains("typ") && table.contains("kommando"),
        "{table}"
    );
}
