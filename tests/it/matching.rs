//! Matching: the register of assignees, recruitment (M6), exclusions by rule (M1-M6), ranking
//! by wishes (D4), offers, declines, and the start that executes the order (M8, E8).

use serde_json::Value;

use crate::common::*;
use crate::support::grant_and_order;

/// Official test numbers of adults (data/testpersonnummer.txt); none is an individual's.
mod apnr {
    pub const F1: &str = "198001022386";
    pub const M1: &str = "198001022394";
    pub const F2: &str = "198001032385";
    pub const M2: &str = "198001032393";
    pub const F3: &str = "198301012384";
    /// 17 on TODAY, 18 on 2027-01-02.
    pub const UNDER_18: &str = "200901022384";
}

const ORDERED: &str = "2026-10-01";

/// Registers an assignee; returns the number.
fn add(env: &Env, name: &str, pnr: &str, role: &str, extra: &[&str]) -> i64 {
    let mut args = vec![
        "match", "assignee", "add", "--name", name, "--pnr", pnr, "--role", role,
    ];
    args.extend_from_slice(extra);
    env.json(&args)["assignee_id"]
        .as_i64()
        .expect("assignee_id")
}

/// An approved contact person with a fresh criminal-records extract, in the queue since June.
fn approved(env: &Env, name: &str, pnr: &str, extra: &[&str]) -> i64 {
    let mut args = vec!["--record-checked", "2026-06-01", "--approved", "2026-06-15"];
    args.extend_from_slice(extra);
    add(env, name, pnr, "kontaktperson", &args)
}

/// A case with a grant and an open order from ORDERED.
fn ordered_case(env: &Env, pnr: &str, insats: &str, extra: &[&str]) -> i64 {
    let case = env.apply(pnr, insats, extra);
    grant_and_order(env, case, ORDERED, "2027-03-31", 12.0);
    case
}

fn suggest(env: &Env, case: i64) -> Value {
    env.json(&["match", "suggest", &case.to_string()])
}

fn candidates(s: &Value) -> Vec<i64> {
    s["candidates"]
        .as_array()
        .expect("candidates")
        .iter()
        .map(|c| c["assignee_id"].as_i64().expect("id"))
        .collect()
}

