//! `check`'s comparison of a table with its indexes, one pass over each (issue 21).
//!
//! SQLite's `PRAGMA integrity_check(TABLE)` walks the table's b-trees, checks every row's
//! NOT NULL and type constraints, and then looks each row up in every index of the table. The
//! lookups go all over the indexes: the journal's three took 10.5 s of `check` at 100,000
//! cases. The walk and the row checks are already done by the piece that runs
//! `PRAGMA quick_check` over the whole file, so what a table's own piece must add is that every
//! index holds exactly the table's entries, in order. That is shown here by reading each once:
//! - the table, in rowid order, giving for each index and each row the index would hold (its
//!   partial condition true) a hash of the row's key columns and rowid;
//! - each index alone (a covering scan), in its own order, giving the same hashes, while every
//!   entry is compared with the one before it;
//! - each index's b-tree as SQLite's `dbstat` walks it: how many entries it holds, and their
//!   bytes, which must be those of the records of the keys and rowids (`record`). A scan of a
//!   partial index on `column IS NOT NULL` starts at its first entry that is not NULL, and an
//!   entry can hold more than the key a scan reads from it: the b-tree's own figures see both.
//!
//! Equal counts and equal sums of the hashes mean the same entries (the hash is keyed afresh for
//! each run, so no one can make a change that keeps the sums), and an order that rises from
//! entry to entry means SQLite finds each of them. A table whose indexes cannot all be read so
//! (a unique index, an expression, a collation other than BINARY, a partial condition on a
//! column the index lacks, a copy of the rowid's own column) keeps SQLite's own check.

use std::cmp::Ordering;
use std::hash::{BuildHasher, Hash, Hasher, RandomState};

use anyhow::{Context, Result};
use rusqlite::types::{Value, ValueRef};

use super::super::{Db, seal};
use super::{quoted, rowid_column};

mod record;
use record::{Record, hash_value, value_order};

/// How one table is compared with its indexes.
pub(super) struct Plan {
    table: String,
    /// The table's columns that some index holds, read in this order.
    columns: Vec<String>,
    /// Whether each of `columns` is REAL: a whole number in it is stored as an integer.
    real: Vec<bool>,
    indexes: Vec<Index>,
}

struct Index {
    name: String,
    /// For each key column, its place in `Plan::columns` and whether it sorts descending.
    keys: Vec<(usize, bool)>,
    /// The partial condition, as the index's SQL has it.
    condition: Option<String>,
    /// The covering scan of the index. It has no ORDER BY: SQLite walks an index it reads alone
    /// from its first entry to its last (an ORDER BY of the key and rowid made some plans sort
    /// instead), and the walk's order is what is checked.
    scan: String,
}

