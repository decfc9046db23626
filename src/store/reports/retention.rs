//! Retention (gallring, R2): the personal files whose last entry is old enough, and their
//! deletion.
//!
//! A personal file here is one person's closed cases of the intervention types a rule covers
//! (the SoL types; the LSS types when the guideline deletes those). A file with an open case is
//! never listed.

use crate::store::Db;
use anyhow::{Context, Result, anyhow, bail};
use chrono::NaiveDate;
use rusqlite::params_from_iter;

use super::{CLOSED, day, each, placeholders, text};
use crate::store::Tx;

/// One person's file of some intervention types.
#[derive(Debug, Clone)]
pub struct FileRow {
    pub person_id: i64,
    /// The stored 12 digits: mask before printing (G5).
    pub pnr: String,
    pub protected: bool,
    pub birth_date: NaiveDate,
    /// The file's cases, ascending.
    pub cases: Vec<i64>,
    /// The latest journal day of its cases (or the latest received day, for a case without one).
    pub last_entry: NaiveDate,
}

/// ?1 the latest last-entry day to list; ?2.. the intervention types.
pub fn files_sql(types: usize) -> String {
    let list = placeholders(2, types.max(1));
    format!(
        "SELECT c.person_id, p.pnr, p.protected, p.birth_date, group_concat(c.id, ';'),
            max(coalesce((SELECT max(j.day) FROM journal j WHERE j.case_id = c.id), c.received))
                AS last_entry,
            sum(c.status NOT IN {CLOSED}) AS open
         FROM cases c INDEXED BY cases_insats_status JOIN person p ON p.id = c.person_id
         WHERE c.insats IN ({list})
         GROUP BY c.person_id
         HAVING open = 0 AND last_entry <= ?1
         ORDER BY last_entry, c.person_id"
    )
}

/// Files of `types` whose every case is closed and whose last entry is on or before
/// `last_entry_by`, oldest first.
pub fn files(
    conn: &Db,
    types: &[String],
    last_entry_by: NaiveDate,
    f: &mut dyn FnMut(FileRow) -> Result<()>,
) -> Result<()> {
    if types.is_empty() {
        return Ok(());
    }
    let mut stmt = conn.prepare_cached(&files_sql(types.len()))?;
    let mut values = vec![text(last_entry_by)];
    values.extend(types.iter().cloned());
    each(
        stmt.query(params_from_iter(values.iter()))?,
        |r| {
            let list: String = r.get(4)?;
            let mut cases: Vec<i64> = list.split(';').filter_map(|s| s.parse().ok()).collect();
            cases.sort_unstable();
            Ok(FileRow {
                person_id: r.get(0)?,
                pnr: r.get(1)?,
                protected: r.get(2)?,
                birth_date: day(r, 3)?,
                cases,
                last_entry: day(r, 5)?,
            })
        },
        f,
    )
}

/// What deleting one case took with it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Deleted {
    pub journal_entries: usize,
    pub rows: usize,
}

/// The tables that hang on a case, children first; each deleted by case number.
const CASE_TABLES: [&str; 19] = [
    "DELETE FROM letter WHERE case_id = ?1",
    "DELETE FROM appeal WHERE case_id = ?1",
    "DELETE FROM communication WHERE case_id = ?1",
    "DELETE FROM ivo_note WHERE case_id = ?1",
    "DELETE FROM plan_version WHERE case_id = ?1",
    "DELETE FROM plan_check_in WHERE case_id = ?1",
    "DELETE FROM expense WHERE case_id = ?1",
    "DELETE FROM changed_needs WHERE case_id = ?1",
    "DELETE FROM answer WHERE assessment_id IN (SELECT a.id FROM assessment a WHERE a.case_id = ?1)",
    "DELETE FROM consent WHERE case_id = ?1",
    "DELETE FROM follow_up WHERE case_id = ?1",
    "DELETE FROM visit WHERE case_id = ?1",
    "DELETE FROM cancellation WHERE case_id = ?1",
    "DELETE FROM agreement WHERE case_id = ?1",
    "DELETE FROM offer WHERE case_id = ?1",
    "DELETE FROM orders WHERE case_id = ?1",
    // A decision may point at the one it replaced, and at its assessment.
    "DELETE FROM decision WHERE case_id = ?1",
    "DELETE FROM assessment WHERE case_id = ?1",
    "DELETE FROM cases WHERE id = ?1",
];

