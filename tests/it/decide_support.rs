//! Support for the decision, order and letter tests.
//!
//! `complete_assessment` is the ONE place that makes a completed assessment. It is to be
//! replaced by `insats assess CASE --answers FILE` (issue 3) after the merge: until then it writes
//! the rows that `assess` writes (the guideline through the library's own `ensure_active`, the
//! assessment and one answer with rusqlite) and moves the case to 'assessed'. Everything else in
//! these tests goes through the real binary.

#![allow(dead_code)]

use insats::store::guideline::ensure_active;
use insats::store::{Actor, OpenMode, Store};
use rusqlite::params;

use crate::common::*;

/// The child section of an assessment (C1, C2).
#[derive(Debug, Clone, Default)]
pub struct ChildView {
    pub heard: Option<bool>,
    pub own_words: &'static str,
    pub how: &'static str,
    pub maturity: &'static str,
    pub not_heard_reason: &'static str,
}

impl ChildView {
    /// Heard, in the child's own words and how.
    pub fn heard() -> ChildView {
        ChildView {
            heard: Some(true),
            own_words: "Jag vill ha en vuxen att hitta på saker med.",
            how: "Enskilt samtal i skolan med handläggaren.",
            maturity: "Barnet uttrycker sig tydligt och moget för sin ålder.",
            not_heard_reason: "",
        }
    }

    /// Not heard, and why.
    pub fn not_heard(reason: &'static str) -> ChildView {
        ChildView {
            heard: Some(false),
            not_heard_reason: reason,
            ..ChildView::default()
        }
    }

    /// The child section left empty: C1 refuses any decision on it.
    pub fn missing() -> ChildView {
        ChildView::default()
    }
}

/// A reason the assessment gives, and a caseworker's note on an answer: neither may reach the
/// provider.
pub const ASSESSMENT_REASON: &str = "Den enskilde har ett mycket bristfälligt socialt nätverk.";
pub const ASSESSMENT_NOTE: &str = "Anteckning från utredningen: oro för missbruk i familjen.";

/// Completes an assessment of the case with the given recommendation ("grant" or "reject").
/// TO BE REPLACED by `insats assess CASE --answers FILE` after the merge with issue 3.
pub fn complete_assessment(
    env: &Env,
    case_id: i64,
    recommendation: &str,
    child: Option<ChildView>,
) -> i64 {
    let today = insats::domain::dates::parse(TODAY).expect("today");
    let mut store = Store::open(
        &env.db,
        OpenMode::Existing,
        Actor {
            user: USER.to_string(),
            today,
            command: "assess",
        },
    )
    .expect("open the file");
    store
        .write(|tx| {
            let guideline = ensure_active(tx)?;
            let c = child.unwrap_or_default();
            let reasons = serde_json::json!([{"rule": "A1", "text": ASSESSMENT_REASON}]);
            tx.execute(
                "INSERT INTO assessment (case_id, guideline_id, status, started_day, started_at,
                     started_by, completed_day, completed_at, completed_by, recommendation,
                     reasons, child_heard, child_own_words, child_how, child_maturity,
                     child_not_heard_reason)
                 VALUES (?1, ?2, 'completed', ?3, '2026-11-23T08:00:00Z', ?4, ?3,
                     '2026-11-23T09:00:00Z', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![
                    case_id,
                    guideline.id,
                    TODAY,
                    USER,
                    recommendation,
                    reasons.to_string(),
                    c.heard,
                    c.own_words,
                    c.how,
                    c.maturity,
                    c.not_heard_reason
                ],
            )?;
            let id = tx.last_insert_rowid();
            tx.execute(
                "INSERT INTO answer (assessment_id, question_id, rule, answer, note, answered_at)
                 VALUES (?1, 'kp-sol-natverk', 'A1', 'yes', ?2, '2026-11-23T08:30:00Z')",
                params![id, ASSESSMENT_NOTE],
            )?;
            tx.execute(
                "UPDATE cases SET status = 'assessed' WHERE id = ?1",
                [case_id],
            )?;
            Ok(id)
        })
        .expect("complete the assessment")
}

/// An adult's kontaktperson-sol case, asked for by the person, assessed with a grant
/// recommendation.
pub fn assessed_adult(env: &Env) -> i64 {
    let case = env.apply(
        pnr::ADULT,
        "kontaktperson-sol",
        &["--address", "Storgatan 1"],
    );
    complete_assessment(env, case, "grant", None);
    case
}

/// `decide CASE --grant` for a year from 2026-12-01 at 10 hours a month, plus `extra`.
pub fn grant_args(case: i64, extra: &[&'static str]) -> Vec<String> {
    let mut v: Vec<String> = [
        "decide",
        &case.to_string(),
        "--grant",
        "--from",
        "2026-12-01",
        "--to",
        "2027-11-30",
        "--hours",
        "10",
        "--goal",
        "Bryta social isolering",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    v.extend(extra.iter().map(|s| s.to_string()));
    v
}

pub fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// Runs `args` and asserts the refusal: exit 3, the rule ID in the one-line message, and the
/// file exactly as before.
pub fn assert_refused(env: &Env, args: &[&str], rule: &str) -> String {
    let before = env.dump();
    let out = env.run(args);
    assert_fails(&out, 3, &format!("refused ({rule})"));
    assert_eq!(env.dump(), before, "a refused command changes nothing");
    stderr(&out)
}

/// Runs `args` and asserts a failure with `code` and `needle`, and the file unchanged.
pub fn assert_fails_unchanged(env: &Env, args: &[&str], code: i32, needle: &str) {
    let before = env.dump();
    let out = env.run(args);
    assert_fails(&out, code, needle);
    assert_eq!(env.dump(), before, "a failed command changes nothing");
}

/// The journal entries' texts of a case, with their kinds.
pub fn journal(env: &Env, case: i64) -> Vec<(String, String)> {
    env.json(&["log", &case.to_string()])["entries"]
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

/// The case's status as `list` shows it.
pub fn listed_status(env: &Env, case: i64) -> String {
    let list = env.json(&["list"]);
    list["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .find(|c| c["case_id"] == case)
        .and_then(|c| c["status"].as_str())
        .expect("listed")
        .to_string()
}
