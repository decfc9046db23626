//! Verifying a chain (`insats check`): every row recomputed in id order from the hash of the
//! row before it, across the gaps recorded for entries deleted under R2 and vouched for by the
//! audit trail.

use anyhow::{Context, Result};
use rusqlite::types::ValueRef;

use super::super::Db;
use super::gaps::{Vouchers, has_gaps};
use super::{
    Chain, GENESIS, hash_of, hex, hex32, parse_hex32, put_bytes, put_value, row_hash_end,
    row_hasher, rows_sql,
};

/// A stored hash as its 32 bytes (a 32-byte BLOB, or the 64 hex digits of a file before
/// schema version 13): `None` for NULL, `Some(None)` for anything else, which matches no hash.
pub(in crate::store) fn hash32(v: ValueRef<'_>) -> Option<Option<[u8; 32]>> {
    match v {
        ValueRef::Null => None,
        ValueRef::Blob(b) => Some(b.try_into().ok()),
        ValueRef::Text(t) => Some(parse_hex32(t)),
        _ => Some(None),
    }
}

/// [`row_hash`] of a row as `verify` reads it (`id`, the columns, the stored hash), straight
/// from SQLite's values: no copy of the row and no hex but the previous hash's, which is hashed
/// as its text. A hash column is hashed as [`hash_of`] reads it.
fn row_digest(
    chain: &Chain,
    id: i64,
    r: &rusqlite::Row<'_>,
    prev: &[u8; 32],
) -> rusqlite::Result<[u8; 32]> {
    let mut h = row_hasher(chain, id);
    for (i, c) in chain.columns.iter().enumerate() {
        let v = r.get_ref(i + 1)?;
        if !chain.hashes.contains(c) {
            put_value(&mut h, v);
            continue;
        }
        // A hash column, as its hex: on the stack for the 32 bytes insats stores.
        let stored: Option<&[u8; 32]> = match v {
            ValueRef::Blob(b) => b.try_into().ok(),
            _ => None,
        };
        match stored.map(hex32) {
            Some(text) => put_bytes(&mut h, b't', &text),
            None => match hash_of(v) {
                Some(text) => put_bytes(&mut h, b't', text.as_bytes()),
                None => put_value(&mut h, ValueRef::Null),
            },
        }
    }
    Ok(row_hash_end(h, &hex32(prev)))
}

/// A gap recorded under R2: entries `first_id..=last_id`, which followed `prev_hash`.
#[derive(Debug, Clone)]
struct Gap {
    first_id: i64,
    last_id: i64,
    last_hash: [u8; 32],
}

type Gaps = std::collections::HashMap<[u8; 32], Vec<Gap>>;

/// The recorded gaps of a chain by the hash they followed (none before schema version 6). A
/// gap whose hashes insats could not have written bridges nothing.
fn recorded_gaps(conn: &Db, chain: &Chain) -> rusqlite::Result<Gaps> {
    let mut gaps = Gaps::default();
    if !has_gaps(conn)? {
        return Ok(gaps);
    }
    let vouchers = Vouchers::load(conn)?;
    let mut stmt = conn.prepare(
        "SELECT prev_hash, first_id, last_id, last_hash, day, user FROM chain_gap WHERE tbl = ?1",
    )?;
    let rows = stmt.query_map([chain.table], |r| {
        Ok((
            hash32(r.get_ref(0)?).flatten(),
            r.get::<_, i64>(1)?,
            r.get::<_, i64>(2)?,
            hash32(r.get_ref(3)?).flatten(),
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
        ))
    })?;
    for row in rows {
        let (prev, first_id, last_id, last, day, user) = row?;
        // Only gaps the audit trail vouches for bridge the chain.
        if let (Some(prev), Some(last_hash)) = (prev, last)
            && vouchers.vouch(first_id, last_id, &day, &user)
        {
            gaps.entry(prev).or_default().push(Gap {
                first_id,
                last_id,
                last_hash,
            });
        }
    }
    Ok(gaps)
}

/// Follows recorded gaps from the row `from_id` (whose hash is `from_hash`) towards the row
/// `to_id`. Returns the hash `to_id` follows when they lead to the row right before it without a
/// hole, and the last id they cover (so that what is left is reported precisely).
fn bridge(
    gaps: &Gaps,
    from_hash: [u8; 32],
    from_id: Option<i64>,
    to_id: i64,
) -> (Option<[u8; 32]>, Option<i64>) {
    let mut hash = from_hash;
    let mut covered = from_id;
    loop {
        let next_id = covered.map_or(1, |c| c + 1);
        if next_id == to_id {
            return (Some(hash), covered);
        }
        let next = gaps
            .get(&hash)
            .and_then(|list| list.iter().find(|g| g.first_id == next_id));
        match next {
            Some(g) if g.last_id < to_id => {
                hash = g.last_hash;
                covered = Some(g.last_id);
            }
            _ => return (None, covered),
        }
    }
}

