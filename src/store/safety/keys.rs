//! `check`'s foreign keys: every row whose key names a row its parent table lacks.
//!
//! `PRAGMA foreign_key_check` reads each child table in the order its rows were written and
//! looks every key up in the parent. The journal and the visits name their cases and orders in
//! date order, all over the parents' b-trees, so with a connection's 2 MiB cache most lookups
//! read their page again from the system: 12.2 s at 100,000 cases in the sqlite3 shell, 7.8 of
//! them in the kernel. Read instead through the child's index on the key column, the keys come
//! in the parents' own order and each parent page is read once: 0.5 s for the journal's cases
//! and 0.3 s for the visits' orders.
//!
//! That reading trusts the index to hold every row. The same `check` proves that it does: each
//! table's own piece compares every index with its rows (`indexes`, or SQLite's
//! `PRAGMA integrity_check(TABLE)`), and a missing entry fails the check there. A table with a key that no plain index on its column
//! serves, a key to anything but the parent's rowid, or a table without rowids, is left to
//! `PRAGMA foreign_key_check` as before.

use anyhow::{Context, Result};

use super::super::Db;
use super::{indexes, quoted, rowid_column, without_rowid};

/// A row whose key names a missing parent row: its table, its rowid, and the parent table.
pub(super) type Dangling = (String, Option<i64>, String);

/// Every dangling key of the file, table by table (by name), each table's rows by rowid.
pub(super) fn dangling(conn: &Db) -> Result<Vec<Dangling>> {
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema t
             WHERE type = 'table' AND name NOT LIKE 'sqlite%'
               AND EXISTS (SELECT 1 FROM pragma_foreign_key_list(t.name))
             ORDER BY name",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut found = Vec::new();
    for table in tables {
        match through_indexes(conn, &table)? {
            Some(queries) => {
                let mut rows: Vec<(i64, String)> = Vec::new();
                for (sql, parent) in queries {
                    let mut stmt = conn.prepare(&sql)?;
                    let ids = stmt
                        .query_map([], |r| r.get::<_, i64>(0))?
                        .collect::<rusqlite::Result<Vec<i64>>>()
                        .context("cannot run the foreign key check")?;
                    rows.extend(ids.into_iter().map(|id| (id, parent.clone())));
                }
                rows.sort();
                found.extend(
                    rows.into_iter()
                        .map(|(id, parent)| (table.clone(), Some(id), parent)),
                );
            }
            None => {
                let sql = format!("PRAGMA foreign_key_check({})", quoted(&table));
                let mut stmt = conn.prepare(&sql)?;
                let rows = stmt
                    .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                    .collect::<rusqlite::Result<Vec<Dangling>>>()
                    .context("cannot run the foreign key check")?;
                found.extend(rows);
            }
        }
    }
    Ok(found)
}

/// For each key of `table`, a statement giving the rowids of its rows whose key names no
/// parent row, read through an index on the key's column, with the parent's name; `None` when
/// some key cannot be read that way (see the module's text).
fn through_indexes(conn: &Db, table: &str) -> Result<Option<Vec<(String, String)>>> {
    if without_rowid(conn, table)? {
        return Ok(None);
    }
    // (key id, its number of columns, the child column, the parent table, the parent column).
    let keys: Vec<(i64, i64, String, String, Option<String>)> = conn
        .prepare(
            "SELECT id, count(*), min(\"from\"), min(\"table\"), min(\"to\")
             FROM pragma_foreign_key_list(?1) GROUP BY id ORDER BY id",
        )?
        .query_map([table], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut queries = Vec::with_capacity(keys.len());
    for (_, columns, from, parent, to) in keys {
        if columns != 1 || !names_rowid(conn, &parent, to.as_deref())? {
            return Ok(None);
        }
        let Some(index) = index_on(conn, table, &from)? else {
            return Ok(None);
        };
        let sql = format!(
            "SELECT c.rowid FROM {t} AS c INDEXED BY {i}
             WHERE c.{f} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {p} AS p WHERE p.rowid = c.{f})",
            t = quoted(table),
            i = quoted(&index),
            f = quoted(&from),
            p = quoted(&parent),
        );
        queries.push((sql, parent));
    }
    Ok(Some(queries))
}

/// Whether `column` of `parent` (its primary key when `None`) is the parent's rowid.
fn names_rowid(conn: &Db, parent: &str, column: Option<&str>) -> Result<bool> {
    Ok(rowid_column(conn, parent)?
        .is_some_and(|rowid| column.is_none_or(|c| c.eq_ignore_ascii_case(&rowid))))
}

