//! Appeals (överklaganden, F4-F7): when one came in and whether in time, the new decision an
//! omprövning made (F5), a dismissal of one too late, the forwarding to the court (F6) and the
//! court's judgment (F7).

use anyhow::{Context, Result, anyhow};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};
use serde::Serialize;

use super::cases::{day_at, day_opt, parsed};
use super::{Db, Tx, now};

/// Where an appeal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AppealStatus {
    /// In time, or not yet dismissed: with the committee (omprövning, F5).
    Open,
    /// Too late: dismissed in a decision of its own (F4).
    Dismissed,
    /// Sent on to the court (F6).
    Forwarded,
    /// The committee's new decision gave the appellant all they asked (F5): nothing to forward.
    Lapsed,
    /// The court has judged (F7).
    Judged,
}

impl AppealStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            AppealStatus::Open => "open",
            AppealStatus::Dismissed => "dismissed",
            AppealStatus::Forwarded => "forwarded",
            AppealStatus::Lapsed => "lapsed",
            AppealStatus::Judged => "judged",
        }
    }

    pub fn parse(s: &str) -> Option<AppealStatus> {
        Some(match s {
            "open" => AppealStatus::Open,
            "dismissed" => AppealStatus::Dismissed,
            "forwarded" => AppealStatus::Forwarded,
            "lapsed" => AppealStatus::Lapsed,
            "judged" => AppealStatus::Judged,
            _ => return None,
        })
    }
}

/// A stored appeal.
#[derive(Debug, Clone, Serialize)]
pub struct AppealRow {
    pub appeal_id: i64,
    pub case_id: i64,
    pub decision_id: i64,
    pub follow_up_id: Option<i64>,
    pub came: NaiveDate,
    pub last_day: Option<NaiveDate>,
    pub in_time: bool,
    pub status: AppealStatus,
    pub note: Option<String>,
    pub covers_decision_id: Option<i64>,
    pub dismissed: Option<NaiveDate>,
    pub dismissed_by: Option<String>,
    pub dismissed_name: Option<String>,
    pub dismissed_title: Option<String>,
    pub dismissal_note: Option<String>,
    pub forwarded: Option<NaiveDate>,
    pub court: Option<String>,
    pub judgment: Option<NaiveDate>,
    pub judgment_outcome: Option<String>,
    pub judgment_decision_id: Option<i64>,
}

const COLUMNS: &str = "id, case_id, decision_id, follow_up_id, came, last_day, in_time, status, \
     note, covers_decision_id, dismissed, dismissed_by, dismissed_name, dismissed_title, \
     dismissal_note, forwarded, court, judgment, judgment_outcome, judgment_decision_id";

fn row(r: &Row<'_>) -> rusqlite::Result<AppealRow> {
    Ok(AppealRow {
        appeal_id: r.get(0)?,
        case_id: r.get(1)?,
        decision_id: r.get(2)?,
        follow_up_id: r.get(3)?,
        came: day_at(r, 4)?,
        last_day: day_opt(r, 5)?,
        in_time: r.get(6)?,
        status: parsed(r, 7, AppealStatus::parse)?,
        note: r.get(8)?,
        covers_decision_id: r.get(9)?,
        dismissed: day_opt(r, 10)?,
        dismissed_by: r.get(11)?,
        dismissed_name: r.get(12)?,
        dismissed_title: r.get(13)?,
        dismissal_note: r.get(14)?,
        forwarded: day_opt(r, 15)?,
        court: r.get(16)?,
        judgment: day_opt(r, 17)?,
        judgment_outcome: r.get(18)?,
        judgment_decision_id: r.get(19)?,
    })
}

/// A new appeal as it came in.
#[derive(Debug, Clone)]
pub struct NewAppeal<'a> {
    pub case_id: i64,
    pub decision_id: i64,
    pub follow_up_id: Option<i64>,
    pub came: NaiveDate,
    pub last_day: Option<NaiveDate>,
    pub in_time: bool,
    pub note: Option<&'a str>,
}

