//! The shared test environment: a temp folder with its own HOME, a pinned `INSATS_TODAY`,
//! `NO_COLOR`, and helpers to run the binary and read the file.
//!
//! Who acts is the system account running the tests (S1): it creates each test's file and so is
//! registered there with every role and delegation. A test that needs another person registers
//! them (`Env::staff`) and acts for them (`Env::as_user`), as an administrator may; the line
//! recorded is then `LOGIN for NAME` (`for_user`).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use rusqlite::Connection;
use serde_json::Value;
use tempfile::TempDir;

pub const TODAY: &str = "2026-11-23";

/// The system account the tests run as: the one insats records as acting (S1).
pub fn user() -> String {
    insats::host::account().login
}

/// What insats records when the test account acts for `name` (S1).
pub fn for_user(name: &str) -> String {
    format!("{} for {name}", user())
}

/// Official test personal identity numbers (Skatteverket, CC0; tests/data/README.md), ages on
/// TODAY in the names.
pub mod pnr {
    /// Woman, 36.
    pub const ADULT: &str = "19900101-2385";
    /// Man, 41.
    pub const ADULT_MAN: &str = "198501012390";
    /// Girl, 9.
    pub const CHILD_9: &str = "20170101-2393";
    /// 14 years.
    pub const CHILD_14: &str = "20120101-2380";
    /// 16 years.
    pub const TEEN_16: &str = "20100101-2382";
    /// 17 years.
    pub const TEEN_17: &str = "20090101-2385";
    /// 20 years.
    pub const YOUNG_20: &str = "20060101-2388";
    /// 25 years.
    pub const YOUNG_25: &str = "20010101-2383";
    /// 70 years.
    pub const SENIOR_70: &str = "19560113-2334";
    /// 106 years: the `+` form applies.
    pub const CENTENARIAN: &str = "19200101-1564";
    /// A samordningsnummer (day 88 = 28th), from the personnummer/meta list (MIT).
    pub const COORDINATION: &str = "197302889931";
}

pub struct Env {
    pub dir: TempDir,
    pub db: PathBuf,
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("insats.db");
        Env { dir, db }
    }

    /// Runs the binary (pinned environment) on the file `db` with `args`; asserts that it
    /// succeeded and returns its output.
    pub fn ok_on(&self, db: &Path, args: &[&str]) -> Output {
        let out = self
            .bare()
            .arg("--db")
            .arg(db)
            .args(args)
            .output()
            .expect("binary runs");
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        out
    }

    /// The binary with the pinned environment and `--db` pointing into the temp folder.
    pub fn cmd(&self) -> Command {
        let mut c = self.bare();
        c.env("INSATS_DB", &self.db);
        c
    }

    /// The binary with the pinned environment but no file chosen (HOME is the temp folder).
    pub fn bare(&self) -> Command {
        let mut c = Command::cargo_bin("insats").expect("binary");
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("INSATS_TODAY", TODAY)
            .env("NO_COLOR", "1")
            .current_dir(self.dir.path());
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("run insats")
    }

    /// The binary acting for `login` (the test account is the file's administrator, S1).
    pub fn as_user(&self, login: &str) -> Command {
        let mut c = self.cmd();
        c.env("INSATS_USER", login);
        c
    }

    /// Runs `args` acting for `login`.
    pub fn run_as(&self, login: &str, args: &[&str]) -> Output {
        self.as_user(login).args(args).output().expect("run insats")
    }

    /// Registers `login` with `roles` (S2), `units` (S3) and delegation for every type, creating
    /// the file if it is new.
    pub fn staff(&self, login: &str, roles: &[&str], units: &[&str]) {
        if !self.db.exists() {
            self.ok(&["init"]);
        }
        let mut args = vec![
            "staff",
            "add",
            login,
            "--name",
            login,
            "--title",
            "Handläggare",
        ];
        for r in roles {
            args.extend(["--role", r]);
        }
        for u in units {
            args.extend(["--unit", u]);
        }
        args.extend(["--delegation", "all"]);
        self.ok(&args);
    }

    /// Runs with `--json`, asserts success and exactly one JSON document on stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        let out = self.cmd().arg("--json").args(args).output().expect("run");
        assert!(
            out.status.success(),
            "insats {args:?} failed: {}{}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        );
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "not one JSON document ({e}): {}",
                String::from_utf8_lossy(&out.stdout)
            )
        })
    }

    /// Runs and asserts success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "insats {args:?} failed: {}{}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8(out.stdout).expect("utf-8")
    }

    /// Registers an application and returns its case number. Unless `extra` says who asked or
    /// consented, the application records who asked as a caseworker would from the letter: the
    /// person themself (18 and older on the received day) or the guardian (K1 counts only
    /// what is recorded).
    pub fn apply(&self, pnr: &str, insats: &str, extra: &[&str]) -> i64 {
        let mut args = vec![
            "apply",
            "--pnr",
            pnr,
            "--name",
            "Test Testsson",
            "--insats",
            insats,
        ];
        args.extend_from_slice(extra);
        let stated = extra
            .iter()
            .any(|a| *a == "--consent" || *a == "--requested-by");
        if !stated && insats != "umgangesstod" && insats != "kvalificerad-lvu" {
            let received = extra
                .iter()
                .position(|a| *a == "--received")
                .and_then(|i| extra.get(i + 1))
                .copied()
                .unwrap_or(TODAY);
            let day = insats::domain::dates::parse(received).expect("a received date");
            let adult = insats::domain::pnr::Pnr::parse(pnr, day)
                .map(|p| p.age_on(day) >= 18)
                .unwrap_or(true);
            args.extend(["--requested-by", if adult { "self" } else { "guardian" }]);
        }
        self.json(&args)["case_id"].as_i64().expect("case_id")
    }

    /// The file as insats writes it: what a test changes through it is sealed, as a command's
    /// change would be (for states no command makes yet). To change the file behind insats's
    /// back, as the tamper tests do, use [`Env::raw_conn`].
    pub fn conn(&self) -> SealedConn {
        SealedConn(self.raw_conn())
    }

    /// The file as the sqlite3 shell sees it: nothing changed through it is sealed.
    pub fn raw_conn(&self) -> Connection {
        Connection::open(&self.db).expect("open the file")
    }

    /// Every row of every table but the access log's, in order: equal dumps mean an unchanged
    /// file (a refused command writes its access line and nothing else, S4).
    pub fn dump(&self) -> String {
        dump(&self.db)
    }

    /// The access log's lines (S4), oldest first: (user, staff, command, kind, case_id, people,
    /// revealed, reason).
    pub fn access_lines(&self) -> Vec<AccessLine> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare(
                "SELECT user, staff, command, kind, case_id, people, revealed, reason
                 FROM access_log ORDER BY id",
            )
            .expect("the access log");
        stmt.query_map([], |r| {
            Ok(AccessLine {
                user: r.get(0)?,
                staff: r.get(1)?,
                command: r.get(2)?,
                kind: r.get(3)?,
                case_id: r.get(4)?,
                people: r.get(5)?,
                revealed: r.get(6)?,
                reason: r.get(7)?,
            })
        })
        .expect("lines")
        .collect::<Result<_, _>>()
        .expect("lines")
    }

    /// The last access line.
    pub fn last_access(&self) -> AccessLine {
        self.access_lines().pop().expect("an access line")
    }
}

