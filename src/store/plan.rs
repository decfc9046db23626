//! The provider's work on a case (P1-P4): versions of the implementation plan, the
//! coordinator's check-ins with the assignee, the companion's expenses and the reports of changed
//! needs. Rows are only ever added; a plan version is never changed (the file's trigger says so).

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::cases::day_at;
use super::{Db, Tx, now};

#[derive(Debug, Clone, Serialize)]
pub struct PlanVersion {
    pub plan_id: i64,
    pub case_id: i64,
    pub order_id: i64,
    pub version: i64,
    pub drawn_up: NaiveDate,
    /// The plan document as stored (`domain::plan::Plan` as JSON).
    pub body: String,
    pub entry: Option<i64>,
    pub user: String,
    pub at: String,
}

const PLAN_SELECT: &str = "SELECT id, case_id, order_id, version, drawn_up, body, entry, user, at
     FROM plan_version";

fn plan_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PlanVersion> {
    Ok(PlanVersion {
        plan_id: r.get(0)?,
        case_id: r.get(1)?,
        order_id: r.get(2)?,
        version: r.get(3)?,
        drawn_up: day_at(r, 4)?,
        body: r.get(5)?,
        entry: r.get(6)?,
        user: r.get(7)?,
        at: r.get(8)?,
    })
}

/// Every version of the case's plan, oldest first.
pub fn versions(conn: &Db, case_id: i64) -> Result<Vec<PlanVersion>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{PLAN_SELECT} WHERE case_id = ?1 ORDER BY version"
    ))?;
    let rows = stmt.query_map([case_id], plan_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The version in force for the order: its latest.
pub fn in_force(conn: &Db, order_id: i64) -> Result<Option<PlanVersion>> {
    Ok(conn
        .prepare_cached(&format!(
            "{PLAN_SELECT} WHERE order_id = ?1 ORDER BY version DESC LIMIT 1"
        ))?
        .query_row([order_id], plan_row)
        .optional()?)
}

/// The number the case's next plan version gets.
pub fn next_version(conn: &Db, case_id: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "SELECT coalesce(max(version), 0) + 1 FROM plan_version WHERE case_id = ?1",
        )?
        .query_row([case_id], |r| r.get(0))?)
}

/// A version of the plan, before it is stored.
#[derive(Debug, Clone)]
pub struct NewVersion<'a> {
    pub case_id: i64,
    pub order_id: i64,
    pub version: i64,
    pub drawn_up: NaiveDate,
    pub body: &'a str,
    /// The journal entry that records it.
    pub entry: i64,
}

/// Stores a version of the case's plan; returns its row id.
pub fn insert_version(tx: &Tx, v: &NewVersion) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO plan_version (case_id, order_id, version, drawn_up, body, entry, user, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        v.case_id,
        v.order_id,
        v.version,
        v.drawn_up.to_string(),
        v.body,
        v.entry,
        tx.actor().user,
        now()
    ])
    .context("cannot store the plan")?;
    Ok(tx.last_insert_rowid())
}

/// A row of the provider's work: a check-in or a report of changed needs.
#[derive(Debug, Clone, Serialize)]
pub struct Noted {
    pub id: i64,
    pub day: NaiveDate,
    pub note: String,
    pub entry: Option<i64>,
    pub user: String,
}

/// The two tables of dated notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteTable {
    /// P4.
    CheckIn,
    /// P3.
    ChangedNeeds,
}

impl NoteTable {
    fn name(self) -> &'static str {
        match self {
            NoteTable::CheckIn => "plan_check_in",
            NoteTable::ChangedNeeds => "changed_needs",
        }
    }
}

pub fn insert_note(
    tx: &Tx,
    table: NoteTable,
    case_id: i64,
    day: NaiveDate,
    note: &str,
) -> Result<i64> {
    tx.prepare_cached(&format!(
        "INSERT INTO {} (case_id, day, note, user, at) VALUES (?1, ?2, ?3, ?4, ?5)",
        table.name()
    ))?
    .execute(params![
        case_id,
        day.to_string(),
        note,
        tx.actor().user,
        now()
    ])
    .context("cannot store the note")?;
    Ok(tx.last_insert_rowid())
}

/// The case's notes of `table`, by day.
pub fn notes(conn: &Db, table: NoteTable, case_id: i64) -> Result<Vec<Noted>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT id, day, note, entry, user FROM {} WHERE case_id = ?1 ORDER BY day, id",
        table.name()
    ))?;
    let rows = stmt.query_map([case_id], |r| {
        Ok(Noted {
            id: r.get(0)?,
            day: day_at(r, 1)?,
            note: r.get(2)?,
            entry: r.get(3)?,
            user: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Points a row at the journal entry that recorded it (the entry is written after the row, so
/// that its text can name the row).
pub fn link_entry(tx: &Tx, table: Linked, id: i64, entry: i64) -> Result<()> {
    let name = match table {
        Linked::Note(t) => t.name(),
        Linked::Expense => "expense",
    };
    tx.prepare_cached(&format!("UPDATE {name} SET entry = ?2 WHERE id = ?1"))?
        .execute(params![id, entry])?;
    Ok(())
}

/// The tables whose rows are linked to their journal entry after they are stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Linked {
    Note(NoteTable),
    Expense,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExpenseRow {
    pub expense_id: i64,
    pub case_id: i64,
    pub assignee_id: Option<i64>,
    pub day: NaiveDate,
    /// Kronor (stored in öre).
    pub amount: f64,
    pub what: String,
    /// Whether the plan in force named it (P2).
    pub in_plan: bool,
    pub entry: Option<i64>,
    pub user: String,
}

#[derive(Debug, Clone)]
pub struct NewExpense<'a> {
    pub case_id: i64,
    pub order_id: i64,
    pub assignee_id: Option<i64>,
    pub day: NaiveDate,
    pub amount_ore: i64,
    pub what: &'a str,
    pub in_plan: bool,
}

pub fn insert_expense(tx: &Tx, e: &NewExpense) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO expense (case_id, order_id, assignee_id, day, amount_ore, what, in_plan,
             user, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        e.case_id,
        e.order_id,
        e.assignee_id,
        e.day.to_string(),
        e.amount_ore,
        e.what,
        e.in_plan,
        tx.actor().user,
        now()
    ])
    .context("cannot store the expense")?;
    Ok(tx.last_insert_rowid())
}

/// The case's expenses, by day.
pub fn expenses(conn: &Db, case_id: i64) -> Result<Vec<ExpenseRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, case_id, assignee_id, day, amount_ore, what, in_plan, entry, user
         FROM expense WHERE case_id = ?1 ORDER BY day, id",
    )?;
    let rows = stmt.query_map([case_id], |r| {
        Ok(ExpenseRow {
            expense_id: r.get(0)?,
            case_id: r.get(1)?,
            assignee_id: r.get(2)?,
            day: day_at(r, 3)?,
            amount: r.get::<_, i64>(4)? as f64 / 100.0,
            what: r.get(5)?,
            in_plan: r.get(6)?,
            entry: r.get(7)?,
            user: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
