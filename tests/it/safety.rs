//! Data safety (issue 9): `check` and the hash chains, `backup`, `restore`, file modes.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::*;

fn mode(p: &Path) -> u32 {
    fs::metadata(p).expect("metadata").permissions().mode() & 0o777
}

/// A file with two cases and a few notes.
fn env_with_entries() -> Env {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    env.apply(pnr::SENIOR_70, "ledsagning-sol", &["--consent", "self"]);
    for n in ["Första.", "Andra.", "Tredje."] {
        env.ok(&["log", "1", "--note", n]);
    }
    env
}

/// Changes the file as a careful someone with the sqlite3 shell would: triggers dropped first
/// and put back after, so that the schema looks as insats made it.
fn tamper(env: &Env, sql: &str) {
    let c = env.conn();
    let triggers: Vec<String> = c
        .prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name IN ('journal', 'audit')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    c.execute_batch(
        "DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete;
         DROP TRIGGER journal_hash_required; DROP TRIGGER audit_no_update;
         DROP TRIGGER audit_no_delete; DROP TRIGGER audit_hash_required;",
    )
    .expect("drop the triggers");
    c.execute_batch(sql).expect("tamper");
    for t in triggers {
        c.execute_batch(&t).expect("put the trigger back");
    }
}

/// Runs `check`, expects exit 1, and returns its findings (stdout lines).
fn check_fails(env: &Env) -> Vec<String> {
    let out = env.run(&["check"]);
    assert_fails(&out, 1, "check found");
    let findings: Vec<String> = stdout(&out).lines().map(str::to_string).collect();
    assert!(!findings.is_empty());
    let json = env.cmd().args(["--json", "check"]).output().unwrap();
    assert_eq!(json.status.code(), Some(1));
    let doc: Value = serde_json::from_slice(&json.stdout).expect("one JSON document");
    assert_eq!(doc["ok"], false);
    assert_eq!(doc["findings"].as_array().unwrap().len(), findings.len());
    findings
}

/// [`check_fails`], on a file that it leaves as it was.
fn check_fails_and_changes_nothing(env: &Env) -> Vec<String> {
    let before = env.dump();
    let findings = check_fails(env);
    assert_eq!(env.dump(), before, "check changed the file");
    findings
}

