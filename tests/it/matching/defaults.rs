//! The agreement's defaults come from the order (M7, E1): its hours shared over the decision's
//! meetings when it counts them, else meetings of the guideline's usual length that fit in the
//! hours; never more than the order without a warning.

use super::*;
use crate::common::*;
use crate::decide_support::complete_assessment_on;
use crate::support::consents_hold_on;

/// A grant from ORDERED at `hours` (and `meetings` when given) a month, ordered the same day.
fn ordered_with(env: &Env, pnr: &str, insats: &str, hours: &str, meetings: Option<&str>) -> i64 {
    let case = env.apply(pnr, insats, &[]);
    let c = case.to_string();
    consents_hold_on(env, case, ORDERED);
    complete_assessment_on(env, case, "grant", None, ORDERED);
    let mut args = vec![
        "--today",
        ORDERED,
        "decide",
        &c,
        "--grant",
        "--from",
        ORDERED,
        "--to",
        "2027-03-31",
        "--hours",
        hours,
        "--goal",
        "Bryta isolering",
    ];
    if let Some(m) = meetings {
        args.extend_from_slice(&["--meetings", m]);
    }
    env.ok(&args);
    env.ok(&[
        "--today",
        ORDERED,
        "order",
        &c,
        "--provider",
        "Utföraren AB",
    ]);
    case
}

fn start(env: &Env, case: i64, assignee: i64, extra: &[&str]) -> std::process::Output {
    env.ok(&[
        "match",
        "offer",
        &case_str(case),
        "--assignee",
        &assignee.to_string(),
        "--date",
        "2026-11-02",
    ]);
    let c = case_str(case);
    let mut args = vec!["--json", "match", "start", &c, "--date", "2026-11-20"];
    args.extend_from_slice(extra);
    env.run(&args)
}

fn started(out: &std::process::Output) -> serde_json::Value {
    assert!(out.status.success(), "{}", stderr(out));
    serde_json::from_slice(&out.stdout).expect("json")
}

#[test]
fn m7_an_order_with_meetings_shares_its_hours_over_them() {
    let env = Env::new();
    let case = ordered_with(&env, pnr::ADULT, "kontaktperson-sol", "10", Some("4"));
    let a = approved(&env, "Eva Kontakt", apnr::F1, &[]);
    let out = start(&env, case, a, &[]);
    let s = started(&out);
    assert_eq!(s["meetings_per_month"], 4);
    assert_eq!(s["hours_per_meeting"], 2.5);
    assert!(s["warnings"].as_array().unwrap().is_empty(), "{s}");
    assert!(!stderr(&out).contains("E1"), "{}", stderr(&out));
}

#[test]
fn m7_an_order_without_meetings_gets_meetings_of_the_usual_length() {
    let env = Env::new();
    let case = ordered_with(&env, pnr::ADULT, "ledsagning-sol", "16", None);
    let a = add(
        &env,
        "Lena Ledsagare",
        apnr::F1,
        "ledsagare",
        &["--record-checked", "2026-06-01", "--approved", "2026-06-15"],
    );
    let s = started(&start(&env, case, a, &[]));
    // Five meetings of three hours: 15 of the 16 hours, not 4 x 3 = 12.
    assert_eq!(s["hours_per_meeting"], 3.0);
    assert_eq!(s["meetings_per_month"], 5);
    assert!(s["warnings"].as_array().unwrap().is_empty(), "{s}");
}

#[test]
fn e1_an_agreement_over_the_order_is_warned_and_journalled() {
    let env = Env::new();
    let case = ordered_with(&env, pnr::ADULT, "kontaktperson-sol", "10", Some("4"));
    let a = approved(&env, "Eva Kontakt", apnr::F1, &[]);
    let out = start(&env, case, a, &["--hours-per-meeting", "3"]);
    let s = started(&out);
    assert_eq!(s["meetings_per_month"], 4);
    assert!(
        stderr(&out).contains("12 hours a month, more than the 10 ordered (E1)"),
        "{}",
        stderr(&out)
    );
    let journal = env.json(&["log", &case_str(case)]);
    assert!(
        journal["entries"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "warning" && e["text"].as_str().unwrap().contains("(E1)"))
    );
}

#[test]
fn m7_the_coordinators_meetings_share_the_ordered_hours() {
    let env = Env::new();
    let case = ordered_with(&env, pnr::ADULT, "kontaktperson-sol", "12", None);
    let a = approved(&env, "Eva Kontakt", apnr::F1, &[]);
    let s = started(&start(&env, case, a, &["--meetings", "2"]));
    assert_eq!(s["meetings_per_month"], 2);
    assert_eq!(s["hours_per_meeting"], 6.0);
}
