//! `report hours`, `report stats`, `report caseload` and `report compensation`.

use super::*;

#[test]
fn e1_hours_granted_against_used_and_the_flex_period_balance() {
    let env = Env::new();
    // Strict: November's 10 hours, 5 used in meetings and 2 lost by a late cancellation (E4).
    let strict = granted(&env, pnr::ADULT, "2026-01-01", "2026-12-31");
    sql_execute(&env, &strict, "2026-10-01");
    sql_visit(&env, &strict, "2026-11-05", 3.0);
    sql_visit(&env, &strict, "2026-11-12", 2.0);
    sql_cancel(&env, &strict, "2026-11-19", "individual", None, "lost");
    sql_visit(&env, &strict, "2026-10-20", 9.0); // October: not this month
    // Flex (ledsagning, E1): the period 10-15..2027-01-14 holds 30 hours.
    let case = env.apply(pnr::SENIOR_70, "ledsagning-sol", &["--consent", "self"]);
    let flex = grant_and_order(&env, case, "2026-10-01", "2027-09-30", 10.0);
    sql_execute(&env, &flex, "2026-10-15");
    sql_visit(&env, &flex, "2026-10-20", 4.0);
    sql_visit(&env, &flex, "2026-11-05", 3.0);
    sql_cancel(&env, &flex, "2026-11-10", "assignee", None, "kept"); // E2: kept
    // Not executed: no hours to report.
    granted(&env, pnr::ADULT, "2026-10-01", "2027-09-30");

    let doc = env.json(&["report", "hours", "--month", "2026-11"]);
    assert_eq!(doc["month"], "2026-11");
    assert_eq!(doc["balance_on"], TODAY);
    let list = doc["items"].as_array().unwrap();
    assert_eq!(cases(list), vec![strict.case_id, flex.case_id]);
    let s = &list[0];
    assert_eq!(s["model"], "strict");
    let n = |v: &Value| v.as_f64().unwrap();
    assert_eq!(
        [
            n(&s["granted"]),
            n(&s["used"]),
            n(&s["lost"]),
            n(&s["remaining"]),
            n(&s["over"])
        ],
        [10.0, 7.0, 2.0, 3.0, 0.0]
    );
    assert_eq!(
        (&s["period_start"], &s["period_end"]),
        (&"2026-11-01".into(), &"2026-11-30".into())
    );
    let f = &list[1];
    assert_eq!(f["model"], "flex");
    assert_eq!(
        [n(&f["granted"]), n(&f["used"]), n(&f["kept"])],
        [10.0, 3.0, 2.0]
    );
    assert_eq!(
        (&f["period_start"], &f["period_end"]),
        (&"2026-10-15".into(), &"2027-01-14".into())
    );
    assert_eq!(
        [
            n(&f["period_granted"]),
            n(&f["period_used"]),
            n(&f["period_remaining"])
        ],
        [30.0, 7.0, 23.0]
    );
    // October: the strict case from its execution day, pro rata; its 9 hours used.
    let oct = items(&env, &["hours", "--month", "2026-10"]);
    assert_eq!(n(&oct[0]["granted"]), 10.0);
    assert_eq!(n(&oct[0]["used"]), 9.0);
    // Before anything was executed: nothing.
    assert!(items(&env, &["hours", "--month", "2026-09"]).is_empty());
}

/// SQL: a rejection (what `insats decide --reject` will write).
fn sql_reject(env: &Env, case_id: i64, day: &str) {
    let c = env.conn();
    let guideline: i64 = c
        .query_row("SELECT id FROM guideline ORDER BY id LIMIT 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    c.execute(
        "INSERT INTO decision (case_id, outcome, status, decided_day, decided_at, decided_by,
             reason, legal_basis, guideline_id)
         VALUES (?1, 'reject', 'in_force', ?2, 't', 'test', 'Behovet tillgodoses på annat sätt.',
             'test', ?3)",
        params![case_id, day, guideline],
    )
    .unwrap();
}

