//! order: an order to the provider rests on a grant in force (G3), carries hours, goals and
//! special circumstances (D2) and is executed within three months of the decision (D3); the
//! export holds only what the provider needs.

use std::fs;

use crate::common::*;
use crate::decide_support::*;

fn granted(env: &Env, pnr: &str, extra: &[&str]) -> i64 {
    let mut a = vec!["--address", "Storgatan 1"];
    a.extend_from_slice(extra);
    let case = env.apply(pnr, "kontaktperson-sol", &a);
    complete_assessment(env, case, "grant", None);
    env.json(&strs(&grant_args(case, &["--meetings", "2"])));
    case
}

#[test]
fn g3_order_without_a_decision_is_refused() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    complete_assessment(&env, case, "grant", None);
    assert_refused(
        &env,
        &["order", &case.to_string(), "--provider", "Omsorg AB"],
        "G3",
    );
}

#[test]
fn g3_order_on_a_rejection_is_refused() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    complete_assessment(&env, case, "reject", None);
    env.json(&[
        "decide",
        &case.to_string(),
        "--reject",
        "--no-communication-reason",
        "Uppgifterna kommer från den enskilde själv.",
        "--reason",
        "Behovet tillgodoses på annat sätt.",
    ]);
    let err = assert_refused(
        &env,
        &["order", &case.to_string(), "--provider", "Omsorg AB"],
        "G3",
    );
    assert!(err.contains("rejection"), "{err}");
}

#[test]
fn g3_order_on_a_grant_carries_hours_goals_and_circumstances_d2_d3() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    assert_eq!(listed_status(&env, case), "application");
    complete_assessment(&env, case, "grant", None);
    assert_eq!(listed_status(&env, case), "assessed");
    env.json(&strs(&grant_args(case, &["--meetings", "2"])));
    assert_eq!(listed_status(&env, case), "decided");
    let v = env.json(&[
        "order",
        &case.to_string(),
        "--provider",
        "Kontaktpersonsenheten",
        "--note",
        "Den enskilde har hörselnedsättning.",
    ]);
    assert_eq!(v["order_id"], 1);
    assert_eq!(v["case_id"], case);
    assert_eq!(v["decision_id"], 1);
    // D3: the decision date (2026-11-23) plus three months.
    assert_eq!(v["execute_by"], "2027-02-23");
    assert_eq!(v["hours_per_month"], 10.0);
    assert_eq!(v["meetings_per_month"], 2);
    assert_eq!(v["goals"], serde_json::json!(["Bryta social isolering"]));
    assert_eq!(v["note"], "Den enskilde har hörselnedsättning.");
    assert_eq!(v["status"], "open");
    assert_eq!(v["case_status"], "ordered");
    assert_eq!(listed_status(&env, case), "ordered");
    let show = env.json(&["show", &case.to_string()]);
    assert_eq!(show["status"], "ordered");
    assert_eq!(show["order"]["provider"], "Kontaktpersonsenheten");
    let human = env.ok(&["show", &case.to_string()]);
    assert!(
        human.contains("beställning       #1 till Kontaktpersonsenheten"),
        "{human}"
    );
    // G4: every step is in the journal.
    let j = journal(&env, case);
    let texts: Vec<&str> = j.iter().map(|(_, t)| t.as_str()).collect();
    assert!(
        texts[0].starts_with("Ansökan om kontaktperson"),
        "{texts:?}"
    );
    assert!(texts.iter().any(|t| t.starts_with("Beslut #1: bifall")));
    let last = texts.last().unwrap();
    assert!(
        last.starts_with("Beställning #1 till Kontaktpersonsenheten"),
        "{last}"
    );
    assert!(last.contains("Särskilda omständigheter: Den enskilde har hörselnedsättning."));
    assert!(last.contains("Ska verkställas senast 2027-02-23"), "{last}");
}

#[test]
fn d3_execute_by_is_clamped_to_the_month_end() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    complete_assessment(&env, case, "grant", None);
    let mut args = vec!["--today".to_string(), "2026-11-30".to_string()];
    args.extend(grant_args(case, &[]));
    env.json(&strs(&args));
    let v = env.json(&["order", &case.to_string(), "--provider", "Omsorg AB"]);
    assert_eq!(v["execute_by"], "2027-02-28");
}

