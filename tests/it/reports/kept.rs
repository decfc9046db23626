//! `order_contact` (schema version 20): each executed order's last contact, kept by triggers
//! for D3's reminder that an intervention is not used. Each test drives the writes through the
//! binary where a command exists (`log --visit`, `log --correct`), and compares the table with
//! the view that says what it must hold.

use super::*;

/// `order_contact` against `order_contact_computed`: rows in one and not the other.
fn differences(env: &Env) -> i64 {
    env.conn()
        .query_row(
            "SELECT (SELECT count(*) FROM (SELECT * FROM order_contact_computed
                                           EXCEPT SELECT * FROM order_contact))
                  + (SELECT count(*) FROM (SELECT * FROM order_contact
                                           EXCEPT SELECT * FROM order_contact_computed))",
            [],
            |r| r.get(0),
        )
        .expect("compare")
}

/// The day `order_contact` keeps for `order_id`, if it has a row.
fn quiet_since(env: &Env, order_id: i64) -> Option<String> {
    env.conn()
        .query_row(
            "SELECT quiet_since FROM order_contact WHERE order_id = ?1",
            [order_id],
            |r| r.get(0),
        )
        .ok()
}

/// D3's reminders within 60 days of today: (case, due).
fn not_used(env: &Env) -> Vec<(i64, String)> {
    of_kind(&items(env, &["reminders", "--within", "60"]), "not_used")
        .iter()
        .map(|i| {
            (
                i["case_id"].as_i64().unwrap(),
                i["due"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn d3_the_last_contact_follows_the_visits_the_commands_record_and_void() {
    let env = Env::new();
    let g = granted(&env, pnr::ADULT, "2026-05-01", "2027-04-30");
    assert_eq!(quiet_since(&env, g.order_id), None, "not executed yet");
    sql_execute(&env, &g, "2026-06-01");
    assert_eq!(quiet_since(&env, g.order_id).as_deref(), Some("2026-06-01"));
    assert_eq!(not_used(&env), vec![(g.case_id, "2026-09-01".to_string())]);

    // A meeting recorded by `log --visit` moves the last contact, and the reminder with it.
    let case = g.case_id.to_string();
    let visit = env.json(&["log", &case, "--visit", "2026-10-01", "--hours", "2"]);
    assert_eq!(quiet_since(&env, g.order_id).as_deref(), Some("2026-10-01"));
    assert_eq!(not_used(&env), vec![(g.case_id, "2027-01-01".to_string())]);
    // An earlier meeting recorded later does not move it back.
    env.json(&["log", &case, "--visit", "2026-09-15", "--hours", "2"]);
    assert_eq!(quiet_since(&env, g.order_id).as_deref(), Some("2026-10-01"));
    assert_eq!(differences(&env), 0);

    // Voiding the latest meeting (`log --correct`) gives the day back to the one before.
    let entry = visit["journal_entry"]
        .as_i64()
        .expect("the visit's journal entry")
        .to_string();
    env.json(&["log", &case, "--correct", &entry, "--note", "Fel dag."]);
    assert_eq!(quiet_since(&env, g.order_id).as_deref(), Some("2026-09-15"));
    assert_eq!(not_used(&env), vec![(g.case_id, "2026-12-15".to_string())]);
    assert_eq!(differences(&env), 0);

    // A follow-up counts for the case's executed order; an ended order leaves the table.
    sql_follow_up(&env, &g, "2026-11-01");
    assert_eq!(quiet_since(&env, g.order_id).as_deref(), Some("2026-11-01"));
    assert!(not_used(&env).is_empty());
    sql_end(&env, &g, "2026-11-20");
    assert_eq!(quiet_since(&env, g.order_id), None);
    assert_eq!(differences(&env), 0);
}

#[test]
fn d3_a_refused_visit_leaves_the_last_contact_as_it_was() {
    let env = Env::new();
    let g = granted(&env, pnr::ADULT, "2026-05-01", "2026-10-31");
    sql_execute(&env, &g, "2026-06-01");
    let before = env.dump();
    // After the grant's last day (G3): refused, and nothing written, order_contact included.
    let out = env.run(&[
        "log",
        &g.case_id.to_string(),
        "--visit",
        "2026-11-10",
        "--hours",
        "2",
    ]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("G3"), "{}", stderr(&out));
    assert_eq!(env.dump(), before);
    assert_eq!(quiet_since(&env, g.order_id).as_deref(), Some("2026-06-01"));
}

#[test]
fn a_version_19_demo_file_gets_its_order_contact_and_check_names_one_changed_outside_insats() {
    let env = Env::new();
    let db = env.dir.path().join("kept.db");
    env.ok_on(&db, &["demo", "--cases", "300"]);
    let c = rusqlite::Connection::open(&db).unwrap();
    let count = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap() };
    let executed = count("SELECT count(*) FROM orders WHERE status = 'executed'");
    assert!(executed > 20, "{executed}");
    // The demo fills the table at the end of its bulk writing, as the triggers would have.
    assert_eq!(count("SELECT count(*) FROM order_contact"), executed);
    // The same file as version 19 had it: no table, view or triggers (nor what later
    // migrations add: version 21's index).
    let triggers: Vec<String> = c
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'order_contact%'",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(triggers.len(), 9, "{triggers:?}");
    for t in &triggers {
        c.execute_batch(&format!("DROP TRIGGER {t}")).unwrap();
    }
    c.execute_batch(
        "DROP VIEW order_contact_computed; DROP TABLE order_contact;
         DROP INDEX decision_follow_up_due; PRAGMA user_version = 19;",
    )
    .unwrap();
    assert_eq!(
        count("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'order_contact%'"),
        0
    );
    // Migration 020 makes and fills them (at the first write: `init`); the file checks clean.
    env.ok_on(&db, &["init"]);
    env.ok_on(&db, &["check"]);
    assert!(count("PRAGMA user_version") >= 20);
    assert_eq!(count("SELECT count(*) FROM order_contact"), executed);
    assert_eq!(
        count(
            "SELECT count(*) FROM (SELECT * FROM order_contact_computed
                                   EXCEPT SELECT * FROM order_contact)"
        ),
        0
    );
    assert_eq!(
        count(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'order_contact%'"
        ),
        9
    );

    // Moved ahead outside insats, an order would hide from D3's reminder: `check` says so.
    c.execute_batch(
        "UPDATE order_contact SET quiet_since = '2026-11-20'
         WHERE order_id = (SELECT min(order_id) FROM order_contact)",
    )
    .unwrap();
    let found = check_fails(&env, &db);
    assert!(
        found.contains("order_contact: 1 row differs from order_contact_computed"),
        "{found}"
    );
    assert!(found.contains("(D3)"), "{found}");
    // A trigger dropped outside insats is named as well: the table would no longer be kept.
    c.execute_batch("DROP TRIGGER order_contact_visit_insert")
        .unwrap();
    let found = check_fails(&env, &db);
    assert!(
        found.contains("trigger order_contact_visit_insert is missing"),
        "{found}"
    );
}

/// `check` of the file at `db`, which must find something (exit 1): its findings.
fn check_fails(env: &Env, db: &std::path::Path) -> String {
    let out = env
        .bare()
        .arg("--db")
        .arg(db)
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    String::from_utf8_lossy(&out.stdout).into_owned()
}
