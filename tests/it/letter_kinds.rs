//! Every kind of letter as text, parsed and snapshotted (insta): the reasons are the
//! caseworker's, no checklist phrase reaches the citizen, and the appeal information stands
//! exactly where F3 wants it.

use serde_json::Value;

use crate::common::*;
use crate::decide_support::*;

const NO_COMM: &str = "Uppgifterna kommer från den enskilde själv.";

/// The letter of the case's latest act as text, with the machine's own account name (the
/// file's owner signs the decisions) replaced, for a snapshot that holds on every machine.
fn letter_text(env: &Env, case: i64, today: &str) -> (String, Value) {
    let v = env.json(&["--today", today, "letter", &case.to_string()]);
    let staff = env.json(&["staff", "list"]);
    let mut text = v["letter"].as_str().expect("the letter").to_string();
    for s in staff["items"].as_array().into_iter().flatten() {
        if s["login"].as_str() == Some(user().as_str())
            && let Some(name) = s["name"].as_str()
        {
            text = text.replace(&format!("{name}, "), "[Beslutsfattare], ");
        }
    }
    (text, v)
}

/// What every letter holds and never holds; whether it tells how to appeal is `appeal`.
fn check(text: &str, v: &Value, appeal: bool) {
    assert!(
        text.starts_with("Exempelby kommun\nSocialnämnden\n"),
        "{text}"
    );
    assert!(text.contains("Skäl för beslutet"), "{text}");
    for phrase in [
        "Kriteriet är",
        "Samtliga",
        "(svar:",
        "avviker från utredningens",
    ] {
        assert!(
            !text.contains(phrase),
            "no checklist phrase ({phrase}): {text}"
        );
    }
    assert_eq!(text.contains("Hur man överklagar"), appeal, "{text}");
    assert_eq!(v["appeal"], appeal);
}

fn grant(env: &Env, extra: &[&'static str]) -> i64 {
    let case = assessed_adult(env);
    env.json(&strs(&grant_args(case, extra)));
    case
}

#[test]
fn a_grant_a_partial_grant_and_a_rejection() {
    let env = Env::new();
    let case = grant(&env, &[]);
    let (t, v) = letter_text(&env, case, TODAY);
    check(&t, &v, false);
    insta::assert_snapshot!("grant", t);

    let env = Env::new();
    let case = grant(
        &env,
        &[
            "--partial",
            "Ansökan gällde 20 timmar i månaden.",
            "--motivation",
            "Behovet av stöd ryms inom tio timmar i månaden, fördelat på två träffar.",
            "--no-communication-reason",
            NO_COMM,
        ],
    );
    let (t, v) = letter_text(&env, case, TODAY);
    check(&t, &v, true);
    assert!(t.contains("Behovet av stöd ryms inom tio timmar"), "{t}");
    insta::assert_snapshot!("partial_grant", t);

    let env = Env::new();
    let case = env.apply(
        pnr::ADULT,
        "kontaktperson-sol",
        &["--address", "Storgatan 1, 123 45 Exempelby"],
    );
    complete_assessment(&env, case, "reject", None);
    env.json(&[
        "decide",
        &case.to_string(),
        "--reject",
        "--reason",
        "Du har ett fungerande nätverk genom föreningen och behovet tillgodoses där.",
        "--no-communication-reason",
        NO_COMM,
        "--deviation-reason",
        "Intern motivering som inte ska med i brevet.",
    ]);
    let (t, v) = letter_text(&env, case, TODAY);
    check(&t, &v, true);
    assert!(
        !t.contains("Intern motivering"),
        "G2's reason stays in the file: {t}"
    );
    insta::assert_snapshot!("rejection", t);
}

#[test]
fn a_change_an_extension_and_an_ending() {
    let env = Env::new();
    let case = grant(&env, &[]);
    let c = case.to_string();
    env.json(&[
        "follow-up",
        &c,
        "--outcome",
        "change",
        "--to",
        "2027-06-30",
        "--hours",
        "6",
        "--note",
        "Behovet har minskat.",
        "--motivation",
        "Du träffar nu vänner på egen hand varje vecka.",
        "--no-communication-reason",
        NO_COMM,
    ]);
    let (t, v) = letter_text(&env, case, TODAY);
    check(&t, &v, true);
    insta::assert_snapshot!("change_fewer_hours", t);

    env.json(&[
        "--today",
        "2027-05-20",
        "follow-up",
        &c,
        "--outcome",
        "extend",
        "--to",
        "2027-12-31",
        "--note",
        "Insatsen behövs fortsatt.",
    ]);
    let (t, v) = letter_text(&env, case, "2027-05-20");
    check(&t, &v, false);
    assert!(t.contains("Beslut om fortsatt kontaktperson"), "{t}");
    insta::assert_snapshot!("extension", t);

    env.json(&[
        "--today",
        "2027-06-10",
        "follow-up",
        &c,
        "--outcome",
        "end",
        "--end-reason",
        "need-met-otherwise",
        "--note",
        "Har fått arbete.",
        "--motivation",
        "Du har fått arbete och ett nätverk där; målen med insatsen är nådda.",
        "--no-communication-reason",
        NO_COMM,
    ]);
    let (t, v) = letter_text(&env, case, "2027-06-10");
    check(&t, &v, true);
    assert!(t.contains("avslutas den 2027-06-10"), "{t}");
    insta::assert_snapshot!("ending", t);
}

#[test]
fn a_write_off_a_dismissal_and_a_judgment() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    env.ok(&[
        "withdraw",
        &case.to_string(),
        "--date",
        TODAY,
        "--note",
        "Ringde.",
    ]);
    let (t, v) = letter_text(&env, case, TODAY);
    check(&t, &v, false);
    insta::assert_snapshot!("written_off", t);

    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    complete_assessment(&env, case, "reject", None);
    let c = case.to_string();
    env.json(&[
        "decide",
        &c,
        "--reject",
        "--reason",
        "Nätverk finns.",
        "--no-communication-reason",
        NO_COMM,
    ]);
    env.ok(&["letter", &c, "--sent", TODAY]);
    env.ok(&[
        "--today",
        "2026-11-24",
        "letter",
        &c,
        "--received",
        "2026-11-24",
    ]);
    env.json(&[
        "--today",
        "2026-12-17",
        "appeal",
        &c,
        "--received",
        "2026-12-17",
    ]);
    env.json(&[
        "--today",
        "2026-12-17",
        "appeal",
        &c,
        "--too-late",
        "--note",
        "Överklagandet kom in två dagar för sent.",
    ]);
    let (t, v) = letter_text(&env, case, "2026-12-17");
    check(&t, &v, true);
    insta::assert_snapshot!("dismissal", t);

    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    complete_assessment(&env, case, "reject", None);
    let c = case.to_string();
    env.json(&[
        "decide",
        &c,
        "--reject",
        "--reason",
        "Nätverk finns.",
        "--no-communication-reason",
        NO_COMM,
    ]);
    env.json(&[
        "--today",
        "2026-11-30",
        "appeal",
        &c,
        "--received",
        "2026-11-30",
    ]);
    env.json(&[
        "--today",
        "2026-12-01",
        "appeal",
        &c,
        "--forward",
        "2026-12-01",
    ]);
    env.json(&[
        "--today",
        "2027-02-01",
        "appeal",
        &c,
        "--judgment",
        "2027-02-01",
        "--outcome",
        "granted",
        "--to",
        "2027-07-31",
        "--hours",
        "8",
    ]);
    let (t, v) = letter_text(&env, case, "2027-02-01");
    check(&t, &v, false);
    insta::assert_snapshot!("judgment", t);
}

