//! Data safety under load (issue 9): many processes writing at once, and writers killed with
//! SIGKILL at random moments. Both drive the real binary, as users and cron jobs would.

use std::collections::BTreeSet;
use std::process::{Output, Stdio};
use std::sync::Barrier;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::*;
use crate::matching::{add, apnr};
use crate::support::grant_and_order;

const PROCESSES: usize = 8;
const WRITES_PER_PROCESS: usize = 100;

/// Adults who may apply for a kontaktperson on their own (official test numbers).
const APPLICANTS: [&str; 4] = [pnr::ADULT, pnr::ADULT_MAN, pnr::YOUNG_20, pnr::YOUNG_25];

/// One write of a concurrent writer: what it runs, in the order it runs them.
#[derive(Debug, Clone, Copy)]
enum Write {
    Apply,
    Note,
    Visit,
}

fn plan(i: usize) -> Write {
    // The first write registers the process's own case, which its notes are written to.
    match i % 3 {
        0 => Write::Apply,
        1 => Write::Note,
        _ => Write::Visit,
    }
}

fn note_text(process: usize, i: usize) -> String {
    format!("Anteckning {i} från process {process}.")
}

/// The executed cases that the processes' visits go to: half of the processes share each, so
/// that visits to one case race each other.
const VISITED: usize = 2;

/// A visit's day and hours, different for every write: days from July to November (the
/// orders are executed in June), hours that add up exactly.
fn visit(process: usize, i: usize) -> (String, f64) {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 7, 1).expect("day")
        + chrono::Duration::days(((process * 37 + i) % 140) as i64);
    (day.to_string(), 0.5 + (process % 4) as f64 * 0.25)
}

/// A case granted, ordered, matched and started through the real commands (apply, assess
/// with `--answers`, decide, order, match assignee add/offer/start), as of June 2026.
fn executed_case(env: &Env, who: &str, assignee: (&str, &str)) -> i64 {
    let case = env.apply(
        who,
        "kontaktperson-sol",
        &["--received", "2026-06-01", "--consent", "self"],
    );
    grant_and_order(env, case, "2026-06-01", "2027-05-31", 10.0);
    let id = add(
        env,
        assignee.1,
        assignee.0,
        "kontaktperson",
        &["--record-checked", "2026-06-01", "--approved", "2026-06-15"],
    )
    .to_string();
    let c = case.to_string();
    env.json(&[
        "--today",
        "2026-06-16",
        "match",
        "offer",
        &c,
        "--assignee",
        &id,
    ]);
    env.json(&[
        "--today",
        "2026-06-20",
        "match",
        "start",
        &c,
        "--date",
        "2026-06-20",
    ]);
    case
}

