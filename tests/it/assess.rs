//! `assess --template` and `assess --answers`: the guideline's criteria answered from a file,
//! for every intervention type, with the recommendation and its reasons by rule.

use std::process::Output;

use serde_json::{Value, json};

use crate::common::*;

/// The answers document of a case.
pub fn template(env: &Env, case: i64) -> Value {
    env.json(&["assess", &case.to_string(), "--template"])
}

/// Every question answered the way that supports a grant; a child heard in full.
pub fn fill_for_grant(doc: &mut Value) {
    for q in doc["questions"].as_array_mut().expect("questions") {
        q["answer"] = q["grant_if"].clone();
    }
    if doc.get("child").is_some() {
        doc["child"] = json!({
            "heard": true,
            "own_words": "Jag vill ha någon att hitta på saker med.",
            "how": "Enskilt samtal i skolan, utan vårdnadshavare.",
            "maturity": "Barnet uttrycker sig tydligt och moget för sin ålder.",
            "not_heard_reason": ""
        });
    }
}

/// Sets the answer of question `id` (which must be in the document).
pub fn set(doc: &mut Value, id: &str, answer: Value) {
    let q = doc["questions"]
        .as_array_mut()
        .expect("questions")
        .iter_mut()
        .find(|q| q["id"] == id)
        .unwrap_or_else(|| panic!("no question {id} in the document"));
    q["answer"] = answer;
}

