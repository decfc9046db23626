//! S5: the provider's coordinator sees what the order carries and what the provider records,
//! never the assessment, the authority's journal notes, or a protected person's number and
//! address: in `show`, the journal, the list, and every other read open to them.

use crate::common::*;
use crate::decide_support::ASSESSMENT_NOTE;
use crate::decide_support::complete_assessment;
use crate::secrecy::forms;
use crate::support::grant_and_order;

const SECRET_ADDRESS: &str = "Hemliga vägen 7, 123 45 Någonstans";
const AUTHORITY_NOTE: &str = "Myndighetens anteckning: samtal med skolkuratorn om hemmet.";

/// A protected person's case, assessed (with a note on an answer), journalled by the
/// caseworker, granted and ordered; a second case never ordered.
fn ordered_protected_case() -> (Env, i64, i64) {
    let env = Env::new();
    let case = env.apply(
        pnr::ADULT,
        "kontaktperson-sol",
        &[
            "--consent",
            "self",
            "--protected",
            "--address",
            SECRET_ADDRESS,
        ],
    );
    complete_assessment(&env, case, "grant", None);
    env.ok(&["log", &case.to_string(), "--note", AUTHORITY_NOTE]);
    grant_and_order(&env, case, TODAY, "2027-11-22", 10.0);
    let other = env.apply(pnr::ADULT_MAN, "kontaktperson-sol", &["--consent", "self"]);
    env.staff("samordnaren", &["coordinator"], &[]);
    (env, case, other)
}

fn assert_provider_safe(text: &str, what: &str) {
    assert!(
        !text.contains(ASSESSMENT_NOTE),
        "{what} shows the assessment: {text}"
    );
    assert!(
        !text.contains(AUTHORITY_NOTE),
        "{what} shows the journal: {text}"
    );
    assert!(
        !text.contains("Hemliga vägen"),
        "{what} shows the address: {text}"
    );
    for f in forms(pnr::ADULT) {
        assert!(!text.contains(&f), "{what} shows the number {f}: {text}");
    }
}

/// S5: the coordinator's `show` (human and JSON) carries the order and the provider's records,
/// and nothing of the assessment, the authority's notes or the protected identity.
#[test]
fn s5_the_coordinator_sees_the_providers_part_of_a_case() {
    let (env, case, _) = ordered_protected_case();
    let c = case.to_string();
    let human = stdout(&env.run_as("samordnaren", &["show", &c]));
    assert_provider_safe(&human, "show");
    assert!(
        human.contains("Utföraren AB") && human.contains("Bryta isolering"),
        "{human}"
    );
    assert!(human.contains("skyddad identitet"), "{human}");
    let json = env
        .as_user("samordnaren")
        .args(["--json", "show", &c])
        .output()
        .unwrap();
    let text = stdout(&json);
    assert_provider_safe(&text, "show --json");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["view"], "provider");
    assert!(
        v.get("assessment").is_none() && v.get("journal").is_none(),
        "{v}"
    );
    assert_eq!(v["order"]["hours_per_month"], 10.0);
    // The access line says no whole number was shown.
    let line = env.last_access();
    assert_eq!((line.kind.as_str(), line.revealed), ("read", false));
    // The caseworker's own view has it all.
    let own = env.ok(&["show", &c]);
    assert!(
        own.contains(AUTHORITY_NOTE) && own.contains("Hemliga vägen"),
        "{own}"
    );
}

/// S5: the coordinator's journal is the provider's records; their list holds only the cases
/// ordered from the provider; the export for the provider and the matching keep to the same.
#[test]
fn s5_every_read_of_the_coordinator_keeps_to_the_providers_part() {
    let (env, case, other) = ordered_protected_case();
    let c = case.to_string();
    for args in [
        vec!["log", c.as_str()],
        vec!["--json", "log", c.as_str()],
        vec!["list"],
        vec!["--json", "list", "--reveal"],
        vec!["order", c.as_str(), "--export", "-"],
        vec!["match", "suggest", c.as_str()],
        vec!["report", "hours", "--reveal"],
    ] {
        let out = env.run_as("samordnaren", &args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert_provider_safe(&stdout(&out), &format!("{args:?}"));
    }
    let list = env
        .as_user("samordnaren")
        .args(["--json", "list"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let ids: Vec<i64> = v["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["case_id"].as_i64().unwrap())
        .collect();
    assert_eq!(
        ids,
        [case],
        "case {other} was never ordered from the provider"
    );
    // What the coordinator may not run at all: the assessment, the letter (S2).
    for args in [
        vec!["assess", c.as_str(), "--template"],
        vec!["letter", c.as_str()],
    ] {
        assert_fails(&env.run_as("samordnaren", &args), 3, "refused (S2)");
    }
}