#[test]
fn stats_count_applications_and_decisions_by_intervention_law_age_band_and_sex() {
    let env = Env::new();
    let adult = env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    env.apply(
        pnr::CHILD_9,
        "umgangesstod",
        &["--court-ref", "T 1-26", "--guardians", "2"],
    );
    let senior = env.apply(pnr::SENIOR_70, "ledsagning-sol", &["--consent", "self"]);
    grant_and_order(&env, adult, "2026-06-01", "2027-05-31", 10.0);
    sql_reject(&env, senior, "2026-07-01");
    // Another year's application is not counted.
    env.cmd()
        .env("INSATS_TODAY", "2025-06-01")
        .args([
            "apply",
            "--pnr",
            pnr::YOUNG_25,
            "--name",
            "X",
            "--insats",
            "kontaktperson-sol",
        ])
        .assert()
        .success();

    let list = items(&env, &["stats", "--year", "2026"]);
    assert_eq!(
        list.len(),
        1 + 7 + 4 + 5 + 2,
        "every known value, zeros too"
    );
    let row = |dim: &str, value: &str| -> [u64; 4] {
        let r = list
            .iter()
            .find(|i| i["dimension"] == dim && i["value"] == value)
            .unwrap_or_else(|| panic!("{dim} {value}"));
        ["applications", "decisions", "granted", "rejected"].map(|k| r[k].as_u64().unwrap())
    };
    assert_eq!(row("total", "all"), [3, 2, 1, 1]);
    assert_eq!(row("insats", "kontaktperson-sol"), [1, 1, 1, 0]);
    assert_eq!(row("insats", "kvalificerad-lvu"), [0, 0, 0, 0]);
    assert_eq!(row("law", "SoL"), [2, 2, 1, 1]);
    assert_eq!(row("law", "FB"), [1, 0, 0, 0]);
    assert_eq!(row("age_band", "0-12"), [1, 0, 0, 0]);
    assert_eq!(row("age_band", "21-64"), [1, 1, 1, 0]);
    assert_eq!(row("age_band", "65+"), [1, 1, 0, 1]);
    // The sex digit: 19900101-2385 a woman; 20170101-2393 and 19560113-2334 men.
    assert_eq!(row("sex", "female"), [1, 1, 1, 0]);
    assert_eq!(row("sex", "male"), [2, 1, 0, 1]);
    assert_eq!(list[0]["dimension"], "total");
    let y2025 = items(&env, &["stats", "--year", "2025"]);
    assert_eq!(y2025[0]["applications"], 1);
}

