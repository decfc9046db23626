//! The rows behind the provider's reminders: executed orders without an implementation plan
//! (P1), reports of changed needs not followed up (P3), and assignments without a recent
//! check-in (P4).

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::params;

use super::{
    CASE, CLOSED, PERSON, SUBJECT_COLUMNS, SUBJECT_WIDTH, Subject, day, each, opt_day, subject,
    text,
};
use crate::store::Db;

/// An executed order (P1) or an active assignment (P4), and the day its clock runs from.
#[derive(Debug, Clone)]
pub struct Running {
    pub who: Subject,
    pub order_id: i64,
    pub executed: NaiveDate,
    /// P4: the latest check-in with the assignee, if any.
    pub last_check_in: Option<NaiveDate>,
}

pub fn plan_missing_sql() -> String {
    format!(
        "SELECT {SUBJECT_COLUMNS}, o.id, o.executed_day, NULL
         FROM orders o INDEXED BY orders_executed
         JOIN {CASE} ON c.id = o.case_id {PERSON}
         WHERE o.status = 'executed' AND o.executed_day <= ?1 AND c.status NOT IN {CLOSED}
           AND NOT EXISTS (SELECT 1 FROM plan_version v INDEXED BY plan_version_order
                           WHERE v.order_id = o.id)
         ORDER BY o.executed_day, o.case_id"
    )
}

fn running(r: &rusqlite::Row<'_>) -> rusqlite::Result<Running> {
    let w = SUBJECT_WIDTH;
    Ok(Running {
        who: subject(r)?,
        order_id: r.get(w)?,
        executed: day(r, w + 1)?,
        last_check_in: opt_day(r, w + 2)?,
    })
}

/// Executed orders on open cases, executed on or before `executed_by`, with no plan (P1), by
/// the day they were executed.
pub fn plan_missing(
    conn: &Db,
    executed_by: NaiveDate,
    f: &mut dyn FnMut(Running) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(&plan_missing_sql())?;
    each(stmt.query(params![text(executed_by)])?, running, f)
}

pub fn check_in_sql() -> String {
    format!(
        "SELECT {SUBJECT_COLUMNS}, o.id, a.start_day,
            (SELECT max(k.day) FROM plan_check_in k INDEXED BY plan_check_in_case
             WHERE k.case_id = a.case_id AND k.day >= a.start_day)
         FROM agreement a INDEXED BY agreement_start
         JOIN orders o ON o.id = a.order_id
         JOIN {CASE} ON c.id = a.case_id {PERSON}
         WHERE a.status = 'active' AND a.start_day <= ?1
           AND c.status NOT IN {CLOSED}
         ORDER BY a.start_day, a.case_id"
    )
}

/// Active assignments on open cases that started on or before `started_by`, with their latest
/// check-in (P4), by the day they started.
pub fn check_ins(
    conn: &Db,
    started_by: NaiveDate,
    f: &mut dyn FnMut(Running) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(&check_in_sql())?;
    each(stmt.query(params![text(started_by)])?, running, f)
}

/// A report of changed needs (P3) that no follow-up has met yet.
#[derive(Debug, Clone)]
pub struct ChangedNeeds {
    pub who: Subject,
    pub day: NaiveDate,
}

pub fn changed_needs_sql() -> String {
    format!(
        "SELECT {SUBJECT_COLUMNS}, n.day
         FROM changed_needs n INDEXED BY changed_needs_day
         JOIN {CASE} ON c.id = n.case_id {PERSON}
         WHERE n.day <= ?1 AND c.status NOT IN {CLOSED}
           AND NOT EXISTS (SELECT 1 FROM changed_needs m INDEXED BY changed_needs_case
                           WHERE m.case_id = n.case_id
                             AND (m.day < n.day OR (m.day = n.day AND m.id < n.id))
                             AND NOT EXISTS (SELECT 1 FROM follow_up g INDEXED BY follow_up_case
                                             WHERE g.case_id = m.case_id AND g.day >= m.day))
           AND NOT EXISTS (SELECT 1 FROM follow_up f INDEXED BY follow_up_case
                           WHERE f.case_id = n.case_id AND f.day >= n.day)
         ORDER BY n.day, n.case_id"
    )
}

/// Cases whose provider reported changed needs on or before `by` with no follow-up on or after
/// the report (P3): the earliest report not followed up, one row per case.
pub fn changed_needs(
    conn: &Db,
    by: NaiveDate,
    f: &mut dyn FnMut(ChangedNeeds) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(&changed_needs_sql())?;
    each(
        stmt.query(params![text(by)])?,
        |r| {
            Ok(ChangedNeeds {
                who: subject(r)?,
                day: day(r, SUBJECT_WIDTH)?,
            })
        },
        f,
    )
}

#[cfg(test)]
mod tests {
    use super::super::plan_tests::{assert_indexed, file};
    use super::*;

    #[test]
    fn provider_reminder_queries_read_through_indexes() {
        let conn = file();
        for (name, sql) in [
            ("plan_missing", plan_missing_sql()),
            ("check_in", check_in_sql()),
            ("changed_needs", changed_needs_sql()),
        ] {
            assert_indexed(&conn, name, &sql);
        }
    }
}