/// The answer that speaks against a grant on question `id`.
pub fn against(doc: &Value, id: &str) -> Value {
    let q = doc["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .find(|q| q["id"] == id)
        .unwrap_or_else(|| panic!("no question {id} in the document"));
    json!(!q["grant_if"].as_bool().expect("grant_if"))
}

/// Runs `assess CASE --json --answers FILE` with the document.
pub fn submit(env: &Env, case: i64, doc: &Value) -> Output {
    let path = env.dir.path().join(format!("answers-{case}.json"));
    std::fs::write(&path, serde_json::to_string_pretty(doc).unwrap()).unwrap();
    env.run(&[
        "--json",
        "assess",
        &case.to_string(),
        "--answers",
        path.to_str().unwrap(),
    ])
}

/// Submits and expects success; returns the result document.
pub fn assess(env: &Env, case: i64, doc: &Value) -> Value {
    let out = submit(env, case, doc);
    assert!(out.status.success(), "assess failed: {}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("one JSON document")
}

fn question_ids(doc: &Value) -> Vec<String> {
    doc["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].as_str().unwrap().to_string())
        .collect()
}

fn rules(result: &Value) -> Vec<String> {
    result["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["rule"].as_str().unwrap().to_string())
        .collect()
}

/// A case of each type: (type, pnr, extra apply flags, child?).
const CASES: [(&str, &str, &[&str], bool); 7] = [
    (
        "kontaktperson-sol",
        pnr::ADULT,
        &["--consent", "self"],
        false,
    ),
    (
        "kontaktperson-lss",
        pnr::ADULT_MAN,
        &["--consent", "self", "--lss-group", "1"],
        false,
    ),
    (
        "kvalificerad-sol",
        pnr::TEEN_16,
        &["--consent", "self"],
        true,
    ),
    ("kvalificerad-lvu", pnr::TEEN_17, &[], true),
    (
        "umgangesstod",
        pnr::CHILD_9,
        &["--court-ref", "T 1234-26", "--guardians", "2"],
        true,
    ),
    (
        "ledsagning-sol",
        pnr::SENIOR_70,
        &["--consent", "self"],
        false,
    ),
    (
        "ledsagarservice-lss",
        pnr::YOUNG_25,
        &["--consent", "self", "--lss-group", "2"],
        false,
    ),
];

#[test]
fn every_intervention_type_has_a_template_and_a_grant_path() {
    let env = Env::new();
    for (insats, number, extra, child) in CASES {
        let case = env.apply(number, insats, extra);
        let mut doc = template(&env, case);
        assert_eq!(doc["case_id"], case);
        assert_eq!(doc["guideline"], "standard 2026.2");
        assert_eq!(doc["insats"], insats);
        assert_eq!(doc.get("child").is_some(), child, "{insats}: child section");
        let questions = doc["questions"].as_array().unwrap().clone();
        assert!(!questions.is_empty(), "{insats}");
        for q in &questions {
            assert!(q["answer"].is_null(), "the template has no answers");
            assert_eq!(q["note"], "");
            assert!(q["grant_if"].is_boolean());
            assert!(q["rule"].is_string() && q["text"].is_string());
        }
        fill_for_grant(&mut doc);
        let result = assess(&env, case, &doc);
        assert_eq!(result["case_id"], case);
        assert_eq!(result["recommendation"], "grant", "{insats}");
        assert_eq!(result["status"], "completed");
        assert_eq!(result["guideline"], "standard 2026.2");
        assert_eq!(result["case_status"], "assessed");
        assert!(
            !rules(&result).is_empty(),
            "a grant gives its reasons by rule"
        );
        assert_eq!(
            result["answers"].as_array().unwrap().len(),
            questions.len(),
            "{insats}"
        );
        let show = env.json(&["show", &case.to_string()]);
        assert_eq!(show["status"], "assessed");
        assert_eq!(show["assessment"]["recommendation"], "grant");
        assert_eq!(show["assessment"]["status"], "completed");
        let last = show["journal"].as_array().unwrap().last().unwrap().clone();
        let text = last["text"].as_str().unwrap();
        assert!(text.contains("Rekommendation: bevilja"), "{text}");
        assert_eq!(last["kind"], "event");
    }
}

#[test]
fn every_intervention_type_has_a_reject_path_naming_the_rule() {
    let env = Env::new();
    for (insats, number, extra, _) in CASES {
        let case = env.apply(number, insats, extra);
        let mut doc = template(&env, case);
        fill_for_grant(&mut doc);
        let first = doc["questions"][0].clone();
        let id = first["id"].as_str().unwrap();
        let no = against(&doc, id);
        set(&mut doc, id, no);
        let result = assess(&env, case, &doc);
        assert_eq!(result["recommendation"], "reject", "{insats}");
        let reasons = result["reasons"].as_array().unwrap();
        assert_eq!(reasons.len(), 1, "{insats}: {reasons:?}");
        assert_eq!(reasons[0]["rule"], first["rule"]);
        assert!(
            reasons[0]["text"]
                .as_str()
                .unwrap()
                .contains(first["text"].as_str().unwrap())
        );
        let human = env.ok(&["show", &case.to_string()]);
        assert!(human.contains("avslå"), "{human}");
        let log = env.json(&["log", &case.to_string()]);
        let text = log["entries"].as_array().unwrap().last().unwrap()["text"].clone();
        let text = text.as_str().unwrap();
        assert!(text.contains("Rekommendation: avslå"), "{text}");
        assert!(
            text.contains(&format!("{}: ", first["rule"].as_str().unwrap())),
            "{text}"
        );
    }
}

/// Applies, fills for a grant, turns question `id` against it, and returns the result.
fn reject_on(insats: &str, number: &str, extra: &[&str], id: &str) -> (Env, Value) {
    let env = Env::new();
    let case = env.apply(number, insats, extra);
    let mut doc = template(&env, case);
    fill_for_grant(&mut doc);
    let no = against(&doc, id);
    set(&mut doc, id, no);
    let result = assess(&env, case, &doc);
    (env, result)
}

fn assert_rejected_by(result: &Value, rule: &str) {
    assert_eq!(result["recommendation"], "reject");
    assert_eq!(rules(result), [rule], "{result}");
}

#[test]
fn a1_kontaktperson_sol_without_a_poor_network_is_rejected_under_a1() {
    let (_, r) = reject_on(
        "kontaktperson-sol",
        pnr::ADULT,
        &["--consent", "self"],
        "kp-sol-natverk",
    );
    assert_rejected_by(&r, "A1");
    assert!(
        r["reasons"][0]["text"]
            .as_str()
            .unwrap()
            .contains("nätverk")
    );
}

#[test]
fn a1_interpreting_is_an_exclusion() {
    let (_, r) = reject_on(
        "kontaktperson-sol",
        pnr::ADULT,
        &["--consent", "self"],
        "kp-sol-tolkning",
    );
    assert_rejected_by(&r, "A1");
    assert!(
        r["reasons"][0]["text"]
            .as_str()
            .unwrap()
            .starts_with("Hinder")
    );
}

#[test]
fn a2_questions_apply_from_65_and_special_housing_adds_its_own() {
    let env = Env::new();
    let adult = env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    let senior = env.apply(pnr::SENIOR_70, "kontaktperson-sol", &["--consent", "self"]);
    let special = env.apply(
        pnr::CENTENARIAN,
        "kontaktperson-sol",
        &["--consent", "self", "--housing", "special"],
    );
    let a2 = |doc: &Value| -> Vec<String> {
        doc["questions"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|q| q["rule"] == "A2")
            .map(|q| q["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(a2(&template(&env, adult)).is_empty());
    let senior_ids = a2(&template(&env, senior));
    assert_eq!(senior_ids.len(), 4, "{senior_ids:?}");
    assert!(!senior_ids.contains(&"kp-sol-65-sarskilt-boende".to_string()));
    let special_ids = a2(&template(&env, special));
    assert!(special_ids.contains(&"kp-sol-65-sarskilt-boende".to_string()));
}

#[test]
fn a2_a_senior_not_first_referred_to_meeting_places_is_rejected_under_a2() {
    let (_, r) = reject_on(
        "kontaktperson-sol",
        pnr::SENIOR_70,
        &["--consent", "self"],
        "kp-sol-65-traffpunkt",
    );
    assert_rejected_by(&r, "A2");
}

#[test]
fn a3_help_with_finances_is_an_exclusion_under_a3() {
    let (_, r) = reject_on(
        "kontaktperson-sol",
        pnr::ADULT,
        &["--consent", "self"],
        "kp-sol-ekonomi",
    );
    assert_rejected_by(&r, "A3");
    assert!(
        r["reasons"][0]["text"]
            .as_str()
            .unwrap()
            .starts_with("Hinder")
    );
}

#[test]
fn a4_kontaktperson_lss_outside_the_target_group_is_rejected_under_a4() {
    let (_, r) = reject_on(
        "kontaktperson-lss",
        pnr::ADULT_MAN,
        &["--consent", "self", "--lss-group", "1"],
        "kp-lss-personkrets",
    );
    assert_rejected_by(&r, "A4");
}

#[test]
fn a4_special_housing_asks_whether_the_housing_meets_the_need() {
    let env = Env::new();
    let case = env.apply(
        pnr::ADULT_MAN,
        "kontaktperson-lss",
        &["--consent", "self", "--housing", "special"],
    );
    let ids = question_ids(&template(&env, case));
    assert!(ids.contains(&"kp-lss-boende-utrett".to_string()), "{ids:?}");
    assert!(ids.contains(&"kp-lss-boende-tillgodoser".to_string()));
    let mut doc = template(&env, case);
    fill_for_grant(&mut doc);
    set(&mut doc, "kp-lss-boende-tillgodoser", json!(true));
    assert_rejected_by(&assess(&env, case, &doc), "A4");
}

#[test]
fn a5_kvalificerad_sol_when_an_ordinary_contact_person_would_do_is_rejected_under_a5() {
    let (_, r) = reject_on(
        "kvalificerad-sol",
        pnr::TEEN_16,
        &["--consent", "self"],
        "kq-sol-vanlig-kontaktperson",
    );
    assert_rejected_by(&r, "A5");
}

#[test]
fn a6_umgangesstod_without_looking_into_violence_is_rejected_under_a6() {
    let (_, r) = reject_on(
        "umgangesstod",
        pnr::CHILD_9,
        &["--court-ref", "T 1234-26", "--guardians", "2"],
        "ugs-vald-utrett",
    );
    assert_rejected_by(&r, "A6");
}

#[test]
fn a7_ledsagning_when_fardtjanst_meets_the_need_is_rejected_under_a7() {
    let (_, r) = reject_on(
        "ledsagning-sol",
        pnr::SENIOR_70,
        &["--consent", "self"],
        "led-sol-fardtjanst",
    );
    assert_rejected_by(&r, "A7");
    let (_, r) = reject_on(
        "ledsagarservice-lss",
        pnr::YOUNG_25,
        &["--consent", "self", "--lss-group", "2"],
        "led-lss-hemtjanst",
    );
    assert_rejected_by(&r, "A7");
}

/// A8: that a relative cannot be appointed is information the caseworker gives, not a need
/// criterion: a "no" (not told yet) does not recommend rejection; matching excludes relatives
/// itself (M3).
#[test]
fn a8_telling_the_individual_about_relatives_is_information_not_a_criterion() {
    let (_, r) = reject_on(
        "kontaktperson-sol",
        pnr::ADULT,
        &["--consent", "self"],
        "kp-sol-anhorig",
    );
    assert_eq!(r["recommendation"], "grant", "{r}");
    assert!(!rules(&r).contains(&"A8".to_string()), "{r}");
}

#[test]
fn k5_a_person_who_does_not_want_the_intervention_is_rejected_under_k5() {
    let (_, r) = reject_on(
        "kontaktperson-sol",
        pnr::ADULT,
        &["--consent", "self"],
        "kp-sol-forstar",
    );
    assert_rejected_by(&r, "K5");
}

#[test]
fn k6_kvalificerad_sol_without_a_risk_is_rejected_under_k6() {
    let (_, r) = reject_on(
        "kvalificerad-sol",
        pnr::YOUNG_20,
        &["--consent", "self"],
        "kq-sol-risk",
    );
    assert_rejected_by(&r, "K6");
}

#[test]
fn k3_lvu_without_serious_behaviour_problems_is_rejected_under_k3() {
    let (_, r) = reject_on("kvalificerad-lvu", pnr::TEEN_17, &[], "kq-lvu-beteende");
    assert_rejected_by(&r, "K3");
}

#[test]
fn k4_umgangesstod_agreed_by_the_parents_is_rejected_under_k4() {
    let (_, r) = reject_on(
        "umgangesstod",
        pnr::CHILD_9,
        &["--court-ref", "T 1234-26", "--guardians", "2"],
        "ugs-foraldraavtal",
    );
    assert_rejected_by(&r, "K4");
}

#[test]
fn c1_the_childs_best_interest_question_is_asked_for_children_only() {
    let env = Env::new();
    let adult = env.apply(pnr::ADULT, "ledsagning-sol", &["--consent", "self"]);
    let child = env.apply(pnr::CHILD_14, "ledsagning-sol", &["--consent", "guardian"]);
    assert!(!question_ids(&template(&env, adult)).contains(&"led-sol-barnets-basta".into()));
    let mut doc = template(&env, child);
    assert!(question_ids(&doc).contains(&"led-sol-barnets-basta".into()));
    fill_for_grant(&mut doc);
    set(&mut doc, "led-sol-barnets-basta", json!(false));
    assert_rejected_by(&assess(&env, child, &doc), "C1");
}

#[test]
fn c1_a_child_heard_is_recorded_in_own_words_and_how() {
    let env = Env::new();
    let case = env.apply(
        pnr::CHILD_14,
        "kontaktperson-sol",
        &["--consent", "guardian"],
    );
    let mut doc = template(&env, case);
    fill_for_grant(&mut doc);
    let result = assess(&env, case, &doc);
    assert_eq!(result["recommendation"], "grant");
    assert_eq!(result["child"]["heard"], true);
    assert_eq!(
        result["child"]["own_words"],
        "Jag vill ha någon att hitta på saker med."
    );
    let c = env.conn();
    let (heard, words, how): (i64, String, String) = c
        .query_row(
            "SELECT child_heard, child_own_words, child_how FROM assessment",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(heard, 1);
    assert!(words.contains("hitta på"));
    assert!(how.contains("Enskilt samtal"));
    let log = env.json(&["log", &case.to_string()]);
    let last = log["entries"].as_array().unwrap().last().unwrap()["text"].clone();
    assert!(
        last.as_str().unwrap().contains("Barnet har hörts"),
        "{last}"
    );
    let human = env.ok(&["show", &case.to_string()]);
    assert!(human.contains("utredning         #1 klar"), "{human}");
}

#[test]
fn c1_a_child_not_heard_needs_the_reason_why() {
    let env = Env::new();
    let case = env.apply(
        pnr::CHILD_9,
        "umgangesstod",
        &["--court-ref", "T 1234-26", "--guardians", "2"],
    );
    let mut doc = template(&env, case);
    fill_for_grant(&mut doc);
    doc["child"] = json!({"heard": false, "own_words": "", "how": "", "maturity": "",
                          "not_heard_reason": ""});
    let before = env.dump();
    let out = submit(&env, case, &doc);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("child.not_heard_reason"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("(C1)"));
    assert_eq!(env.dump(), before, "nothing stored");

    doc["child"]["not_heard_reason"] = json!("Barnet ville inte prata med socialtjänsten.");
    let result = assess(&env, case, &doc);
    assert_eq!(result["recommendation"], "grant");
    assert_eq!(result["child"]["heard"], false);
}

#[test]
fn c1_a_childs_case_without_the_child_section_is_refused_and_nothing_stored() {
    let env = Env::new();
    let case = env.apply(
        pnr::CHILD_14,
        "kontaktperson-sol",
        &["--consent", "guardian"],
    );
    let mut doc = template(&env, case);
    fill_for_grant(&mut doc);
    doc.as_object_mut().unwrap().remove("child");
    let before = env.dump();
    let out = submit(&env, case, &doc);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("child: missing"), "{err}");
    assert!(err.contains("(C1)"), "{err}");
    assert_eq!(env.dump(), before);
}

#[test]
fn c2_a_child_heard_needs_the_note_on_age_and_maturity() {
    let env = Env::new();
    let case = env.apply(
        pnr::CHILD_14,
        "kontaktperson-sol",
        &["--consent", "guardian"],
    );
    let mut doc = template(&env, case);
    fill_for_grant(&mut doc);
    doc["child"]["maturity"] = json!(" ");
    let before = env.dump();
    let out = submit(&env, case, &doc);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("child.maturity"), "{err}");
    assert!(err.contains("(C2)"), "{err}");
    assert_eq!(env.dump(), before);
}

#[test]
fn c2_the_childs_view_not_weighed_is_rejected_under_c2() {
    let (_, r) = reject_on(
        "kontaktperson-sol",
        pnr::CHILD_14,
        &["--consent", "guardian"],
        "kp-sol-barnets-asikt",
    );
    assert_rejected_by(&r, "C2");
}

#[test]
fn g2_unsure_rejects_until_resolved_and_a_redo_supersedes_the_earlier() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "ledsagning-sol", &["--consent", "self"]);
    let mut doc = template(&env, case);
    fill_for_grant(&mut doc);
    set(&mut doc, "led-sol-fardtjanst", json!("unsure"));
    let first = assess(&env, case, &doc);
    assert_rejected_by(&first, "A7");
    assert!(
        first["reasons"][0]["text"]
            .as_str()
            .unwrap()
            .starts_with("Oklart")
    );
    assert_eq!(first["answers"][1]["answer"], "unsure");

    // Resolved: the assessment is redone and the earlier one stays, superseded.
    set(&mut doc, "led-sol-fardtjanst", json!(false));
    let second = assess(&env, case, &doc);
    assert_eq!(second["recommendation"], "grant");
    assert_eq!(second["superseded"], json!([first["assessment_id"]]));
    let c = env.conn();
    let statuses: Vec<String> = c
        .prepare("SELECT status FROM assessment ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(statuses, ["superseded", "completed"]);
    let answers: i64 = c
        .query_row("SELECT count(*) FROM answer", [], |r| r.get(0))
        .unwrap();
    assert_eq!(answers as usize, 2 * question_ids(&doc).len(), "both kept");
    let show = env.json(&["show", &case.to_string()]);
    assert_eq!(show["assessment"]["assessment_id"], second["assessment_id"]);
    assert_eq!(show["assessment"]["superseded"], 1);
    let human = env.ok(&["show", &case.to_string()]);
    assert!(human.contains("1 tidigare ersatt"), "{human}");
}

#[test]
fn a_bad_answers_document_lists_every_problem_and_stores_nothing() {
    let env = Env::new();
    let case = env.apply(
        pnr::CHILD_14,
        "kontaktperson-sol",
        &["--consent", "guardian"],
    );
    let mut doc = template(&env, case);
    fill_for_grant(&mut doc);
    doc["case_id"] = json!(99);
    doc["guideline"] = json!("standard 2025.9");
    set(&mut doc, "kp-sol-natverk", json!("ja"));
    set(&mut doc, "kp-sol-fritid", Value::Null);
    doc["questions"][3]["note"] = json!(5);
    doc["questions"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "kp-sol-okand", "answer": true}));
    doc["questions"].as_array_mut().unwrap().remove(4);
    doc["child"]["heard"] = json!("ja");
    doc["extra"] = json!(true);
    let before = env.dump();
    let out = submit(&env, case, &doc);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let lines: Vec<&str> = err.trim_end().lines().collect();
    assert!(
        lines[0].starts_with("error: the answers document has 9 problems; nothing was stored"),
        "{err}"
    );
    for needle in [
        "extra: unknown field",
        "case_id: the document is for case 99",
        "guideline: the document is for 'standard 2025.9'",
        "(kp-sol-natverk).answer: \"ja\" is not an answer",
        "(kp-sol-fritid).answer: missing",
        ".note: expected a string",
        "unknown question 'kp-sol-okand'",
        "question 'kp-sol-lss-personkrets' (A1) is missing",
        "child.heard: expected true or false",
    ] {
        assert!(err.contains(needle), "{needle:?} not in:\n{err}");
    }
    assert_eq!(
        lines.len(),
        10,
        "a summary and one line per problem:\n{err}"
    );
    assert!(!err.contains("panicked"));
    assert_eq!(env.dump(), before, "nothing stored");

    std::fs::write(env.dir.path().join("broken.json"), "{\"case_id\": ").unwrap();
    let out = env.run(&["assess", "1", "--answers", "broken.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("not valid JSON"), "{}", stderr(&out));
    let out = env.run(&["assess", "1", "--answers", "missing.json"]);
    assert_fails(&out, 1, "cannot read the answers document");
    assert_eq!(env.dump(), before);
}

#[test]
fn answers_can_come_from_stdin() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    let mut doc = template(&env, case);
    fill_for_grant(&mut doc);
    let out = env
        .cmd()
        .args(["--json", "assess", "1", "--answers", "-"])
        .write_stdin(doc.to_string())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["recommendation"], "grant");
    assert_eq!(v["case_id"], case);
    assert!(v["assessment_id"].is_i64());
    assert_eq!(v["guideline_hash"].as_str().unwrap().len(), 64);
}

#[test]
fn without_a_terminal_and_without_answers_the_command_names_the_flag() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    let before = env.dump();
    assert_fails(&env.run(&["assess", "1"]), 2, "--answers FILE");
    assert_fails(
        &env.run(&["assess", "1", "--template", "--answers", "x"]),
        2,
        "--answers",
    );
    assert_fails(&env.run(&["assess", "7", "--template"]), 1, "no case 7");
    assert_eq!(env.dump(), before);
}

#[test]
fn the_human_result_carries_the_recommendation_and_reasons_by_rule() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    let mut doc = template(&env, case);
    fill_for_grant(&mut doc);
    set(&mut doc, "kp-sol-forstar", json!(false));
    set(&mut doc, "kp-sol-anhorig", json!("unsure"));
    let path = env.dir.path().join("a.json");
    std::fs::write(&path, doc.to_string()).unwrap();
    let human = env.ok(&["assess", "1", "--answers", path.to_str().unwrap()]);
    assert!(human.contains("Rekommendation: avslå"), "{human}");
    // The questions by their texts, wrapped at word boundaries; no ids.
    assert!(!human.contains("kp-sol-forstar"), "{human}");
    assert!(human.contains("K5  Kriteriet är inte uppfyllt"), "{human}");
    // A8 is information to give: unsure there is no reason against the grant.
    assert!(!human.contains("A8  Oklart"), "{human}");
    assert!(human.contains("ärendets status: assessed"), "{human}");
    // The human template keeps docs/cli.md's order of keys.
    let text = env.ok(&["assess", "1", "--template"]);
    let case_at = text.find("\"case_id\"").unwrap();
    let guideline_at = text.find("\"guideline\"").unwrap();
    let questions_at = text.find("\"questions\"").unwrap();
    assert!(
        case_at < guideline_at && guideline_at < questions_at,
        "{text}"
    );
}

#[test]
fn demo_cases_carry_completed_assessments_with_the_child_section_for_children() {
    let env = Env::new();
    let out = env.bare().args(["demo", "--cases", "60"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let c = rusqlite::Connection::open(env.dir.path().join("insats-demo.db")).unwrap();
    let count = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap() };
    let assessed = count("SELECT count(*) FROM assessment WHERE status = 'completed'");
    assert!(assessed > 0 && assessed < 60, "{assessed}");
    // Every case decided was assessed first (G6); some went on to decisions, and some
    // applications were taken back before or after their assessment (F9).
    assert_eq!(
        count(
            "SELECT count(*) FROM cases c WHERE status NOT IN ('application', 'written_off')
               OR (status = 'written_off' AND reopens_to = 'assessed')"
        ),
        assessed
    );
    assert!(count("SELECT count(*) FROM assessment WHERE recommendation = 'grant'") > 0);
    assert!(count("SELECT count(*) FROM assessment WHERE recommendation = 'reject'") > 0);
    // C1: every assessed child has the child section.
    assert_eq!(
        count(
            "SELECT count(*) FROM assessment a JOIN cases c ON c.id = a.case_id
             JOIN person p ON p.id = c.person_id
             WHERE date(p.birth_date, '+18 years') > a.completed_day AND a.child_heard IS NULL"
        ),
        0
    );
    assert!(count("SELECT count(*) FROM assessment WHERE child_heard IS NOT NULL") > 0);
    assert_eq!(
        count("SELECT count(*) FROM journal WHERE text LIKE 'Bedömning enligt riktlinjen%'"),
        assessed
    );
}
