//! Who may be offered an order: one test per rule, excluded and allowed (M1-M6, G3), and the
//! ranking by the individual's wishes (D4).

use super::*;
use crate::common::*;

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
