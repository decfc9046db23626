//! `report ivo` as IVO's individual reports (R1): new, continuing and closing across quarters,
//! who declined, interruptions to the day, the identity IVO asks for, and `ivo note`.

use super::*;

fn ivo(env: &Env, q: &str) -> Vec<Value> {
    items(env, &["ivo", "--quarter", q])
}

fn ivo_revealed(env: &Env, q: &str) -> Vec<Value> {
    items(env, &["ivo", "--quarter", q, "--reveal"])
}

/// SQL: who declined the offer (what `match decline --by` writes).
fn sql_declined_by(env: &Env, case_id: i64, by: &str) {
    env.conn()
        .execute(
            "UPDATE offer SET declined_by = ?2 WHERE case_id = ?1 AND outcome = 'declined'",
            params![case_id, by],
        )
        .unwrap();
}

#[test]
fn r1_new_continuing_and_closing_across_three_quarters() {
    let env = Env::new();
    // Decided 2026-03-02: in time to 2026-06-02, reportable from 2026-06-03.
    let g = granted(&env, pnr::ADULT, "2026-03-02", "2027-03-01");
    sql_execute(&env, &g, "2026-10-15");
    assert!(ivo(&env, "2026-Q1").is_empty());
    let q2 = ivo(&env, "2026-Q2");
    assert_eq!(cases(&q2), vec![g.case_id]);
    assert_eq!(q2[0]["report_kind"], "new");
    assert_eq!(q2[0]["closed_day"], Value::Null);
    let q3 = ivo(&env, "2026-Q3");
    assert_eq!(q3[0]["report_kind"], "continuing");
    let q4 = ivo(&env, "2026-Q4");
    assert_eq!(q4[0]["report_kind"], "closing");
    assert_eq!(q4[0]["closed_day"], "2026-10-15");
    assert_eq!(q4[0]["executed"], "2026-10-15");
}

#[test]
fn r1_executed_in_the_quarter_it_became_reportable_is_new_with_its_day() {
    let env = Env::new();
    let g = granted(&env, pnr::ADULT, "2026-03-02", "2027-03-01");
    sql_execute(&env, &g, "2026-06-20");
    for day in ["2026-07-10", "2026-08-10", "2026-09-10"] {
        sql_visit(&env, &g, day, 6.0);
    }
    let q2 = ivo(&env, "2026-Q2");
    assert_eq!(q2[0]["report_kind"], "new");
    assert_eq!(q2[0]["closed_day"], "2026-06-20");
    assert!(ivo(&env, "2026-Q3").is_empty(), "closed: sent once");
}

#[test]
fn r1_a_declined_offer_keeps_the_decision_in_the_report_and_names_who_declined() {
    let env = Env::new();
    let by_person = granted(&env, pnr::ADULT, "2026-04-01", "2027-03-31");
    let by_assignee = granted(&env, pnr::ADULT_MAN, "2026-04-01", "2027-03-31");
    let a = sql_assignee(&env, "196302062846", "Kim Kontakt");
    sql_offer(&env, &by_person, a, "2026-05-10", "declined");
    sql_declined_by(&env, by_person.case_id, "individual");
    sql_offer(&env, &by_assignee, a, "2026-05-12", "declined");
    sql_declined_by(&env, by_assignee.case_id, "assignee");
    let q3 = ivo(&env, "2026-Q3");
    assert_eq!(cases(&q3), vec![by_person.case_id, by_assignee.case_id]);
    assert_eq!(q3[0]["offers"], "2026-05-10 avböjt av den enskilde");
    assert_eq!(q3[1]["offers"], "2026-05-12 avböjt av uppdragstagaren");
    assert_eq!(q3[0]["kind"], "not_executed");
}

/// An executed grant with meetings on `visits`.
fn executed_with(env: &Env, pnr: &str, visits: &[&str]) -> Granted {
    let g = granted(env, pnr, "2026-01-15", "2026-12-31");
    sql_execute(env, &g, "2026-01-15");
    for day in visits {
        sql_visit(env, &g, day, 12.0);
    }
    g
}

#[test]
fn r1_interruption_of_exactly_three_months_and_of_three_months_and_a_day() {
    let env = Env::new();
    // 02-01 to 05-01 is exactly three months: still in time.
    let exact = executed_with(
        &env,
        pnr::ADULT,
        &["2026-02-01", "2026-05-01", "2026-06-01"],
    );
    // 02-01 to 05-02: three months and a day.
    let day_more = executed_with(
        &env,
        pnr::ADULT,
        &["2026-02-01", "2026-05-02", "2026-06-01"],
    );
    let q2 = ivo(&env, "2026-Q2");
    let interrupted = of_kind(&q2, "interruption");
    assert_eq!(cases(&interrupted), vec![day_more.case_id], "{q2:?}");
    assert!(!cases(&q2).contains(&exact.case_id));
    let row = &interrupted[0];
    assert_eq!(row["interrupted_since"], "2026-02-01");
    assert_eq!(row["resumed"], "2026-05-02");
    assert_eq!(row["report_kind"], "new");
    assert_eq!(row["closed_day"], "2026-05-02");
}

