//! Carrying out and following up (issue 6): visits and the hours balance (E1), cancellations
//! (E2-E5), follow-ups (G1, E6, E7), agreement reviews (E8) and LVU reviews (E9). Today is
//! 2026-11-23; every test puts its dates on both sides of the rule's boundary.

use serde_json::Value;

use crate::common::*;
use crate::support::{Granted, agreement, execute_order, grant_and_order};

/// A case with a grant `from`..`to` at `hours` a month, its order executed on `executed`.
fn executed(
    env: &Env,
    who: &str,
    insats: &str,
    from: &str,
    to: &str,
    hours: f64,
    on: &str,
) -> Granted {
    let case_id = env.apply(who, insats, &["--received", from, "--consent", "self"]);
    let g = grant_and_order(env, case_id, from, to, hours);
    execute_order(env, g.order_id, on);
    g
}

/// Runs with `--json`, asserts success; returns the document and stderr.
fn run_json(env: &Env, args: &[&str]) -> (Value, String) {
    let out = env.cmd().arg("--json").args(args).output().expect("run");
    let err = stderr(&out);
    assert!(out.status.success(), "insats {args:?} failed: {err}");
    let v = serde_json::from_slice(&out.stdout).expect("one JSON document");
    (v, err)
}

fn journal_texts(env: &Env, case_id: i64) -> Vec<(String, String)> {
    let v = env.json(&["log", &case_id.to_string()]);
    v["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| {
            (
                e["kind"].as_str().unwrap_or_default().to_string(),
                e["text"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn count(env: &Env, table: &str) -> i64 {
    env.conn()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .expect("count")
}

fn rules(v: &Value) -> Vec<String> {
    v["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .map(|w| w["rule"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn e1_strict_month_hours_lapse_at_its_end_and_excess_is_recorded_and_warned() {
    let env = Env::new();
    executed(
        &env,
        pnr::ADULT,
        "kontaktperson-sol",
        "2026-01-01",
        "2026-12-31",
        10.0,
        "2026-01-01",
    );
    let (v, err) = run_json(&env, &["log", "1", "--visit", "2026-10-05", "--hours", "6"]);
    assert!(err.is_empty(), "{err}");
    assert_eq!(v["balance"]["model"], "strict");
    assert_eq!(v["balance"]["remaining"], 4.0);

    // The month's last day: 5 h with 4 left goes 1 h over, recorded and warned.
    let (v, err) = run_json(&env, &["log", "1", "--visit", "2026-10-31", "--hours", "5"]);
    assert_eq!(rules(&v), ["E1"]);
    assert!(
        err.starts_with("warning: ") && err.contains("(E1)"),
        "{err}"
    );
    assert_eq!(v["balance"]["over"], 1.0);
    assert_eq!(count(&env, "visit"), 2);

    // The next day is a new month: nothing carried over, nothing over.
    let (v, err) = run_json(&env, &["log", "1", "--visit", "2026-11-01", "--hours", "5"]);
    assert!(err.is_empty(), "{err}");
    assert_eq!(v["balance"]["period_start"], "2026-11-01");
    assert_eq!(v["balance"]["carried"], 0.0);
    assert_eq!(v["balance"]["remaining"], 5.0);

    let journal = journal_texts(&env, 1);
    assert!(journal.contains(&("event".into(), "Besök 2026-10-05, 6 tim.".into())));
    let warning = journal
        .iter()
        .find(|(k, _)| k == "warning")
        .expect("a warning in the journal");
    assert!(
        warning.1.contains("(E1)") && warning.1.contains("2026-10-01–2026-10-31"),
        "{warning:?}"
    );
    let shown = env.json(&["show", "1"]);
    assert_eq!(shown["hours"]["period_start"], "2026-11-01");
    assert_eq!(shown["hours"]["used"], 5.0);
}

#[test]
fn e1_flex_hours_carry_over_within_the_period_and_lapse_when_it_ends() {
    let env = Env::new();
    // Executed 2026-01-15: periods 01-15..04-14, ..., 07-15..10-14, 10-15..2027-01-14.
    executed(
        &env,
        pnr::SENIOR_70,
        "ledsagning-sol",
        "2026-01-15",
        "2027-01-14",
        10.0,
        "2026-01-15",
    );
    env.ok(&["log", "1", "--visit", "2026-07-20", "--hours", "3"]);
    // The period's last day: two months' unused hours carried into the third.
    let (v, err) = run_json(
        &env,
        &["log", "1", "--visit", "2026-10-14", "--hours", "24"],
    );
    assert!(err.is_empty(), "{err}");
    let b = &v["balance"];
    assert_eq!(
        (b["model"].as_str(), b["months"].as_i64()),
        (Some("flex"), Some(3))
    );
    assert_eq!(
        (b["period_start"].as_str(), b["period_end"].as_str()),
        (Some("2026-07-15"), Some("2026-10-14"))
    );
    assert_eq!(
        (b["granted"].as_f64(), b["carried"].as_f64()),
        (Some(30.0), Some(17.0))
    );
    assert_eq!(b["remaining"], 3.0);
    // 4 h with 3 left in the period: warned.
    let (v, err) = run_json(&env, &["log", "1", "--visit", "2026-10-14", "--hours", "4"]);
    assert_eq!(rules(&v), ["E1"]);
    assert!(err.contains("(E1)"), "{err}");
    // The first day of the next period: what was left lapsed, nothing over.
    let (v, err) = run_json(&env, &["log", "1", "--visit", "2026-10-15", "--hours", "4"]);
    assert!(err.is_empty(), "{err}");
    assert_eq!(v["balance"]["period_start"], "2026-10-15");
    assert_eq!(v["balance"]["period_end"], "2027-01-14");
    assert_eq!(v["balance"]["remaining"], 26.0);

    // show: the period of today (second month), with the first month's unused hours carried.
    let h = &env.json(&["show", "1"])["hours"];
    assert_eq!(h["period_end"], "2027-01-14");
    assert_eq!(
        (h["used"].as_f64(), h["carried"].as_f64()),
        (Some(4.0), Some(6.0))
    );
    assert_eq!(
        (h["remaining"].as_f64(), h["lapsing"].as_f64()),
        (Some(26.0), Some(26.0))
    );
    let human = env.ok(&["show", "1"]);
    assert!(
        human.contains("flex (3 mån), period 2026-10-15 – 2027-01-14: beviljat 30 tim, använt 4 tim, överfört 6 tim, kvar 26 tim"),
        "{human}"
    );
}

#[test]
fn e1_visits_count_only_once_the_order_is_executed_and_not_ahead_of_time() {
    let env = Env::new();
    let case_id = env.apply(
        pnr::ADULT,
        "kontaktperson-sol",
        &["--received", "2026-01-01"],
    );
    let g = grant_and_order(&env, case_id, "2026-01-01", "2026-12-31", 10.0);
    let before = env.dump();
    assert_fails(
        &env.run(&["log", "1", "--visit", "2026-11-20", "--hours", "3"]),
        1,
        "not executed yet",
    );
    assert_eq!(env.dump(), before);

    execute_order(&env, g.order_id, "2026-03-02");
    let before = env.dump();
    assert_fails(
        &env.run(&["log", "1", "--visit", "2026-03-01", "--hours", "3"]),
        1,
        "executed on 2026-03-02",
    );
    assert_fails(
        &env.run(&["log", "1", "--visit", "2026-11-24", "--hours", "3"]),
        1,
        "after today",
    );
    assert_eq!(env.dump(), before);
    env.ok(&["log", "1", "--visit", "2026-03-02", "--hours", "3"]);
    env.ok(&["log", "1", "--visit", "2026-11-23", "--hours", "3"]);
    assert_eq!(count(&env, "visit"), 2);
}

#[test]
fn g3_visit_after_the_grants_last_day_or_without_a_grant_is_refused() {
    let env = Env::new();
    executed(
        &env,
        pnr::ADULT,
        "kontaktperson-sol",
        "2026-01-01",
        "2026-11-10",
        10.0,
        "2026-01-01",
    );
    env.apply(pnr::ADULT_MAN, "kontaktperson-sol", &[]);
    let before = env.dump();
    let out = env.run(&["log", "1", "--visit", "2026-11-11", "--hours", "2"]);
    assert_fails(&out, 3, "refused (G3)");
    assert!(stderr(&out).contains("ends on 2026-11-10"));
    assert_fails(
        &env.run(&["log", "2", "--visit", "2026-11-11", "--hours", "2"]),
        3,
        "refused (G3)",
    );
    assert_fails(
        &env.run(&[
            "log",
            "2",
            "--cancel",
            "2026-11-20",
            "--by",
            "assignee",
            "--notice-days",
            "1",
            "--hours",
            "2",
        ]),
        3,
        "refused (G3)",
    );
    assert_eq!(env.dump(), before);
    // The grant's last day is still covered.
    env.ok(&["log", "1", "--visit", "2026-11-10", "--hours", "2"]);
}

#[test]
fn log_flags_that_do_not_go_together_are_usage_errors() {
    let env = Env::new();
    executed(
        &env,
        pnr::ADULT,
        "kontaktperson-sol",
        "2026-01-01",
        "2026-12-31",
        10.0,
        "2026-01-01",
    );
    let before = env.dump();
    for args in [
        vec!["log", "1", "--visit", "2026-11-20"],
        vec![
            "log",
            "1",
            "--visit",
            "2026-11-20",
            "--hours",
            "2",
            "--cancel",
            "2026-11-20",
        ],
        vec![
            "log",
            "1",
            "--correct",
            "1",
            "--note",
            "x",
            "--cancel",
            "2026-11-20",
            "--by",
            "assignee",
            "--notice-days",
            "3",
        ],
        vec!["log", "1", "--hours", "2"],
        vec!["log", "1", "--cancel", "2026-11-20", "--by", "assignee"],
        vec!["log", "1", "--cancel", "2026-11-20", "--notice-days", "3"],
        vec![
            "log",
            "1",
            "--cancel",
            "2026-11-20",
            "--by",
            "someone",
            "--notice-days",
            "3",
        ],
        vec!["log", "1", "--by", "assignee", "--notice-days", "3"],
        vec![
            "log",
            "1",
            "--visit",
            "2026-11-20",
            "--hours",
            "2",
            "--note",
            " ",
        ],
    ] {
        let out = env.run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    }
    // Values malformed on their own are usage (exit 2), as SPEC's exit codes say.
    for (args, needle) in [
        (
            vec!["log", "1", "--visit", "2026-11-20", "--hours", "0"],
            "above 0",
        ),
        (
            vec!["log", "1", "--visit", "2026-11-20", "--hours", "25"],
            "at most 24",
        ),
        (
            vec!["log", "1", "--visit", "2026-11-20", "--hours", "x"],
            "a number",
        ),
        (
            vec!["log", "1", "--visit", "2026-11-31", "--hours", "2"],
            "YYYY-MM-DD",
        ),
    ] {
        assert_fails(&env.run(&args), 2, needle);
    }
    assert_eq!(env.dump(), before);
    // A note goes with a visit into its journal entry.
    env.ok(&[
        "log",
        "1",
        "--visit",
        "2026-11-20",
        "--hours",
        "2",
        "--note",
        "Bowling.",
    ]);
    assert!(
        journal_texts(&env, 1)
            .contains(&("event".into(), "Besök 2026-11-20, 2 tim. Bowling.".into()))
    );
}

#[test]
fn e2_provider_six_days_ahead_warns_seven_does_not() {
    let env = Env::new();
    executed(
        &env,
        pnr::ADULT,
        "kontaktperson-sol",
        "2026-01-01",
        "2026-12-31",
        10.0,
        "2026-01-01",
    );
    let args = |notice: &'static str| {
        vec![
            "log",
            "1",
            "--cancel",
            "2026-11-27",
            "--by",
            "provider",
            "--notice-days",
            notice,
            "--hours",
            "3",
        ]
    };
    let (v, err) = run_json(&env, &args("6"));
    assert_eq!(rules(&v), ["E2"]);
    assert!(
        err.contains("at least 7 days") && err.contains("(E2)"),
        "{err}"
    );
    assert_eq!(v["effect"], "kept");
    let (v, err) = run_json(&env, &args("7"));
    assert!(rules(&v).is_empty() && err.is_empty(), "{err}");
    let warnings: Vec<_> = journal_texts(&env, 1)
        .into_iter()
        .filter(|(k, _)| k == "warning")
        .collect();
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].1.contains("minst 7 dagar") && warnings[0].1.contains("(E2)"));
}

#[test]
fn e2_assignee_ill_the_hours_are_kept_for_later() {
    let env = Env::new();
    let g = executed(
        &env,
        pnr::ADULT,
        "kontaktperson-sol",
        "2026-01-01",
        "2026-12-31",
        10.0,
        "2026-01-01",
    );
    agreement(&env, &g, "198501012390", "2026-01-10", 2.5);
    env.ok(&["log", "1", "--visit", "2026-11-02", "--hours", "2.5"]);
    // Ill on the day (no notice), and the meeting's length comes from the agreement.
    let (v, err) = run_json(
        &env,
        &[
            "log",
            "1",
            "--cancel",
            "2026-11-09",
            "--by",
            "assignee",
            "--notice-days",
            "0",
        ],
    );
    assert!(err.is_empty(), "{err}");
    assert_eq!(
        (v["effect"].as_str(), v["hours"].as_f64()),
        (Some("kept"), Some(2.5))
    );
    let b = &v["balance"];
    assert_eq!(
        (
            b["used"].as_f64(),
            b["kept"].as_f64(),
            b["remaining"].as_f64()
        ),
        (Some(2.5), Some(2.5), Some(7.5))
    );
    assert!(
        journal_texts(&env, 1)
            .iter()
            .any(|(_, t)| t.contains("av uppdragstagaren") && t.contains("timmarna kvarstår (E2)"))
    );
}

#[test]
fn e3_under_18_only_the_guardian_cancels_from_18_the_individual() {
    let env = Env::new();
    // Turns 18 on 2027-01-01.
    let case_id = env.apply(
        pnr::TEEN_17,
        "kontaktperson-sol",
        &["--received", "2026-06-01", "--consent", "self"],
    );
    let g = grant_and_order(&env, case_id, "2026-06-01", "2027-05-31", 8.0);
    execute_order(&env, g.order_id, "2026-06-01");
    let before = env.dump();
    // A meeting on 2026-12-31, the last day under 18.
    let out = env.run(&[
        "log",
        "1",
        "--cancel",
        "2026-12-31",
        "--by",
        "individual",
        "--notice-days",
        "38",
        "--hours",
        "2",
    ]);
    assert_fails(&out, 3, "refused (E3)");
    assert!(stderr(&out).contains("--by guardian"));
    assert_fails(
        &env.run(&[
            "log",
            "1",
            "--cancel",
            "2026-12-31",
            "--by",
            "individual",
            "--notice-days",
            "38",
            "--hours",
            "2",
            "--rebooked",
            "2027-01-07",
        ]),
        3,
        "refused (E3)",
    );
    assert_eq!(env.dump(), before);
    env.ok(&[
        "log",
        "1",
        "--cancel",
        "2026-12-31",
        "--by",
        "guardian",
        "--notice-days",
        "38",
        "--hours",
        "2",
    ]);
    // The meeting on the 18th birthday: the individual cancels for themself.
    env.ok(&[
        "log",
        "1",
        "--cancel",
        "2027-01-01",
        "--by",
        "individual",
        "--notice-days",
        "39",
        "--hours",
        "2",
    ]);
    assert_eq!(count(&env, "cancellation"), 2);
    // A notice not yet given cannot be logged.
    assert_fails(
        &env.run(&[
            "log",
            "1",
            "--cancel",
            "2027-01-01",
            "--by",
            "guardian",
            "--notice-days",
            "38",
            "--hours",
            "2",
        ]),
        1,
        "after today",
    );
}

#[test]
fn e4_seven_days_without_rebooking_loses_the_hours_eight_days_or_rebooked_does_not() {
    let env = Env::new();
    executed(
        &env,
        pnr::ADULT,
        "kontaktperson-sol",
        "2026-01-01",
        "2026-12-31",
        10.0,
        "2026-01-01",
    );
    let cancel = |day: &'static str, notice: &'static str, rebooked: Option<&'static str>| {
        let mut a = vec![
            "log",
            "1",
            "--cancel",
            day,
            "--by",
            "individual",
            "--notice-days",
            notice,
            "--hours",
            "3",
        ];
        if let Some(r) = rebooked {
            a.extend(["--rebooked", r]);
        }
        run_json(&env, &a)
    };
    let (v, err) = cancel("2026-11-25", "7", None);
    assert_eq!(
        (v["effect"].as_str(), rules(&v)),
        (Some("lost"), vec!["E4".to_string()])
    );
    assert!(
        err.contains("hours are lost") && err.contains("(E4)"),
        "{err}"
    );
    assert_eq!(
        (v["balance"]["lost"].as_f64(), v["balance"]["used"].as_f64()),
        (Some(3.0), Some(3.0))
    );
    let (v, err) = cancel("2026-11-26", "8", None);
    assert_eq!(v["effect"], "kept");
    assert!(err.is_empty(), "{err}");
    let (v, err) = cancel("2026-11-27", "7", Some("2026-11-30"));
    assert_eq!(v["effect"], "rebooked");
    assert!(err.is_empty(), "{err}");
    assert_eq!(
        (
            v["balance"]["lost"].as_f64(),
            v["balance"]["remaining"].as_f64()
        ),
        (Some(3.0), Some(7.0))
    );
    let journal = journal_texts(&env, 1);
    assert!(
        journal
            .iter()
            .any(|(k, t)| k == "warning" && t.contains("3 tim förfaller (E4)"))
    );
    assert!(
        journal
            .iter()
            .any(|(_, t)| t.contains("ny tid bokad till 2026-11-30"))
    );
}

#[test]
fn e5_the_third_cancellation_within_three_months_flags_a_new_assessment() {
    let env = Env::new();
    for who in [pnr::ADULT, pnr::ADULT_MAN] {
        executed(
            &env,
            who,
            "kontaktperson-sol",
            "2026-01-01",
            "2026-12-31",
            10.0,
            "2026-01-01",
        );
    }
    let cancel = |case: &'static str, day: &'static str, rebooked: Option<&'static str>| {
        let mut a = vec![
            "log",
            case,
            "--cancel",
            day,
            "--by",
            "individual",
            "--notice-days",
            "10",
            "--hours",
            "2",
        ];
        if let Some(r) = rebooked {
            a.extend(["--rebooked", r]);
        }
        run_json(&env, &a)
    };
    // Case 1: the third on the window's last day (08-10 + 3 months - 1 day); a rebooked one
    // and one by the assignee between them do not count.
    for day in ["2026-08-10", "2026-09-10"] {
        let (v, _) = cancel("1", day, None);
        assert!(v["flag"].is_null());
    }
    let (v, _) = cancel("1", "2026-09-20", Some("2026-09-22"));
    assert!(v["flag"].is_null());
    let (v, _) = run_json(
        &env,
        &[
            "log",
            "1",
            "--cancel",
            "2026-10-01",
            "--by",
            "assignee",
            "--notice-days",
            "10",
            "--hours",
            "2",
        ],
    );
    assert!(v["flag"].is_null());
    let (v, err) = cancel("1", "2026-11-09", None);
    assert_eq!(v["flag"]["count"], 3);
    assert_eq!(
        (v["flag"]["first"].as_str(), v["flag"]["last"].as_str()),
        (Some("2026-08-10"), Some("2026-11-09"))
    );
    assert!(rules(&v).contains(&"E5".to_string()));
    assert!(err.contains("flagged for a new assessment (E5)"), "{err}");
    assert!(
        journal_texts(&env, 1)
            .iter()
            .any(|(k, t)| k == "warning" && t.contains("flaggad för ny bedömning (E5)"))
    );

    // Case 2: one day later the first falls outside the window.
    for day in ["2026-08-10", "2026-09-10"] {
        cancel("2", day, None);
    }
    let (v, err) = cancel("2", "2026-11-10", None);
    assert!(v["flag"].is_null(), "{v}");
    assert!(!err.contains("E5"), "{err}");
}

