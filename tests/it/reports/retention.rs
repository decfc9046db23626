//! `report retention` and `insats retention delete` (R2): five years after the last entry, by
//! the end of the following year; research days kept; LSS kept; listed, confirmed, audited.

use super::*;

/// Registers a case as of `day` (its journal's first entry is dated that day).
fn apply_on(env: &Env, day: &str, pnr: &str, insats: &str, extra: &[&str]) -> i64 {
    let out = env
        .cmd()
        .env("INSATS_TODAY", day)
        .args(["--json", "apply", "--pnr", pnr, "--name", "Gammal Akt"])
        .args(["--insats", insats, "--consent", "self"])
        .args(extra)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice::<Value>(&out.stdout).unwrap()["case_id"]
        .as_i64()
        .unwrap()
}

struct Files {
    /// 19900101-2385: two SoL cases (last entry 2021-11-23) and an LSS case.
    due_a: i64,
    due_b: i64,
    due_lss: i64,
    /// 20010101-2383: one SoL case from 2019, overdue; the person has nothing else.
    overdue: i64,
    /// 19630206-2846, protected identity, 2019.
    protected: i64,
    /// 19850101-2390: last entry 2021-11-24, one day short.
    not_yet: i64,
}

fn files(env: &Env) -> Files {
    let due_a = apply_on(env, "2020-05-01", pnr::ADULT, "kontaktperson-sol", &[]);
    // Everything that can hang on a case, so that deletion shows it takes all of it.
    let g = grant_and_order(env, due_a, "2020-06-01", "2021-05-31", 10.0);
    sql_execute(env, &g, "2020-06-15");
    sql_visit(env, &g, "2020-07-01", 3.0);
    sql_cancel(env, &g, "2020-08-01", "individual", None, "lost");
    sql_follow_up(env, &g, "2021-04-01");
    let a = sql_assignee(env, "196302062846", "Kim Kontakt");
    sql_offer(env, &g, a, "2020-06-05", "accepted");
    sql_agreement(env, &g, a, "2020-06-15", None, Some(2));
    sql_process(env, &g);
    sql_journal(env, due_a, "2021-06-01");
    let last: i64 = env
        .conn()
        .query_row(
            "SELECT max(id) FROM journal WHERE case_id = ?1",
            [due_a],
            |r| r.get(0),
        )
        .unwrap();
    env.ok(&[
        "--today",
        "2021-06-02",
        "log",
        &due_a.to_string(),
        "--correct",
        &last.to_string(),
        "--note",
        "Rättelse.",
    ]);
    sql_close(env, due_a, "ended");
    let due_b = apply_on(env, "2021-11-23", pnr::ADULT, "ledsagning-sol", &[]);
    sql_close(env, due_b, "rejected");
    let due_lss = apply_on(env, "2015-03-01", pnr::ADULT, "kontaktperson-lss", &[]);
    sql_close(env, due_lss, "ended");

    let overdue = apply_on(env, "2019-03-01", pnr::YOUNG_25, "kontaktperson-sol", &[]);
    sql_close(env, overdue, "ended");
    let protected = apply_on(
        env,
        "2019-06-01",
        "196302062846",
        "kontaktperson-sol",
        &["--protected"],
    );
    sql_close(env, protected, "ended");
    let not_yet = apply_on(env, "2021-11-24", pnr::ADULT_MAN, "ledsagning-sol", &[]);
    sql_close(env, not_yet, "ended");

    // Born on the 5th: kept for research.
    let research = apply_on(env, "2019-01-10", "196009052991", "kontaktperson-sol", &[]);
    sql_close(env, research, "ended");
    // An open SoL case keeps the whole SoL file.
    let old = apply_on(env, "2019-01-10", pnr::SENIOR_70, "kontaktperson-sol", &[]);
    sql_close(env, old, "ended");
    apply_on(env, "2019-02-10", pnr::SENIOR_70, "ledsagning-sol", &[]);
    // LSS only: kept (the guideline's default).
    let lss = apply_on(env, "2015-01-10", "196001062626", "kontaktperson-lss", &[]);
    sql_close(env, lss, "ended");
    Files {
        due_a,
        due_b,
        due_lss,
        overdue,
        protected,
        not_yet,
    }
}

