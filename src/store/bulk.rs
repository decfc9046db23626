//! Writing a new file in bulk: how `insats demo` makes 100,000 cases with their histories in
//! a minute or two rather than an hour (issue 8; BENCHMARKS.md has the times).
//!
//! Everything the demo writes still goes through the commands' own functions and rules; what
//! changes is how SQLite stores it, for as long as the file is being made and nobody else can
//! have it:
//! - A rollback journal on disk instead of the write-ahead log, and no syncing: each page is
//!   written once instead of to the log and then again at the checkpoint. Savepoints (a step the
//!   rules refuse is undone) still work, which a journal mode of `OFF` would not allow. The
//!   journal is kept between transactions with its header zeroed (`PERSIST`) rather than cut
//!   to nothing at each commit (`TRUNCATE`): the system then overwrites the journal's blocks
//!   instead of freeing and allocating them again for every one of the demo's transactions.
//!   Switching to the write-ahead log at the end deletes it.
//! - The schema's CHECK constraints and foreign keys are not evaluated row by row. Every value
//!   comes from the same code as the commands', which the tests drive against the full schema;
//!   and on a demo file `insats check` passes and SQLite's full integrity check (which
//!   evaluates every CHECK constraint) says ok, which a test asserts.
//! - The indexes in [`DEFERRED`] are dropped and made again at the end, by sorting, from their
//!   own stored SQL: the same schema as any other file, which a test also asserts.
//! - The rows are sealed once at the end (`seal::seal_unsealed`), not as each write commits.
//! - The triggers that keep `order_contact` (migration 020) are dropped too, and the table is
//!   filled at the end from `order_contact_computed`, what the triggers would have kept: they
//!   read through indexes that are deferred.
//!
//! [`Bulk::finish`] puts back the settings every open uses (WAL, `synchronous=FULL`, foreign
//! keys). A demo that fails half-way leaves a file that is removed (see `cmd::demo`).

use super::kept::KEPT;
use super::{Db, Store};
use anyhow::{Result, bail};
use rusqlite::Connection;

/// Indexes made after the bulk write rather than row by row. Most are keyed by case or order,
/// so that keeping them up to date while cases are written in date order touches pages all over
/// the file; and the demo never reads through them while it writes (its histories keep their
/// own hours ledger). Reports and single-case commands use them once the file is made. None is
/// unique (a test asserts it): the rules' refusals that a unique index gives stay as they are.
pub const DEFERRED: &[&str] = &[
    "journal_case",
    "journal_case_day",
    "visit_case_day",
    "visit_order",
    "visit_ledger",
    // A case changes status some four times on its way; each change moved an entry in each of
    // these (14 µs an update at 100,000 cases, 5 s of the demo).
    "cases_status",
    "cases_insats_status",
    "cases_caseworker_status",
    "cases_waiting",
    // Indexes for the reports, letters and deletion (R2) that no statement of the demo reads
    // through (EXPLAIN QUERY PLAN of every statement an 8,000-case demo ran): each write kept
    // them up to date for nothing. Only indexes that enforce nothing: a unique one stays, so
    // that the rules refuse what they refuse.
    "visit_day",
    "visit_entry",
    "expense_case_day",
    "expense_day",
    "expense_order",
    "cancellation_order",
    "cancellation_counted",
    "cancellation_entry",
    "plan_check_in_case",
    "agreement_case",
    "agreement_order",
    "agreement_start",
    "letter_decision",
    "letter_follow_up",
    "letter_appeal",
    "offer_order",
    "orders_decision",
    "decision_assessment",
    "decision_replaces",
    "follow_up_new_decision",
    "cases_received",
    // The reports' copies of what a reminder shows of a case, a person and a decision in force
    // (migration 018): a case's every change of status moved its entry.
    "cases_subject",
    "person_subject",
    "decision_in_force",
    // The grants in force by the day their follow-ups fall due (migration 021).
    "decision_follow_up_due",
];

/// Page cache while writing, in KiB: enough for the hot ends of the tables and the indexes
/// kept up to date, within the 50 MB that any command may use (16 MiB reached 51 MB at 100,000
/// cases once the demo's cases grew richer with issues 16-20).
const WRITE_CACHE_KIB: u32 = 12 * 1024;

/// Page cache while making the deferred indexes, in KiB: SQLite's sorter takes as much again,
/// and a small cache sorts as fast (measured: 4 MiB made the 100,000-case indexes faster than
/// 16 MiB).
const INDEX_CACHE_KIB: u32 = 4 * 1024;

