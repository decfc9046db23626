//! Kommunicering (F1) and the letters sent (F3): what was communicated to the party and when
//! they may reply by, and each letter's day of sending and of receipt, from which the appeal
//! clock runs (F4). Appeals are in `store::appeal`.

use anyhow::{Context, Result, anyhow};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};
use serde::Serialize;

use super::cases::{day_at, day_opt, json_list, parsed};
use super::{Db, Tx, now};
use crate::domain::due_process::Communicated;

/// One kommunicering of a case.
#[derive(Debug, Clone, Serialize)]
pub struct CommunicationRow {
    pub communication_id: i64,
    pub case_id: i64,
    pub sent: NaiveDate,
    pub reply_by: NaiveDate,
    pub material: Vec<String>,
    pub note: Option<String>,
    pub replied: Option<NaiveDate>,
    pub reply_note: Option<String>,
    pub user: String,
}

impl CommunicationRow {
    pub fn facts(&self) -> Communicated {
        Communicated {
            sent: self.sent,
            reply_by: self.reply_by,
            replied: self.replied,
        }
    }
}

fn communication_row(r: &Row<'_>) -> rusqlite::Result<CommunicationRow> {
    Ok(CommunicationRow {
        communication_id: r.get(0)?,
        case_id: r.get(1)?,
        sent: day_at(r, 2)?,
        reply_by: day_at(r, 3)?,
        material: json_list(r, 4)?,
        note: r.get(5)?,
        replied: day_opt(r, 6)?,
        reply_note: r.get(7)?,
        user: r.get(8)?,
    })
}

/// Records that the material was communicated on `sent`, to be replied to by `reply_by`.
pub fn insert_communication(
    tx: &Tx,
    case_id: i64,
    sent: NaiveDate,
    reply_by: NaiveDate,
    material: &[String],
    note: Option<&str>,
) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO communication (case_id, sent, reply_by, material, note, user, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        case_id,
        sent.to_string(),
        reply_by.to_string(),
        serde_json::to_string(material)?,
        note,
        tx.actor().user,
        now()
    ])
    .context("cannot store the kommunicering")?;
    let id = tx.last_insert_rowid();
    tx.audit(&format!("communication #{id} sent"), Some(case_id))?;
    Ok(id)
}

/// Records the party's reply to a kommunicering.
pub fn record_reply(tx: &Tx, communication_id: i64, day: NaiveDate, note: &str) -> Result<()> {
    let case_id: i64 = tx
        .prepare_cached("SELECT case_id FROM communication WHERE id = ?1")?
        .query_row([communication_id], |r| r.get(0))?;
    tx.prepare_cached("UPDATE communication SET replied = ?2, reply_note = ?3 WHERE id = ?1")?
        .execute(params![communication_id, day.to_string(), note])?;
    tx.audit(
        &format!("communication #{communication_id} replied"),
        Some(case_id),
    )?;
    Ok(())
}

/// Every kommunicering of the case, oldest first.
pub fn communications(conn: &Db, case_id: i64) -> Result<Vec<CommunicationRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, case_id, sent, reply_by, material, note, replied, reply_note, user
         FROM communication WHERE case_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([case_id], communication_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Keeps a decision's motivering (F2), its documented exception from kommunicering (F1), and
/// the appeal whose judgment it carries out (F7).
pub fn set_decision_process(
    tx: &Tx,
    decision_id: i64,
    motivation: Option<&str>,
    no_communication_reason: Option<&str>,
    judgment_of: Option<i64>,
) -> Result<()> {
    tx.prepare_cached(
        "UPDATE decision SET motivation = ?2, no_communication_reason = ?3, judgment_of = ?4
         WHERE id = ?1",
    )?
    .execute(params![
        decision_id,
        motivation,
        no_communication_reason,
        judgment_of
    ])?;
    Ok(())
}

/// Keeps a follow-up's motivering (F2) and its documented exception from kommunicering (F1).
pub fn set_follow_up_process(
    tx: &Tx,
    follow_up_id: i64,
    motivation: Option<&str>,
    no_communication_reason: Option<&str>,
) -> Result<()> {
    tx.prepare_cached(
        "UPDATE follow_up SET motivation = ?2, no_communication_reason = ?3 WHERE id = ?1",
    )?
    .execute(params![follow_up_id, motivation, no_communication_reason])?;
    Ok(())
}

/// A decision's or follow-up's motivering and exception, as stored.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Process {
    pub motivation: Option<String>,
    pub no_communication_reason: Option<String>,
    pub judgment_of: Option<i64>,
}