/// The rules that exclude `id`, empty when it is a candidate.
fn rules(s: &Value, id: i64) -> Vec<String> {
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

fn case_str(case: i64) -> String {
    case.to_string()
}

#[test]
fn m1_under_18_is_excluded_an_adult_is_allowed() {
    let env = Env::new();
    let case = ordered_case(&env, pnr::ADULT, "kontaktperson-sol", &[]);
    let out = env.run(&[
        "match",
        "assignee",
        "add",
        "--name",
        "Ung Person",
        "--pnr",
        apnr::UNDER_18,
        "--role",
        "kontaktperson",
        "--record-checked",
        "2026-06-01",
        "--approved",
        "2026-06-15",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("(M1)"), "warns: {}", stderr(&out));
    let young = 1;
    let adult = approved(&env, "Vuxen Person", apnr::F1, &[]);
    let s = suggest(&env, case);
    assert_eq!(rules(&s, young), ["M1"]);
    assert_eq!(rules(&s, adult), Vec::<String>::new());
    let before = env.dump();
    let out = env.run(&[
        "match",
        "offer",
        &case_str(case),
        "--assignee",
        &young.to_string(),
    ]);
    assert_fails(&out, 3, "refused (M1)");
    assert_eq!(env.dump(), before);
}

#[test]
fn m2_a_child_needs_a_valid_criminal_records_extract() {
    let env = Env::new();
    let child = ordered_case(
        &env,
        pnr::CHILD_14,
        "kontaktperson-sol",
        &["--consent", "guardian"],
    );
    let adult = ordered_case(&env, pnr::ADULT, "kontaktperson-sol", &[]);
    let old = add(
        &env,
        "Gammalt Utdrag",
        apnr::F1,
        "kontaktperson",
        &["--record-checked", "2025-06-01", "--approved", "2025-07-01"],
    );
    let fresh = approved(&env, "Nytt Utdrag", apnr::F2, &[]);
    let s = suggest(&env, child);
    assert_eq!(rules(&s, old), ["M2"]);
    assert!(rules(&s, fresh).is_empty());
    let reason = s["excluded"][0]["reasons"][0].as_str().unwrap();
    assert!(reason.contains("older than 12 months"), "{reason}");
    // For an adult's contact person the extract is not required (M2 is for children and
    // companions).
    assert!(rules(&suggest(&env, adult), old).is_empty());
    // A new extract lets the assignee be offered.
    env.ok(&[
        "match",
        "assignee",
        "update",
        &old.to_string(),
        "--record-checked",
        "2026-11-01",
    ]);
    assert!(rules(&suggest(&env, child), old).is_empty());
}

#[test]
fn m2_a_companion_always_needs_a_valid_extract() {
    let env = Env::new();
    let case = ordered_case(&env, pnr::SENIOR_70, "ledsagning-sol", &[]);
    let old = add(
        &env,
        "Gammal Ledsagare",
        apnr::M1,
        "ledsagare",
        &["--record-checked", "2025-06-01", "--approved", "2025-07-01"],
    );
    let fresh = add(
        &env,
        "Ny Ledsagare",
        apnr::M2,
        "ledsagare",
        &["--record-checked", "2026-06-01", "--approved", "2026-06-15"],
    );
    let s = suggest(&env, case);
    assert_eq!(rules(&s, old), ["M2"]);
    assert!(rules(&s, fresh).is_empty());
    // Approving a companion on an extract already too old is refused.
    let before = env.dump();
    let out = env.run(&[
        "match",
        "assignee",
        "add",
        "--name",
        "Sen Ledsagare",
        "--pnr",
        apnr::F3,
        "--role",
        "ledsagare",
        "--record-checked",
        "2025-01-01",
        "--approved",
        "2026-11-01",
    ]);
    assert_fails(&out, 3, "refused (M2)");
    assert_eq!(env.dump(), before);
}

#[test]
fn m3_relatives_and_the_network_are_excluded_others_allowed() {
    let env = Env::new();
    let case = ordered_case(&env, pnr::ADULT, "kontaktperson-sol", &[]);
    let relative = approved(&env, "Syster", apnr::F1, &["--relative-of", pnr::ADULT]);
    let network = approved(&env, "Granne", apnr::M1, &["--network-of", "900101-2385"]);
    let stranger = approved(&env, "Okänd", apnr::F2, &["--relative-of", pnr::SENIOR_70]);
    let s = suggest(&env, case);
    assert_eq!(rules(&s, relative), ["M3"]);
    assert_eq!(rules(&s, network), ["M3"]);
    assert!(rules(&s, stranger).is_empty());
    let before = env.dump();
    let out = env.run(&[
        "match",
        "offer",
        &case_str(case),
        "--assignee",
        &relative.to_string(),
    ]);
    assert_fails(&out, 3, "refused (M3)");
    assert_eq!(env.dump(), before);
    env.ok(&[
        "match",
        "assignee",
        "update",
        &network.to_string(),
        "--remove-relation",
        pnr::ADULT,
    ]);
    assert!(rules(&suggest(&env, case), network).is_empty());
}

#[test]
fn m4_working_or_living_where_the_individual_does_is_excluded() {
    let env = Env::new();
    let case = ordered_case(
        &env,
        pnr::YOUNG_25,
        "kontaktperson-lss",
        &[
            "--workplace",
            "Daglig verksamhet Solrosen",
            "--residence",
            "Gruppbostad Linden",
        ],
    );
    let works = approved(
        &env,
        "Personal Solrosen",
        apnr::F1,
        &["--workplace", "daglig verksamhet solrosen"],
    );
    let lives = approved(
        &env,
        "Personal Linden",
        apnr::M1,
        &["--workplace", "Gruppbostad Linden"],
    );
    let elsewhere = approved(
        &env,
        "Personal Eken",
        apnr::F2,
        &["--workplace", "Gruppbostad Eken"],
    );
    let s = suggest(&env, case);
    assert_eq!(rules(&s, works), ["M4"]);
    assert_eq!(rules(&s, lives), ["M4"]);
    assert!(rules(&s, elsewhere).is_empty());
}

#[test]
fn m5_qualified_interventions_need_training_others_do_not() {
    let env = Env::new();
    let qualified = ordered_case(
        &env,
        pnr::TEEN_16,
        "kvalificerad-sol",
        &["--consent", "guardian", "--consent", "self"],
    );
    let ordinary = ordered_case(&env, pnr::ADULT, "kontaktperson-sol", &[]);
    let untrained = approved(&env, "Utan Utbildning", apnr::F1, &[]);
    let trained = approved(&env, "Socionom", apnr::M1, &["--trained"]);
    let s = suggest(&env, qualified);
    assert_eq!(rules(&s, untrained), ["M5"]);
    assert!(rules(&s, trained).is_empty());
    assert!(rules(&suggest(&env, ordinary), untrained).is_empty());
    env.ok(&[
        "match",
        "assignee",
        "update",
        &untrained.to_string(),
        "--trained",
    ]);
    assert!(rules(&suggest(&env, qualified), untrained).is_empty());
}

#[test]
fn m6_only_approved_assignees_can_be_offered() {
    let env = Env::new();
    let case = ordered_case(&env, pnr::ADULT, "kontaktperson-sol", &[]);
    let recruiting = add(
        &env,
        "Under Rekrytering",
        apnr::F1,
        "kontaktperson",
        &[
            "--interview",
            "2026-11-01",
            "--record-checked",
            "2026-11-10",
        ],
    );
    let ok = approved(&env, "Godkänd", apnr::M1, &[]);
    let s = suggest(&env, case);
    assert_eq!(rules(&s, recruiting), ["M6"]);
    assert!(rules(&s, ok).is_empty());
    let before = env.dump();
    let out = env.run(&[
        "match",
        "offer",
        &case_str(case),
        "--assignee",
        &recruiting.to_string(),
    ]);
    assert_fails(&out, 3, "refused (M6)");
    assert_eq!(env.dump(), before);
    let offer = env.json(&[
        "match",
        "offer",
        &case_str(case),
        "--assignee",
        &ok.to_string(),
    ]);
    assert_eq!(offer["stage"], "offered");
}

#[test]
fn m6_the_pipeline_goes_step_by_step_and_approval_needs_the_checks() {
    let env = Env::new();
    let id = add(
        &env,
        "Ny Intresserad",
        apnr::F1,
        "kontaktperson",
        &["--interest", "2026-09-01"],
    );
    let ids = id.to_string();
    let before = env.dump();
    let out = env.run(&["match", "assignee", "step", &ids, "--stage", "approved"]);
    assert_fails(&out, 3, "refused (M6)");
    assert_eq!(env.dump(), before);
    for (stage, date) in [
        ("interview", "2026-09-10"),
        ("consent", "2026-09-10"),
        ("checked", "2026-09-20"),
    ] {
        env.ok(&[
            "match", "assignee", "step", &ids, "--stage", stage, "--date", date,
        ]);
    }
    let before = env.dump();
    let out = env.run(&[
        "match",
        "assignee",
        "step",
        &ids,
        "--stage",
        "approved",
        "--date",
        "2026-09-15",
    ]);
    assert_fails(&out, 3, "refused (M6)");
    assert_eq!(env.dump(), before);
    let done = env.json(&[
        "match",
        "assignee",
        "step",
        &ids,
        "--stage",
        "approved",
        "--date",
        "2026-09-25",
    ]);
    assert_eq!(done["stage"], "approved");
    let shown = env.json(&["match", "assignee", "show", &ids]);
    let stages: Vec<&str> = shown["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["stage"].as_str().unwrap())
        .collect();
    assert_eq!(
        stages,
        ["interest", "interview", "consent", "checked", "approved"]
    );
    assert_eq!(shown["assignee"]["waiting_since"], "2026-09-25");
    assert_eq!(shown["assignee"]["record_checked"], "2026-09-20");
}

#[test]
fn m6_approval_without_the_criminal_records_extract_is_refused() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    let before = env.dump();
    let out = env.run(&[
        "match",
        "assignee",
        "add",
        "--name",
        "Utan Utdrag",
        "--pnr",
        apnr::F1,
        "--role",
        "kontaktperson",
        "--approved",
        "2026-06-15",
    ]);
    assert_fails(&out, 3, "refused (M6)");
    assert!(stderr(&out).contains("criminal-records extract"));
    assert_eq!(env.dump(), before);
    // SPEC's short form: the extract and the approval; the steps before are implied.
    let added = env.json(&[
        "match",
        "assignee",
        "add",
        "--name",
        "Med Utdrag",
        "--pnr",
        apnr::F1,
        "--role",
        "kontaktperson",
        "--record-checked",
        "2026-06-01",
        "--approved",
        "2026-06-15",
    ]);
    assert_eq!(added["stage"], "approved");
    assert_eq!(added["steps"].as_array().unwrap().len(), 5);
    assert_eq!(added["steps"][2]["implied"], true);
    assert_eq!(added["steps"][4]["implied"], false);
}

#[test]
fn m6_at_capacity_is_excluded_room_left_is_allowed() {
    let env = Env::new();
    let first = ordered_case(&env, pnr::ADULT, "kontaktperson-sol", &[]);
    let second = ordered_case(&env, pnr::ADULT_MAN, "kontaktperson-sol", &[]);
    let a = approved(&env, "Upptagen", apnr::F1, &[]);
    let ids = a.to_string();
    env.ok(&["match", "offer", &case_str(first), "--assignee", &ids]);
    env.ok(&["match", "start", &case_str(first), "--date", TODAY]);
    let s = suggest(&env, second);
    assert_eq!(rules(&s, a), ["M6"]);
    assert!(
        s["excluded"][0]["reasons"][0]
            .as_str()
            .unwrap()
            .contains("at capacity, 1 of 1")
    );
    env.ok(&["match", "assignee", "update", &ids, "--capacity", "2"]);
    assert!(rules(&suggest(&env, second), a).is_empty());
    env.ok(&["match", "offer", &case_str(second), "--assignee", &ids]);
}

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
fn d4_candidates_are_ranked_by_the_individuals_wishes() {
    let env = Env::new();
    let case = ordered_case(
        &env,
        pnr::ADULT,
        "kontaktperson-sol",
        &[
            "--wish-sex",
            "male",
            "--wish-languages",
            "arabiska",
            "--wish-interests",
            "fiske",
            "--area",
            "Norr",
        ],
    );
    // Waited longest, but meets no wish.
    let longest = add(
        &env,
        "Väntat Länge",
        apnr::F1,
        "kontaktperson",
        &["--record-checked", "2025-12-01", "--approved", "2025-12-15"],
    );
    let man = approved(&env, "Man Utan Mer", apnr::M1, &[]);
    let all = approved(
        &env,
        "Allt Stämmer",
        apnr::M2,
        &[
            "--languages",
            "Arabiska,svenska",
            "--interests",
            "Fiske",
            "--area",
            "Norr",
        ],
    );
    let fishing = approved(&env, "Fiskar", apnr::F2, &["--interests", "fiske"]);
    let s = suggest(&env, case);
    assert_eq!(candidates(&s), [all, man, fishing, longest]);
    let best = &s["candidates"][0];
    let reasons: Vec<&str> = best["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    assert!(
        reasons.contains(&"is male as wished (D4) +5"),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&"speaks arabiska as wished (D4) +5"),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.starts_with("lives in the same area")),
        "{reasons:?}"
    );
    assert!(
        reasons.iter().any(|r| r.contains("(fairness)")),
        "{reasons:?}"
    );
    assert!(best["score"].as_f64().unwrap() > 16.0);
    // The human form ranks the same and explains.
    let human = env.ok(&["match", "suggest", &case_str(case)]);
    let at = |name: &str| {
        human
            .find(name)
            .unwrap_or_else(|| panic!("{name}: {human}"))
    };
    assert!(at("Allt Stämmer") < at("Man Utan Mer"));
    assert!(at("Fiskar") < at("Väntat Länge"));
    assert!(human.contains("as wished (D4)"), "{human}");
}

