//! Files made by earlier schema versions open and migrate without loss (tests/fixtures/vN.db,
//! each made by the binary of that version; see tests/fixtures/README.md).

use std::fs;
use std::os::unix::fs::PermissionsExt;

use crate::common::*;

#[test]
fn a_version_1_file_migrates_without_loss() {
    migrates_without_loss("v1.db", "Anteckning i version 1.");
}

#[test]
fn a_version_2_file_migrates_without_loss() {
    migrates_without_loss("v2.db", "Anteckning i version 2.");
}

#[test]
fn a_version_3_file_migrates_without_loss() {
    migrates_without_loss("v3.db", "Anteckning i version 3.");
}

#[test]
fn a_version_4_file_migrates_without_loss() {
    migrates_without_loss("v4.db", "Anteckning i version 4.");
}

#[test]
fn a_version_5_file_migrates_without_loss() {
    migrates_without_loss("v5.db", "Anteckning i version 5.");
}

#[test]
fn a_version_6_file_migrates_without_loss() {
    migrates_without_loss("v6.db", "Anteckning i version 6.");
}

#[test]
fn a_version_7_file_migrates_without_loss() {
    migrates_without_loss("v7.db", "Anteckning i version 7.");
}

#[test]
fn a_version_8_file_migrates_without_loss() {
    migrates_without_loss("v8.db", "Anteckning i version 8.");
}

#[test]
fn a_version_9_file_migrates_without_loss() {
    let env = migrates_without_loss("v9.db", "Anteckning i version 9.");
    // Version 9 kept kommunicering (F1); the communication and its journal line survive.
    let show = env.json(&["show", "1"]);
    let sent = show["communications"].as_array().unwrap();
    assert_eq!(sent.len(), 1, "{}", show["communications"]);
    assert_eq!(sent[0]["reply_by"], "2026-12-07");
    assert!(show["journal"].as_array().unwrap().iter().any(|j| {
        j["text"]
            .as_str()
            .unwrap()
            .starts_with("Kommunicering (F1)")
    }));
}

#[test]
fn a_version_10_file_migrates_without_loss() {
    let env = migrates_without_loss("v10.db", "Anteckning i version 10.");
    let show = env.json(&["show", "1"]);
    assert_eq!(show["communications"].as_array().unwrap().len(), 1);
    // Version 11 adds the IVO notes: the migrated file takes one.
    let ivo = env.run(&[
        "ivo",
        "note",
        "1",
        "--reason",
        "Ingen kontaktperson har kunnat hittas.",
    ]);
    assert!(ivo.status.success(), "{}", stderr(&ivo));
}