#[test]
fn check_passes_a_sound_file_with_one_line() {
    let env = env_with_entries();
    let out = env.run(&["check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.starts_with("ok: 5 journal entries, chain intact, integrity ok"),
        "{text}"
    );
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    let doc = env.json(&["check"]);
    assert_eq!(doc["ok"], true);
    assert_eq!(doc["findings"], serde_json::json!([]));
    assert_eq!(doc["pragmas"]["journal_mode"], "wal");
    assert_eq!(doc["chains"][0]["table"], "journal");
    assert_eq!(doc["chains"][0]["head"].as_str().unwrap().len(), 64);
}

#[test]
fn check_changes_nothing_and_does_not_create_a_file() {
    let env = env_with_entries();
    let before = env.dump();
    env.ok(&["check"]);
    assert_eq!(
        env.dump(),
        before,
        "check writes nothing, not even an audit line"
    );
    let other = Env::new();
    assert_fails(&other.run(&["check"]), 1, "no file");
    assert!(!other.db.exists());
}

#[test]
fn g4_a_changed_entry_is_named_by_check() {
    let env = env_with_entries();
    env.ok(&["check"]);
    tamper(
        &env,
        "UPDATE journal SET text = 'Ändrad i efterhand.' WHERE id = 4",
    );
    let f = check_fails(&env);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(
        f[0].starts_with("journal entry #4 does not match its hash"),
        "{f:?}"
    );
}

#[test]
fn g4_a_deleted_entry_is_named_by_check() {
    let env = env_with_entries();
    tamper(&env, "DELETE FROM journal WHERE id = 3");
    let f = check_fails(&env);
    assert!(f[0].starts_with("journal entry #3 is missing"), "{f:?}");
    assert!(f[0].contains("#4 does not follow #2"), "{f:?}");
}

#[test]
fn g4_an_inserted_entry_is_named_by_check() {
    let env = env_with_entries();
    // With a hash that looks right but is not, at the end (32 bytes, as insats stores them).
    let fake = format!("X'{}'", "a".repeat(64));
    tamper(
        &env,
        &format!(
            "INSERT INTO journal (id, case_id, day, at, user, kind, text, hash)
             VALUES (6, 1, '2026-11-23', '2026-11-23T08:00:00Z', 'x', 'note', 'Inskjuten.', {fake})"
        ),
    );
    let f = check_fails(&env);
    assert!(
        f[0].starts_with("journal entry #6 does not match its hash"),
        "{f:?}"
    );

    // Without a hash, as a plain INSERT writes it.
    let env = env_with_entries();
    tamper(
        &env,
        "INSERT INTO journal (case_id, day, at, user, kind, text)
         VALUES (1, '2026-11-23', '2026-11-23T08:00:00Z', 'x', 'note', 'Inskjuten.')",
    );
    let f = check_fails(&env);
    assert!(f[0].starts_with("journal entry #6 has no hash"), "{f:?}");
    // And insats refuses to chain onto it rather than hide it.
    assert_fails(&env.run(&["log", "1", "--note", "Nästa."]), 1, "no hash");
}

#[test]
fn g4_a_renumbered_entry_is_found() {
    let env = env_with_entries();
    tamper(&env, "UPDATE journal SET id = 9 WHERE id = 5");
    let f = check_fails(&env);
    assert!(
        f[0].starts_with("journal entry #5 to #8 are missing"),
        "{f:?}"
    );
}

#[test]
fn g4_entries_cut_off_the_end_are_found_through_the_audit_trail() {
    let env = env_with_entries();
    tamper(&env, "DELETE FROM journal WHERE id >= 4");
    let f = check_fails(&env);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(
        f[0].contains("records journal entry #5, but the journal ends at #3"),
        "{f:?}"
    );
}

#[test]
fn a_changed_audit_line_is_named_by_check() {
    let env = env_with_entries();
    tamper(&env, "UPDATE audit SET user = 'någon annan' WHERE id = 2");
    let f = check_fails(&env);
    assert!(
        f[0].starts_with("audit line #2 does not match its hash"),
        "{f:?}"
    );
}

#[test]
fn g4_without_dropping_triggers_the_file_refuses_rows_without_a_hash() {
    let env = env_with_entries();
    let before = env.dump();
    let e = env
        .conn()
        .execute(
            "INSERT INTO journal (case_id, day, at, user, kind, text)
             VALUES (1, '2026-11-23', '2026-11-23T08:00:00Z', 'x', 'note', 'Inskjuten.')",
            [],
        )
        .unwrap_err();
    assert!(e.to_string().contains("written by insats only"), "{e}");
    let e = env
        .conn()
        .execute("UPDATE journal SET hash = NULL WHERE id = 1", [])
        .unwrap_err();
    assert!(e.to_string().contains("append-only (G4)"), "{e}");
    assert_eq!(env.dump(), before);
    env.ok(&["check"]);
}

#[test]
fn check_reports_file_modes_that_let_others_read() {
    let env = env_with_entries();
    fs::set_permissions(&env.db, fs::Permissions::from_mode(0o644)).unwrap();
    let f = check_fails(&env);
    let db = env.db.display();
    assert_eq!(
        f[0],
        format!("{db} has mode 0644: others may read it; make it private with `chmod 600 {db}`")
    );
    // insats writes to it only once it is private, so that no -wal or -shm inherits the mode.
    let before = env.dump();
    assert_fails(
        &env.run(&["log", "1", "--note", "Medan filen var öppen."]),
        1,
        "chmod 600",
    );
    assert_eq!(env.dump(), before);
    // SQLite gives a new -wal and -shm the file's mode: they are named too when they exist.
    let c = env.raw_conn();
    c.execute_batch("BEGIN; SELECT count(*) FROM journal;")
        .unwrap();
    let wal = PathBuf::from(format!("{}-wal", env.db.display()));
    if wal.exists() && mode(&wal) == 0o644 {
        let f = check_fails(&env);
        assert!(
            f.iter().any(|l| l.contains("insats.db-wal has mode 0644")),
            "{f:?}"
        );
    }
    drop(c);
    for p in [&env.db, &wal] {
        if p.exists() {
            fs::set_permissions(p, fs::Permissions::from_mode(0o600)).unwrap();
        }
    }
    let shm = PathBuf::from(format!("{}-shm", env.db.display()));
    if shm.exists() {
        fs::set_permissions(&shm, fs::Permissions::from_mode(0o600)).unwrap();
    }
    env.ok(&["check"]);
}

#[test]
fn check_names_a_file_in_rollback_journal_mode_as_a_backup_copy() {
    let env = env_with_entries();
    env.raw_conn()
        .execute_batch("PRAGMA journal_mode = DELETE;")
        .unwrap();
    // Backups are kept so on purpose: check says so and passes (no false alarm for cron).
    let ok = env.ok(&["check"]);
    assert!(
        ok.starts_with("ok: a backup copy (journal mode delete"),
        "{ok}"
    );
    let v = env.json(&["check"]);
    assert_eq!(v["backup"], true);
    // Any write sets it back.
    env.ok(&["init"]);
    let ok = env.ok(&["check"]);
    assert!(!ok.contains("backup copy"), "{ok}");
}

#[test]
fn check_reads_one_snapshot_while_others_write() {
    let env = env_with_entries();
    let writer = {
        let db = env.db.clone();
        let home = env.dir.path().to_path_buf();
        std::thread::spawn(move || {
            for i in 0..60 {
                let out = assert_cmd::Command::cargo_bin("insats")
                    .unwrap()
                    .env_clear()
                    .env("PATH", std::env::var_os("PATH").unwrap_or_default())
                    .env("HOME", &home)
                    .env("INSATS_TODAY", TODAY)
                    .env("INSATS_DB", &db)
                    .args(["log", "1", "--note", &format!("Anteckning {i}.")])
                    .output()
                    .unwrap();
                assert!(
                    out.status.success(),
                    "{}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
        })
    };
    let mut checks = 0;
    while !writer.is_finished() {
        let out = env.run(&["check"]);
        assert!(
            out.status.success(),
            "a false alarm under load: {}",
            stdout(&out)
        );
        checks += 1;
    }
    writer.join().unwrap();
    assert!(checks > 0);
}

#[test]
fn check_neither_migrates_nor_repairs_an_older_file() {
    let env = Env::new();
    fs::copy(fixture("v3.db"), &env.db).unwrap();
    // A clone checks files out 0644; the file itself would be private.
    fs::set_permissions(&env.db, fs::Permissions::from_mode(0o600)).unwrap();
    let before = fs::read(&env.db).unwrap();
    let f = check_fails(&env);
    assert!(
        f.iter()
            .any(|l| l.contains("schema version 3 is older") && l.contains("hash chains")),
        "{f:?}"
    );
    assert_eq!(fs::read(&env.db).unwrap(), before, "the file is untouched");
    env.ok(&["init"]);
    let ok = env.ok(&["check"]);
    assert!(ok.starts_with("ok: 3 journal entries"), "{ok}");
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn backup_is_a_private_checked_copy_and_is_audited() {
    let env = env_with_entries();
    let out = env.dir.path().join("kopia.db");
    let doc = env.json(&["backup", "--out", out.to_str().unwrap()]);
    assert_eq!(doc["integrity"], "ok");
    assert_eq!(doc["journal_entries"], 5);
    assert_eq!(mode(&out), 0o600);
    // It stands alone: no -wal beside it, and it checks clean as a file of its own.
    assert!(!env.dir.path().join("kopia.db-wal").exists());
    let copy = env
        .cmd()
        .args(["--db", out.to_str().unwrap(), "check"])
        .output()
        .unwrap();
    // A backup is kept in rollback-journal mode: check says it is a backup and passes.
    let text = stdout(&copy);
    assert!(copy.status.success(), "{text}");
    assert!(text.starts_with("ok: a backup copy"), "{text}");
    // Same journal as the live file; the live file records the backup.
    let journal = |p: &Path| {
        let c = rusqlite::Connection::open(p).unwrap();
        let rows: Vec<String> = c
            .prepare("SELECT id || text || hex(hash) FROM journal ORDER BY id")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        rows
    };
    assert_eq!(journal(&out), journal(&env.db));
    let action: String = env
        .conn()
        .query_row(
            "SELECT action FROM audit ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(action.starts_with("backup to /"), "{action}");
    assert!(action.ends_with("kopia.db"), "{action}");
    env.ok(&["check"]);
}

#[test]
fn backup_refuses_an_existing_file_unless_forced_and_never_the_file_itself() {
    let env = env_with_entries();
    let out = env.dir.path().join("kopia.db");
    fs::write(&out, "annat").unwrap();
    assert_fails(
        &env.run(&["backup", "--out", out.to_str().unwrap()]),
        1,
        "exists already",
    );
    assert_eq!(fs::read(&out).unwrap(), b"annat");
    env.ok(&["backup", "--out", out.to_str().unwrap(), "--force"]);
    assert_eq!(mode(&out), 0o600);
    let before = env.dump();
    assert_fails(
        &env.run(&["backup", "--out", env.db.to_str().unwrap(), "--force"]),
        1,
        "the file itself",
    );
    assert_eq!(env.dump(), before);
    let missing = env.dir.path().join("saknas/kopia.db");
    assert_fails(
        &env.run(&["backup", "--out", missing.to_str().unwrap()]),
        1,
        "does not exist",
    );
    // No half-made copies are left behind.
    let left: Vec<String> = fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("partial"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn restore_without_a_terminal_needs_yes_and_changes_nothing() {
    let env = env_with_entries();
    let out = env.dir.path().join("kopia.db");
    env.ok(&["backup", "--out", out.to_str().unwrap()]);
    env.ok(&["log", "1", "--note", "Efter kopian."]);
    let before = env.dump();
    assert_fails(&env.run(&["restore", out.to_str().unwrap()]), 2, "--yes");
    assert_eq!(env.dump(), before);
}

#[test]
fn restore_replaces_the_file_and_keeps_the_replaced_one_aside() {
    let env = env_with_entries();
    let out = env.dir.path().join("kopia.db");
    env.ok(&["backup", "--out", out.to_str().unwrap()]);
    env.ok(&["log", "1", "--note", "Efter kopian."]);
    let before = env.dump();
    let doc = env.json(&["restore", out.to_str().unwrap(), "--yes"]);
    let aside = PathBuf::from(doc["replaced_kept_as"].as_str().unwrap());
    let name = aside.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("insats.db.replaced-"), "{name}");
    assert_eq!(mode(&aside), 0o600);
    assert_eq!(mode(&env.db), 0o600);
    // The replaced file holds everything the live file held, the later note included.
    assert_eq!(dump(&aside), before);
    // The restored file is the backup, plus the audit line of the restore.
    let log = env.json(&["log", "1"]);
    let texts: Vec<&str> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["text"].as_str().unwrap())
        .collect();
    assert!(!texts.contains(&"Efter kopian."), "{texts:?}");
    assert!(texts.contains(&"Tredje."), "{texts:?}");
    let action: String = env
        .conn()
        .query_row(
            "SELECT action FROM audit ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(action.starts_with("restore from /"), "{action}");
    assert!(action.contains("replaced-"), "{action}");
    let mode_now: String = env
        .conn()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode_now, "wal");
    env.ok(&["check"]);
    env.ok(&["log", "1", "--note", "Efter återläsningen."]);
    env.ok(&["check"]);
}

#[test]
fn restore_refuses_what_is_not_a_sound_insats_file() {
    let env = env_with_entries();
    let dir = env.dir.path();
    let newer = dir.join("nyare.db");
    env.ok(&["backup", "--out", newer.to_str().unwrap()]);
    let tampered = dir.join("andrad.db");
    env.ok(&["backup", "--out", tampered.to_str().unwrap()]);
    let before = env.dump();

    let text = dir.join("text.db");
    fs::write(&text, "inte en databas").unwrap();
    assert_fails(
        &env.run(&["restore", text.to_str().unwrap(), "--yes"]),
        1,
        "not an SQLite database",
    );

    let stranger = dir.join("annan.db");
    rusqlite::Connection::open(&stranger)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); PRAGMA application_id = 7;")
        .unwrap();
    assert_fails(
        &env.run(&["restore", stranger.to_str().unwrap(), "--yes"]),
        1,
        "not an insats file",
    );

    rusqlite::Connection::open(&newer)
        .unwrap()
        .execute_batch("PRAGMA user_version = 99;")
        .unwrap();
    assert_fails(
        &env.run(&["restore", newer.to_str().unwrap(), "--yes"]),
        1,
        "newer than this insats",
    );

    let c = rusqlite::Connection::open(&tampered).unwrap();
    c.execute_batch(
        "DROP TRIGGER journal_no_update; UPDATE journal SET text = 'Ändrad.' WHERE id = 3;",
    )
    .unwrap();
    drop(c);
    assert_fails(
        &env.run(&["restore", tampered.to_str().unwrap(), "--yes"]),
        1,
        "journal entry #3 does not match its hash",
    );

    let link = dir.join("lank.db");
    std::os::unix::fs::symlink(&newer, &link).unwrap();
    assert_fails(
        &env.run(&["restore", link.to_str().unwrap(), "--yes"]),
        1,
        "symbolic link",
    );
    assert_fails(
        &env.run(&["restore", env.db.to_str().unwrap(), "--yes"]),
        1,
        "the file itself",
    );

    // The live file is as it was, and nothing was kept aside.
    assert!(env.dump() == before, "the live file changed");
    let aside: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains("replaced")
        })
        .collect();
    assert!(aside.is_empty());
}

#[test]
fn a_backup_made_by_an_older_version_is_restored_and_migrated() {
    let env = env_with_entries();
    let doc = env.json(&["restore", fixture("v3.db").to_str().unwrap(), "--yes"]);
    assert_eq!(doc["schema_version"], insats::store::latest_version());
    let show = env.json(&["show", "1"]);
    assert_eq!(show["person"]["name"], "Anna Fixtur");
    env.ok(&["check"]);
}

#[test]
fn restore_where_there_is_no_file_yet_creates_it_private() {
    let env = env_with_entries();
    let out = env.dir.path().join("kopia.db");
    env.ok(&["backup", "--out", out.to_str().unwrap()]);
    let other = env.dir.path().join("ny/insats.db");
    fs::create_dir(other.parent().unwrap()).unwrap();
    let doc = env.json(&[
        "--db",
        other.to_str().unwrap(),
        "restore",
        out.to_str().unwrap(),
        "--yes",
    ]);
    assert_eq!(doc["replaced_kept_as"], Value::Null);
    assert_eq!(mode(&other), 0o600);
    let ok = env
        .cmd()
        .args(["--db", other.to_str().unwrap(), "check"])
        .output()
        .unwrap();
    assert!(ok.status.success(), "{}", stdout(&ok));
}

/// A visit or a cancellation is one action: its row and its journal entry share one audit line,
/// which starts like every journal entry's, so that `check` still finds entries cut off the
/// journal's end after one.
#[test]
fn g4_a_visit_has_one_audit_line_naming_its_journal_entry() {
    let env = Env::new();
    let case_id = env.apply(
        crate::common::pnr::ADULT,
        "kontaktperson-sol",
        &["--received", "2026-01-01", "--consent", "self"],
    );
    let g = crate::support::grant_and_order(&env, case_id, "2026-01-01", "2026-12-31", 10.0);
    crate::support::execute_order(&env, g.order_id, "2026-03-02");
    let audit = |env: &Env| -> i64 {
        env.conn()
            .query_row("SELECT count(*) FROM audit", [], |r| r.get(0))
            .unwrap()
    };
    let before = audit(&env);
    let v = env.json(&["log", "1", "--visit", "2026-11-02", "--hours", "2"]);
    let c = env.json(&[
        "log",
        "1",
        "--cancel",
        "2026-11-09",
        "--by",
        "assignee",
        "--notice-days",
        "3",
        "--hours",
        "2",
    ]);
    assert_eq!(audit(&env), before + 2);
    let actions: Vec<String> = env
        .conn()
        .prepare("SELECT action FROM audit ORDER BY id DESC LIMIT 2")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(
        actions,
        [
            format!(
                "journal event #{}: cancellation #{} logged",
                c["journal_entry"], c["cancellation_id"]
            ),
            format!(
                "journal event #{}: visit #{} logged",
                v["journal_entry"], v["visit_id"]
            ),
        ]
    );
    env.ok(&["check"]);
    let last = c["journal_entry"].as_i64().unwrap();
    tamper(
        &env,
        &format!("DELETE FROM journal WHERE id >= {}", last - 1),
    );
    let f = check_fails(&env);
    assert!(
        f[0].contains(&format!(
            "records journal entry #{last}, but the journal ends at #{}",
            last - 2
        )),
        "{f:?}"
    );
}

/// `check` evaluates the CHECK constraints of the tables no hash vouches for (the register of
/// assignees), and names a broken one in a sealed table through its seal: the integrity check
/// skips CHECK constraints only where a chain or seal covers every row (issue 21).
#[test]
fn check_names_a_broken_check_constraint_with_or_without_a_seal() {
    let env = env_with_entries();
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
    env.ok(&["check"]);
    let c = env.raw_conn();
    c.execute_batch(
        "PRAGMA ignore_check_constraints = ON;
         UPDATE assignee SET birth_date = 'förr';
         UPDATE cases SET received = 'igår' WHERE id = 2;",
    )
    .unwrap();
    drop(c);
    let findings = check_fails(&env);
    assert!(
        findings
            .iter()
            .any(|f| f.starts_with("integrity:")
                && f.contains("CHECK constraint failed in assignee")),
        "{findings:?}"
    );
    assert!(
        findings
            .iter()
            .any(|f| f == "cases #2 does not match its seal: it was changed outside insats"),
        "{findings:?}"
    );
}

/// `check` names every row whose key names a row that is not there. The big tables' keys are
/// read through the index on their column (issue 21), the rest by SQLite's own check; either
/// way the line is the same, and the file is left as it was.
#[test]
fn check_names_each_row_whose_key_names_a_missing_row() {
    let env = env_with_entries();
    let c = env.raw_conn();
    let entries: Vec<i64> = c
        .prepare("SELECT id FROM journal WHERE case_id = 2 ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(!entries.is_empty());
    c.execute_batch("PRAGMA foreign_keys = OFF; DELETE FROM cases WHERE id = 2;")
        .unwrap();
    drop(c);
    let findings = check_fails_and_changes_nothing(&env);
    for id in entries {
        let line = format!("foreign key: journal row {id} refers to a missing row of cases");
        assert!(findings.contains(&line), "{line} not in {findings:?}");
    }
    assert!(
        findings
            .iter()
            .any(|f| f.starts_with("foreign key: consent row ")
                && f.ends_with("refers to a missing row of cases")),
        "{findings:?}"
    );
}

/// `check` compares the journal with each of its indexes by reading each once (issue 21): two
/// indexes that swapped b-trees are named, though each b-tree is sound on its own.
#[test]
fn check_names_an_index_that_does_not_hold_its_tables_entries() {
    let env = env_with_entries();
    env.ok(&["check"]);
    let c = env.raw_conn();
    c.execute_batch(
        "PRAGMA writable_schema = ON;
         UPDATE sqlite_schema SET rootpage = (SELECT sum(rootpage) FROM sqlite_schema
             WHERE name IN ('journal_case', 'journal_case_day')) - rootpage
         WHERE name IN ('journal_case', 'journal_case_day');
         PRAGMA writable_schema = OFF;",
    )
    .unwrap();
    drop(c);
    let findings = check_fails_and_changes_nothing(&env);
    // journal_case_day, read from journal_case's b-tree, finds rowids where days should be;
    // journal_case, on (case_id) alone, reads its rows' keys from the other's, but the entries
    // hold the days too.
    let line = "integrity: index journal_case_day does not hold the entries of the rows of journal";
    assert!(
        findings.iter().any(|f| f == line),
        "{line} not in {findings:?}"
    );
    assert!(
        findings
            .iter()
            .any(|f| f.starts_with("integrity: index journal_case holds ")
                && f.contains(" bytes of entries where the rows of journal make ")),
        "{findings:?}"
    );
}

#[test]
fn check_reports_its_findings_in_one_order_whichever_worker_finds_them() {
    // `check` shares its pieces out between two workers (issue 21); what they find still comes
    // in one order, the chains before the seals, run after run.
    let env = env_with_entries();
    tamper(
        &env,
        "UPDATE journal SET text = 'Ändrad i efterhand.' WHERE id = 4",
    );
    env.raw_conn()
        .execute(
            "UPDATE person SET address = 'Annan gata 2' WHERE id = 1",
            [],
        )
        .unwrap();
    let first = check_fails(&env);
    assert_eq!(first.len(), 2, "{first:?}");
    assert!(
        first[0].starts_with("journal entry #4 does not match its hash"),
        "{first:?}"
    );
    assert!(
        first[1].starts_with("person #1 does not match its seal"),
        "{first:?}"
    );
    for _ in 0..3 {
        assert_eq!(check_fails(&env), first);
    }
}

/// The write-ahead log is kept between commands but left empty by each: its frames are in the
/// file after the closing checkpoint. A log left at its length kept its frames valid, so every
/// command first rebuilt the log's index from all of them and then wrote after them: the log
/// grew with every command, and so did the cost of opening the file.
#[test]
fn each_command_leaves_the_write_ahead_log_empty() {
    let env = env_with_entries();
    let wal = env.db.with_extension("db-wal");
    for args in [
        &["log", "1", "--note", "Fjärde."][..],
        &["show", "1"],
        &["log", "2", "--note", "Femte."],
        &["report", "reminders"],
    ] {
        env.ok(args);
        let len = fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
        assert_eq!(len, 0, "{args:?} left {len} bytes in {}", wal.display());
    }
    let ok = env.ok(&["check"]);
    assert!(ok.starts_with("ok: 7 journal entries"), "{ok}");
}
