//! P1: the plan document for the order, its versions (kept, never edited), its export for the
//! individual, and its checks (every problem at once, nothing stored until sound).

use std::fs;

use super::*;

#[test]
fn p1_the_template_carries_the_orders_goals() {
    let env = Env::new();
    let case = started_case(&env, "2026-11-02");
    let t = env.json(&["plan", &case_str(case), "--template"]);
    assert_eq!(t["case_id"], case);
    assert_eq!(t["goals"][0]["goal"], "Bryta isolering");
    assert!(t["goals"][0]["activities"][0]["travel"].is_string());
    assert!(t["drawn_up"].is_null());
    // Without --json it is the same document.
    let human: Value =
        serde_json::from_str(&env.ok(&["plan", &case_str(case), "--template"])).unwrap();
    assert_eq!(human, t);
}

#[test]
fn p1_a_version_is_stored_shown_and_kept_when_a_new_one_comes() {
    let env = Env::new();
    let case = started_case(&env, "2026-11-02");
    let out = store_plan(&env, case, &plan_doc(case, "2026-11-10"));
    assert!(out.status.success(), "{}", stderr(&out));
    let stored: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(stored["version"], 1);
    let mut second = plan_doc(case, "2026-11-20");
    second["goals"][0]["sub_goals"] = serde_json::json!(["Gå till träffpunkten själv"]);
    assert!(store_plan(&env, case, &second).status.success());
    let shown = env.json(&["plan", &case_str(case)]);
    assert_eq!(shown["in_force"]["version"], 2);
    assert_eq!(
        shown["in_force"]["plan"]["goals"][0]["sub_goals"][0],
        "Gå till träffpunkten själv"
    );
    let versions = shown["versions"].as_array().unwrap();
    assert_eq!(versions.len(), 2);
    assert_eq!(
        versions[0]["plan"]["goals"][0]["sub_goals"][0], "Träffa andra människor varje vecka",
        "the first version is kept as it was"
    );
    let human = env.ok(&["plan", &case_str(case)]);
    assert!(human.contains("plan version 2 in force"), "{human}");
    assert!(human.contains("resa: Buss 3"), "{human}");
    // The journal records each version; the file refuses to change one.
    let journal = env.json(&["log", &case_str(case)]);
    let n = journal["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| {
            e["text"]
                .as_str()
                .unwrap()
                .contains("Genomförandeplan version")
        })
        .count();
    assert_eq!(n, 2);
    let refused = env
        .conn()
        .execute("UPDATE plan_version SET body = '{}' WHERE version = 1", []);
    assert!(refused.is_err(), "a stored version is never changed");
}

#[test]
fn p1_every_problem_is_listed_and_nothing_is_stored() {
    let env = Env::new();
    let case = started_case(&env, "2026-11-02");
    let mut doc = plan_doc(case, "2026-11-10");
    doc["goals"][0]["goal"] = "Lära sig simma".into();
    doc["goals"][0]["activities"][1]["travel"] = "".into();
    let before = env.dump();
    let out = store_plan(&env, case, &doc);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("3 problems; nothing was stored"), "{err}");
    assert!(
        err.contains("goals[0].goal: 'Lära sig simma' is not a goal of the order"),
        "{err}"
    );
    assert!(
        err.contains("the order's goal 'Bryta isolering' is missing"),
        "{err}"
    );
    assert!(
        err.contains("goals[0].activities[1].travel: missing: how the individual travels"),
        "{err}"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn p1_a_plan_too_large_is_refused() {
    let env = Env::new();
    let case = started_case(&env, "2026-11-02");
    let mut doc = plan_doc(case, "2026-11-10");
    doc["note"] = "x".repeat(70 * 1024).into();
    let path = env.dir.path().join("plan.json");
    fs::write(&path, doc.to_string()).unwrap();
    let before = env.dump();
    let out = env.run(&["plan", &case_str(case), "--file", path.to_str().unwrap()]);
    assert_fails(&out, 1, "more than the 65536 a plan may have");
    assert!(stderr(&out).contains("nothing was stored"));
    assert_eq!(env.dump(), before);
}

#[test]
fn p1_the_export_is_swedish_in_md_html_and_pdf() {
    let env = Env::new();
    let case = started_case(&env, "2026-11-02");
    assert_fails(
        &env.run(&["plan", &case_str(case), "--export", "md"]),
        1,
        "no plan in force",
    );
    assert!(
        store_plan(&env, case, &plan_doc(case, "2026-11-10"))
            .status
            .success()
    );
    let md = env.ok(&["plan", &case_str(case), "--export", "md"]);
    assert!(md.starts_with("# Genomförandeplan"), "{md}");
    assert!(md.contains("Resa till och från: Buss 3"), "{md}");
    assert!(md.contains("önskan att pröva"), "{md}");
    assert!(
        !md.contains("19900101"),
        "no personal identity number: {md}"
    );
    let html = env.ok(&["plan", &case_str(case), "--export", "html"]);
    assert!(html.contains("<h1>Genomförandeplan</h1>"), "{html}");
    let pdf = env.dir.path().join("plan.pdf");
    env.ok(&[
        "plan",
        &case_str(case),
        "--export",
        "pdf",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert!(fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    assert_fails(
        &env.run(&["plan", &case_str(case), "--export", "pdf"]),
        2,
        "needs --out",
    );
}

#[test]
fn p1_a_case_without_an_order_has_no_plan() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    assert_fails(
        &env.run(&["plan", &case_str(case), "--template"]),
        1,
        "no order in force",
    );
}

#[test]
fn p1_an_ended_intervention_keeps_its_plan_for_export() {
    let env = Env::new();
    let case = started_case(&env, "2026-11-02");
    assert!(
        store_plan(&env, case, &plan_doc(case, "2026-11-10"))
            .status
            .success()
    );
    env.ok(&[
        "follow-up",
        &case_str(case),
        "--outcome",
        "end",
        "--end-reason",
        "need_met_otherwise",
        "--note",
        "Behovet tillgodoses på annat sätt.",
        "--motivation",
        "Behovet tillgodoses på annat sätt.",
        "--no-communication-reason",
        "Uppgifterna kommer från den enskilde själv.",
    ]);
    let shown = env.json(&["plan", &case_str(case)]);
    assert!(shown["in_force"].is_null(), "the order ended: {shown}");
    assert_eq!(shown["versions"].as_array().unwrap().len(), 1);
    let md = env.ok(&["plan", &case_str(case), "--export", "md"]);
    assert!(md.contains("Version 1, upprättad 2026-11-10"), "{md}");
}
