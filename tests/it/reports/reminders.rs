//! `report reminders` and `report expiring`: each kind on both sides of its boundary.

use super::*;

/// A grant running well past the window, executed and used: nothing of it is due.
fn quiet_case(env: &Env) -> Granted {
    let g = granted(env, pnr::ADULT, "2026-06-01", "2027-05-31");
    sql_execute(env, &g, "2026-06-15");
    sql_visit(env, &g, "2026-11-10", 3.0);
    g
}

#[test]
fn reminders_print_nothing_and_exit_0_when_nothing_is_due_as_cron_runs_them() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    quiet_case(&env);
    // No terminal (as cron runs it) and no NO_COLOR: still not one byte.
    for format in [None, Some("table"), Some("csv")] {
        let mut cmd = env.cmd();
        cmd.env_remove("NO_COLOR").args(["report", "reminders"]);
        if let Some(f) = format {
            cmd.args(["--format", f]);
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{format:?}");
        assert!(out.stdout.is_empty(), "{format:?}: {}", stdout(&out));
        assert!(out.stderr.is_empty(), "{format:?}: {}", stderr(&out));
    }
    // A script asking for JSON gets the empty document.
    for args in [
        vec!["--json", "report", "reminders"],
        vec!["report", "reminders", "--format", "json"],
    ] {
        let out = env.run(&args);
        assert_eq!(out.status.code(), Some(0));
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(
            doc,
            serde_json::json!({"as_of": TODAY, "within_days": 30, "items": [],
                "summary": {"total": 0, "due": 0, "overdue": 0, "kinds": {}}})
        );
    }
}

