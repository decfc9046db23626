//! The file: where it lives, how it is created, what is refused.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command as Std;

use crate::common::*;

fn mode(p: &Path) -> u32 {
    fs::metadata(p).expect("metadata").permissions().mode() & 0o777
}

#[test]
fn file_is_created_private_with_its_folder() {
    let env = Env::new();
    let db = env.dir.path().join("deep/er/insats.db");
    let out = env
        .bare()
        .args(["--db", db.to_str().unwrap(), "init"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(mode(&db), 0o600);
    assert_eq!(mode(db.parent().unwrap()), 0o700);
    // The -wal and -shm files, while a connection keeps them, are private too.
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE; INSERT INTO meta VALUES ('x', 'y'); COMMIT;")
        .unwrap();
    let env2 = env
        .bare()
        .args(["--db", db.to_str().unwrap(), "init"])
        .output()
        .unwrap();
    assert!(env2.status.success());
    for suffix in ["-wal", "-shm"] {
        let p = db.with_file_name(format!("insats.db{suffix}"));
        if p.exists() {
            assert_eq!(mode(&p), 0o600, "{suffix}");
        }
    }
    let journal_mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(journal_mode, "wal");
}

#[test]
fn path_precedence_db_flag_env_xdg_home() {
    let env = Env::new();
    let d = env.dir.path();
    // HOME fallback.
    env.bare().arg("init").assert().success();
    assert!(d.join(".local/share/insats/insats.db").exists());
    // XDG_DATA_HOME beats HOME.
    env.bare()
        .env("XDG_DATA_HOME", d.join("xdg"))
        .arg("init")
        .assert()
        .success();
    assert!(d.join("xdg/insats/insats.db").exists());
    // INSATS_DB beats XDG_DATA_HOME.
    env.bare()
        .env("XDG_DATA_HOME", d.join("xdg2"))
        .env("INSATS_DB", d.join("env.db"))
        .arg("init")
        .assert()
        .success();
    assert!(d.join("env.db").exists());
    assert!(!d.join("xdg2").exists());
    // --db beats INSATS_DB.
    env.bare()
        .env("INSATS_DB", d.join("env2.db"))
        .args(["--db", d.join("flag.db").to_str().unwrap(), "init"])
        .assert()
        .success();
    assert!(d.join("flag.db").exists());
    assert!(!d.join("env2.db").exists());
}

#[test]
fn help_version_and_completions_create_no_file() {
    let env = Env::new();
    for args in [
        vec!["--help"],
        vec!["--version"],
        vec!["apply", "--help"],
        vec!["completions", "bash"],
        vec!["completions", "zsh"],
        vec!["manpage"],
    ] {
        let out = env.bare().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        assert!(!out.stdout.is_empty(), "{args:?}");
    }
    let left: Vec<_> = fs::read_dir(env.dir.path()).unwrap().collect();
    assert!(left.is_empty(), "files were created: {left:?}");
}

/// The examples are added to the command line only when a help is printed (issue 21): every way
/// of asking for a help still shows them.
#[test]
fn every_way_of_asking_for_help_shows_the_examples() {
    let env = Env::new();
    for (args, code) in [
        (vec!["--help"], 0),
        (vec!["log", "--help"], 0),
        (vec!["help", "report", "reminders"], 0),
        (vec!["report", "reminders", "-h"], 0),
    ] {
        let out = env.bare().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(code), "{args:?}");
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(
            text.contains("Example"),
            "{args:?} shows no example: {text}"
        );
    }
}

#[test]
fn read_commands_do_not_create_the_file() {
    let env = Env::new();
    let out = env.run(&["list"]);
    assert_fails(&out, 1, "no insats file");
    assert!(!env.db.exists());
}

#[test]
fn unwritable_folder_is_one_clear_error() {
    let env = Env::new();
    let blocker = env.dir.path().join("a-file");
    fs::write(&blocker, "x").unwrap();
    let db = blocker.join("sub/insats.db");
    let out = env
        .bare()
        .args(["--db", db.to_str().unwrap()])
        .args([
            "apply",
            "--pnr",
            pnr::ADULT,
            "--name",
            "A",
            "--insats",
            "kontaktperson-sol",
        ])
        .output()
        .unwrap();
    assert_fails(&out, 1, "writable place with --db");
    assert_eq!(fs::read(&blocker).unwrap(), b"x");
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_untouched() {
    let env = Env::new();
    fs::write(&env.db, "these are not the records you are looking for\n").unwrap();
    let before = fs::read(&env.db).unwrap();
    for args in [vec!["list"], vec!["init"], vec!["show", "1"]] {
        let out = env.run(&args);
        assert_fails(&out, 1, "not an SQLite database");
    }
    let out = env.run(&[
        "apply",
        "--pnr",
        pnr::ADULT,
        "--name",
        "A",
        "--insats",
        "kontaktperson-sol",
    ]);
    assert_fails(&out, 1, "not an SQLite database");
    assert_eq!(fs::read(&env.db).unwrap(), before);
}

#[test]
fn another_programs_sqlite_file_is_not_migrated() {
    let env = Env::new();
    {
        let c = rusqlite::Connection::open(&env.db).unwrap();
        c.execute_batch("CREATE TABLE other (x INTEGER); INSERT INTO other VALUES (1);")
            .unwrap();
    }
    let before = env.dump();
    assert_fails(&env.run(&["init"]), 1, "not an insats file");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_newer_file_is_refused_and_untouched() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    env.raw_conn()
        .execute_batch("PRAGMA user_version = 99")
        .unwrap();
    let before = env.dump();
    let out = env.run(&["list"]);
    assert_fails(&out, 1, "newer than this insats knows");
    let out = env.run(&["log", "1", "--note", "x"]);
    assert_fails(&out, 1, "upgrade insats");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_symlink_as_the_file_is_refused() {
    let env = Env::new();
    env.ok(&["init"]);
    let link = env.dir.path().join("link.db");
    std::os::unix::fs::symlink(&env.db, &link).unwrap();
    let out = env
        .bare()
        .args(["--db", link.to_str().unwrap(), "list"])
        .output()
        .unwrap();
    assert_fails(&out, 1, "symbolic link");
}

#[test]
fn schema_sql_matches_the_file_the_binary_creates() {
    let env = Env::new();
    env.ok(&["init"]);
    let from_sql = env.dir.path().join("from-schema.db");
    let schema = include_str!("../../schema.sql");
    // The sqlite3 shell when the machine has it (the contract); otherwise the bundled SQLite.
    let shell = Std::new("sqlite3").arg("-version").output().is_ok();
    if shell {
        let out = Std::new("sqlite3")
            .arg(&from_sql)
            .stdin(fs::File::open(concat!(env!("CARGO_MANIFEST_DIR"), "/schema.sql")).unwrap())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    } else {
        eprintln!("note: no sqlite3 shell on this machine; schema.sql applied with bundled SQLite");
        rusqlite::Connection::open(&from_sql)
            .unwrap()
            .execute_batch(schema)
            .unwrap();
    }
    let describe = |p: &Path| {
        let c = rusqlite::Connection::open(p).unwrap();
        let mut s: Vec<String> = c
            .prepare("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name")
            .unwrap()
            .query_map([], |r| {
                Ok(format!(
                    "{}|{}|{}|{}",
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?
                ))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for pragma in ["user_version", "application_id", "journal_mode"] {
            let v: rusqlite::types::Value = c
                .query_row(&format!("PRAGMA {pragma}"), [], |r| r.get(0))
                .unwrap();
            s.push(format!("{pragma}={v:?}"));
        }
        s
    };
    assert_eq!(
        describe(&env.db),
        describe(&from_sql),
        "schema.sql drifted from the migrations: run scripts/update-generated"
    );
}

#[test]
fn completions_in_the_repository_match_the_binary() {
    let env = Env::new();
    for (shell, file) in [
        ("bash", "insats.bash"),
        ("zsh", "_insats"),
        ("fish", "insats.fish"),
        ("elvish", "insats.elv"),
        ("powershell", "_insats.ps1"),
    ] {
        let out = env.bare().args(["completions", shell]).output().unwrap();
        assert!(out.status.success());
        let kept = fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("completions")
                .join(file),
        )
        .unwrap_or_default();
        assert!(
            out.stdout == kept,
            "completions/{file} drifted from the binary: run scripts/update-generated"
        );
    }
}

#[test]
fn migrations_are_atomic_and_recorded_in_user_version() {
    let env = Env::new();
    env.ok(&["init"]);
    let v: i64 = env
        .conn()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert!(v >= 1);
    let strict: i64 = env
        .conn()
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE '%STRICT'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(strict, 0, "every table is STRICT");
}

/// The manual page kept in man/insats.1 is the one the binary makes (issue 20).
#[test]
fn the_manual_page_in_the_repository_matches_the_binary() {
    let env = Env::new();
    let out = env.bare().args(["manpage"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with(".ie") || text.contains(".TH insats"),
        "{text}"
    );
    let kept =
        fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("man/insats.1")).unwrap_or_default();
    assert!(
        out.stdout == kept,
        "man/insats.1 drifted from the binary: run scripts/update-generated"
    );
}
