//! Matching: the register of assignees, recruitment (M6), exclusions by rule (M1-M6), ranking
//! by wishes (D4), offers, declines, and the start that executes the order (M8, E8).

mod assignment;
mod decline;
mod defaults;
mod register;
mod rules;

use serde_json::Value;

use crate::common::*;
use crate::support::grant_and_order;

/// Official test numbers of adults (data/testpersonnummer.txt); none is an individual's.
pub mod apnr {
    pub const F1: &str = "198001022386";
    pub const M1: &str = "198001022394";
    pub const F2: &str = "198001032385";
    pub const M2: &str = "198001032393";
    pub const F3: &str = "198301012384";
    /// 17 on TODAY, 18 on 2027-01-02.
    pub const UNDER_18: &str = "200901022384";
}

pub const ORDERED: &str = "2026-10-01";

/// Registers an assignee; returns the number.
pub fn add(env: &Env, name: &str, pnr: &str, role: &str, extra: &[&str]) -> i64 {
    let mut args = vec![
        "match", "assignee", "add", "--name", name, "--pnr", pnr, "--role", role,
    ];
    args.extend_from_slice(extra);
    env.json(&args)["assignee_id"]
        .as_i64()
        .expect("assignee_id")
}

/// An approved contact person with a fresh criminal-records extract, in the queue since June.
pub fn approved(env: &Env, name: &str, pnr: &str, extra: &[&str]) -> i64 {
    let mut args = vec!["--record-checked", "2026-06-01", "--approved", "2026-06-15"];
    args.extend_from_slice(extra);
    add(env, name, pnr, "kontaktperson", &args)
}

/// A case with a grant and an open order from ORDERED.
pub fn ordered_case(env: &Env, pnr: &str, insats: &str, extra: &[&str]) -> i64 {
    let case = env.apply(pnr, insats, extra);
    grant_and_order(env, case, ORDERED, "2027-03-31", 12.0);
    case
}

pub fn suggest(env: &Env, case: i64) -> Value {
    env.json(&["match", "suggest", &case.to_string()])
}

pub fn candidates(s: &Value) -> Vec<i64> {
    s["candidates"]
        .as_array()
        .expect("candidates")
        .iter()
        .map(|c| c["assignee_id"].as_i64().expect("id"))
        .collect()
}

/// The rules that exclude `id`, empty when it is a candidate.
pub fn rules(s: &Value, id: i64) -> Vec<String> {
    let found = s["excluded"]
        .as_array()
        .expect("excluded")
        .iter()
        .find(|e| e["assignee_id"] == id);
    match found {
        Some(e) => e["rules"]
            .as_array()
            .expect("rules")
            .iter()
            .map(|r| r.as_str().expect("rule").to_owned())
            .collect(),
        None => {
            assert!(
                candidates(s).contains(&id),
                "{id} neither candidate nor excluded"
            );
            Vec::new()
        }
    }
}

pub fn case_str(case: i64) -> String {
    case.to_string()
}
