//! Report tables that fit (issue 20): at a terminal (pinned here with `COLUMNS`) every report
//! is drawn to the width, long texts wrapped between words and no date or number split; with
//! `NO_COLOR` (set for every test) the width still counts. Without a terminal the columns are
//! as wide as the rows printed, so that nothing drifts in a cron mail.

use crate::common::*;

/// Every report a demo file fills, with the flags it needs; `access` is left out (its lines
/// carry the clock's time and the test account's login).
const REPORTS: &[(&str, &[&str])] = &[
    ("reminders", &["report", "reminders"]),
    ("expiring", &["report", "expiring", "--within", "60"]),
    (
        "unexecuted",
        &["report", "unexecuted", "--quarter", "2026-Q4"],
    ),
    ("hours", &["report", "hours", "--month", "2026-10"]),
    ("stats", &["report", "stats", "--year", "2026"]),
    ("caseload", &["report", "caseload"]),
    (
        "compensation",
        &["report", "compensation", "--month", "2026-10"],
    ),
    ("retention", &["report", "retention"]),
    ("ivo", &["report", "ivo", "--quarter", "2026-Q3"]),
    ("council", &["report", "council", "--quarter", "2026-Q3"]),
    (
        "lss_register",
        &["report", "lss-register", "--date", "2026-10-01"],
    ),
];

