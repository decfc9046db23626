//! Offers, declines and the start of an assignment: one open offer per case, back in the queue
//! (M6), the agreement (M7, M8), the order executed and the yearly review (E8).

use super::*;
use crate::common::*;

#[test]
fn m6_one_open_offer_per_case() {
    let env = Env::new();
    let case = ordered_case(&env, pnr::ADULT, "kontaktperson-sol", &[]);
    let a = approved(&env, "Första", apnr::F1, &[]);
    let b = approved(&env, "Andra", apnr::M1, &[]);
    env.ok(&[
        "match",
        "offer",
        &case_str(case),
        "--assignee",
        &a.to_string(),
    ]);
    let before = env.dump();
    let out = env.run(&[
        "match",
        "offer",
        &case_str(case),
        "--assignee",
        &b.to_string(),
    ]);
    assert_fails(&out, 3, "already has an offer open");
    assert_eq!(env.dump(), before);
}

#[test]
fn m6_a_declined_offer_puts_the_assignee_back_in_the_queue_and_stays_in_the_history() {
    let env = Env::new();
    let case = ordered_case(&env, pnr::ADULT, "kontaktperson-sol", &[]);
    let a = approved(&env, "Tackar Nej", apnr::F1, &[]);
    let ids = a.to_string();
    env.ok(&[
        "match",
        "offer",
        &case_str(case),
        "--assignee",
        &ids,
        "--date",
        "2026-11-10",
    ]);
    assert_eq!(rules(&suggest(&env, case), a), ["M6"], "offer open");
    let declined = env.json(&[
        "match",
        "decline",
        &case_str(case),
        "--date",
        "2026-11-12",
        "--reason",
        "Har inte tid just nu",
    ]);
    assert_eq!(declined["stage"], "waiting");
    // The waiting time is kept: declining does not put the assignee at the back.
    assert_eq!(declined["waiting_since"], "2026-06-15");
    let s = suggest(&env, case);
    assert_eq!(candidates(&s), [a]);
    assert!(s["pending_offer"].is_null());
    let shown = env.json(&["match", "assignee", "show", &ids]);
    assert_eq!(shown["assignee"]["stage"], "waiting");
    assert_eq!(shown["offers"][0]["outcome"], "declined");
    assert_eq!(shown["offers"][0]["answered_day"], "2026-11-12");
    let journal = env.json(&["log", &case_str(case)]);
    let texts: Vec<&str> = journal["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["text"].as_str().unwrap())
        .collect();
    assert!(
        texts.iter().any(|t| t.contains("Uppdraget erbjudet")),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.contains("avböjdes 2026-11-12") && t.contains("åter i kön")),
        "{texts:?}"
    );
    // Offered again, the history keeps both.
    env.ok(&["match", "offer", &case_str(case), "--assignee", &ids]);
    let shown = env.json(&["match", "assignee", "show", &ids]);
    assert_eq!(shown["offers"].as_array().unwrap().len(), 2);
}

