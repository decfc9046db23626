//! apply, show, list: registering applications and reading them back.

use crate::common::*;

#[test]
fn apply_registers_a_case_and_show_prints_it() {
    let env = Env::new();
    let v = env.json(&[
        "apply",
        "--pnr",
        pnr::ADULT,
        "--name",
        "Anna Andersson",
        "--insats",
        "kontaktperson-sol",
        "--received",
        "2026-11-02",
        "--consent",
        "self",
        "--address",
        "Storgatan 1",
    ]);
    assert_eq!(v["case_id"], 1);
    assert_eq!(v["person_id"], 1);
    assert_eq!(v["status"], "application");
    let show = env.json(&["show", "1"]);
    assert_eq!(show["case_id"], 1);
    assert_eq!(show["insats"], "kontaktperson-sol");
    assert_eq!(show["person"]["pnr"], "199001012385");
    assert_eq!(show["person"]["sex"], "female");
    assert_eq!(show["person"]["name"], "Anna Andersson");
    assert_eq!(show["age"], 36);
    assert_eq!(show["case"]["received"], "2026-11-02");
    assert_eq!(show["case"]["consent_self"], true);
    assert_eq!(show["case"]["consent_guardian"], false);
    assert_eq!(show["case"]["caseworker"], user());
    let journal = show["journal"].as_array().unwrap();
    assert_eq!(
        journal.len(),
        1,
        "G4: the application writes its own journal entry"
    );
    assert_eq!(journal[0]["kind"], "event");
    assert!(
        journal[0]["text"]
            .as_str()
            .unwrap()
            .contains("Ansökan om kontaktperson")
    );
    let human = env.ok(&["show", "1"]);
    assert!(human.contains("Ärende 1"), "{human}");
    assert!(human.contains("19900101-2385"), "{human}");
    assert!(human.contains("Ansökan om kontaktperson"), "{human}");
}

#[test]
fn the_same_person_is_reused_across_cases_whatever_the_written_form() {
    let env = Env::new();
    let a = env.json(&[
        "apply",
        "--pnr",
        "19900101-2385",
        "--name",
        "A",
        "--insats",
        "kontaktperson-sol",
    ]);
    let b = env.json(&[
        "apply",
        "--pnr",
        "900101-2385",
        "--name",
        "A",
        "--insats",
        "ledsagning-sol",
    ]);
    let c = env.json(&[
        "apply",
        "--pnr",
        "199001012385",
        "--name",
        "A",
        "--insats",
        "kontaktperson-lss",
    ]);
    assert_eq!(a["person_id"], b["person_id"]);
    assert_eq!(a["person_id"], c["person_id"]);
    assert_eq!(b["new_person"], false);
    let persons: i64 = env
        .conn()
        .query_row("SELECT count(*) FROM person", [], |r| r.get(0))
        .unwrap();
    assert_eq!(persons, 1);
}

#[test]
fn k4_umgangesstod_without_court_ref_is_refused_and_nothing_written() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    let before = env.dump();
    let out = env.run(&[
        "apply",
        "--pnr",
        pnr::CHILD_9,
        "--name",
        "Barn",
        "--insats",
        "umgangesstod",
    ]);
    assert_fails(&out, 3, "refused (K4)");
    assert!(stderr(&out).contains("--court-ref"));
    // A blank reference is no reference.
    let out = env.run(&[
        "apply",
        "--pnr",
        pnr::CHILD_9,
        "--name",
        "Barn",
        "--insats",
        "umgangesstod",
        "--court-ref",
        "  ",
    ]);
    assert_fails(&out, 3, "K4");
    assert_eq!(env.dump(), before);
}

#[test]
fn k4_umgangesstod_with_court_ref_is_registered_as_requested_by_court() {
    let env = Env::new();
    let id = env.apply(
        pnr::CHILD_9,
        "umgangesstod",
        &["--court-ref", "T 1234-26", "--guardians", "2"],
    );
    let show = env.json(&["show", &id.to_string()]);
    assert_eq!(show["case"]["court_ref"], "T 1234-26");
    assert_eq!(show["case"]["requested_by"], "court");
    assert_eq!(show["case"]["guardians"], 2);
}