/// What verifying one chain found.
#[derive(Debug, Clone)]
pub struct Verified {
    pub rows: i64,
    /// The last row's stored hash (GENESIS for an empty table).
    pub head: String,
    pub last_id: Option<i64>,
    /// The last id of the rows deleted under R2 that the chain's recorded gaps cover.
    pub last_gap_id: Option<i64>,
    /// In id order: the first names the first broken row.
    pub findings: Vec<String>,
}

/// Recomputes the chain in id order. Each row must carry a hash that matches its content and
/// the previous row's hash; ids must run without gaps from 1 (insats never skips one: ids are
/// not reused and a rolled-back write takes none), except where a recorded gap bridges entries
/// deleted under R2. Streams the table: one row in memory at a time, however long the chain.
pub fn verify(conn: &Db, chain: &Chain) -> Result<Verified> {
    let gaps = recorded_gaps(conn, chain)
        .with_context(|| format!("cannot read the recorded gaps of the {} table", chain.table))?;
    let cannot = || format!("cannot read the {} table", chain.table);
    let mut stmt = conn.prepare(&rows_sql(chain)).with_context(cannot)?;
    let hash_col = chain.columns.len() + 1;
    let mut rows = stmt.query([]).with_context(cannot)?;
    let noun = chain.noun;
    let mut findings = Vec::new();
    // The hash the next row follows; `None` after a row without a usable hash.
    let mut prev: Option<[u8; 32]> = Some([0; 32]);
    let mut prev_id: Option<i64> = None;
    // Whether the row before did not match its hash: then its stored hash may be what changed.
    let mut prev_broken = false;
    let mut count = 0;
    // The last row's stored hash as hex, made once at the end (or at once, for one insats
    // could not have written).
    let mut head: Option<Result<[u8; 32], String>> = None;
    while let Some(r) = rows.next().with_context(cannot)? {
        count += 1;
        let id: i64 = r.get(0).with_context(cannot)?;
        // Entries deleted under R2 (recorded gaps) are bridged, and only those; a hole beyond
        // them is reported from where they end.
        if prev_id.map_or(1, |x| x + 1) != id {
            let (follows, covered) = match prev {
                Some(p) => bridge(&gaps, p, prev_id, id),
                None => (None, prev_id),
            };
            if follows.is_some() {
                prev = follows;
            }
            prev_id = covered;
        }
        let expected_id = prev_id.map_or(1, |p| p + 1);
        let missing = match id - expected_id {
            0 => None,
            1 => Some(format!("{noun} #{expected_id} is missing")),
            _ => Some(format!("{noun} #{expected_id} to #{} are missing", id - 1)),
        };
        let after = || prev_id.map_or("the start".to_string(), |p| format!("#{p}"));
        let stored = r.get_ref(hash_col).with_context(cannot)?;
        let mut broken = false;
        match hash32(stored) {
            Some(h) => {
                let linked = match (&prev, &h) {
                    (Some(p), Some(h)) => row_digest(chain, id, r, p).with_context(cannot)? == *h,
                    _ => false,
                };
                broken = !linked;
                match (missing, linked) {
                    // What the row followed is gone: its own content cannot be recomputed.
                    (Some(m), false) => findings.push(format!(
                        "{m}: deleted outside insats (#{id} does not follow {} in the chain)",
                        after()
                    )),
                    (Some(m), true) => findings.push(format!(
                        "{m}: the entries were renumbered outside insats"
                    )),
                    (None, false) if prev_broken => findings.push(format!(
                        "{noun} #{id} does not follow {} in the chain: a row before it was changed, deleted or inserted outside insats",
                        after()
                    )),
                    (None, false) => findings.push(format!(
                        "{noun} #{id} does not match its hash: it was changed outside insats"
                    )),
                    (None, true) => {}
                }
                head = Some(h.ok_or_else(|| hash_of(stored).unwrap_or_default()));
                prev = h;
            }
            None => {
                if let Some(m) = missing {
                    findings.push(format!("{m}: deleted outside insats"));
                }
                findings.push(format!(
                    "{noun} #{id} has no hash: it was written outside insats"
                ));
                head = None;
                prev = None;
            }
        }
        // Go on from the stored hash, so that each break is reported once, where it is.
        prev_id = Some(id);
        prev_broken = broken;
    }
    let head = match head {
        None => GENESIS.to_string(),
        Some(Ok(h)) => hex(&h),
        Some(Err(text)) => text,
    };
    Ok(Verified {
        rows: count,
        head,
        last_id: prev_id,
        last_gap_id: gaps.values().flatten().map(|g| g.last_id).max(),
        findings,
    })
}
