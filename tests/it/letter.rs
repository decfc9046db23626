//! letter: the decision letter in Swedish, for a grant, a rejection (with how to appeal) and a
//! person with protected identity (no address).

use std::fs;

use crate::common::*;
use crate::decide_support::*;

fn letter(env: &Env, case: i64, format: &str) -> String {
    env.ok(&["letter", &case.to_string(), "--format", format])
}

#[test]
fn grant_letter_states_the_decision_period_level_goals_and_legal_basis() {
    let env = Env::new();
    let case = assessed_adult(&env);
    env.json(&strs(&grant_args(
        case,
        &["--meetings", "2", "--goal", "Delta i föreningslivet"],
    )));
    let md = letter(&env, case, "md");
    assert!(md.contains("\n# Beslut om kontaktperson\n"), "{md}");
    assert!(md.contains("Socialnämnden"), "{md}");
    assert!(
        md.contains("Test Testsson har ansökt om kontaktperson"),
        "{md}"
    );
    assert!(md.contains("Socialnämnden beviljar Test Testsson kontaktperson under perioden 2026-12-01 – 2027-11-30"), "{md}");
    assert!(
        md.contains("10 timmar per månad, fördelat på 2 träffar."),
        "{md}"
    );
    assert!(md.contains("socialtjänstlagen (2025:400)"), "{md}");
    assert!(
        md.contains("## Mål med insatsen\n\n- Bryta social isolering\n- Delta i föreningslivet"),
        "{md}"
    );
    // F2: the assessment supports the reasons through the caseworker's notes, never through
    // its checklist.
    assert!(
        md.contains(&format!("Av utredningen framgår: {ASSESSMENT_NOTE}")),
        "the assessment's notes: {md}"
    );
    assert!(!md.contains(&assessment_reason(&env, case)), "{md}");
    assert!(!md.contains("Kriteriet"), "{md}");
    assert!(md.contains("Storgatan 1"), "{md}");
    assert!(md.contains("avgiftsfri"), "{md}");
    assert!(
        !md.contains("överklag"),
        "a full grant has nothing to appeal: {md}"
    );
    // Plain text and JSON.
    let txt = env.ok(&["letter", &case.to_string()]);
    assert!(
        txt.contains("\nBeslut om kontaktperson\n=======================\n"),
        "{txt}"
    );
    let v = env.json(&["letter", &case.to_string(), "--format", "html"]);
    assert_eq!(v["decision_id"], 1);
    assert_eq!(v["appeal"], false);
    assert!(v["letter"].as_str().unwrap().starts_with("<!DOCTYPE html>"));
}

#[test]
fn rejection_letter_tells_how_to_appeal() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    complete_assessment(&env, case, "reject", None);
    env.json(&[
        "decide",
        &case.to_string(),
        "--reject",
        "--no-communication-reason",
        "Uppgifterna kommer från den enskilde själv.",
        "--reason",
        "Behovet kan tillgodoses genom kommunens träffpunkter.",
    ]);
    let txt = letter(&env, case, "txt");
    assert!(
        txt.contains("Socialnämnden avslår ansökan om kontaktperson"),
        "{txt}"
    );
    assert!(
        txt.contains("Behovet kan tillgodoses genom kommunens träffpunkter."),
        "{txt}"
    );
    assert!(txt.contains("Hur man överklagar"), "{txt}");
    assert!(txt.contains("förvaltningsrätten"), "{txt}");
    assert!(
        txt.contains("inom tre veckor"),
        "from the guideline's appeal reference: {txt}"
    );
    assert!(
        txt.contains("Skicka eller lämna överklagandet till Socialnämnden"),
        "{txt}"
    );
    assert!(!txt.contains("Mål med insatsen"), "{txt}");
    let v = env.json(&["letter", &case.to_string()]);
    assert_eq!(v["appeal"], true);
}

#[test]
fn lss_rejection_letter_cites_the_lss_appeal_reference() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "ledsagarservice-lss", &["--lss-group", "1"]);
    complete_assessment(&env, case, "reject", None);
    env.json(&[
        "decide",
        &case.to_string(),
        "--reject",
        "--no-communication-reason",
        "Uppgifterna kommer från den enskilde själv.",
        "--reason",
        "Behovet tillgodoses i boendet.",
    ]);
    let txt = letter(&env, case, "txt");
    assert!(txt.contains("27 § lagen (1993:387)"), "{txt}");
}

