//! The rows behind `report stats` and `report caseload`.

use crate::store::Db;
use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::params;

use super::{CLOSED, day, each, text};

/// An application or a decision, with what the statistics count it by.
#[derive(Debug, Clone)]
pub struct Counted {
    pub insats: String,
    /// The application's received day, or the decision's day.
    pub day: NaiveDate,
    /// `None` for an application; "grant" or "reject" for a decision.
    pub outcome: Option<String>,
    pub birth_date: NaiveDate,
    pub sex: String,
}

pub const APPLICATIONS_SQL: &str = "SELECT c.insats, c.received, NULL, p.birth_date, p.sex
     FROM cases c INDEXED BY cases_received JOIN person p ON p.id = c.person_id
     WHERE c.received BETWEEN ?1 AND ?2";

pub const DECISIONS_SQL: &str = "SELECT c.insats, d.decided_day, d.outcome, p.birth_date, p.sex
     FROM decision d INDEXED BY decision_decided_day
     JOIN cases c ON c.id = d.case_id JOIN person p ON p.id = c.person_id
     WHERE d.decided_day BETWEEN ?1 AND ?2";

fn counted(
    conn: &Db,
    sql: &str,
    from: NaiveDate,
    to: NaiveDate,
    f: &mut dyn FnMut(Counted) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(sql)?;
    each(
        stmt.query(params![text(from), text(to)])?,
        |r| {
            Ok(Counted {
                insats: r.get(0)?,
                day: day(r, 1)?,
                outcome: r.get(2)?,
                birth_date: day(r, 3)?,
                sex: r.get(4)?,
            })
        },
        f,
    )
}

/// Applications received in `from..=to`.
pub fn applications(
    conn: &Db,
    from: NaiveDate,
    to: NaiveDate,
    f: &mut dyn FnMut(Counted) -> Result<()>,
) -> Result<()> {
    counted(conn, APPLICATIONS_SQL, from, to, f)
}

/// Decisions made in `from..=to`.
pub fn decisions(
    conn: &Db,
    from: NaiveDate,
    to: NaiveDate,
    f: &mut dyn FnMut(Counted) -> Result<()>,
) -> Result<()> {
    counted(conn, DECISIONS_SQL, from, to, f)
}

/// Open cases of one caseworker in one status.
#[derive(Debug, Clone)]
pub struct Load {
    pub caseworker: String,
    pub status: String,
    pub cases: i64,
    pub oldest_received: NaiveDate,
}

pub fn caseload_sql() -> String {
    format!(
        "SELECT c.caseworker, c.status, count(*), min(c.received)
         FROM cases c INDEXED BY cases_caseworker_status
         WHERE c.status NOT IN {CLOSED}
         GROUP BY c.caseworker, c.status
         ORDER BY c.caseworker, c.status"
    )
}

/// Open cases counted per caseworker and status.
pub fn caseload(conn: &Db, f: &mut dyn FnMut(Load) -> Result<()>) -> Result<()> {
    let mut stmt = conn.prepare_cached(&caseload_sql())?;
    each(
        stmt.query([])?,
        |r| {
            Ok(Load {
                caseworker: r.get(0)?,
                status: r.get(1)?,
                cases: r.get(2)?,
                oldest_received: day(r, 3)?,
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
    fn totals_queries_read_through_indexes() {
        let conn = file();
        assert_indexed(&conn, "applications", APPLICATIONS_SQL);
        assert_indexed(&conn, "decisions", DECISIONS_SQL);
        assert_indexed(&conn, "caseload", &caseload_sql());
    }
}