#[test]
fn decline_without_an_open_offer_fails_and_changes_nothing() {
    let env = Env::new();
    let case = ordered_case(&env, pnr::ADULT, "kontaktperson-sol", &[]);
    let before = env.dump();
    assert_fails(
        &env.run(&["match", "decline", &case_str(case)]),
        1,
        "no open offer",
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn start_executes_the_order_and_schedules_the_yearly_review_e8() {
    let env = Env::new();
    let case = ordered_case(&env, pnr::ADULT, "kontaktperson-sol", &[]);
    let a = approved(&env, "Eva Kontakt", apnr::F1, &[]);
    env.ok(&[
        "match",
        "offer",
        &case_str(case),
        "--assignee",
        &a.to_string(),
        "--date",
        "2026-11-02",
    ]);
    let started = env.json(&[
        "match",
        "start",
        &case_str(case),
        "--date",
        "2026-11-20",
        "--goal",
        "Komma ut i naturen",
    ]);
    assert_eq!(started["executed_day"], "2026-11-20");
    assert_eq!(started["review_due"], "2027-11-20");
    assert_eq!(started["meetings_per_month"], 4);
    assert_eq!(started["hours_per_meeting"], 3.0);
    assert_eq!(started["compensation_level"], 2);
    let c = env.conn();
    let (status, executed): (String, String) = c
        .query_row(
            "SELECT status, executed_day FROM orders WHERE case_id = ?1",
            [case],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        (status.as_str(), executed.as_str()),
        ("executed", "2026-11-20")
    );
    let (outcome, stage): (String, String) = c
        .query_row(
            "SELECT f.outcome, a.stage FROM offer f JOIN assignee a ON a.id = f.assignee_id",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((outcome.as_str(), stage.as_str()), ("accepted", "assigned"));
    drop(c);
    let shown = env.json(&["show", &case_str(case)]);
    assert_eq!(shown["status"], "executed");
    assert_eq!(shown["agreement"]["assignee_id"], a);
    assert_eq!(shown["agreement"]["review_due"], "2027-11-20");
    let goals = shown["agreement"]["goals"].as_array().unwrap();
    assert_eq!(
        goals.len(),
        2,
        "the order's goal and the own aim: {goals:?}"
    );
    let journal = shown["journal"].as_array().unwrap();
    let last = journal.last().unwrap()["text"].as_str().unwrap();
    assert!(
        last.contains("Beställningen är verkställd 2026-11-20"),
        "{last}"
    );
    assert!(last.contains("senast 2027-11-20 (E8)"), "{last}");
    let human = env.ok(&["show", &case_str(case)]);
    assert!(human.contains("Eva Kontakt"), "{human}");
    assert!(human.contains("avtalsöversyn senast 2027-11-20"), "{human}");
    // The order is matched: suggesting again is an error, not a new match.
    assert_fails(
        &env.run(&["match", "suggest", &case_str(case)]),
        1,
        "already executed",
    );
}

#[test]
fn m8_the_agreement_says_no_financial_task_and_no_representation() {
    let env = Env::new();
    let case = ordered_case(&env, pnr::ADULT, "kontaktperson-sol", &[]);
    let a = approved(&env, "Kontakt Person", apnr::F1, &[]);
    env.ok(&[
        "match",
        "offer",
        &case_str(case),
        "--assignee",
        &a.to_string(),
    ]);
    let started = env.json(&["match", "start", &case_str(case), "--date", TODAY]);
    let text = started["text"].as_str().unwrap();
    assert!(
        text.contains("tar inte på sig ekonomiska uppdrag"),
        "{text}"
    );
    assert!(text.contains("företräda den enskilde"), "{text}");
    assert!(
        text.contains("Träffar: 4 gånger per månad, cirka 3 timmar"),
        "{text}"
    );
    let stored: String = env
        .conn()
        .query_row("SELECT text FROM agreement", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, text);
}

#[test]
fn e8_the_review_follows_the_guidelines_interval_from_the_start() {
    let env = Env::new();
    let case = ordered_case(&env, pnr::ADULT, "kontaktperson-sol", &[]);
    let a = approved(&env, "Kontakt Person", apnr::F1, &[]);
    env.ok(&[
        "match",
        "offer",
        &case_str(case),
        "--assignee",
        &a.to_string(),
        "--date",
        ORDERED,
    ]);
    let started = env.json(&["match", "start", &case_str(case), "--date", ORDERED]);
    assert_eq!(started["review_due"], "2027-10-01");
    let due: String = env
        .conn()
        .query_row("SELECT review_due FROM agreement", [], |r| r.get(0))
        .unwrap();
    assert_eq!(due, "2027-10-01");
}

#[test]
fn start_refusals_change_nothing() {
    let env = Env::new();
    let case = ordered_case(&env, pnr::ADULT, "kontaktperson-sol", &[]);
    let cs = case_str(case);
    let a = approved(&env, "Kontakt Person", apnr::F1, &[]);
    let before = env.dump();
    assert_fails(
        &env.run(&["match", "start", &cs, "--date", "2026-11-20"]),
        3,
        "refused (M6)",
    );
    assert_eq!(env.dump(), before);
    env.ok(&[
        "match",
        "offer",
        &cs,
        "--assignee",
        &a.to_string(),
        "--date",
        ORDERED,
    ]);
    let before = env.dump();
    assert_fails(
        &env.run(&["match", "start", &cs, "--date", "2026-09-30"]),
        1,
        "before the order",
    );
    assert_fails(
        &env.run(&["match", "start", &cs, "--date", "2026-12-01"]),
        1,
        "after today",
    );
    assert_fails(
        &env.run(&[
            "match",
            "start",
            &cs,
            "--date",
            TODAY,
            "--compensation-level",
            "9",
        ]),
        2,
        "levels 1, 2, 3, 4",
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn m2_the_rules_are_checked_again_on_the_start_day() {
    let env = Env::new();
    let case = ordered_case(
        &env,
        pnr::CHILD_14,
        "kontaktperson-sol",
        &["--consent", "guardian"],
    );
    let a = add(
        &env,
        "Utdrag Går Ut",
        apnr::F1,
        "kontaktperson",
        &["--record-checked", "2025-11-01", "--approved", "2025-11-10"],
    );
    let cs = case_str(case);
    // On the offer day the extract is still valid; on the start day it is not.
    env.ok(&[
        "match",
        "offer",
        &cs,
        "--assignee",
        &a.to_string(),
        "--date",
        "2026-10-20",
    ]);
    let before = env.dump();
    assert_fails(
        &env.run(&["match", "start", &cs, "--date", TODAY]),
        3,
        "refused (M2)",
    );
    assert_eq!(env.dump(), before);
    // Allowed once the extract is renewed.
    env.ok(&[
        "match",
        "assignee",
        "update",
        &a.to_string(),
        "--record-checked",
        "2026-11-20",
    ]);
    env.ok(&["match", "start", &cs, "--date", TODAY]);
}

#[test]
fn g5_a_refused_offer_names_the_rules_not_the_individuals_places() {
    let env = Env::new();
    let case = ordered_case(
        &env,
        pnr::YOUNG_25,
        "kontaktperson-lss",
        &["--workplace", "Daglig verksamhet Solrosen"],
    );
    let a = approved(
        &env,
        "Personal Solrosen",
        apnr::F1,
        &["--workplace", "Daglig verksamhet Solrosen"],
    );
    let out = env.run(&[
        "match",
        "offer",
        &case_str(case),
        "--assignee",
        &a.to_string(),
    ]);
    assert_fails(&out, 3, "refused (M4)");
    assert!(!stderr(&out).contains("Solrosen"), "{}", stderr(&out));
}

/// Issue 20: the caseworker reads `match suggest`, `match offer` and `match assignee show` in
/// Swedish; the JSON keeps its keys and codes.
#[test]
fn suggest_offer_and_assignee_show_speak_swedish_and_the_json_keeps_its_codes() {
    let env = Env::new();
    let case = ordered_case(&env, pnr::ADULT, "kontaktperson-sol", &[]);
    let a = approved(&env, "Eva Svensk", apnr::F1, &[]);
    let human = env.ok(&["match", "suggest", &case_str(case)]);
    let header = human
        .lines()
        .find(|l| l.contains("poäng"))
        .unwrap_or_else(|| panic!("no header:\n{human}"));
    for h in ["nr", "namn", "poäng", "varför"] {
        assert!(header.contains(h), "{h}: {header}");
    }
    assert!(human.contains("kandidater"), "{human}");
    assert!(
        !header.contains("score") && !header.contains("name"),
        "{header}"
    );
    let id = a.to_string();
    let offered = env.ok(&["match", "offer", &case_str(case), "--assignee", &id]);
    assert!(offered.contains("erbjudet Eva Svensk"), "{offered}");
    let shown = env.ok(&["match", "assignee", "show", &id]);
    for word in [
        "Uppdragstagare",
        "Rekrytering (M6)",
        "Erbjudanden",
        "utfall",
        "väntar på svar",
    ] {
        assert!(shown.contains(word), "{word}: {shown}");
    }
    assert!(
        !shown.contains("pending") && !shown.contains("Offers"),
        "{shown}"
    );
    let json = env.json(&["match", "assignee", "show", &id]);
    assert_eq!(json["offers"][0]["outcome"], "pending", "{json}");
    assert_eq!(suggest(&env, case)["pending_offer"]["assignee_id"], a);
}
