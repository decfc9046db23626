//! decide: every legal limit on a decision refuses (exit 3, the rule named, the file unchanged),
//! and each has its allowed counterpart.

use crate::common::*;
use crate::decide_support::*;

#[test]
fn g6_grant_without_a_completed_assessment_is_refused() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    let args = grant_args(case, &[]);
    let err = assert_refused(&env, &strs(&args), "G6");
    assert!(err.contains("assess"), "{err}");
}

#[test]
fn g6_grant_with_a_completed_assessment_is_decided_and_recorded() {
    let env = Env::new();
    let case = assessed_adult(&env);
    assert_eq!(listed_status(&env, case), "assessed");
    let v = env.json(&strs(&grant_args(
        case,
        &["--meetings", "4", "--goal", "Delta i en fritidsaktivitet"],
    )));
    assert_eq!(v["decision_id"], 1);
    assert_eq!(v["case_id"], case);
    assert_eq!(v["outcome"], "grant");
    assert_eq!(v["from"], "2026-12-01");
    assert_eq!(v["to"], "2027-11-30");
    assert_eq!(v["hours_per_month"], 10.0);
    assert_eq!(v["meetings_per_month"], 4);
    assert_eq!(v["status"], "decided");
    assert_eq!(v["decided_by"], user());
    assert_eq!(v["decided_day"], TODAY);
    assert_eq!(v["assessment_id"], 1);
    assert_eq!(v["consent"], "own");
    assert!(v["guideline"].as_str().unwrap().contains("2026"), "{v}");
    assert_eq!(
        v["goals"],
        serde_json::json!(["Bryta social isolering", "Delta i en fritidsaktivitet"])
    );
    // R3: the legal basis is the guideline's reference in force on the start date.
    assert!(
        v["legal_basis"].as_str().unwrap().contains("2025:400"),
        "{v}"
    );
    // show and list: decided; the journal has the decision (G4).
    assert_eq!(listed_status(&env, case), "decided");
    let show = env.json(&["show", &case.to_string()]);
    assert_eq!(show["status"], "decided");
    assert_eq!(show["decision"]["decision_id"], 1);
    assert_eq!(show["decision"]["status"], "in_force");
    assert_eq!(show["decision"]["assessment_id"], 1);
    assert_eq!(show["decision"]["guideline"], v["guideline"]);
    let human = env.ok(&["show", &case.to_string()]);
    assert!(
        human.contains("beslut            #1 bifall 2026-12-01 – 2027-11-30"),
        "{human}"
    );
    let j = journal(&env, case);
    let last = &j.last().unwrap().1;
    assert!(last.starts_with("Beslut #1: bifall"), "{last}");
    assert!(
        last.contains("10 timmar per månad, 4 träffar per månad"),
        "{last}"
    );
}

/// R3: the legal basis is the law in force on the day of the decision (a grant decided on
/// 2025-06-01, before the new Social Services Act, cites the old section).
#[test]
fn r3_the_legal_basis_follows_the_decision_date() {
    let env = Env::new();
    let case = env.apply(
        pnr::ADULT,
        "kontaktperson-sol",
        &["--received", "2025-05-01", "--address", "Storgatan 1"],
    );
    crate::decide_support::complete_assessment_on(&env, case, "grant", None, "2025-05-20");
    let v = env.json(&[
        "--today",
        "2025-06-01",
        "decide",
        &case.to_string(),
        "--grant",
        "--from",
        "2025-06-01",
        "--to",
        "2025-12-31",
        "--hours",
        "8",
        "--goal",
        "Bryta isolering",
    ]);
    assert_eq!(
        v["legal_basis"],
        "3 kap. 6 b § socialtjänstlagen (2001:453)"
    );
}

#[test]
fn g1_grant_without_an_end_date_is_refused() {
    let env = Env::new();
    let case = assessed_adult(&env);
    let err = assert_refused(
        &env,
        &[
            "decide",
            &case.to_string(),
            "--grant",
            "--from",
            "2026-12-01",
            "--hours",
            "10",
            "--goal",
            "Bryta isolering",
        ],
        "G1",
    );
    assert!(err.contains("--to"), "{err}");
}

