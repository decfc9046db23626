//! Changes made outside insats that `check` finds, and that `restore` refuses: a dropped
//! trigger, an added index, an edited guideline, a forged chain gap.

use std::os::unix::fs::PermissionsExt;

use crate::common::*;

fn file_with_cases() -> Env {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    env.ok(&["log", "1", "--note", "Första."]);
    env.ok(&["log", "1", "--note", "Andra."]);
    env
}

fn findings(env: &Env) -> Vec<String> {
    let out = env.run(&["check"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    stdout(&out).lines().map(str::to_string).collect()
}

#[test]
fn g4_a_dropped_trigger_and_an_added_index_are_named() {
    let env = file_with_cases();
    env.conn()
        .execute_batch("DROP TRIGGER journal_no_update; CREATE INDEX mine ON person (name);")
        .unwrap();
    let f = findings(&env);
    assert!(
        f.iter()
            .any(|l| l.contains("trigger journal_no_update is missing")),
        "{f:?}"
    );
    assert!(
        f.iter().any(|l| l.contains("index mine is not insats's")),
        "{f:?}"
    );
}

#[test]
fn r3_an_edited_guideline_is_named() {
    let env = file_with_cases();
    let g = env.dir.path().join("g.json");
    env.ok(&["guideline", "export", "--out", g.to_str().unwrap()]);
    env.ok(&["guideline", "import", g.to_str().unwrap()]);
    env.conn()
        .execute_batch(
            "UPDATE guideline SET body = replace(body, 'Har den enskilde behov', 'Har den enskilde inget behov');",
        )
        .unwrap();
    let f = findings(&env);
    assert!(
        f.iter()
            .any(|l| l.contains("its text was changed outside insats")),
        "{f:?}"
    );
}

#[test]
fn r2_a_forged_chain_gap_does_not_hide_a_deleted_entry() {
    let env = file_with_cases();
    let c = env.conn();
    let (prev, hash): (String, String) = c
        .query_row(
            "SELECT prev_hash, hash FROM journal WHERE id = 2",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let trigger: String = c
        .query_row(
            "SELECT sql FROM sqlite_schema WHERE name = 'journal_no_delete'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    c.execute_batch("DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE id = 2;")
        .unwrap();
    c.execute_batch(&trigger).unwrap();
    c.execute(
        "INSERT INTO chain_gap (tbl, first_id, last_id, prev_hash, last_hash, day, user, at)
         VALUES ('journal', 2, 2, ?1, ?2, '2026-11-23', 'x', 'now')",
        [prev, hash],
    )
    .unwrap();
    let f = findings(&env);
    assert!(
        f.iter()
            .any(|l| l.contains("chain_gap row #1") && l.contains("forged")),
        "{f:?}"
    );
    assert!(
        f.iter()
            .any(|l| l.starts_with("journal entry #2 is missing")),
        "{f:?}"
    );
}

#[test]
fn restore_refuses_a_backup_without_its_triggers() {
    let env = file_with_cases();
    let copy = env.dir.path().join("kopia.db");
    env.ok(&["backup", "--out", copy.to_str().unwrap()]);
    let c = rusqlite::Connection::open(&copy).unwrap();
    c.execute_batch("DROP TRIGGER audit_no_delete;").unwrap();
    drop(c);
    std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o600)).unwrap();
    let before = env.dump();
    let out = env.run(&["restore", copy.to_str().unwrap(), "--yes"]);
    assert_fails(&out, 1, "trigger audit_no_delete is missing");
    assert_eq!(env.dump(), before, "nothing restored");
}
