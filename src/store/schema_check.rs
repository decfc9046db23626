//! What `check` and `restore` compare the file's schema with: the tables, indexes and triggers
//! this version of insats makes, read from a file migrated in memory. A trigger dropped (so the
//! append-only rules no longer hold), an index or table added or changed behind insats's back,
//! each is named. And every stored guideline's text against the hash stored with it: the
//! criteria `assess` shows cannot have been edited in the file.

use std::collections::BTreeMap;

use anyhow::Result;
use rusqlite::Connection;

use super::Db;
use crate::guideline::Guideline;

/// (type, name) -> SQL of every schema object insats makes, sqlite's own excluded.
pub fn objects(conn: &Connection) -> Result<BTreeMap<(String, String), String>> {
    let mut stmt = conn.prepare(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_schema
         WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )?;
    let rows = stmt.query_map([], |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The schema of this version, from an empty file migrated in memory.
pub fn expected() -> Result<BTreeMap<(String, String), String>> {
    let mut conn = Connection::open_in_memory()?;
    conn.execute_batch("PRAGMA foreign_keys = ON;")?;
    super::migrations()
        .to_latest(&mut conn)
        .map_err(|e| anyhow::anyhow!("cannot build the expected schema: {e}"))?;
    objects(&conn)
}

/// SQL compared without regard to runs of whitespace.
fn same_sql(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// How the file's schema differs from this version's, one finding each.
pub fn schema_findings(conn: &Connection) -> Result<Vec<String>> {
    let want = expected()?;
    let have = objects(conn)?;
    let mut out = Vec::new();
    for ((kind, name), sql) in &want {
        match have.get(&(kind.clone(), name.clone())) {
            None => out.push(format!(
                "schema: {kind} {name} is missing (dropped outside insats){}",
                if kind == "trigger" {
                    ": the rule it enforces no longer holds"
                } else {
                    ""
                }
            )),
            Some(s) if !same_sql(s, sql) => out.push(format!(
                "schema: {kind} {name} differs from what insats makes"
            )),
            Some(_) => {}
        }
    }
    for (kind, name) in have.keys() {
        if !want.contains_key(&(kind.clone(), name.clone())) {
            out.push(format!(
                "schema: {kind} {name} is not insats's (added outside insats)"
            ));
        }
    }
    Ok(out)
}

/// Every stored guideline whose text no longer matches the hash stored with it.
pub fn guideline_findings(conn: &Db) -> Result<Vec<String>> {
    let mut stmt =
        conn.prepare("SELECT id, gid, version, hash, body FROM guideline ORDER BY id")?;
    let rows: Vec<(i64, String, String, String, String)> = stmt
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::new();
    for (id, gid, version, hash, body) in rows {
        let actual = Guideline::from_json(&body).map(|g| g.content_hash());
        match actual {
            Ok(h) if h == hash => {}
            Ok(_) => out.push(format!(
                "guideline #{id} ({gid} {version}): its text was changed outside insats (the stored hash no longer matches)"
            )),
            Err(_) => out.push(format!(
                "guideline #{id} ({gid} {version}): its text no longer reads as a guideline (changed outside insats)"
            )),
        }
    }
    Ok(out)
}