#[test]
fn partial_grant_letter_tells_how_to_appeal() {
    let env = Env::new();
    let case = assessed_adult(&env);
    env.json(&strs(&grant_args(
        case,
        &[
            "--motivation",
            "Behovet är tillgodosett på annat sätt.",
            "--no-communication-reason",
            "Uppgifterna kommer från den enskilde själv.",
            "--partial",
            "Ansökan gällde 20 timmar per månad; behovet bedöms rymmas inom 10.",
        ],
    )));
    let md = letter(&env, case, "md");
    assert!(md.contains("beviljar ansökan delvis"), "{md}");
    assert!(
        md.contains("Det som inte beviljas är: Ansökan gällde 20 timmar"),
        "{md}"
    );
    assert!(md.contains("## Hur man överklagar"), "{md}");
}

#[test]
fn protected_identity_gets_no_address_in_any_letter() {
    let env = Env::new();
    let case = env.apply(
        pnr::ADULT,
        "kontaktperson-sol",
        &["--protected", "--address", "Hemligvägen 7"],
    );
    complete_assessment(&env, case, "grant", None);
    env.json(&strs(&grant_args(case, &[])));
    for format in ["md", "html", "txt"] {
        let text = letter(&env, case, format);
        assert!(!text.contains("Hemligvägen"), "{format}: {text}");
        assert!(text.contains("Test Testsson"), "{format}");
    }
    // A person registered with an address before protection was added: still none.
    let other = env.apply(
        pnr::ADULT_MAN,
        "kontaktperson-sol",
        &["--address", "Öppen gata 2"],
    );
    env.ok(&[
        "person",
        "update",
        pnr::ADULT_MAN,
        "--protected",
        "--note",
        "Skyddad identitet enligt Skatteverket.",
    ]);
    complete_assessment(&env, other, "grant", None);
    env.json(&strs(&grant_args(other, &[])));
    let text = letter(&env, other, "md");
    assert!(!text.contains("Öppen gata"), "{text}");
}

#[test]
fn html_letter_escapes_what_the_caseworker_wrote() {
    let env = Env::new();
    let case = assessed_adult(&env);
    env.json(&strs(&grant_args(
        case,
        &["--goal", "<script>alert(\"x\")</script> & mer"],
    )));
    let html = letter(&env, case, "html");
    assert!(html.contains("<html lang=\"sv\">"), "{html}");
    assert!(
        html.contains("<li>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; mer</li>"),
        "{html}"
    );
    assert!(!html.contains("<script>"), "{html}");
}

#[test]
fn letter_to_a_file_and_of_an_earlier_decision() {
    let env = Env::new();
    let case = assessed_adult(&env);
    env.json(&strs(&grant_args(case, &[])));
    let mut args = grant_args(case, &[]);
    args[8] = "16".into();
    env.json(&strs(&args));
    let out = env.dir.path().join("beslut.html");
    let v = env.json(&["letter", &case.to_string(), "--out", out.to_str().unwrap()]);
    assert_eq!(
        v["format"], "html",
        "the format follows the file's extension"
    );
    assert_eq!(v["decision_id"], 2);
    assert_eq!(v["letter"], serde_json::Value::Null);
    let html = fs::read_to_string(&out).unwrap();
    assert!(html.contains("16 timmar per månad"), "{html}");
    assert!(html.contains("ändrar beslutet nr 1"), "{html}");
    assert!(
        html.contains("Tidigare beslut omfattade 10 timmar"),
        "{html}"
    );
    let first = env.ok(&["letter", &case.to_string(), "--decision", "1"]);
    assert!(first.contains("10 timmar per månad"), "{first}");
}

#[test]
fn letter_without_a_decision_or_of_another_case_fails() {
    let env = Env::new();
    let case = assessed_adult(&env);
    assert_fails(
        &env.run(&["letter", &case.to_string()]),
        1,
        "no decision yet",
    );
    env.json(&strs(&grant_args(case, &[])));
    let other = env.apply(pnr::ADULT_MAN, "kontaktperson-sol", &[]);
    assert_fails(
        &env.run(&["letter", &other.to_string(), "--decision", "1"]),
        1,
        "belongs to another case",
    );
    assert_fails(
        &env.run(&["letter", &case.to_string(), "--decision", "9"]),
        1,
        "no decision 9",
    );
}

#[test]
fn a_young_childs_letter_goes_to_the_guardians() {
    let env = Env::new();
    let case = env.apply(pnr::CHILD_9, "kontaktperson-sol", &["--guardians", "2"]);
    complete_assessment(&env, case, "grant", Some(ChildView::heard()));
    env.json(&strs(&grant_args(case, &[])));
    let txt = letter(&env, case, "txt");
    assert!(
        txt.contains("Till vårdnadshavarna för Test Testsson"),
        "{txt}"
    );
    assert!(
        txt.contains("Vårdnadshavare har ansökt om kontaktperson för Test Testsson"),
        "{txt}"
    );
}