pub fn insert(tx: &Tx, a: &NewAppeal) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO appeal (case_id, decision_id, follow_up_id, came, last_day, in_time, status,
             note, user, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'open', ?7, ?8, ?9)",
    )?
    .execute(params![
        a.case_id,
        a.decision_id,
        a.follow_up_id,
        a.came.to_string(),
        a.last_day.map(|d| d.to_string()),
        a.in_time,
        a.note,
        tx.actor().user,
        now()
    ])
    .context("cannot store the appeal")?;
    let id = tx.last_insert_rowid();
    tx.audit(&format!("appeal #{id} received"), Some(a.case_id))?;
    Ok(id)
}

/// Every appeal of the case, oldest first.
pub fn of_case(conn: &Db, case_id: i64) -> Result<Vec<AppealRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM appeal WHERE case_id = ?1 ORDER BY id"
    ))?;
    let rows = stmt.query_map([case_id], row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// An appeal by number.
pub fn get(conn: &Db, appeal_id: i64) -> Result<AppealRow> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM appeal WHERE id = ?1"))?
        .query_row([appeal_id], row)
        .optional()?
        .ok_or_else(|| anyhow!("no appeal {appeal_id}: `insats show CASE` lists a case's appeals"))
}

/// The case's open appeal (with the committee), if any: the latest.
pub fn open(conn: &Db, case_id: i64) -> Result<Option<AppealRow>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM appeal WHERE case_id = ?1 AND status = 'open'
             ORDER BY id DESC LIMIT 1"
        ))?
        .query_row([case_id], row)
        .optional()?)
}

/// What changes on an appeal.
pub enum Change<'a> {
    /// F5: omprövning made a new decision, which the appeal now covers; `lapsed` when it gives
    /// the appellant all they asked.
    Covers { decision_id: i64, lapsed: bool },
    /// F4: dismissed as too late, by the named decision-maker.
    Dismissed {
        day: NaiveDate,
        name: &'a str,
        title: Option<&'a str>,
        note: &'a str,
    },
    /// F6: sent on to the court.
    Forwarded { day: NaiveDate, court: &'a str },
    /// F7: the court's judgment, and the decision in force it made, if any.
    Judged {
        day: NaiveDate,
        outcome: &'a str,
        decision_id: Option<i64>,
    },
}

pub fn change(tx: &Tx, appeal_id: i64, c: &Change) -> Result<()> {
    let user = tx.actor().user.clone();
    let (sql, what) = match c {
        Change::Covers { lapsed, .. } => (
            if *lapsed {
                "UPDATE appeal SET covers_decision_id = ?2, status = 'lapsed' WHERE id = ?1"
            } else {
                "UPDATE appeal SET covers_decision_id = ?2 WHERE id = ?1"
            },
            "covers a new decision",
        ),
        Change::Dismissed { .. } => (
            "UPDATE appeal SET status = 'dismissed', dismissed = ?2, dismissed_by = ?3,
                 dismissed_name = ?4, dismissed_title = ?5, dismissal_note = ?6 WHERE id = ?1",
            "dismissed",
        ),
        Change::Forwarded { .. } => (
            "UPDATE appeal SET status = 'forwarded', forwarded = ?2, court = ?3 WHERE id = ?1",
            "forwarded",
        ),
        Change::Judged { .. } => (
            "UPDATE appeal SET status = 'judged', judgment = ?2, judgment_outcome = ?3,
                 judgment_decision_id = ?4 WHERE id = ?1",
            "judged",
        ),
    };
    let mut stmt = tx.prepare_cached(sql)?;
    match c {
        Change::Covers { decision_id, .. } => stmt.execute(params![appeal_id, decision_id])?,
        Change::Dismissed {
            day,
            name,
            title,
            note,
        } => stmt.execute(params![appeal_id, day.to_string(), user, name, title, note])?,
        Change::Forwarded { day, court } => {
            stmt.execute(params![appeal_id, day.to_string(), court])?
        }
        Change::Judged {
            day,
            outcome,
            decision_id,
        } => stmt.execute(params![appeal_id, day.to_string(), outcome, decision_id])?,
    };
    let case_id: i64 = tx
        .prepare_cached("SELECT case_id FROM appeal WHERE id = ?1")?
        .query_row([appeal_id], |r| r.get(0))?;
    tx.audit(&format!("appeal #{appeal_id} {what}"), Some(case_id))?;
    Ok(())
}