/// SQL: the case process and the provider's work on a granted case: a kommunicering, a letter,
/// an appeal judged by a decision that points back at it (F7), an IVO note, a second plan version with a
/// check-in, an expense and changed needs. R2 deletes them with the case.
fn sql_process(env: &Env, g: &Granted) {
    let c = env.conn();
    // ?1 the case, ?2 its decision, ?3 its order: each statement binds as many as it uses.
    let row = |sql: &str| {
        let mut stmt = c.prepare(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
        let all = [g.case_id, g.decision_id, g.order_id];
        let n = stmt.parameter_count();
        stmt.execute(rusqlite::params_from_iter(&all[..n]))
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    };
    row(
        "INSERT INTO communication (case_id, sent, reply_by, user, at)
         VALUES (?1, '2020-05-20', '2020-05-27', 'test', 't')",
    );
    row(
        "INSERT INTO letter (case_id, act, decision_id, appealable, sent, how, received, user, at)
         VALUES (?1, 'decision', ?2, 1, '2020-06-01', 'post', '2020-06-03', 'test', 't')",
    );
    row(
        "INSERT INTO appeal (case_id, decision_id, came, in_time, status, judgment,
         judgment_outcome, judgment_decision_id, user, at)
         VALUES (?1, ?2, '2020-06-10', 1, 'judged', '2020-09-01', 'rejected', ?2, 'test', 't')",
    );
    row(
        "UPDATE decision SET judgment_of = (SELECT max(id) FROM appeal WHERE case_id = ?1)
         WHERE id = ?2",
    );
    row(
        "INSERT INTO ivo_note (case_id, day, reason, entry, user, at)
         VALUES (?1, '2020-06-20', 'Ingen kontaktperson.', 1, 'test', 't')",
    );
    row(
        "INSERT INTO plan_version (case_id, order_id, version, drawn_up, body, user, at)
         VALUES (?1, ?3, 2, '2020-06-20', '{}', 'test', 't')",
    );
    row("INSERT INTO plan_check_in (case_id, day, note, user, at)
         VALUES (?1, '2020-09-20', 'Avstämning.', 'test', 't')");
    row(
        "INSERT INTO expense (case_id, order_id, day, amount_ore, what, in_plan, user, at)
         VALUES (?1, ?3, '2020-07-01', 5000, 'Bio', 1, 'test', 't')",
    );
    row("INSERT INTO changed_needs (case_id, day, note, user, at)
         VALUES (?1, '2020-10-01', 'Behovet har ökat.', 'test', 't')");
}

fn count(env: &Env, sql: &str, case_id: i64) -> i64 {
    env.conn().query_row(sql, [case_id], |r| r.get(0)).unwrap()
}

#[test]
fn r2_retention_lists_sol_files_five_years_after_their_last_entry() {
    let env = Env::new();
    let f = files(&env);
    let list = items(&env, &["retention", "--reveal"]);
    let got: Vec<(String, String)> = list
        .iter()
        .map(|i| {
            (
                i["cases"].as_str().unwrap().to_string(),
                i["pnr"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (f.overdue.to_string(), "20010101-2383".to_string()),
            (f.protected.to_string(), "skyddad identitet".to_string()),
            (
                format!("{};{}", f.due_a, f.due_b),
                "19900101-2385".to_string()
            ),
        ]
    );
    assert!(list.iter().all(|i| i["law"] == "SoL"));
    let due = &list[2];
    assert_eq!(due["last_entry"], "2021-11-23");
    assert_eq!(due["deletable_from"], TODAY);
    assert_eq!(due["delete_by"], "2027-12-31");
    assert_eq!(due["overdue"], false);
    assert_eq!(list[0]["delete_by"], "2025-12-31");
    assert_eq!(list[0]["overdue"], true);
    assert!(!cases_in(&list).contains(&f.not_yet));
    // Masked without --reveal.
    let masked = items(&env, &["retention"]);
    assert_eq!(masked[2]["pnr"], "19900101-****");
    // The day before, the file with the 2021-11-23 entry is not due yet.
    let out = env
        .cmd()
        .env("INSATS_TODAY", "2026-11-22")
        .args(["--json", "report", "retention"])
        .output()
        .unwrap();
    let earlier: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(earlier["items"].as_array().unwrap().len(), 2);
}

fn cases_in(list: &[Value]) -> Vec<i64> {
    list.iter()
        .flat_map(|i| {
            i["cases"]
                .as_str()
                .unwrap()
                .split(';')
                .map(|c| c.parse::<i64>().unwrap())
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn r2_deletion_without_yes_and_without_a_terminal_is_refused_and_deletes_nothing() {
    let env = Env::new();
    files(&env);
    let before = env.dump();
    let out = env.run(&["retention", "delete"]);
    assert_fails(&out, 2, "--yes");
    assert!(
        stderr(&out).contains("3 personal files"),
        "{}",
        stderr(&out)
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn r2_deletion_of_a_person_whose_file_is_not_due_is_refused() {
    let env = Env::new();
    let f = files(&env);
    let person: i64 = count(&env, "SELECT person_id FROM cases WHERE id = ?1", f.not_yet);
    let before = env.dump();
    assert_fails(
        &env.run(&[
            "retention",
            "delete",
            "--yes",
            "--person",
            &person.to_string(),
        ]),
        3,
        "refused (R2)",
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn r2_deletion_with_yes_deletes_the_files_and_everything_on_them_and_is_audited() {
    let env = Env::new();
    let f = files(&env);
    let person_a: i64 = count(&env, "SELECT person_id FROM cases WHERE id = ?1", f.due_a);
    let person_overdue: i64 = count(&env, "SELECT person_id FROM cases WHERE id = ?1", f.overdue);
    let journal_a = count(
        &env,
        "SELECT count(*) FROM journal WHERE case_id = ?1",
        f.due_a,
    );
    // Application, the consent recorded for the decision day, assessment, decision, order, a
    // note and its correction.
    assert_eq!(journal_a, 7);

    let triggers_before = journal_triggers(&env);
    let done = env.json(&["retention", "delete", "--yes"]);
    let deleted = done["deleted"].as_array().unwrap();
    assert_eq!(deleted.len(), 3);
    let a = deleted.iter().find(|d| d["person_id"] == person_a).unwrap();
    assert_eq!(a["cases"], serde_json::json!([f.due_a, f.due_b]));
    assert_eq!(a["journal_entries"], journal_a + 1, "and due_b's one entry");
    assert_eq!(a["person_deleted"], false, "the LSS case is kept");
    let o = deleted
        .iter()
        .find(|d| d["person_id"] == person_overdue)
        .unwrap();
    assert_eq!(o["person_deleted"], true);

    for case in [f.due_a, f.due_b, f.overdue, f.protected] {
        for table in [
            "cases WHERE id",
            "journal WHERE case_id",
            "decision WHERE case_id",
            "orders WHERE case_id",
            "visit WHERE case_id",
            "cancellation WHERE case_id",
            "agreement WHERE case_id",
            "offer WHERE case_id",
            "follow_up WHERE case_id",
            "assessment WHERE case_id",
            "communication WHERE case_id",
            "letter WHERE case_id",
            "appeal WHERE case_id",
            "ivo_note WHERE case_id",
            "plan_version WHERE case_id",
            "plan_check_in WHERE case_id",
            "expense WHERE case_id",
            "changed_needs WHERE case_id",
        ] {
            let sql = format!("SELECT count(*) FROM {table} = ?1");
            assert_eq!(count(&env, &sql, case), 0, "{table} {case}");
        }
    }
    assert_eq!(
        count(&env, "SELECT count(*) FROM cases WHERE id = ?1", f.due_lss),
        1
    );
    assert_eq!(
        count(&env, "SELECT count(*) FROM cases WHERE id = ?1", f.not_yet),
        1
    );
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM person WHERE id = ?1",
            person_overdue
        ),
        0
    );

    // Audited: each case with its count of entries, never their content or the person's number.
    let c = env.conn();
    let actions: Vec<(String, Option<i64>)> = c
        .prepare(
            "SELECT action, case_id FROM audit WHERE action LIKE 'retention delete%' ORDER BY id",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(actions.len(), 4 + 3, "{actions:?}");
    assert!(
        actions
            .iter()
            .any(|(a, c)| *c == Some(f.due_a) && a.contains("7 journal entries"))
    );
    for (a, _) in &actions {
        assert!(
            !a.contains("1990") && !a.contains("Gammal") && !a.contains("Anteckning"),
            "{a}"
        );
    }
    // The journal is append-only again.
    let e = c
        .execute("DELETE FROM journal WHERE case_id = ?1", [f.due_lss])
        .unwrap_err();
    assert!(e.to_string().contains("append-only"), "{e}");
    drop(c);
    // A deleted case cannot be shown or reopened: the refusal says why, from the audit trail.
    let before = env.dump();
    for args in [
        vec![
            "reopen".to_string(),
            f.due_a.to_string(),
            "--note".into(),
            "x".into(),
        ],
        vec!["show".to_string(), f.due_a.to_string()],
    ] {
        let out = env.run(&args.iter().map(String::as_str).collect::<Vec<_>>());
        assert_fails(&out, 1, "deleted under the retention rule (R2)");
    }
    assert_eq!(env.dump(), before);
    // Nothing left to delete; the schema is as the migrations made it.
    assert!(items(&env, &["retention"]).is_empty());
    let again = env.json(&["retention", "delete", "--yes"]);
    assert_eq!(again["deleted"], serde_json::json!([]));
    assert_eq!(journal_triggers(&env), triggers_before);
    // The hash chains still check: the runs R2 deleted are recorded, and only those are bridged.
    let ok = env.ok(&["check"]);
    assert!(ok.starts_with("ok:"), "{ok}");
    let gaps: i64 = count(&env, "SELECT count(*) FROM chain_gap WHERE ?1 > 0", 1);
    assert!(gaps >= 1);
    // A deletion outside insats, next to a recorded gap, is still found.
    let victim: i64 = count(
        &env,
        "SELECT min(id) FROM journal WHERE case_id = ?1",
        f.due_lss,
    );
    let c = env.conn();
    c.execute_batch("DROP TRIGGER journal_no_delete").unwrap();
    c.execute("DELETE FROM journal WHERE id = ?1", [victim])
        .unwrap();
    drop(c);
    let out = env.run(&["check"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    // The report starts at the deleted entry (recorded gaps after it are counted in the run).
    assert!(
        stdout(&out).contains(&format!("journal entry #{victim} "))
            && stdout(&out).contains("deleted outside insats"),
        "{}",
        stdout(&out)
    );
}

/// The journal's triggers as the schema holds them.
fn journal_triggers(env: &Env) -> Vec<(String, String)> {
    env.conn()
        .prepare(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'journal'
             ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn r2_deletion_limited_to_one_person() {
    let env = Env::new();
    let f = files(&env);
    let person: i64 = count(&env, "SELECT person_id FROM cases WHERE id = ?1", f.overdue);
    let done = env.json(&[
        "retention",
        "delete",
        "--yes",
        "--person",
        &person.to_string(),
    ]);
    assert_eq!(done["deleted"].as_array().unwrap().len(), 1);
    assert_eq!(items(&env, &["retention"]).len(), 2);
}
