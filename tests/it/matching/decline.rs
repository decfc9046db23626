//! Who declined an offer (M6): an assignee who declined is not suggested for that case again,
//! and is shown under `excluded` with the reason; the individual declining keeps the queue.

use super::*;
use crate::common::*;

fn offer(env: &Env, case: i64, assignee: i64, day: &str) {
    env.ok(&[
        "match",
        "offer",
        &case_str(case),
        "--assignee",
        &assignee.to_string(),
        "--date",
        day,
    ]);
}

fn journal_texts(env: &Env, case: i64) -> Vec<String> {
    env.json(&["log", &case_str(case)])["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["text"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn m6_an_assignee_who_declined_is_excluded_for_that_case_only() {
    let env = Env::new();
    let case = ordered_case(&env, pnr::ADULT, "kontaktperson-sol", &[]);
    let other = ordered_case(&env, pnr::ADULT_MAN, "kontaktperson-sol", &[]);
    let a = approved(&env, "Tackar Nej", apnr::F1, &[]);
    offer(&env, case, a, "2026-11-10");
    let declined = env.json(&[
        "match",
        "decline",
        &case_str(case),
        "--by",
        "assignee",
        "--reason",
        "Bor för långt bort",
        "--date",
        "2026-11-12",
    ]);
    assert_eq!(declined["declined_by"], "assignee");
    assert_eq!(declined["reason"], "Bor för långt bort");
    assert_eq!(declined["waiting_since"], "2026-06-15", "keeps the queue");
    let s = suggest(&env, case);
    assert_eq!(rules(&s, a), ["M6"]);
    let excluded = &s["excluded"][0];
    let reason = excluded["reasons"][0].as_str().unwrap();
    assert!(
        reason.contains("declined this case's offer on 2026-11-12: Bor för långt bort"),
        "{reason}"
    );
    // Another case may still have them.
    assert_eq!(candidates(&suggest(&env, other)), [a]);
    // Offering the same case again is refused by the rule.
    let before = env.dump();
    let out = env.run(&[
        "match",
        "offer",
        &case_str(case),
        "--assignee",
        &a.to_string(),
    ]);
    assert_fails(&out, 3, "M6");
    assert_eq!(env.dump(), before);
    let texts = journal_texts(&env, case);
    assert!(
        texts
            .iter()
            .any(|t| t.contains("avböjdes 2026-11-12 av uppdragstagaren")
                && t.contains("Skäl: Bor för långt bort")
                && t.contains("föreslås inte igen")),
        "{texts:?}"
    );
    let stored: (String, String) = env
        .conn()
        .query_row(
            "SELECT declined_by, reason FROM offer WHERE case_id = ?1",
            [case],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(stored, ("assignee".into(), "Bor för långt bort".into()));
}

#[test]
fn m6_the_individual_declining_keeps_the_assignee_in_the_queue_for_the_case() {
    let env = Env::new();
    let case = ordered_case(&env, pnr::ADULT, "kontaktperson-sol", &[]);
    let a = approved(&env, "Kvar I Kön", apnr::F1, &[]);
    offer(&env, case, a, "2026-11-10");
    let declined = env.json(&[
        "match",
        "decline",
        &case_str(case),
        "--by",
        "individual",
        "--reason",
        "Ville träffa någon yngre",
    ]);
    assert_eq!(declined["declined_by"], "individual");
    assert_eq!(declined["stage"], "waiting");
    assert_eq!(declined["waiting_since"], "2026-06-15");
    assert_eq!(candidates(&suggest(&env, case)), [a]);
    let texts = journal_texts(&env, case);
    assert!(
        texts
            .iter()
            .any(|t| t.contains("av den enskilde.") && t.contains("yngre")),
        "{texts:?}"
    );
}

#[test]
fn m6_without_by_the_decline_is_recorded_as_not_stated() {
    let env = Env::new();
    let case = ordered_case(&env, pnr::ADULT, "kontaktperson-sol", &[]);
    let a = approved(&env, "Okänd", apnr::F1, &[]);
    offer(&env, case, a, "2026-11-10");
    let declined = env.json(&["match", "decline", &case_str(case)]);
    assert!(declined["declined_by"].is_null());
    assert_eq!(candidates(&suggest(&env, case)), [a]);
    assert!(
        journal_texts(&env, case)
            .iter()
            .any(|t| t.contains("vem som avböjde är inte angivet"))
    );
}

#[test]
fn m6_decline_flags_are_checked_before_anything_is_written() {
    let env = Env::new();
    let case = ordered_case(&env, pnr::ADULT, "kontaktperson-sol", &[]);
    let a = approved(&env, "Flaggor", apnr::F1, &[]);
    offer(&env, case, a, "2026-11-10");
    let before = env.dump();
    let c = case_str(case);
    assert_fails(
        &env.run(&["match", "decline", &c, "--by", "coordinator"]),
        2,
        "--by",
    );
    assert_fails(
        &env.run(&["match", "decline", &c, "--reason", "   "]),
        2,
        "--reason is empty",
    );
    let long = "x".repeat(2001);
    assert_fails(
        &env.run(&["match", "decline", &c, "--reason", &long]),
        2,
        "at most 2000",
    );
    assert_eq!(env.dump(), before);
}
