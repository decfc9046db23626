//! The provider's reminders with their boundary days: `plan_missing` (P1) and `changed_needs`
//! (P3).

use super::*;

fn within0(env: &Env, today: &str) -> Vec<Value> {
    let out = env.run(&[
        "--today",
        today,
        "--json",
        "report",
        "reminders",
        "--within",
        "0",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["items"].as_array().cloned().unwrap_or_default()
}

#[test]
fn p1_plan_missing_falls_due_the_settings_days_after_execution() {
    let env = Env::new();
    // Executed 2026-11-02; the guideline's 30 days make 2026-12-02 the day.
    let case = started_case(&env, "2026-11-02");
    assert_eq!(
        kinds_for(&within0(&env, "2026-12-01"), case, "plan_missing"),
        0
    );
    let due = within0(&env, "2026-12-02");
    let item = due
        .iter()
        .find(|i| i["kind"] == "plan_missing")
        .expect("plan_missing on its day");
    assert_eq!(item["rule"], "P1");
    assert_eq!(item["due"], "2026-12-02");
    assert_eq!(item["overdue"], false);
    let late = within0(&env, "2026-12-03");
    let item = late.iter().find(|i| i["kind"] == "plan_missing").unwrap();
    assert_eq!(item["overdue"], true);
    // With the default window it shows 30 days ahead.
    assert_eq!(
        kinds_for(&reminders(&env, "2026-11-02"), case, "plan_missing"),
        1
    );
    // A plan ends it.
    let out = store_plan(&env, case, &plan_doc(case, "2026-11-20"));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        kinds_for(&within0(&env, "2026-12-03"), case, "plan_missing"),
        0
    );
}

#[test]
fn p1_a_case_not_yet_executed_needs_no_plan() {
    let env = Env::new();
    let case = crate::matching::ordered_case(&env, pnr::ADULT, "kontaktperson-sol", &[]);
    assert_eq!(
        kinds_for(&within0(&env, "2027-01-15"), case, "plan_missing"),
        0
    );
}