fn demo(env: &Env) {
    let out = env.cmd().args(["demo", "--cases", "40"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

fn at_width(env: &Env, args: &[&str], width: Option<u16>) -> String {
    let mut c = env.cmd();
    if let Some(w) = width {
        c.env("COLUMNS", w.to_string());
    }
    let out = c.args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

/// A golden table at 80 and at 120 columns for each report.
#[test]
fn every_report_fits_80_and_120_columns() {
    let env = Env::new();
    demo(&env);
    for (name, args) in REPORTS {
        for width in [80, 120] {
            let text = at_width(&env, args, Some(width));
            insta::assert_snapshot!(format!("table_{name}_{width}"), text);
        }
    }
}

/// Dates are never split over lines, however narrow the message column gets.
#[test]
fn no_date_is_split_at_80_columns() {
    let env = Env::new();
    demo(&env);
    let doc = env.json(&["report", "reminders"]);
    let text = at_width(&env, &["report", "reminders"], Some(80));
    let items = doc["items"].as_array().unwrap();
    assert!(!items.is_empty());
    for item in items {
        let due = item["due"].as_str().unwrap();
        assert!(text.contains(due), "{due} split in\n{text}");
    }
    // Wider than the terminal only where a column's words cannot be narrower.
    let hours = at_width(&env, &["report", "hours", "--month", "2026-10"], Some(120));
    for line in hours.lines() {
        assert!(!line.contains("2026-1 "), "{line}");
    }
}

/// Piped: each column starts where its header does on every line (widths from the rows
/// printed, not guessed).
#[test]
fn piped_columns_line_up_with_their_headers() {
    let env = Env::new();
    demo(&env);
    for (name, args) in [REPORTS[0], REPORTS[3]] {
        let text = at_width(&env, args, None);
        let mut lines = text.lines();
        // The reminders start with their summary and a blank line.
        let header = loop {
            let l = lines.next().unwrap();
            if l.starts_with("slag") || l.starts_with("ärende") {
                break l;
            }
        };
        // Counted in characters: the Swedish headers are not ASCII.
        let chars: Vec<char> = header.chars().collect();
        let gap = (0..chars.len()).find(|&i| chars[i] == ' ' && chars.get(i + 1) == Some(&' '));
        let second = gap.and_then(|i| (i..chars.len()).find(|&j| chars[j] != ' '));
        let second = second.unwrap();
        for line in lines {
            let before: String = line.chars().take(second).collect();
            assert!(
                before.ends_with("  ") || before.ends_with(' '),
                "{name}: a cell runs into the next column: {line}"
            );
            assert_ne!(line.chars().nth(second), Some(' '), "{name}: {line}");
        }
    }
}

/// No `-0.0` in any format.
#[test]
fn no_negative_zero_in_hours() {
    let env = Env::new();
    demo(&env);
    for format in ["table", "csv", "json"] {
        let text = at_width(
            &env,
            &["report", "hours", "--month", "2026-11", "--format", format],
            None,
        );
        assert!(
            !text.contains("-0.0") && !text.contains("-0,"),
            "{format}: {text}"
        );
    }
}

/// A reader that closes early (`| head`): every command ends quietly, exit 0, no "Broken
/// pipe" on stderr.
#[test]
fn broken_pipes_end_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    let env = Env::new();
    demo(&env);
    let commands: &[&[&str]] = &[
        &["report", "reminders"],
        &["report", "reminders", "--format", "csv"],
        &["--json", "report", "reminders"],
        &["report", "hours", "--month", "2026-10", "--format", "json"],
        &["--json", "guideline", "show"],
        &["guideline", "show"],
        &["list"],
        &["--json", "list"],
        &["show", "1"],
        &["log", "1"],
        &["completions", "bash"],
        &["report", "reminders", "--sql"],
    ];
    for args in commands {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("insats"))
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", env.dir.path())
            .env("INSATS_TODAY", TODAY)
            .env("INSATS_DB", &env.db)
            .current_dir(env.dir.path())
            .args(*args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut out = child.stdout.take().unwrap();
        let mut few = [0u8; 16];
        let _ = out.read(&mut few);
        drop(out);
        let done = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&done.stderr);
        assert!(
            !err.contains("Broken pipe") && !err.contains("panicked"),
            "{args:?}: {err}"
        );
        assert_eq!(done.status.code(), Some(0), "{args:?}: {err}");
    }
}

/// `--caseworker LOGIN` keeps that caseworker's items, with its own summary; `--mine` with it
/// is a usage error.
#[test]
fn reminders_for_one_caseworker_sorted_overdue_first() {
    let env = Env::new();
    demo(&env);
    let all = env.json(&["report", "reminders"]);
    let items = all["items"].as_array().unwrap();
    let login = items[0]["caseworker"].as_str().unwrap().to_string();
    let keys: Vec<(bool, String)> = items
        .iter()
        .map(|i| {
            (
                !i["overdue"].as_bool().unwrap(),
                i["due"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "overdue first, then by due day");
    assert_eq!(all["summary"]["total"], items.len());
    let mine = env.json(&["report", "reminders", "--caseworker", &login]);
    let own = mine["items"].as_array().unwrap();
    assert!(!own.is_empty() && own.iter().all(|i| i["caseworker"] == login.as_str()));
    assert_eq!(mine["summary"]["total"], own.len());
    let text = at_width(&env, &["report", "reminders", "--caseworker", &login], None);
    assert!(text.lines().next().unwrap().contains("att göra"), "{text}");
    let both = env.run(&["report", "reminders", "--mine", "--caseworker", &login]);
    assert_eq!(both.status.code(), Some(2));
}

/// `-` is stdout: `order CASE --export -` prints the provider's document, no file `-`.
#[test]
fn export_dash_is_stdout() {
    let env = Env::new();
    demo(&env);
    let list = env.json(&["list"]);
    let cases = list["items"]
        .as_array()
        .or(list["cases"].as_array())
        .unwrap()
        .clone();
    let case = cases
        .iter()
        .find(|c| c["status"] == "executed")
        .map(|c| c["case_id"].as_i64().unwrap())
        .unwrap();
    let text = env.ok(&["order", &case.to_string(), "--export", "-"]);
    assert!(!text.is_empty());
    assert!(!text.contains("written for the provider"), "{text}");
    assert!(!env.dir.path().join("-").exists());
    let out = env.run(&["backup", "--out", "-"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

/// CSV always has its header, on a file with nothing to report too; only `report reminders`
/// prints nothing then (cron).
#[test]
fn csv_of_an_empty_report_has_its_header() {
    let env = Env::new();
    env.ok(&["init"]);
    for (name, args) in REPORTS {
        let mut all = args.to_vec();
        all.extend(["--format", "csv"]);
        let text = at_width(&env, &all, None);
        if *name == "reminders" {
            assert!(text.is_empty(), "{text}");
        } else {
            let header = text.lines().next().unwrap_or_default();
            assert!(header.contains(','), "{name}: no header: {text:?}");
        }
    }
    let text = at_width(&env, &["report", "access", "--format", "csv"], None);
    assert!(
        text.lines().next().unwrap_or_default().contains(','),
        "{text}"
    );
}
