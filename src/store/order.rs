//! Orders to the provider (beställning), each resting on a granting decision (G3).

use super::Db;
use anyhow::{Context, Result, anyhow};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};
use serde::Serialize;

use super::cases::{advance, day_at, day_opt, json_list, parsed};
use super::journal::{EntryKind, append_dated};
use super::{Tx, now};
use crate::domain::case::CaseEvent;
use crate::domain::order::{OrderStatus, journal_text};

/// A stored order.
#[derive(Debug, Clone, Serialize)]
pub struct OrderRow {
    pub order_id: i64,
    pub case_id: i64,
    pub decision_id: i64,
    pub provider: String,
    /// Special circumstances (D2).
    pub note: Option<String>,
    pub hours_per_month: f64,
    pub goals: Vec<String>,
    pub ordered_day: NaiveDate,
    pub ordered_by: String,
    pub execute_by: NaiveDate,
    pub executed_day: Option<NaiveDate>,
    pub status: OrderStatus,
}

impl OrderRow {
    /// The day the order was executed (verkställd), when it has been.
    pub fn executed(&self) -> Option<NaiveDate> {
        self.executed_day
            .filter(|_| self.status == OrderStatus::Executed)
    }
}

const COLUMNS: &str = "id, case_id, decision_id, provider, note, hours_per_month, goals, \
     ordered_day, ordered_by, execute_by, executed_day, status";

fn row(r: &Row<'_>) -> rusqlite::Result<OrderRow> {
    Ok(OrderRow {
        order_id: r.get(0)?,
        case_id: r.get(1)?,
        decision_id: r.get(2)?,
        provider: r.get(3)?,
        note: r.get(4)?,
        hours_per_month: r.get(5)?,
        goals: json_list(r, 6)?,
        ordered_day: day_at(r, 7)?,
        ordered_by: r.get(8)?,
        execute_by: day_at(r, 9)?,
        executed_day: day_opt(r, 10)?,
        status: parsed(r, 11, OrderStatus::parse)?,
    })
}

/// The case's order that has not ended (open, or executed and running), if any.
pub fn open(conn: &Db, case_id: i64) -> Result<Option<OrderRow>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM orders WHERE case_id = ?1 AND status <> 'ended'"
        ))?
        .query_row([case_id], row)
        .optional()?)
}

/// The case's latest order, ended or not.
pub fn latest(conn: &Db, case_id: i64) -> Result<Option<OrderRow>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM orders WHERE case_id = ?1 ORDER BY id DESC LIMIT 1"
        ))?
        .query_row([case_id], row)
        .optional()?)
}

/// A new order, checked by the caller (G3: a grant in force; no other order open).
#[derive(Debug, Clone)]
pub struct NewOrder {
    pub case_id: i64,
    pub decision_id: i64,
    pub provider: String,
    pub note: Option<String>,
    pub hours_per_month: f64,
    pub goals: Vec<String>,
    pub ordered_day: NaiveDate,
    pub execute_by: NaiveDate,
}

/// Stores the order, moves the case to 'ordered', and writes the journal and audit trail.
/// Returns the order's number and the journal entry's.
pub fn insert(tx: &Tx, o: &NewOrder) -> Result<(i64, i64)> {
    tx.prepare_cached(
        "INSERT INTO orders (case_id, decision_id, provider, note, hours_per_month, goals,
             ordered_day, ordered_at, ordered_by, execute_by, status)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'open')",
    )?
    .execute(params![
        o.case_id,
        o.decision_id,
        o.provider.trim(),
        o.note.as_deref().map(str::trim),
        o.hours_per_month,
        serde_json::to_string(&o.goals)?,
        o.ordered_day.to_string(),
        now(),
        tx.actor().user,
        o.execute_by.to_string(),
    ])
    .context("cannot store the order")?;
    let order_id = tx.last_insert_rowid();
    advance(tx, o.case_id, CaseEvent::Ordered)?;
    tx.audit(&format!("order #{order_id}"), Some(o.case_id))?;
    let text = journal_text(
        order_id,
        o.decision_id,
        o.provider.trim(),
        o.hours_per_month,
        &o.goals,
        o.note.as_deref(),
        o.execute_by,
    );
    let entry = append_dated(tx, o.case_id, EntryKind::Event, &text, o.ordered_day)?;
    Ok((order_id, entry))
}

/// An order by number.
pub fn get(conn: &Db, order_id: i64) -> Result<OrderRow> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM orders WHERE id = ?1"))?
        .query_row([order_id], row)
        .optional()?
        .ok_or_else(|| anyhow!("no order {order_id}"))
}

/// The case's order not yet ended now rests on `decision_id` with its hours (E6: a follow-up's
/// new decision replaces the one in force, and the provider carries on with the same order).
pub fn move_onto(
    tx: &Tx,
    case_id: i64,
    decision_id: i64,
    hours_per_month: Option<f64>,
) -> Result<()> {
    tx.prepare_cached(
        "UPDATE orders SET decision_id = ?2, hours_per_month = coalesce(?3, hours_per_month)
         WHERE case_id = ?1 AND status <> 'ended'",
    )?
    .execute(params![case_id, decision_id, hours_per_month])?;
    Ok(())
}

/// Cases with an executed order and not one visit yet, by number (the demo carries them out).
pub fn executed_without_visits(conn: &Db) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare(
        "SELECT o.case_id FROM orders o
         WHERE o.status = 'executed' AND o.executed_day IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.case_id = o.case_id)
         ORDER BY o.case_id",
    )?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