/// A file being written in bulk; [`Bulk::finish`] makes it an ordinary file again.
#[must_use = "a file written in bulk lacks indexes until `finish`"]
pub struct Bulk {
    /// The deferred indexes' SQL, as the schema has it.
    indexes: Vec<String>,
    /// The SQL of the triggers that keep the [`KEPT`] tables, as the schema has it.
    triggers: Vec<String>,
    /// The page cache size before bulk writing (`PRAGMA cache_size`), put back at the end.
    cache_size: i64,
}

impl Bulk {
    /// Switches a new, empty file to bulk writing: the store's writes leave their seals to
    /// [`Bulk::finish`]. Refuses a file that has cases: bulk writing is for making a file,
    /// never for adding to one in use.
    pub fn begin(store: &mut Store) -> Result<Bulk> {
        let bulk = Bulk::switch(store)?;
        store.set_seal_at_end(true);
        Ok(bulk)
    }

    fn switch(conn: &Db) -> Result<Bulk> {
        let cases: i64 = conn.query_row("SELECT count(*) FROM cases", [], |r| r.get(0))?;
        if cases > 0 {
            bail!("bulk writing is only for a new file, and this one has {cases} cases");
        }
        let cache_size: i64 = conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
        super::keep_wal(&conn.0, false);
        let mode: String = conn.query_row("PRAGMA journal_mode = PERSIST", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("persist") {
            bail!("cannot leave write-ahead logging to make the file (journal mode is {mode})");
        }
        conn.execute_batch(&format!(
            "PRAGMA synchronous = OFF;
             PRAGMA cache_size = -{WRITE_CACHE_KIB};
             PRAGMA temp_store = MEMORY;
             PRAGMA foreign_keys = OFF;
             PRAGMA ignore_check_constraints = ON;"
        ))?;
        let mut indexes = Vec::with_capacity(DEFERRED.len());
        for name in DEFERRED {
            let sql: String = conn.query_row(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?1",
                [name],
                |r| r.get(0),
            )?;
            conn.execute_batch(&format!("DROP INDEX {name}"))?;
            indexes.push(sql);
        }
        let mut triggers = Vec::new();
        for kept in KEPT {
            for (name, sql) in super::kept::triggers(conn, kept)? {
                conn.execute_batch(&format!("DROP TRIGGER {name}"))?;
                triggers.push(sql);
            }
        }
        Ok(Bulk {
            indexes,
            triggers,
            cache_size,
        })
    }

    /// Makes the deferred indexes and puts back the settings of every open.
    pub fn finish(self, store: &mut Store) -> Result<()> {
        self.restore(store)?;
        store.set_seal_at_end(false);
        Ok(())
    }

    fn restore(self, conn: &Db) -> Result<()> {
        // The last transaction commits with synchronous = FULL: its fsync makes the whole file
        // durable before the command says it is done. Everything before it was written without
        // one, and stayed dirty in the system's cache until the next command's first fsync
        // waited for all of it (2 s after the 100,000-case demo).
        conn.execute_batch(&format!(
            "PRAGMA temp_store = FILE; PRAGMA cache_size = -{INDEX_CACHE_KIB};
             PRAGMA synchronous = FULL;"
        ))?;
        let tx = conn.0.unchecked_transaction()?;
        for sql in &self.indexes {
            tx.execute_batch(sql)?;
        }
        for kept in KEPT {
            super::kept::refill(conn, kept)?;
        }
        for sql in &self.triggers {
            tx.execute_batch(sql)?;
        }
        super::seal::seal_unsealed(conn)?;
        tx.commit()?;
        conn.execute_batch(&format!(
            "PRAGMA ignore_check_constraints = OFF;
             PRAGMA temp_store = DEFAULT;
             PRAGMA cache_size = {};",
            self.cache_size
        ))?;
        // WAL, synchronous=FULL and foreign keys, exactly as every open sets them.
        super::set_pragmas(conn)?;
        super::keep_wal(&conn.0, true);
        Ok(())
    }
}

/// Marks the file as a demonstration file, so that the next `demo` may replace it.
pub fn mark_demo(tx: &super::Tx) -> Result<()> {
    tx.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('demo', '1')",
        [],
    )?;
    Ok(())
}

/// Whether the file at `path` is a demonstration file (read without changing it).
pub fn is_demo_file(path: &std::path::Path) -> bool {
    let marked = |flags| {
        Connection::open_with_flags(path, flags)
            .and_then(|c| {
                c.query_row("SELECT value FROM meta WHERE key = 'demo'", [], |r| {
                    r.get::<_, String>(0)
                })
            })
            .is_ok()
    };
    if marked(rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY) {
        return true;
    }
    // A demo killed while writing leaves a hot rollback journal, which only a connection that
    // may write rolls back (as SQLite does for any reader of such a file).
    let mut journal = path.as_os_str().to_owned();
    journal.push("-journal");
    std::path::Path::new(&journal).exists() && marked(rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE)
}