#[test]
fn a_second_order_while_one_is_open_fails_and_changes_nothing() {
    let env = Env::new();
    let case = granted(&env, pnr::ADULT, &[]);
    env.json(&["order", &case.to_string(), "--provider", "Omsorg AB"]);
    assert_fails_unchanged(
        &env,
        &["order", &case.to_string(), "--provider", "Annan AB"],
        1,
        "already has order #1",
    );
    assert_fails_unchanged(&env, &["order", &case.to_string()], 2, "--provider");
}

/// E6: a grant being carried out ends at follow-up; a rejection is refused, naming the rule, and
/// the hint says how to end it.
#[test]
fn e6_a_rejection_cannot_replace_a_grant_being_carried_out() {
    let env = Env::new();
    let case = granted(&env, pnr::ADULT, &[]);
    env.json(&["order", &case.to_string(), "--provider", "Omsorg AB"]);
    assert_fails_unchanged(
        &env,
        &[
            "decide",
            &case.to_string(),
            "--reject",
            "--no-communication-reason",
            "Uppgifterna kommer från den enskilde själv.",
            "--reason",
            "x",
            "--deviation-reason",
            "y",
        ],
        3,
        "refused (E6): the case has an open order",
    );
    let out = env.run(&[
        "decide",
        &case.to_string(),
        "--reject",
        "--no-communication-reason",
        "Uppgifterna kommer från den enskilde själv.",
        "--reason",
        "x",
        "--deviation-reason",
        "y",
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("\nHint: end the intervention at follow-up"),
        "the hint stands on a line of its own: {err}"
    );
    // A changed grant keeps the case ordered; the order stays on the earlier decision.
    let mut args = grant_args(case, &[]);
    args[8] = "12".into();
    let v = env.json(&strs(&args));
    assert_eq!(v["status"], "ordered");
}

#[test]
fn d2_export_for_the_provider_as_json_and_markdown() {
    let env = Env::new();
    let case = granted(&env, pnr::ADULT, &[]);
    let json = env.dir.path().join("order.json");
    let v = env.json(&[
        "order",
        &case.to_string(),
        "--provider",
        "Omsorg AB",
        "--note",
        "Träffas helst på förmiddagar.",
        "--export",
        json.to_str().unwrap(),
    ]);
    assert_eq!(v["created"], true);
    assert_eq!(v["export_format"], "json");
    let doc: serde_json::Value = serde_json::from_str(&fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(doc["order_id"], 1);
    assert_eq!(doc["hours_per_month"], 10.0);
    assert_eq!(doc["meetings_per_month"], 2);
    assert_eq!(doc["goals"], serde_json::json!(["Bryta social isolering"]));
    assert_eq!(
        doc["special_circumstances"],
        "Träffas helst på förmiddagar."
    );
    assert_eq!(doc["execute_by"], "2027-02-23");
    assert_eq!(doc["person"]["pnr"], "19900101-2385");
    assert_eq!(doc["person"]["address"], "Storgatan 1");
    assert_eq!(doc["person"]["protected_identity"], false);
    let text = fs::read_to_string(&json).unwrap();
    assert!(!text.contains(ASSESSMENT_NOTE), "no assessment notes");
    assert!(
        !text.contains(&assessment_reason(&env, case)),
        "no assessment reasons"
    );

    // Export again, as markdown, without making a new order; the export is journaled.
    let md = env.dir.path().join("order.md");
    let v = env.json(&["order", &case.to_string(), "--export", md.to_str().unwrap()]);
    assert_eq!(v["created"], false);
    assert_eq!(v["export_format"], "md");
    let text = fs::read_to_string(&md).unwrap();
    assert!(
        text.starts_with("# Beställning: Kontaktperson enligt SoL"),
        "{text}"
    );
    assert!(text.contains("Personnummer: 19900101-2385"), "{text}");
    assert!(
        text.contains("10 timmar per månad, 2 träffar per månad"),
        "{text}"
    );
    assert!(text.contains("- Bryta social isolering"), "{text}");
    assert!(
        text.contains("Ska verkställas senast: 2027-02-23"),
        "{text}"
    );
    assert!(!text.contains(ASSESSMENT_NOTE));
    assert!(!text.contains(&assessment_reason(&env, case)));
    let last = journal(&env, case).pop().unwrap().1;
    assert!(last.contains("sammanställd för utföraren"), "{last}");
}

#[test]
fn g5_export_of_a_protected_person_has_no_personal_identity_number_and_no_address() {
    let env = Env::new();
    let case = granted(&env, pnr::ADULT, &["--protected"]);
    env.json(&["order", &case.to_string(), "--provider", "Omsorg AB"]);
    for name in ["p.json", "p.md"] {
        let path = env.dir.path().join(name);
        env.json(&[
            "order",
            &case.to_string(),
            "--export",
            path.to_str().unwrap(),
        ]);
        let text = fs::read_to_string(&path).unwrap();
        for secret in ["19900101-2385", "199001012385", "900101-2385", "Storgatan"] {
            assert!(!text.contains(secret), "{secret} in {name}: {text}");
        }
        assert!(!text.contains(ASSESSMENT_NOTE));
        assert!(text.contains("Test Testsson"), "the provider gets the name");
    }
    let doc: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(env.dir.path().join("p.json")).unwrap()).unwrap();
    assert_eq!(doc["person"]["protected_identity"], true);
    assert_eq!(doc["person"]["pnr"], serde_json::Value::Null);
    assert_eq!(doc["person"]["address"], serde_json::Value::Null);
    let md = fs::read_to_string(env.dir.path().join("p.md")).unwrap();
    assert!(md.contains("Skyddad identitet"), "{md}");
}

#[test]
fn export_before_any_order_fails_and_writes_nothing() {
    let env = Env::new();
    let case = granted(&env, pnr::ADULT, &[]);
    let path = env.dir.path().join("none.md");
    assert_fails_unchanged(
        &env,
        &[
            "order",
            &case.to_string(),
            "--export",
            path.to_str().unwrap(),
        ],
        1,
        "no order yet",
    );
    assert!(!path.exists());
}

#[test]
fn demo_decisions_and_orders_keep_the_rules() {
    let env = Env::new();
    let out = env.bare().args(["demo", "--cases", "60"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let c = rusqlite::Connection::open(env.dir.path().join("insats-demo.db")).unwrap();
    let count = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert!(count("SELECT count(*) FROM decision WHERE outcome = 'grant'") > 0);
    assert!(count("SELECT count(*) FROM decision WHERE outcome = 'reject'") > 0);
    assert!(count("SELECT count(*) FROM orders") > 0);
    // G6: every decision rests on a completed assessment; G1: every grant ends.
    assert_eq!(
        count(
            "SELECT count(*) FROM decision d LEFT JOIN assessment a ON a.id = d.assessment_id
             WHERE a.status IS NOT 'completed'"
        ),
        0
    );
    assert_eq!(
        count("SELECT count(*) FROM decision WHERE outcome = 'grant' AND to_day IS NULL"),
        0
    );
    // G3: every order rests on a grant; D3: execute_by is the decision date plus three months.
    assert_eq!(
        count(
            "SELECT count(*) FROM orders o JOIN decision d ON d.id = o.decision_id
             WHERE d.outcome <> 'grant'"
        ),
        0
    );
    let pairs: Vec<(String, String)> = c
        // The decision the order was made on: the case's first grant (a follow-up's extension
        // moves the order onto the new decision, E6).
        .prepare(
            "SELECT o.execute_by, d.decided_day FROM orders o JOIN decision d ON d.id =
             (SELECT min(id) FROM decision WHERE case_id = o.case_id AND outcome = 'grant')",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for (by, decided) in pairs {
        let decided = insats::domain::dates::parse(&decided).unwrap();
        assert_eq!(
            by,
            insats::domain::dates::add_months(decided, 3).to_string()
        );
    }
    // The status follows: ordered cases have an order, rejected ones a rejection.
    assert_eq!(
        count(
            "SELECT count(*) FROM cases c WHERE c.status = 'ordered'
             AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.case_id = c.id)"
        ),
        0
    );
    assert_eq!(
        count(
            "SELECT count(*) FROM cases c WHERE c.status = 'rejected' AND NOT EXISTS
             (SELECT 1 FROM decision d WHERE d.case_id = c.id AND d.outcome = 'reject')"
        ),
        0
    );
}

#[test]
fn g3_order_on_a_grant_whose_period_has_ended_is_refused() {
    let env = Env::new();
    let case = env.apply(
        pnr::ADULT,
        "kontaktperson-sol",
        &["--received", "2025-01-10"],
    );
    crate::decide_support::complete_assessment_on(&env, case, "grant", None, "2025-01-20");
    let mut args = vec!["--today".to_string(), "2025-02-01".to_string()];
    args.extend(grant_args(case, &[]));
    args[6] = "2025-02-01".into();
    args[8] = "2025-07-31".into();
    env.json(&strs(&args));
    let err = assert_refused(
        &env,
        &["order", &case.to_string(), "--provider", "Omsorg AB"],
        "G3",
    );
    assert!(err.contains("ended on 2025-07-31"), "{err}");
}
