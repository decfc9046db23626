//! Assignments: executing the order being matched, offers (erbjudande) and agreements
//! (överenskommelse).

use super::Db;
use anyhow::{Context, Result, anyhow};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::cases::{day_at, day_opt, json_list, parsed};
use super::{Tx, now};
use crate::domain::matching::{AgreementStatus, DeclinedBy, DeclinedOffer, OfferOutcome, Role};

/// The order is executed (verkställd) on `day`.
pub fn execute_order(tx: &Tx, order_id: i64, day: NaiveDate) -> Result<()> {
    tx.prepare_cached("UPDATE orders SET executed_day = ?2, status = 'executed' WHERE id = ?1")?
        .execute(params![order_id, day.to_string()])
        .context("cannot mark the order executed")?;
    Ok(())
}

#[derive(Debug, Clone, Serialize)]
pub struct OfferRow {
    pub offer_id: i64,
    pub order_id: i64,
    pub case_id: i64,
    pub assignee_id: i64,
    pub assignee_name: String,
    pub offered_day: NaiveDate,
    pub answered_day: Option<NaiveDate>,
    pub outcome: OfferOutcome,
    pub user: String,
}

const OFFER_SELECT: &str = "SELECT f.id, f.order_id, f.case_id, f.assignee_id, a.name,
        f.offered_day, f.answered_day, f.outcome, f.user
     FROM offer f JOIN assignee a ON a.id = f.assignee_id";

fn offer_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<OfferRow> {
    Ok(OfferRow {
        offer_id: r.get(0)?,
        order_id: r.get(1)?,
        case_id: r.get(2)?,
        assignee_id: r.get(3)?,
        assignee_name: r.get(4)?,
        offered_day: day_at(r, 5)?,
        answered_day: day_opt(r, 6)?,
        outcome: parsed(r, 7, OfferOutcome::parse)?,
        user: r.get(8)?,
    })
}

/// The case's open offer (at most one: the file enforces it).
pub fn pending_offer(conn: &Db, case_id: i64) -> Result<Option<OfferRow>> {
    Ok(conn
        .prepare_cached(&format!(
            "{OFFER_SELECT} WHERE f.case_id = ?1 AND f.outcome = 'pending'"
        ))?
        .query_row([case_id], offer_row)
        .optional()?)
}

/// Every offer made to an assignee, oldest first.
pub fn offers_of_assignee(conn: &Db, assignee_id: i64) -> Result<Vec<OfferRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{OFFER_SELECT} WHERE f.assignee_id = ?1 ORDER BY f.id"
    ))?;
    let rows = stmt.query_map([assignee_id], offer_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn insert_offer(
    tx: &Tx,
    order_id: i64,
    case_id: i64,
    assignee_id: i64,
    day: NaiveDate,
) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO offer (order_id, case_id, assignee_id, offered_day, outcome, user, at)
         VALUES (?1, ?2, ?3, ?4, 'pending', ?5, ?6)",
    )?
    .execute(params![
        order_id,
        case_id,
        assignee_id,
        day.to_string(),
        tx.actor().user,
        now()
    ])
    .context("cannot store the offer")?;
    Ok(tx.last_insert_rowid())
}

/// Answers an open offer: `accepted`, `declined` or `withdrawn`.
pub fn answer_offer(tx: &Tx, offer_id: i64, outcome: OfferOutcome, day: NaiveDate) -> Result<()> {
    let n = tx
        .prepare_cached(
            "UPDATE offer SET outcome = ?2, answered_day = ?3
             WHERE id = ?1 AND outcome = 'pending'",
        )?
        .execute(params![offer_id, outcome.as_str(), day.to_string()])?;
    if n != 1 {
        return Err(anyhow!("offer {offer_id} is no longer open"));
    }
    Ok(())
}

/// Declines an open offer on `day`, saying who declined (None: not stated) and why (M6).
pub fn decline_offer(
    tx: &Tx,
    offer_id: i64,
    day: NaiveDate,
    by: Option<DeclinedBy>,
    reason: Option<&str>,
) -> Result<()> {
    let n = tx
        .prepare_cached(
            "UPDATE offer SET outcome = 'declined', answered_day = ?2, declined_by = ?3,
                 reason = ?4
             WHERE id = ?1 AND outcome = 'pending'",
        )?
        .execute(params![
            offer_id,
            day.to_string(),
            by.map(DeclinedBy::as_str),
            reason
        ])?;
    if n != 1 {
        return Err(anyhow!("offer {offer_id} is no longer open"));
    }
    Ok(())
}

