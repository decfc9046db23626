//! What every report shares: masking (G5), CSV and JSON, formats, streaming without a terminal.

use super::*;

/// One reminder for an ordinary person and one for a protected identity.
fn two_people(env: &Env) -> (Granted, Granted) {
    let open = granted(env, pnr::ADULT, "2026-06-01", "2026-12-01");
    let case = env.apply(
        pnr::ADULT_MAN,
        "kontaktperson-sol",
        &["--consent", "self", "--protected"],
    );
    let hidden = grant_and_order(env, case, "2026-06-01", "2026-12-01", 10.0);
    (open, hidden)
}

fn reveal_audits(env: &Env, action: &str) -> i64 {
    env.conn()
        .query_row(
            "SELECT count(*) FROM audit WHERE action = ?1 AND user = ?2",
            [action, &user()],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn g5_reports_mask_numbers_unless_revealed_and_reveal_is_audited() {
    let env = Env::new();
    let (open, _) = two_people(&env);
    let masked = items(&env, &["reminders"]);
    let mine = masked
        .iter()
        .find(|i| i["case_id"] == open.case_id)
        .unwrap();
    assert_eq!(mine["pnr"], "19900101-****");
    let text = env.ok(&["report", "reminders", "--format", "csv"]);
    assert!(!text.contains("2385"), "{text}");
    assert_eq!(reveal_audits(&env, "report reminders --reveal"), 0);

    let revealed = items(&env, &["reminders", "--reveal"]);
    let mine = revealed
        .iter()
        .find(|i| i["case_id"] == open.case_id)
        .unwrap();
    assert_eq!(mine["pnr"], "19900101-2385");
    assert_eq!(reveal_audits(&env, "report reminders --reveal"), 1);
    env.ok(&["report", "expiring", "--reveal"]);
    assert_eq!(reveal_audits(&env, "report expiring --reveal"), 1);
}

#[test]
fn g5_a_protected_identity_is_never_shown_not_even_with_reveal() {
    let env = Env::new();
    let (_, hidden) = two_people(&env);
    for args in [
        vec!["report", "reminders", "--reveal", "--format", "csv"],
        vec!["report", "reminders", "--reveal", "--format", "json"],
        vec!["report", "reminders", "--reveal"],
        vec!["report", "expiring", "--reveal"],
        vec!["report", "unexecuted", "--reveal"],
    ] {
        let out = env.ok(&args);
        assert!(out.contains("skyddad identitet"), "{args:?}: {out}");
        assert!(!out.contains("19850101"), "{args:?}: {out}");
        // Names are never in reports of individuals.
        assert!(!out.contains("Test Testsson"), "{args:?}: {out}");
    }
    let list = items(&env, &["expiring", "--reveal"]);
    let row = list
        .iter()
        .find(|i| i["case_id"] == hidden.case_id)
        .unwrap();
    assert_eq!(row["pnr"], "skyddad identitet");
}

#[test]
fn csv_is_read_back_by_a_csv_reader_with_stable_headers() {
    let env = Env::new();
    two_people(&env);
    let expected: &[(&[&str], &[&str])] = &[
        (
            &["reminders"],
            &[
                "kind",
                "case_id",
                "rule",
                "due",
                "overdue",
                "pnr",
                "caseworker",
                "message",
            ],
        ),
        (
            &["expiring"],
            &[
                "case_id",
                "pnr",
                "insats",
                "caseworker",
                "decision_id",
                "from",
                "to",
                "days_left",
                "hours_per_month",
            ],
        ),
        (
            &["unexecuted"],
            &[
                "case_id",
                "pnr",
                "insats",
                "law",
                "caseworker",
                "decision_id",
                "decided",
                "execute_by",
                "executed",
                "ended",
                "days_late",
                "state",
                "provider",
            ],
        ),
    ];
    for (args, header) in expected {
        let mut all = vec!["report"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--format", "csv"]);
        let text = env.ok(&all);
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let got: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(got, *header, "{args:?}");
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let json = items(&env, args);
        assert_eq!(records.len(), json.len(), "{args:?}");
        // The same values in both, cell for cell (CSV writes numbers and booleans as JSON does).
        for (record, item) in records.iter().zip(&json) {
            for (key, cell) in header.iter().zip(record.iter()) {
                let want = match &item[*key] {
                    Value::Null => String::new(),
                    Value::String(s) => s.clone(),
                    v => v.to_string(),
                };
                assert_eq!(cell, want, "{args:?} {key}");
            }
        }
    }
    // Messages with commas and dashes survive the round trip.
    let text = env.ok(&["report", "reminders", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let first = reader.records().next().unwrap().unwrap();
    assert!(first.get(7).unwrap().contains(':'), "{first:?}");
}

#[test]
fn json_reports_are_one_document_with_as_of_and_items() {
    let env = Env::new();
    two_people(&env);
    let out = env.run(&["--json", "report", "reminders"]);
    assert_eq!(out.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["as_of"], TODAY);
    let items = doc["items"].as_array().unwrap();
    assert!(!items.is_empty());
    for item in items {
        for key in ["kind", "case_id", "rule", "due", "message"] {
            assert!(!item[key].is_null(), "{key} in {item}");
        }
        assert!(item["case_id"].is_i64());
        let due = item["due"].as_str().unwrap();
        assert!(
            due.len() == 10 && due.as_bytes()[4] == b'-' && due.as_bytes()[7] == b'-',
            "{due}"
        );
        assert!(
            [
                "expiring",
                "unexecuted",
                "follow_up_due",
                "cancellations",
                "agreement_review",
                "lvu_review"
            ]
            .contains(&item["kind"].as_str().unwrap())
        );
    }
    // --format json and the global --json give the same document.
    let other = env.ok(&["report", "reminders", "--format", "json"]);
    assert_eq!(serde_json::from_str::<Value>(&other).unwrap(), doc);
}

#[test]
fn format_conflicts_and_unknown_formats_are_usage_errors() {
    let env = Env::new();
    two_people(&env);
    let before = env.dump();
    assert_fails(
        &env.run(&["--json", "report", "reminders", "--format", "csv"]),
        2,
        "--json",
    );
    assert_fails(
        &env.run(&["report", "expiring", "--format", "xml"]),
        2,
        "xml",
    );
    assert_fails(
        &env.run(&["report", "unexecuted", "--quarter", "2026-Q5"]),
        2,
        "YYYY-QN",
    );
    assert_fails(
        &env.run(&["report", "unexecuted", "--quarter", "2027-Q1"]),
        2,
        "has not begun",
    );
    assert_fails(
        &env.run(&["report", "hours", "--month", "2026-13"]),
        2,
        "YYYY-MM",
    );
    assert_fails(&env.run(&["report", "stats", "--year", "26"]), 2, "YYYY");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_table_without_a_terminal_is_plain_columns_without_colour() {
    let env = Env::new();
    two_people(&env);
    let out = env
        .cmd()
        .env_remove("NO_COLOR")
        .args(["report", "reminders"])
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(!text.contains('\x1b'), "{text}");
    let mut lines = text.lines();
    // The reminders' summary line (issue 20), a blank line, then the table.
    assert!(lines.next().unwrap().contains("att göra"), "{text}");
    assert_eq!(lines.next(), Some(""));
    let header = lines.next().unwrap();
    // Swedish headers and kinds for the reader (issue 20); CSV and JSON keep the keys.
    assert!(header.starts_with("slag "), "{header}");
    assert!(header.ends_with("meddelande"), "{header}");
    assert!(
        lines.next().unwrap().starts_with("ej verkställt "),
        "{text}"
    );
}

#[test]
fn reports_of_a_missing_file_fail_without_creating_it() {
    let env = Env::new();
    assert_fails(&env.run(&["report", "reminders"]), 1, "no insats file");
    assert!(!env.db.exists());
}

#[test]
fn every_report_has_a_header_and_an_empty_document_on_an_empty_file() {
    let env = Env::new();
    env.ok(&["init"]);
    for name in [
        "expiring",
        "unexecuted",
        "hours",
        "stats",
        "caseload",
        "compensation",
        "retention",
    ] {
        let csv = env.ok(&["report", name, "--format", "csv"]);
        assert_eq!(csv.lines().count().min(1), 1, "{name}: a header");
        let doc = env.json(&["report", name]);
        assert_eq!(doc["as_of"], TODAY, "{name}");
        assert!(doc["items"].is_array(), "{name}");
    }
    // Issue 20: CSV always has its header, the IVO report's too; only the nightly reminders
    // print nothing (R1's "nothing is sent" is for IVO: no rows).
    let csv = env.ok(&["report", "ivo", "--format", "csv"]);
    assert!(csv.starts_with("report_kind,"), "{csv}");
}
