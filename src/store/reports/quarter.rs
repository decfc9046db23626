//! The rows behind `report unexecuted` and `report ivo` (D3, R1): grants not executed in time,
//! and executed interventions with their meetings and hours.

use crate::store::Db;
use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::{SUBJECT_COLUMNS, SUBJECT_WIDTH, Subject, day, each, opt_day, subject, text};

/// A grant and its order (if any), as the quarter reports read them.
#[derive(Debug, Clone)]
pub struct GrantOrder {
    pub who: Subject,
    pub decision_id: i64,
    pub decided: NaiveDate,
    /// The last day of the decision in force (or of the order's decision).
    pub decision_to: NaiveDate,
    pub order_id: Option<i64>,
    pub provider: Option<String>,
    /// Stored with the order (D3); `None` without an order (the caller computes it).
    pub execute_by: Option<NaiveDate>,
    pub executed: Option<NaiveDate>,
    /// The order's end, or the end of a decision that never had an order.
    pub ended: Option<NaiveDate>,
    pub hours_per_month: f64,
    /// The decision carries out a court's judgment (F7): D3 flags it, IVO's report does not
    /// cover it (R1).
    pub judgment: bool,
}

fn grant_order(r: &Row<'_>) -> rusqlite::Result<GrantOrder> {
    let w = SUBJECT_WIDTH;
    Ok(GrantOrder {
        who: subject(r)?,
        decision_id: r.get(w)?,
        decided: day(r, w + 1)?,
        decision_to: day(r, w + 2)?,
        order_id: r.get(w + 3)?,
        provider: r.get(w + 4)?,
        execute_by: opt_day(r, w + 5)?,
        executed: opt_day(r, w + 6)?,
        ended: opt_day(r, w + 7)?,
        hours_per_month: r.get(w + 8)?,
        judgment: r.get(w + 9)?,
    })
}

/// The columns of [`grant_order`] for an order `o` on decision `d`.
fn order_columns() -> String {
    format!(
        "{SUBJECT_COLUMNS}, d.id, d.decided_day,
         coalesce((SELECT cur.to_day FROM decision cur
                   WHERE cur.case_id = o.case_id AND cur.status = 'in_force'), d.to_day),
         o.id, o.provider, o.execute_by, o.executed_day, o.ended_day, o.hours_per_month,
         d.judgment_of IS NOT NULL"
    )
}

/// ?1 the day asked about (the quarter's end, or today), ?2 the quarter's first day, ?3 the
/// latest decision day a grant without an order can have and be late by ?1.
pub fn late_sql() -> String {
    let cols = order_columns();
    format!(
        "SELECT {cols}
         FROM orders o INDEXED BY orders_execute_by
         JOIN decision d ON d.id = o.decision_id
         JOIN cases c ON c.id = o.case_id JOIN person p ON p.id = c.person_id
         WHERE o.status = 'open' AND o.execute_by < ?1
         UNION ALL
         SELECT {cols}
         FROM orders o INDEXED BY orders_executed_day
         JOIN decision d ON d.id = o.decision_id
         JOIN cases c ON c.id = o.case_id JOIN person p ON p.id = c.person_id
         WHERE o.executed_day >= ?2 AND o.executed_day > o.execute_by AND o.execute_by < ?1
         UNION ALL
         SELECT {cols}
         FROM orders o INDEXED BY orders_ended_day
         JOIN decision d ON d.id = o.decision_id
         JOIN cases c ON c.id = o.case_id JOIN person p ON p.id = c.person_id
         WHERE o.status = 'ended' AND o.ended_day >= ?2 AND o.executed_day IS NULL
           AND o.execute_by < min(o.ended_day, ?1)
         UNION ALL
         SELECT {SUBJECT_COLUMNS}, d.id, d.decided_day, d.to_day, NULL, NULL, NULL, NULL,
                d.ended_day, d.hours_per_month, d.judgment_of IS NOT NULL
         FROM decision d INDEXED BY decision_decided_day
         JOIN cases c ON c.id = d.case_id JOIN person p ON p.id = c.person_id
         WHERE d.decided_day <= ?3 AND d.outcome = 'grant'
           AND (d.status = 'in_force' OR d.ended_day >= ?2)
           AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.case_id = d.case_id)
         ORDER BY 11, 1"
    )
}

/// Grants not executed in time as of `as_of` that still concern the quarter starting `from`:
/// open orders past their last day, orders executed late on or after `from`, orders ended
/// unexecuted on or after `from`, and grants without an order decided on or before
/// `decided_by` (the caller checks their deadline). By decision day.
pub fn late(
    conn: &Db,
    as_of: NaiveDate,
    from: NaiveDate,
    decided_by: NaiveDate,
    f: &mut dyn FnMut(GrantOrder) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(&late_sql())?;
    let rows = stmt.query(params![text(as_of), text(from), text(decided_by)])?;
    each(rows, grant_order, f)
}

/// ?1 the last day of the period, ?2 its first day.
pub fn executed_sql() -> String {
    let cols = order_columns();
    format!(
        "SELECT {cols}
         FROM orders o INDEXED BY orders_executed_day
         JOIN decision d ON d.id = o.decision_id
         JOIN cases c ON c.id = o.case_id JOIN person p ON p.id = c.person_id
         WHERE o.executed_day <= ?1 AND (o.status = 'executed' OR o.ended_day >= ?2)
         ORDER BY d.decided_day, o.case_id"
    )
}

/// Orders executed on or before `to` and not ended before `from`: the interventions running in
/// the period.
pub fn executed(
    conn: &Db,
    from: NaiveDate,
    to: NaiveDate,
    f: &mut dyn FnMut(GrantOrder) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(&executed_sql())?;
    each(stmt.query(params![text(to), text(from)])?, grant_order, f)
}