/// The offers of a case that the assignee declined themselves, oldest first (M6).
pub fn declined_by_assignees(conn: &Db, case_id: i64) -> Result<Vec<DeclinedOffer>> {
    let mut stmt = conn.prepare_cached(
        "SELECT assignee_id, answered_day, reason FROM offer
         WHERE case_id = ?1 AND declined_by = 'assignee' ORDER BY id",
    )?;
    let rows = stmt.query_map([case_id], |r| {
        Ok(DeclinedOffer {
            assignee_id: r.get(0)?,
            day: day_at(r, 1)?,
            reason: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

#[derive(Debug, Clone, Serialize)]
pub struct AgreementRow {
    pub agreement_id: i64,
    pub case_id: i64,
    pub order_id: i64,
    pub assignee_id: i64,
    pub assignee_name: String,
    pub role: Role,
    pub start_day: NaiveDate,
    pub meetings_per_month: Option<u32>,
    pub hours_per_meeting: Option<f64>,
    pub goals: Vec<String>,
    pub compensation_level: Option<u32>,
    pub text: String,
    pub review_due: NaiveDate,
    pub last_review: Option<NaiveDate>,
    pub status: AgreementStatus,
    pub ended_day: Option<NaiveDate>,
}

const AGREEMENT_SELECT: &str = "SELECT g.id, g.case_id, g.order_id, g.assignee_id, a.name,
        a.role, g.start_day, g.meetings_per_month, g.hours_per_meeting, g.goals,
        g.compensation_level, g.text, g.review_due, g.last_review, g.status, g.ended_day
     FROM agreement g JOIN assignee a ON a.id = g.assignee_id";

fn agreement_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<AgreementRow> {
    Ok(AgreementRow {
        agreement_id: r.get(0)?,
        case_id: r.get(1)?,
        order_id: r.get(2)?,
        assignee_id: r.get(3)?,
        assignee_name: r.get(4)?,
        role: parsed(r, 5, Role::parse)?,
        start_day: day_at(r, 6)?,
        meetings_per_month: r.get(7)?,
        hours_per_meeting: r.get(8)?,
        goals: json_list(r, 9)?,
        compensation_level: r.get(10)?,
        text: r.get(11)?,
        review_due: day_at(r, 12)?,
        last_review: day_opt(r, 13)?,
        status: parsed(r, 14, AgreementStatus::parse)?,
        ended_day: day_opt(r, 15)?,
    })
}

/// The case's active agreement (at most one: the file enforces it).
pub fn active_agreement(conn: &Db, case_id: i64) -> Result<Option<AgreementRow>> {
    Ok(conn
        .prepare_cached(&format!(
            "{AGREEMENT_SELECT} WHERE g.case_id = ?1 AND g.status = 'active'"
        ))?
        .query_row([case_id], agreement_row)
        .optional()?)
}

/// Every agreement of an assignee, oldest first.
pub fn agreements_of_assignee(conn: &Db, assignee_id: i64) -> Result<Vec<AgreementRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{AGREEMENT_SELECT} WHERE g.assignee_id = ?1 ORDER BY g.id"
    ))?;
    let rows = stmt.query_map([assignee_id], agreement_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// A new agreement, before it is stored.
#[derive(Debug, Clone)]
pub struct NewAgreement {
    pub case_id: i64,
    pub order_id: i64,
    pub assignee_id: i64,
    pub start_day: NaiveDate,
    pub meetings_per_month: u32,
    pub hours_per_meeting: f64,
    pub goals: Vec<String>,
    pub compensation_level: Option<u32>,
    pub text: String,
    pub review_due: NaiveDate,
}

pub fn insert_agreement(tx: &Tx, a: &NewAgreement) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO agreement (case_id, order_id, assignee_id, start_day, meetings_per_month,
             hours_per_meeting, goals, compensation_level, text, review_due, status)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'active')",
    )?
    .execute(params![
        a.case_id,
        a.order_id,
        a.assignee_id,
        a.start_day.to_string(),
        a.meetings_per_month,
        a.hours_per_meeting,
        serde_json::to_string(&a.goals)?,
        a.compensation_level,
        a.text,
        a.review_due.to_string()
    ])
    .context("cannot store the agreement")?;
    Ok(tx.last_insert_rowid())
}

/// An open offer is withdrawn on `day` (the assignee ended).
pub fn withdraw_offer(tx: &Tx, offer_id: i64, day: NaiveDate) -> Result<()> {
    tx.prepare_cached("UPDATE offer SET outcome = 'withdrawn', answered_day = ?2 WHERE id = ?1")?
        .execute(params![offer_id, day.to_string()])?;
    Ok(())
}