fn run_write(
    env: &Env,
    process: usize,
    i: usize,
    case: Option<i64>,
    visited: Option<i64>,
) -> Output {
    let mut c = env.cmd();
    c.arg("--json");
    let (day, hours) = visit(process, i);
    let hours = hours.to_string();
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
        Write::Visit => c.args([
            "log",
            &visited.expect("the case visited").to_string(),
            "--visit",
            &day,
            "--hours",
            &hours,
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

/// What one process reported: its cases, and its visits as (visit id, journal entry).
#[derive(Debug, Default)]
struct Reported {
    cases: Vec<i64>,
    visits: Vec<(i64, i64)>,
}

/// Runs writes `writes` of every process at once (all start on a barrier).
fn at_once(
    env: &Env,
    writes: std::ops::Range<usize>,
    mine: Vec<Reported>,
    visited: &[i64],
) -> Vec<Reported> {
    let barrier = Barrier::new(PROCESSES);
    std::thread::scope(|s| {
        let handles: Vec<_> = mine
            .into_iter()
            .enumerate()
            .map(|(p, mut mine)| {
                let (env, barrier, writes) = (env, &barrier, writes.clone());
                let visited = visited.get(p % VISITED).copied();
                s.spawn(move || {
                    barrier.wait();
                    for i in writes {
                        let out = run_write(env, p, i, mine.cases.first().copied(), visited);
                        assert_clean_success(&out, &format!("process {p} write {i}"));
                        let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
                        match plan(i) {
                            Write::Apply => {
                                mine.cases.push(doc["case_id"].as_i64().expect("case_id"))
                            }
                            Write::Visit => mine.visits.push((
                                doc["visit_id"].as_i64().expect("visit_id"),
                                doc["journal_entry"].as_i64().expect("journal_entry"),
                            )),
                            Write::Note => {}
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
    })
}

#[test]
fn eight_processes_writing_at_once_lose_nothing() {
    let env = Env::new();
    let start = Instant::now();
    // No file yet: the first writes (applications) race to create and migrate it.
    let first = at_once(
        &env,
        0..1,
        (0..PROCESSES).map(|_| Reported::default()).collect(),
        &[],
    );
    // Then the executed cases the visits go to, through the real commands.
    let set_up = Instant::now();
    let visited: Vec<i64> = [
        (pnr::SENIOR_70, (apnr::F1, "Kontakt Ett")),
        (pnr::CENTENARIAN, (apnr::M1, "Kontakt Två")),
    ]
    .into_iter()
    .take(VISITED)
    .map(|(who, assignee)| executed_case(&env, who, assignee))
    .collect();
    let set_up = set_up.elapsed();
    // The other 99 writes of each process: applications, notes and visits, all at once.
    let reported = at_once(&env, 1..WRITES_PER_PROCESS, first, &visited);
    let elapsed = start.elapsed() - set_up;

    let count_of = |w: fn(&Write) -> bool| (0..WRITES_PER_PROCESS).filter(|&i| w(&plan(i))).count();
    let applies = count_of(|w| matches!(w, Write::Apply));
    let notes = count_of(|w| matches!(w, Write::Note));
    let visits = count_of(|w| matches!(w, Write::Visit));
    assert_eq!(applies + notes + visits, WRITES_PER_PROCESS);
    let all_cases: BTreeSet<i64> = reported.iter().flat_map(|r| r.cases.clone()).collect();
    assert_eq!(
        all_cases.len(),
        PROCESSES * applies,
        "every case number once"
    );
    let c = env.conn();
    let count = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(
        count("SELECT count(*) FROM cases"),
        (PROCESSES * applies + VISITED) as i64
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
    for (p, mine) in reported.iter().enumerate() {
        let on_case: i64 = c
            .query_row(
                "SELECT count(*) FROM journal WHERE kind = 'note' AND case_id = ?1",
                [mine.cases[0]],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(on_case, notes as i64, "process {p}");
    }
    // Every visit once, on its case, with its day and hours, and its journal entry.
    assert_eq!(
        count("SELECT count(*) FROM visit"),
        (PROCESSES * visits) as i64
    );
    for (p, mine) in reported.iter().enumerate() {
        let case = visited[p % VISITED];
        let wanted: Vec<(String, f64)> = (0..WRITES_PER_PROCESS)
            .filter(|&i| matches!(plan(i), Write::Visit))
            .map(|i| visit(p, i))
            .collect();
        assert_eq!(mine.visits.len(), wanted.len(), "process {p}");
        for (&(id, entry), (day, hours)) in mine.visits.iter().zip(&wanted) {
            let row: (i64, String, f64) = c
                .query_row(
                    "SELECT case_id, day, hours FROM visit WHERE id = ?1",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .unwrap_or_else(|e| panic!("visit {id} reported written is missing: {e}"));
            assert_eq!(row, (case, day.clone(), *hours), "visit {id}");
            let (on, kind): (i64, String) = c
                .query_row(
                    "SELECT case_id, kind FROM journal WHERE id = ?1",
                    [entry],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .unwrap();
            assert_eq!((on, kind.as_str()), (case, "event"), "entry {entry}");
        }
    }
    drop(c);
    // The balance of each visited case counts every November visit, whoever wrote it.
    for (k, case) in visited.iter().enumerate() {
        let november: f64 = (0..PROCESSES)
            .filter(|p| p % VISITED == k)
            .flat_map(|p| {
                (0..WRITES_PER_PROCESS)
                    .filter(|&i| matches!(plan(i), Write::Visit))
                    .map(move |i| visit(p, i))
            })
            .filter(|(day, _)| day.starts_with("2026-11"))
            .map(|(_, h)| h)
            .sum();
        let show = env.json(&["show", &case.to_string()]);
        assert_eq!(
            show["hours"]["used"].as_f64(),
            Some(november),
            "case {case}"
        );
    }
    // Writers interleaved, yet both chains are whole.
    let check = env.json(&["check"]);
    assert_eq!(check["ok"], true, "{check}");
    eprintln!(
        "{} writes by {PROCESSES} processes in {elapsed:.1?} (set-up of the visited cases: {set_up:.1?})",
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
