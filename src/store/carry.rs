//! Carrying out an intervention: the grant in force and its order as visits and cancellations
//! see them, the visits (besök) and cancellations (avbokningar) themselves, and the hours ledger
//! they make (E1-E5). Rows in, rows out; the rules are in `domain::hours` and
//! `domain::cancellation`.

use super::Db;
use anyhow::{Context, Result, anyhow};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};

use super::{Tx, now};
use crate::domain::cancellation::{Cancelled, CancelledBy, HoursEffect};
use crate::domain::dates;
use crate::domain::hours::{HoursEntry, Level};

/// A stored day (`YYYY-MM-DD`) as a date; a damaged one is an error, not a panic.
pub(crate) fn day(text: &str) -> Result<NaiveDate> {
    dates::parse(text).map_err(|_| anyhow!("a stored date is damaged: {text:?}"))
}

pub(crate) fn opt_day(text: Option<String>) -> Result<Option<NaiveDate>> {
    text.as_deref().map(day).transpose()
}

/// The granting decision in force on a case (beviljande beslut), as carrying out needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Grant {
    pub decision_id: i64,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub hours_per_month: f64,
}

/// The case's granting decision in force, if any.
pub fn grant_in_force(conn: &Db, case_id: i64) -> Result<Option<Grant>> {
    let row: Option<(i64, String, String, f64)> = conn
        .prepare_cached(
            "SELECT id, from_day, to_day, hours_per_month FROM decision
             WHERE case_id = ?1 AND status = 'in_force' AND outcome = 'grant'",
        )?
        .query_row([case_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .optional()?;
    row.map(|(decision_id, from, to, hours)| {
        Ok(Grant {
            decision_id,
            from: day(&from)?,
            to: day(&to)?,
            hours_per_month: hours,
        })
    })
    .transpose()
}

/// The levels of granted hours behind a decision (E1): its own from its first day, and before
/// that those of the decisions it replaced (a change or an extension), oldest first, as far back
/// as they run without a gap. The first day of the oldest is where the grant's days begin.
pub fn levels(conn: &Db, decision_id: i64) -> Result<Vec<Level>> {
    let mut stmt = conn.prepare_cached(
        "SELECT from_day, to_day, hours_per_month, replaces FROM decision
         WHERE id = ?1 AND outcome = 'grant'",
    )?;
    let mut out: Vec<Level> = Vec::new();
    let mut next = Some(decision_id);
    // A chain of replacements is short; the bound keeps a damaged file from looping.
    for _ in 0..64 {
        let Some(id) = next else { break };
        let row: Option<(String, String, f64, Option<i64>)> = stmt
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .optional()?;
        let Some((from, to, hours, replaces)) = row else {
            break;
        };
        let (from, to) = (day(&from)?, day(&to)?);
        if let Some(later) = out.last()
            && to.succ_opt().is_some_and(|after| after < later.from)
        {
            break;
        }
        out.push(Level {
            from,
            hours_per_month: hours,
        });
        next = replaces;
    }
    out.reverse();
    Ok(out)
}

/// The grant with its first day moved back to that of the decisions it replaced without a gap
/// (an extension starts after the day its predecessor ends: their days run on together), and
/// its levels.
pub fn with_levels(conn: &Db, mut grant: Grant) -> Result<(Grant, Vec<Level>)> {
    let levels = levels(conn, grant.decision_id)?;
    if let Some(first) = levels.first() {
        grant.from = grant.from.min(first.from);
    }
    Ok((grant, levels))
}

/// The active agreement with an assignee (överenskommelse).
#[derive(Debug, Clone, PartialEq)]
pub struct ActiveAgreement {
    pub agreement_id: i64,
    pub assignee_id: i64,
    pub start: NaiveDate,
    pub hours_per_meeting: Option<f64>,
    pub review_due: NaiveDate,
    pub last_review: Option<NaiveDate>,
}

pub fn active_agreement(conn: &Db, case_id: i64) -> Result<Option<ActiveAgreement>> {
    type Raw = (i64, i64, String, Option<f64>, String, Option<String>);
    let row: Option<Raw> = conn
        .prepare_cached(
            "SELECT id, assignee_id, start_day, hours_per_meeting, review_due, last_review
             FROM agreement WHERE case_id = ?1 AND status = 'active'",
        )?
        .query_row([case_id], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .optional()?;
    row.map(|(agreement_id, assignee_id, start, hpm, due, last)| {
        Ok(ActiveAgreement {
            agreement_id,
            assignee_id,
            start: day(&start)?,
            hours_per_meeting: hpm,
            review_due: day(&due)?,
            last_review: opt_day(last)?,
        })
    })
    .transpose()
}

/// The hours ledger of an order: its visits, and its cancellations that lost or kept hours
/// (a rebooked one changes nothing: the new meeting is logged as a visit).
pub fn hours_entries(conn: &Db, order_id: i64) -> Result<Vec<HoursEntry>> {
    let mut out = Vec::new();
    let mut visits =
        conn.prepare_cached("SELECT day, hours FROM visit WHERE order_id = ?1 AND voided IS NULL")?;
    let rows = visits.query_map([order_id], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, f64>(1)?))
    })?;
    for row in rows {
        let (d, hours) = row?;
        out.push(HoursEntry::Visit {
            day: day(&d)?,
            hours,
        });
    }
    let mut cancelled = conn.prepare_cached(
        "SELECT day, hours, effect FROM cancellation
         WHERE order_id = ?1 AND effect IN ('lost', 'kept') AND voided IS NULL",
    )?;
    let rows = cancelled.query_map([order_id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, f64>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (d, hours, effect) = row?;
        let d = day(&d)?;
        out.push(if effect == "lost" {
            HoursEntry::Lost { day: d, hours }
        } else {
            HoursEntry::Kept { day: d, hours }
        });
    }
    out.sort_by_key(HoursEntry::day);
    Ok(out)
}

/// Records a meeting held; returns its row id.
pub fn insert_visit(
    tx: &Tx,
    case_id: i64,
    order_id: i64,
    on: NaiveDate,
    hours: f64,
    entry: i64,
) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO visit (case_id, order_id, day, hours, user, at, entry)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        case_id,
        order_id,
        on.to_string(),
        hours,
        tx.actor().user,
        now(),
        entry
    ])
    .context("cannot store the visit")?;
    // One action, one audit line: the visit's journal entry records it (`record_visit`).
    Ok(tx.last_insert_rowid())
}