/// The plan for `table`, or `None` when SQLite's own check must compare it (see the module).
pub(super) fn plan(conn: &Db, table: &str) -> Result<Option<Plan>> {
    let list: Vec<(String, bool, bool)> = conn
        .prepare("SELECT name, \"unique\", partial FROM pragma_index_list(?1) ORDER BY name")?
        .query_map([table], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    // An index's copy of the rowid's own column (an INTEGER PRIMARY KEY) is never read: SQLite
    // answers with the rowid at the entry's end, so a wrong copy would pass unseen.
    let rowid = rowid_column(conn, table)?;
    let table_columns = seal::columns(conn, table)?;
    let encoding: String = conn.query_row("PRAGMA encoding", [], |r| r.get(0))?;
    if encoding != "UTF-8" {
        return Ok(None);
    }
    let mut plan = Plan {
        table: table.to_string(),
        columns: Vec::new(),
        real: Vec::new(),
        indexes: Vec::new(),
    };
    for (name, unique, partial) in list {
        if unique {
            return Ok(None);
        }
        let keys: Vec<(i64, Option<String>, bool, Option<String>)> = conn
            .prepare(
                "SELECT cid, name, \"desc\", coll FROM pragma_index_xinfo(?1)
                 WHERE key ORDER BY seqno",
            )?
            .query_map([&name], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut index = Index {
            name: name.clone(),
            keys: Vec::with_capacity(keys.len()),
            condition: None,
            scan: String::new(),
        };
        for (cid, column, desc, coll) in keys {
            let (Some(column), Some(&(_, real))) = (
                column,
                usize::try_from(cid)
                    .ok()
                    .and_then(|cid| table_columns.get(cid)),
            ) else {
                return Ok(None);
            };
            if rowid
                .as_ref()
                .is_some_and(|r| r.eq_ignore_ascii_case(&column))
            {
                return Ok(None);
            }
            if !coll.is_some_and(|c| c.eq_ignore_ascii_case("BINARY")) {
                return Ok(None);
            }
            let at = match plan.columns.iter().position(|c| *c == column) {
                Some(at) => at,
                None => {
                    plan.real.push(real);
                    plan.columns.push(column.clone());
                    plan.columns.len() - 1
                }
            };
            index.keys.push((at, desc));
        }
        if index.keys.is_empty() {
            return Ok(None);
        }
        if partial {
            let Some(condition) = condition_of(conn, &name)? else {
                return Ok(None);
            };
            index.condition = Some(condition);
        }
        let selected: Vec<String> = index
            .keys
            .iter()
            .map(|&(at, _)| quoted(&plan.columns[at]))
            .collect();
        index.scan = format!(
            "SELECT {}, rowid FROM {} INDEXED BY {}{}",
            selected.join(", "),
            quoted(table),
            quoted(&name),
            index
                .condition
                .as_ref()
                .map_or(String::new(), |c| format!(" WHERE {c}")),
        );
        if !covering(conn, &index.scan, &name)? {
            return Ok(None);
        }
        plan.indexes.push(index);
    }
    Ok(Some(plan))
}

/// The condition of a partial index (`keys` reads it too): what follows the last WHERE of its SQL, with its spaces
/// and line breaks made single spaces. Should that change what it says (a string with two
/// spaces, a WHERE inside a string), the scan no longer implies the index's own condition:
/// SQLite refuses it, and the table keeps SQLite's check.
pub(super) fn condition_of(conn: &Db, index: &str) -> Result<Option<String>> {
    let sql: Option<String> = conn.query_row(
        "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?1",
        [index],
        |r| r.get(0),
    )?;
    Ok(sql.and_then(|sql| {
        let sql = sql.split_whitespace().collect::<Vec<_>>().join(" ");
        let upper = sql.to_ascii_uppercase();
        let at = upper.rfind(" WHERE ")?;
        Some(sql[at + " WHERE ".len()..].trim().to_string())
    }))
}

/// Whether SQLite reads `scan` from the index alone, one walk over it without sorting.
fn covering(conn: &Db, scan: &str, index: &str) -> Result<bool> {
    let mut stmt = match conn.prepare(&format!("EXPLAIN QUERY PLAN {scan}")) {
        Ok(stmt) => stmt,
        Err(_) => return Ok(false),
    };
    let details: Vec<String> = stmt
        .query_map([], |r| r.get(3))?
        .collect::<rusqlite::Result<_>>()?;
    let wanted = format!("USING COVERING INDEX {index}");
    Ok(details.len() == 1 && details[0].contains(&wanted) && !details[0].contains("TEMP B-TREE"))
}

/// What one index holds: how many entries, and the sum of their hashes.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Tally {
    count: u64,
    sum: u64,
}

/// The bytes the entries should take in the index's b-tree: SQLite's record of each, its key
/// columns and the rowid. `small` counts the integers 0 and 1, which a file of SQLite's format 4
/// (every file SQLite has made since 3.3.0) stores in no bytes and an older format in one.
#[derive(Debug, Default, Clone, Copy)]
struct Payload {
    bytes: u64,
    small: u64,
}

/// Compares the table with each of its indexes; the findings, as the integrity check's rows.
pub(super) fn verify(conn: &Db, plan: &Plan) -> Result<Vec<String>> {
    if plan.indexes.is_empty() {
        return Ok(Vec::new());
    }
    // Each index is walked in its order, which this setting (off unless set) would reverse.
    conn.execute_batch("PRAGMA reverse_unordered_selects = OFF")?;
    let keyed = RandomState::new();
    let expected = from_table(conn, plan, &keyed)
        .with_context(|| format!("cannot read the {} table for its indexes", plan.table))?;
    let mut found = Vec::new();
    for (index, (want, payload)) in plan.indexes.iter().zip(expected) {
        let (got, disorder) = from_index(conn, index, &keyed)
            .with_context(|| format!("cannot read the index {}", index.name))?;
        if let Some(rowid) = disorder {
            found.push(format!(
                "index {} is out of order at row {rowid} of {}",
                index.name, plan.table
            ));
        }
        // A partial index on `column IS NOT NULL` is read from its first entry that is not
        // NULL: the b-tree's own count also takes in any entry before it.
        let (cells, bytes) = stored(conn, &index.name)?;
        let entries = if cells != want.count {
            cells
        } else {
            got.count
        };
        if entries != want.count {
            found.push(format!(
                "wrong # of entries in index {}: {} for {} rows of {}",
                index.name, entries, want.count, plan.table
            ));
        } else if got.sum != want.sum {
            found.push(format!(
                "index {} does not hold the entries of the rows of {}",
                index.name, plan.table
            ));
        } else if bytes != payload.bytes && bytes != payload.bytes + payload.small {
            // Each entry read as the row's, but some hold more (or other) bytes than their key
            // and rowid: what SQLite's check calls a rowid not at the end of the record.
            found.push(format!(
                "index {} holds {bytes} bytes of entries where the rows of {} make {}",
                index.name, plan.table, payload.bytes
            ));
        }
    }
    Ok(found)
}

/// How many entries the b-tree of `index` holds, and their bytes (SQLite's `dbstat`, which
/// walks its pages).
fn stored(conn: &Db, index: &str) -> Result<(u64, u64)> {
    let (n, bytes): (Option<i64>, Option<i64>) = conn
        .query_row(
            "SELECT ncell, payload FROM dbstat('main', 1) WHERE name = ?1",
            [index],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .with_context(|| format!("cannot count the entries of the index {index}"))?;
    let whole = |v: Option<i64>| v.unwrap_or(0).max(0) as u64;
    Ok((whole(n), whole(bytes)))
}

/// The tallies each index should have, from one pass over the table.
fn from_table(conn: &Db, plan: &Plan, keyed: &RandomState) -> Result<Vec<(Tally, Payload)>> {
    let mut selected: Vec<String> = plan.columns.iter().map(|c| quoted(c)).collect();
    for index in &plan.indexes {
        if let Some(c) = &index.condition {
            selected.push(format!("({c}) IS TRUE"));
        }
    }
    let sql = format!(
        "SELECT rowid, {} FROM {} NOT INDEXED",
        selected.join(", "),
        quoted(&plan.table)
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query([])?;
    let mut tallies = vec![(Tally::default(), Payload::default()); plan.indexes.len()];
    let conditions = 1 + plan.columns.len();
    while let Some(r) = rows.next()? {
        let rowid: i64 = r.get(0)?;
        let mut condition = conditions;
        for (index, (tally, payload)) in plan.indexes.iter().zip(tallies.iter_mut()) {
            if index.condition.is_some() {
                let holds: bool = r.get(condition)?;
                condition += 1;
                if !holds {
                    continue;
                }
            }
            let mut h = keyed.build_hasher();
            let mut record = Record::default();
            for &(at, _) in &index.keys {
                let v = r.get_ref(1 + at)?;
                hash_value(v, &mut h);
                record.add(v, plan.real[at], payload);
            }
            rowid.hash(&mut h);
            record.add(ValueRef::Integer(rowid), false, payload);
            payload.bytes += record.len();
            tally.count += 1;
            tally.sum = tally.sum.wrapping_add(h.finish());
        }
    }
    Ok(tallies)
}

/// An index's tally from one pass over it, and the first row where its order does not rise.
fn from_index(conn: &Db, index: &Index, keyed: &RandomState) -> Result<(Tally, Option<i64>)> {
    let mut stmt = conn.prepare(&index.scan)?;
    let mut rows = stmt.query([])?;
    let width = index.keys.len();
    let mut tally = Tally::default();
    let mut disorder = None;
    // This entry's key and the one before it, in two buffers used turn about.
    let (mut values, mut prior) = (Vec::with_capacity(width), Vec::with_capacity(width));
    let mut prior_rowid = None;
    while let Some(r) = rows.next()? {
        let rowid: i64 = r.get(width)?;
        let mut h = keyed.build_hasher();
        values.clear();
        for i in 0..width {
            let v: Value = r.get(i)?;
            hash_value(ValueRef::from(&v), &mut h);
            values.push(v);
        }
        rowid.hash(&mut h);
        tally.count += 1;
        tally.sum = tally.sum.wrapping_add(h.finish());
        if disorder.is_none()
            && let Some(before) = prior_rowid
            && entry_order(index, &prior, before, &values, rowid) != Ordering::Less
        {
            disorder = Some(rowid);
        }
        std::mem::swap(&mut values, &mut prior);
        prior_rowid = Some(rowid);
    }
    Ok((tally, disorder))
}

/// The order of two entries of `index`: key by key (descending where the index says so), then
/// by rowid.
fn entry_order(index: &Index, a: &[Value], a_rowid: i64, b: &[Value], b_rowid: i64) -> Ordering {
    for ((x, y), &(_, desc)) in a.iter().zip(b).zip(&index.keys) {
        let o = value_order(x, y);
        if o != Ordering::Equal {
            return if desc { o.reverse() } else { o };
        }
    }
    a_rowid.cmp(&b_rowid)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    /// A table of every kind of value, with the indexes this module reads and those it leaves.
    fn file() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b TEXT, c REAL, d BLOB, gone TEXT);
             CREATE INDEX t_a ON t (a, b);
             CREATE INDEX t_b ON t (b DESC, c);
             CREATE INDEX t_c ON t (c, a) WHERE c IS NOT NULL;
             CREATE INDEX t_d ON t (d, gone)
                 WHERE gone IS NULL;
             INSERT INTO t (a, b, c, d, gone) VALUES
                 (1, 'x', 1.5, x'00', NULL), (NULL, 'y', 2, NULL, NULL), (3, NULL, NULL, x'ff', 'ja'),
                 (1, 'x', 1.5, x'00', NULL), (-7, 'å', -0.0, x'', NULL), (9, '9', 9.0, '9', NULL),
                 (2, 'b', 1e300, x'01', 'ja');",
        )
        .unwrap();
        conn
    }

    fn findings(conn: &Connection, table: &str) -> Vec<String> {
        let db = Db::wrap(conn);
        let plan = plan(db, table).unwrap().expect("read through its indexes");
        verify(db, &plan).unwrap()
    }

    /// What SQLite's own check says of `table`: nothing when it says ok.
    fn sqlites(conn: &Connection, table: &str) -> Vec<String> {
        let rows: Vec<String> = conn
            .prepare(&format!("PRAGMA integrity_check({table})"))
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        rows.into_iter().filter(|r| r != "ok").collect()
    }

    /// The findings on a copy of `file()` on disk, after `setup` and then `sql` on its stored
    /// schema (as someone with the sqlite3 shell could), read again so that SQLite sees it.
    /// SQLite's own check must find the damage too.
    fn damaged(setup: &str, sql: &str) -> Vec<String> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        file()
            .execute("VACUUM INTO ?1", [path.to_str().unwrap()])
            .unwrap();
        Connection::open(&path)
            .unwrap()
            .execute_batch(&format!(
                "{setup} PRAGMA writable_schema = ON; {sql} PRAGMA writable_schema = OFF;"
            ))
            .unwrap();
        let conn = Connection::open(&path).unwrap();
        assert!(!sqlites(&conn, "t").is_empty(), "SQLite finds no damage");
        findings(&conn, "t")
    }

    /// Swaps the b-trees of two indexes.
    fn swap(a: &str, b: &str) -> String {
        format!(
            "UPDATE sqlite_schema SET rootpage = (SELECT sum(rootpage) FROM sqlite_schema
                 WHERE name IN ('{a}', '{b}')) - rootpage WHERE name IN ('{a}', '{b}');"
        )
    }

    /// Declares `index` as `sql` without making it again.
    fn declare(index: &str, sql: &str) -> String {
        format!("UPDATE sqlite_schema SET sql = '{sql}' WHERE name = '{index}';")
    }

    #[test]
    fn a_sound_table_matches_its_indexes() {
        let conn = file();
        assert_eq!(findings(&conn, "t"), Vec::<String>::new());
        assert_eq!(sqlites(&conn, "t"), Vec::<String>::new());
        let plan = plan(Db::wrap(&conn), "t").unwrap().unwrap();
        assert_eq!(plan.indexes.len(), 4);
    }

    #[test]
    fn the_cancellations_are_compared_with_their_indexes_in_one_pass() {
        // Migration 019's two indexes hold every column of their conditions (E5's), so `check`
        // reads each of them once instead of leaving the table to SQLite's lookups (issue 21).
        let mut conn = Connection::open_in_memory().unwrap();
        crate::store::migrations().to_latest(&mut conn).unwrap();
        let plan = plan(Db::wrap(&conn), "cancellation")
            .unwrap()
            .expect("the cancellations are read in one pass");
        let names: Vec<&str> = plan.indexes.iter().map(|i| i.name.as_str()).collect();
        for index in ["cancellation_case_day", "cancellation_counted"] {
            assert!(names.contains(&index), "{names:?}");
        }
    }

    #[test]
    fn indexes_it_cannot_read_alone_leave_the_table_to_sqlite() {
        for index in [
            "CREATE UNIQUE INDEX u ON t (id, a)",
            "CREATE INDEX e ON t (a + 1)",
            "CREATE INDEX n ON t (b COLLATE NOCASE)",
            "CREATE INDEX p ON t (a) WHERE gone IS NULL",
            "CREATE INDEX r ON t (a, id)",
        ] {
            let conn = file();
            conn.execute_batch(index).unwrap();
            assert!(plan(Db::wrap(&conn), "t").unwrap().is_none(), "{index}");
        }
    }

    #[test]
    fn an_index_holding_another_ones_entries_is_named() {
        // t_a and t_c swap their b-trees: each holds two columns, of other rows and values.
        let found = damaged("", &swap("t_a", "t_c"));
        assert!(
            found
                .iter()
                .any(|f| f == "wrong # of entries in index t_a: 6 for 7 rows of t"),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|f| f == "wrong # of entries in index t_c: 7 for 6 rows of t"),
            "{found:?}"
        );
    }

    #[test]
    fn an_index_lacking_entries_or_holding_others_of_as_many_rows_is_named() {
        // The b-tree of t_d holds the rows not gone; said to hold every row, it lacks two.
        let found = damaged("", &declare("t_d", "CREATE INDEX t_d ON t (d, gone)"));
        assert_eq!(
            found,
            ["wrong # of entries in index t_d: 5 for 7 rows of t"]
        );
        // The same number of entries, of other values: t_a said to hold (b, a) instead of (a, b).
        let found = damaged("", &declare("t_a", "CREATE INDEX t_a ON t (b, a)"));
        assert!(
            found.contains(&"index t_a does not hold the entries of the rows of t".to_string()),
            "{found:?}"
        );
    }

    #[test]
    fn entries_longer_than_their_key_are_named() {
        // t_e on (a) swaps b-trees with t_a on (a, b) (SQLite refuses two indexes on one):
        // read as (a, rowid), each entry of t_a's is its row's, but holds b as well.
        let found = damaged("CREATE INDEX t_e ON t (a);", &swap("t_a", "t_e"));
        // Seven records of (a, rowid): 21 bytes of headers, 4 of a, 6 of rowids; those of t_a
        // hold 7 bytes of b and 7 of headers more.
        let longer = "index t_e holds 45 bytes of entries where the rows of t make 31";
        assert!(found.contains(&longer.to_string()), "{found:?}");
        assert!(
            found.contains(&"index t_a does not hold the entries of the rows of t".to_string()),
            "{found:?}"
        );
    }

    #[test]
    fn an_index_out_of_order_is_named() {
        // Its entries rise by a; said to fall by a, the same entries are out of order.
        let found = damaged("", &declare("t_a", "CREATE INDEX t_a ON t (a DESC, b)"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("index t_a is out of order at row "),
            "{found:?}"
        );
    }
}
