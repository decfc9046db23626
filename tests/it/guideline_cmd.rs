//! `guideline show|export|import`: a municipality sees the guideline, writes it out and loads
//! its own; an import is checked in full and stored only when sound (R3: references are data).

use std::os::unix::fs::PermissionsExt;

use serde_json::{Value, json};

use crate::common::*;

fn exported(env: &Env) -> Value {
    serde_json::from_str(&env.ok(&["guideline", "export"])).expect("the export is JSON")
}

fn write(env: &Env, name: &str, doc: &Value) -> String {
    let path = env.dir.path().join(name);
    std::fs::write(&path, serde_json::to_string_pretty(doc).unwrap()).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn show_and_export_work_without_a_file_and_create_none() {
    let env = Env::new();
    let human = env.ok(&["guideline", "show"]);
    assert!(human.contains("Guideline standard 2026.2"), "{human}");
    assert!(human.contains("not stored in the file yet"), "{human}");
    assert!(human.contains("kontaktperson-sol"), "{human}");
    assert!(human.contains("questions"), "{human}");
    let v = env.json(&["guideline", "show"]);
    assert_eq!(v["label"], "standard 2026.2");
    assert!(v["guideline_id"].is_null());
    assert_eq!(v["hash"].as_str().unwrap().len(), 64);
    assert_eq!(
        v["guideline"]["interventions"].as_object().unwrap().len(),
        7
    );
    let doc = exported(&env);
    assert_eq!(doc["id"], "standard");
    assert_eq!(
        doc, v["guideline"],
        "show --json carries the whole guideline"
    );
    assert_eq!(env.json(&["guideline", "export"]), doc);
    assert!(!env.db.exists(), "reading the guideline makes no file");
}

#[test]
fn show_on_a_file_without_a_stored_guideline_writes_nothing() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    let before = env.dump();
    let v = env.json(&["guideline", "show"]);
    assert!(v["guideline_id"].is_null());
    env.ok(&["guideline", "export"]);
    assert_eq!(env.dump(), before);
}

#[test]
fn export_to_a_file_is_private_and_reads_back() {
    let env = Env::new();
    let out = env.dir.path().join("riktlinje.json");
    let v = env.json(&["guideline", "export", "--out", out.to_str().unwrap()]);
    assert_eq!(v["label"], "standard 2026.2");
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(doc, exported(&env));
    assert!(!env.db.exists());
}

#[test]
fn r3_an_imported_guideline_is_stored_with_id_version_and_hash_and_used() {
    let env = Env::new();
    let mut doc = exported(&env);
    doc["id"] = json!("exempelstad");
    doc["version"] = json!("2027.1");
    doc["settings"]["economy_max_months"] = json!(3);
    let path = write(&env, "g.json", &doc);
    let v = env.json(&["guideline", "import", &path]);
    assert_eq!(v["id"], "exempelstad");
    assert_eq!(v["version"], "2027.1");
    assert_eq!(v["label"], "exempelstad 2027.1");
    assert_eq!(v["active"], true);
    assert_eq!(v["new"], true);
    assert_eq!(v["hash"].as_str().unwrap().len(), 64);
    let shown = env.json(&["guideline", "show"]);
    assert_eq!(shown["label"], "exempelstad 2027.1");
    assert_eq!(shown["source"], "imported");
    assert_eq!(shown["guideline_id"], v["guideline_id"]);
    assert_eq!(shown["hash"], v["hash"]);
    assert_eq!(shown["guideline"]["settings"]["economy_max_months"], 3);
    let audited: i64 = env
        .conn()
        .query_row(
            "SELECT count(*) FROM audit WHERE command = 'guideline' AND action LIKE '%exempelstad 2027.1%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 1);

    // New assessments follow it.
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    let t = env.json(&["assess", &case.to_string(), "--template"]);
    assert_eq!(t["guideline"], "exempelstad 2027.1");

    // The same document again: nothing new, active again.
    let again = env.json(&["guideline", "import", &path]);
    assert_eq!(again["new"], false);
    assert_eq!(again["guideline_id"], v["guideline_id"]);
    let rows: i64 = env
        .conn()
        .query_row("SELECT count(*) FROM guideline", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 1);
}

#[test]
fn r3_a_bad_guideline_lists_every_problem_and_stores_nothing() {
    let env = Env::new();
    let mut doc = exported(&env);
    doc["version"] = json!("");
    doc["interventions"]
        .as_object_mut()
        .unwrap()
        .remove("umgangesstod");
    doc["interventions"]["ledsagning-sol"]["questions"][0]["rule"] = json!("Z9");
    doc["surprise"] = json!(1);
    let path = write(&env, "bad.json", &doc);

    // No file yet: none is made.
    let out = env.run(&["guideline", "import", &path]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let lines: Vec<&str> = err.trim_end().lines().collect();
    assert!(
        lines[0].starts_with("error: the guideline has 4 problems; nothing was stored"),
        "{err}"
    );
    for needle in [
        "surprise: unknown field",
        "interventions.ledsagning-sol.questions[0].rule",
        "missing intervention type 'umgangesstod'",
        "version: must be non-empty",
    ] {
        assert!(err.contains(needle), "{needle:?} not in:\n{err}");
    }
    assert_eq!(lines.len(), 5, "{err}");
    assert!(!env.db.exists());

    // Wrong types are each named too.
    let mut typed = exported(&env);
    typed["settings"]["adult_age"] = json!("arton");
    typed["interventions"]["kontaktperson-sol"]["max_months"] = json!(-1);
    let typed = write(&env, "typed.json", &typed);
    let out = env.run(&["guideline", "import", &typed]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("settings.adult_age: invalid type"), "{err}");
    assert!(
        err.contains("interventions.kontaktperson-sol.max_months"),
        "{err}"
    );
    assert!(!env.db.exists());

    // An existing file is left as it was.
    env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    let before = env.dump();
    let out = env.run(&["guideline", "import", &path]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(env.dump(), before);
    std::fs::write(env.dir.path().join("x.json"), "not json").unwrap();
    let out = env.run(&["guideline", "import", "x.json"]);
    assert_fails(&out, 1, "invalid JSON");
    assert_fails(
        &env.run(&["guideline", "import", "nowhere.json"]),
        1,
        "cannot read nowhere.json",
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn r3_another_document_under_a_stored_id_and_version_is_refused() {
    let env = Env::new();
    let mut doc = exported(&env);
    doc["version"] = json!("2027.1");
    let first = write(&env, "a.json", &doc);
    env.ok(&["guideline", "import", &first]);
    doc["settings"]["lvu_review_months"] = json!(3);
    let second = write(&env, "b.json", &doc);
    let before = env.dump();
    assert_fails(
        &env.run(&["guideline", "import", &second]),
        1,
        "give the new document a new version",
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn a_completed_assessment_keeps_its_guideline_when_a_newer_one_arrives() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    let mut answers = crate::assess::template(&env, case);
    crate::assess::fill_for_grant(&mut answers);
    let done = crate::assess::assess(&env, case, &answers);
    assert_eq!(done["guideline"], "standard 2026.2");

    let mut doc = exported(&env);
    doc["version"] = json!("2027.1");
    let path = write(&env, "g.json", &doc);
    env.ok(&["guideline", "import", &path]);
    let show = env.json(&["show", &case.to_string()]);
    assert_eq!(show["assessment"]["guideline"], "standard 2026.2");
    assert_eq!(
        env.json(&["assess", &case.to_string(), "--template"])["guideline"],
        "standard 2027.1",
        "a redone assessment follows the newer guideline"
    );
}
