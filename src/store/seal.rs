//! Seals (schema version 12): tamper evidence for every record of legal weight.
//!
//! Each insert, change or deletion of a row of a [`SEALED`] table appends a row to the `seal`
//! chain (`chain::SEAL`): the table, the row's key, and the SHA-256 of the row's content (the
//! table's name and all its columns in schema order, in the chains' encoding), or NULL when
//! insats deleted the row (R2). Every write of a store records its changes through SQLite's
//! preupdate hook and seals them before it commits ([`record`]): no insert or update helper can
//! forget its seal, and a change made with the sqlite3 shell (which has no hook) leaves the row
//! without a matching seal. (Schema 12 made the seals with TEMP triggers on each connection;
//! making 66 triggers was most of what a small command cost, and the seals they made are the
//! same.)
//!
//! [`verify`] recomputes every sealed row and compares it with its latest seal, a merge of two
//! streams in key order (the table, and the seal index): memory stays flat however big the file.
//!
//! A migration that changes sealed rows, or the columns of a sealed table, must seal them again
//! in its Rust step (nothing records changes while migrating).

use std::cmp::Ordering;

use anyhow::{Context, Result};
use rusqlite::types::{Value, ValueRef};

use super::Db;
use super::chain::{self, SEAL};

mod record;
pub use record::{Hook, Recorder, write_sealed};

/// A sealed table and the columns of its key (one: the id or the login; two: joined by `/`).
#[derive(Debug, Clone, Copy)]
pub struct Sealed {
    pub table: &'static str,
    pub key: &'static [&'static str],
}

const fn by_id(table: &'static str) -> Sealed {
    Sealed {
        table,
        key: &["id"],
    }
}

/// The records of legal weight, in the order `check` reads them.
pub const SEALED: &[Sealed] = &[
    by_id("person"),
    Sealed {
        table: "guardian",
        key: &["person_id", "slot"],
    },
    by_id("cases"),
    by_id("consent"),
    by_id("assessment"),
    Sealed {
        table: "answer",
        key: &["assessment_id", "question_id"],
    },
    by_id("decision"),
    by_id("orders"),
    by_id("offer"),
    by_id("agreement"),
    by_id("visit"),
    by_id("cancellation"),
    by_id("follow_up"),
    by_id("communication"),
    by_id("appeal"),
    by_id("letter"),
    by_id("plan_version"),
    by_id("plan_check_in"),
    by_id("expense"),
    by_id("changed_needs"),
    by_id("ivo_note"),
    Sealed {
        table: "staff",
        key: &["login"],
    },
];

/// Findings of one table beyond this many are summed up in one line.
const MAX_PER_TABLE: usize = 20;

/// The domain of a content hash, apart from the chains' row hashes.
const DOMAIN: &[u8] = b"insats-seal-v1\0";

/// The hash of a row's content: `values` are the table's name, then every column in order.
pub fn content_hash(values: &[ValueRef<'_>]) -> String {
    chain::digest(DOMAIN, values)
}

impl Sealed {
    /// The key as an SQL expression over the row (`prefix` is `NEW.`, `OLD.` or empty).
    fn key_sql(&self, prefix: &str) -> String {
        let parts: Vec<String> = self.key.iter().map(|k| format!("{prefix}{k}")).collect();
        parts.join(" || '/' || ")
    }

    /// How a key is named in findings: `decision #12`, `answer 3/q1`, `staff anna`.
    fn name(&self, key: &Value) -> String {
        match key {
            Value::Integer(i) => format!("{} #{i}", self.table),
            Value::Text(t) => format!("{} {t}", self.table),
            other => format!("{} {other:?}", self.table),
        }
    }
}

/// The table's columns in schema order: each name, and whether the column is REAL (in the
/// STRICT tables of insats, the columns of REAL affinity).
pub(super) fn columns(conn: &Db, table: &str) -> rusqlite::Result<Vec<(String, bool)>> {
    let mut stmt =
        conn.prepare_cached("SELECT name, type = 'REAL' FROM pragma_table_info(?1) ORDER BY cid")?;
    let rows = stmt.query_map([table], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

/// Whether the file has the seal table (schema version 12 and later).
pub fn has_seals(conn: &Db) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT count(*) > 0 FROM main.sqlite_schema WHERE type = 'table' AND name = 'seal'",
        [],
        |r| r.get(0),
    )
}

/// The rows of `s`, `SELECT key, columns... FROM s` in key order; with `latest`, each row's
/// latest seal as a last column.
fn rows_sql(conn: &Db, s: &Sealed, latest: bool) -> rusqlite::Result<String> {
    let cols: Vec<String> = columns(conn, s.table)?
        .iter()
        .map(|(c, _)| format!("\"{c}\""))
        .collect();
    let key = s.key_sql("");
    let seal = if latest {
        format!(
            ", (SELECT content FROM seal WHERE tbl = '{}' AND row_key = {key} ORDER BY id DESC LIMIT 1)",
            s.table
        )
    } else {
        String::new()
    };
    Ok(format!(
        "SELECT {key}, {}{seal} FROM {} ORDER BY {key}",
        cols.join(", "),
        s.table
    ))
}

/// The content hash of a row read by [`rows_sql`], from its columns `1..end`, as its 32 bytes.
fn row_content_bytes(s: &Sealed, r: &rusqlite::Row<'_>, end: usize) -> rusqlite::Result<[u8; 32]> {
    Ok(chain::digest_bytes(DOMAIN, &row_values(s, r, end)?))
}

fn row_values<'r>(
    s: &Sealed,
    r: &'r rusqlite::Row<'_>,
    end: usize,
) -> rusqlite::Result<Vec<ValueRef<'r>>> {
    let mut values = Vec::with_capacity(end);
    values.push(ValueRef::Text(s.table.as_bytes()));
    for i in 1..end {
        values.push(r.get_ref(i)?);
    }
    Ok(values)
}

