//! `insats report ...` and `insats retention delete` (issue 7): each report on a file whose
//! dates sit on both sides of its boundaries. Today is pinned to 2026-11-23 (a Monday).
//!
//! Set-up goes through the real binary where a command exists (`apply`), through
//! `support::grant_and_order` for grants and orders, and through the `sql_*` helpers below for
//! the rows whose commands are being built elsewhere (visits, cancellations, agreements,
//! follow-ups, offers, executions): each says what it writes.

mod council;
mod ivo;
mod kept;
mod output;
mod quarter;
mod reminders;
mod retention;
mod totals;

use rusqlite::params;
use serde_json::Value;

use crate::common::*;
use crate::support::{Granted, grant_and_order};

/// `report ARGS --json`: the items.
pub fn items(env: &Env, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["report"];
    all.extend_from_slice(args);
    let doc = env.json(&all);
    doc["items"].as_array().expect("items").clone()
}

/// The items of one kind.
pub fn of_kind(items: &[Value], kind: &str) -> Vec<Value> {
    items
        .iter()
        .filter(|i| i["kind"] == kind)
        .cloned()
        .collect()
}

/// The case numbers of some items.
pub fn cases(items: &[Value]) -> Vec<i64> {
    items
        .iter()
        .map(|i| i["case_id"].as_i64().unwrap())
        .collect()
}

/// A kontaktperson-sol case for an adult, granted `from..to` at 10 hours a month and ordered.
pub fn granted(env: &Env, pnr: &str, from: &str, to: &str) -> Granted {
    let case = env.apply(pnr, "kontaktperson-sol", &["--consent", "self"]);
    grant_and_order(env, case, from, to, 10.0)
}

/// SQL: the order's last day to be executed (D3), as `insats order` will have stored it.
pub fn sql_execute_by(env: &Env, order_id: i64, day: &str) {
    env.conn()
        .execute(
            "UPDATE orders SET execute_by = ?2 WHERE id = ?1",
            params![order_id, day],
        )
        .unwrap();
}

/// SQL: the order executed on `day` (what `insats match start` will do), with the provider's
/// implementation plan drawn up the same day (P1), so that the reports see a case carried out as
/// it should be; `sql_execute_without_plan` leaves the plan out.
pub fn sql_execute(env: &Env, g: &Granted, day: &str) {
    sql_execute_without_plan(env, g, day);
    env.conn()
        .execute(
            "INSERT INTO plan_version (case_id, order_id, version, drawn_up, body, user, at)
             VALUES (?1, ?2, 1, ?3, '{}', 'test', ?3)",
            params![g.case_id, g.order_id, day],
        )
        .unwrap();
}

/// SQL: the order executed on `day`, and no plan.
pub fn sql_execute_without_plan(env: &Env, g: &Granted, day: &str) {
    let c = env.conn();
    c.execute(
        "UPDATE orders SET status = 'executed', executed_day = ?2 WHERE id = ?1",
        params![g.order_id, day],
    )
    .unwrap();
    c.execute(
        "UPDATE cases SET status = 'executed' WHERE id = ?1",
        [g.case_id],
    )
    .unwrap();
}

/// SQL: the order ended on `day`, unexecuted or not, and the case with it.
pub fn sql_end(env: &Env, g: &Granted, day: &str) {
    let c = env.conn();
    c.execute(
        "UPDATE orders SET status = 'ended', ended_day = ?2 WHERE id = ?1",
        params![g.order_id, day],
    )
    .unwrap();
    c.execute(
        "UPDATE decision SET status = 'ended', ended_day = ?2 WHERE id = ?1",
        params![g.decision_id, day],
    )
    .unwrap();
    c.execute(
        "UPDATE cases SET status = 'ended' WHERE id = ?1",
        [g.case_id],
    )
    .unwrap();
}

/// SQL: the grant has no order (as before `insats order`).
pub fn sql_without_order(env: &Env, g: &Granted) {
    let c = env.conn();
    c.execute("DELETE FROM orders WHERE id = ?1", [g.order_id])
        .unwrap();
    c.execute(
        "UPDATE cases SET status = 'decided' WHERE id = ?1",
        [g.case_id],
    )
    .unwrap();
}

