//! `insats demo` at a size where every stage of a case shows up: made through the commands'
//! own rules, with histories, spread over several caseworkers, and a file `check` passes.

use crate::common::*;

#[test]
fn demo_makes_every_stage_with_histories_and_a_file_check_passes() {
    let env = Env::new();
    let db = env.dir.path().join("stages.db");
    let db_arg = db.to_str().unwrap();
    let out = env
        .bare()
        .args(["--db", db_arg, "demo", "--cases", "300"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
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
    let caseload = env
        .bare()
        .args(["--db", db_arg, "report", "caseload"])
        .output()
        .unwrap();
    assert!(caseload.status.success(), "{}", stderr(&caseload));
    assert!(String::from_utf8_lossy(&caseload.stdout).contains("fatima.ahmed"));
}