#[test]
fn a_version_11_file_migrates_without_loss() {
    let env = migrates_without_loss("v11.db", "Anteckning i version 11.");
    // Version 12 seals every record of legal weight: the rows the file had are sealed by the
    // migration, so the check above passed, and a row changed outside insats is now found.
    let c = env.raw_conn();
    c.execute(
        "UPDATE person SET address = 'Annan gata 2' WHERE id = 1",
        [],
    )
    .unwrap();
    drop(c);
    let out = env.run(&["check"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
    assert!(all.contains("person #1"), "{all}");
}

/// The chained tables of a file of version 12 or 13.
const CHAINS: [&str; 4] = ["journal", "audit", "access_log", "seal"];

/// Each chain's last hash as the fixture stores it (hex text before version 13, bytes from it).
fn chain_heads(fixture: &str) -> Vec<rusqlite::types::Value> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(fixture);
    let old =
        rusqlite::Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    CHAINS
        .iter()
        .map(|t| {
            old.query_row(
                &format!("SELECT hash FROM {t} ORDER BY id DESC LIMIT 1"),
                [],
                |r| r.get(0),
            )
            .unwrap()
        })
        .collect()
}

#[test]
fn a_version_12_file_migrates_without_loss() {
    // The hex hashes the version 12 binary wrote, read from the fixture itself.
    let heads = chain_heads("v12.db");
    let env = migrates_without_loss("v12.db", "Anteckning i version 12.");
    // Version 13 stores every hash as its 32 bytes; the rows the file had keep their hashes
    // (the same bytes as the hex), so the chains verified above without being rewritten.
    let c = env.conn();
    for (t, head) in CHAINS.iter().zip(&heads) {
        let (kinds, lengths): (String, i64) = c
            .query_row(
                &format!("SELECT group_concat(DISTINCT typeof(hash)), max(length(hash)) FROM {t}"),
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!((kinds.as_str(), lengths), ("blob", 32), "{t}");
        let same: bool = c
            .query_row(
                &format!("SELECT lower(hex(hash)) = ?1 FROM {t} WHERE hash = unhex(?1)"),
                [head],
                |r| r.get(0),
            )
            .unwrap();
        assert!(
            same,
            "{t}: the last hash before the migration is still there"
        );
    }
    let content: String = c
        .query_row(
            "SELECT group_concat(DISTINCT typeof(content)) FROM seal",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(content, "blob");
}

#[test]
fn a_version_13_file_migrates_without_loss() {
    // Each chain's last hash as the version 13 binary stored it.
    let heads = chain_heads("v13.db");
    let env = migrates_without_loss("v13.db", "Anteckning i version 13.");
    // Version 14 no longer stores each row's prev_hash; the rows keep their hashes, and the
    // chains verified above from the previous rows' hashes alone.
    let c = env.conn();
    for (t, head) in CHAINS.iter().zip(&heads) {
        let prev: i64 = c
            .query_row(
                "SELECT count(*) FROM pragma_table_info(?1) WHERE name = 'prev_hash'",
                [t],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(prev, 0, "{t} still has prev_hash");
        let kept: i64 = c
            .query_row(
                &format!("SELECT count(*) FROM {t} WHERE hash = ?1"),
                [head],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            kept, 1,
            "{t}: the last hash before the migration is still there"
        );
    }
}

#[test]
fn a_version_14_file_migrates_without_loss() {
    let env = migrates_without_loss("v14.db", "Anteckning i version 14.");
    // Version 15 takes the content hash out of the seals' index; check (above) still finds
    // each row's latest seal, and a row changed outside insats is still named.
    let c = env.conn();
    let sql: String = c
        .query_row(
            "SELECT sql FROM sqlite_schema WHERE name = 'seal_row'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(!sql.contains("content"), "{sql}");
    drop(c);
    env.raw_conn()
        .execute(
            "UPDATE person SET address = 'Annan gata 2' WHERE id = 1",
            [],
        )
        .unwrap();
    let out = env.run(&["check"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stdout(&out).contains("person #1 does not match its seal"));
}

#[test]
fn a_version_15_file_migrates_without_loss() {
    let env = migrates_without_loss("v15.db", "Anteckning i version 15.");
    // Version 16 drops `orders_running`, which was `orders_executed` a second time; the
    // reports that read it read `orders_executed` instead.
    let c = env.conn();
    let names: Vec<String> = c
        .prepare(
            "SELECT name FROM sqlite_schema WHERE name IN ('orders_running', 'orders_executed')",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(names, ["orders_executed"]);
    drop(c);
    env.ok(&["report", "reminders"]);
    env.ok(&["report", "ivo", "--quarter", "2026-Q4"]);
}

#[test]
fn a_version_16_file_migrates_without_loss() {
    let env = migrates_without_loss("v16.db", "Anteckning i version 16.");
    // Version 17 makes two indexes that `check` reads alone: the visits' ledger holds
    // `voided`, which its condition reads, and the journal's case index no longer copies the
    // rowid. The file checks clean (`migrates_without_loss` runs `check`) and its reports run.
    assert_schema_has(&env, "visit_ledger", "hours, voided)");
    let journal_case = schema_sql(&env, "journal_case");
    assert!(journal_case.ends_with("(case_id)"), "{journal_case}");
    env.ok(&["report", "hours", "--month", "2026-11"]);
    env.ok(&["show", "1"]);
}

#[test]
fn a_version_17_file_migrates_without_loss() {
    let env = migrates_without_loss("v17.db", "Anteckning i version 17.");
    // Version 18 gives the reminders indexes that hold what they read of a case, a person, a
    // grant and a follow-up (issue 21). The file checks clean (`migrates_without_loss` runs
    // `check`) and the reports that read through them run.
    for (name, text) in [
        (
            "cases_subject",
            "(id, person_id, status, insats, caseworker)",
        ),
        ("person_subject", "(id, pnr, protected, birth_date, sex)"),
        ("follow_up_case", "(case_id, day)"),
        ("decision_grant_end", "decided_day"),
        ("decision_in_force", "WHERE status = 'in_force'"),
        ("orders_executed", "(executed_day, case_id)"),
    ] {
        assert_schema_has(&env, name, text);
    }
    env.ok(&["report", "reminders"]);
    env.ok(&["report", "ivo", "--quarter", "2026-Q4"]);
    env.ok(&["show", "1"]);
}

#[test]
fn a_version_18_file_migrates_without_loss() {
    let env = migrates_without_loss("v18.db", "Anteckning i version 18.");
    // Version 19 gives E5's cancellations indexes that hold what it reads of them: the case's
    // cancellations with their party, rebooking and voiding, and those that count by day
    // (issue 21). The file checks clean and the reports that read through them run.
    assert_schema_has(
        &env,
        "cancellation_case_day",
        "(case_id, day, by_whom, rebooked_day, voided)",
    );
    assert_schema_has(
        &env,
        "cancellation_counted",
        "by_whom IN ('individual', 'guardian')",
    );
    env.ok(&["report", "reminders"]);
    env.ok(&["show", "1"]);
}

#[test]
fn a_version_19_file_migrates_without_loss() {
    let env = migrates_without_loss("v19.db", "Anteckning i version 19.");
    // Version 20 keeps each executed order's last contact for D3's reminder, by triggers on
    // the orders, visits and follow-ups (issue 21). The file checks clean (the table against
    // its view included) and the reminders that read it run.
    assert_schema_has(&env, "order_contact_quiet", "(quiet_since)");
    assert_schema_has(&env, "order_contact_visit_insert", "AFTER INSERT ON visit");
    env.ok(&["report", "reminders"]);
    env.ok(&["show", "1"]);
}

#[test]
fn a_version_20_file_migrates_without_loss() {
    let env = migrates_without_loss("v20.db", "Anteckning i version 20.");
    // Version 21 orders the grants in force by the day their follow-ups fall due, with the
    // guideline's default six weeks (issue 21).
    assert_schema_has(
        &env,
        "decision_follow_up_due",
        "max(date(to_day, '-42 days'), from_day)",
    );
    env.ok(&["report", "reminders"]);
    env.ok(&["show", "1"]);
}

#[test]
fn a_migration_leaves_no_big_wal_behind() {
    // Migrating version 1 to the latest rewrites every table: before the checkpoint after the
    // migration, its pages stayed in the WAL file (585 KB here, 2 GB for the 100,000-case demo).
    let env = Env::new();
    fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1.db"),
        &env.db,
    )
    .unwrap();
    fs::set_permissions(&env.db, fs::Permissions::from_mode(0o600)).unwrap();
    env.ok(&["show", "1"]);
    let mut wal = env.db.as_os_str().to_owned();
    wal.push("-wal");
    let size = fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    // What is left is the access line `show` wrote after the migration (a few pages).
    assert!(
        size < 100_000,
        "the WAL is {size} bytes after the migration"
    );
}

/// Asserts that the SQL that made `name` in the file of `env` says `text`.
fn assert_schema_has(env: &Env, name: &str, text: &str) {
    let sql = schema_sql(env, name);
    assert!(sql.contains(text), "{name} lacks {text:?}: {sql}");
}

/// The SQL that made the table or index `name` of the file of `env`.
fn schema_sql(env: &Env, name: &str) -> String {
    env.conn()
        .query_row(
            "SELECT sql FROM sqlite_schema WHERE name = ?1",
            [name],
            |r| r.get(0),
        )
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn migrates_without_loss(fixture: &str, note: &str) -> Env {
    let env = Env::new();
    fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(fixture),
        &env.db,
    )
    .unwrap();
    // Git keeps the fixture 0644; a real file is private, and `check` below would say so.
    fs::set_permissions(&env.db, fs::Permissions::from_mode(0o600)).unwrap();
    let before_people: i64 = env
        .conn()
        .query_row("SELECT count(*) FROM person", [], |r| r.get(0))
        .unwrap();
    let before_journal: i64 = env
        .conn()
        .query_row("SELECT count(*) FROM journal", [], |r| r.get(0))
        .unwrap();
    let show = env.json(&["show", "1"]);
    assert_eq!(show["person"]["name"], "Anna Fixtur");
    let journal = show["journal"].as_array().unwrap();
    assert!(journal.len() >= 2, "{}", show["journal"]);
    assert_eq!(journal[1]["text"], note);
    let child = env.json(&["show", "2"]);
    assert_eq!(child["case"]["court_ref"], "T 1-26");
    let c = env.conn();
    let version: i64 = c
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert!(version > 1, "migrated");
    let people: i64 = c
        .query_row("SELECT count(*) FROM person", [], |r| r.get(0))
        .unwrap();
    assert_eq!(people, before_people);
    let mode: String = c
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    // The migrated file takes new writes, and its journal and audit trail are whole hash chains
    // (the rows written before version 4 were chained when it was migrated).
    env.ok(&["log", "1", "--note", "Efter uppgradering."]);
    let check = env.json(&["check"]);
    assert_eq!(check["ok"], true, "{check}");
    assert_eq!(check["chains"][0]["rows"], before_journal + 1);
    // The account that owns the file is its register's first entry, with every role (S1, S2).
    let staff = env.json(&["staff", "list"]);
    assert_eq!(staff["items"][0]["login"], user(), "{staff}");
    assert_eq!(staff["items"][0]["roles"].as_array().unwrap().len(), 4);
    env
}