#[test]
fn stats_age_band_is_taken_on_the_decision_day() {
    let env = Env::new();
    // Born 2012-01-01: 12 on 2024-12-31, 13 on 2025-01-01.
    let apply_2024 = || {
        let out = env
            .cmd()
            .env("INSATS_TODAY", "2024-12-01")
            .args(["--json", "apply", "--pnr", pnr::CHILD_14, "--name", "X"])
            .args(["--insats", "kontaktperson-sol", "--consent", "guardian"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_slice::<Value>(&out.stdout).unwrap()["case_id"]
            .as_i64()
            .unwrap()
    };
    let a = apply_2024();
    let b = apply_2024();
    grant_and_order(&env, a, "2024-12-31", "2025-06-30", 4.0);
    grant_and_order(&env, b, "2025-01-01", "2025-06-30", 4.0);
    let band = |year: &str, band: &str| {
        items(&env, &["stats", "--year", year])
            .into_iter()
            .find(|i| i["dimension"] == "age_band" && i["value"] == band)
            .unwrap()["decisions"]
            .as_u64()
            .unwrap()
    };
    assert_eq!(band("2024", "0-12"), 1);
    assert_eq!(band("2024", "13-17"), 0);
    assert_eq!(band("2025", "0-12"), 0);
    assert_eq!(band("2025", "13-17"), 1);
}

#[test]
fn caseload_counts_open_cases_per_caseworker_and_status() {
    let env = Env::new();
    let as_user = |user: &str, pnr: &str| -> i64 {
        let out = env
            .cmd()
            .env("INSATS_USER", user)
            .args(["--json", "apply", "--pnr", pnr, "--name", "X"])
            .args(["--insats", "kontaktperson-sol", "--consent", "self"])
            .output()
            .unwrap();
        serde_json::from_slice::<Value>(&out.stdout).unwrap()["case_id"]
            .as_i64()
            .unwrap()
    };
    as_user("anna", pnr::ADULT);
    let ordered = as_user("anna", pnr::ADULT_MAN);
    grant_and_order(&env, ordered, "2026-06-01", "2027-05-31", 10.0);
    as_user("bo", pnr::SENIOR_70);
    let closed = as_user("bo", pnr::YOUNG_25);
    sql_close(&env, closed, "rejected");
    let list = items(&env, &["caseload"]);
    let rows: Vec<(String, String, i64)> = list
        .iter()
        .map(|i| {
            (
                i["caseworker"].as_str().unwrap().to_string(),
                i["status"].as_str().unwrap().to_string(),
                i["cases"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("anna".into(), "application".into(), 1),
            ("anna".into(), "ordered".into(), 1),
            ("bo".into(), "application".into(), 1),
        ]
    );
    assert_eq!(list[0]["oldest_received"], TODAY);
}

#[test]
fn compensation_per_assignment_in_percent_of_the_years_prisbasbelopp() {
    let env = Env::new();
    env.ok(&["init"]);
    let kim = sql_assignee(&env, "198501012390", "Kim Kontakt");
    let lo = sql_assignee(&env, "196302062846", "Lo Ledare");
    let case = || {
        // Twelve months at the most (G1); compensation follows the agreements.
        let g = granted(&env, pnr::ADULT, "2025-10-01", "2026-09-30");
        sql_execute(&env, &g, "2025-10-15");
        g
    };
    // Level 2 (3.5 % and 1.5 %) all November 2026: 2 072 and 888 kr of 59 200.
    sql_agreement(&env, &case(), kim, "2025-11-01", None, Some(2));
    // Level 1 (2 % and 1 %) from 11-16: 15 of 30 days, 592 and 296 kr.
    sql_agreement(&env, &case(), lo, "2026-11-16", None, Some(1));
    // Level 3 (5 % and 2 %) ended 11-10: 10 days, 987 and 395 kr.
    let ended = sql_agreement(&env, &case(), lo, "2026-01-01", None, Some(3));
    sql_end_agreement(&env, ended, "2026-11-10");
    // Ended before November: not paid.
    let old = sql_agreement(&env, &case(), lo, "2026-01-01", None, Some(3));
    sql_end_agreement(&env, old, "2026-10-31");
    // A companion (ledsagare) is employed and paid by the hour: not listed.
    let companion = sql_assignee(&env, "196109072972", "Sam Ledsagare");
    env.conn()
        .execute(
            "UPDATE assignee SET role = 'ledsagare' WHERE id = ?1",
            [companion],
        )
        .unwrap();
    sql_agreement(&env, &case(), companion, "2026-01-01", None, Some(1));
    // No level: listed, with empty amounts.
    sql_agreement(&env, &case(), kim, "2026-02-01", None, None);

    let doc = env.json(&["report", "compensation", "--month", "2026-11"]);
    assert_eq!(doc["prisbasbelopp"], 59200);
    let list = doc["items"].as_array().unwrap();
    let got: Vec<(i64, Value, Value, Value)> = list
        .iter()
        .map(|i| {
            (
                i["assignee_id"].as_i64().unwrap(),
                i["days"].clone(),
                i["fee"].clone(),
                i["expenses"].clone(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (kim, 30.into(), 2072.into(), 888.into()),
            (kim, 30.into(), Value::Null, Value::Null),
            (lo, 15.into(), 592.into(), 296.into()),
            (lo, 10.into(), 987.into(), 395.into()),
        ]
    );
    assert_eq!(list[0]["fee_percent"], 3.5);
    assert_eq!(list[0]["assignee"], "Kim Kontakt");
    assert_eq!(list[0]["pnr"], "19850101-****");
    // 2025's prisbasbelopp: 58 800.
    let nov_2025 = items(&env, &["compensation", "--month", "2025-11"]);
    assert_eq!(nov_2025.len(), 1);
    assert_eq!(
        (&nov_2025[0]["fee"], &nov_2025[0]["expenses"]),
        (&2058.into(), &882.into())
    );
    // A year the guideline has no prisbasbelopp for.
    assert_fails(
        &env.run(&["report", "compensation", "--month", "2027-01"]),
        1,
        "prisbasbelopp for 2027",
    );
}