#[test]
fn g1_grant_longer_than_the_guidelines_longest_period_is_refused() {
    let env = Env::new();
    let case = assessed_adult(&env);
    // kontaktperson-sol: 12 months, so from 2026-12-01 at the latest 2027-11-30.
    let mut args = grant_args(case, &[]);
    args[6] = "2027-12-01".into();
    let err = assert_refused(&env, &strs(&args), "G1");
    assert!(err.contains("2027-11-30"), "{err}");
}

#[test]
fn g1_grant_of_exactly_the_longest_period_is_allowed() {
    let env = Env::new();
    let case = assessed_adult(&env);
    let v = env.json(&strs(&grant_args(case, &[])));
    assert_eq!(v["to"], "2027-11-30");
}

#[test]
fn d1_grant_without_a_goal_is_refused() {
    let env = Env::new();
    let case = assessed_adult(&env);
    assert_refused(
        &env,
        &[
            "decide",
            &case.to_string(),
            "--grant",
            "--from",
            "2026-12-01",
            "--to",
            "2027-05-31",
            "--hours",
            "10",
        ],
        "D1",
    );
}

#[test]
fn bad_input_fails_with_its_exit_code_and_changes_nothing() {
    let env = Env::new();
    let case = assessed_adult(&env);
    let c = case.to_string();
    // --to before --from: bad data.
    assert_fails_unchanged(
        &env,
        &[
            "decide",
            &c,
            "--grant",
            "--from",
            "2027-01-01",
            "--to",
            "2026-12-31",
            "--hours",
            "10",
            "--goal",
            "Mål",
        ],
        1,
        "before --from",
    );
    // Hours that are no number of hours.
    for hours in ["0", "0.0", "abc", "1000", "NaN"] {
        assert_fails_unchanged(
            &env,
            &[
                "decide",
                &c,
                "--grant",
                "--from",
                "2026-12-01",
                "--to",
                "2027-05-31",
                "--hours",
                hours,
                "--goal",
                "Mål",
            ],
            2,
            "hours per month",
        );
    }
    // Missing flags: usage.
    assert_fails_unchanged(&env, &["decide", &c, "--reject"], 2, "--reason");
    assert_fails_unchanged(
        &env,
        &[
            "decide",
            &c,
            "--grant",
            "--to",
            "2027-05-31",
            "--hours",
            "10",
        ],
        2,
        "--from",
    );
    assert_fails_unchanged(
        &env,
        &[
            "decide",
            &c,
            "--grant",
            "--from",
            "2026-12-01",
            "--to",
            "2027-05-31",
        ],
        2,
        "--hours",
    );
    assert_fails_unchanged(&env, &["decide", &c], 2, "--grant");
    assert_fails_unchanged(
        &env,
        &["decide", &c, "--grant", "--reject", "--reason", "x"],
        2,
        "cannot be used with",
    );
    // A case that does not exist.
    assert_fails_unchanged(&env, &strs(&grant_args(99, &[])), 1, "no case 99");
}

#[test]
fn meetings_only_where_the_guideline_counts_them() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "ledsagning-sol", &[]);
    complete_assessment(&env, case, "grant", None);
    assert_fails_unchanged(
        &env,
        &strs(&grant_args(case, &["--meetings", "2"])),
        2,
        "--meetings",
    );
    env.json(&strs(&grant_args(case, &[])));
}

#[test]
fn c1_childs_case_without_the_childs_view_is_refused() {
    let env = Env::new();
    let case = env.apply(pnr::CHILD_9, "kontaktperson-sol", &["--guardians", "2"]);
    complete_assessment(&env, case, "grant", Some(ChildView::missing()));
    let err = assert_refused(&env, &strs(&grant_args(case, &[])), "C1");
    assert!(err.contains("own words"), "{err}");
    // A rejection too.
    assert_refused(
        &env,
        &[
            "decide",
            &case.to_string(),
            "--reject",
            "--no-communication-reason",
            "Uppgifterna kommer från den enskilde själv.",
            "--reason",
            "Behovet är tillgodosett.",
        ],
        "C1",
    );
}

#[test]
fn c1_childs_case_with_the_childs_view_or_why_not_heard_is_decided() {
    let env = Env::new();
    let heard = env.apply(pnr::CHILD_9, "kontaktperson-sol", &["--guardians", "2"]);
    complete_assessment(&env, heard, "grant", Some(ChildView::heard()));
    env.json(&strs(&grant_args(heard, &[])));
    let not_heard = env.apply(pnr::CHILD_14, "kontaktperson-sol", &["--guardians", "1"]);
    complete_assessment(
        &env,
        not_heard,
        "grant",
        Some(ChildView::not_heard(
            "Barnet har inte velat delta i samtal; vårdnadshavaren har förmedlat barnets önskemål.",
        )),
    );
    env.json(&strs(&grant_args(not_heard, &[])));
}

