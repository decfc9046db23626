//! `report unexecuted` (D3) and `report ivo` (R1): the quarter's edges, three months to the day.

use super::*;

fn quarter(env: &Env, report: &str, q: &str) -> Vec<Value> {
    items(env, &[report, "--quarter", q])
}

#[test]
fn d3_unexecuted_three_months_to_the_day_at_the_quarters_end() {
    let env = Env::new();
    // Three months run out on Q2's last day: still in time on it.
    let last_day = granted(&env, pnr::ADULT, "2026-03-31", "2027-03-30");
    sql_execute_by(&env, last_day.order_id, "2026-06-30");
    // One day earlier: late on Q2's last day.
    let day_before = granted(&env, pnr::ADULT, "2026-03-29", "2027-03-28");
    sql_execute_by(&env, day_before.order_id, "2026-06-29");

    let q2 = quarter(&env, "unexecuted", "2026-Q2");
    assert_eq!(cases(&q2), vec![day_before.case_id]);
    assert_eq!(q2[0]["execute_by"], "2026-06-29");
    assert_eq!(q2[0]["days_late"], 1);
    assert_eq!(q2[0]["state"], "not_executed");
    assert_eq!(q2[0]["executed"], Value::Null);
    let doc = env.json(&["report", "unexecuted", "--quarter", "2026-Q2"]);
    assert_eq!(doc["as_of"], "2026-06-30");
    assert_eq!(doc["quarter"], "2026-Q2");
    assert_eq!(doc["quarter_start"], "2026-04-01");

    // Still unexecuted: both stay in the next quarters (R1), sorted by decision day.
    let q3 = quarter(&env, "unexecuted", "2026-Q3");
    assert_eq!(cases(&q3), vec![day_before.case_id, last_day.case_id]);
    assert_eq!(q3[0]["days_late"], 93);
    // The quarter running is read as of today.
    let now = items(&env, &["unexecuted"]);
    assert_eq!(now.len(), 2);
    assert_eq!(
        env.json(&["report", "unexecuted"])["as_of"],
        TODAY,
        "the running quarter is as of today"
    );
}

#[test]
fn r1_executed_on_q1_last_day_leaves_the_report_and_on_q2_first_day_stays_in_q1() {
    let env = Env::new();
    // Both decided 2025-12-01, to be executed by 2026-03-01.
    let on_q1_last = granted(&env, pnr::ADULT, "2025-12-01", "2026-11-30");
    let on_q2_first = granted(&env, pnr::ADULT, "2025-12-01", "2026-11-30");
    sql_execute(&env, &on_q1_last, "2026-03-31");
    sql_execute(&env, &on_q2_first, "2026-04-01");

    let q1 = quarter(&env, "unexecuted", "2026-Q1");
    assert_eq!(cases(&q1), vec![on_q1_last.case_id, on_q2_first.case_id]);
    assert_eq!(
        (&q1[0]["state"], &q1[0]["executed"], &q1[0]["days_late"]),
        (&"executed_late".into(), &"2026-03-31".into(), &30.into())
    );
    // As of Q1's end the other one was not executed yet.
    assert_eq!(
        (&q1[1]["state"], &q1[1]["executed"], &q1[1]["days_late"]),
        (&"not_executed".into(), &Value::Null, &30.into())
    );

    let q2 = quarter(&env, "unexecuted", "2026-Q2");
    assert_eq!(cases(&q2), vec![on_q2_first.case_id]);
    assert_eq!(q2[0]["executed"], "2026-04-01");
    assert_eq!(q2[0]["days_late"], 31);
    assert!(quarter(&env, "unexecuted", "2026-Q3").is_empty());
}

#[test]
fn r1_a_grant_stays_until_it_is_executed_or_ended() {
    let env = Env::new();
    let ended = granted(&env, pnr::ADULT, "2026-04-01", "2027-03-31"); // by 2026-07-01
    sql_end(&env, &ended, "2026-08-15");
    let open = granted(&env, pnr::ADULT, "2026-04-01", "2027-03-31");
    assert!(quarter(&env, "unexecuted", "2026-Q2").is_empty());
    let q3 = quarter(&env, "unexecuted", "2026-Q3");
    assert_eq!(cases(&q3), vec![ended.case_id, open.case_id]);
    assert_eq!(q3[0]["state"], "ended_unexecuted");
    assert_eq!(q3[0]["ended"], "2026-08-15");
    assert_eq!(q3[0]["days_late"], 45);
    assert_eq!(
        cases(&quarter(&env, "unexecuted", "2026-Q4")),
        vec![open.case_id]
    );
    // A grant without an order is late too, counted from its decision.
    let no_order = granted(&env, pnr::ADULT, "2026-05-10", "2027-05-09");
    sql_without_order(&env, &no_order);
    let q4 = quarter(&env, "unexecuted", "2026-Q4");
    assert_eq!(cases(&q4), vec![open.case_id, no_order.case_id]);
    assert_eq!(q4[1]["execute_by"], "2026-08-10");
    assert_eq!(q4[1]["provider"], Value::Null);
}

