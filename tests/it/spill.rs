//! Reports beyond their memory budget (issue 21, `render::spill`): the rows past
//! `INSATS_SPILL_KIB` go to a temporary file without a name, and the output is the same byte
//! for byte.

use crate::common::*;

#[test]
fn a_report_past_its_memory_budget_prints_the_same_and_leaves_no_file_behind() {
    let env = Env::new();
    let db = env.dir.path().join("spill.db");
    let db_arg = db.to_str().unwrap();
    env.ok_on(&db, &["demo", "--cases", "400"]);
    let tmp = env.dir.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let run = |budget: Option<&str>, args: &[&str]| -> String {
        let mut c = env.bare();
        c.args(["--db", db_arg]).args(args).env("TMPDIR", &tmp);
        if let Some(kib) = budget {
            c.env("INSATS_SPILL_KIB", kib);
        }
        let out = c.output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        stdout(&out)
    };
    for args in [
        &["report", "reminders"][..],
        &["report", "reminders", "--format", "csv"],
        &["--json", "report", "reminders"],
        &[
            "report",
            "reminders",
            "--within",
            "90",
            "--caseworker",
            "anna.lindqvist",
        ],
        &["report", "hours", "--month", "2026-10"],
        // Sorted by due day, case and kind within the budget, as the reminders are.
        &["follow-up", "--due", "--within", "90"],
        &["--json", "follow-up", "--due", "--within", "90"],
        // In IVO's window the reminders read the quarter's individual reports as they come.
        &[
            "--today",
            "2026-10-15",
            "report",
            "reminders",
            "--format",
            "csv",
        ],
    ] {
        let held = run(None, args);
        assert!(
            held.len() > 4000,
            "{args:?}: too short to spill ({} bytes)",
            held.len()
        );
        // One KiB: a few rows at a time in memory, the rest in the file, many runs merged.
        assert_eq!(run(Some("1"), args), held, "{args:?}");
        assert_eq!(run(Some("16"), args), held, "{args:?}");
    }
    let left: Vec<_> = std::fs::read_dir(&tmp).unwrap().collect();
    assert!(
        left.is_empty(),
        "the temporary files have no name: {left:?}"
    );
}

#[test]
fn a_budget_that_is_not_a_number_of_kib_is_refused_in_one_line() {
    let env = Env::new();
    env.cmd()
        .args([
            "apply",
            "--pnr",
            "19900101-2385",
            "--name",
            "Anna Test",
            "--insats",
            "kontaktperson-sol",
            "--requested-by",
            "self",
            "--consent",
            "self",
        ])
        .assert()
        .success();
    for bad in ["0", "many", "-4"] {
        let out = env
            .cmd()
            .args(["report", "reminders"])
            .env("INSATS_SPILL_KIB", bad)
            .output()
            .unwrap();
        assert_fails(&out, 2, "INSATS_SPILL_KIB");
    }
}