#[test]
fn k4_umgangesstod_without_a_court_reference_is_refused() {
    let env = Env::new();
    let case = env.apply(
        pnr::CHILD_9,
        "umgangesstod",
        &["--court-ref", "T 1234-26", "--guardians", "2"],
    );
    complete_assessment(&env, case, "grant", Some(ChildView::heard()));
    // The file itself refuses an umgängesstöd case without a court reference (and `apply` refuses
    // it under K4); a file damaged or written by other means is still refused at the decision.
    let c = env.conn();
    c.execute_batch("PRAGMA ignore_check_constraints = ON;")
        .unwrap();
    c.execute("UPDATE cases SET court_ref = NULL WHERE id = ?1", [case])
        .unwrap();
    drop(c);
    let mut args = grant_args(case, &[]);
    args[6] = "2027-05-31".into();
    assert_refused(&env, &strs(&args), "K4");
}

#[test]
fn k4_umgangesstod_on_a_courts_order_is_decided() {
    let env = Env::new();
    let case = env.apply(
        pnr::CHILD_9,
        "umgangesstod",
        &["--court-ref", "T 1234-26", "--guardians", "2"],
    );
    complete_assessment(&env, case, "grant", Some(ChildView::heard()));
    let v = env.json(&strs(&grant_args(case, &[])));
    assert_eq!(v["consent"], "court");
    assert!(
        v["legal_basis"]
            .as_str()
            .unwrap()
            .contains("föräldrabalken")
    );
}

fn lvu_case(env: &Env, pnr: &str, extra: &[&str]) -> i64 {
    let mut a = vec!["--requested-by", "committee"];
    a.extend_from_slice(extra);
    let case = env.apply(pnr, "kvalificerad-lvu", &a);
    complete_assessment(env, case, "grant", Some(ChildView::heard()));
    case
}

