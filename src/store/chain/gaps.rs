//! Gaps in the journal's chain left by retention deletions (R2), and what vouches for them:
//! each gap's own audit line, so that a gap row forged outside insats bridges nothing.

use anyhow::Result;

use super::super::Db;

/// The audit line that vouches for a recorded gap.
pub(super) fn vouching(first: i64, last: i64) -> String {
    format!("chain gap (R2): journal #{first}-#{last} deleted")
}

/// What the audit trail vouches for: each gap's own line, and for gaps recorded before the
/// lines were written (schema 8 and older), the days on which someone deleted under R2.
#[derive(Default)]
pub(super) struct Vouchers {
    lines: std::collections::HashSet<(i64, i64)>,
    days: std::collections::HashSet<(String, String)>,
}

impl Vouchers {
    /// Read once, and only when there are gaps at all (one pass over the audit trail).
    pub(super) fn load(conn: &Db) -> rusqlite::Result<Vouchers> {
        let mut v = Vouchers::default();
        let mut stmt = conn.prepare(
            "SELECT action, day, user FROM audit
             WHERE action LIKE 'chain gap (R2): journal #%'
                OR action LIKE 'retention delete (R2): case deleted%'",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        for row in rows {
            let (action, day, user) = row?;
            match parse_vouching(&action) {
                Some(ids) => {
                    v.lines.insert(ids);
                }
                None => {
                    v.days.insert((day, user));
                }
            }
        }
        Ok(v)
    }

    pub(super) fn vouch(&self, first: i64, last: i64, day: &str, user: &str) -> bool {
        self.lines.contains(&(first, last))
            || self.days.contains(&(day.to_string(), user.to_string()))
    }
}

/// `chain gap (R2): journal #3-#7 deleted` -> (3, 7).
fn parse_vouching(action: &str) -> Option<(i64, i64)> {
    let rest = action.strip_prefix("chain gap (R2): journal #")?;
    let (a, rest) = rest.split_once("-#")?;
    let b = rest.strip_suffix(" deleted")?;
    Some((a.parse().ok()?, b.parse().ok()?))
}

pub(super) fn has_gaps(conn: &Db) -> rusqlite::Result<bool> {
    let exists: bool = conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = 'chain_gap'",
        [],
        |r| r.get(0),
    )?;
    Ok(exists && conn.query_row("SELECT EXISTS (SELECT 1 FROM chain_gap)", [], |r| r.get(0))?)
}

/// Recorded gaps no retention deletion vouches for (forged outside insats), as findings.
pub fn unvouched_gaps(conn: &Db) -> Result<Vec<String>> {
    if !has_gaps(conn)? {
        return Ok(Vec::new());
    }
    let vouchers = Vouchers::load(conn)?;
    let mut stmt =
        conn.prepare("SELECT id, first_id, last_id, day, user FROM chain_gap ORDER BY id")?;
    let rows: Vec<(i64, i64, i64, String, String)> = stmt
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::new();
    for (id, first, last, day, user) in rows {
        if !vouchers.vouch(first, last, &day, &user) {
            out.push(format!(
                "chain_gap row #{id} (journal #{first}-#{last}) is vouched for by no retention deletion in the audit trail: forged outside insats"
            ));
        }
    }
    Ok(out)
}

/// Whether a vouched gap covers journal row `id` (deleted under R2): an anchored head may have
/// been deleted since, lawfully.
pub fn gap_covers(conn: &Db, id: i64, _hash: &str) -> Result<bool> {
    if !has_gaps(conn)? {
        return Ok(false);
    }
    let vouchers = Vouchers::load(conn)?;
    let mut stmt = conn.prepare(
        "SELECT first_id, last_id, day, user FROM chain_gap
         WHERE tbl = 'journal' AND first_id <= ?1 AND last_id >= ?1",
    )?;
    let rows: Vec<(i64, i64, String, String)> = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows
        .iter()
        .any(|(f, l, day, user)| vouchers.vouch(*f, *l, day, user)))
}
