//! Secrecy (G5, issue 9): a person with protected identity (skyddad identitet) is taken through
//! the whole workflow in one file, and then every output a provider, a manager or a batch
//! reader sees is read: no report, export, letter, list or suggestion shows the person's
//! personal identity number in any form, or the address. Unprotected numbers are masked in
//! reports unless `--reveal`, and every `--reveal` is recorded in the audit trail by command and
//! user, without the numbers.
//!
//! `show CASE` is the caseworker's own full view of a case: it shows the number (the caseworker
//! identifies the person by it) and the address, marked as protected; nothing else does.

use crate::common::*;
use crate::decide_support::complete_assessment_on;
use crate::matching::{apnr, approved};
use crate::support::grant_and_order;

/// The protected person (an official test number).
const HIDDEN: &str = pnr::ADULT_MAN;
const HIDDEN_NAME: &str = "Hemlig Hemligsson";
const HIDDEN_ADDRESS: &str = "Lönngatan 7, 123 45 Gömstad";
/// A second protected person, whose file is due for deletion in the retention report.
const GONE: &str = pnr::SENIOR_70;
const GONE_ADDRESS: &str = "Undanvägen 3, 999 99 Bortastad";
/// An unprotected person: masked in reports unless revealed.
const OPEN: &str = pnr::ADULT;

/// Every way a personal identity number may be written: 12 and 10 digits, with a hyphen or a
/// plus, and its last four digits after the birth date however that is written. (The last four
/// alone are not a form: test numbers share them.)
pub fn forms(number: &str) -> Vec<String> {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    assert_eq!(digits.len(), 12, "{number}");
    let (century, yy, mmdd, last) = (&digits[..2], &digits[2..4], &digits[4..8], &digits[8..]);
    vec![
        digits.clone(),
        digits[2..].to_string(),
        format!("{century}{yy}{mmdd}-{last}"),
        format!("{yy}{mmdd}-{last}"),
        format!("{yy}{mmdd}+{last}"),
        format!("{mmdd}-{last}"),
        format!("{mmdd}{last}"),
    ]
}

/// The pieces of an address any of which gives it away.
fn address_parts(address: &str) -> Vec<String> {
    let words = address
        .split_whitespace()
        .map(|w| w.trim_matches(','))
        .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic));
    address
        .split(", ")
        .chain(words)
        .map(str::to_string)
        .collect()
}

/// What must never appear: the protected persons' numbers in every form, and their addresses.
fn secrets() -> Vec<String> {
    let mut all = forms(HIDDEN);
    all.extend(forms(GONE));
    all.extend(address_parts(HIDDEN_ADDRESS));
    all.extend(address_parts(GONE_ADDRESS));
    all
}

fn assert_no_secret(label: &str, text: &str) {
    for s in secrets() {
        assert!(!text.contains(&s), "{label} shows {s:?}:\n{text}");
    }
}

/// Runs `args`, asserts success, and returns stdout and stderr together (a warning on stderr
/// is read by the same person).
fn output(env: &Env, args: &[&str]) -> String {
    let out = env.run(args);
    assert!(
        out.status.success(),
        "insats {args:?} failed: {}",
        stderr(&out)
    );
    format!("{}{}", stdout(&out), stderr(&out))
}

fn apply_as(env: &Env, number: &str, name: &str, insats: &str, extra: &[&str]) -> i64 {
    let mut args = vec![
        "apply",
        "--pnr",
        number,
        "--name",
        name,
        "--insats",
        insats,
        "--received",
        "2026-06-01",
        "--consent",
        "self",
    ];
    args.extend_from_slice(extra);
    env.json(&args)["case_id"].as_i64().expect("case_id")
}

/// Audit lines with this action, by this user.
fn audited(env: &Env, action: &str) -> i64 {
    env.conn()
        .query_row(
            "SELECT count(*) FROM audit WHERE action = ?1 AND user = ?2",
            [action, &user()],
            |r| r.get(0),
        )
        .expect("audit")
}

