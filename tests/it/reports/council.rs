//! `report council` (R4), avidentifierad, and `report lss-register` (R5) on its 1 October.

use super::*;

/// A grant decided on `day` and not executed, for a person of `pnr`.
fn waiting(env: &Env, pnr: &str, insats: &str, day: &str) -> Granted {
    let lss = ["--consent", "self", "--lss-group", "1"];
    let extra = if insats.ends_with("-lss") {
        &lss[..]
    } else {
        &lss[..2]
    };
    let case = env.apply(pnr, insats, extra);
    let to = insats::domain::dates::add_months(insats::domain::dates::parse(day).unwrap(), 11);
    grant_and_order(env, case, day, &to.to_string(), 10.0)
}

#[test]
fn r4_counts_by_law_intervention_sex_and_wait_with_few_as_under_three() {
    let env = Env::new();
    // As of 2026-09-30 (Q3): three women waiting 3-6 months, one 6-12 months, a man 3-6.
    for _ in 0..3 {
        waiting(&env, pnr::ADULT, "kontaktperson-sol", "2026-05-15");
    }
    waiting(&env, pnr::ADULT, "kontaktperson-sol", "2026-03-15");
    waiting(&env, pnr::ADULT_MAN, "ledsagarservice-lss", "2026-05-15");
    // Not yet three months, and a type IVO's report does not cover: not counted.
    waiting(&env, pnr::ADULT, "kontaktperson-sol", "2026-07-15");
    let lvu = env.apply(pnr::TEEN_16, "kvalificerad-lvu", &[]);
    grant_and_order(&env, lvu, "2026-03-15", "2027-02-14", 10.0);

    let doc = env.json(&["report", "council", "--quarter", "2026-Q3"]);
    assert_eq!(doc["as_of"], "2026-09-30");
    let rows = doc["items"].as_array().unwrap();
    let find = |law: &str, sex: &str, band: &str| {
        rows.iter()
            .find(|r| r["law"] == law && r["sex"] == sex && r["waited_months"] == band)
            .map(|r| r["count"].clone())
    };
    assert_eq!(find("SoL", "female", "3-6"), Some(3.into()));
    assert_eq!(find("SoL", "female", "6-12"), Some("<3".into()));
    assert_eq!(find("LSS", "male", "3-6"), Some("<3".into()));
    assert_eq!(rows.len(), 3, "{rows:?}");
    // Nothing that identifies a person.
    let text = doc.to_string();
    assert!(
        !text.contains("case_id") && !text.contains("19900101"),
        "{text}"
    );
    assert!(rows.iter().all(|r| r["intervention"].is_string()));
    // Markdown ready to paste, with Swedish headers and words.
    let md = env.ok(&[
        "report",
        "council",
        "--quarter",
        "2026-Q3",
        "--format",
        "markdown",
    ]);
    assert!(md.starts_with("| lag | insats | kön |"), "{md}");
    assert!(
        md.contains("| SoL | kontaktperson | kvinna | 3-6 | 3 |"),
        "{md}"
    );
    assert!(md.contains("| <3 |"), "{md}");
    let csv = env.ok(&[
        "report",
        "council",
        "--quarter",
        "2026-Q3",
        "--format",
        "csv",
    ]);
    assert!(
        csv.starts_with("law,intervention,sex,waited_months,count"),
        "{csv}"
    );
    // --reveal has nothing to reveal here.
    let out = env.run(&["report", "council", "--reveal"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn r4_the_wait_bands_at_their_edges() {
    let env = Env::new();
    // On 2026-09-30: decided 2026-03-30 waited exactly six months (3-6); 2026-03-29 one day
    // more (6-12); 2025-09-29 more than twelve (12+).
    waiting(&env, pnr::ADULT, "kontaktperson-sol", "2026-03-30");
    waiting(&env, pnr::ADULT, "kontaktperson-sol", "2026-03-29");
    let old = waiting(&env, pnr::ADULT, "kontaktperson-sol", "2025-09-29");
    // Its grant runs on after a change of its end (SQL: what an extension keeps in force).
    env.conn()
        .execute(
            "UPDATE decision SET to_day = '2026-12-31' WHERE id = ?1",
            [old.decision_id],
        )
        .unwrap();
    let rows = items(&env, &["council", "--quarter", "2026-Q3"]);
    let bands: Vec<&str> = rows
        .iter()
        .map(|r| r["waited_months"].as_str().unwrap())
        .collect();
    assert_eq!(bands, ["3-6", "6-12", "12+"]);
}

#[test]
fn r5_who_is_in_the_register_on_1_october() {
    let env = Env::new();
    // Ended 30 September: out. Starting 1 October: in. Granted, not carried out: out.
    let ended = waiting(&env, pnr::ADULT, "kontaktperson-lss", "2026-04-01");
    sql_execute(&env, &ended, "2026-04-15");
    sql_end(&env, &ended, "2026-09-30");
    let starting = env.apply(
        pnr::ADULT_MAN,
        "ledsagarservice-lss",
        &["--consent", "self", "--lss-group", "2"],
    );
    let starting = grant_and_order(&env, starting, "2026-10-01", "2027-09-30", 8.0);
    sql_execute(&env, &starting, "2026-10-01");
    waiting(&env, pnr::YOUNG_25, "kontaktperson-lss", "2026-09-01");
    // The same man with kontaktperson too: one row, both columns.
    let both = env.apply(
        pnr::ADULT_MAN,
        "kontaktperson-lss",
        &["--consent", "self", "--lss-group", "2"],
    );
    let both = grant_and_order(&env, both, "2026-06-01", "2027-05-31", 4.0);
    sql_execute(&env, &both, "2026-06-10");
    // SoL is not in it.
    let sol = granted(&env, pnr::SENIOR_70, "2026-06-01", "2027-05-31");
    sql_execute(&env, &sol, "2026-06-10");

    let doc = env.json(&["report", "lss-register", "--date", "2026-10-01", "--reveal"]);
    assert_eq!(doc["as_of"], "2026-10-01");
    let rows = doc["items"].as_array().unwrap();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["pnr"], "19850101-2390");
    assert_eq!(rows[0]["personkrets"], 2);
    assert_eq!(rows[0]["ledsagarservice"], 1);
    assert_eq!(rows[0]["kontaktperson"], 1);
    // The default is the last 1 October; masked unless revealed.
    let default = env.json(&["report", "lss-register"]);
    assert_eq!(default["as_of"], "2026-10-01");
    assert_eq!(default["items"][0]["pnr"], "19850101-****");
    // On 2026-09-30 the first one was still carried out.
    let before = env.json(&[
        "--today",
        "2026-10-01",
        "report",
        "lss-register",
        "--date",
        "2025-10-01",
    ]);
    assert!(before["items"].as_array().unwrap().is_empty());
    // Only 1 October, and none to come.
    let bad = env.run(&["report", "lss-register", "--date", "2026-09-30"]);
    assert_eq!(bad.status.code(), Some(2));
    let later = env.run(&["report", "lss-register", "--date", "2027-10-01"]);
    assert_eq!(later.status.code(), Some(2));
}
