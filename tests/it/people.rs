//! People and cases over their whole life: finding and correcting people, reserve numbers,
//! consent as facts (K1, K2, K5), withdrawal and closing (F9), corrections of visits, ages on
//! the decision date (docs/rules.md "Ages", G7, K3, K6, C1), umgängesstöd (K4), and the
//! reminders of waiting applications (F8).

use crate::common::*;
use crate::decide_support::*;

/// Born 2008-02-29: 17 on 2026-02-28, 18 on 2026-03-01 (Skatteverket's test number).
const LEAP_2008: &str = "200802292383";
/// Born 2012-02-29: 14 on 2027-02-28, 15 on 2027-03-01.
const LEAP_2012: &str = "201202292387";

fn apply_with(env: &Env, pnr: &str, insats: &str, extra: &[&str]) -> i64 {
    let mut args = vec!["apply", "--pnr", pnr, "--insats", insats];
    if !extra.contains(&"--name") {
        args.extend(["--name", "Test Testsson"]);
    }
    args.extend_from_slice(extra);
    env.json(&args)["case_id"].as_i64().expect("case_id")
}

#[test]
fn find_by_name_part_number_in_any_form_and_case_number_masked_exact_number_first() {
    let env = Env::new();
    let anna = apply_with(
        &env,
        pnr::ADULT,
        "kontaktperson-sol",
        &["--name", "Anna Andersson", "--consent", "self"],
    );
    let other = apply_with(
        &env,
        pnr::ADULT_MAN,
        "ledsagning-sol",
        &["--name", "Johanna Berg", "--consent", "self"],
    );
    // Any part of a name, in any case: both contain "anna".
    let v = env.json(&["find", "ANNA"]);
    let ids: Vec<i64> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["case_id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [anna, other], "names starting with the text first");
    // G5: masked.
    assert_eq!(v["items"][0]["pnr"], "19900101-****");
    // Every written form of the number finds the same case, and it comes first.
    for form in ["19900101-2385", "199001012385", "900101-2385", "9001012385"] {
        let v = env.json(&["find", form]);
        assert_eq!(v["items"][0]["case_id"], anna, "{form}");
        assert_eq!(v["items"][0]["matched"], "pnr", "{form}");
    }
    let v = env.json(&["find", &other.to_string()]);
    assert_eq!(v["items"][0]["case_id"], other);
    assert_eq!(v["items"][0]["matched"], "case");
    // A number of nobody finds nothing; --reveal shows the number and is audited.
    let none = env.json(&["find", "19560113-2334"]);
    assert_eq!(none["items"].as_array().unwrap().len(), 0);
    let v = env.json(&["find", "Anna", "--reveal"]);
    assert_eq!(v["items"][0]["pnr"], "19900101-2385");
    let audited: i64 = env
        .conn()
        .query_row(
            "SELECT count(*) FROM audit WHERE action = 'find --reveal'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 1);
    // show takes the number of a person with one case.
    let shown = env.json(&["show", "19900101-2385"]);
    assert_eq!(shown["case_id"], anna);
}

#[test]
fn show_by_number_of_nobody_or_of_a_person_with_two_cases_is_one_error() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    env.apply(pnr::ADULT, "ledsagning-sol", &[]);
    assert_fails_unchanged(&env, &["show", pnr::ADULT], 1, "has 2 cases");
    assert_fails_unchanged(&env, &["show", pnr::SENIOR_70], 1, "no person");
    assert_fails_unchanged(&env, &["person", "show", pnr::SENIOR_70], 1, "no person");
}

#[test]
fn person_update_keeps_every_old_value_and_journals_on_each_case() {
    let env = Env::new();
    let a = env.apply(
        pnr::ADULT,
        "kontaktperson-sol",
        &["--address", "Gamla vägen 1"],
    );
    let b = env.apply(
        pnr::ADULT,
        "ledsagning-sol",
        &["--address", "Gamla vägen 1"],
    );
    let v = env.json(&[
        "person",
        "update",
        pnr::ADULT,
        "--name",
        "Test Nyström",
        "--address",
        "Nya gatan 2",
        "--note",
        "Namnbyte enligt folkbokföringen.",
    ]);
    assert_eq!(v["changed"], serde_json::json!(["name", "address"]));
    assert_eq!(v["cases"], serde_json::json!([a, b]));
    let p = env.json(&["person", "show", pnr::ADULT]);
    assert_eq!(p["person"]["name"], "Test Nyström");
    let history = p["history"].as_array().unwrap();
    assert_eq!(history[0]["field"], "name");
    assert_eq!(history[0]["old_value"], "Test Testsson");
    assert_eq!(history[1]["old_value"], "Gamla vägen 1");
    assert_eq!(p["cases"].as_array().unwrap().len(), 2);
    for case in [a, b] {
        let j = journal(&env, case);
        assert!(
            j.iter()
                .any(|(_, t)| t.contains("Personuppgifter ändrade: name, address")),
            "{j:?}"
        );
        // G5: the journal names what changed, the history keeps the old values.
        assert!(!j.iter().any(|(_, t)| t.contains("Gamla vägen")), "{j:?}");
    }
    // The same values again change nothing, and say so.
    assert_fails_unchanged(
        &env,
        &[
            "person",
            "update",
            pnr::ADULT,
            "--name",
            "Test Nyström",
            "--note",
            "Igen.",
        ],
        1,
        "nothing to change",
    );
}

#[test]
fn apply_with_a_known_number_never_changes_the_person() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    let before = env.dump();
    let out = env.run(&[
        "apply",
        "--pnr",
        pnr::ADULT,
        "--name",
        "Någon Annan",
        "--insats",
        "ledsagning-sol",
        "--consent",
        "self",
    ]);
    assert_fails(&out, 1, "person update");
    // G5: the refusal does not say the name the file has.
    assert!(!stderr(&out).contains("Test Testsson"), "{}", stderr(&out));
    assert_eq!(env.dump(), before);
    // The same name in another spelling of blanks and case is the same person.
    let again = env.json(&[
        "apply",
        "--pnr",
        pnr::ADULT,
        "--name",
        "test   TESTSSON",
        "--insats",
        "ledsagning-sol",
        "--consent",
        "self",
    ]);
    assert_eq!(again["new_person"], false);
}

