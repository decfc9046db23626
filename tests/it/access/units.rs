//! S3: a case belongs to a unit; a caseworker of another unit needs a stated reason, which is
//! logged and comes first in the log review. Reports and lists are not barred by unit.

use crate::common::*;

/// A case of the unit "Vuxen", a caseworker there and one in "LSS", a manager of no unit.
fn two_units() -> (Env, i64) {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    env.ok(&[
        "unit",
        &case.to_string(),
        "Vuxen",
        "--note",
        "Enhetens ärende.",
    ]);
    env.staff("vuxen.cw", &["caseworker"], &["Vuxen"]);
    env.staff("lss.cw", &["caseworker"], &["LSS"]);
    env.staff("chefen", &["manager"], &[]);
    (env, case)
}

/// S3: reading or changing one case of another unit is refused without --access-reason
/// (exit 3, a denied line, nothing else changed), and allowed with it (an outside_unit line
/// with the reason).
#[test]
fn s3_another_units_case_needs_a_stated_reason() {
    let (env, case) = two_units();
    let c = case.to_string();
    for args in [
        vec!["show", c.as_str()],
        vec!["log", c.as_str()],
        vec!["log", c.as_str(), "--note", "Samtal."],
        vec!["assess", c.as_str(), "--template"],
    ] {
        let before = env.dump();
        let out = env.run_as("lss.cw", &args);
        assert_fails(&out, 3, "refused (S3)");
        assert!(stderr(&out).contains("--access-reason"), "{}", stderr(&out));
        assert_eq!(env.dump(), before, "{args:?} changed the file");
        let line = env.last_access();
        assert_eq!((line.kind.as_str(), line.case_id), ("denied", Some(case)));
        assert!(line.reason.unwrap().starts_with("S3"));
    }
    // --reason is the flag of rejections and declines; the barrier asks for --access-reason.
    let out = env
        .as_user("lss.cw")
        .args([
            "show",
            &c,
            "--access-reason",
            "Jourärende, ordinarie handläggare sjuk.",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let line = env.last_access();
    assert_eq!(line.kind, "outside_unit");
    assert_eq!(line.case_id, Some(case));
    assert_eq!(
        line.reason.as_deref(),
        Some("Jourärende, ordinarie handläggare sjuk.")
    );
    let out = env
        .as_user("lss.cw")
        .args([
            "log",
            &c,
            "--note",
            "Jouranteckning.",
            "--access-reason",
            "Jour.",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(env.last_access().kind, "outside_unit");
    // The unit's own caseworker and the manager need no reason.
    for who in ["vuxen.cw", "chefen"] {
        let out = env.run_as(who, &["show", &c]);
        assert!(out.status.success(), "{who}: {}", stderr(&out));
        assert_eq!(env.last_access().kind, "read");
    }
}

/// S3: reports and lists a role may run are not barred by unit.
#[test]
fn s3_reports_and_lists_are_not_barred_by_unit() {
    let (env, _) = two_units();
    for args in [
        vec!["list"],
        vec!["report", "reminders"],
        vec!["report", "expiring"],
    ] {
        let out = env.run_as("lss.cw", &args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
    let list = env
        .as_user("lss.cw")
        .args(["--json", "list"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(v["cases"].as_array().unwrap().len(), 1);
}

/// S3: new cases take their unit from the guideline's mapping of their type; an
/// administrator moves a case, and the journal says so.
#[test]
fn s3_a_case_takes_its_unit_from_the_guideline_and_an_administrator_moves_it() {
    let env = Env::new();
    let mut g: serde_json::Value = serde_json::from_str(&env.ok(&["guideline", "export"])).unwrap();
    g["version"] = serde_json::json!("2026.2-enheter");
    g["settings"]["units"] = serde_json::json!({
        "kontaktperson-sol": "Vuxen",
        "umgangesstod": "Barn och familj",
    });
    let path = env.dir.path().join("riktlinje.json");
    std::fs::write(&path, g.to_string()).unwrap();
    env.ok(&["guideline", "import", path.to_str().unwrap()]);
    let a = env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    let b = env.apply(pnr::SENIOR_70, "ledsagning-sol", &["--consent", "self"]);
    let unit = |case: i64| -> Option<String> {
        env.conn()
            .query_row("SELECT unit FROM cases WHERE id = ?1", [case], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(unit(a).as_deref(), Some("Vuxen"));
    assert_eq!(unit(b), None, "a type the guideline maps to no unit");
    env.staff("lss.cw", &["caseworker"], &["LSS"]);
    assert_fails(
        &env.run_as("lss.cw", &["show", &a.to_string()]),
        3,
        "refused (S3)",
    );
    assert!(
        env.run_as("lss.cw", &["show", &b.to_string()])
            .status
            .success()
    );
    // Only an administrator moves a case (S2).
    assert_fails(
        &env.run_as("lss.cw", &["unit", &a.to_string(), "LSS"]),
        3,
        "refused (S2)",
    );
    env.ok(&["unit", &a.to_string(), "LSS"]);
    assert_eq!(unit(a).as_deref(), Some("LSS"));
    assert!(
        env.run_as("lss.cw", &["show", &a.to_string()])
            .status
            .success()
    );
    let journal = env.json(&["log", &a.to_string()]);
    let texts: Vec<&str> = journal["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["text"].as_str().unwrap())
        .collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("från enheten Vuxen till enheten LSS")),
        "{texts:?}"
    );
    // A guideline mapping a type that does not exist is refused with the others' problems.
    g["version"] = serde_json::json!("2026.2-fel");
    g["settings"]["units"] = serde_json::json!({"kontaktperson": "Vuxen"});
    std::fs::write(&path, g.to_string()).unwrap();
    assert_fails(
        &env.run(&["guideline", "import", path.to_str().unwrap()]),
        1,
        "settings.units",
    );
}
