//! The rows behind IVO's individual reports (R1), the LSS register (R5) and the not-used
//! reminder (D3), and the caseworker's IVO notes. Every query reads through an index (see the
//! test at the end).

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::{
    CASE, PERSON, SUBJECT_COLUMNS, SUBJECT_WIDTH, Subject, day, each, opt_day, subject, text,
};
use crate::store::{Db, Tx, now};

/// The caseworker's fields of an individual report (R1), each from the latest note giving it.
#[derive(Debug, Clone, Default)]
pub struct IvoFields {
    pub reason: Option<String>,
    pub consequences: Option<String>,
    pub interim: Option<String>,
}

pub const FIELDS_SQL: &str = "SELECT
     (SELECT n.reason FROM ivo_note n WHERE n.case_id = ?1 ORDER BY n.id DESC LIMIT 1),
     (SELECT n.consequences FROM ivo_note n WHERE n.case_id = ?1
        AND n.consequences IS NOT NULL ORDER BY n.id DESC LIMIT 1),
     (SELECT n.interim FROM ivo_note n WHERE n.case_id = ?1
        AND n.interim IS NOT NULL ORDER BY n.id DESC LIMIT 1)";

/// The fields as last noted: a note written in IVO's window, after the quarter, is what is
/// sent for it.
pub fn fields(conn: &Db, case_id: i64) -> Result<IvoFields> {
    let mut stmt = conn.prepare_cached(FIELDS_SQL)?;
    Ok(stmt.query_row(params![case_id], |r| {
        Ok(IvoFields {
            reason: r.get(0)?,
            consequences: r.get(1)?,
            interim: r.get(2)?,
        })
    })?)
}

/// A new note (R1), with the journal entry that records it.
pub struct NewNote<'a> {
    pub case_id: i64,
    pub day: NaiveDate,
    pub reason: &'a str,
    pub consequences: Option<&'a str>,
    pub interim: Option<&'a str>,
    pub entry: i64,
}

pub fn insert_note(tx: &Tx, n: &NewNote<'_>) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO ivo_note (case_id, day, reason, consequences, interim, entry, user, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        n.case_id,
        text(n.day),
        n.reason,
        n.consequences,
        n.interim,
        n.entry,
        tx.actor().user,
        now()
    ])?;
    Ok(tx.last_insert_rowid())
}

pub const FOLLOW_UPS_SQL: &str = "SELECT f.day FROM follow_up f
     WHERE f.case_id = ?1 AND f.day <= ?2 ORDER BY f.day, f.id";

/// The days of a case's follow-ups up to `to` (R1 asks for them).
pub fn follow_up_days(conn: &Db, case_id: i64, to: NaiveDate) -> Result<Vec<NaiveDate>> {
    let mut stmt = conn.prepare_cached(FOLLOW_UPS_SQL)?;
    let mut days = Vec::new();
    each(
        stmt.query(params![case_id, text(to)])?,
        |r| day(r, 0),
        &mut |d| {
            days.push(d);
            Ok(())
        },
    )?;
    Ok(days)
}

pub const AGREEMENT_ENDS_SQL: &str = "SELECT a.ended_day FROM agreement a
     WHERE a.order_id = ?1 AND a.ended_day IS NOT NULL AND a.ended_day <= ?2
     ORDER BY a.ended_day";

/// The days the agreements of an order ended, up to `to`: an interruption counts from such a
/// day when no meeting followed (R1).
pub fn agreement_ends(conn: &Db, order_id: i64, to: NaiveDate) -> Result<Vec<NaiveDate>> {
    let mut stmt = conn.prepare_cached(AGREEMENT_ENDS_SQL)?;
    let mut days = Vec::new();
    each(
        stmt.query(params![order_id, text(to)])?,
        |r| day(r, 0),
        &mut |d| {
            days.push(d);
            Ok(())
        },
    )?;
    Ok(days)
}

/// An executed intervention that may not be used (D3): its order, the day it was executed,
/// its last meeting and its last follow-up.
#[derive(Debug, Clone)]
pub struct Running {
    pub who: Subject,
    pub order_id: i64,
    pub executed: NaiveDate,
    pub last_meeting: Option<NaiveDate>,
    pub last_follow_up: Option<NaiveDate>,
}

