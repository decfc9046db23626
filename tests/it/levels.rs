//! A change in the middle of a month counts the old and the new level by day (E1), and an
//! extension starts the day after the decision it extends ends, or on its own day if later (G7).

use crate::common::*;
use crate::provider::started_case;

fn granted_on(env: &Env, case: i64, day: &str) -> f64 {
    let shown = env.json(&["--today", day, "show", &case.to_string()]);
    shown["hours"]["granted"]
        .as_f64()
        .unwrap_or_else(|| panic!("no balance: {}", shown["hours"]))
}

fn follow_up(env: &Env, case: i64, day: &str, args: &[&str]) -> serde_json::Value {
    let c = case.to_string();
    let mut all = vec!["--today", day, "follow-up", &c];
    all.extend_from_slice(args);
    // Fewer hours goes against the applicant: the reasons (F2) and why it was not communicated
    // (F1) are given, as the caseworker would.
    all.extend_from_slice(&[
        "--note",
        "Uppföljning.",
        "--motivation",
        "Behovet har minskat enligt uppföljningen.",
        "--no-communication-reason",
        "Uppgifterna kommer från den enskilde själv.",
    ]);
    env.json(&all)
}

#[test]
fn e1_a_change_on_the_15th_is_counted_by_day() {
    let env = Env::new();
    // 12 hours a month, executed 2026-11-02.
    let case = started_case(&env, "2026-11-02");
    assert_eq!(
        granted_on(&env, case, "2026-11-10"),
        11.6,
        "29 of 30 days at 12"
    );
    follow_up(
        &env,
        case,
        "2026-11-15",
        &["--outcome", "change", "--to", "2027-03-31", "--hours", "8"],
    );
    // 2..14 November at 12 (13 days), 15..30 at 8 (16 days): 5.2 + 4.27.
    assert_eq!(granted_on(&env, case, "2026-11-20"), 9.47);
    assert_eq!(granted_on(&env, case, "2026-12-10"), 8.0);
    // A visit of 9 hours on the 20th is within November's 9.47; one more hour is over.
    env.ok(&[
        "--today",
        "2026-11-20",
        "log",
        &case.to_string(),
        "--visit",
        "2026-11-20",
        "--hours",
        "9",
    ]);
    let out = env.run(&[
        "--today",
        "2026-11-21",
        "log",
        &case.to_string(),
        "--visit",
        "2026-11-21",
        "--hours",
        "1",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("(E1)"), "{}", stderr(&out));
    // The report counts November the same way.
    let report = env.json(&[
        "--today",
        "2026-12-05",
        "report",
        "hours",
        "--month",
        "2026-11",
    ]);
    let item = report["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["case_id"] == case)
        .expect("the case in report hours")
        .clone();
    assert_eq!(item["granted"], 9.47, "{item}");
}

#[test]
fn g7_an_extension_starts_the_day_after_the_decision_it_extends_ends() {
    let env = Env::new();
    // Granted 2026-10-01 .. 2027-03-31.
    let case = started_case(&env, "2026-11-02");
    let v = follow_up(
        &env,
        case,
        "2026-12-01",
        &["--outcome", "extend", "--to", "2027-09-30", "--hours", "6"],
    );
    assert!(v["new_decision_id"].is_i64(), "{v}");
    let shown = env.json(&["--today", "2026-12-01", "show", &case.to_string()]);
    assert_eq!(shown["decision"]["from"], "2027-04-01");
    assert_eq!(shown["decision"]["to"], "2027-09-30");
    // The old decision's days run on at its level until it ends.
    assert_eq!(granted_on(&env, case, "2026-12-10"), 12.0);
    env.ok(&[
        "--today",
        "2026-12-10",
        "log",
        &case.to_string(),
        "--visit",
        "2026-12-10",
        "--hours",
        "3",
    ]);
    assert_eq!(granted_on(&env, case, "2027-04-10"), 6.0);
}

#[test]
fn g7_an_extension_made_after_the_old_end_starts_on_its_own_day() {
    let env = Env::new();
    let case = started_case(&env, "2026-11-02");
    let v = follow_up(
        &env,
        case,
        "2027-04-05",
        &["--outcome", "extend", "--to", "2027-09-30"],
    );
    assert!(v["new_decision_id"].is_i64(), "{v}");
    let shown = env.json(&["--today", "2027-04-05", "show", &case.to_string()]);
    assert_eq!(shown["decision"]["from"], "2027-04-05", "never back-dated");
}