pub const LAST_MEETING_SQL: &str =
    "SELECT max(v.day) FROM visit v WHERE v.case_id = ?1 AND v.order_id = ?2 AND v.day < ?3
         AND v.voided IS NULL";

/// The last meeting of an order before `before`.
pub fn last_meeting_before(
    conn: &Db,
    case_id: i64,
    order_id: i64,
    before: NaiveDate,
) -> Result<Option<NaiveDate>> {
    let mut stmt = conn.prepare_cached(LAST_MEETING_SQL)?;
    Ok(stmt
        .query_row(params![case_id, order_id, text(before)], |r| opt_day(r, 0))
        .optional()?
        .flatten())
}

pub const MEETINGS_SQL: &str = "SELECT v.day FROM visit v
     WHERE v.case_id = ?1 AND v.order_id = ?2 AND v.day BETWEEN ?3 AND ?4 AND v.voided IS NULL
     ORDER BY v.day";

/// The meeting days of an order in `from..=to`, in order.
pub fn meetings(
    conn: &Db,
    case_id: i64,
    order_id: i64,
    from: NaiveDate,
    to: NaiveDate,
    f: &mut dyn FnMut(NaiveDate) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(MEETINGS_SQL)?;
    let rows = stmt.query(params![case_id, order_id, text(from), text(to)])?;
    each(rows, |r| day(r, 0), f)
}

/// One line of a case's hours ledger: a meeting, or a cancellation with its effect.
#[derive(Debug, Clone)]
pub struct LedgerRow {
    pub day: NaiveDate,
    pub hours: f64,
    /// "visit", or the cancellation's effect: "lost", "kept", "rebooked".
    pub kind: String,
}

pub const LEDGER_SQL: &str = "SELECT v.day, v.hours, 'visit' FROM visit v
     WHERE v.case_id = ?1 AND v.order_id = ?2 AND v.day BETWEEN ?3 AND ?4 AND v.voided IS NULL
     UNION ALL
     SELECT x.day, x.hours, x.effect FROM cancellation x
     WHERE x.case_id = ?1 AND x.order_id = ?2 AND x.day BETWEEN ?3 AND ?4 AND x.voided IS NULL
     ORDER BY 1";

/// The meetings and cancellations of an order in `from..=to`, by day.
pub fn ledger(
    conn: &Db,
    case_id: i64,
    order_id: i64,
    from: NaiveDate,
    to: NaiveDate,
    f: &mut dyn FnMut(LedgerRow) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(LEDGER_SQL)?;
    let rows = stmt.query(params![case_id, order_id, text(from), text(to)])?;
    each(
        rows,
        |r| {
            Ok(LedgerRow {
                day: day(r, 0)?,
                hours: r.get(1)?,
                kind: r.get(2)?,
            })
        },
        f,
    )
}

/// An offer of an assignee (R1 asks for the dates of offers).
#[derive(Debug, Clone)]
pub struct OfferRow {
    pub day: NaiveDate,
    pub outcome: String,
    /// Who declined it, "individual" or "assignee"; `None` when not stated.
    pub declined_by: Option<String>,
}

pub const OFFERS_SQL: &str = "SELECT o.offered_day, o.outcome, o.declined_by FROM offer o
     WHERE o.case_id = ?1 AND o.offered_day <= ?2 ORDER BY o.offered_day, o.id";

pub fn offers(
    conn: &Db,
    case_id: i64,
    to: NaiveDate,
    f: &mut dyn FnMut(OfferRow) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(OFFERS_SQL)?;
    each(
        stmt.query(params![case_id, text(to)])?,
        |r| {
            Ok(OfferRow {
                day: day(r, 0)?,
                outcome: r.get(1)?,
                declined_by: r.get(2)?,
            })
        },
        f,
    )
}

/// The hours and last day of the grant covering `from..=to` on a case, if one does: of several,
/// the one that began last (a change or an extension replaces the earlier one from its start).
#[derive(Debug, Clone, Copy)]
pub struct Covering {
    pub hours_per_month: f64,
    pub to: NaiveDate,
    pub decision_id: i64,
    pub from: NaiveDate,
    /// The decision it replaced (a change or an extension), whose level counts before `from`.
    pub replaces: Option<i64>,
}

pub const COVERING_SQL: &str = "SELECT d.hours_per_month, d.to_day, d.id, d.from_day, d.replaces
     FROM decision d
     WHERE d.case_id = ?1 AND d.outcome = 'grant' AND d.from_day <= ?3 AND d.to_day >= ?2
     ORDER BY d.from_day DESC, d.id DESC LIMIT 1";

pub fn covering(
    conn: &Db,
    case_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Option<Covering>> {
    let mut stmt = conn.prepare_cached(COVERING_SQL)?;
    Ok(stmt
        .query_row(params![case_id, text(from), text(to)], |r| {
            Ok(Covering {
                hours_per_month: r.get(0)?,
                to: day(r, 1)?,
                decision_id: r.get(2)?,
                from: day(r, 3)?,
                replaces: r.get(4)?,
            })
        })
        .optional()?)
}

#[cfg(test)]
mod tests {
    use super::super::plan_tests::{assert_indexed, file};
    use super::*;

    #[test]
    fn quarter_queries_read_through_indexes() {
        let conn = file();
        for (name, sql) in [
            ("late", late_sql()),
            ("executed", executed_sql()),
            ("last_meeting", LAST_MEETING_SQL.to_string()),
            ("meetings", MEETINGS_SQL.to_string()),
            ("ledger", LEDGER_SQL.to_string()),
            ("offers", OFFERS_SQL.to_string()),
            ("covering", COVERING_SQL.to_string()),
        ] {
            assert_indexed(&conn, name, &sql);
        }
    }
}