/// An index of `table` whose first column is `column` and that holds every row where the
/// column is not NULL: a full one, or a partial one on exactly that condition.
fn index_on(conn: &Db, table: &str, column: &str) -> Result<Option<String>> {
    let candidates: Vec<(String, bool)> = conn
        .prepare(
            "SELECT l.name, l.partial FROM pragma_index_list(?1) l
             JOIN pragma_index_info(l.name) i ON i.seqno = 0
             WHERE i.name = ?2 COLLATE NOCASE
             ORDER BY l.partial, l.name",
        )?
        .query_map([table, column], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let not_null = format!("{column} IS NOT NULL");
    for (name, partial) in candidates {
        if !partial
            || indexes::condition_of(conn, &name)?
                .is_some_and(|c| c.eq_ignore_ascii_case(&not_null))
        {
            return Ok(Some(name));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    /// What `PRAGMA foreign_key_check` finds, in the order `dangling` gives it.
    fn by_pragma(conn: &Connection) -> Vec<Dangling> {
        let mut rows: Vec<Dangling> = conn
            .prepare("PRAGMA foreign_key_check")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        rows.sort();
        rows
    }

    #[test]
    fn the_keys_read_through_indexes_find_what_sqlites_own_check_finds() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "PRAGMA foreign_keys = OFF;
             CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT) STRICT;
             CREATE TABLE code (code TEXT PRIMARY KEY) WITHOUT ROWID;
             -- An index on the key: read through it.
             CREATE TABLE indexed (id INTEGER PRIMARY KEY,
                 parent_id INTEGER NOT NULL REFERENCES parent(id)) STRICT;
             CREATE INDEX indexed_parent ON indexed (parent_id, id);
             -- A partial index on exactly the key's condition, and a self-reference.
             CREATE TABLE chained (id INTEGER PRIMARY KEY,
                 corrects INTEGER REFERENCES chained(id),
                 parent_id INTEGER REFERENCES parent) STRICT;
             CREATE INDEX chained_corrects ON chained (corrects) WHERE corrects IS NOT NULL;
             CREATE INDEX chained_parent ON chained (parent_id);
             -- A partial index on another condition: it lacks rows, so the pragma reads.
             CREATE TABLE partial (id INTEGER PRIMARY KEY,
                 parent_id INTEGER REFERENCES parent(id), gone INTEGER) STRICT;
             CREATE INDEX partial_parent ON partial (parent_id) WHERE gone IS NULL;
             -- No index on the key, and a key to a column that is not the rowid.
             CREATE TABLE bare (id INTEGER PRIMARY KEY,
                 parent_id INTEGER REFERENCES parent(id)) STRICT;
             CREATE TABLE named (id INTEGER PRIMARY KEY,
                 code TEXT REFERENCES code(code)) STRICT;
             CREATE INDEX named_code ON named (code);
             -- A key to a table that is not there.
             CREATE TABLE orphan (id INTEGER PRIMARY KEY,
                 lost_id INTEGER REFERENCES lost(id)) STRICT;
             CREATE INDEX orphan_lost ON orphan (lost_id);

             INSERT INTO parent VALUES (1, 'a'), (2, 'b'), (5, 'c');
             INSERT INTO code VALUES ('x');
             INSERT INTO indexed VALUES (1, 1), (2, 3), (3, 2), (4, 9), (5, 5), (6, 3);
             INSERT INTO chained VALUES (1, NULL, 1), (2, 1, NULL), (3, 7, 4), (4, 2, 2);
             INSERT INTO partial VALUES (1, 8, NULL), (2, 9, 1), (3, 1, 1);
             INSERT INTO bare VALUES (1, 1), (2, 6), (3, NULL);
             INSERT INTO named VALUES (1, 'x'), (2, 'y'), (3, NULL);
             INSERT INTO orphan VALUES (1, 1), (2, NULL);",
        )
        .unwrap();
        let db = Db::wrap(&conn);
        assert!(through_indexes(db, "indexed").unwrap().is_some());
        assert!(through_indexes(db, "chained").unwrap().is_some());
        for pragma in ["partial", "bare", "named", "orphan"] {
            assert!(through_indexes(db, pragma).unwrap().is_none(), "{pragma}");
        }
        let found = dangling(db).unwrap();
        assert_eq!(found, by_pragma(&conn));
        let id = |t: &str, i: i64, p: &str| (t.to_string(), Some(i), p.to_string());
        assert_eq!(
            found,
            vec![
                id("bare", 2, "parent"),
                id("chained", 3, "chained"),
                id("chained", 3, "parent"),
                id("indexed", 2, "parent"),
                id("indexed", 4, "parent"),
                id("indexed", 6, "parent"),
                id("named", 2, "code"),
                id("orphan", 1, "lost"),
                id("partial", 1, "parent"),
                id("partial", 2, "parent"),
            ]
        );
    }
}
