//! Support for the decision, order and letter tests.
//!
//! `complete_assessment` is the ONE place that makes a completed assessment, through
//! `insats assess CASE --answers FILE` like a caseworker's script would.

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

/// A caseworker's note on an answer: it must never reach the provider.
pub const ASSESSMENT_NOTE: &str = "Anteckning från utredningen: oro för missbruk i familjen.";

/// Completes an assessment of the case with the given recommendation ("grant" or "reject"),
/// through `insats assess CASE --answers FILE`: every answer supports a grant, except the first
/// for a rejection; the first answer carries ASSESSMENT_NOTE. Returns the assessment's id.
pub fn complete_assessment(
    env: &Env,
    case_id: i64,
    recommendation: &str,
    child: Option<ChildView>,
) -> i64 {
    complete_assessment_on(env, case_id, recommendation, child, TODAY)
}

/// `complete_assessment` as of `day` (`--today DAY`).
pub fn complete_assessment_on(
    env: &Env,
    case_id: i64,
    recommendation: &str,
    child: Option<ChildView>,
    day: &str,
) -> i64 {
    if let Some(c) = child.as_ref().filter(|c| c.heard.is_none()) {
        return assessment_without_child_view(env, case_id, recommendation, c);
    }
    let case = case_id.to_string();
    let mut doc = env.json(&["--today", day, "assess", &case, "--template"]);
    let questions = doc["questions"].as_array_mut().expect("questions");
    for (i, q) in questions.iter_mut().enumerate() {
        let grant_if = q["grant_if"].as_bool().expect("grant_if");
        let answer = if recommendation == "reject" && i == 0 {
            !grant_if
        } else {
            grant_if
        };
        q["answer"] = serde_json::json!(answer);
        if i == 0 {
            q["note"] = serde_json::json!(ASSESSMENT_NOTE);
        }
    }
    if doc.get("child").is_some() {
        let c = child.unwrap_or_else(ChildView::heard);
        doc["child"] = serde_json::json!({
            "heard": c.heard,
            "own_words": c.own_words,
            "how": c.how,
            "maturity": c.maturity,
            "not_heard_reason": c.not_heard_reason,
        });
    }
    let path = env.dir.path().join(format!("answers-{case_id}.json"));
    std::fs::write(&path, doc.to_string()).expect("write the answers");
    let done = env.json(&[
        "--today",
        day,
        "assess",
        &case,
        "--answers",
        path.to_str().expect("path"),
    ]);
    assert_eq!(done["recommendation"], recommendation, "{done}");
    done["assessment_id"].as_i64().expect("assessment_id")
}

/// A completed assessment of a child's case WITHOUT the child's view: a state `insats assess`
/// refuses to produce (C1), written directly so that the tests prove `decide` checks C1 itself.
fn assessment_without_child_view(
    env: &Env,
    case_id: i64,
    recommendation: &str,
    _child: &ChildView,
) -> i64 {
    let today = insats::domain::dates::parse(TODAY).expect("today");
    let mut store = Store::open(
        &env.db,
        OpenMode::Existing,
        Actor {
            user: user(),
            today,
            command: "assess",
        },
    )
    .expect("open the file");
    // The guideline row through the library, then the state no command makes, written directly.
    let guideline = store
        .write(|tx| Ok(ensure_active(tx)?.id))
        .expect("the guideline in use");
    drop(store);
    let conn = env.conn();
    conn.execute(
        "INSERT INTO assessment (case_id, guideline_id, status, started_day, started_at,
             started_by, completed_day, completed_at, completed_by, recommendation, reasons)
         VALUES (?1, ?2, 'completed', ?3, '2026-11-23T08:00:00Z', ?4, ?3,
             '2026-11-23T09:00:00Z', ?4, ?5, '[]')",
        params![case_id, guideline, TODAY, user(), recommendation],
    )
    .expect("the assessment");
    let id = conn.last_insert_rowid();
    conn.execute(
        "UPDATE cases SET status = 'assessed' WHERE id = ?1",
        [case_id],
    )
    .expect("the case's status");
    id
}

/// The first reason the case's latest completed assessment gives (what the letter quotes and the
/// provider never sees).
pub fn assessment_reason(env: &Env, case_id: i64) -> String {
    let reasons: String = env
        .conn()
        .query_row(
            "SELECT reasons FROM assessment WHERE case_id = ?1 AND status = 'completed'
             ORDER BY id DESC LIMIT 1",
            [case_id],
            |r| r.get(0),
        )
        .expect("a completed assessment");
    let v: serde_json::Value = serde_json::from_str(&reasons).expect("reasons JSON");
    v[0]["text"].as_str().expect("a reason").to_string()
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