#[test]
fn a_person_without_a_number_gets_a_reserve_number_and_later_the_real_one() {
    let env = Env::new();
    let girl = env.json(&[
        "apply",
        "--no-pnr",
        "--born",
        "2015-03-01",
        "--sex",
        "female",
        "--name",
        "Amira Nyanländ",
        "--insats",
        "kontaktperson-sol",
        "--guardians",
        "1",
        "--consent",
        "guardian-1",
    ]);
    assert_eq!(girl["reserve_number"], "20150301-T000");
    let boy = env.json(&[
        "apply",
        "--no-pnr",
        "--born",
        "2015-03-01",
        "--sex",
        "male",
        "--name",
        "Omar Nyanländ",
        "--insats",
        "kontaktperson-sol",
    ]);
    // The third position (the middle digit) is even for a woman and odd for a man.
    assert_eq!(boy["reserve_number"], "20150301-T010");
    let second = env.json(&[
        "apply",
        "--no-pnr",
        "--born",
        "2015-03-01",
        "--sex",
        "female",
        "--name",
        "Sara Nyanländ",
        "--insats",
        "kontaktperson-sol",
    ]);
    assert_eq!(
        second["reserve_number"], "20150301-T001",
        "unique in the file"
    );
    // Ages work from the given birth date: a child, so the assessment has a child's section.
    let shown = env.json(&["show", &girl["case_id"].to_string()]);
    assert_eq!(shown["age"], 11);
    assert_eq!(shown["person"]["sex"], "female");
    // A reserve number is not a personnummer.
    assert_fails_unchanged(
        &env,
        &[
            "apply",
            "--pnr",
            "20150301-T000",
            "--name",
            "X",
            "--insats",
            "kontaktperson-sol",
        ],
        2,
        "reserve number",
    );
    // A further case for the same girl by her reserve number, then her real number.
    let again = env.json(&[
        "apply",
        "--reserve-number",
        "20150301-T000",
        "--name",
        "Amira Nyanländ",
        "--insats",
        "ledsagning-sol",
    ]);
    assert_eq!(again["new_person"], false);
    let v = env.json(&[
        "person",
        "update",
        "20150301-T000",
        "--pnr",
        "201503012385",
        "--note",
        "Personnummer tilldelat av Skatteverket.",
    ]);
    assert!(
        v["changed"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("pnr"))
    );
    let p = env.json(&["person", "show", "20150301-2385"]);
    assert_eq!(p["cases"].as_array().unwrap().len(), 2, "every case kept");
    assert_eq!(p["reserve_number"], false);
}

