//! The reminders of due process (F4, F6): appeal clocks about to run out, and appeals in time
//! that wait to be forwarded to the court.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::params;

use super::{CASE, PERSON, SUBJECT_COLUMNS, SUBJECT_WIDTH, Subject, day, each, subject, text};
use crate::store::Db;

/// A received letter that tells how to appeal, with no appeal yet.
#[derive(Debug, Clone)]
pub struct Clock {
    pub who: Subject,
    pub decision_id: Option<i64>,
    pub received: NaiveDate,
}

pub fn clock_sql() -> String {
    format!(
        "SELECT {SUBJECT_COLUMNS}, l.decision_id, l.received
         FROM letter l INDEXED BY letter_appeal_clock
         JOIN {CASE} ON c.id = l.case_id {PERSON}
         WHERE l.appealable = 1 AND l.received IS NOT NULL
           AND l.received BETWEEN ?1 AND ?2
           AND NOT EXISTS (SELECT 1 FROM appeal a INDEXED BY appeal_case
                           WHERE a.case_id = l.case_id AND a.came >= l.received)
         ORDER BY l.received, c.id"
    )
}

/// Letters received between `from` and `to` that tell how to appeal and were not appealed
/// since (F4).
pub fn clocks(
    conn: &Db,
    from: NaiveDate,
    to: NaiveDate,
    f: &mut dyn FnMut(Clock) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(&clock_sql())?;
    each(
        stmt.query(params![text(from), text(to)])?,
        |r| {
            Ok(Clock {
                who: subject(r)?,
                decision_id: r.get(SUBJECT_WIDTH)?,
                received: day(r, SUBJECT_WIDTH + 1)?,
            })
        },
        f,
    )
}

/// An appeal in time still with the committee.
#[derive(Debug, Clone)]
pub struct Waiting {
    pub who: Subject,
    pub appeal_id: i64,
    pub came: NaiveDate,
}

pub fn waiting_sql() -> String {
    format!(
        "SELECT {SUBJECT_COLUMNS}, a.id, a.came
         FROM appeal a INDEXED BY appeal_waiting
         JOIN {CASE} ON c.id = a.case_id {PERSON}
         WHERE a.status = 'open' AND a.in_time = 1 AND a.came <= ?1
         ORDER BY a.came, c.id"
    )
}

/// Appeals in time, not forwarded, that came in on or before `by` (F6).
pub fn waiting(conn: &Db, by: NaiveDate, f: &mut dyn FnMut(Waiting) -> Result<()>) -> Result<()> {
    let mut stmt = conn.prepare_cached(&waiting_sql())?;
    each(
        stmt.query(params![text(by)])?,
        |r| {
            Ok(Waiting {
                who: subject(r)?,
                appeal_id: r.get(SUBJECT_WIDTH)?,
                came: day(r, SUBJECT_WIDTH + 1)?,
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
    fn appeal_reminders_read_through_indexes() {
        let conn = file();
        assert_indexed(&conn, "appeal_clock", &clock_sql());
        assert_indexed(&conn, "appeal_forward", &waiting_sql());
    }
}
