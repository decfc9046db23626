//! The demo carries the provider's work (P1-P4) and declines that say who declined and why (M6).

use crate::common::*;

#[test]
fn p1_p4_m6_the_demo_has_plans_check_ins_expenses_changed_needs_and_declines() {
    let env = Env::new();
    let db = env.dir.path().join("demo.db");
    let out = env
        .bare()
        .args(["--db", db.to_str().unwrap(), "demo", "--cases", "400"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("implementation plans"),
        "{}",
        stdout(&out)
    );
    let c = rusqlite::Connection::open(&db).unwrap();
    let count = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert!(count("SELECT count(*) FROM plan_version") > 50);
    assert!(count("SELECT count(*) FROM plan_check_in") > 50);
    assert!(count("SELECT count(*) FROM expense WHERE in_plan = 1") > 10);
    assert!(count("SELECT count(*) FROM expense WHERE in_plan = 0") > 0);
    assert!(count("SELECT count(*) FROM changed_needs") > 0);
    assert!(
        count("SELECT count(*) FROM offer WHERE declined_by = 'assignee' AND reason IS NOT NULL")
            > 0
    );
    // Every plan is a sound document of its case, as `plan` reads it.
    let case: i64 = c
        .query_row(
            "SELECT case_id FROM plan_version ORDER BY id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let out = env
        .bare()
        .args([
            "--db",
            db.to_str().unwrap(),
            "--json",
            "plan",
            &case.to_string(),
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let plan: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(plan["versions"][0]["plan"]["goals"][0]["activities"][0]["travel"].is_string());
}