#[test]
fn r1_ivo_lists_sol_and_lss_not_executed_with_identity_offers_and_room_for_reasons() {
    let env = Env::new();
    let sol = granted(&env, pnr::ADULT, "2026-04-01", "2027-03-31");
    let lss_case = env.apply(pnr::ADULT_MAN, "kontaktperson-lss", &["--consent", "self"]);
    let lss = grant_and_order(&env, lss_case, "2026-04-01", "2027-03-31", 10.0);
    // Umgängesstöd is a court's decision under FB: not in IVO's report.
    let fb_case = env.apply(
        pnr::CHILD_9,
        "umgangesstod",
        &["--court-ref", "T 1-26", "--guardians", "2"],
    );
    grant_and_order(&env, fb_case, "2026-04-01", "2027-03-31", 6.0);
    let a = sql_assignee(&env, "196302062846", "Kim Kontakt");
    sql_offer(&env, &sol, a, "2026-06-10", "declined");
    sql_offer(&env, &sol, a, "2026-09-01", "pending");

    let q3 = quarter(&env, "ivo", "2026-Q3");
    assert_eq!(cases(&q3), vec![sol.case_id, lss.case_id]);
    let row = &q3[0];
    assert_eq!(row["kind"], "not_executed");
    assert_eq!(row["report_kind"], "new");
    assert_eq!(row["law"], "SoL");
    assert_eq!(row["insats"], "kontaktperson-sol");
    assert_eq!(row["intervention"], "kontaktperson");
    assert_eq!(row["decided"], "2026-04-01");
    assert_eq!(row["execute_by"], "2026-07-01");
    assert_eq!(
        row["offers"],
        "2026-06-10 avböjt (av vem ej angivet); 2026-09-01 inget svar än"
    );
    assert_eq!(
        (&row["reason"], &row["interim_support"], &row["missing"]),
        (&"".into(), &"".into(), &"reason, consequences".into())
    );
    assert_eq!(row["identity"], "19900101-****");
    assert_eq!(q3[1]["law"], "LSS");
    assert!(
        q3[1]["legal_basis"].as_str().unwrap().contains("LSS"),
        "{}",
        q3[1]
    );
    // Still not executed next quarter: continuing.
    let q4 = quarter(&env, "ivo", "2026-Q4");
    assert_eq!(q4[0]["report_kind"], "continuing");
    // Before the three months ran out: nothing to report, the header alone (issue 20: only
    // the nightly reminders print nothing).
    let q2 = env.run(&["report", "ivo", "--quarter", "2026-Q2"]);
    assert!(
        q2.status.success() && stdout(&q2).lines().count() == 1,
        "{}",
        stdout(&q2)
    );
}

#[test]
fn r1_interruption_begins_the_day_after_three_months_without_a_meeting() {
    let env = Env::new();
    let executed = |visits: &[&str]| {
        let g = granted(&env, pnr::ADULT, "2026-01-15", "2026-12-31");
        sql_execute(&env, &g, "2026-01-15");
        for day in visits {
            sql_visit(&env, &g, day, 8.0);
        }
        g
    };
    // 02-01 to 05-01 is three months to the day: no interruption.
    let in_time = executed(&[
        "2026-02-01",
        "2026-05-01",
        "2026-06-15",
        "2026-08-01",
        "2026-09-15",
    ]);
    // 02-01 to 05-02: interrupted from 02-01, resumed 05-02.
    let resumed = executed(&[
        "2026-02-01",
        "2026-05-02",
        "2026-06-15",
        "2026-08-01",
        "2026-09-15",
    ]);
    // Nothing since 02-01: interrupted still.
    let lasting = executed(&["2026-02-01"]);

    let q2 = quarter(&env, "ivo", "2026-Q2");
    assert_eq!(cases(&q2), vec![resumed.case_id, lasting.case_id], "{q2:?}");
    assert_eq!(q2[0]["kind"], "interruption");
    assert_eq!(q2[0]["interrupted_since"], "2026-02-01");
    assert_eq!(q2[0]["resumed"], "2026-05-02");
    assert_eq!(q2[0]["executed"], "2026-01-15");
    assert_eq!(q2[1]["resumed"], Value::Null);
    assert!(!cases(&q2).contains(&in_time.case_id));
    // In Q3 only the lasting one is still interrupted.
    let q3 = quarter(&env, "ivo", "2026-Q3");
    assert_eq!(cases(&q3), vec![lasting.case_id]);
}

#[test]
fn r1_partly_executed_below_half_of_the_granted_hours() {
    let env = Env::new();
    let used = |last: f64| {
        let g = granted(&env, pnr::ADULT, "2026-06-01", "2027-05-31");
        sql_execute(&env, &g, "2026-06-01");
        sql_visit(&env, &g, "2026-07-10", 5.0);
        sql_visit(&env, &g, "2026-08-10", 5.0);
        sql_visit(&env, &g, "2026-09-10", last);
        g
    };
    let below = used(4.9); // 14.9 of 30 hours
    let half = used(5.0); // 15 of 30
    let q3 = quarter(&env, "ivo", "2026-Q3");
    assert_eq!(cases(&q3), vec![below.case_id]);
    assert_eq!(q3[0]["kind"], "partly_executed");
    assert_eq!(q3[0]["granted_hours"], 30.0);
    assert_eq!(q3[0]["used_hours"], 14.9);
    let stricter = items(
        &env,
        &["ivo", "--quarter", "2026-Q3", "--partly-below", "60"],
    );
    assert_eq!(cases(&stricter), vec![below.case_id, half.case_id]);
    // Hours lost by a late cancellation count as used (E4).
    sql_cancel(&env, &below, "2026-09-20", "individual", None, "lost");
    assert!(quarter(&env, "ivo", "2026-Q3").is_empty());
}