/// The motivering and exception of a decision.
pub fn decision_process(conn: &Db, decision_id: i64) -> Result<Process> {
    Ok(conn
        .prepare_cached(
            "SELECT motivation, no_communication_reason, judgment_of FROM decision WHERE id = ?1",
        )?
        .query_row([decision_id], |r| {
            Ok(Process {
                motivation: r.get(0)?,
                no_communication_reason: r.get(1)?,
                judgment_of: r.get(2)?,
            })
        })
        .optional()?
        .unwrap_or_default())
}

/// The motivering and exception of a follow-up.
pub fn follow_up_process(conn: &Db, follow_up_id: i64) -> Result<Process> {
    Ok(conn
        .prepare_cached("SELECT motivation, no_communication_reason FROM follow_up WHERE id = ?1")?
        .query_row([follow_up_id], |r| {
            Ok(Process {
                motivation: r.get(0)?,
                no_communication_reason: r.get(1)?,
                judgment_of: None,
            })
        })
        .optional()?
        .unwrap_or_default())
}

/// What a letter is the letter of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Act {
    Decision,
    Ending,
    WrittenOff,
    Dismissal,
}

impl Act {
    pub fn as_str(self) -> &'static str {
        match self {
            Act::Decision => "decision",
            Act::Ending => "ending",
            Act::WrittenOff => "written_off",
            Act::Dismissal => "dismissal",
        }
    }

    pub fn parse(s: &str) -> Option<Act> {
        Some(match s {
            "decision" => Act::Decision,
            "ending" => Act::Ending,
            "written_off" => Act::WrittenOff,
            "dismissal" => Act::Dismissal,
            _ => return None,
        })
    }
}

/// Which act of a case a letter belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LetterKey {
    pub act: Act,
    pub decision_id: Option<i64>,
    pub follow_up_id: Option<i64>,
    pub appeal_id: Option<i64>,
}

/// A letter that was sent.
#[derive(Debug, Clone, Serialize)]
pub struct LetterRow {
    pub letter_id: i64,
    pub case_id: i64,
    #[serde(flatten)]
    pub key: LetterKey,
    /// Whether it tells how to appeal (F3): the appeal clock runs for it.
    pub appealable: bool,
    pub sent: NaiveDate,
    pub how: String,
    pub received: Option<NaiveDate>,
}

const LETTER_COLUMNS: &str =
    "id, case_id, act, decision_id, follow_up_id, appeal_id, appealable, sent, how, received";

fn letter_row(r: &Row<'_>) -> rusqlite::Result<LetterRow> {
    Ok(LetterRow {
        letter_id: r.get(0)?,
        case_id: r.get(1)?,
        key: LetterKey {
            act: parsed(r, 2, Act::parse)?,
            decision_id: r.get(3)?,
            follow_up_id: r.get(4)?,
            appeal_id: r.get(5)?,
        },
        appealable: r.get(6)?,
        sent: day_at(r, 7)?,
        how: r.get(8)?,
        received: day_opt(r, 9)?,
    })
}