#[test]
fn g1_follow_up_is_scheduled_before_the_end_and_listed_when_due() {
    let env = Env::new();
    // Six weeks before 2027-01-04 is today; before 2027-01-05, tomorrow. (Twelve months each,
    // the longest the guideline allows: G1.)
    executed(
        &env,
        pnr::ADULT,
        "kontaktperson-sol",
        "2026-01-05",
        "2027-01-04",
        10.0,
        "2026-01-05",
    );
    executed(
        &env,
        pnr::ADULT_MAN,
        "kontaktperson-sol",
        "2026-01-06",
        "2027-01-05",
        10.0,
        "2026-01-06",
    );
    let due = |within: &str| -> Vec<(i64, String, String)> {
        env.json(&["follow-up", "--due", "--within", within])["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|i| {
                (
                    i["case_id"].as_i64().unwrap_or_default(),
                    i["due"].as_str().unwrap_or_default().to_string(),
                    i["rule"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect()
    };
    assert_eq!(due("0"), [(1, "2026-11-23".to_string(), "G1".to_string())]);
    assert_eq!(due("1").len(), 2);
    let v = env.json(&["follow-up", "--due", "--within", "1"]);
    assert_eq!(v["as_of"], TODAY);
    assert_eq!(v["items"][0]["kind"], "follow_up_due");
    assert_eq!(v["items"][1]["state"], "due_within");
    let shown = env.json(&["show", "2"]);
    assert_eq!(shown["due"][0]["due"], "2026-11-24");
    // CSV and the table, for cron and people.
    let csv = env.ok(&["follow-up", "--due", "--format", "csv"]);
    assert!(
        csv.starts_with("kind,case_id,rule,due,state,message\n"),
        "{csv}"
    );
    assert!(
        csv.contains("follow_up_due,1,G1,2026-11-23,due_within,"),
        "{csv}"
    );
    let table = env.ok(&["follow-up", "--due"]);
    assert!(
        table.contains("follow_up_due") && table.contains("2026-11-24"),
        "{table}"
    );
    // One language per reader: the caseworker reads Swedish headers and messages.
    assert!(
        table.contains("meddelande") && table.contains("uppföljning av beslut #"),
        "{table}"
    );
    assert!(
        v["items"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("uppföljning av beslut #"),
        "{v}"
    );
    assert_fails(
        &env.run(&["--json", "follow-up", "--due", "--format", "csv"]),
        2,
        "--format",
    );

    // Followed up: no longer due.
    let (v, _) = run_json(
        &env,
        &[
            "follow-up",
            "1",
            "--outcome",
            "continue",
            "--attainment",
            "partly",
            "--note",
            "Samtal med den enskilde.",
        ],
    );
    assert_eq!(
        (v["outcome"].as_str(), v["attainment"].as_str()),
        (Some("continue"), Some("partly"))
    );
    assert_eq!(due("1"), [(2, "2026-11-24".to_string(), "G1".to_string())]);
    assert!(journal_texts(&env, 1).iter().any(|(_, t)| {
        t.starts_with("Uppföljning av beslut #1: insatsen fortsätter.")
            && t.contains("Målen: delvis uppnått.")
    }));
}

#[test]
fn g1_continue_on_the_grants_last_day_is_allowed_the_day_after_refused() {
    let env = Env::new();
    executed(
        &env,
        pnr::ADULT,
        "kontaktperson-sol",
        "2026-01-01",
        "2026-11-23",
        10.0,
        "2026-01-01",
    );
    executed(
        &env,
        pnr::ADULT_MAN,
        "kontaktperson-sol",
        "2026-01-01",
        "2026-11-22",
        10.0,
        "2026-01-01",
    );
    let before = env.dump();
    let out = env.run(&[
        "follow-up",
        "2",
        "--outcome",
        "continue",
        "--note",
        "Fortsätter.",
    ]);
    assert_fails(&out, 3, "refused (G1)");
    assert!(stderr(&out).contains("--outcome extend"));
    assert_eq!(env.dump(), before);
    env.ok(&[
        "follow-up",
        "1",
        "--outcome",
        "continue",
        "--note",
        "Fortsätter.",
    ]);
    assert_eq!(count(&env, "follow_up"), 1);
}

#[test]
fn e6_extend_and_change_need_an_end_date_after_the_current_one() {
    // The follow-up's own refusals; the new decision's rules are tested below.
    let env = Env::new();
    executed(
        &env,
        pnr::ADULT,
        "kontaktperson-sol",
        "2026-01-01",
        "2026-12-31",
        10.0,
        "2026-01-01",
    );
    let before = env.dump();
    assert_fails(
        &env.run(&[
            "follow-up",
            "1",
            "--outcome",
            "extend",
            "--to",
            "2026-12-31",
            "--note",
            "x",
        ]),
        3,
        "refused (E6)",
    );
    assert_fails(
        &env.run(&["follow-up", "1", "--outcome", "extend", "--note", "x"]),
        3,
        "refused (G1)",
    );
    assert_fails(
        &env.run(&[
            "follow-up",
            "1",
            "--outcome",
            "change",
            "--to",
            "2026-11-22",
            "--note",
            "x",
        ]),
        3,
        "refused (G1)",
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn follow_up_flags_that_do_not_go_together_are_usage_errors() {
    let env = Env::new();
    executed(
        &env,
        pnr::ADULT,
        "kontaktperson-sol",
        "2026-01-01",
        "2026-12-31",
        10.0,
        "2026-01-01",
    );
    env.apply(pnr::ADULT_MAN, "kontaktperson-sol", &[]);
    let before = env.dump();
    for args in [
        vec!["follow-up", "1"],
        vec!["follow-up", "1", "--outcome", "continue"],
        vec!["follow-up", "1", "--outcome", "continue", "--note", " "],
        vec!["follow-up", "1", "--outcome", "stop", "--note", "x"],
        vec![
            "follow-up",
            "1",
            "--outcome",
            "continue",
            "--note",
            "x",
            "--to",
            "2027-01-01",
        ],
        vec![
            "follow-up",
            "1",
            "--outcome",
            "continue",
            "--note",
            "x",
            "--end-reason",
            "moved",
        ],
        vec![
            "follow-up",
            "1",
            "--outcome",
            "end",
            "--motivation",
            "Behovet är tillgodosett på annat sätt.",
            "--no-communication-reason",
            "Uppgifterna kommer från den enskilde själv.",
            "--note",
            "x",
            "--end-reason",
            "bored",
        ],
        vec![
            "follow-up",
            "1",
            "--outcome",
            "continue",
            "--note",
            "x",
            "--attainment",
            "some",
        ],
        vec![
            "follow-up",
            "1",
            "--outcome",
            "continue",
            "--note",
            "x",
            "--due",
        ],
        vec!["follow-up", "--outcome", "continue", "--note", "x"],
        vec!["follow-up", "--within", "3"],
        vec!["follow-up", "--due", "--within", "-1"],
        vec!["follow-up", "1", "--agreement-review"],
    ] {
        let out = env.run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    }
    assert_fails(
        &env.run(&["follow-up", "2", "--outcome", "continue", "--note", "x"]),
        1,
        "no granting decision in force",
    );
    assert_fails(
        &env.run(&["follow-up", "1", "--agreement-review", "--note", "x"]),
        1,
        "no active agreement",
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn e7_end_needs_a_reason_and_ends_decision_order_agreement_and_case() {
    let env = Env::new();
    let g = executed(
        &env,
        pnr::ADULT,
        "kontaktperson-sol",
        "2026-01-01",
        "2026-12-31",
        10.0,
        "2026-01-01",
    );
    let (assignee, agreement_id) = agreement(&env, &g, "198501012390", "2026-01-10", 3.0);
    let before = env.dump();
    let out = env.run(&[
        "follow-up",
        "1",
        "--outcome",
        "end",
        "--motivation",
        "Behovet är tillgodosett på annat sätt.",
        "--no-communication-reason",
        "Uppgifterna kommer från den enskilde själv.",
        "--note",
        "Har fått arbete.",
    ]);
    assert_fails(&out, 3, "refused (E7)");
    // The refusal names the values as the flag takes them.
    assert!(stderr(&out).contains("--end-reason need-met-otherwise"));
    assert!(!stderr(&out).contains("need_met_otherwise"));
    assert_eq!(env.dump(), before);

    let (v, _) = run_json(
        &env,
        &[
            "follow-up",
            "1",
            "--outcome",
            "end",
            "--motivation",
            "Behovet är tillgodosett på annat sätt.",
            "--no-communication-reason",
            "Uppgifterna kommer från den enskilde själv.",
            "--end-reason",
            "need-met-otherwise",
            "--attainment",
            "met",
            "--note",
            "Har fått arbete och nya vänner.",
        ],
    );
    assert_eq!(v["end_reason"], "need_met_otherwise");
    assert_eq!(v["ended_order_id"], g.order_id);
    assert_eq!(v["ended_agreement_id"], agreement_id);
    assert_eq!(v["assignee_back_to_waiting"], assignee);
    let c = env.conn();
    let states: (String, String, String, String, String) = c
        .query_row(
            "SELECT d.status || ' ' || d.ended_day, o.status || ' ' || o.ended_day,
                    a.status || ' ' || a.ended_day, s.stage, k.status
             FROM decision d, orders o, agreement a, assignee s, cases k
             WHERE d.id = ?1 AND o.id = ?2 AND a.id = ?3 AND s.id = ?4 AND k.id = 1",
            rusqlite::params![g.decision_id, g.order_id, agreement_id, assignee],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .unwrap();
    assert_eq!(
        states,
        (
            format!("ended {TODAY}"),
            format!("ended {TODAY}"),
            format!("ended {TODAY}"),
            "waiting".to_string(),
            "ended".to_string()
        )
    );
    let (reason, outcome): (String, String) = c
        .query_row("SELECT end_reason, outcome FROM follow_up", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(
        (reason.as_str(), outcome.as_str()),
        ("need_met_otherwise", "end")
    );
    assert!(
        journal_texts(&env, 1)
            .iter()
            .any(|(_, t)| t.contains("insatsen avslutas")
                && t.contains("behovet tillgodoses på annat sätt (E7)"))
    );
    // Nothing is carried out or due after the end.
    assert_fails(
        &env.run(&["log", "1", "--visit", "2026-11-23", "--hours", "2"]),
        3,
        "refused (G3)",
    );
    assert!(
        env.json(&["follow-up", "--due", "--within", "400"])["items"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let shown = env.json(&["show", "1"]);
    assert!(shown["hours"].is_null() && shown["due"].as_array().unwrap().is_empty());
}

#[test]
fn e8_agreement_reviewed_yearly_listed_when_due_and_recorded() {
    let env = Env::new();
    // Yearly from 2025-12-23 is today + 30 days; from 2025-12-24 one day beyond.
    let a = executed(
        &env,
        pnr::ADULT,
        "kontaktperson-sol",
        "2025-12-01",
        "2026-11-30",
        10.0,
        "2025-12-01",
    );
    agreement(&env, &a, "198501012390", "2025-12-23", 3.0);
    let b = executed(
        &env,
        pnr::ADULT_MAN,
        "kontaktperson-sol",
        "2025-12-01",
        "2026-11-30",
        10.0,
        "2025-12-01",
    );
    agreement(&env, &b, "200101012383", "2025-12-24", 3.0);
    let reviews = |within: &str| -> Vec<(i64, String)> {
        env.json(&["follow-up", "--due", "--within", within])["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["kind"] == "agreement_review")
            .map(|i| {
                (
                    i["case_id"].as_i64().unwrap(),
                    i["due"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    assert_eq!(reviews("30"), [(1, "2026-12-23".to_string())]);
    assert_eq!(
        reviews("31"),
        [(1, "2026-12-23".to_string()), (2, "2026-12-24".to_string())]
    );
    let item = &env.json(&["follow-up", "--due"])["items"];
    assert!(item.as_array().unwrap().iter().any(|i| i["rule"] == "E8"));

    let (v, _) = run_json(
        &env,
        &[
            "follow-up",
            "1",
            "--agreement-review",
            "--note",
            "Uppdraget fungerar väl.",
        ],
    );
    assert_eq!(
        (v["reviewed"].as_str(), v["next_review"].as_str()),
        (Some(TODAY), Some("2027-11-23"))
    );
    assert_eq!(reviews("31"), [(2, "2026-12-24".to_string())]);
    let (last, due): (String, String) = env
        .conn()
        .query_row(
            "SELECT last_review, review_due FROM agreement WHERE case_id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((last.as_str(), due.as_str()), (TODAY, "2027-11-23"));
    assert!(
        journal_texts(&env, 1)
            .iter()
            .any(|(_, t)| t.contains("(E8)") && t.contains("2027-11-23"))
    );
}

#[test]
fn e9_lvu_decision_reconsidered_every_six_months() {
    let env = Env::new();
    // From 2026-05-23 the review falls today; from 2026-05-22 it was due yesterday.
    for (who, from, to) in [
        (pnr::TEEN_16, "2026-05-23", "2027-05-22"),
        (pnr::TEEN_17, "2026-05-22", "2027-05-21"),
    ] {
        let case_id = env.apply(who, "kvalificerad-lvu", &["--received", from]);
        let g = grant_and_order(&env, case_id, from, to, 12.0);
        execute_order(&env, g.order_id, from);
    }
    let lvu = |within: &str| -> Vec<(i64, String, String)> {
        env.json(&["follow-up", "--due", "--within", within])["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["kind"] == "lvu_review")
            .map(|i| {
                (
                    i["case_id"].as_i64().unwrap(),
                    i["due"].as_str().unwrap().to_string(),
                    i["state"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    assert_eq!(
        lvu("0"),
        [
            (2, "2026-11-22".to_string(), "overdue".to_string()),
            (1, "2026-11-23".to_string(), "due_within".to_string())
        ]
    );
    // The follow-up is the reconsideration: the next counts six months from it.
    let (v, _) = run_json(
        &env,
        &[
            "follow-up",
            "2",
            "--outcome",
            "continue",
            "--note",
            "Omprövat.",
        ],
    );
    // Six months from the review falls after the decision's last day (2027-05-21): that
    // reconsideration is the follow-up before the end (G1), not another LVU review.
    assert!(v["next_lvu_review"].is_null(), "{v}");
    assert_eq!(lvu("0").len(), 1);
    assert!(
        journal_texts(&env, 2)
            .iter()
            .any(|(_, t)| t.contains("(E9)"))
    );
    let shown = env.json(&["show", "1"]);
    assert!(
        shown["due"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["kind"] == "lvu_review" && d["rule"] == "E9")
    );
    // The reconsideration mid-term is not the follow-up before the end (G1): that stays due.
    let due2 = &env.json(&["show", "2"])["due"];
    let kinds: Vec<(&str, &str)> = due2
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["kind"].as_str().unwrap(), d["due"].as_str().unwrap()))
        .collect();
    assert_eq!(kinds, [("follow_up_due", "2027-04-09")]);
}

#[test]
fn demo_carries_out_executed_cases_for_months_by_the_same_rules() {
    use insats::demo::carry::carry_out;
    use insats::store::{Actor, OpenMode, Store};

    let env = Env::new();
    let a = executed(
        &env,
        pnr::ADULT,
        "kontaktperson-sol",
        "2025-12-01",
        "2026-11-30",
        12.0,
        "2025-12-01",
    );
    agreement(&env, &a, "198501012390", "2025-12-01", 3.0);
    let child = env.apply(
        pnr::TEEN_16,
        "kvalificerad-lvu",
        &["--received", "2026-01-10"],
    );
    let g = grant_and_order(&env, child, "2026-01-10", "2027-01-09", 20.0);
    execute_order(&env, g.order_id, "2026-01-10");
    executed(
        &env,
        pnr::SENIOR_70,
        "ledsagning-sol",
        "2026-03-01",
        "2027-02-28",
        8.0,
        "2026-03-15",
    );
    // Granted and ordered, not executed: nothing to carry out.
    let open = env.apply(pnr::YOUNG_25, "kontaktperson-sol", &[]);
    grant_and_order(&env, open, "2026-11-01", "2027-10-31", 10.0);

    let actor = Actor {
        user: user(),
        today: insats::domain::dates::parse(TODAY).unwrap(),
        command: "demo",
    };
    let mut store = Store::open(&env.db, OpenMode::Existing, actor).unwrap();
    let made = carry_out(&mut store).unwrap();

    assert_eq!(made.cases, 3, "{made:?}");
    assert!(made.visits > 80, "{made:?}");
    assert!(made.cancellations >= 2, "{made:?}");
    // Agreements started within the last year are not yet due their yearly review (E8).
    assert!(
        made.follow_ups >= 1 && made.agreement_reviews == 0,
        "{made:?}"
    );
    // Once carried out, a case is left alone.
    assert_eq!(carry_out(&mut store).unwrap().cases, 0);
    drop(store);

    let c = env.conn();
    let (first, last): (String, String) = c
        .query_row("SELECT min(day), max(day) FROM visit", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert!(
        first.as_str() >= "2025-12-01" && last.as_str() <= TODAY,
        "{first} {last}"
    );
    // E3: the child's cancellations are the guardian's.
    let by_child: i64 = c
        .query_row(
            "SELECT count(*) FROM cancellation WHERE case_id = ?1 AND by_whom = 'individual'",
            [child],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(by_child, 0);
    assert_eq!(count(&env, "visit") as u32, made.visits);
    for case in ["1", "2", "3"] {
        let shown = env.json(&["show", case]);
        assert!(shown["hours"]["granted"].as_f64().unwrap() > 0.0, "{case}");
    }
    env.json(&["follow-up", "--due"]);
    let journal = journal_texts(&env, 1);
    assert!(
        journal
            .iter()
            .any(|(_, t)| t.starts_with("Besök 2025-12-01")),
        "{journal:?}"
    );
}

#[test]
fn e6_extend_makes_a_new_decision_through_decides_rules_that_replaces_the_one_in_force() {
    let env = Env::new();
    let g = executed(
        &env,
        pnr::ADULT,
        "kontaktperson-sol",
        "2026-01-05",
        "2027-01-04",
        10.0,
        "2026-01-05",
    );
    let (v, _) = run_json(
        &env,
        &[
            "follow-up",
            "1",
            "--outcome",
            "extend",
            "--to",
            "2027-06-30",
            "--attainment",
            "partly",
            "--note",
            "Målen delvis uppnådda; den enskilde vill fortsätta.",
        ],
    );
    let new_id = v["new_decision_id"].as_i64().expect("a new decision");
    assert_ne!(new_id, g.decision_id);
    let shown = env.json(&["show", "1"]);
    assert_eq!(shown["decision"]["decision_id"], new_id);
    // G7: an extension starts the day after the decision it extends ends (2027-01-04).
    assert_eq!(
        shown["decision"]["from"], "2027-01-05",
        "in force from the day after the old one ends"
    );
    assert_eq!(shown["decision"]["to"], "2027-06-30");
    assert_eq!(shown["decision"]["hours_per_month"], 10.0);
    assert_eq!(shown["decision"]["replaces"], g.decision_id);
    assert_eq!(
        shown["decision"]["goals"],
        serde_json::json!(["Bryta isolering"])
    );
    let old = shown["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["decision_id"] == g.decision_id)
        .expect("the history keeps the old decision")
        .clone();
    assert_eq!(old["status"], "replaced");
    // The provider carries on the same order, now on the new decision.
    assert_eq!(shown["order"]["order_id"], g.order_id);
    let on: i64 = env
        .conn()
        .query_row(
            "SELECT decision_id FROM orders WHERE id = ?1",
            [g.order_id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(on, new_id);
    assert_eq!(shown["status"], "executed");
}

#[test]
fn e6_change_sets_new_hours_and_is_refused_by_g1_beyond_the_longest_period() {
    let env = Env::new();
    executed(
        &env,
        pnr::ADULT,
        "kontaktperson-sol",
        "2026-01-05",
        "2027-01-04",
        10.0,
        "2026-01-05",
    );
    // Twelve months at the most (G1), counted from the extension's first day, the day after the
    // old decision ends (G7): 2028-01-04 is allowed, 2028-01-05 is not.
    let before = env.dump();
    let out = env.run(&[
        "follow-up",
        "1",
        "--outcome",
        "extend",
        "--to",
        "2028-01-05",
        "--note",
        "Förlängning.",
    ]);
    assert_fails(&out, 3, "refused (G1)");
    assert_eq!(env.dump(), before, "a refused follow-up writes nothing");
    let (v, _) = run_json(
        &env,
        &[
            "follow-up",
            "1",
            "--outcome",
            "change",
            "--to",
            "2027-11-22",
            "--hours",
            "15",
            "--note",
            "Behovet har ökat.",
        ],
    );
    assert!(v["new_decision_id"].is_i64(), "{v}");
    let shown = env.json(&["show", "1"]);
    assert_eq!(shown["decision"]["hours_per_month"], 15.0);
    assert_eq!(shown["order"]["hours_per_month"], 15.0);
}

#[test]
fn e6_k6_an_extension_for_someone_now_21_is_refused() {
    let env = Env::new();
    // Born 2005-01-01: 20 when first granted, to the day before the 21st birthday (K6), and
    // 21 on the follow-up day (--today 2025-12-20: an extension decided at 21 is refused).
    let g = executed(
        &env,
        "20050101-2389",
        "kvalificerad-sol",
        "2025-12-01",
        "2025-12-31",
        10.0,
        "2025-12-01",
    );
    let before = env.dump();
    let out = env.run(&[
        "--today",
        "2025-12-20",
        "follow-up",
        "1",
        "--outcome",
        "extend",
        "--to",
        "2026-05-31",
        "--note",
        "Förlängning.",
    ]);
    // 20 on 2025-12-20: the extension is for a person under 21, so it ends by 2025-12-31.
    assert_fails(&out, 3, "refused (K6)");
    assert_eq!(env.dump(), before);
    // Ending it is allowed.
    env.ok(&[
        "--today",
        "2025-12-20",
        "follow-up",
        "1",
        "--outcome",
        "end",
        "--motivation",
        "Behovet är tillgodosett på annat sätt.",
        "--no-communication-reason",
        "Uppgifterna kommer från den enskilde själv.",
        "--end-reason",
        "other",
        "--note",
        "Den unge har fyllt 21 år.",
    ]);
    let status: String = env
        .conn()
        .query_row(
            "SELECT status FROM decision WHERE id = ?1",
            [g.decision_id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(status, "ended");
}