/// Seals every row whose latest seal is missing or says otherwise, in key order: the rows of a
/// file migrated to version 12 (the migration's Rust step), and those of a new file written in
/// bulk, whose writes leave their seals to the end. Never for a file in use: it would seal what
/// was changed outside insats. Returns how many rows it sealed.
pub fn seal_unsealed(conn: &Db) -> Result<usize> {
    seal_unsealed_as(conn, chain::Stored::Bytes)
}

fn seal_unsealed_as(conn: &Db, stored: chain::Stored) -> Result<usize> {
    let mut at = chain::head(conn, &SEAL)?;
    let mut count = 0;
    for s in SEALED {
        // A table without a seal yet (every table of a file written in bulk) has no latest seal
        // to look up for each row (an index probe a row, 13 % of the demo's sealing).
        let sealed: bool = conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM seal WHERE tbl = ?1)")?
            .query_row([s.table], |r| r.get(0))?;
        let mut stmt = conn.prepare(&rows_sql(conn, s, sealed)?)?;
        let end = stmt.column_count() - usize::from(sealed);
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let content = row_content_bytes(s, r, end)?;
            if sealed && chain::hash32(r.get_ref(end)?) == Some(Some(content)) {
                continue;
            }
            let values = [
                Value::Text(s.table.to_string()),
                r.get(0)?,
                Value::Text(chain::hex(&content)),
            ];
            at = chain::append_stored(conn, &SEAL, &values, at, stored)?;
            count += 1;
        }
    }
    Ok(count)
}

/// Migration 012: seals the rows already in the file, as hex (migration 013 makes the bytes).
pub fn seal_existing(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    seal_unsealed_as(Db::wrap(tx), chain::Stored::Hex)
        .map(|_| ())
        .map_err(|e| rusqlite::Error::UserFunctionError(e.into()))
}

/// SQLite's order of two keys of one table (integers by value, text byte by byte).
fn order(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Integer(x), Value::Integer(y)) => x.cmp(y),
        (Value::Text(x), Value::Text(y)) => x.as_bytes().cmp(y.as_bytes()),
        (Value::Integer(_), _) => Ordering::Less,
        (_, Value::Integer(_)) => Ordering::Greater,
        _ => format!("{a:?}").cmp(&format!("{b:?}")),
    }
}

/// Every sealed row that does not match its latest seal, every seal of a row that is gone, and
/// every row without a seal, named by table and key.
pub fn verify(conn: &Db) -> Result<Vec<String>> {
    let mut out = Vec::new();
    if !has_seals(conn)? {
        return Ok(out);
    }
    for s in SEALED {
        out.extend(verify_one(conn, s)?);
    }
    Ok(out)
}

/// [`verify`] for one sealed table (`check` shares the tables out between its two workers).
pub fn verify_one(conn: &Db, s: &Sealed) -> Result<Vec<String>> {
    let mut list = verify_table(conn, s)
        .with_context(|| format!("cannot compare the {} table with its seals", s.table))?;
    if list.len() > MAX_PER_TABLE {
        let more = list.len() - MAX_PER_TABLE;
        list.truncate(MAX_PER_TABLE);
        list.push(format!(
            "... and {more} more rows of {} that do not match their seals",
            s.table
        ));
    }
    Ok(list)
}