#[test]
fn r1_an_interruption_counts_from_the_day_the_agreement_ended() {
    let env = Env::new();
    let g = executed_with(&env, pnr::ADULT, &["2026-02-01"]);
    let a = sql_assignee(&env, "196302062846", "Kim Kontakt");
    let agreement = sql_agreement(&env, &g, a, "2026-01-15", None, None);
    sql_end_agreement(&env, agreement, "2026-03-10");
    // From the last meeting (02-01) it would be reportable from 05-02; from the agreement's
    // end (03-10) only from 06-11.
    let q2 = ivo(&env, "2026-Q2");
    assert_eq!(q2[0]["kind"], "interruption");
    assert_eq!(q2[0]["interrupted_since"], "2026-03-10");
    let early = items(&env, &["--today", "2026-06-10", "ivo"]);
    assert!(of_kind(&early, "interruption").is_empty(), "{early:?}");
    // Still interrupted in Q3: continuing.
    assert_eq!(ivo(&env, "2026-Q3")[0]["report_kind"], "continuing");
}

#[test]
fn r1_a_voided_visit_is_no_meeting() {
    let env = Env::new();
    let g = executed_with(
        &env,
        pnr::ADULT,
        &["2026-02-01", "2026-04-20", "2026-06-01"],
    );
    env.conn()
        .execute(
            "UPDATE visit SET voided = 1 WHERE case_id = ?1 AND day = '2026-04-20'",
            [g.case_id],
        )
        .unwrap();
    let q2 = ivo(&env, "2026-Q2");
    assert_eq!(of_kind(&q2, "interruption")[0]["resumed"], "2026-06-01");
}

fn apply_without_number(env: &Env, born: &str, sex: &str) -> i64 {
    env.json(&[
        "apply",
        "--no-pnr",
        "--born",
        born,
        "--sex",
        sex,
        "--name",
        "Ny Person",
        "--insats",
        "kontaktperson-sol",
        "--consent",
        "self",
    ])["case_id"]
        .as_i64()
        .unwrap()
}

