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
    } else if sql == MIGRATION_007 {
        Some(link_recorded_meetings)
    } else if sql == MIGRATION_008 {
        Some(super::staff::register_owner)
    } else if sql == MIGRATION_012 {
        Some(super::seal::seal_existing)
    } else {
        None
    }
}

pub const MIGRATION_004: &str = include_str!("migrations/004_journal_hash_chain.sql");
pub const MIGRATION_007: &str = include_str!("migrations/007_people_and_cases.sql");

/// A migration that rebuilds tables says so on a line of its own: SQLite changes a table's
/// constraints only by making it anew, which needs foreign keys off while the old table is
/// dropped (SQLite's own procedure, "Making Other Kinds Of Table Schema Changes"). They are
/// checked again before the migration commits.
const REBUILDS: &str = "-- insats: rebuilds tables";

/// Migration 007: each visit and cancellation learns the journal entry that recorded it, from
/// the audit line written with the entry (`journal KIND #ENTRY: visit #ID logged`).
fn link_recorded_meetings(tx: &Transaction) -> rusqlite::Result<()> {
    let mut read = tx.prepare(
        "SELECT action FROM audit
         WHERE action LIKE 'journal %: visit #% logged'
            OR action LIKE 'journal %: cancellation #% logged'",
    )?;
    let actions: Vec<String> = read
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for action in actions {
        let Some((entry, what)) = parse_recording(&action) else {
            continue;
        };
        let sql = match what {
            Recorded::Visit(_) => "UPDATE visit SET entry = ?1 WHERE id = ?2",
            Recorded::Cancellation(_) => "UPDATE cancellation SET entry = ?1 WHERE id = ?2",
        };
        let id = match what {
            Recorded::Visit(id) | Recorded::Cancellation(id) => id,
        };
        tx.prepare_cached(sql)?.execute([entry, id])?;
    }
    Ok(())
}

enum Recorded {
    Visit(i64),
    Cancellation(i64),
}

/// `journal event #12: visit #3 logged` -> (12, Visit(3)).
fn parse_recording(action: &str) -> Option<(i64, Recorded)> {
    let rest = action.split_once('#')?.1;
    let (entry, rest) = rest.split_once(": ")?;
    let entry: i64 = entry.parse().ok()?;
    let rest = rest.strip_suffix(" logged")?;
    if let Some(id) = rest.strip_prefix("visit #") {
        return Some((entry, Recorded::Visit(id.parse().ok()?)));
    }
    let id = rest.strip_prefix("cancellation #")?;
    Some((entry, Recorded::Cancellation(id.parse().ok()?)))
}
pub const MIGRATION_008: &str = include_str!("migrations/008_staff_and_access.sql");
pub const MIGRATION_012: &str = include_str!("migrations/012_seals.sql");

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
    let rebuilds = all[seen.max(0) as usize..]
        .iter()
        .any(|sql| sql.contains(REBUILDS));
    if rebuilds {
        conn.pragma_update(None, "foreign_keys", false)?;
    }
    let done = migrate(conn, all, latest, rebuilds);
    if rebuilds {
        conn.pragma_update(None, "foreign_keys", true)?;
    }
    if done.is_ok() {
        // A migration that rewrote big tables leaves a WAL as big as they are (2 GB for the
        // 100,000-case demo): copied into the file now and cut back to nothing, instead of
        // taking that much disk until some later checkpoint. Best effort: a reader holding
        // the WAL only makes it wait for the next one.
        let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
    }
    done
}

fn migrate(conn: &mut Connection, all: &[&str], latest: i64, rebuilds: bool) -> Result<i64> {
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
    if rebuilds {
        let broken: i64 =
            tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })?;
        if broken > 0 {
            anyhow::bail!("{broken} rows would point at nothing after the migration");
        }
    }
    tx.pragma_update(None, "user_version", latest)?;
    tx.commit().context("cannot commit the migration")?;
    Ok(from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recordings_are_read_off_their_audit_lines() {
        assert!(matches!(
            parse_recording("journal event #12: visit #3 logged"),
            Some((12, Recorded::Visit(3)))
        ));
        assert!(matches!(
            parse_recording("journal event #7: cancellation #41 logged"),
            Some((7, Recorded::Cancellation(41)))
        ));
        assert!(parse_recording("journal note #7").is_none());
    }
}
