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

/// A file with cases whose active guideline is an imported copy of the built-in one.
fn with_imported_guideline() -> Env {
    let env = file_with_cases();
    let g = env.dir.path().join("g.json");
    env.ok(&["guideline", "export", "--out", g.to_str().unwrap()]);
    env.ok(&["guideline", "import", g.to_str().unwrap()]);
    env
}

#[test]
fn r3_an_edited_guideline_is_named() {
    let env = with_imported_guideline();
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

/// R3: a command that applies the guideline refuses one whose stored text was edited, although
/// it checks the text's hash before parsing (issue 21); the same document written out another
/// way (pretty-printed, the same criteria) still reads, the long way.
#[test]
fn r3_a_command_refuses_an_edited_guideline_and_reads_a_reformatted_one() {
    let env = with_imported_guideline();
    let c = env.conn();
    let body: String = c
        .query_row("SELECT body FROM guideline WHERE active = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    let pretty =
        serde_json::to_string_pretty(&serde_json::from_str::<serde_json::Value>(&body).unwrap())
            .unwrap();
    c.execute("UPDATE guideline SET body = ?1 WHERE active = 1", [&pretty])
        .unwrap();
    env.ok(&["show", "1"]);
    c.execute_batch(
        "UPDATE guideline SET body = replace(body, 'Har den enskilde behov', 'Har den enskilde inget behov');",
    )
    .unwrap();
    let out = env.run(&["show", "1"]);
    assert_fails(&out, 1, "was changed outside insats");
}

#[test]
fn r2_a_forged_chain_gap_does_not_hide_a_deleted_entry() {
    let env = file_with_cases();
    let c = env.conn();
    let (prev, hash): (Vec<u8>, Vec<u8>) = c
        .query_row(
            "SELECT (SELECT hash FROM journal WHERE id = 1), hash FROM journal WHERE id = 2",
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

/// Cuts the last rows off the journal and the audit trail, triggers put back after: the
/// chains stay intact and agree with each other, so only an anchor taken before finds it.
fn cut_both_ends(env: &Env, journal_from: i64, audit_from: i64) {
    let c = env.conn();
    let triggers: Vec<String> = c
        .prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name IN ('journal', 'audit')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    c.execute_batch(
        "DROP TRIGGER journal_no_delete; DROP TRIGGER audit_no_delete; DROP TRIGGER journal_no_update;
         DROP TRIGGER journal_hash_required; DROP TRIGGER audit_no_update; DROP TRIGGER audit_hash_required;",
    )
    .unwrap();
    c.execute("DELETE FROM journal WHERE id >= ?1", [journal_from])
        .unwrap();
    c.execute("DELETE FROM audit WHERE id >= ?1", [audit_from])
        .unwrap();
    for t in triggers {
        c.execute_batch(&t).unwrap();
    }
}

#[test]
fn g4_both_chains_cut_at_their_ends_are_found_through_an_anchor() {
    let env = file_with_cases();
    let anchors = env.dir.path().join("insats.anchors");
    let a = anchors.to_str().unwrap();
    env.ok(&["check", "--anchor", a]);
    let audit_before: i64 = env
        .conn()
        .query_row("SELECT max(id) FROM audit", [], |r| r.get(0))
        .unwrap();
    env.ok(&["log", "1", "--note", "Tredje."]);
    env.ok(&["check", "--anchor", a]);
    // Back to how it stood before the third note, and further: entry #3 and on are gone.
    cut_both_ends(&env, 3, audit_before - 1);
    let out = env.run(&["check", "--anchor", a]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("journal row #4 no longer has the hash anchored then"),
        "{}",
        stdout(&out)
    );
    // A backup anchors beside itself.
    let env = file_with_cases();
    let copy = env.dir.path().join("b.db");
    let v = env.json(&["backup", "--out", copy.to_str().unwrap()]);
    let beside = env.dir.path().join("insats.anchors");
    assert_eq!(v["anchors"], beside.to_str().unwrap());
    let text = std::fs::read_to_string(&beside).unwrap();
    assert!(text.contains(" journal 3 "), "{text}");
}