#[test]
fn r1_identity_personnummer_samordningsnummer_and_reserve_number() {
    let env = Env::new();
    let with_pnr = granted(&env, pnr::ADULT, "2026-04-01", "2027-03-31");
    let coordination = granted(&env, pnr::COORDINATION, "2026-04-01", "2027-03-31");
    let woman = apply_without_number(&env, "1980-05-05", "female");
    let man = apply_without_number(&env, "1980-05-05", "male");
    for case in [woman, man] {
        grant_and_order(&env, case, "2026-04-01", "2027-03-31", 10.0);
    }
    let q3 = ivo_revealed(&env, "2026-Q3");
    let identity = |case: i64| {
        q3.iter()
            .find(|r| r["case_id"] == case)
            .map(|r| r["identity"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(identity(with_pnr.case_id), "19900101-2385");
    // A reserve number is already IVO's form: the middle digit even for a woman, odd for a man.
    assert_eq!(identity(woman), "19800505-T000");
    assert_eq!(identity(man), "19800505-T010");
    // A samordningsnummer is no personnummer: IVO's form, the real birth date, a man's digit.
    let t = identity(coordination.case_id);
    assert!(t.starts_with("19730228-T") && t.len() == 13, "{t}");
    assert_eq!((t.as_bytes()[11] - b'0') % 2, 1, "{t}");
    // The same in the next quarter.
    let q4 = ivo_revealed(&env, "2026-Q4");
    assert!(q4.iter().any(|r| r["identity"] == t.as_str()));
}

#[test]
fn r1_identity_is_masked_unless_revealed_and_the_reveal_is_audited() {
    let env = Env::new();
    granted(&env, pnr::ADULT, "2026-04-01", "2027-03-31");
    let protected = env.apply(pnr::ADULT_MAN, "kontaktperson-sol", &["--protected"]);
    grant_and_order(&env, protected, "2026-04-01", "2027-03-31", 10.0);
    let audits = |env: &Env| -> i64 {
        env.conn()
            .query_row(
                "SELECT count(*) FROM audit WHERE action = 'report ivo --reveal'",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    let masked = ivo(&env, "2026-Q3");
    assert_eq!(masked[0]["identity"], "19900101-****");
    assert_eq!(audits(&env), 0);
    let csv = env.ok(&["report", "ivo", "--quarter", "2026-Q3", "--format", "csv"]);
    assert!(!csv.contains("2385"), "{csv}");
    let revealed = ivo_revealed(&env, "2026-Q3");
    assert_eq!(revealed[0]["identity"], "19900101-2385");
    assert_eq!(audits(&env), 1);
    // A protected identity is never shown, and marked for the information box.
    let p = revealed.iter().find(|r| r["case_id"] == protected).unwrap();
    assert_eq!(p["identity"], "skyddad identitet");
    assert_eq!(p["protected"], true);
    assert!(
        p["information"]
            .as_str()
            .unwrap()
            .contains("skyddade personuppgifter")
    );
}

#[test]
fn r1_ivo_note_fills_the_caseworkers_fields_and_is_journalled() {
    let env = Env::new();
    let g = granted(&env, pnr::ADULT, "2026-04-01", "2027-03-31");
    let case = g.case_id.to_string();
    let run = env.run(&["report", "ivo", "--quarter", "2026-Q3"]);
    assert!(
        stderr(&run).contains(&format!("cases {}", g.case_id)),
        "{}",
        stderr(&run)
    );
    let noted = env.json(&[
        "ivo",
        "note",
        &case,
        "--reason",
        "Ingen lämplig kontaktperson.",
        "--consequences",
        "Fortsatt isolering.",
    ]);
    assert!(noted["journal_entry"].as_i64().is_some());
    env.json(&[
        "ivo",
        "note",
        &case,
        "--reason",
        "Rekrytering pågår.",
        "--interim",
        "Träffpunkt.",
    ]);
    let row = &ivo(&env, "2026-Q3")[0];
    assert_eq!(row["reason"], "Rekrytering pågår.");
    assert_eq!(
        row["consequences"], "Fortsatt isolering.",
        "kept from the first note"
    );
    assert_eq!(row["interim_support"], "Träffpunkt.");
    assert_eq!(row["missing"], "");
    let journal = env.ok(&["log", &case]);
    assert!(
        journal.contains("Ingen lämplig kontaktperson."),
        "{journal}"
    );
}

#[test]
fn r1_ivo_note_refuses_a_type_not_reported_and_empty_text() {
    let env = Env::new();
    let lvu = env.apply(pnr::TEEN_16, "kvalificerad-lvu", &[]);
    let before = env.dump();
    let out = env.run(&["ivo", "note", &lvu.to_string(), "--reason", "Skäl."]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("R1"), "{}", stderr(&out));
    assert_eq!(env.dump(), before);
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    let before = env.dump();
    let empty = env.run(&["ivo", "note", &case.to_string(), "--reason", "  "]);
    assert_eq!(empty.status.code(), Some(2));
    assert_eq!(env.dump(), before);
}

#[test]
fn r1_partly_executed_reports_the_part_not_executed_and_closes_when_used_again() {
    let env = Env::new();
    // 10 hours a month from 2026-03-01: Q2 used 6 of 30, Q3 used 30 of 30.
    let g = granted(&env, pnr::ADULT, "2026-03-01", "2027-02-28");
    sql_execute(&env, &g, "2026-03-01");
    for (day, h) in [
        ("2026-04-10", 2.0),
        ("2026-05-10", 2.0),
        ("2026-06-10", 2.0),
    ] {
        sql_visit(&env, &g, day, h);
    }
    for day in ["2026-07-10", "2026-08-10", "2026-09-10", "2026-10-10"] {
        sql_visit(&env, &g, day, 10.0);
    }
    let q2 = of_kind(&ivo(&env, "2026-Q2"), "partly_executed");
    assert_eq!(
        q2[0]["report_kind"], "new",
        "Q1 was not a whole quarter executed"
    );
    assert_eq!(q2[0]["granted_hours"], 30.0);
    assert_eq!(q2[0]["not_executed_hours"], 24.0);
    let q3 = of_kind(&ivo(&env, "2026-Q3"), "partly_executed");
    assert_eq!(q3[0]["report_kind"], "closing");
    assert_eq!(q3[0]["closed_day"], "2026-07-01");
    // Closed: not sent again while the hours are used.
    assert!(of_kind(&ivo(&env, "2026-Q4"), "partly_executed").is_empty());
}

#[test]
fn r1_a_grant_ending_early_in_the_quarter_is_not_judged_on_its_last_days() {
    let env = Env::new();
    let g = granted(&env, pnr::ADULT, "2026-01-01", "2026-07-02");
    sql_execute(&env, &g, "2026-01-01");
    for day in [
        "2026-01-10",
        "2026-02-10",
        "2026-03-10",
        "2026-04-10",
        "2026-05-10",
        "2026-06-10",
    ] {
        sql_visit(&env, &g, day, 10.0);
    }
    assert!(of_kind(&ivo(&env, "2026-Q3"), "partly_executed").is_empty());
}