/// ?1 the latest day the last meeting, follow-up and execution may have for the reminder to
/// fall due by the horizon (a generous cut; the caller checks the day exactly). The executed
/// orders that have gone quiet since are read from `order_contact` (migration 020), which
/// keeps the latest of the three days for each: only those orders are read.
pub fn not_used_sql() -> String {
    format!(
        "SELECT {SUBJECT_COLUMNS}, o.id, o.executed_day,
            (SELECT max(v.day) FROM visit v
             WHERE v.case_id = o.case_id AND v.order_id = o.id AND v.voided IS NULL),
            (SELECT max(f.day) FROM follow_up f WHERE f.case_id = o.case_id)
         FROM order_contact k INDEXED BY order_contact_quiet
         JOIN orders o ON o.id = k.order_id
         JOIN {CASE} ON c.id = o.case_id {PERSON}
         WHERE k.quiet_since <= ?1 AND o.status = 'executed'
         ORDER BY o.executed_day, o.case_id"
    )
}

pub fn not_used(
    conn: &Db,
    base_by: NaiveDate,
    f: &mut dyn FnMut(Running) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(&not_used_sql())?;
    let w = SUBJECT_WIDTH;
    each(
        stmt.query(params![text(base_by)])?,
        |r: &Row<'_>| {
            Ok(Running {
                who: subject(r)?,
                order_id: r.get(w)?,
                executed: day(r, w + 1)?,
                last_meeting: opt_day(r, w + 2)?,
                last_follow_up: opt_day(r, w + 3)?,
            })
        },
        f,
    )
}

/// One LSS intervention carried out on the register's day (R5).
#[derive(Debug, Clone)]
pub struct Carried {
    pub who: Subject,
    pub lss_group: Option<i64>,
}

/// ?1 the register's day; ?2, ?3 the LSS types.
pub fn register_sql() -> String {
    format!(
        "SELECT {SUBJECT_COLUMNS}, c.lss_group
         FROM cases c INDEXED BY cases_insats_status
         JOIN person p ON p.id = c.person_id
         WHERE c.insats IN (?2, ?3)
           AND EXISTS (SELECT 1 FROM orders o WHERE o.case_id = c.id
                       AND o.executed_day <= ?1 AND (o.ended_day IS NULL OR o.ended_day >= ?1))
           AND EXISTS (SELECT 1 FROM decision d WHERE d.case_id = c.id AND d.outcome = 'grant'
                       AND d.from_day <= ?1 AND d.to_day >= ?1
                       AND (d.ended_day IS NULL OR d.ended_day >= ?1))
         ORDER BY p.id, c.id"
    )
}

/// The LSS interventions of `types` carried out on `on`, by person.
pub fn carried_out(
    conn: &Db,
    on: NaiveDate,
    types: [&str; 2],
    f: &mut dyn FnMut(Carried) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(&register_sql())?;
    let w = SUBJECT_WIDTH;
    each(
        stmt.query(params![text(on), types[0], types[1]])?,
        |r| {
            Ok(Carried {
                who: subject(r)?,
                lss_group: r.get(w)?,
            })
        },
        f,
    )
}

/// Whether case `case_id` exists, for `ivo note`.
pub fn case_exists(conn: &Db, case_id: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM cases WHERE id = ?1")?
        .query_row([case_id], |_| Ok(()))
        .optional()?
        .is_some())
}

#[cfg(test)]
mod tests {
    use super::super::plan_tests::{assert_indexed, file};
    use super::*;

    #[test]
    fn ivo_queries_read_through_indexes() {
        let conn = file();
        for (name, sql) in [
            ("fields", FIELDS_SQL.to_string()),
            ("follow_ups", FOLLOW_UPS_SQL.to_string()),
            ("agreement_ends", AGREEMENT_ENDS_SQL.to_string()),
            ("not_used", not_used_sql()),
            ("register", register_sql()),
        ] {
            assert_indexed(&conn, name, &sql);
        }
    }
}