fn lvu_args(
    case: i64,
    from: &'static str,
    to: &'static str,
    extra: &[&'static str],
) -> Vec<String> {
    let mut a = grant_args(case, extra);
    a[4] = from.into();
    a[6] = to.into();
    a
}

#[test]
fn k3_lvu_under_15_without_a_recorded_crime_is_refused() {
    let env = Env::new();
    // 14 until 2026-12-31, 15 on 2027-01-01.
    let case = lvu_case(&env, pnr::CHILD_14, &["--guardians", "2"]);
    assert_refused(
        &env,
        &strs(&lvu_args(case, "2026-12-31", "2027-05-31", &[])),
        "K3",
    );
}

/// K3 (Ages): at 20 on the day of the decision the assessment already recommends rejection by
/// the age rule, and a grant is refused whatever the assessment says.
#[test]
fn k3_lvu_at_20_is_refused() {
    let env = Env::new();
    let case = env.apply(
        pnr::YOUNG_20,
        "kvalificerad-lvu",
        &["--requested-by", "committee"],
    );
    complete_assessment(&env, case, "reject", None);
    assert_refused(
        &env,
        &strs(&lvu_args(
            case,
            "2026-12-01",
            "2027-05-31",
            &["--deviation-reason", "Behovet är stort."],
        )),
        "K3",
    );
}

#[test]
fn k3_lvu_from_the_15th_birthday_or_under_15_with_a_crime_is_decided() {
    let env = Env::new();
    let case = lvu_case(&env, pnr::CHILD_14, &["--guardians", "2"]);
    // Decided on the 15th birthday: no consent needed, no crime needed (Ages: the decision
    // date counts, not the start date).
    let mut on_birthday = vec!["--today".to_string(), "2027-01-01".to_string()];
    on_birthday.extend(lvu_args(case, "2027-01-01", "2027-06-30", &[]));
    let v = env.json(&strs(&on_birthday));
    assert_eq!(v["consent"], "not_needed");
    let other = lvu_case(&env, pnr::CHILD_9, &["--guardians", "1"]);
    let v = env.json(&strs(&lvu_args(
        other,
        "2026-12-01",
        "2027-05-31",
        &["--crime-recorded"],
    )));
    assert_eq!(v["outcome"], "grant");
    let show = env.json(&["show", &other.to_string()]);
    assert_eq!(show["decision"]["crime_recorded"], true);
}

/// K6 (Ages): 20 until 2026-12-31, 21 on 2027-01-01. Decided on the 21st birthday: refused;
/// decided before it, the grant ends at the latest the day before, and the refusal says so.
#[test]
fn k6_kvalificerad_sol_from_the_21st_birthday_is_refused() {
    let env = Env::new();
    let case = env.apply(pnr::YOUNG_20, "kvalificerad-sol", &[]);
    complete_assessment(&env, case, "grant", None);
    let mut on_birthday = vec!["--today".to_string(), "2027-01-01".to_string()];
    on_birthday.extend(lvu_args(case, "2027-01-01", "2027-06-30", &[]));
    assert_refused(&env, &strs(&on_birthday), "K6");
    let err = assert_refused(
        &env,
        &strs(&lvu_args(case, "2026-12-01", "2027-01-01", &[])),
        "K6",
    );
    assert!(err.contains("at the latest on 2026-12-31"), "{err}");
    assert!(
        err.contains("Hint: give --to 2026-12-31 or earlier"),
        "{err}"
    );
}

#[test]
fn k6_kvalificerad_sol_the_day_before_the_21st_birthday_is_decided() {
    let env = Env::new();
    let case = env.apply(pnr::YOUNG_20, "kvalificerad-sol", &[]);
    complete_assessment(&env, case, "grant", None);
    // Ending on the day before the 21st birthday: the last day the band allows.
    env.json(&strs(&lvu_args(case, "2026-12-31", "2026-12-31", &[])));
}

#[test]
fn k1_grant_without_request_or_consent_is_refused() {
    let env = Env::new();
    // An adult: the committee started the case and the person has not consented.
    let adult = env.apply(
        pnr::ADULT,
        "kontaktperson-sol",
        &["--requested-by", "committee"],
    );
    complete_assessment(&env, adult, "grant", None);
    assert_refused(&env, &strs(&grant_args(adult, &[])), "K1");
    // 16: the guardian's consent does not count from 15.
    let teen = env.apply(
        pnr::TEEN_16,
        "kontaktperson-sol",
        &["--consent", "guardian", "--guardians", "2"],
    );
    complete_assessment(&env, teen, "grant", Some(ChildView::heard()));
    assert_refused(&env, &strs(&grant_args(teen, &[])), "K1");
    // 14, the child consents but nobody documents why without the guardians.
    let child = env.apply(
        pnr::CHILD_14,
        "kontaktperson-sol",
        &[
            "--requested-by",
            "committee",
            "--consent",
            "self",
            "--guardians",
            "2",
        ],
    );
    complete_assessment(&env, child, "grant", Some(ChildView::heard()));
    let err = assert_refused(&env, &strs(&grant_args(child, &[])), "K1");
    assert!(err.contains("--override-objection"), "{err}");
}

#[test]
fn k1_grant_on_the_right_persons_request_or_consent_is_decided() {
    let env = Env::new();
    let teen = env.apply(
        pnr::TEEN_16,
        "kontaktperson-sol",
        &["--consent", "self", "--guardians", "2"],
    );
    complete_assessment(&env, teen, "grant", Some(ChildView::heard()));
    assert_eq!(env.json(&strs(&grant_args(teen, &[])))["consent"], "own");
    // Under 15, the guardian asked.
    let child = env.apply(pnr::CHILD_9, "kontaktperson-sol", &["--guardians", "2"]);
    complete_assessment(&env, child, "grant", Some(ChildView::heard()));
    assert_eq!(
        env.json(&strs(&grant_args(child, &[])))["consent"],
        "guardian"
    );
    // From 12, the child's own consent with a documented reason (since 2023).
    let alone = env.apply(
        pnr::CHILD_14,
        "kontaktperson-sol",
        &[
            "--requested-by",
            "committee",
            "--consent",
            "self",
            "--guardians",
            "2",
        ],
    );
    complete_assessment(&env, alone, "grant", Some(ChildView::heard()));
    let v = env.json(&strs(&grant_args(
        alone,
        &[
            "--override-objection",
            "Barnet vill ha insatsen och den bedöms lämplig.",
        ],
    )));
    assert_eq!(v["consent"], "child_without_guardians");
    let show = env.json(&["show", &alone.to_string()]);
    assert_eq!(
        show["decision"]["override_reason"],
        "Barnet vill ha insatsen och den bedöms lämplig."
    );
}

#[test]
fn k2_objection_with_one_guardian_or_without_a_reason_is_refused() {
    let env = Env::new();
    let one = env.apply(pnr::CHILD_9, "kontaktperson-sol", &["--guardians", "1"]);
    complete_assessment(&env, one, "grant", Some(ChildView::heard()));
    let err = assert_refused(
        &env,
        &strs(&grant_args(
            one,
            &[
                "--guardian-objects",
                "--override-objection",
                "Barnets bästa kräver det.",
            ],
        )),
        "K2",
    );
    assert!(err.contains("two guardians"), "{err}");
    // The file learns of the second guardian through `person update`, which keeps the old count.
    env.ok(&[
        "person",
        "update",
        pnr::CHILD_9,
        "--guardians",
        "2",
        "--note",
        "Båda föräldrarna har gemensam vårdnad.",
    ]);
    let two = env.apply(pnr::CHILD_9, "kontaktperson-sol", &["--guardians", "2"]);
    complete_assessment(&env, two, "grant", Some(ChildView::heard()));
    assert_refused(&env, &strs(&grant_args(two, &["--guardian-objects"])), "K2");
}

#[test]
fn k2_objection_of_one_of_two_guardians_with_a_reason_is_decided() {
    let env = Env::new();
    let case = env.apply(
        pnr::CHILD_9,
        "kontaktperson-sol",
        &["--guardians", "2", "--consent", "guardian"],
    );
    complete_assessment(&env, case, "grant", Some(ChildView::heard()));
    let v = env.json(&strs(&grant_args(
        case,
        &[
            "--guardian-objects",
            "--override-objection",
            "Barnets bästa kräver insatsen.",
        ],
    )));
    assert_eq!(v["consent"], "one_of_two_guardians");
    let show = env.json(&["show", &case.to_string()]);
    assert_eq!(show["decision"]["guardian_objects"], true);
    let last = journal(&env, case).pop().unwrap().1;
    assert!(
        last.contains("En vårdnadshavare motsätter sig insatsen"),
        "{last}"
    );
}

fn economy_args(case: i64, to: &'static str) -> Vec<String> {
    let mut a = grant_args(case, &["--purpose", "economy"]);
    a[6] = to.into();
    a
}

#[test]
fn a3_economy_help_longer_than_four_months_is_refused() {
    let env = Env::new();
    let case = assessed_adult(&env);
    // From 2026-12-01 four months end on 2027-03-31.
    let err = assert_refused(&env, &strs(&economy_args(case, "2027-04-01")), "A3");
    assert!(err.contains("god man"), "{err}");
}

#[test]
fn a3_economy_help_of_four_months_is_decided() {
    let env = Env::new();
    let case = assessed_adult(&env);
    let v = env.json(&strs(&economy_args(case, "2027-03-31")));
    assert_eq!(v["purpose"], "economy");
    // Only kontaktperson under SoL has that purpose.
    let other = env.apply(pnr::ADULT_MAN, "ledsagning-sol", &[]);
    complete_assessment(&env, other, "grant", None);
    assert_fails_unchanged(
        &env,
        &strs(&economy_args(other, "2027-03-31")),
        2,
        "kontaktperson-sol",
    );
}

#[test]
fn g2_decision_against_the_recommendation_without_a_reason_is_refused() {
    let env = Env::new();
    let case = env.apply(
        pnr::ADULT,
        "kontaktperson-sol",
        &["--address", "Storgatan 1"],
    );
    complete_assessment(&env, case, "reject", None);
    let err = assert_refused(&env, &strs(&grant_args(case, &[])), "G2");
    assert!(err.contains("--deviation-reason"), "{err}");
    let other = assessed_adult(&env);
    assert_refused(
        &env,
        &[
            "decide",
            &other.to_string(),
            "--reject",
            "--no-communication-reason",
            "Uppgifterna kommer från den enskilde själv.",
            "--reason",
            "Behovet tillgodoses av anhöriga.",
        ],
        "G2",
    );
}

#[test]
fn g2_decision_against_the_recommendation_with_a_written_reason_is_decided() {
    let env = Env::new();
    let case = env.apply(
        pnr::ADULT,
        "kontaktperson-sol",
        &["--address", "Storgatan 1"],
    );
    complete_assessment(&env, case, "reject", None);
    let v = env.json(&strs(&grant_args(
        case,
        &[
            "--deviation-reason",
            "Den enskildes nätverk har brutits sedan utredningen.",
        ],
    )));
    assert_eq!(
        v["deviation_reason"],
        "Den enskildes nätverk har brutits sedan utredningen."
    );
    let last = journal(&env, case).pop().unwrap().1;
    assert!(
        last.contains("avviker från utredningens bedömning"),
        "{last}"
    );
    let other = assessed_adult(&env);
    let v = env.json(&[
        "decide",
        &other.to_string(),
        "--reject",
        "--no-communication-reason",
        "Uppgifterna kommer från den enskilde själv.",
        "--reason",
        "Den enskilde har återkallat ansökan.",
        "--deviation-reason",
        "Ansökan återkallad efter utredningen.",
    ]);
    assert_eq!(v["outcome"], "reject");
}

#[test]
fn a2_more_than_two_meetings_a_month_at_65_warns_and_journals_the_warning() {
    let env = Env::new();
    let case = env.apply(pnr::SENIOR_70, "kontaktperson-sol", &[]);
    complete_assessment(&env, case, "grant", None);
    let out = env.run(&strs(&grant_args(case, &["--meetings", "4"])));
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.starts_with("warning: A2:"), "{err}");
    let j = journal(&env, case);
    let (kind, text) = j.last().unwrap();
    assert_eq!(kind, "warning");
    assert!(text.contains("Varning (A2)"), "{text}");
    assert!(text.contains("4 träffar"), "{text}");
}