/// K1: a case where nobody was asked has no consent; the refusal says how to record it, and
/// the recorded fact is what counts.
#[test]
fn k1_no_default_counts_as_consent_and_a_recorded_fact_does() {
    let env = Env::new();
    let case = apply_with(&env, pnr::ADULT, "kontaktperson-sol", &[]);
    complete_assessment(&env, case, "grant", None);
    let err = assert_refused(&env, &strs(&grant_args(case, &[])), "K1");
    assert!(
        err.contains("Hint: record it with: insats consent CASE --by self"),
        "{err}"
    );
    env.ok(&[
        "consent",
        &case.to_string(),
        "--by",
        "self",
        "--given",
        TODAY,
        "--note",
        "Skriftligt samtycke.",
    ]);
    let v = env.json(&strs(&grant_args(case, &[])));
    assert_eq!(v["consent"], "own");
    // A child with no guardians recorded: refused with a pointer to the person's details.
    let child = apply_with(&env, pnr::CHILD_9, "kontaktperson-sol", &[]);
    complete_assessment(&env, child, "grant", Some(ChildView::heard()));
    let err = assert_refused(&env, &strs(&grant_args(child, &[])), "K1");
    assert!(err.contains("person update"), "{err}");
}

/// K1 and K2: with two guardians both are asked; one who has not consented or who objects is
/// named, and the grant needs the documented reason of K2.
#[test]
fn k2_two_guardians_are_each_asked_and_the_one_who_objects_is_named() {
    let env = Env::new();
    let case = apply_with(
        &env,
        pnr::CHILD_9,
        "kontaktperson-sol",
        &[
            "--guardians",
            "2",
            "--guardian-1",
            "Eva Förälder",
            "--guardian-2",
            "Karl Förälder",
            "--guardian-2-address",
            "Annan väg 3",
            "--consent",
            "guardian-1",
        ],
    );
    complete_assessment(&env, case, "grant", Some(ChildView::heard()));
    let err = assert_refused(&env, &strs(&grant_args(case, &[])), "K2");
    assert!(
        err.contains("guardian 2 (Karl Förälder) has not consented"),
        "{err}"
    );
    env.ok(&[
        "consent",
        &case.to_string(),
        "--by",
        "guardian-2",
        "--refused",
        TODAY,
    ]);
    let err = assert_refused(&env, &strs(&grant_args(case, &[])), "K2");
    assert!(err.contains("guardian 2 (Karl Förälder) objects"), "{err}");
    let v = env.json(&strs(&grant_args(
        case,
        &["--override-objection", "Barnets bästa kräver insatsen."],
    )));
    assert_eq!(v["consent"], "one_of_two_guardians");
    let shown = env.json(&["show", &case.to_string()]);
    assert_eq!(shown["guardian_details"][1]["address"], "Annan väg 3");
}

