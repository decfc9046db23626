//! The provider's work (P1-P4): the implementation plan and its versions, check-ins with the
//! assignee, expenses and reports of changed needs.

mod check_in;
mod demo;
mod expenses;
mod plan;
mod reminders;

use serde_json::Value;

use crate::common::*;
use crate::matching::{apnr, approved, case_str, ordered_case};

/// A case ordered on 2026-10-01 (goal "Bryta isolering", 12 hours a month) whose assignment
/// started on `start`; returns the case number.
pub fn started_case(env: &Env, start: &str) -> i64 {
    let case = ordered_case(env, pnr::ADULT, "kontaktperson-sol", &[]);
    let a = approved(env, "Eva Kontakt", apnr::F1, &[]);
    env.ok(&[
        "--today",
        start,
        "match",
        "offer",
        &case_str(case),
        "--assignee",
        &a.to_string(),
        "--date",
        start,
    ]);
    env.ok(&[
        "--today",
        start,
        "match",
        "start",
        &case_str(case),
        "--date",
        start,
    ]);
    case
}

/// A sound plan document for `case`, drawn up on `day`.
pub fn plan_doc(case: i64, day: &str) -> Value {
    serde_json::json!({
        "case_id": case,
        "drawn_up": day,
        "drawn_up_with": ["Den enskilde", "Kontaktpersonen Eva"],
        "goals": [
            {"goal": "Bryta isolering",
             "sub_goals": ["Träffa andra människor varje vecka"],
             "activities": [
                {"what": "Fika på träffpunkten", "how_often": "varje vecka", "kind": "recurring",
                 "travel": "Buss 3 tillsammans med kontaktpersonen",
                 "expenses": [{"what": "Bussbiljett", "kr": 32}]},
                {"what": "Prova bowling", "how_often": "en gång", "kind": "try",
                 "travel": "Går tillsammans", "expenses": []}
             ]}
        ],
        "note": "Planen följs upp efter tre månader."
    })
}

/// Stores `doc` as a plan version of `case` through stdin.
pub fn store_plan(env: &Env, case: i64, doc: &Value) -> std::process::Output {
    env.cmd()
        .args(["--json", "plan", &case_str(case), "--file", "-"])
        .write_stdin(doc.to_string())
        .output()
        .unwrap()
}

pub fn reminders(env: &Env, today: &str) -> Vec<Value> {
    let out = env.run(&["--today", today, "--json", "report", "reminders"]);
    if out.stdout.is_empty() {
        return Vec::new();
    }
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["items"].as_array().cloned().unwrap_or_default()
}

pub fn kinds_for(items: &[Value], case: i64, kind: &str) -> usize {
    items
        .iter()
        .filter(|i| i["kind"] == kind && i["case_id"] == case)
        .count()
}