#[test]
fn reminders_on_a_fresh_file_with_no_cases_are_silent_too() {
    let env = Env::new();
    env.ok(&["init"]);
    let out = env.run(&["report", "reminders", "--within", "365"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
}

#[test]
fn g1_expiring_within_30_days_but_not_31() {
    let env = Env::new();
    let on_30 = granted(&env, pnr::ADULT, "2026-06-01", "2026-12-23");
    let on_31 = granted(&env, pnr::ADULT, "2026-06-01", "2026-12-24");
    let today = granted(&env, pnr::ADULT, "2026-06-01", TODAY);
    let yesterday = granted(&env, pnr::ADULT, "2026-06-01", "2026-11-22");
    for g in [&on_30, &on_31, &today, &yesterday] {
        sql_execute(&env, g, "2026-06-10");
    }
    let expiring = of_kind(&items(&env, &["reminders"]), "expiring");
    assert_eq!(cases(&expiring), vec![today.case_id, on_30.case_id]);
    assert_eq!(expiring[0]["rule"], "G1");
    assert_eq!(expiring[0]["due"], TODAY);
    assert_eq!(expiring[0]["overdue"], false);
    assert!(
        expiring[0]["message"].as_str().unwrap().contains("i dag"),
        "{}",
        expiring[0]
    );
    assert_eq!(expiring[1]["due"], "2026-12-23");

    // report expiring: default 30 days, and --within moves the edge.
    let report = items(&env, &["expiring"]);
    assert_eq!(cases(&report), vec![today.case_id, on_30.case_id]);
    assert_eq!(report[0]["days_left"], 0);
    assert_eq!(report[1]["days_left"], 30);
    assert_eq!(report[1]["to"], "2026-12-23");
    let wider = items(&env, &["expiring", "--within", "31"]);
    assert_eq!(
        cases(&wider),
        vec![today.case_id, on_30.case_id, on_31.case_id]
    );
    let reminders_31 = of_kind(&items(&env, &["reminders", "--within", "31"]), "expiring");
    assert_eq!(reminders_31.len(), 3);
}

#[test]
fn d3_unexecuted_on_the_day_the_day_after_and_the_day_before() {
    let env = Env::new();
    let due_today = granted(&env, pnr::ADULT, "2026-08-23", "2027-08-22");
    let overdue = granted(&env, pnr::ADULT, "2026-08-22", "2027-08-21");
    let tomorrow = granted(&env, pnr::ADULT, "2026-08-24", "2027-08-23");
    sql_execute_by(&env, due_today.order_id, TODAY);
    sql_execute_by(&env, overdue.order_id, "2026-11-22");
    sql_execute_by(&env, tomorrow.order_id, "2026-11-24");
    // Executed orders are never reminded of.
    let done = granted(&env, pnr::ADULT, "2026-08-01", "2027-07-31");
    sql_execute(&env, &done, "2026-10-01");

    let list = of_kind(&items(&env, &["reminders", "--within", "0"]), "unexecuted");
    assert_eq!(cases(&list), vec![overdue.case_id, due_today.case_id]);
    assert_eq!(list[0]["rule"], "D3");
    assert_eq!(list[0]["overdue"], true);
    assert_eq!(list[0]["due"], "2026-11-22");
    assert!(
        list[0]["message"]
            .as_str()
            .unwrap()
            .contains("ej verkställt")
    );
    assert_eq!(list[1]["overdue"], false);
    assert!(
        list[1]["message"]
            .as_str()
            .unwrap()
            .contains("Utföraren AB")
    );
    let wider = of_kind(&items(&env, &["reminders", "--within", "1"]), "unexecuted");
    assert_eq!(
        cases(&wider),
        vec![overdue.case_id, due_today.case_id, tomorrow.case_id]
    );
}

#[test]
fn d3_a_grant_without_an_order_counts_from_its_decision_day() {
    let env = Env::new();
    // Decided 2026-08-23: three months run out today. Decided 08-24: tomorrow.
    let today = granted(&env, pnr::ADULT, "2026-08-23", "2027-08-22");
    let tomorrow = granted(&env, pnr::ADULT, "2026-08-24", "2027-08-23");
    // An open order due 2026-11-22, to show the two kinds of row merged by date.
    let order = granted(&env, pnr::ADULT, "2026-08-22", "2027-08-21");
    sql_execute_by(&env, order.order_id, "2026-11-22");
    sql_without_order(&env, &today);
    sql_without_order(&env, &tomorrow);
    let list = of_kind(&items(&env, &["reminders", "--within", "0"]), "unexecuted");
    assert_eq!(cases(&list), vec![order.case_id, today.case_id]);
    assert_eq!(list[1]["due"], TODAY);
    assert!(
        list[1]["message"]
            .as_str()
            .unwrap()
            .contains("ingen beställning")
    );
}

#[test]
fn g1_follow_up_due_six_weeks_before_the_end_and_not_once_made() {
    let env = Env::new();
    // Due 2027-01-04 - 6 weeks = today; the next one tomorrow.
    let today = granted(&env, pnr::ADULT, "2026-06-01", "2027-01-04");
    let tomorrow = granted(&env, pnr::ADULT, "2026-06-01", "2027-01-05");
    let followed = granted(&env, pnr::ADULT, "2026-06-01", "2027-01-03");
    let overdue = granted(&env, pnr::ADULT, "2026-06-01", "2027-01-03");
    for g in [&today, &tomorrow, &followed, &overdue] {
        sql_execute(&env, g, "2026-06-10");
    }
    sql_follow_up(&env, &followed, "2026-11-20");
    let list = of_kind(
        &items(&env, &["reminders", "--within", "0"]),
        "follow_up_due",
    );
    assert_eq!(cases(&list), vec![overdue.case_id, today.case_id]);
    assert_eq!(list[0]["due"], "2026-11-22");
    assert_eq!(list[0]["overdue"], true);
    assert_eq!(list[1]["due"], TODAY);
    assert_eq!(list[1]["overdue"], false);
    assert_eq!(list[1]["rule"], "G1");
}

#[test]
fn e5_two_cancellations_are_not_flagged_three_are() {
    let env = Env::new();
    let g = quiet_case(&env);
    sql_cancel(&env, &g, "2026-09-01", "individual", None, "lost");
    sql_cancel(&env, &g, "2026-10-01", "individual", None, "kept");
    // Rebooked, or cancelled by the assignee: never counted.
    sql_cancel(
        &env,
        &g,
        "2026-10-15",
        "individual",
        Some("2026-10-20"),
        "rebooked",
    );
    sql_cancel(&env, &g, "2026-10-16", "assignee", None, "kept");
    let none = of_kind(&items(&env, &["reminders"]), "cancellations");
    assert!(none.is_empty(), "{none:?}");
    assert!(env.ok(&["report", "reminders"]).is_empty());

    sql_cancel(&env, &g, "2026-11-20", "guardian", None, "lost");
    let flagged = of_kind(&items(&env, &["reminders"]), "cancellations");
    assert_eq!(cases(&flagged), vec![g.case_id]);
    assert_eq!(flagged[0]["rule"], "E5");
    assert_eq!(flagged[0]["due"], "2026-11-20");
    let message = flagged[0]["message"].as_str().unwrap();
    assert!(message.contains("3 avbokningar"), "{message}");
    assert!(message.contains("2026-09-01–2026-11-20"), "{message}");
}

#[test]
fn e5_the_window_is_three_months_to_the_day() {
    let env = Env::new();
    let g = quiet_case(&env);
    // 2026-08-24 + 3 months - 1 day = 2026-11-23: one window, flagged.
    sql_cancel(&env, &g, "2026-08-24", "individual", None, "lost");
    sql_cancel(&env, &g, "2026-10-01", "individual", None, "lost");
    sql_cancel(&env, &g, "2026-11-23", "individual", None, "lost");
    assert_eq!(
        of_kind(&items(&env, &["reminders"]), "cancellations").len(),
        1
    );
    // The same a day wider apart: two windows, not flagged.
    let env = Env::new();
    let g = quiet_case(&env);
    sql_cancel(&env, &g, "2026-08-23", "individual", None, "lost");
    sql_cancel(&env, &g, "2026-10-01", "individual", None, "lost");
    sql_cancel(&env, &g, "2026-11-23", "individual", None, "lost");
    assert!(of_kind(&items(&env, &["reminders"]), "cancellations").is_empty());
}

#[test]
fn e8_agreement_review_a_year_after_the_start_or_the_last_review() {
    let env = Env::new();
    let on_30 = quiet_case(&env);
    let a = sql_assignee(&env, "198501012390", "Kim Kontakt");
    let on_31 = quiet_case(&env);
    let reviewed = quiet_case(&env);
    let overdue = quiet_case(&env);
    sql_agreement(&env, &on_30, a, "2025-12-23", None, Some(2));
    sql_agreement(&env, &on_31, a, "2025-12-24", None, Some(2));
    sql_agreement(
        &env,
        &reviewed,
        a,
        "2025-11-01",
        Some("2026-11-01"),
        Some(2),
    );
    sql_agreement(&env, &overdue, a, "2025-11-01", None, Some(2));
    let list = of_kind(&items(&env, &["reminders"]), "agreement_review");
    assert_eq!(cases(&list), vec![overdue.case_id, on_30.case_id]);
    assert_eq!(list[0]["rule"], "E8");
    assert_eq!(
        (&list[0]["due"], &list[0]["overdue"]),
        (&"2026-11-01".into(), &true.into())
    );
    assert_eq!(
        (&list[1]["due"], &list[1]["overdue"]),
        (&"2026-12-23".into(), &false.into())
    );
}

#[test]
fn e9_lvu_review_every_six_months_from_the_start_or_the_last_review() {
    let env = Env::new();
    let lvu = |from: &str, to: &str| {
        let case = env.apply(pnr::TEEN_16, "kvalificerad-lvu", &[]);
        let g = grant_and_order(&env, case, from, to, 8.0);
        sql_execute(&env, &g, from);
        g
    };
    let on_30 = lvu("2026-06-23", "2027-06-22"); // review 2026-12-23
    let _on_31 = lvu("2026-06-24", "2027-06-23"); // review 2026-12-24
    let reviewed = lvu("2026-06-01", "2027-05-31");
    sql_follow_up(&env, &reviewed, "2026-11-01"); // next 2027-05-01
    let overdue = lvu("2026-05-20", "2027-05-19"); // review 2026-11-20
    // Not an LVU decision: no review.
    let other = granted(&env, pnr::ADULT, "2026-05-20", "2027-05-19");
    sql_execute(&env, &other, "2026-05-25");

    let list = of_kind(&items(&env, &["reminders"]), "lvu_review");
    assert_eq!(cases(&list), vec![overdue.case_id, on_30.case_id]);
    assert_eq!(list[0]["rule"], "E9");
    assert_eq!(list[0]["due"], "2026-11-20");
    assert_eq!(list[0]["overdue"], true);
    assert_eq!(list[1]["due"], "2026-12-23");
    // An LVU review before the follow-up's day does not count as the follow-up (G1).
    let follow = of_kind(
        &items(&env, &["reminders", "--within", "200"]),
        "follow_up_due",
    );
    assert!(cases(&follow).contains(&reviewed.case_id), "{follow:?}");
}

#[test]
fn reminders_come_overdue_first_then_by_due_day_and_closed_cases_are_left_out() {
    let env = Env::new();
    let expiring = granted(&env, pnr::ADULT, "2026-06-01", "2026-12-01");
    sql_execute(&env, &expiring, "2026-06-02");
    sql_visit(&env, &expiring, "2026-11-01", 3.0);
    let unexecuted = granted(&env, pnr::ADULT, "2026-08-01", "2027-07-31");
    let closed = granted(&env, pnr::ADULT, "2026-06-01", "2026-12-01");
    sql_close(&env, closed.case_id, "ended");
    let list = items(&env, &["reminders"]);
    let mut kinds: Vec<&str> = list.iter().map(|i| i["kind"].as_str().unwrap()).collect();
    // Issue 20: overdue first, then by the day each falls due.
    let keys: Vec<(bool, &str)> = list
        .iter()
        .map(|i| (!i["overdue"].as_bool().unwrap(), i["due"].as_str().unwrap()))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "{list:?}");
    kinds.sort();
    assert_eq!(kinds, ["expiring", "follow_up_due", "unexecuted"]);
    assert!(!cases(&list).contains(&closed.case_id));
    let late = list.iter().find(|i| i["kind"] == "unexecuted").unwrap();
    assert_eq!(late["case_id"], unexecuted.case_id);
}

#[test]
fn d3_not_used_the_day_before_and_the_day_three_months_are_reached() {
    let env = Env::new();
    // Executed 2026-08-23 with no meeting since: three months are reached on 2026-11-23.
    let g = granted(&env, pnr::ADULT, "2026-08-01", "2027-07-31");
    sql_execute(&env, &g, "2026-08-23");
    let on = |day: &str| {
        of_kind(
            &items(&env, &["--today", day, "reminders", "--within", "0"]),
            "not_used",
        )
    };
    assert!(on("2026-11-22").is_empty());
    let flagged = on("2026-11-23");
    assert_eq!(cases(&flagged), vec![g.case_id]);
    assert_eq!(flagged[0]["rule"], "D3");
    assert_eq!(flagged[0]["due"], "2026-11-23");
    assert_eq!(flagged[0]["overdue"], false);
    // A meeting moves it three months on; a later follow-up too.
    sql_visit(&env, &g, "2026-09-10", 3.0);
    assert!(on("2026-12-09").is_empty());
    assert_eq!(on("2026-12-10")[0]["due"], "2026-12-10");
    sql_follow_up(&env, &g, "2026-10-01");
    assert!(on("2026-12-31").is_empty());
    assert_eq!(on("2027-01-01")[0]["overdue"], false);
}

#[test]
fn r1_ivo_window_reminds_within_the_window_when_there_is_something_to_report() {
    let env = Env::new();
    // Decided 2026-05-04: reportable from 2026-08-05, in Q3's report (window 10-01..10-31).
    let g = granted(&env, pnr::ADULT, "2026-05-04", "2027-05-03");
    let on = |day: &str| of_kind(&items(&env, &["--today", day, "reminders"]), "ivo_window");
    assert!(on("2026-09-30").is_empty(), "outside the window");
    let due = on("2026-10-01");
    assert_eq!(cases(&due), vec![g.case_id]);
    assert_eq!(due[0]["rule"], "R1");
    assert_eq!(due[0]["due"], "2026-10-31");
    assert!(due[0]["message"].as_str().unwrap().contains("2026-Q3"));
    assert!(on("2026-11-01").is_empty(), "the window has closed");
    // Nothing to report: no reminder in the window.
    let empty = Env::new();
    empty.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    let none = items(&empty, &["--today", "2026-10-15", "reminders"]);
    assert!(of_kind(&none, "ivo_window").is_empty());
}

#[test]
fn g1_follow_ups_come_in_the_order_they_fall_due_with_the_guidelines_weeks() {
    // Migration 021 reads the grants in that order from an index made for six weeks; with
    // another number of weeks in the guideline the statement sorts them instead. Both give the
    // same days and order: by the day due (a short grant's is its first day), then the case.
    for weeks in [6, 4] {
        let env = Env::new();
        if weeks != 6 {
            import_follow_up_weeks(&env, weeks);
        }
        let before = |days: i64| {
            (chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap() + chrono::Duration::days(days))
                .to_string()
        };
        let end = |due_in: i64| before(due_in + 7 * i64::from(weeks));
        // Falls due in 3 days, today, and (a grant shorter than the weeks) on its first day,
        // 2026-11-20; one more ends too late to be listed within 3 days.
        let later = granted(&env, pnr::ADULT, "2026-06-01", &end(3));
        let now = granted(&env, pnr::ADULT, "2026-06-01", &end(0));
        let short = granted(&env, pnr::ADULT, "2026-11-20", &before(10));
        let outside = granted(&env, pnr::ADULT, "2026-06-01", &end(4));
        for g in [&later, &now, &short, &outside] {
            sql_execute(&env, g, "2026-06-10");
        }
        let list = of_kind(
            &items(&env, &["reminders", "--within", "3"]),
            "follow_up_due",
        );
        assert_eq!(
            cases(&list),
            vec![short.case_id, now.case_id, later.case_id],
            "{weeks} weeks: {list:?}"
        );
        let days: Vec<&str> = list.iter().map(|i| i["due"].as_str().unwrap()).collect();
        assert_eq!(days, ["2026-11-20", TODAY, "2026-11-26"], "{weeks} weeks");
    }
}

#[test]
fn g1_so_many_weeks_before_the_end_that_the_day_has_no_date_falls_on_the_first_day() {
    // A million weeks before 2027 is too far back for SQLite's dates (NULL), and as far after
    // is past its last: the follow-up falls on the grant's first day, as for any grant shorter
    // than the weeks.
    let env = Env::new();
    import_follow_up_weeks(&env, 1_000_000);
    let g = granted(&env, pnr::ADULT, "2026-06-01", "2027-05-31");
    sql_execute(&env, &g, "2026-06-10");
    let list = of_kind(&items(&env, &["reminders"]), "follow_up_due");
    assert_eq!(cases(&list), vec![g.case_id], "{list:?}");
    assert_eq!(list[0]["due"], "2026-06-01");
    assert_eq!(list[0]["overdue"], true);
}

/// Imports the default guideline with `follow_up_weeks_before_end` set to `weeks`.
fn import_follow_up_weeks(env: &Env, weeks: u32) {
    let mut doc: Value = serde_json::from_str(&env.ok(&["guideline", "export"])).expect("JSON");
    doc["id"] = serde_json::json!("veckor");
    doc["settings"]["follow_up_weeks_before_end"] = serde_json::json!(weeks);
    let path = env.dir.path().join("g.json");
    std::fs::write(&path, doc.to_string()).unwrap();
    env.ok(&["guideline", "import", path.to_str().unwrap()]);
}