#[test]
fn a2_two_meetings_a_month_at_65_do_not_warn() {
    let env = Env::new();
    let case = env.apply(pnr::SENIOR_70, "kontaktperson-sol", &[]);
    complete_assessment(&env, case, "grant", None);
    let out = env.run(&strs(&grant_args(case, &["--meetings", "2"])));
    assert!(out.status.success());
    assert_eq!(stderr(&out), "");
    assert!(journal(&env, case).iter().all(|(k, _)| k != "warning"));
}

#[test]
fn a_rejection_records_its_reason_and_rejects_the_case() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    complete_assessment(&env, case, "reject", None);
    let v = env.json(&[
        "decide",
        &case.to_string(),
        "--reject",
        "--no-communication-reason",
        "Uppgifterna kommer från den enskilde själv.",
        "--reason",
        "Behovet kan tillgodoses genom kommunens träffpunkter.",
    ]);
    assert_eq!(v["outcome"], "reject");
    assert_eq!(v["from"], serde_json::Value::Null);
    assert_eq!(v["hours_per_month"], serde_json::Value::Null);
    assert_eq!(v["status"], "rejected");
    assert_eq!(listed_status(&env, case), "rejected");
    let last = journal(&env, case).pop().unwrap().1;
    assert!(last.starts_with("Beslut #1: avslag"), "{last}");
    assert!(last.contains("träffpunkter"), "{last}");
}