/// The sent letter of an act, if it was sent.
pub fn letter_of(conn: &Db, case_id: i64, key: &LetterKey) -> Result<Option<LetterRow>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {LETTER_COLUMNS} FROM letter WHERE case_id = ?1 AND act = ?2
               AND coalesce(decision_id, 0) = coalesce(?3, 0)
               AND coalesce(follow_up_id, 0) = coalesce(?4, 0)
               AND coalesce(appeal_id, 0) = coalesce(?5, 0)"
        ))?
        .query_row(
            params![
                case_id,
                key.act.as_str(),
                key.decision_id,
                key.follow_up_id,
                key.appeal_id
            ],
            letter_row,
        )
        .optional()?)
}

/// Every letter of the case that was sent, oldest first.
pub fn letters(conn: &Db, case_id: i64) -> Result<Vec<LetterRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {LETTER_COLUMNS} FROM letter WHERE case_id = ?1 ORDER BY id"
    ))?;
    let rows = stmt.query_map([case_id], letter_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Records that a letter was sent on `sent`, by `how`.
pub fn insert_letter(
    tx: &Tx,
    case_id: i64,
    key: &LetterKey,
    appealable: bool,
    sent: NaiveDate,
    how: &str,
) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO letter (case_id, act, decision_id, follow_up_id, appeal_id, appealable,
             sent, how, user, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        case_id,
        key.act.as_str(),
        key.decision_id,
        key.follow_up_id,
        key.appeal_id,
        appealable,
        sent.to_string(),
        how,
        tx.actor().user,
        now()
    ])
    .context("cannot store the letter")?;
    let id = tx.last_insert_rowid();
    tx.audit(&format!("letter #{id} sent"), Some(case_id))?;
    Ok(id)
}

/// Records the day the party received a letter (F3): the appeal clock starts (F4).
pub fn set_received(tx: &Tx, letter_id: i64, day: NaiveDate) -> Result<()> {
    let case_id: i64 = tx
        .prepare_cached("SELECT case_id FROM letter WHERE id = ?1")?
        .query_row([letter_id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| anyhow!("no letter {letter_id}"))?;
    tx.prepare_cached("UPDATE letter SET received = ?2 WHERE id = ?1")?
        .execute(params![letter_id, day.to_string()])?;
    tx.audit(&format!("letter #{letter_id} received"), Some(case_id))?;
    Ok(())
}

/// F9: the day the applicant withdrew, for the written-off notice.
pub fn set_withdrawn(tx: &Tx, case_id: i64, day: NaiveDate) -> Result<()> {
    tx.prepare_cached("UPDATE cases SET withdrawn = ?2 WHERE id = ?1")?
        .execute(params![case_id, day.to_string()])?;
    Ok(())
}

/// The day the applicant withdrew the application, when recorded.
pub fn withdrawn(conn: &Db, case_id: i64) -> Result<Option<NaiveDate>> {
    let day: Option<String> = conn
        .prepare_cached("SELECT withdrawn FROM cases WHERE id = ?1")?
        .query_row([case_id], |r| r.get(0))
        .optional()?
        .flatten();
    Ok(day.and_then(|d| crate::domain::dates::parse(&d).ok()))
}

/// A follow-up that ended the intervention (E7): its own letter.
#[derive(Debug, Clone, Serialize)]
pub struct EndingRow {
    pub follow_up_id: i64,
    pub decision_id: i64,
    pub day: NaiveDate,
    pub end_reason: Option<String>,
    pub note: String,
    pub user: String,
    pub motivation: Option<String>,
    pub no_communication_reason: Option<String>,
}

/// Every ending follow-up of the case, oldest first.
pub fn endings(conn: &Db, case_id: i64) -> Result<Vec<EndingRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, decision_id, day, end_reason, note, user, motivation, no_communication_reason
         FROM follow_up WHERE case_id = ?1 AND outcome = 'end' ORDER BY id",
    )?;
    let rows = stmt.query_map([case_id], |r| {
        Ok(EndingRow {
            follow_up_id: r.get(0)?,
            decision_id: r.get(1)?,
            day: day_at(r, 2)?,
            end_reason: r.get(3)?,
            note: r.get(4)?,
            user: r.get(5)?,
            motivation: r.get(6)?,
            no_communication_reason: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