#[test]
fn k4_the_file_itself_refuses_umgangesstod_without_court_ref() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    let err = env
        .conn()
        .execute("UPDATE cases SET insats = 'umgangesstod' WHERE id = 1", [])
        .unwrap_err();
    assert!(err.to_string().contains("CHECK"), "{err}");
}

/// K1: nothing is assumed for a child either: who asked is what the application says (here
/// nothing), and the guardians' consent is a fact recorded for each of them.
#[test]
fn children_get_no_defaults_and_adults_cannot_have_guardians() {
    let env = Env::new();
    let id = env.apply(
        pnr::CHILD_14,
        "kontaktperson-sol",
        &["--consent", "guardian", "--guardians", "2"],
    );
    let show = env.json(&["show", &id.to_string()]);
    assert_eq!(show["case"]["requested_by"], serde_json::Value::Null);
    assert_eq!(show["case"]["consent_guardian"], true);
    let by: Vec<&str> = show["consents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["by"].as_str().unwrap())
        .collect();
    assert_eq!(by, ["guardian-1", "guardian-2"]);
    let before = env.dump();
    let out = env.run(&[
        "apply",
        "--pnr",
        pnr::ADULT,
        "--name",
        "A",
        "--insats",
        "kontaktperson-sol",
        "--guardians",
        "1",
    ]);
    assert_fails(&out, 2, "children under 18");
    assert_eq!(env.dump(), before);
}

#[test]
fn bad_input_gets_one_line_the_right_exit_code_and_no_change() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    let before = env.dump();
    let base = ["apply", "--name", "A"];
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (
            vec!["--pnr", "19900101-2386", "--insats", "kontaktperson-sol"],
            1,
            "check digit",
        ),
        (
            vec!["--pnr", "19900230-2385", "--insats", "kontaktperson-sol"],
            1,
            "personal identity number",
        ),
        (
            vec!["--pnr", "1990-01-01-2385", "--insats", "kontaktperson-sol"],
            1,
            "personal identity number",
        ),
        (
            vec!["--pnr", "19900101 2385", "--insats", "kontaktperson-sol"],
            1,
            "personal identity number",
        ),
        (
            vec!["--pnr", pnr::ADULT, "--insats", "kontaktperson"],
            2,
            "possible values",
        ),
        (
            vec![
                "--pnr",
                pnr::ADULT,
                "--insats",
                "kontaktperson-sol",
                "--received",
                "2026-13-01",
            ],
            2,
            "YYYY-MM-DD",
        ),
        (
            vec![
                "--pnr",
                pnr::ADULT,
                "--insats",
                "kontaktperson-sol",
                "--received",
                "1/2/2026",
            ],
            2,
            "YYYY-MM-DD",
        ),
        (
            vec![
                "--pnr",
                pnr::ADULT,
                "--insats",
                "kontaktperson-sol",
                "--received",
                "2026-12-01",
            ],
            1,
            "after today",
        ),
        (
            vec![
                "--pnr",
                pnr::ADULT,
                "--insats",
                "kontaktperson-sol",
                "--lss-group",
                "4",
            ],
            2,
            "lss-group",
        ),
        (
            vec![
                "--pnr",
                pnr::ADULT,
                "--insats",
                "kontaktperson-sol",
                "--lss-group",
                "1",
            ],
            1,
            "LSS interventions only",
        ),
        (
            vec![
                "--pnr",
                pnr::ADULT,
                "--insats",
                "kontaktperson-sol",
                "--bogus",
            ],
            2,
            "--bogus",
        ),
    ];
    for (extra, code, needle) in cases {
        let mut args = base.to_vec();
        args.extend(extra.iter());
        let out = env.run(&args);
        assert_fails(&out, code, needle);
        // G5: the error never echoes the number the user typed back with more than they typed.
        assert!(!stderr(&out).contains("Test Testsson"));
    }
    assert_eq!(env.dump(), before);
}

