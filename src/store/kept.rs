//! Tables kept by triggers from others (schema version 20): what a report would otherwise
//! compute row by row on every run, written once with each change instead.
//!
//! Each [`Kept`] table is defined by a view that computes it from the tables it is kept from;
//! the triggers of the migration that made it keep the table equal to its view through every
//! write, in the write's own transaction (so a refused write leaves both as they were). The
//! demo's bulk writing drops the triggers and fills the table from its view at the end
//! (`bulk`); `check` compares the table with its view ([`findings`]).

use anyhow::{Context, Result};

use super::Db;

/// A kept table and the view it is kept equal to.
#[derive(Debug, Clone, Copy)]
pub struct Kept {
    pub table: &'static str,
    pub view: &'static str,
    /// The column that names a row, in both.
    pub key: &'static str,
    /// What reads it, for the finding when it differs.
    pub read_by: &'static str,
}

/// The kept tables. `order_contact`: each executed order's last contact (its execution, latest
/// visit, or its case's latest follow-up), for D3's reminder that an intervention is not used.
pub const KEPT: &[Kept] = &[Kept {
    table: "order_contact",
    view: "order_contact_computed",
    key: "order_id",
    read_by: "the reminders that an executed intervention is not used (D3)",
}];

/// Whether the file has `kept`'s table (a file migrated to its version).
pub fn present(conn: &Db, kept: &Kept) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT count(*) = 2 FROM sqlite_schema WHERE name IN (?1, ?2)",
        [kept.table, kept.view],
        |r| r.get(0),
    )
}

/// The triggers that keep `kept`'s table, by name: those named after it.
pub fn triggers(conn: &Db, kept: &Kept) -> rusqlite::Result<Vec<(String, String)>> {
    conn.prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'
         AND substr(name, 1, length(?1) + 1) = ?1 || '_' ORDER BY name",
    )?
    .query_map([kept.table], |r| Ok((r.get(0)?, r.get(1)?)))?
    .collect()
}

/// Fills `kept`'s table from its view, whatever it held.
pub fn refill(conn: &Db, kept: &Kept) -> rusqlite::Result<()> {
    conn.execute_batch(&format!(
        "DELETE FROM {t}; INSERT INTO {t} SELECT * FROM {v};",
        t = kept.table,
        v = kept.view
    ))
}

/// How `kept`'s table differs from its view: one finding, or none.
pub fn findings(conn: &Db, kept: &Kept) -> Result<Vec<String>> {
    let sql = format!(
        "SELECT count(DISTINCT {k}) FROM (
             SELECT {k} FROM (SELECT * FROM {v} EXCEPT SELECT * FROM {t})
             UNION ALL SELECT {k} FROM (SELECT * FROM {t} EXCEPT SELECT * FROM {v}))",
        k = kept.key,
        t = kept.table,
        v = kept.view
    );
    let differ: i64 = conn
        .query_row(&sql, [], |r| r.get(0))
        .with_context(|| format!("cannot compare {} with {}", kept.table, kept.view))?;
    if differ == 0 {
        return Ok(Vec::new());
    }
    let rows = if differ == 1 {
        "1 row differs".to_string()
    } else {
        format!("{differ} rows differ")
    };
    Ok(vec![format!(
        "{t}: {rows} from {v}, which the table is kept equal to (written outside insats); \
         {read_by} read it: restore a backup (`insats restore`)",
        t = kept.table,
        v = kept.view,
        read_by = kept.read_by
    )])
}