/// One line of the access log, as the tests read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessLine {
    pub user: String,
    pub staff: String,
    pub command: String,
    pub kind: String,
    pub case_id: Option<i64>,
    pub people: Option<i64>,
    pub revealed: bool,
    pub reason: Option<String>,
}

pub fn dump(path: &Path) -> String {
    let conn = Connection::open(path).expect("open the file");
    let mut out = String::new();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("version");
    out.push_str(&format!("user_version {version}\n"));
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .expect("tables")
        .query_map([], |r| r.get(0))
        .expect("tables")
        .collect::<Result<_, _>>()
        .expect("tables");
    for t in tables {
        if t.starts_with("access_") {
            continue;
        }
        out.push_str(&format!("table {t}\n"));
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{t}\" ORDER BY rowid"))
            .expect("select");
        let n = stmt.column_count();
        let mut rows = stmt.query([]).expect("rows");
        while let Some(row) = rows.next().expect("row") {
            let cells: Vec<String> = (0..n)
                .map(|i| format!("{:?}", row.get_ref(i).expect("cell")))
                .collect();
            out.push_str(&cells.join("|"));
            out.push('\n');
        }
    }
    out
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Asserts a failure with `code`, one line on stderr (and at most a `Hint: ...` line after it,
/// saying what to do), and that the line contains `needle`.
pub fn assert_fails(out: &Output, code: i32, needle: &str) {
    let err = stderr(out);
    assert_eq!(
        out.status.code(),
        Some(code),
        "expected exit {code}, stderr: {err}"
    );
    let lines: Vec<&str> = err.trim_end().lines().collect();
    assert!(
        lines.len() == 1 || (lines.len() == 2 && lines[1].starts_with("Hint: ")),
        "one line expected (and a hint): {err}"
    );
    assert!(err.contains(needle), "{needle:?} not in: {err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// A connection whose `execute` and `execute_batch` seal what they change, as a command's write
/// would (`insats::store::seal::write_sealed`); everything else is the plain connection's.
pub struct SealedConn(pub Connection);

impl SealedConn {
    pub fn execute<P: rusqlite::Params>(&self, sql: &str, params: P) -> rusqlite::Result<usize> {
        sealed(&self.0, |c| c.execute(sql, params))
    }

    pub fn execute_batch(&self, sql: &str) -> rusqlite::Result<()> {
        sealed(&self.0, |c| c.execute_batch(sql))
    }
}

fn sealed<T>(
    c: &Connection,
    f: impl FnOnce(&Connection) -> rusqlite::Result<T>,
) -> rusqlite::Result<T> {
    insats::store::seal::write_sealed(c, f).map_err(|e| match e.downcast::<rusqlite::Error>() {
        Ok(e) => e,
        Err(e) => rusqlite::Error::UserFunctionError(e.into()),
    })
}

impl std::ops::Deref for SealedConn {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        &self.0
    }
}