#[test]
fn missing_flags_without_a_terminal_name_the_flag_and_create_nothing() {
    let env = Env::new();
    for (args, flag) in [
        (
            vec!["apply", "--name", "A", "--insats", "kontaktperson-sol"],
            "--pnr",
        ),
        (
            vec![
                "apply",
                "--pnr",
                pnr::ADULT,
                "--insats",
                "kontaktperson-sol",
            ],
            "--name",
        ),
        (
            vec!["apply", "--pnr", pnr::ADULT, "--name", "A"],
            "--insats",
        ),
    ] {
        let out = env.run(&args);
        assert_fails(&out, 2, flag);
    }
    assert!(!env.db.exists(), "a refused apply must not create the file");
}

#[test]
fn unknown_case_numbers_are_one_clear_error() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    let before = env.dump();
    assert_fails(&env.run(&["show", "42"]), 1, "no case 42");
    assert_fails(&env.run(&["log", "42"]), 1, "no case 42");
    assert_fails(&env.run(&["log", "42", "--note", "x"]), 1, "no case 42");
    // A value that is not a case number at all is usage (docs/cli.md: exit 2).
    assert_fails(&env.run(&["show", "abc"]), 2, "not a case number");
    assert_eq!(env.dump(), before);
}

#[test]
fn g5_list_masks_numbers_unless_revealed_and_reveal_is_audited() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    env.apply(pnr::SENIOR_70, "ledsagning-sol", &["--protected"]);
    let masked = env.ok(&["list"]);
    assert!(masked.contains("19900101-****"), "{masked}");
    assert!(!masked.contains("2385"), "{masked}");
    let v = env.json(&["list"]);
    assert_eq!(v["cases"][1]["pnr"], "19900101-****");
    // A protected identity's number is never listed, not even revealed (G5).
    assert_eq!(v["cases"][0]["pnr"], "skyddad identitet");
    let revealed = env.json(&["list", "--reveal"]);
    assert_eq!(revealed["cases"][1]["pnr"], "19900101-2385");
    assert_eq!(revealed["cases"][0]["pnr"], "skyddad identitet");
    let audited: i64 = env
        .conn()
        .query_row(
            "SELECT count(*) FROM audit WHERE action = 'list --reveal' AND user = ?1",
            [user()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 1);
}

#[test]
fn list_open_leaves_out_closed_cases() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    env.apply(pnr::SENIOR_70, "ledsagning-sol", &[]);
    env.conn()
        .execute("UPDATE cases SET status = 'rejected' WHERE id = 1", [])
        .unwrap();
    let all = env.json(&["list"]);
    let open = env.json(&["list", "--open"]);
    assert_eq!(all["cases"].as_array().unwrap().len(), 2);
    let open = open["cases"].as_array().unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0]["case_id"], 2);
}

#[test]
fn every_change_is_audited_with_user_day_and_command() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    env.staff("annan.handlaggare", &["caseworker"], &[]);
    env.as_user("annan.handlaggare")
        .args(["log", "1", "--note", "Samtal."])
        .assert()
        .success();
    let rows: Vec<(String, String, String, String)> = env
        .conn()
        .prepare("SELECT user, day, command, action FROM audit ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(rows.iter().any(|r| r.0 == user()
        && r.1 == TODAY
        && r.2 == "apply"
        && r.3 == "application registered"));
    assert!(rows.iter().any(|r| r.0 == for_user("annan.handlaggare")
        && r.2 == "log"
        && r.3.starts_with("journal note")));
}

