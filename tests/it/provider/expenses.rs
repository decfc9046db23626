//! P2: the assignee's expenses, held against the implementation plan; P3: changed needs
//! reported to the caseworker, flagged until a follow-up.

use super::*;

fn expense(env: &Env, case: i64, day: &str, amount: &str, what: &str) -> std::process::Output {
    env.run(&[
        "--json",
        "log",
        &case_str(case),
        "--expense",
        day,
        "--amount",
        amount,
        "--what",
        what,
    ])
}

fn warnings_in_journal(env: &Env, case: i64) -> Vec<String> {
    env.json(&["log", &case_str(case)])["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "warning")
        .map(|e| e["text"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn p2_an_expense_the_plan_names_is_recorded_without_a_warning() {
    let env = Env::new();
    let case = started_case(&env, "2026-11-02");
    assert!(
        store_plan(&env, case, &plan_doc(case, "2026-11-10"))
            .status
            .success()
    );
    let out = expense(&env, case, "2026-11-12", "32", "Bussbiljett");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["in_plan"], true);
    assert_eq!(v["amount"], 32.0);
    assert_eq!(v["plan_version"], 1);
    assert!(warnings_in_journal(&env, case).is_empty());
}

#[test]
fn p2_an_expense_the_plan_does_not_name_is_recorded_with_a_journalled_warning() {
    let env = Env::new();
    let case = started_case(&env, "2026-11-02");
    // No plan yet: nothing names it.
    let out = expense(&env, case, "2026-11-05", "45,50", "Fika");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no implementation plan"),
        "{}",
        stderr(&out)
    );
    assert!(
        store_plan(&env, case, &plan_doc(case, "2026-11-10"))
            .status
            .success()
    );
    let out = expense(&env, case, "2026-11-20", "120", "Biobiljett");
    assert!(out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("'Biobiljett' is not named in the implementation plan (version 1)"),
        "{err}"
    );
    assert!(err.contains("(P2)"), "{err}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["in_plan"], false);
    let warnings = warnings_in_journal(&env, case);
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(
        warnings[1].contains("Biobiljett, 120 kr") && warnings[1].contains("(P2)"),
        "{warnings:?}"
    );
}

#[test]
fn p2_an_expense_counts_from_the_assignments_first_day() {
    let env = Env::new();
    let case = started_case(&env, "2026-11-02");
    let before = env.dump();
    assert_fails(
        &expense(&env, case, "2026-11-01", "10", "Buss"),
        1,
        "before the assignment started",
    );
    assert_fails(
        &expense(&env, case, "2026-11-24", "10", "Buss"),
        2,
        "after today",
    );
    assert_fails(
        &expense(&env, case, "2026-11-10", "0", "Buss"),
        2,
        "--amount",
    );
    assert_fails(
        &expense(&env, case, "2026-11-10", "12,345", "Buss"),
        2,
        "--amount",
    );
    assert_fails(
        &expense(&env, case, "2026-11-10", "10", " "),
        2,
        "--what is empty",
    );
    assert_eq!(env.dump(), before);
    assert!(
        expense(&env, case, "2026-11-02", "10", "Buss")
            .status
            .success()
    );
}

#[test]
fn p3_changed_needs_are_flagged_until_a_follow_up_on_or_after_the_report() {
    let env = Env::new();
    let case = started_case(&env, "2026-11-02");
    env.ok(&[
        "--today",
        "2026-11-21",
        "follow-up",
        &case_str(case),
        "--outcome",
        "continue",
        "--note",
        "Fortsätter.",
    ]);
    let reported = env.json(&[
        "log",
        &case_str(case),
        "--changed-needs",
        "2026-11-22",
        "--note",
        "Behöver stöd två gånger i veckan.",
    ]);
    assert_eq!(reported["day"], "2026-11-22");
    let items = reminders(&env, TODAY);
    let flagged: Vec<&Value> = items
        .iter()
        .filter(|i| i["kind"] == "changed_needs")
        .collect();
    assert_eq!(
        flagged.len(),
        1,
        "the follow-up before the report does not meet it: {items:?}"
    );
    assert_eq!(flagged[0]["rule"], "P3");
    assert_eq!(flagged[0]["due"], "2026-11-22");
    assert_eq!(flagged[0]["overdue"], true);
    env.ok(&[
        "follow-up",
        &case_str(case),
        "--outcome",
        "continue",
        "--note",
        "Behoven har setts över.",
    ]);
    assert_eq!(kinds_for(&reminders(&env, TODAY), case, "changed_needs"), 0);
    let journal = env.json(&["log", &case_str(case)]);
    assert!(journal["entries"].as_array().unwrap().iter().any(|e| {
        e["text"]
            .as_str()
            .unwrap()
            .contains("Utföraren rapporterar förändrade behov 2026-11-22 (P3)")
    }));
}

#[test]
fn p3_a_report_on_the_follow_ups_own_day_is_met_by_it() {
    let env = Env::new();
    let case = started_case(&env, "2026-11-02");
    env.ok(&[
        "log",
        &case_str(case),
        "--changed-needs",
        TODAY,
        "--note",
        "Vill byta aktivitet.",
    ]);
    assert_eq!(kinds_for(&reminders(&env, TODAY), case, "changed_needs"), 1);
    env.ok(&[
        "follow-up",
        &case_str(case),
        "--outcome",
        "continue",
        "--note",
        "Samtal om aktiviteterna.",
    ]);
    assert_eq!(kinds_for(&reminders(&env, TODAY), case, "changed_needs"), 0);
    // A later report is flagged again.
    env.ok(&[
        "--today",
        "2026-11-30",
        "log",
        &case_str(case),
        "--changed-needs",
        "2026-11-30",
        "--note",
        "Behöver mer tid.",
    ]);
    assert_eq!(
        kinds_for(&reminders(&env, "2026-11-30"), case, "changed_needs"),
        1
    );
}

#[test]
fn p3_changed_needs_need_an_order_and_a_note() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    let before = env.dump();
    assert_fails(
        &env.run(&[
            "log",
            &case_str(case),
            "--changed-needs",
            TODAY,
            "--note",
            "Hej",
        ]),
        1,
        "no order in force",
    );
    assert_fails(
        &env.run(&["log", &case_str(case), "--changed-needs", TODAY]),
        2,
        "--note",
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn p2_report_compensation_shows_expenses_beside_the_fees() {
    let env = Env::new();
    let case = started_case(&env, "2026-11-02");
    assert!(
        store_plan(&env, case, &plan_doc(case, "2026-11-10"))
            .status
            .success()
    );
    assert!(
        expense(&env, case, "2026-11-12", "32", "Bussbiljett")
            .status
            .success()
    );
    assert!(
        expense(&env, case, "2026-11-20", "120", "Biobiljett")
            .status
            .success()
    );
    // A companion, paid by the hour, is listed for the expenses alone.
    let led = crate::matching::ordered_case(&env, pnr::ADULT_MAN, "ledsagning-sol", &[]);
    let companion = crate::matching::add(
        &env,
        "Lena Ledsagare",
        crate::matching::apnr::M1,
        "ledsagare",
        &["--record-checked", "2026-06-01", "--approved", "2026-06-15"],
    );
    env.ok(&[
        "--today",
        "2026-11-03",
        "match",
        "offer",
        &case_str(led),
        "--assignee",
        &companion.to_string(),
    ]);
    env.ok(&[
        "--today",
        "2026-11-03",
        "match",
        "start",
        &case_str(led),
        "--date",
        "2026-11-03",
    ]);
    assert!(
        expense(&env, led, "2026-11-15", "80", "Entré")
            .status
            .success()
    );
    let doc = env.json(&["report", "compensation", "--month", "2026-11"]);
    let items = doc["items"].as_array().unwrap();
    let kp = items.iter().find(|i| i["case_id"] == case).unwrap();
    assert_eq!(kp["recorded_expenses"], 152.0);
    assert_eq!(kp["outside_plan"], 120.0);
    assert!(kp["fee"].is_number(), "{kp}");
    let c = items
        .iter()
        .find(|i| i["case_id"] == led)
        .expect("the companion");
    assert_eq!(c["recorded_expenses"], 80.0);
    assert_eq!(c["outside_plan"], 80.0);
    assert!(c["fee"].is_null(), "{c}");
    // Another month has none of them.
    let oct = env.json(&["report", "compensation", "--month", "2026-10"]);
    assert!(oct["items"].as_array().unwrap().is_empty());
}

/// S2, S5: the coordinator records the provider's work and sees it in the provider's view; a
/// caseworker may not record it.
#[test]
fn s5_the_coordinator_records_and_sees_the_providers_work() {
    let env = Env::new();
    let case = started_case(&env, "2026-11-02");
    env.staff("samordnaren", &["coordinator"], &[]);
    env.staff("handlaggaren", &["caseworker"], &[]);
    let c = case_str(case);
    let out = env
        .as_user("samordnaren")
        .args(["plan", &c, "--file", "-"])
        .write_stdin(plan_doc(case, "2026-11-10").to_string())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out = env.run_as(
        "samordnaren",
        &[
            "log",
            &c,
            "--expense",
            "2026-11-12",
            "--amount",
            "32",
            "--what",
            "Bussbiljett",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = env.run_as(
        "samordnaren",
        &[
            "log",
            &c,
            "--changed-needs",
            "2026-11-20",
            "--note",
            "Behöver mer stöd.",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let before = env.dump();
    assert_fails(
        &env.run_as(
            "handlaggaren",
            &[
                "log",
                &c,
                "--expense",
                "2026-11-12",
                "--amount",
                "32",
                "--what",
                "Buss",
            ],
        ),
        3,
        "S2",
    );
    let after = env.dump();
    assert_eq!(
        before.lines().filter(|l| !l.contains("access")).count(),
        after.lines().filter(|l| !l.contains("access")).count()
    );
    let shown = env.run_as("samordnaren", &["--json", "show", &c]);
    assert!(shown.status.success(), "{}", stderr(&shown));
    let v: Value = serde_json::from_slice(&shown.stdout).unwrap();
    assert_eq!(v["view"], "provider");
    assert_eq!(v["plan_version"], 1);
    assert_eq!(v["expenses"][0]["what"], "Bussbiljett");
    assert_eq!(v["changed_needs"][0]["note"], "Behöver mer stöd.");
}