#[test]
fn g3_suggest_without_an_order_is_refused() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    approved(&env, "Väntar", apnr::F1, &[]);
    let before = env.dump();
    let out = env.run(&["match", "suggest", &case_str(case)]);
    assert_fails(&out, 3, "refused (G3)");
    let out = env.run(&["match", "offer", &case_str(case), "--assignee", "1"]);
    assert_fails(&out, 3, "refused (G3)");
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
    assert!(human.contains("review by 2027-11-20"), "{human}");
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
fn g5_the_register_masks_numbers_unless_revealed() {
    let env = Env::new();
    approved(
        &env,
        "Maskerad",
        apnr::F1,
        &["--interests", "fiske", "--area", "Söder"],
    );
    let list = env.json(&["match", "assignee", "list"]);
    assert_eq!(list["assignees"][0]["pnr"], "19800102-****");
    let human = env.ok(&["match", "assignee", "list"]);
    assert!(
        human.contains("19800102-****") && !human.contains("2386"),
        "{human}"
    );
    let shown = env.json(&["match", "assignee", "list", "--reveal"]);
    assert_eq!(shown["assignees"][0]["pnr"], "19800102-2386");
    let audited: i64 = env
        .conn()
        .query_row(
            "SELECT count(*) FROM audit WHERE action LIKE '%--reveal'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 1);
    let filtered = env.json(&["match", "assignee", "list", "--stage", "waiting"]);
    assert_eq!(filtered["assignees"].as_array().unwrap().len(), 0);
}

#[test]
fn a_number_is_registered_once() {
    let env = Env::new();
    approved(&env, "Första Gången", apnr::F1, &[]);
    let before = env.dump();
    let out = env.run(&[
        "match",
        "assignee",
        "add",
        "--name",
        "Andra Gången",
        "--pnr",
        "19800102-2386",
        "--role",
        "kontaktperson",
    ]);
    assert_fails(&out, 1, "already registered as assignee 1");
    assert!(
        !stderr(&out).contains("2386"),
        "no number in the error (G5)"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn m6_an_assignee_who_ends_has_the_open_offer_withdrawn() {
    let env = Env::new();
    let case = ordered_case(&env, pnr::ADULT, "kontaktperson-sol", &[]);
    let a = approved(&env, "Slutar", apnr::F1, &[]);
    env.ok(&[
        "match",
        "offer",
        &case_str(case),
        "--assignee",
        &a.to_string(),
    ]);
    let ended = env.json(&[
        "match",
        "assignee",
        "step",
        &a.to_string(),
        "--stage",
        "ended",
    ]);
    assert_eq!(ended["withdrawn_offers"], serde_json::json!([case]));
    let s = suggest(&env, case);
    assert!(s["pending_offer"].is_null());
    assert!(candidates(&s).is_empty());
    assert!(
        s["excluded"].as_array().unwrap().is_empty(),
        "ended are left out"
    );
}

#[test]
fn demo_has_a_register_in_every_stage_and_relatives_of_its_individuals() {
    let env = Env::new();
    let made = env.json(&["demo", "--cases", "30"]);
    assert_eq!(made["assignees"], 32);
    let list = env.json(&["match", "assignee", "list"]);
    let assignees = list["assignees"].as_array().unwrap();
    assert_eq!(assignees.len(), 32);
    for stage in [
        "interest",
        "interview",
        "consent",
        "checked",
        "approved",
        "not_approved",
    ] {
        assert!(
            assignees.iter().any(|a| a["stage"] == stage),
            "{stage} missing"
        );
    }
    assert!(
        assignees
            .iter()
            .all(|a| a["pnr"].as_str().unwrap().ends_with("****"))
    );
    let relations: i64 = env
        .conn()
        .query_row(
            "SELECT count(*) FROM assignee_relation r JOIN person p ON p.pnr = r.pnr",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        relations >= 1,
        "some assignees are related to the demo's individuals"
    );
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