#[test]
fn json_output_is_exactly_one_document_and_human_output_has_no_colour() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    let out = env.cmd().args(["--json", "list"]).output().unwrap();
    let text = stdout(&out);
    let mut stream = serde_json::Deserializer::from_str(&text).into_iter::<serde_json::Value>();
    assert!(stream.next().unwrap().is_ok());
    assert!(stream.next().is_none(), "more than one JSON document");
    let human = env.ok(&["show", "1"]);
    assert!(!human.contains('\x1b'), "colour without a terminal");
}

#[test]
fn today_flag_overrides_the_environment() {
    let env = Env::new();
    let v = env.json(&[
        "--today",
        "2026-01-15",
        "apply",
        "--pnr",
        pnr::ADULT,
        "--name",
        "A",
        "--insats",
        "kontaktperson-sol",
    ]);
    assert_eq!(v["received"], "2026-01-15");
    assert_fails(
        &env.run(&["--today", "2026-02-30", "list"]),
        2,
        "YYYY-MM-DD",
    );
}

#[test]
fn demo_makes_every_type_children_court_orders_and_protected_identities() {
    let env = Env::new();
    let out = env.bare().args(["demo", "--cases", "80"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let demo = env.dir.path().join("insats-demo.db");
    assert!(
        demo.exists(),
        "demo writes insats-demo.db in the current folder"
    );
    assert!(
        !env.dir.path().join(".local").exists(),
        "demo never touches the default file"
    );
    let c = rusqlite::Connection::open(&demo).unwrap();
    let count = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(count("SELECT count(*) FROM cases"), 80);
    assert_eq!(count("SELECT count(DISTINCT insats) FROM cases"), 7);
    assert!(count("SELECT count(*) FROM person WHERE guardians IS NOT NULL") > 0);
    assert!(count("SELECT count(*) FROM consent") > 0);
    assert_eq!(
        count("SELECT count(*) FROM cases WHERE insats = 'umgangesstod' AND court_ref IS NULL"),
        0
    );
    assert!(count("SELECT count(*) FROM person WHERE protected = 1") > 0);
    assert_eq!(
        count("SELECT count(*) FROM person WHERE protected = 1 AND address IS NOT NULL"),
        0
    );
    assert!(count("SELECT count(*) FROM journal") >= 80);
    // Every number is one of Skatteverket's test numbers.
    let list = include_str!("../../data/testpersonnummer.txt");
    let numbers: Vec<String> = c
        .prepare("SELECT pnr FROM person")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(numbers.iter().all(|n| list.lines().any(|l| l == n)));
    // Run again: the demo file is replaced, not doubled.
    env.bare()
        .args(["demo", "--cases", "10"])
        .assert()
        .success();
    let c = rusqlite::Connection::open(&demo).unwrap();
    let n: i64 = c
        .query_row("SELECT count(*) FROM cases", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 10);
}

#[test]
fn demo_never_overwrites_a_real_file() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    let before = env.dump();
    let out = env.run(&["demo", "--cases", "5"]);
    assert_fails(&out, 1, "not a demo file");
    assert_eq!(env.dump(), before);
}

#[test]
fn d4_wishes_and_area_are_recorded_on_the_case() {
    let env = Env::new();
    let id = env.apply(
        pnr::ADULT,
        "kontaktperson-sol",
        &[
            "--area",
            "Norr",
            "--wish-sex",
            "female",
            "--wish-languages",
            "Arabiska, finska",
            "--wish-interests",
            "fiske,Musik,fiske",
        ],
    );
    let show = env.json(&["show", &id.to_string()]);
    assert_eq!(show["case"]["area"], "Norr");
    assert_eq!(show["case"]["wishes"]["sex"], "female");
    assert_eq!(
        show["case"]["wishes"]["languages"],
        serde_json::json!(["arabiska", "finska"])
    );
    assert_eq!(
        show["case"]["wishes"]["interests"],
        serde_json::json!(["fiske", "musik"])
    );
    let human = env.ok(&["show", &id.to_string()]);
    assert!(human.contains("talar arabiska, finska"), "{human}");
}
