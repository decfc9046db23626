//! Bringing a file to the latest schema, safely when several processes open it at once.
//!
//! rusqlite_migration reads `user_version` before it starts its transaction, so two processes
//! opening an old (or new, empty) file at the same moment would both run the same migrations,
//! and the second would fail. Here the version is read again under the write lock
//! (`BEGIN IMMEDIATE`): the first process migrates, the others wait for it and find nothing
//! left to do. All pending migrations, their Rust steps and the version bump commit together.

use super::Db;
use anyhow::{Context, Result};
use rusqlite::{Connection, Transaction, TransactionBehavior};

use super::chain;

/// A step in Rust that runs right after a migration's SQL, in the same transaction.
pub type Step = fn(&Transaction) -> rusqlite::Result<()>;

/// The Rust step that belongs to a migration, if any.
pub fn step_after(sql: &str) -> Option<Step> {
    if sql == MIGRATION_004 {
        Some(backfill_chains)
    } else if sql == MIGRATION_008 {
        Some(super::staff::register_owner)
    } else {
        None
    }
}

pub const MIGRATION_004: &str = include_str!("migrations/004_journal_hash_chain.sql");
pub const MIGRATION_008: &str = include_str!("migrations/008_staff_and_access.sql");

/// Migration 004: hashes for the rows written before the chains existed.
fn backfill_chains(tx: &Transaction) -> rusqlite::Result<()> {
    for c in chain::ALL {
        chain::backfill(Db::wrap(tx), &c)?;
    }
    Ok(())
}

fn user_version(conn: &Db) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Applies the migrations `all[user_version..]`; returns the version the file had.
pub fn to_latest(conn: &mut Connection, all: &[&str]) -> Result<i64> {
    let latest = all.len() as i64;
    let seen = user_version(Db::wrap(conn))?;
    if seen >= latest {
        return Ok(seen);
    }
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .context("cannot lock the file to migrate it")?;
    let from = user_version(Db::wrap(&tx))?;
    for (i, sql) in all.iter().enumerate().skip(from.max(0) as usize) {
        tx.execute_batch(sql)
            .with_context(|| format!("migration {}", i + 1))?;
        if let Some(step) = step_after(sql) {
            step(&tx).with_context(|| format!("migration {}", i + 1))?;
        }
    }
    tx.pragma_update(None, "user_version", latest)?;
    tx.commit().context("cannot commit the migration")?;
    Ok(from)
}