/// The file of the brief: a protected person taken all the way (applied, assessed, granted,
/// ordered, matched, started, visited, a cancellation, followed up), a second application of
/// the same person granted and never executed, a second protected person rejected, and an
/// unprotected person alongside. Returns the outputs of `match suggest` taken on the way
/// (before the offers, while there are candidates), and the cases (hidden, hidden's second,
/// gone, open).
fn the_file(env: &Env) -> (Vec<(String, String)>, [i64; 4]) {
    let protect = ["--protected", "--address", HIDDEN_ADDRESS];
    let hidden = apply_as(env, HIDDEN, HIDDEN_NAME, "kontaktperson-sol", &protect);
    let open = apply_as(
        env,
        OPEN,
        "Öppen Öppensson",
        "kontaktperson-sol",
        &["--address", "Storgatan 1"],
    );
    // The same person again: known, still protected.
    let second = apply_as(env, HIDDEN, HIDDEN_NAME, "ledsagning-sol", &[]);
    let gone = apply_as(
        env,
        GONE,
        "Borta Bortasson",
        "kontaktperson-sol",
        &["--protected", "--address", GONE_ADDRESS],
    );
    for case in [hidden, open, second] {
        grant_and_order(env, case, "2026-06-01", "2027-05-31", 10.0);
    }
    complete_assessment_on(env, gone, "reject", None, "2026-06-01");
    env.json(&[
        "--today",
        "2026-06-01",
        "decide",
        &gone.to_string(),
        "--reject",
        "--no-communication-reason",
        "Uppgifterna kommer från den enskilde själv.",
        "--reason",
        "Behovet tillgodoses på annat sätt.",
    ]);

    let first = approved(env, "Kalle Kontakt", apnr::M1, &[]);
    let other = approved(env, "Lisa Kontakt", apnr::F1, &[]);
    let mut suggestions = Vec::new();
    for (case, assignee) in [(hidden, first), (open, other)] {
        let c = case.to_string();
        for json in [false, true] {
            let mut args = vec!["--today", "2026-06-16"];
            if json {
                args.push("--json");
            }
            args.extend(["match", "suggest", &c]);
            suggestions.push((format!("{args:?}"), output(env, &args)));
        }
        let a = assignee.to_string();
        env.json(&[
            "--today",
            "2026-06-16",
            "match",
            "offer",
            &c,
            "--assignee",
            &a,
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
        env.json(&["log", &c, "--visit", "2026-11-02", "--hours", "3"]);
        env.json(&["log", &c, "--visit", "2026-11-09", "--hours", "3"]);
        env.json(&[
            "log",
            &c,
            "--cancel",
            "2026-11-16",
            "--by",
            "individual",
            "--notice-days",
            "1",
            "--hours",
            "3",
        ]);
        env.json(&["log", &c, "--note", "Samtal med den enskilde om träffarna."]);
        env.json(&[
            "follow-up",
            &c,
            "--outcome",
            "continue",
            "--note",
            "Insatsen fungerar väl.",
            "--attainment",
            "partly",
        ]);
    }
    (suggestions, [hidden, second, gone, open])
}

/// Every report with arguments that give it rows in this file.
const REPORTS: [(&str, &[&str]); 11] = [
    ("reminders", &["--within", "400"]),
    ("expiring", &["--within", "400"]),
    ("unexecuted", &[]),
    ("unexecuted", &["--quarter", "2026-Q3"]),
    ("ivo", &[]),
    ("ivo", &["--quarter", "2026-Q3"]),
    ("hours", &["--month", "2026-11"]),
    ("stats", &["--year", "2026"]),
    ("caseload", &[]),
    ("compensation", &["--month", "2026-11"]),
    // Files due for deletion: the rejected person's, years from now.
    ("retention", &["--today", "2036-01-01"]),
];

/// Runs every report in table, JSON and CSV (and with the global --json), with and without
/// --reveal; checks the audit trail as it goes. Returns (label, text, revealed).
fn every_report(env: &Env) -> Vec<(String, String, bool)> {
    let mut seen = Vec::new();
    for (name, extra) in REPORTS {
        let action = format!("report {name} --reveal");
        for reveal in [false, true] {
            let formats: [&[&str]; 4] = [
                &["--format", "table"],
                &["--format", "json"],
                &["--format", "csv"],
                &["--json"],
            ];
            for format in formats {
                let mut args: Vec<&str> = Vec::new();
                let (global, local): (Vec<&str>, Vec<&str>) = if format == ["--json"] {
                    (vec!["--json"], vec![])
                } else {
                    (vec![], format.to_vec())
                };
                args.extend(global);
                args.extend(["report", name]);
                args.extend(extra.iter().copied());
                args.extend(local);
                if reveal {
                    args.push("--reveal");
                }
                let before = audited(env, &action);
                let text = output(env, &args);
                let after = audited(env, &action);
                assert_eq!(
                    after - before,
                    i64::from(reveal),
                    "{args:?}: one audit line for each --reveal, none without"
                );
                seen.push((format!("{args:?}"), text, reveal));
            }
        }
    }
    seen
}

#[test]
fn g5_a_protected_identity_shows_in_no_report_export_letter_or_list() {
    let env = Env::new();
    let (suggestions, [hidden, second, gone, open]) = the_file(&env);
    let mut seen: Vec<(String, String)> = suggestions;

    let reports = every_report(&env);
    let all_reports: String = reports.iter().map(|(_, t, _)| t.as_str()).collect();
    // The protected person is in the reports, as a protected identity.
    assert!(all_reports.contains("skyddad identitet"), "{all_reports}");
    for (label, text, revealed) in &reports {
        // Unprotected numbers are masked unless revealed.
        if !revealed {
            for f in forms(OPEN) {
                assert!(!text.contains(&f), "{label} shows {f:?} unmasked:\n{text}");
            }
        }
        seen.push((label.clone(), text.clone()));
    }
    let masked: String = reports
        .iter()
        .filter(|r| !r.2)
        .map(|r| r.1.as_str())
        .collect();
    assert!(masked.contains("19900101-****"), "{masked}");
    let revealed: String = reports
        .iter()
        .filter(|r| r.2)
        .map(|r| r.1.as_str())
        .collect();
    assert!(revealed.contains("19900101-2385"), "{revealed}");

    // What the provider gets: the order, exported.
    for case in [hidden, second, open] {
        for ext in ["json", "md"] {
            let file = env.dir.path().join(format!("order-{case}.{ext}"));
            let path = file.to_str().expect("path");
            let c = case.to_string();
            let printed = output(&env, &["order", &c, "--export", path]);
            let exported = std::fs::read_to_string(&file).expect("the export");
            if case != open {
                assert!(exported.contains(HIDDEN_NAME), "{exported}");
            }
            seen.push((format!("order {case} --export .{ext}"), printed + &exported));
        }
    }
    // The decision letters, in every format.
    for case in [hidden, second, gone, open] {
        for format in ["md", "html", "txt"] {
            let c = case.to_string();
            let text = output(&env, &["letter", &c, "--format", format]);
            assert!(text.contains("Beslut om"), "{text}");
            seen.push((format!("letter {case} --format {format}"), text));
        }
    }
    // What comes due, the lists, the register, the journals.
    for args in [
        vec!["follow-up", "--due", "--within", "400"],
        vec!["follow-up", "--due", "--within", "400", "--format", "json"],
        vec!["follow-up", "--due", "--within", "400", "--format", "csv"],
        vec!["list"],
        vec!["list", "--open"],
        vec!["--json", "list"],
        vec!["match", "assignee", "list"],
        vec!["--json", "match", "assignee", "list"],
        vec!["log", "1"],
        vec!["--json", "log", "1"],
    ] {
        seen.push((format!("{args:?}"), output(&env, &args)));
    }
    for (args, action) in [
        (vec!["list", "--reveal"], "list --reveal"),
        (vec!["--json", "list", "--reveal"], "list --reveal"),
        (
            vec!["match", "assignee", "list", "--reveal"],
            "match assignee list --reveal",
        ),
    ] {
        let before = audited(&env, action);
        let text = output(&env, &args);
        assert_eq!(audited(&env, action), before + 1, "{args:?}");
        seen.push((format!("{args:?}"), text));
    }
    let list = env.json(&["list", "--reveal"]);
    let row = |case: i64| {
        list["cases"]
            .as_array()
            .expect("cases")
            .iter()
            .find(|c| c["case_id"] == case)
            .cloned()
            .expect("listed")
    };
    assert_eq!(row(hidden)["pnr"], "skyddad identitet");
    assert_eq!(row(open)["pnr"], "19900101-2385");

    for (label, text) in &seen {
        assert_no_secret(label, text);
    }
    assert_audit_holds_no_number(&env);

    // The caseworker's own view: the number, and the address marked as protected.
    let show = output(&env, &["show", &hidden.to_string()]);
    assert!(show.contains("19850101-2390"), "{show}");
    let line = show
        .lines()
        .find(|l| l.contains("Lönngatan"))
        .unwrap_or_else(|| panic!("no address in show:\n{show}"));
    assert!(line.contains("SKYDDAD IDENTITET"), "{line}");
    assert!(show.contains("skyddad           ja"), "{show}");
    let json = env.json(&["show", &hidden.to_string()]);
    assert_eq!(json["person"]["protected"], true);
    assert_eq!(json["person"]["address"], HIDDEN_ADDRESS);
}

/// The audit trail names what was revealed and by whom, never a number.
fn assert_audit_holds_no_number(env: &Env) {
    let c = env.conn();
    let mut stmt = c
        .prepare("SELECT user, command, action FROM audit")
        .expect("audit");
    let rows: Vec<(String, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("audit")
        .collect::<Result<_, _>>()
        .expect("audit");
    let mut numbers = forms(HIDDEN);
    numbers.extend(forms(GONE));
    numbers.extend(forms(OPEN));
    numbers.extend(forms(apnr::M1));
    numbers.extend(forms(apnr::F1));
    let mut reveals = 0;
    for (user, command, action) in &rows {
        for n in &numbers {
            assert!(!action.contains(n), "audit: {action}");
        }
        if action.ends_with("--reveal") {
            reveals += 1;
            assert_eq!(*user, crate::common::user());
            assert!(
                action.starts_with(command.as_str()),
                "the action names the command: {command} / {action}"
            );
        }
    }
    assert!(reveals > 0);
}

#[test]
fn g5_the_demo_files_protected_identities_show_in_no_report_letter_or_list() {
    let env = Env::new();
    env.ok(&["demo", "--cases", "150"]);
    let protected: Vec<(String, i64, bool, bool)> = {
        let c = env.conn();
        let mut stmt = c
            .prepare(
                "SELECT p.pnr, c.id,
                     EXISTS (SELECT 1 FROM decision d WHERE d.case_id = c.id),
                     EXISTS (SELECT 1 FROM orders o WHERE o.case_id = c.id)
                 FROM person p JOIN cases c ON c.person_id = p.id WHERE p.protected = 1",
            )
            .expect("select");
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .expect("rows")
            .collect::<Result<_, _>>()
            .expect("rows")
    };
    assert!(
        protected.iter().any(|p| p.2),
        "the demo has a protected identity with a decision: {protected:?}"
    );
    let mut seen: Vec<(String, String)> = Vec::new();
    for (name, extra) in REPORTS {
        for format in ["table", "json", "csv"] {
            let mut args = vec!["report", name, "--format", format, "--reveal"];
            args.extend(extra.iter().copied());
            seen.push((format!("{args:?}"), output(&env, &args)));
        }
    }
    for args in [
        vec!["list", "--reveal"],
        vec!["--json", "list", "--reveal"],
        vec!["follow-up", "--due", "--within", "400"],
    ] {
        seen.push((format!("{args:?}"), output(&env, &args)));
    }
    for (_, case, decided, ordered) in &protected {
        let c = case.to_string();
        if *decided {
            for format in ["md", "html", "txt"] {
                seen.push((
                    format!("letter {c} {format}"),
                    output(&env, &["letter", &c, "--format", format]),
                ));
            }
        }
        if *ordered {
            for ext in ["json", "md"] {
                let file = env.dir.path().join(format!("order-{c}.{ext}"));
                output(
                    &env,
                    &["order", &c, "--export", file.to_str().expect("path")],
                );
                let text = std::fs::read_to_string(&file).expect("the export");
                seen.push((format!("order {c} --export .{ext}"), text));
            }
        }
    }
    for (label, text) in &seen {
        for (number, _, _, _) in &protected {
            for f in forms(number) {
                assert!(!text.contains(&f), "{label} shows {f:?}:\n{text}");
            }
        }
    }
}

#[test]
fn g5_the_audit_trail_records_each_reveal_with_command_and_user() {
    let env = Env::new();
    env.apply(OPEN, "kontaktperson-sol", &["--consent", "self"]);
    let runs: Vec<(Vec<&str>, String)> = REPORTS
        .iter()
        .map(|(name, _)| {
            (
                vec!["report", *name, "--reveal"],
                format!("report {name} --reveal"),
            )
        })
        .chain([
            (vec!["list", "--reveal"], "list --reveal".to_string()),
            (
                vec!["match", "assignee", "list", "--reveal"],
                "match assignee list --reveal".to_string(),
            ),
        ])
        .collect();
    env.staff("granskare.test", &["manager", "coordinator"], &[]);
    for (args, action) in &runs {
        let before = audited(&env, action);
        let out = env
            .as_user("granskare.test")
            .args(args)
            .output()
            .expect("run");
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        let c = env.conn();
        let (user, command, case): (String, String, Option<i64>) = c
            .query_row(
                "SELECT user, command, case_id FROM audit WHERE action = ?1
                 ORDER BY id DESC LIMIT 1",
                [action],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap_or_else(|e| panic!("{action} not audited: {e}"));
        assert_eq!(user, for_user("granskare.test"), "{action}");
        assert!(action.starts_with(&command), "{command} / {action}");
        assert_eq!(case, None);
        assert_eq!(audited(&env, action), before, "by the other user");
    }
    // Without --reveal nothing is written: reading stays reading.
    let before = env.dump();
    for (args, _) in &runs {
        let plain: Vec<&str> = args.iter().copied().filter(|a| *a != "--reveal").collect();
        env.ok(&plain);
    }
    assert_eq!(env.dump(), before);
    let audit: Vec<String> = env
        .conn()
        .prepare("SELECT action FROM audit")
        .expect("audit")
        .query_map([], |r| r.get(0))
        .expect("audit")
        .collect::<Result<_, _>>()
        .expect("audit");
    for a in &audit {
        for f in forms(OPEN) {
            assert!(!a.contains(&f), "{a}");
        }
    }
}
