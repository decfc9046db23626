//! Anchors against a rewritten history: the heads of the hash chains (the last row's id and
//! hash of the journal, the audit trail and the access log), appended to a file kept apart from
//! the database. Someone who rewrites a chain from some row on and recomputes every hash after
//! it passes `check`, unless an anchor taken before names a row whose hash is no longer there.
//!
//! The file is text, one line per anchoring: `AT TABLE ID HASH [TABLE ID HASH ...]`. `backup`
//! appends to `insats.anchors` beside the backup; `check --anchor FILE` verifies every line and
//! then appends the heads it found sound.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use anyhow::{Context, Result};
use rusqlite::OptionalExtension;

use super::Db;
use super::chain;

/// The file `backup` appends to, beside the backup.
pub const BESIDE_BACKUPS: &str = "insats.anchors";

/// One chain's head: its table, last id and last hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub table: String,
    pub id: i64,
    pub hash: String,
}

/// The heads of every chain the file has (empty chains left out).
pub fn heads(conn: &Db) -> Result<Vec<Head>> {
    let mut out = Vec::new();
    for c in chain::present(conn)? {
        let row: Option<(i64, String)> = conn
            .query_row(
                &format!(
                    "SELECT id, hash FROM {} WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1",
                    c.table
                ),
                [],
                |r| Ok((r.get(0)?, chain::get_hash(r, 1)?.unwrap_or_default())),
            )
            .optional()?;
        if let Some((id, hash)) = row {
            out.push(Head {
                table: c.table.to_string(),
                id,
                hash,
            });
        }
    }
    Ok(out)
}

/// Appends one line of `heads`, taken at `at`, to the anchor file (created private).
pub fn append(path: &Path, at: &str, heads: &[Head]) -> Result<()> {
    if heads.is_empty() {
        return Ok(());
    }
    let mut line = at.to_string();
    for h in heads {
        line.push_str(&format!(" {} {} {}", h.table, h.id, h.hash));
    }
    line.push('\n');
    let mut f = OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("cannot append to the anchor file {}", path.display()))?;
    f.write_all(line.as_bytes())
        .and_then(|()| f.sync_all())
        .with_context(|| format!("cannot write the anchor file {}", path.display()))
}

/// Every anchor line of the file (none when it does not exist yet), with the time it was taken.
fn read(path: &Path) -> Result<Vec<(String, Vec<Head>)>> {
    let text = match fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    let mut out = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let parts: Vec<&str> = line.split_whitespace().collect();
        let bad = || anyhow::anyhow!("{} line {}: not an anchor line", path.display(), n + 1);
        if parts.len() < 4 || !(parts.len() - 1).is_multiple_of(3) {
            return Err(bad());
        }
        let mut heads = Vec::new();
        for triple in parts[1..].chunks(3) {
            heads.push(Head {
                table: triple[0].to_string(),
                id: triple[1].parse().map_err(|_| bad())?,
                hash: triple[2].to_string(),
            });
        }
        out.push((parts[0].to_string(), heads));
    }
    Ok(out)
}

/// Findings for every anchored head the chains no longer pass through.
pub fn verify(conn: &Db, path: &Path) -> Result<Vec<String>> {
    let known: Vec<&'static str> = chain::present(conn)?.iter().map(|c| c.table).collect();
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (at, heads) in read(path)? {
        for h in heads {
            if !seen.insert((h.table.clone(), h.id, h.hash.clone())) {
                continue;
            }
            let Some(table) = known.iter().find(|t| **t == h.table) else {
                continue;
            };
            let stored: Option<Option<String>> = conn
                .query_row(
                    &format!("SELECT hash FROM {table} WHERE id = ?1"),
                    [h.id],
                    |r| chain::get_hash(r, 0),
                )
                .optional()?;
            let gap = *table == chain::JOURNAL.table && chain::gap_covers(conn, h.id, &h.hash)?;
            match stored {
                Some(Some(s)) if s == h.hash => {}
                None if gap => {}
                _ => out.push(format!(
                    "anchor of {at}: {table} row #{} no longer has the hash anchored then: the history was rewritten outside insats",
                    h.id
                )),
            }
        }
    }
    Ok(out)
}
