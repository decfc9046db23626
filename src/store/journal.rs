//! The case journal: append-only (G4). The file's own triggers refuse UPDATE and DELETE, and
//! each entry is chained to the one before it by its hash, so `insats check` finds changes made
//! behind the tool's back.

use super::Db;
use anyhow::{Result, anyhow, bail};
use chrono::NaiveDate;
use rusqlite::OptionalExtension;
use rusqlite::types::Value;
use serde::Serialize;

use super::{Tx, chain, now};

/// Kinds of journal entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// A state change the tool made (application registered, decision, order, ...).
    Event,
    /// A caseworker's or provider's note.
    Note,
    /// A correction of an earlier entry.
    Correction,
    /// A rule's warning (docs/rules.md "Warn").
    Warning,
}

impl EntryKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Event => "event",
            EntryKind::Note => "note",
            EntryKind::Correction => "correction",
            EntryKind::Warning => "warning",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub entry_id: i64,
    pub case_id: i64,
    pub day: String,
    pub at: String,
    pub user: String,
    pub kind: String,
    pub text: String,
    pub corrects: Option<i64>,
    pub corrected_by: Vec<i64>,
}

/// Appends one entry dated today and its audit line; returns the entry's number.
pub fn append(tx: &Tx, case_id: i64, kind: EntryKind, text: &str) -> Result<i64> {
    insert(tx, case_id, kind, text, None, tx.actor().today, None)
}

/// Appends an entry about another day (the demo's history, a visit recorded afterwards).
pub fn append_dated(
    tx: &Tx,
    case_id: i64,
    kind: EntryKind,
    text: &str,
    day: NaiveDate,
) -> Result<i64> {
    insert(tx, case_id, kind, text, None, day, None)
}

/// Appends an entry dated `day` for a row just stored with it (a visit, a cancellation): one
/// audit line records both, `journal KIND #ID: WHAT`.
pub fn append_recording(
    tx: &Tx,
    case_id: i64,
    kind: EntryKind,
    text: &str,
    day: NaiveDate,
    what: &str,
) -> Result<i64> {
    insert(tx, case_id, kind, text, None, day, Some(what))
}

/// Appends a correction of entry `corrects`, which must belong to the same case.
pub fn correct(tx: &Tx, case_id: i64, corrects: i64, text: &str) -> Result<i64> {
    check_owner(tx, case_id, corrects)?;
    insert(
        tx,
        case_id,
        EntryKind::Correction,
        text,
        Some(corrects),
        tx.actor().today,
        None,
    )
}

/// The entry exists and belongs to the case.
pub fn check_owner(conn: &Db, case_id: i64, entry: i64) -> Result<()> {
    let owner: Option<i64> = conn
        .prepare_cached("SELECT case_id FROM journal WHERE id = ?1")?
        .query_row([entry], |r| r.get(0))
        .optional()?;
    match owner {
        None => bail!("no journal entry {entry}: `insats log {case_id}` shows the entry numbers"),
        Some(c) if c != case_id => bail!(
            "journal entry {entry} belongs to another case: `insats log {case_id}` shows this case's entries"
        ),
        Some(_) => Ok(()),
    }
}

/// An event that records a row besides its text (a visit), or a correction that does.
pub fn append_recording_as(
    tx: &Tx,
    case_id: i64,
    corrects: Option<i64>,
    text: &str,
    day: NaiveDate,
    what: &str,
) -> Result<i64> {
    let kind = if corrects.is_some() {
        EntryKind::Correction
    } else {
        EntryKind::Event
    };
    insert(tx, case_id, kind, text, corrects, day, Some(what))
}

fn insert(
    tx: &Tx,
    case_id: i64,
    kind: EntryKind,
    text: &str,
    corrects: Option<i64>,
    day: NaiveDate,
    what: Option<&str>,
) -> Result<i64> {
    let text = text.trim();
    if text.is_empty() {
        bail!("the journal text is empty: write it with --note TEXT");
    }
    // Chained to the entry before it (schema version 4): see `chain`.
    let id = tx.append_chained(
        &chain::JOURNAL,
        &[
            Value::Integer(case_id),
            Value::Text(day.to_string()),
            Value::Text(now()),
            Value::Text(tx.actor().user.clone()),
            Value::Text(kind.as_str().to_string()),
            Value::Text(text.to_string()),
            corrects.map_or(Value::Null, Value::Integer),
        ],
    )?;
    // `check` reads the journal's end off these lines: they start `journal KIND #ID`.
    let action = match what {
        None => format!("journal {} #{id}", kind.as_str()),
        Some(w) => format!("journal {} #{id}: {w}", kind.as_str()),
    };
    tx.audit(&action, Some(case_id))?;
    Ok(id)
}

/// The case's whole journal, oldest first, each entry with the corrections that point at it.
pub fn entries(conn: &Db, case_id: i64) -> Result<Vec<Entry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, case_id, day, at, user, kind, text, corrects
         FROM journal WHERE case_id = ?1 ORDER BY id",
    )?;
    let mut list = stmt
        .query_map([case_id], |r| {
            Ok(Entry {
                entry_id: r.get(0)?,
                case_id: r.get(1)?,
                day: r.get(2)?,
                at: r.get(3)?,
                user: r.get(4)?,
                kind: r.get(5)?,
                text: r.get(6)?,
                corrects: r.get(7)?,
                corrected_by: Vec::new(),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let corrections: Vec<(i64, i64)> = list
        .iter()
        .filter_map(|e| e.corrects.map(|c| (c, e.entry_id)))
        .collect();
    for (target, by) in corrections {
        let entry = list
            .iter_mut()
            .find(|e| e.entry_id == target)
            .ok_or_else(|| anyhow!("journal entry {by} corrects a missing entry {target}"))?;
        entry.corrected_by.push(by);
    }
    Ok(list)
}

/// Journals a rule's warning on `day` (docs/rules.md, "Warn"); the command prints it after the
/// write.
pub fn warn(
    tx: &Tx,
    case_id: i64,
    w: &crate::domain::warning::Warning,
    day: NaiveDate,
) -> Result<i64> {
    append_dated(tx, case_id, EntryKind::Warning, &w.journal, day)
}
