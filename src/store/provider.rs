//! The provider's part of a case (S5): the cases ordered from the provider, and what the
//! provider records on them (visits and cancellations), read from their own tables rather than
//! from the authority's journal.

use std::collections::HashSet;

use anyhow::Result;
use serde::Serialize;

use super::Db;

/// The cases that have (or had) an order to a provider.
pub fn ordered_cases(conn: &Db) -> Result<HashSet<i64>> {
    let mut stmt = conn.prepare_cached("SELECT DISTINCT case_id FROM orders")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// One thing the provider recorded on a case.
#[derive(Debug, Clone, Serialize)]
pub struct Record {
    /// `visit` or `cancellation`.
    pub kind: &'static str,
    pub id: i64,
    pub day: String,
    pub hours: f64,
    /// Who cancelled (a cancellation).
    pub by: Option<String>,
    pub notice_days: Option<i64>,
    pub rebooked: Option<String>,
    /// What the cancellation did to the hours: `kept`, `lost` or `rebooked`.
    pub effect: Option<String>,
    pub recorded_by: String,
}

/// The provider's records on case `case_id`, by day.
pub fn records(conn: &Db, case_id: i64) -> Result<Vec<Record>> {
    let mut out = Vec::new();
    let mut visits = conn.prepare_cached(
        "SELECT id, day, hours, user FROM visit WHERE case_id = ?1 ORDER BY day, id",
    )?;
    for r in visits.query_map([case_id], |r| {
        Ok(Record {
            kind: "visit",
            id: r.get(0)?,
            day: r.get(1)?,
            hours: r.get(2)?,
            by: None,
            notice_days: None,
            rebooked: None,
            effect: None,
            recorded_by: r.get(3)?,
        })
    })? {
        out.push(r?);
    }
    let mut cancels = conn.prepare_cached(
        "SELECT id, day, hours, by_whom, notice_days, rebooked_day, effect, user
         FROM cancellation WHERE case_id = ?1 ORDER BY day, id",
    )?;
    for r in cancels.query_map([case_id], |r| {
        Ok(Record {
            kind: "cancellation",
            id: r.get(0)?,
            day: r.get(1)?,
            hours: r.get(2)?,
            by: r.get(3)?,
            notice_days: r.get(4)?,
            rebooked: r.get(5)?,
            effect: r.get(6)?,
            recorded_by: r.get(7)?,
        })
    })? {
        out.push(r?);
    }
    out.sort_by(|a, b| a.day.cmp(&b.day));
    Ok(out)
}
