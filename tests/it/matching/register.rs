//! The register and the recruitment pipeline (M6): steps, approval, masking (G5), the demo.

use super::*;
use crate::common::*;

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
    // The 32 of the register, and those recruited as the cases needed them.
    assert!(made["assignees"].as_u64().unwrap() >= 32, "{made}");
    let list = env.json(&["match", "assignee", "list"]);
    let assignees = list["assignees"].as_array().unwrap();
    assert_eq!(assignees.len() as u64, made["assignees"].as_u64().unwrap());
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
fn g5_an_assignees_relation_to_a_protected_person_shows_no_number() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &["--protected"]);
    env.apply(pnr::SENIOR_70, "ledsagning-sol", &[]);
    let a = env.json(&[
        "match",
        "assignee",
        "add",
        "--name",
        "Kim Kontakt",
        "--pnr",
        "198501012390",
        "--role",
        "kontaktperson",
        "--relative-of",
        pnr::ADULT,
        "--relative-of",
        pnr::SENIOR_70,
    ])["assignee_id"]
        .as_i64()
        .unwrap();
    let human = env.ok(&["match", "assignee", "show", &a.to_string()]);
    let doc = env.json(&["match", "assignee", "show", &a.to_string()]);
    let json = doc.to_string();
    for text in [&human, &json] {
        assert!(
            !text.contains("2385"),
            "the protected person's number: {text}"
        );
        assert!(
            text.contains("19560113"),
            "an unprotected relative is shown: {text}"
        );
    }
    assert!(human.contains("skyddad identitet"), "{human}");
    let protected: Vec<&serde_json::Value> = doc["relations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["protected"] == true)
        .collect();
    assert_eq!(protected.len(), 1, "{doc}");
    assert!(protected[0]["pnr"].is_null(), "{doc}");
}