#[test]
fn a_new_decision_replaces_the_one_in_force_and_the_history_keeps_both() {
    let env = Env::new();
    let case = assessed_adult(&env);
    env.json(&strs(&grant_args(case, &[])));
    let mut args = grant_args(case, &[]);
    args[8] = "14".into();
    let v = env.json(&strs(&args));
    assert_eq!(v["decision_id"], 2);
    assert_eq!(v["replaces"], 1);
    let show = env.json(&["show", &case.to_string()]);
    assert_eq!(show["decision"]["decision_id"], 2);
    assert_eq!(show["decision"]["hours_per_month"], 14.0);
    let history = show["decisions"].as_array().unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0]["status"], "replaced");
    assert_eq!(history[1]["status"], "in_force");
    assert_eq!(history[1]["replaces"], 1);
    let last = journal(&env, case).pop().unwrap().1;
    assert!(last.contains("Ersätter beslut #1"), "{last}");
}

#[test]
fn a_rejection_without_an_assessment_is_allowed_for_an_adult() {
    // G6 guards grants; a rejection needs no investigation, but still states its reason.
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    let v = env.json(&[
        "decide",
        &case.to_string(),
        "--reject",
        "--no-communication-reason",
        "Uppgifterna kommer från den enskilde själv.",
        "--reason",
        "Den enskilde tillhör LSS personkrets; ansökan prövas enligt LSS.",
    ]);
    assert_eq!(v["assessment_id"], serde_json::Value::Null);
}