/// A cancellation as judged (E2-E4), ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewCancellation {
    pub case_id: i64,
    pub order_id: i64,
    pub day: NaiveDate,
    pub by: CancelledBy,
    pub notice_days: u32,
    pub rebooked: Option<NaiveDate>,
    pub hours: f64,
    pub effect: HoursEffect,
}

pub fn insert_cancellation(tx: &Tx, c: &NewCancellation, entry: i64) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO cancellation (case_id, order_id, day, by_whom, notice_days, rebooked_day,
             hours, effect, user, at, entry)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        c.case_id,
        c.order_id,
        c.day.to_string(),
        c.by.as_str(),
        c.notice_days,
        c.rebooked.map(|d| d.to_string()),
        c.hours,
        c.effect.as_str(),
        tx.actor().user,
        now(),
        entry
    ])
    .context("cannot store the cancellation")?;
    // One action, one audit line: the cancellation's journal entry records it
    // (`record_cancellation`).
    Ok(tx.last_insert_rowid())
}

/// The case's cancellations that E5 counts: those dated on or after the day of its latest
/// completed assessment (a new assessment is what the flag asks for, so it starts the count
/// again).
pub fn cancellations_for_flag(conn: &Db, case_id: i64) -> Result<Vec<Cancelled>> {
    let mut stmt = conn.prepare_cached(
        "SELECT day, by_whom, rebooked_day IS NOT NULL FROM cancellation
         WHERE case_id = ?1 AND voided IS NULL
           AND day >= coalesce((SELECT max(completed_day) FROM assessment
                                WHERE case_id = ?1 AND status = 'completed'), '')
         ORDER BY day, id",
    )?;
    let rows = stmt.query_map([case_id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, bool>(2)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (d, by, rebooked) = row?;
        let by = CancelledBy::parse(&by)
            .ok_or_else(|| anyhow!("a stored cancellation names an unknown party {by:?}"))?;
        out.push(Cancelled {
            day: day(&d)?,
            by,
            rebooked,
        });
    }
    Ok(out)
}

/// What a journal entry recorded besides its text: a visit or a cancellation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recording {
    Visit { id: i64, voided: bool },
    Cancellation { id: i64, voided: bool },
}

/// The visit or cancellation that journal entry `entry` recorded, if any.
pub fn recorded_by(conn: &Db, entry: i64) -> Result<Option<Recording>> {
    let visit: Option<(i64, bool)> = conn
        .prepare_cached("SELECT id, voided IS NOT NULL FROM visit WHERE entry = ?1")?
        .query_row([entry], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if let Some((id, voided)) = visit {
        return Ok(Some(Recording::Visit { id, voided }));
    }
    let cancellation: Option<(i64, bool)> = conn
        .prepare_cached("SELECT id, voided IS NOT NULL FROM cancellation WHERE entry = ?1")?
        .query_row([entry], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(cancellation.map(|(id, voided)| Recording::Cancellation { id, voided }))
}

/// Voids a visit or cancellation: its hours count nowhere any more; the row stays, marked with
/// the correction that voided it.
pub fn void(tx: &Tx, what: Recording, correction: i64) -> Result<()> {
    let (sql, id) = match what {
        Recording::Visit { id, .. } => ("UPDATE visit SET voided = ?2 WHERE id = ?1", id),
        Recording::Cancellation { id, .. } => {
            ("UPDATE cancellation SET voided = ?2 WHERE id = ?1", id)
        }
    };
    tx.prepare_cached(sql)?.execute(params![id, correction])?;
    Ok(())
}