#[test]
fn k4_appointment_k2_objection_and_a_protected_person() {
    let env = Env::new();
    let case = env.apply(
        pnr::CHILD_9,
        "umgangesstod",
        &["--court-ref", "T 123-26", "--guardians", "2"],
    );
    complete_assessment(&env, case, "grant", Some(ChildView::heard()));
    env.json(&strs(&grant_args(case, &[])));
    let (t, v) = letter_text(&env, case, TODAY);
    check(&t, &v, false);
    assert!(t.contains("domstolens avgörande i mål T 123-26"), "{t}");
    assert!(!t.contains("beviljar"), "{t}");
    insta::assert_snapshot!("appointment_k4", t);

    let env = Env::new();
    let case = env.apply(
        pnr::CHILD_9,
        "kontaktperson-sol",
        &[
            "--guardians",
            "2",
            "--guardian-1",
            "Eva Förälder",
            "--guardian-2",
            "Olle Förälder",
            "--requested-by",
            "guardian",
            "--consent",
            "guardian-1",
        ],
    );
    let c = case.to_string();
    env.ok(&["consent", &c, "--by", "guardian-2", "--refused", TODAY]);
    complete_assessment(&env, case, "grant", Some(ChildView::heard()));
    env.json(&strs(&grant_args(
        case,
        &[
            "--guardian-objects",
            "--override-objection",
            "Barnet behöver en vuxen att prata med utanför familjen.",
        ],
    )));
    let (t, v) = letter_text(&env, case, TODAY);
    check(&t, &v, true);
    assert!(
        t.contains("Vårdnadshavaren Olle Förälder har motsatt sig insatsen"),
        "{t}"
    );
    assert!(
        t.contains("Vårdnadshavaren Olle Förälder kan överklaga"),
        "{t}"
    );
    insta::assert_snapshot!("guardian_overridden_k2", t);

    let env = Env::new();
    let case = env.apply(
        pnr::ADULT,
        "kontaktperson-sol",
        &["--protected", "--address", "Hemligvägen 7"],
    );
    complete_assessment(&env, case, "grant", None);
    env.json(&strs(&grant_args(case, &[])));
    let (t, _) = letter_text(&env, case, TODAY);
    assert!(!t.contains("Hemligvägen"), "{t}");
    assert!(!t.contains("19900101"), "{t}");
    assert!(t.contains("Sänds genom handläggaren"), "{t}");
}
