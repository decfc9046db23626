//! Data safety under load (issue 9): many processes writing at once, and writers killed with
//! SIGKILL at random moments. Both drive the real binary, as users and cron jobs would.

use std::collections::BTreeSet;
use std::process::{Output, Stdio};
use std::sync::Barrier;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::*;

const PROCESSES: usize = 8;
const WRITES_PER_PROCESS: usize = 100;

/// Adults who may apply for a kontaktperson on their own (official test numbers).
const APPLICANTS: [&str; 4] = [pnr::ADULT, pnr::ADULT_MAN, pnr::YOUNG_20, pnr::YOUNG_25];

/// One write of a concurrent writer: what it runs, in the order it runs them.
#[derive(Debug, Clone, Copy)]
enum Write {
    Apply,
    Note,
    // Visits (`log CASE --visit DATE --hours H`) join here when they exist on this branch:
    // add `Visit`, run it in `run_write`, count it in `eight_processes_...`.
}

fn plan(i: usize) -> Write {
    // The first write registers the process's own case, which its notes are written to.
    if i % 2 == 0 {
        Write::Apply
    } else {
        Write::Note
    }
}

fn note_text(process: usize, i: usize) -> String {
    format!("Anteckning {i} från process {process}.")
}

fn run_write(env: &Env, process: usize, i: usize, case: Option<i64>) -> Output {
    let mut c = env.cmd();
    c.arg("--json");
    match plan(i) {
        Write::Apply => c.args([
            "apply",
            "--pnr",
            APPLICANTS[(process + i) % APPLICANTS.len()],
            "--name",
            "Test Testsson",
            "--insats",
            "kontaktperson-sol",
            "--consent",
            "self",
        ]),
        Write::Note => c.args([
            "log",
            &case.expect("the process's case").to_string(),
            "--note",
            &note_text(process, i),
        ]),
    };
    c.output().expect("run insats")
}

fn assert_clean_success(out: &Output, what: &str) {
    let err = stderr(out);
    assert!(
        !err.contains("locked") && !err.contains("busy"),
        "{what}: {err}"
    );
    assert!(out.status.success(), "{what} failed: {err}");
}