/// SQL: a meeting held (what `insats log --visit` will write).
pub fn sql_visit(env: &Env, g: &Granted, day: &str, hours: f64) {
    env.conn()
        .execute(
            "INSERT INTO visit (case_id, order_id, day, hours, user, at)
             VALUES (?1, ?2, ?3, ?4, 'test', 't')",
            params![g.case_id, g.order_id, day, hours],
        )
        .unwrap();
}

/// SQL: a cancellation (what `insats log --cancel` will write): `effect` kept, lost or
/// rebooked.
pub fn sql_cancel(
    env: &Env,
    g: &Granted,
    day: &str,
    by: &str,
    rebooked: Option<&str>,
    effect: &str,
) {
    env.conn()
        .execute(
            "INSERT INTO cancellation (case_id, order_id, day, by_whom, notice_days, rebooked_day,
                 hours, effect, user, at)
             VALUES (?1, ?2, ?3, ?4, 2, ?5, 2.0, ?6, 'test', 't')",
            params![g.case_id, g.order_id, day, by, rebooked, effect],
        )
        .unwrap();
}

/// SQL: an approved contact person (what `insats match assignee add` will write).
pub fn sql_assignee(env: &Env, pnr12: &str, name: &str) -> i64 {
    let c = env.conn();
    c.execute(
        "INSERT INTO assignee (pnr, name, birth_date, sex, role, stage, created_at)
         VALUES (?1, ?2, substr(?1, 1, 4) || '-' || substr(?1, 5, 2) || '-' || substr(?1, 7, 2),
                 'female', 'kontaktperson', 'assigned', 't')",
        params![pnr12, name],
    )
    .unwrap();
    c.last_insert_rowid()
}

/// SQL: an agreement with the assignee (what `insats match start` will write).
pub fn sql_agreement(
    env: &Env,
    g: &Granted,
    assignee: i64,
    start: &str,
    last_review: Option<&str>,
    level: Option<i64>,
) -> i64 {
    let c = env.conn();
    c.execute(
        "INSERT INTO agreement (case_id, order_id, assignee_id, start_day, compensation_level, text,
             review_due, last_review, status)
         VALUES (?1, ?2, ?3, ?4, ?5, 'Överenskommelse.', date(?4, '+12 months'), ?6, 'active')",
        params![g.case_id, g.order_id, assignee, start, level, last_review],
    )
    .unwrap();
    c.last_insert_rowid()
}

/// SQL: the agreement ended on `day`.
pub fn sql_end_agreement(env: &Env, agreement: i64, day: &str) {
    env.conn()
        .execute(
            "UPDATE agreement SET status = 'ended', ended_day = ?2 WHERE id = ?1",
            params![agreement, day],
        )
        .unwrap();
}

/// SQL: a follow-up of the decision (what `insats follow-up` will write).
pub fn sql_follow_up(env: &Env, g: &Granted, day: &str) {
    env.conn()
        .execute(
            "INSERT INTO follow_up (case_id, decision_id, day, outcome, note, user, at)
             VALUES (?1, ?2, ?3, 'continue', 'Uppföljning.', 'test', 't')",
            params![g.case_id, g.decision_id, day],
        )
        .unwrap();
}

/// SQL: an offer of the assignee (what `insats match offer` will write).
pub fn sql_offer(env: &Env, g: &Granted, assignee: i64, day: &str, outcome: &str) {
    env.conn()
        .execute(
            "INSERT INTO offer (order_id, case_id, assignee_id, offered_day, outcome, user, at)
             VALUES (?1, ?2, ?3, ?4, ?5, 'test', 't')",
            params![g.order_id, g.case_id, assignee, day, outcome],
        )
        .unwrap();
}

/// A journal note about an earlier day, written by `insats log --note` as of that day.
pub fn sql_journal(env: &Env, case_id: i64, day: &str) {
    env.ok(&[
        "--today",
        day,
        "log",
        &case_id.to_string(),
        "--note",
        "Anteckning.",
    ]);
}

/// SQL: the case closed with `status` (ended or rejected).
pub fn sql_close(env: &Env, case_id: i64, status: &str) {
    env.conn()
        .execute(
            "UPDATE cases SET status = ?2 WHERE id = ?1",
            params![case_id, status],
        )
        .unwrap();
}
