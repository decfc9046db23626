//! Guidelines as stored: the one in use, and the ones assessments and decisions rested on.
//!
//! The built-in guideline is stored on first use. A newer built-in replaces an older built-in as
//! the active one; an imported guideline stays active until another is imported.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::OnceLock;

use super::Db;
use anyhow::{Context, Result, anyhow};
use rusqlite::{OptionalExtension, params};

use super::{Tx, now};
use crate::guideline::Guideline;

/// A stored guideline with its row id.
#[derive(Debug, Clone)]
pub struct Stored {
    pub id: i64,
    pub guideline: std::rc::Rc<Guideline>,
    pub hash: String,
    pub source: String,
}

/// The active guideline, storing the built-in one when nothing (or an older built-in) is active.
pub fn ensure_active(tx: &Tx) -> Result<Stored> {
    let builtin = Guideline::builtin();
    let builtin_hash = builtin_hash();
    let active: Option<(i64, String, String)> = tx
        .prepare_cached("SELECT id, hash, source FROM guideline WHERE active = 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    match active {
        Some((id, hash, source)) if source == "imported" || hash == builtin_hash => load(tx, id),
        _ => {
            let id = insert(tx, builtin, "builtin")?;
            load(tx, id)
        }
    }
}

/// Stores a guideline (already validated) and makes it the active one. An identical document
/// stored before is reactivated rather than stored twice.
pub fn insert(tx: &Tx, g: &Guideline, source: &str) -> Result<i64> {
    let hash = g.content_hash();
    tx.execute("UPDATE guideline SET active = 0 WHERE active = 1", [])?;
    let existing: Option<i64> = tx
        .prepare_cached("SELECT id FROM guideline WHERE hash = ?1")?
        .query_row([&hash], |r| r.get(0))
        .optional()?;
    let id = match existing {
        Some(id) => {
            tx.execute("UPDATE guideline SET active = 1 WHERE id = ?1", [id])?;
            id
        }
        None => {
            tx.prepare_cached(
                "INSERT INTO guideline (gid, version, hash, source, body, imported_at, imported_by, active)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1)",
            )?
            .execute(params![
                g.id,
                g.version,
                hash,
                source,
                serde_json::to_string(g)?,
                now(),
                tx.actor().user
            ])
            .with_context(|| {
                format!(
                    "cannot store guideline {} (is another document stored with the same id and version?)",
                    g.label()
                )
            })?;
            tx.last_insert_rowid()
        }
    };
    tx.audit(&format!("guideline {} active ({source})", g.label()), None)?;
    Ok(id)
}

/// The built-in guideline's hash, computed once.
fn builtin_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| Guideline::builtin().content_hash())
}

thread_local! {
    /// Guidelines already parsed in this process, by row id and stored hash: a command
    /// (and the demo, thousands of times) reads the same stored document again and again.
    static PARSED: RefCell<Vec<(String, i64, std::rc::Rc<Guideline>)>> = const { RefCell::new(Vec::new()) };
}

/// A stored guideline by row id: what an assessment or decision rested on.
pub fn load(conn: &Db, id: i64) -> Result<Stored> {
    let (hash, source, row_id): (String, String, i64) = conn
        .prepare_cached("SELECT hash, source, id FROM guideline WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?
        .ok_or_else(|| anyhow!("no stored guideline {id}"))?;
    let cached = PARSED.with(|p| {
        p.borrow()
            .iter()
            .find(|(h, r, _)| *h == hash && *r == row_id)
            .map(|(_, _, g)| g.clone())
    });
    let guideline = match cached {
        Some(g) => g,
        None => {
            let body: String = conn
                .prepare_cached("SELECT body FROM guideline WHERE id = ?1")?
                .query_row([id], |r| r.get(0))?;
            // A stored document was validated when it was stored, and its hash says whether it
            // is still that document. It is stored as its canonical JSON, the text its hash is
            // taken of: when the text still gives the hash, it is read straight, without
            // writing it out again to hash it (4 % of a `show`, issue 21). A text that does not
            // (or a parse that fails) is parsed again the long way, which names every problem.
            let unchanged = Guideline::text_hash(&body) == hash;
            let (g, matches) = match Guideline::from_stored_json(&body) {
                Some(g) if unchanged || g.content_hash() == hash => (g, true),
                _ => {
                    let g = Guideline::from_json(&body).map_err(|p| {
                        anyhow!("stored guideline {id} no longer reads: {}", p.join("; "))
                    })?;
                    let matches = g.content_hash() == hash;
                    (g, matches)
                }
            };
            let g = std::rc::Rc::new(g);
            // The criteria shown and applied are the ones imported: a text edited in the file
            // behind insats's back is refused, never used.
            if !matches {
                return Err(anyhow!(
                    "stored guideline {id} was changed outside insats (its text no longer matches its hash): restore the file from a backup (insats check lists what else changed)"
                ));
            }
            PARSED.with(|p| p.borrow_mut().push((hash.clone(), row_id, g.clone())));
            g
        }
    };
    Ok(Stored {
        id,
        guideline,
        hash,
        source,
    })
}

/// The active guideline without storing anything (for read-only commands): the built-in one
/// when none is stored yet.
pub fn active_or_builtin(conn: &Db) -> Result<Option<Stored>> {
    let id: Option<i64> = conn
        .prepare_cached("SELECT id FROM guideline WHERE active = 1")?
        .query_row([], |r| r.get(0))
        .optional()?;
    id.map(|id| load(conn, id)).transpose()
}

/// The guideline in use: the active one, or the built-in one while none is stored yet.
pub fn in_use(conn: &Db) -> Result<Rc<Guideline>> {
    Ok(match active_or_builtin(conn)? {
        Some(stored) => stored.guideline,
        None => Rc::new(Guideline::builtin().clone()),
    })
}

/// The stored guideline that a new assessment would use, without storing anything: the active
/// one, unless it is an older built-in (then `ensure_active` would store the built-in of this
/// binary, and `None` says to use [`Guideline::builtin`]).
pub fn current(conn: &Db) -> Result<Option<Stored>> {
    let Some(active) = active_or_builtin(conn)? else {
        return Ok(None);
    };
    if active.source == "imported" || active.hash == builtin_hash() {
        Ok(Some(active))
    } else {
        Ok(None)
    }
}

/// The hash of a stored guideline with this id and version, if any.
pub fn hash_of(conn: &Db, gid: &str, version: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT hash FROM guideline WHERE gid = ?1 AND version = ?2")?
        .query_row([gid, version], |r| r.get(0))
        .optional()?)
}