#[test]
fn eight_processes_writing_at_once_lose_nothing() {
    // No file yet: the first writers also race to create and migrate it.
    let env = Env::new();
    let start = Instant::now();
    let barrier = Barrier::new(PROCESSES);
    let cases: Vec<Vec<i64>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..PROCESSES)
            .map(|p| {
                let (env, barrier) = (&env, &barrier);
                s.spawn(move || {
                    barrier.wait();
                    let mut mine = Vec::new();
                    for i in 0..WRITES_PER_PROCESS {
                        let out = run_write(env, p, i, mine.first().copied());
                        assert_clean_success(&out, &format!("process {p} write {i}"));
                        if let Write::Apply = plan(i) {
                            let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
                            mine.push(doc["case_id"].as_i64().expect("case_id"));
                        }
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("writer thread"))
            .collect()
    });
    let elapsed = start.elapsed();

    let applies = WRITES_PER_PROCESS.div_ceil(2);
    let notes = WRITES_PER_PROCESS / 2;
    let all_cases: BTreeSet<i64> = cases.iter().flatten().copied().collect();
    assert_eq!(
        all_cases.len(),
        PROCESSES * applies,
        "every case number once"
    );
    let c = env.conn();
    let count = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(
        count("SELECT count(*) FROM cases"),
        (PROCESSES * applies) as i64
    );
    let texts: BTreeSet<String> = c
        .prepare("SELECT text FROM journal WHERE kind = 'note'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let expected: BTreeSet<String> = (0..PROCESSES)
        .flat_map(|p| {
            (0..WRITES_PER_PROCESS)
                .filter(|&i| matches!(plan(i), Write::Note))
                .map(move |i| note_text(p, i))
        })
        .collect();
    assert_eq!(texts, expected);
    assert_eq!(texts.len(), PROCESSES * notes);
    // Each note went to its own process's case.
    for (p, mine) in cases.iter().enumerate() {
        let on_case: i64 = c
            .query_row(
                "SELECT count(*) FROM journal WHERE kind = 'note' AND case_id = ?1",
                [mine[0]],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(on_case, notes as i64, "process {p}");
    }
    drop(c);
    // Writers interleaved, yet both chains are whole.
    let check = env.json(&["check"]);
    assert_eq!(check["ok"], true, "{check}");
    eprintln!(
        "{} writes by {PROCESSES} processes in {elapsed:.1?}",
        PROCESSES * WRITES_PER_PROCESS
    );
}

/// xorshift64*: a small deterministic generator, so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

const CRASHES: usize = 100;

/// The binary as `Env::cmd` sets it up, as a std Command (which can be killed while it runs).
fn std_cmd(env: &Env) -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_insats"));
    c.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.dir.path())
        .env("INSATS_TODAY", TODAY)
        .env("INSATS_USER", USER)
        .env("NO_COLOR", "1")
        .env("INSATS_DB", &env.db)
        .current_dir(env.dir.path());
    c
}

#[test]
fn writers_killed_at_random_moments_lose_no_reported_write() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    let start = Instant::now();
    // How long one write takes here, so that the kills fall before, during and after it.
    let typical = (0..3)
        .map(|i| {
            let t = Instant::now();
            env.ok(&["log", &case.to_string(), "--note", &format!("Mätning {i}.")]);
            t.elapsed()
        })
        .max()
        .unwrap();
    let mut window = typical.as_micros() as u64 * 3 / 2;
    let mut rng = Rng(0x1d5_a7e5_0000_0009);
    let mut reported: Vec<(String, i64)> = Vec::new();
    let (mut killed, mut finished) = (0, 0);
    for i in 0..CRASHES {
        let text = format!("Skriven före krasch {i}.");
        let apply = i % 4 == 3;
        let mut cmd = std_cmd(&env);
        cmd.arg("--json");
        if apply {
            cmd.args([
                "apply",
                "--pnr",
                APPLICANTS[i % APPLICANTS.len()],
                "--name",
                "Test Testsson",
                "--insats",
                "kontaktperson-sol",
                "--consent",
                "self",
            ]);
        } else {
            cmd.args(["log", &case.to_string(), "--note", &text]);
        }
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_micros(rng.next() % window));
        // SIGKILL; a process that already ended is not affected.
        let _ = child.kill();
        let out = child.wait_with_output().expect("wait");
        match out.status.code() {
            Some(0) => {
                finished += 1;
                let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON when done");
                if apply {
                    let id = doc["case_id"].as_i64().expect("case_id");
                    reported.push(("case".into(), id));
                } else {
                    let id = doc["entry_id"].as_i64().expect("entry_id");
                    reported.push((text, id));
                }
            }
            Some(code) => panic!("write {i} failed with exit {code}: {}", stderr(&out)),
            None => killed += 1,
        }
        // Keep both outcomes coming whatever else loads the machine: a window that lets most
        // writers finish shrinks, one that kills most grows.
        if i % 10 == 9 {
            if killed * 4 < i {
                window = window * 2 / 3;
            } else if finished * 4 < i {
                window = window * 3 / 2;
            }
        }
        let check = env.run(&["check"]);
        assert!(
            check.status.success(),
            "check after crash {i}: {}{}",
            stdout(&check),
            stderr(&check)
        );
    }
    let c = env.conn();
    for (what, id) in &reported {
        if what == "case" {
            let n: i64 = c
                .query_row(
                    "SELECT count(*) FROM journal WHERE case_id = ?1 AND kind = 'event'",
                    [id],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(n, 1, "case {id} was reported registered");
        } else {
            let text: String = c
                .query_row("SELECT text FROM journal WHERE id = ?1", [id], |r| r.get(0))
                .unwrap_or_else(|e| panic!("entry {id} reported written is missing: {e}"));
            assert_eq!(&text, what);
        }
    }
    eprintln!(
        "{CRASHES} writers, {killed} killed, {finished} finished, in {:.1?}",
        start.elapsed()
    );
    // The kills must have hit some writers, else this test proves nothing.
    assert!(killed >= CRASHES / 10, "only {killed} writers were killed");
    assert!(finished >= CRASHES / 10, "only {finished} writers finished");
}

#[test]
fn an_old_file_opened_by_eight_processes_at_once_is_migrated_once() {
    let env = Env::new();
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v3.db"),
        &env.db,
    )
    .unwrap();
    // Git keeps the fixture 0644; a real file is private.
    std::fs::set_permissions(&env.db, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let barrier = Barrier::new(PROCESSES);
    std::thread::scope(|s| {
        for p in 0..PROCESSES {
            let (env, barrier) = (&env, &barrier);
            s.spawn(move || {
                barrier.wait();
                let out = env.run(&["log", "1", "--note", &note_text(p, 0)]);
                assert_clean_success(&out, &format!("process {p}"));
            });
        }
    });
    let c = env.conn();
    let version: i64 = c
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, insats::store::latest_version());
    let entries: i64 = c
        .query_row("SELECT count(*) FROM journal", [], |r| r.get(0))
        .unwrap();
    assert_eq!(entries, 3 + PROCESSES as i64);
    drop(c);
    let check = env.json(&["check"]);
    assert_eq!(check["ok"], true, "{check}");
}