#[test]
fn consent_by_a_guardian_the_child_does_not_have_or_for_an_adult_is_an_error() {
    let env = Env::new();
    let child = apply_with(
        &env,
        pnr::CHILD_9,
        "kontaktperson-sol",
        &["--guardians", "1"],
    );
    assert_fails_unchanged(
        &env,
        &[
            "consent",
            &child.to_string(),
            "--by",
            "guardian-2",
            "--given",
            TODAY,
        ],
        1,
        "no guardian 2",
    );
    let adult = env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    assert_fails_unchanged(
        &env,
        &[
            "consent",
            &adult.to_string(),
            "--by",
            "guardian-1",
            "--given",
            TODAY,
        ],
        1,
        "adult",
    );
    assert_fails_unchanged(
        &env,
        &[
            "consent",
            &adult.to_string(),
            "--by",
            "self",
            "--given",
            "2026-12-01",
        ],
        1,
        "after today",
    );
}

/// K5: a withdrawn consent for a contact person in force flags the case until it is followed up.
#[test]
fn k5_a_withdrawn_consent_flags_the_case_until_a_follow_up() {
    let env = Env::new();
    let case = assessed_adult(&env);
    env.json(&strs(&grant_args(case, &[])));
    let v = env.json(&[
        "consent",
        &case.to_string(),
        "--by",
        "self",
        "--withdrawn",
        TODAY,
    ]);
    assert_eq!(v["flagged"], true);
    let r = env.json(&["report", "reminders", "--format", "json"]);
    let kinds: Vec<&str> = r["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"consent_withdrawn"), "{kinds:?}");
    let item = r["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["kind"] == "consent_withdrawn")
        .unwrap();
    assert_eq!(item["rule"], "K5");
    env.ok(&[
        "follow-up",
        &case.to_string(),
        "--outcome",
        "end",
        "--motivation",
        "Behovet är tillgodosett på annat sätt.",
        "--no-communication-reason",
        "Uppgifterna kommer från den enskilde själv.",
        "--end-reason",
        "does-not-want",
        "--note",
        "Den enskilde vill inte längre ha insatsen.",
    ]);
    let r = env.json(&["report", "reminders", "--format", "json"]);
    assert!(
        !r["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["kind"] == "consent_withdrawn")
    );
}

/// K4: the committee carries out the court's umgängesstöd and cannot reject it.
#[test]
fn k4_umgangesstod_cannot_be_rejected() {
    let env = Env::new();
    let case = env.apply(
        pnr::CHILD_9,
        "umgangesstod",
        &["--court-ref", "T 1234-26", "--guardians", "2"],
    );
    complete_assessment(&env, case, "reject", Some(ChildView::heard()));
    let err = assert_refused(
        &env,
        &[
            "decide",
            &case.to_string(),
            "--reject",
            "--no-communication-reason",
            "Uppgifterna kommer från den enskilde själv.",
            "--reason",
            "Behövs inte.",
        ],
        "K4",
    );
    assert!(err.contains("cannot reject"), "{err}");
}

/// F9: an undecided application is written off, a decided one is not; a written-off case
/// reopens where it stood and a closed one too.
#[test]
fn f9_withdraw_writes_off_an_undecided_application_and_reopen_takes_it_up_again() {
    let env = Env::new();
    let case = env.apply(
        pnr::ADULT,
        "kontaktperson-sol",
        &["--address", "Storgatan 1"],
    );
    let v = env.json(&[
        "withdraw",
        &case.to_string(),
        "--date",
        TODAY,
        "--note",
        "Återkallad per telefon.",
    ]);
    assert_eq!(v["status"], "written_off");
    assert_eq!(listed_status(&env, case), "written_off");
    let refused = assert_refused(&env, &strs(&grant_args(case, &[])), "F9");
    assert!(refused.contains("insats reopen"), "{refused}");
    let v = env.json(&["reopen", &case.to_string(), "--note", "Ny kontakt."]);
    assert_eq!(v["status"], "application");
    // A decided case is not withdrawn.
    let decided = assessed_adult(&env);
    env.json(&strs(&grant_args(decided, &[])));
    let err = assert_refused(
        &env,
        &[
            "withdraw",
            &decided.to_string(),
            "--date",
            TODAY,
            "--note",
            "x",
        ],
        "F9",
    );
    assert!(err.contains("follow-up"), "{err}");
    // Closed only when nothing is in force; reopened to where it stood.
    assert_refused(&env, &["close", &decided.to_string(), "--note", "x"], "E7");
    env.ok(&[
        "follow-up",
        &decided.to_string(),
        "--outcome",
        "end",
        "--motivation",
        "Behovet är tillgodosett på annat sätt.",
        "--no-communication-reason",
        "Uppgifterna kommer från den enskilde själv.",
        "--end-reason",
        "moved",
        "--note",
        "Flyttat.",
    ]);
    let v = env.json(&[
        "close",
        &decided.to_string(),
        "--note",
        "Inget gäller längre.",
    ]);
    assert_eq!(v["status"], "closed");
    let v = env.json(&[
        "reopen",
        &decided.to_string(),
        "--note",
        "Fel ärende stängt.",
    ]);
    assert_eq!(v["status"], "ended");
    // Reopening what is not closed, or a case that does not exist, changes nothing.
    assert_refused(&env, &["reopen", &decided.to_string(), "--note", "x"], "G4");
    assert_fails_unchanged(&env, &["reopen", "99", "--note", "x"], 1, "no case 99");
}

#[test]
fn log_correct_voids_a_visit_or_records_one_in_its_place() {
    let env = Env::new();
    let case = env.apply(
        pnr::ADULT,
        "kontaktperson-sol",
        &["--received", "2026-10-01", "--consent", "self"],
    );
    let g = crate::support::grant_and_order(&env, case, "2026-10-01", "2027-03-31", 10.0);
    crate::support::execute_order(&env, g.order_id, "2026-10-01");
    let v = env.json(&["log", "1", "--visit", "2026-11-10", "--hours", "3"]);
    let entry = v["journal_entry"].as_i64().unwrap();
    assert_eq!(v["balance"]["used"], 3.0);
    // Voided: its hours count nowhere any more; the row stays, marked.
    let c = env.json(&[
        "log",
        "1",
        "--correct",
        &entry.to_string(),
        "--note",
        "Fel ärende.",
    ]);
    assert_eq!(c["voided_visit"], v["visit_id"]);
    let shown = env.json(&["show", "1"]);
    assert_eq!(shown["hours"]["used"], 0.0);
    let rows: i64 = env
        .conn()
        .query_row(
            "SELECT count(*) FROM visit WHERE voided IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(rows, 1);
    // Corrected into another visit.
    let v = env.json(&["log", "1", "--visit", "2026-11-12", "--hours", "2"]);
    let entry = v["journal_entry"].as_i64().unwrap();
    let c = env.json(&[
        "log",
        "1",
        "--correct",
        &entry.to_string(),
        "--note",
        "Rätt tid var 2,5 timme.",
        "--visit",
        "2026-11-12",
        "--hours",
        "2.5",
    ]);
    assert!(c["replaced_by"].is_i64());
    let shown = env.json(&["show", "1"]);
    assert_eq!(shown["hours"]["used"], 2.5);
    // The same entry twice, or an entry of another case, is an error and changes nothing.
    assert_fails_unchanged(
        &env,
        &[
            "log",
            "1",
            "--correct",
            &entry.to_string(),
            "--note",
            "Igen.",
        ],
        1,
        "voided already",
    );
    let other = env.apply(pnr::ADULT_MAN, "kontaktperson-sol", &[]);
    assert_fails_unchanged(
        &env,
        &[
            "log",
            &other.to_string(),
            "--correct",
            &entry.to_string(),
            "--note",
            "x",
        ],
        1,
        "belongs to another case",
    );
}

/// Ages: judged on the decision date. Born 29 February 2008: on 2026-02-28 a child (C1 asks
/// for the child's view), on 2026-03-01 an adult.
#[test]
fn ages_c1_on_the_day_before_the_18th_birthday_and_on_it_born_29_february() {
    let env = Env::new();
    let case = apply_with(
        &env,
        LEAP_2008,
        "kontaktperson-sol",
        &["--received", "2026-01-10", "--consent", "self"],
    );
    complete_assessment_on(
        &env,
        case,
        "grant",
        Some(ChildView::missing()),
        "2026-02-01",
    );
    let on = |day: &'static str| {
        let mut a = vec!["--today".to_string(), day.to_string()];
        a.extend(grant_args(case, &[]));
        a[6] = day.into();
        a[8] = "2026-12-31".into();
        a
    };
    assert_refused(&env, &strs(&on("2026-02-28")), "C1");
    let v = env.json(&strs(&on("2026-03-01")));
    assert_eq!(v["outcome"], "grant");
}

/// K1 (Ages): born 29 February 2012, 15 on 2027-03-01: the day before, the guardian's consent
/// counts; on the birthday only the child's own.
#[test]
fn ages_k1_the_day_before_the_15th_birthday_and_on_it_born_29_february() {
    let env = Env::new();
    let case = apply_with(
        &env,
        LEAP_2012,
        "kontaktperson-sol",
        &["--guardians", "1", "--consent", "guardian"],
    );
    complete_assessment(&env, case, "grant", Some(ChildView::heard()));
    let on = |day: &'static str| {
        let mut a = vec!["--today".to_string(), day.to_string()];
        a.extend(grant_args(case, &[]));
        a[6] = day.into();
        a[8] = "2027-12-31".into();
        a
    };
    assert_refused(&env, &strs(&on("2027-03-01")), "K1");
    let v = env.json(&strs(&on("2027-02-28")));
    assert_eq!(v["consent"], "guardian");
}

/// Ages from a samordningsnummer: born 1973-02-28 (the day written 88, less 60).
#[test]
fn ages_count_from_a_samordningsnummer_s_real_birth_date() {
    let env = Env::new();
    let case = env.apply(pnr::COORDINATION, "kontaktperson-sol", &[]);
    let shown = env.json(&["show", &case.to_string()]);
    assert_eq!(shown["person"]["birth_date"], "1973-02-28");
    assert_eq!(shown["age"], 53);
}

/// G7: no back-dated grant; a visit before the grant's first day is refused.
#[test]
fn g7_no_back_dated_grant_and_no_visit_before_the_grant() {
    let env = Env::new();
    let case = assessed_adult(&env);
    let mut args = grant_args(case, &[]);
    args[4] = "2026-11-01".into();
    let err = assert_refused(&env, &strs(&args), "G7");
    assert!(
        err.contains("Hint: give --from 2026-11-23 or later"),
        "{err}"
    );
}

/// The age rules at once: kvalificerad-sol at 36 warns when applied, and the assessment
/// recommends rejection by K6, so a lawful rejection needs no deviation reason.
#[test]
fn k6_apply_warns_at_once_and_the_assessment_recommends_rejection() {
    let env = Env::new();
    let out = env.run(&[
        "apply",
        "--pnr",
        pnr::ADULT,
        "--name",
        "Test",
        "--insats",
        "kvalificerad-sol",
        "--consent",
        "self",
    ]);
    assert!(out.status.success());
    assert!(stderr(&out).contains("(K6)"), "{}", stderr(&out));
    complete_assessment(&env, 1, "reject", None);
    let v = env.json(&[
        "decide",
        "1",
        "--reject",
        "--no-communication-reason",
        "Uppgifterna kommer från den enskilde själv.",
        "--reason",
        "Insatsen är för den som är under 21 år.",
    ]);
    assert_eq!(v["outcome"], "reject");
}

/// F8: a child's investigation nearing four months, an application nearing six, and a demand
/// for a decision nearing its four weeks are each a reminder.
#[test]
fn f8_waiting_applications_and_a_demand_for_a_decision_are_reminded() {
    let env = Env::new();
    let child = env.apply(
        pnr::CHILD_9,
        "kontaktperson-sol",
        &["--received", "2026-07-30"],
    );
    let adult = env.apply(
        pnr::ADULT,
        "kontaktperson-sol",
        &["--received", "2026-05-30"],
    );
    env.ok(&["log", &adult.to_string(), "--demand-decision", "2026-11-01"]);
    let r = env.json(&["report", "reminders", "--format", "json"]);
    let items = r["items"].as_array().unwrap();
    let find = |kind: &str, case: i64| {
        items
            .iter()
            .find(|i| i["kind"] == kind && i["case_id"] == case)
            .cloned()
    };
    let inv = find("investigation_due", child).expect("investigation_due");
    assert_eq!(inv["due"], "2026-11-30");
    assert_eq!(inv["rule"], "F8");
    let waiting = find("application_waiting", adult).expect("application_waiting");
    assert_eq!(waiting["due"], "2026-11-30");
    let demanded = find("decision_demanded", adult).expect("decision_demanded");
    assert_eq!(demanded["due"], "2026-11-29");
    // Not a child: no investigation reminder for the adult; not yet near: none for a new one.
    assert!(find("investigation_due", adult).is_none());
    let fresh = env.apply(pnr::CHILD_14, "kontaktperson-sol", &[]);
    let r = env.json(&["report", "reminders", "--format", "json"]);
    assert!(
        !r["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["case_id"] == fresh)
    );
    // A demand for a decided case, or dated ahead, is an error.
    assert_fails_unchanged(
        &env,
        &["log", &adult.to_string(), "--demand-decision", "2026-12-01"],
        1,
        "after today",
    );
}

/// K4: umgängesstöd's letter is an appointment that cites the judgment, never a grant of an
/// application.
#[test]
fn k4_umgangesstod_letter_is_an_appointment_citing_the_judgment() {
    let env = Env::new();
    let case = env.apply(
        pnr::CHILD_9,
        "umgangesstod",
        &["--court-ref", "T 1234-26", "--guardians", "2"],
    );
    complete_assessment(&env, case, "grant", Some(ChildView::heard()));
    env.json(&strs(&grant_args(case, &[])));
    let letter = env.ok(&["letter", &case.to_string()]);
    assert!(
        letter.contains("Beslut om verkställighet av umgängesstöd"),
        "{letter}"
    );
    assert!(
        letter.contains("verkställer domstolens avgörande i mål T 1234-26"),
        "{letter}"
    );
    assert!(!letter.contains("beviljar"), "{letter}");
    assert!(!letter.contains("ansökt"), "{letter}");
}

/// Issue 20: the caseworker reads `person show` in Swedish, the protected address marked (G5);
/// the JSON keeps its English keys and the stored codes.
#[test]
fn person_show_speaks_swedish_and_its_json_keeps_its_keys() {
    let env = Env::new();
    apply_with(
        &env,
        pnr::ADULT,
        "kontaktperson-sol",
        &[
            "--address",
            "Lönngatan 3",
            "--protected",
            "--consent",
            "self",
        ],
    );
    let human = env.ok(&["person", "show", pnr::ADULT]);
    for word in [
        "född",
        "år, kvinna",
        "läge",
        "inkom",
        "handläggare",
        "ansökan",
    ] {
        assert!(human.contains(word), "{word}: {human}");
    }
    let address = human
        .lines()
        .find(|l| l.contains("Lönngatan 3"))
        .unwrap_or_else(|| panic!("no address:\n{human}"));
    assert!(address.contains("adress"), "{address}");
    assert!(
        address.contains("[SKYDDAD IDENTITET: lämna aldrig ut adressen]"),
        "{address}"
    );
    for english in [
        "born",
        "years",
        "address",
        "never give",
        "status",
        "application",
    ] {
        assert!(!human.contains(english), "{english}: {human}");
    }
    let v = env.json(&["person", "show", pnr::ADULT]);
    for key in [
        "person",
        "identity",
        "reserve_number",
        "age",
        "guardians",
        "cases",
    ] {
        assert!(!v[key].is_null(), "{key}: {v}");
    }
    assert_eq!(v["person"]["protected"], true, "{v}");
    assert_eq!(v["person"]["sex"], "female", "{v}");
    assert_eq!(v["cases"][0]["status"], "application", "{v}");
    assert_eq!(v["consents"][0]["kind"], "given", "{v}");
}