/// Runs `f` with the journal's append-only trigger lifted, inside the caller's transaction.
///
/// The journal is append-only by trigger (G4), and deletion under R2 is the one exception the
/// law makes. The trigger is dropped and recreated from its own stored text within the same
/// transaction, so no other connection ever sees the journal without it (the write lock is held
/// throughout), and a failure anywhere rolls the drop back with everything else. Only
/// [`delete_case`] is meant to run inside it.
pub fn with_journal_deletable<T>(tx: &Tx, f: impl FnOnce() -> Result<T>) -> Result<T> {
    let trigger: String = tx
        .query_row(
            "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'journal_no_delete'",
            [],
            |r| r.get(0),
        )
        .map_err(|_| {
            anyhow!("the journal's append-only trigger is missing: the file is damaged")
        })?;
    tx.execute_batch("DROP TRIGGER journal_no_delete")?;
    let result = f();
    tx.execute_batch(&trigger)
        .context("cannot restore the journal's append-only trigger")?;
    result
}

/// Deletes a case and everything that hangs on it, its journal included. Runs inside
/// [`with_journal_deletable`]; elsewhere the journal's trigger refuses it.
pub fn delete_case(tx: &Tx, case_id: i64) -> Result<Deleted> {
    // An appeal points at the decision appealed and a judgment's decision back at its appeal
    // (F7): the foreign keys are checked when the transaction commits, when both are gone.
    // SQLite turns this off again at the end of the transaction.
    tx.execute_batch("PRAGMA defer_foreign_keys = ON")?;
    crate::store::chain::record_gaps(tx, case_id)?;
    let journal_entries = tx
        .prepare_cached("DELETE FROM journal WHERE case_id = ?1")?
        .execute([case_id])
        .with_context(|| format!("cannot delete the journal of case {case_id}"))?;
    let mut rows = journal_entries;
    for sql in CASE_TABLES {
        rows += tx
            .prepare_cached(sql)?
            .execute([case_id])
            .with_context(|| format!("cannot delete case {case_id}"))?;
    }
    Ok(Deleted {
        journal_entries,
        rows,
    })
}

/// Deletes the person when no case is left; returns whether it did.
pub fn delete_person_if_alone(tx: &Tx, person_id: i64) -> Result<bool> {
    let left: i64 = tx
        .prepare_cached("SELECT count(*) FROM cases WHERE person_id = ?1")?
        .query_row([person_id], |r| r.get(0))?;
    if left > 0 {
        return Ok(false);
    }
    // The person's guardians and the history of their details go with them.
    tx.prepare_cached("DELETE FROM guardian WHERE person_id = ?1")?
        .execute([person_id])?;
    tx.prepare_cached("DELETE FROM person_change WHERE person_id = ?1")?
        .execute([person_id])?;
    let n = tx
        .prepare_cached("DELETE FROM person WHERE id = ?1")?
        .execute([person_id])?;
    if n != 1 {
        bail!("person {person_id} vanished during the deletion");
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::super::plan_tests::{assert_indexed, file};
    use super::*;

    #[test]
    fn retention_queries_read_through_indexes() {
        let conn = file();
        assert_indexed(&conn, "files", &files_sql(3));
        assert_indexed(
            &conn,
            "journal delete",
            "DELETE FROM journal WHERE case_id = ?1",
        );
        for sql in CASE_TABLES {
            assert_indexed(&conn, sql, sql);
        }
    }
}
