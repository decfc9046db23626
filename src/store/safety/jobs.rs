//! `check`'s reading shared out between two workers, each on its own connection to the same
//! snapshot (issue 21): SQLite's integrity check table by table, the hash chains one by one
//! and the seals table by table. The pieces are taken biggest first by whichever worker is
//! free, so that both cores stay busy to the end instead of waiting for the longest of three
//! fixed parts.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{Context, Result, anyhow};
use rusqlite::Connection;

use super::super::Db;
use super::super::chain::{self, Chain, Verified};
use super::super::kept::{self, Kept};
use super::super::seal::{self, Sealed};
use super::{foreign_key_findings, indexes, integrity_rows, quoted};

/// One piece of the work.
pub(super) enum Job {
    /// Every b-tree page and record of the file, and that each page is used once
    /// (`PRAGMA quick_check`); the CHECK constraints are left to the tables' own pieces.
    Structure,
    /// One table and its indexes (`PRAGMA integrity_check(TABLE)`): every index entry against
    /// its row, and the CHECK constraints where `constraints` (no chain or seal vouches for the
    /// rows: a row that breaks one elsewhere was written outside insats, and its hash names it).
    Table {
        name: String,
        constraints: bool,
        /// The table compared with its indexes by `indexes` instead of SQLite's lookups, where
        /// no CHECK constraint needs evaluating and every index can be read so.
        indexes: Option<indexes::Plan>,
    },
    ForeignKeys,
    Chain(Chain),
    Seals(&'static Sealed),
    /// A table kept by triggers, against the view it is kept equal to.
    Kept(&'static Kept),
}

/// What a piece found.
pub(super) enum Done {
    /// The integrity check's rows, without its "ok".
    Integrity(Vec<String>),
    ForeignKeys(Vec<String>),
    Chain(Chain, Verified),
    Seals(Vec<String>),
    Kept(Vec<String>),
}

/// The pieces of checking a file (with its hash chains when `chains`, its seals when `seals`),
/// in the order their findings are reported, each with an estimate of its time (microseconds
/// on the bench machine, from the rows it reads: only the order of the estimates matters).
pub(super) fn plan(conn: &Db, chains: bool, seals: bool) -> Result<Vec<(Job, u64)>> {
    let pages: i64 = conn.query_row("PRAGMA page_count", [], |r| r.get(0))?;
    let pages = pages.max(0) as u64;
    let mut jobs = vec![(Job::Structure, pages * 9)];
    let tables: Vec<(String, bool, i64)> = conn
        .prepare(
            "SELECT name, sql LIKE '%CHECK%',
                    (SELECT count(*) FROM sqlite_schema i WHERE i.type = 'index' AND i.tbl_name = t.name)
             FROM sqlite_schema t
             WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND sql NOT LIKE 'CREATE VIRTUAL%'
             ORDER BY name",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let present = if chains {
        chain::present(conn)?
    } else {
        Vec::new()
    };
    let vouched = |t: &str| {
        (seals && seal::SEALED.iter().any(|s| s.table == t)) || present.iter().any(|c| c.table == t)
    };
    for (name, has_checks, indexes) in tables {
        let constraints = has_checks && !vouched(&name);
        let plan = if constraints {
            None
        } else {
            indexes::plan(conn, &name)?
        };
        // A pass over the table and one over each index cost about a quarter of SQLite's
        // lookups (the journal at 100,000 cases: 2.4 s against 10.5).
        let per_index = if plan.is_some() { 1 } else { 4 };
        let cost = rows(conn, &name) * (1 + per_index * indexes.max(0) as u64) / 5;
        jobs.push((
            Job::Table {
                name,
                constraints,
                indexes: plan,
            },
            cost,
        ));
    }
    // Read through the keys' indexes (`keys`), about half the time of the whole file's quick
    // check (2.5 s against 4.3 at 100,000 cases).
    jobs.push((Job::ForeignKeys, pages * 5));
    for c in present {
        let cost = rows(conn, c.table) * 5 / 2;
        jobs.push((Job::Chain(c), cost));
    }
    if seals {
        for s in seal::SEALED {
            jobs.push((Job::Seals(s), rows(conn, s.table) * 27 / 10));
        }
    }
    for k in kept::KEPT {
        if kept::present(conn, k)? {
            jobs.push((Job::Kept(k), rows(conn, k.table) * 4));
        }
    }
    Ok(jobs)
}

/// About how many rows `table` has: its highest rowid, one step down its b-tree.
fn rows(conn: &Db, table: &str) -> u64 {
    let sql = format!("SELECT max(rowid) FROM {}", quoted(table));
    conn.query_row(&sql, [], |r| r.get::<_, Option<i64>>(0))
        .ok()
        .flatten()
        .map_or(0, |n| n.max(0) as u64)
}

fn run(conn: &Db, job: &Job) -> Result<Done> {
    Ok(match job {
        Job::Structure => Done::Integrity(integrity(conn, "PRAGMA quick_check", false)?),
        Job::Table {
            indexes: Some(plan),
            ..
        } => Done::Integrity(indexes::verify(conn, plan)?),
        Job::Table {
            name, constraints, ..
        } => {
            let sql = format!("PRAGMA integrity_check({})", quoted(name));
            Done::Integrity(integrity(conn, &sql, *constraints)?)
        }
        Job::ForeignKeys => Done::ForeignKeys(foreign_key_findings(conn)?),
        Job::Chain(c) => Done::Chain(*c, chain::verify(conn, c)?),
        Job::Seals(s) => Done::Seals(seal::verify_one(conn, s)?),
        Job::Kept(k) => Done::Kept(kept::findings(conn, k)?),
    })
}

/// The rows of the integrity check `sql`, evaluating CHECK constraints only with
/// `constraints`.
fn integrity(conn: &Db, sql: &str, constraints: bool) -> Result<Vec<String>> {
    let ignore = if constraints { "OFF" } else { "ON" };
    conn.execute_batch(&format!("PRAGMA ignore_check_constraints = {ignore}"))?;
    let rows = integrity_rows(conn, sql);
    conn.execute_batch("PRAGMA ignore_check_constraints = OFF")?;
    rows
}

/// Does every job, on `conn` and, when given, on `other` (a connection reading the same
/// snapshot, in a thread of its own); returns what each found, in the jobs' order.
pub(super) fn run_all(
    conn: &Connection,
    other: Option<Connection>,
    jobs: &[(Job, u64)],
) -> Result<Vec<Done>> {
    let mut order: Vec<usize> = (0..jobs.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(jobs[i].1));
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<Option<Result<Done>>>> =
        Mutex::new((0..jobs.len()).map(|_| None).collect());
    let work = |conn: &Connection| {
        while let Some(&i) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
            let found = run(Db::wrap(conn), &jobs[i].0);
            let failed = found.is_err();
            if let Ok(mut slots) = done.lock() {
                slots[i] = Some(found);
            }
            if failed {
                // The other worker stops at its next piece: the check fails as a whole.
                next.store(order.len(), Ordering::Relaxed);
                break;
            }
        }
    };
    std::thread::scope(|s| -> Result<()> {
        let helper = other.map(|c| {
            let work = &work;
            s.spawn(move || work(&c))
        });
        work(conn);
        if let Some(h) = helper {
            h.join()
                .map_err(|_| anyhow!("a worker of the check stopped unexpectedly"))?;
        }
        Ok(())
    })?;
    let mut slots = done
        .into_inner()
        .map_err(|_| anyhow!("a worker of the check stopped unexpectedly"))?;
    // The piece that failed is what the error says, whichever was left undone after it.
    if let Some(i) = slots.iter().position(|s| matches!(s, Some(Err(_))))
        && let Some(Some(Err(e))) = slots.get_mut(i).map(Option::take)
    {
        return Err(e);
    }
    slots
        .into_iter()
        .map(|slot| slot.context("a piece of the check was not done")?)
        .collect()
}
