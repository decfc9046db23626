//! P4: the coordinator's check-ins with the assignee, recorded, shown, and due again the
//! guideline's number of days after the last one.

use super::*;

fn due_check_ins(env: &Env, today: &str, case: i64) -> Vec<Value> {
    let v = env.json(&["--today", today, "follow-up", "--due", "--within", "0"]);
    v["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "check_in_due" && i["case_id"] == case)
        .cloned()
        .collect()
}

#[test]
fn p4_a_check_in_falls_due_the_settings_days_after_the_start_or_the_last() {
    let env = Env::new();
    let case = started_case(&env, "2026-11-02");
    // 90 days after 2026-11-02 is 2027-01-31.
    assert!(due_check_ins(&env, "2027-01-30", case).is_empty());
    let on_day = due_check_ins(&env, "2027-01-31", case);
    assert_eq!(on_day.len(), 1, "{on_day:?}");
    assert_eq!(on_day[0]["rule"], "P4");
    assert_eq!(on_day[0]["state"], "due_within");
    assert_eq!(
        due_check_ins(&env, "2027-02-01", case)[0]["state"],
        "overdue"
    );
    let done = env.json(&[
        "--today",
        "2026-12-01",
        "plan",
        &case_str(case),
        "--check-in",
        "2026-12-01",
        "--note",
        "Uppdraget går enligt planen.",
    ]);
    assert_eq!(done["day"], "2026-12-01");
    // Now 90 days after the check-in: 2027-03-01.
    assert!(due_check_ins(&env, "2027-02-28", case).is_empty());
    assert_eq!(due_check_ins(&env, "2027-03-01", case).len(), 1);
    // Listed in the plan, in show, and in the journal.
    let plan = env.json(&["plan", &case_str(case)]);
    assert_eq!(plan["check_ins"][0]["note"], "Uppdraget går enligt planen.");
    let shown = env.json(&["show", &case_str(case)]);
    let due: Vec<&Value> = shown["due"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["kind"] == "check_in_due")
        .collect();
    assert_eq!(due.len(), 1);
    assert_eq!(due[0]["due"], "2027-03-01");
    let human = env.ok(&["show", &case_str(case)]);
    assert!(
        human
            .lines()
            .any(|l| l.starts_with("  avstämning ") && l.contains("(P4)")),
        "{human}"
    );
    let journal = env.json(&["log", &case_str(case)]);
    assert!(journal["entries"].as_array().unwrap().iter().any(|e| {
        e["text"]
            .as_str()
            .unwrap()
            .contains("Avstämning 2026-12-01 med uppdragstagaren")
    }));
}

#[test]
fn p4_a_check_in_needs_an_assignee_and_a_day_that_has_been() {
    let env = Env::new();
    let waiting = crate::matching::ordered_case(&env, pnr::ADULT_MAN, "kontaktperson-sol", &[]);
    let before = env.dump();
    assert_fails(
        &env.run(&[
            "plan",
            &case_str(waiting),
            "--check-in",
            "2026-11-20",
            "--note",
            "Hej",
        ]),
        1,
        "no assignee to check in with",
    );
    assert_eq!(env.dump(), before);
    let case = started_case(&env, "2026-11-02");
    let before = env.dump();
    let c = case_str(case);
    assert_fails(
        &env.run(&["plan", &c, "--check-in", "2026-11-01", "--note", "Tidigt"]),
        1,
        "before the assignment started",
    );
    assert_fails(
        &env.run(&["plan", &c, "--check-in", "2026-11-24", "--note", "Sent"]),
        2,
        "after today",
    );
    assert_fails(
        &env.run(&["plan", &c, "--check-in", "2026-11-20", "--note", " "]),
        2,
        "--note is empty",
    );
    assert_fails(
        &env.run(&["plan", &c, "--check-in", "2026-11-20"]),
        2,
        "--note",
    );
    assert_eq!(env.dump(), before);
}
