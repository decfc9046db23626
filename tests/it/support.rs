//! Setting up a case that is granted and ordered, for tests of what comes after (matching,
//! visits, follow-ups, reports).
//!
//! Grants and orders go through the real commands; executing an order and the agreement are
//! still set up directly until the match commands are merged (see each function).

#![allow(dead_code)]

use crate::common::*;

pub struct Granted {
    pub case_id: i64,
    pub decision_id: i64,
    pub order_id: i64,
}

/// A completed 'grant' assessment, a grant in force `from`..`to` at `hours` a month, and an
/// open order to "Utföraren AB", all made on `from` through the real commands (`assess
/// --answers`, `decide`, `order` with `--today FROM`), so execute_by is `from` + three months.
pub fn grant_and_order(env: &Env, case_id: i64, from: &str, to: &str, hours: f64) -> Granted {
    let case = case_id.to_string();
    consents_hold_on(env, case_id, from);
    crate::decide_support::complete_assessment_on(env, case_id, "grant", None, from);
    let hours = hours.to_string();
    let decided = env.json(&[
        "--today",
        from,
        "decide",
        &case,
        "--grant",
        "--from",
        from,
        "--to",
        to,
        "--hours",
        &hours,
        "--goal",
        "Bryta isolering",
    ]);
    let ordered = env.json(&[
        "--today",
        from,
        "order",
        &case,
        "--provider",
        "Utföraren AB",
    ]);
    Granted {
        case_id,
        decision_id: decided["decision_id"].as_i64().expect("decision_id"),
        order_id: ordered["order_id"].as_i64().expect("order_id"),
    }
}

/// Executes an order as of `day`: status 'executed' with its day, and the case 'executed'.
///
/// TEMPORARY: `insats match start CASE --date DATE` does this once the match commands are
/// merged; then this calls it instead (and the agreement below comes with it).
pub fn execute_order(env: &Env, order_id: i64, day: &str) {
    let c = env.conn();
    c.execute(
        "UPDATE orders SET status = 'executed', executed_day = ?2 WHERE id = ?1",
        rusqlite::params![order_id, day],
    )
    .unwrap();
    c.execute(
        "UPDATE cases SET status = 'executed'
         WHERE id = (SELECT case_id FROM orders WHERE id = ?1)",
        [order_id],
    )
    .unwrap();
}

/// An approved assignee, assigned to the case with an active agreement from `start` with
/// `hours_per_meeting`; returns (assignee id, agreement id). TEMPORARY like `execute_order`.
pub fn agreement(
    env: &Env,
    granted: &Granted,
    assignee_pnr: &str,
    start: &str,
    hours_per_meeting: f64,
) -> (i64, i64) {
    let c = env.conn();
    c.execute(
        "INSERT INTO assignee (pnr, name, birth_date, sex, role, stage, approved_day, created_at)
         VALUES (?1, 'Uppdrag Tagarsson', substr(?1, 1, 4) || '-' || substr(?1, 5, 2) || '-' ||
             substr(?1, 7, 2), 'male', 'kontaktperson', 'assigned', ?2, 't')",
        rusqlite::params![assignee_pnr, start],
    )
    .unwrap();
    let assignee = c.last_insert_rowid();
    c.execute(
        "INSERT INTO agreement (case_id, order_id, assignee_id, start_day, meetings_per_month,
             hours_per_meeting, text, review_due, status)
         VALUES (?1, ?2, ?3, ?4, 4, ?5, 'Överenskommelse', date(?4, '+12 months'), 'active')",
        rusqlite::params![
            granted.case_id,
            granted.order_id,
            assignee,
            start,
            hours_per_meeting
        ],
    )
    .unwrap();
    (assignee, c.last_insert_rowid())
}

/// The case's recorded consents stood already on `day` (a test decides as of days before the
/// application was registered at TODAY): each party's agreement recorded again, dated `day`.
pub fn consents_hold_on(env: &Env, case_id: i64, day: &str) {
    if day >= TODAY {
        return;
    }
    let case = case_id.to_string();
    let shown = env.json(&["show", &case]);
    let mut parties: Vec<String> = Vec::new();
    for k in shown["consents"].as_array().expect("consents") {
        let by = k["by"].as_str().expect("by").to_string();
        let agrees = matches!(k["kind"].as_str(), Some("given" | "request"));
        if agrees && !parties.contains(&by) {
            parties.push(by);
        }
    }
    for by in parties {
        env.ok(&[
            "--today", day, "consent", &case, "--by", &by, "--given", day,
        ]);
    }
}