/// One table against its latest seals: two streams in key order, merged.
fn verify_table(conn: &Db, s: &Sealed) -> Result<Vec<String>> {
    let mut row_stmt = conn.prepare(&rows_sql(conn, s, false)?)?;
    let end = row_stmt.column_count();
    let mut rows = row_stmt.query([])?;
    let mut seal_stmt = conn.prepare(
        "SELECT row_key, content, max(id) FROM seal WHERE tbl = ?1 GROUP BY row_key ORDER BY row_key",
    )?;
    let mut seals = seal_stmt.query([s.table])?;
    let mut next_row = || -> rusqlite::Result<Option<(Value, [u8; 32])>> {
        match rows.next()? {
            Some(r) => Ok(Some((r.get(0)?, row_content_bytes(s, r, end)?))),
            None => Ok(None),
        }
    };
    // The latest seal's content: `None` for a deletion, `Some(None)` for one insats could not
    // have written (it matches no row).
    type Content = Option<Option<[u8; 32]>>;
    let mut next_seal = || -> rusqlite::Result<Option<(Value, Content)>> {
        match seals.next()? {
            Some(r) => Ok(Some((r.get(0)?, chain::hash32(r.get_ref(1)?)))),
            None => Ok(None),
        }
    };
    let mut out = Vec::new();
    let (mut row, mut seal) = (next_row()?, next_seal()?);
    loop {
        let step = match (&row, &seal) {
            (None, None) => break,
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (Some((rk, _)), Some((sk, _))) => order(rk, sk),
        };
        match step {
            Ordering::Less => {
                let (k, _) = row.take().unwrap_or((Value::Null, [0; 32]));
                out.push(format!(
                    "{} has no seal: it was inserted outside insats",
                    s.name(&k)
                ));
                row = next_row()?;
            }
            Ordering::Greater => {
                if let Some((k, Some(_))) = &seal {
                    out.push(format!(
                        "{} is sealed but missing: it was deleted outside insats",
                        s.name(k)
                    ));
                }
                seal = next_seal()?;
            }
            Ordering::Equal => {
                if let (Some((k, have)), Some((_, want))) = (&row, &seal) {
                    match want {
                        None => out.push(format!(
                            "{} was deleted by insats but is there again: it was inserted outside insats",
                            s.name(k)
                        )),
                        Some(w) if *w != Some(*have) => out.push(format!(
                            "{} does not match its seal: it was changed outside insats",
                            s.name(k)
                        )),
                        Some(_) => {}
                    }
                }
                row = next_row()?;
                seal = next_seal()?;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    /// An empty file at the latest schema.
    fn file() -> Db {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::store::migrations().to_latest(&mut conn).unwrap();
        Db(conn)
    }

    const STAFF: &str = "INSERT INTO staff (login, name, title, roles, created_at, created_by)
         VALUES (?1, 'Anna Berg', 'socialsekreterare', '[\"caseworker\"]', 'now', 'test')";

    /// Writes `sql` as insats writes: its changes are sealed before it commits.
    fn sealed(conn: &Db, sql: &str) {
        write_sealed(conn.conn(), |c| c.execute_batch(sql)).unwrap();
    }

    /// A staff member, written as insats writes.
    fn staff(conn: &Db, login: &str) {
        write_sealed(conn.conn(), |c| c.execute(STAFF, [login])).unwrap();
    }

    /// A staff member, written behind insats's back.
    fn staff_raw(conn: &Db, login: &str) {
        conn.execute(STAFF, [login]).unwrap();
    }

    #[test]
    fn every_write_through_the_hook_is_sealed_and_verifies() {
        let conn = file();
        staff(&conn, "anna");
        staff(&conn, "bo");
        sealed(
            &conn,
            "UPDATE staff SET title = 'handläggare' WHERE login = 'anna'",
        );
        assert!(verify(&conn).unwrap().is_empty());
        let chain = chain::verify(&conn, &SEAL).unwrap();
        assert!(chain.findings.is_empty(), "{:?}", chain.findings);
        assert_eq!(chain.rows, 3);
        // The hook's seals are the ones sealing the file afresh would make: nothing is stale.
        assert_eq!(seal_unsealed(&conn).unwrap(), 0);
    }

    /// A key of two columns is named as SQLite joins them; a change of a key seals the old key
    /// as gone and the new one with its content.
    #[test]
    fn a_key_of_two_columns_and_a_changed_key_are_sealed() {
        let conn = file();
        sealed(
            &conn,
            "INSERT INTO person (pnr, name, birth_date, sex, coordination, created_at)
                 VALUES ('191212121212', 'Test Testsson', '1912-12-12', 'male', 0, 'now');",
        );
        sealed(
            &conn,
            "INSERT INTO guardian (person_id, slot, name) VALUES (1, 1, 'Bo')",
        );
        sealed(&conn, "UPDATE guardian SET slot = 2");
        let keys: Vec<(String, bool)> = conn
            .prepare(
                "SELECT row_key, content IS NOT NULL FROM seal WHERE tbl = 'guardian' ORDER BY id",
            )
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(
            keys,
            [
                ("1/1".to_string(), true),
                ("1/1".to_string(), false),
                ("1/2".to_string(), true)
            ]
        );
        assert!(verify(&conn).unwrap().is_empty(), "{:?}", verify(&conn));
        assert_eq!(seal_unsealed(&conn).unwrap(), 0);
    }

    /// What a write undid is not sealed: the seal would name a row that never was.
    #[test]
    fn a_write_undone_leaves_no_seal() {
        let conn = file();
        let failed = write_sealed(conn.conn(), |c| {
            c.execute(STAFF, ["anna"])?;
            c.execute("INSERT INTO no_such_table VALUES (1)", [])
        });
        assert!(failed.is_err());
        let seals: i64 = conn
            .query_row("SELECT count(*) FROM seal", [], |r| r.get(0))
            .unwrap();
        assert_eq!(seals, 0);
        staff(&conn, "bo");
        assert!(verify(&conn).unwrap().is_empty());
    }

    #[test]
    fn a_change_a_deletion_and_an_insertion_without_the_hook_are_named() {
        let conn = file();
        for login in ["anna", "bo", "cay"] {
            staff(&conn, login);
        }
        conn.execute_batch(
            "UPDATE staff SET roles = '[\"admin\"]' WHERE login = 'anna';
             DROP TRIGGER staff_no_delete; DELETE FROM staff WHERE login = 'bo';",
        )
        .unwrap();
        staff_raw(&conn, "dag");
        let f = verify(&conn).unwrap();
        assert_eq!(
            f,
            [
                "staff anna does not match its seal: it was changed outside insats",
                "staff bo is sealed but missing: it was deleted outside insats",
                "staff dag has no seal: it was inserted outside insats",
            ]
        );
    }

    /// A deletion by insats (R2) leaves a seal without content: not a finding, but the row
    /// coming back outside insats is.
    #[test]
    fn a_row_deleted_by_insats_may_not_come_back() {
        let conn = file();
        staff(&conn, "anna");
        conn.execute_batch("DROP TRIGGER staff_no_delete").unwrap();
        // A DELETE without WHERE: SQLite's truncation shortcut is off while the hook is set.
        sealed(&conn, "DELETE FROM staff");
        assert!(verify(&conn).unwrap().is_empty());
        staff_raw(&conn, "anna");
        let f = verify(&conn).unwrap();
        assert!(
            f[0].contains("was deleted by insats but is there again"),
            "{f:?}"
        );
    }

    #[test]
    fn sealing_the_unsealed_seals_what_is_missing_or_stale_once() {
        let conn = file();
        staff_raw(&conn, "anna");
        assert_eq!(seal_unsealed(&conn).unwrap(), 1);
        assert_eq!(seal_unsealed(&conn).unwrap(), 0);
        conn.execute("UPDATE staff SET title = 'chef'", []).unwrap();
        assert_eq!(seal_unsealed(&conn).unwrap(), 1);
        assert!(verify(&conn).unwrap().is_empty());
    }

    #[test]
    fn the_first_seal_follows_the_chains_genesis() {
        let conn = file();
        staff(&conn, "anna");
        let (key, content, hash): (Value, Vec<u8>, Vec<u8>) = conn
            .query_row(
                "SELECT row_key, content, hash FROM seal WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        let content = chain::hash_of(ValueRef::Blob(&content)).unwrap();
        let values = [
            ValueRef::Text(b"staff"),
            ValueRef::from(&key),
            ValueRef::Text(content.as_bytes()),
        ];
        let first = chain::row_hash(&SEAL, 1, &values, chain::GENESIS);
        assert_eq!(chain::stored(&first), Value::Blob(hash));
        assert_eq!(chain::stored(chain::GENESIS), Value::Blob(vec![0; 32]));
    }

    #[test]
    fn the_content_hash_follows_every_column_and_its_type() {
        let a = content_hash(&[ValueRef::Text(b"visit"), ValueRef::Integer(1)]);
        let b = content_hash(&[ValueRef::Text(b"visit"), ValueRef::Text(b"1")]);
        let c = content_hash(&[ValueRef::Text(b"cases"), ValueRef::Integer(1)]);
        assert_ne!(a, b);
        assert_ne!(a, c);
    }
}
