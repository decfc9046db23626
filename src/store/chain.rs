//! Hash chains over the journal and the audit trail (schema version 4): tamper evidence.
//!
//! Each row's `hash` is SHA-256 over an unambiguous encoding of the table's name, the row's
//! columns in a fixed order, and the hash of the row before it in id order ([`GENESIS`] for the
//! first; after entries deleted under R2, the last hash of their recorded gap). Until schema
//! version 14 each row also stored that previous hash as `prev_hash`; it is now taken from the
//! row before when the chain is verified. Every value is written with a type tag and, for text, its length
//! in bytes, so that `'ab' + 'c'` and `'a' + 'bc'` (or the integer 5 and the text "5") never
//! encode alike. Rows are appended inside the caller's immediate transaction, which serialises
//! writers, so reading the last hash and inserting the next row cannot interleave.
//!
//! What the chain proves: a row changed, deleted or inserted without recomputing every hash
//! after it is found by [`verify`]. What it cannot prove: someone who recomputes the whole chain
//! (the algorithm is public, there is no key), or who cuts rows off the end; `insats check`
//! prints the head hash so that it can be kept elsewhere, and compares the journal's end with
//! the audit trail's record of it.

use std::sync::OnceLock;

use super::Db;
use anyhow::{Context, Result};
use rusqlite::OptionalExtension;
use rusqlite::types::{Value, ValueRef};
use sha2::{Digest, Sha256};

/// The previous hash of the first row.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// A chained table: its name, how a row is called in messages, and its hashed columns after
/// `id` (which is hashed first), in order.
#[derive(Debug, Clone, Copy)]
pub struct Chain {
    pub table: &'static str,
    pub noun: &'static str,
    pub columns: &'static [&'static str],
    /// Columns among `columns` that hold a hash: stored as 32 bytes (schema version 13), hashed
    /// as their lower-case hex, as they were stored before.
    pub hashes: &'static [&'static str],
}

pub const JOURNAL: Chain = Chain {
    table: "journal",
    noun: "journal entry",
    columns: &["case_id", "day", "at", "user", "kind", "text", "corrects"],
    hashes: &[],
};

pub const AUDIT: Chain = Chain {
    table: "audit",
    noun: "audit line",
    columns: &["at", "day", "user", "command", "action", "case_id"],
    hashes: &[],
};

/// Both chains of schema version 4, in the order `check` reports them.
pub const ALL: [Chain; 2] = [JOURNAL, AUDIT];

/// The access log (S4, schema version 8): one line per command that read or changed a person's
/// data or was refused by S1-S3.
pub const ACCESS: Chain = Chain {
    table: "access_log",
    noun: "access line",
    columns: &[
        "at",
        "day",
        "user",
        "staff",
        "command",
        "kind",
        "case_id",
        "person_id",
        "people",
        "revealed",
        "reason",
    ],
    hashes: &[],
};

/// The seals of the records of legal weight (schema version 12, see `store::seal`): one row
/// per insert, change or deletion of a sealed row, carrying the hash of the row's content.
pub const SEAL: Chain = Chain {
    table: "seal",
    noun: "seal",
    columns: &["tbl", "row_key", "content"],
    hashes: &["content"],
};

/// The chains the file has: the journal and the audit trail, the access log from version 8,
/// and the seals from version 12.
pub fn present(conn: &Db) -> rusqlite::Result<Vec<Chain>> {
    let has = |name: &str| -> rusqlite::Result<bool> {
        conn.query_row(
            "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
            [name],
            |r| r.get(0),
        )
    };
    let mut list = ALL.to_vec();
    if has("access_log")? {
        list.push(ACCESS);
    }
    if has("seal")? {
        list.push(SEAL);
    }
    Ok(list)
}

/// The hash of one row: `id`, the other columns in `chain.columns` order, then the hash of the
/// row before it.
pub fn row_hash(chain: &Chain, id: i64, values: &[ValueRef<'_>], prev_hash: &str) -> String {
    hex(&row_hash_bytes(chain, id, values, prev_hash))
}

/// [`row_hash`] as its 32 bytes, as they are stored from schema version 13.
fn row_hash_bytes(chain: &Chain, id: i64, values: &[ValueRef<'_>], prev_hash: &str) -> [u8; 32] {
    let mut h = row_hasher(chain, id);
    for v in values {
        put_value(&mut h, *v);
    }
    row_hash_end(h, prev_hash.as_bytes())
}

/// A row's hash begun: the chains' domain, the table's name and the row's id.
fn row_hasher(chain: &Chain, id: i64) -> Sha256 {
    let mut h = Sha256::new();
    h.update(b"insats-chain-v1\0");
    put_bytes(&mut h, b't', chain.table.as_bytes());
    put_value(&mut h, ValueRef::Integer(id));
    h
}

/// A row's hash ended, after its columns: the previous hash, as its hex text.
fn row_hash_end(mut h: Sha256, prev_hex: &[u8]) -> [u8; 32] {
    put_bytes(&mut h, b't', prev_hex);
    h.finalize().into()
}

/// SHA-256 over `domain` and `values` in the chains' unambiguous encoding, as lower-case hex:
/// the content hash of a sealed row (`store::seal`).
pub(super) fn digest(domain: &[u8], values: &[ValueRef<'_>]) -> String {
    hex(&digest_bytes(domain, values))
}

/// [`digest`] as its 32 bytes.
pub(super) fn digest_bytes(domain: &[u8], values: &[ValueRef<'_>]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(domain);
    for v in values {
        put_value(&mut h, *v);
    }
    h.finalize().into()
}

/// A stored hash as lower-case hex: 32 bytes from schema version 13, the hex text itself in an
/// older file (while it is migrated), none for NULL. Anything else is not a hash insats wrote,
/// and reads as its bytes' hex, which matches no hash.
pub fn hash_of(v: ValueRef<'_>) -> Option<String> {
    match v {
        ValueRef::Null => None,
        ValueRef::Blob(b) => Some(hex(b)),
        ValueRef::Text(t) => Some(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Integer(i) => Some(i.to_string()),
        ValueRef::Real(f) => Some(f.to_string()),
    }
}

/// A hash read from column `i` (see [`hash_of`]).
pub fn get_hash(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Option<String>> {
    Ok(hash_of(r.get_ref(i)?))
}

/// A hash as it is stored from schema version 13: the 32 bytes its hex names. Hex that is not
/// a hash (never made by insats) is stored as its text, which the column refuses.
pub fn stored(hash: &str) -> Value {
    match parse_hex32(hash.as_bytes()) {
        Some(bytes) => Value::Blob(bytes.to_vec()),
        None => Value::Text(hash.to_string()),
    }
}

/// 64 lower-case hex digits as their 32 bytes.
fn parse_hex32(text: &[u8]) -> Option<[u8; 32]> {
    let text: &[u8; 64] = text.try_into().ok()?;
    let mut bytes = [0u8; 32];
    // Every digit is looked up; one check at the end instead of a branch per digit (the demo
    // parses two hashes a seal).
    let mut bad = 0u8;
    for (b, pair) in bytes.iter_mut().zip(text.chunks_exact(2)) {
        let (hi, lo) = (
            HEX_VALUE[usize::from(pair[0])],
            HEX_VALUE[usize::from(pair[1])],
        );
        bad |= hi | lo;
        *b = hi << 4 | lo;
    }
    (bad & 0xf0 == 0).then_some(bytes)
}

/// The value of each lower-case hex digit; 0xff for every other byte.
const HEX_VALUE: [u8; 256] = {
    let mut t = [0xffu8; 256];
    let mut i = 0;
    while i < 16 {
        t[HEX_DIGITS[i] as usize] = i as u8;
        i += 1;
    }
    t
};

/// How a chain's hashes are stored in the file being written: hex text before schema version
/// 13 (only while an older file is migrated), 32 bytes from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    Hex,
    Bytes,
}

impl Stored {
    fn value(self, hash: &str) -> Value {
        match self {
            Stored::Hex => Value::Text(hash.to_string()),
            Stored::Bytes => stored(hash),
        }
    }
}

/// Lower-case hex, without an allocation per byte.
pub(super) fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(HEX_DIGITS[usize::from(b >> 4)]));
        s.push(char::from(HEX_DIGITS[usize::from(b & 0x0f)]));
    }
    s
}

const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";

/// 32 bytes as lower-case hex, on the stack.
fn hex32(bytes: &[u8; 32]) -> [u8; 64] {
    let mut out = [0u8; 64];
    for (pair, b) in out.chunks_exact_mut(2).zip(bytes) {
        pair[0] = HEX_DIGITS[usize::from(b >> 4)];
        pair[1] = HEX_DIGITS[usize::from(b & 0x0f)];
    }
    out
}

fn put_value(h: &mut Sha256, v: ValueRef<'_>) {
    match v {
        ValueRef::Null => h.update(b"n"),
        ValueRef::Integer(i) => {
            h.update(b"i");
            h.update(i.to_be_bytes());
        }
        ValueRef::Real(f) => {
            h.update(b"r");
            h.update(f.to_bits().to_be_bytes());
        }
        ValueRef::Text(t) => put_bytes(h, b't', t),
        ValueRef::Blob(b) => put_bytes(h, b'b', b),
    }
}

fn put_bytes(h: &mut Sha256, tag: u8, bytes: &[u8]) {
    h.update([tag]);
    h.update((bytes.len() as u64).to_be_bytes());
    h.update(bytes);
}

/// The statements of `append`, made once per chain: the last row, and the insert.
fn statements(chain: &Chain) -> &'static (String, String) {
    static JOURNAL_SQL: OnceLock<(String, String)> = OnceLock::new();
    static AUDIT_SQL: OnceLock<(String, String)> = OnceLock::new();
    static ACCESS_SQL: OnceLock<(String, String)> = OnceLock::new();
    static SEAL_SQL: OnceLock<(String, String)> = OnceLock::new();
    static OTHER_SQL: OnceLock<(String, String)> = OnceLock::new();
    let cell = match chain.table {
        "journal" => &JOURNAL_SQL,
        "audit" => &AUDIT_SQL,
        "access_log" => &ACCESS_SQL,
        "seal" => &SEAL_SQL,
        _ => &OTHER_SQL,
    };
    cell.get_or_init(|| {
        let last = format!(
            "SELECT id, hash FROM {} ORDER BY id DESC LIMIT 1",
            chain.table
        );
        (last, insert_sql(chain, false))
    })
}

/// The insert of a row; `with_prev` for a file before schema version 14, which stored each
/// row's `prev_hash` (only while an older file is migrated: the seals of migration 012).
fn insert_sql(chain: &Chain, with_prev: bool) -> String {
    let hashes = if with_prev { "prev_hash, hash" } else { "hash" };
    let params = chain.columns.len() + if with_prev { 3 } else { 2 };
    format!(
        "INSERT INTO {} (id, {}, {hashes}) VALUES ({})",
        chain.table,
        chain.columns.join(", "),
        (1..=params)
            .map(|i| format!("?{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// Where a chain goes on: the id of the next row and the hash it follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub next_id: i64,
    pub prev_hash: String,
}

/// The chain's head as stored: after the row with the highest rowid, one step down the table's
/// b-tree however long the chain ([`GENESIS`] when the table is empty).
pub fn head(conn: &Db, chain: &Chain) -> Result<Head> {
    let last: Option<(i64, Option<String>)> = conn
        .prepare_cached(&statements(chain).0)?
        .query_row([], |r| Ok((r.get(0)?, get_hash(r, 1)?)))
        .optional()?;
    match last {
        None => Ok(Head {
            next_id: 1,
            prev_hash: GENESIS.to_string(),
        }),
        Some((last_id, Some(hash))) => Ok(Head {
            next_id: last_id + 1,
            prev_hash: hash,
        }),
        // Only a row written outside insats can lack a hash; `insats check` names it.
        Some((last_id, None)) => anyhow::bail!(
            "{} #{last_id} has no hash (written outside insats): run `insats check`",
            chain.noun
        ),
    }
}

/// Appends one row with `values` for `chain.columns`, chained to the last row; returns its id.
/// Tests only: insats appends through `Tx::append_chained`, which keeps the head it moved.
#[cfg(test)]
pub fn append(conn: &Db, chain: &Chain, values: &[Value]) -> Result<i64> {
    let at = head(conn, chain)?;
    let id = at.next_id;
    append_at(conn, chain, values, at)?;
    Ok(id)
}

/// Appends one row at `at`, which must be the chain's head as stored (see [`head`]); returns
/// the head after it. Must run inside the caller's immediate transaction, which serialises
/// writers: a head read earlier in the same transaction stays the head until the transaction
/// itself appends or rolls back.
pub fn append_at(conn: &Db, chain: &Chain, values: &[Value], at: Head) -> Result<Head> {
    append_stored(conn, chain, values, at, Stored::Bytes)
}

/// [`append_at`] into a file whose hashes are stored as `stored` (hex only in the migration
/// step of version 12, which seals the rows of an older file before version 13 converts them).
/// A value of a hash column (`chain.hashes`) is given as its hex, as it is hashed.
pub fn append_stored(
    conn: &Db,
    chain: &Chain,
    values: &[Value],
    at: Head,
    stored: Stored,
) -> Result<Head> {
    let refs: Vec<ValueRef<'_>> = values.iter().map(ValueRef::from).collect();
    let bytes = row_hash_bytes(chain, at.next_id, &refs, &at.prev_hash);
    let hash = hex(&bytes);
    let sql = &statements(chain).1;
    // Only the hash columns are converted; the rest is bound as given (most chains have none).
    let hashes: Vec<Option<Value>> = chain
        .columns
        .iter()
        .zip(values)
        .map(|(c, v)| match v {
            Value::Text(h) if chain.hashes.contains(c) => Some(stored.value(h)),
            _ => None,
        })
        .collect();
    let this = match stored {
        Stored::Hex => Value::Text(hash.clone()),
        Stored::Bytes => Value::Blob(bytes.to_vec()),
    };
    let prev = (stored == Stored::Hex).then(|| stored.value(&at.prev_hash));
    let mut params: Vec<&dyn rusqlite::ToSql> = Vec::with_capacity(values.len() + 3);
    params.push(&at.next_id);
    for (h, v) in hashes.iter().zip(values) {
        params.push(h.as_ref().unwrap_or(v));
    }
    // Hex hashes are those of a file before version 13, which also stored prev_hash.
    let with_prev;
    let sql = match &prev {
        None => sql,
        Some(p) => {
            params.push(p);
            with_prev = insert_sql(chain, true);
            &with_prev
        }
    };
    params.push(&this);
    conn.prepare_cached(sql)?
        .execute(params.as_slice())
        .with_context(|| format!("cannot write the {}", chain.noun))?;
    Ok(Head {
        next_id: at.next_id + 1,
        prev_hash: hash,
    })
}

/// Gives every row without a hash its place in the chain, in id order. Runs once, in the
/// transaction of migration 004, whose UPDATE triggers allow exactly this.
pub fn backfill(conn: &Db, chain: &Chain) -> rusqlite::Result<usize> {
    let rows = read_rows(conn, chain)?;
    let update = format!(
        "UPDATE {} SET prev_hash = ?1, hash = ?2 WHERE id = ?3",
        chain.table
    );
    let mut prev = GENESIS.to_string();
    let mut filled = 0;
    for row in rows {
        let hash = match row.hash {
            Some(h) => h,
            None => {
                let h = row_hash(chain, row.id, &row.refs(), &prev);
                conn.execute(&update, rusqlite::params![prev, h, row.id])?;
                filled += 1;
                h
            }
        };
        prev = hash;
    }
    Ok(filled)
}

/// One row as read back for verifying.
struct Row {
    id: i64,
    values: Vec<Value>,
    hash: Option<String>,
}

impl Row {
    fn refs(&self) -> Vec<ValueRef<'_>> {
        self.values.iter().map(ValueRef::from).collect()
    }
}

fn rows_sql(chain: &Chain) -> String {
    format!(
        "SELECT id, {}, hash FROM {} ORDER BY id",
        chain.columns.join(", "),
        chain.table
    )
}

fn read_row(chain: &Chain, r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    let n = chain.columns.len();
    let value = |i: usize| -> rusqlite::Result<Value> {
        if chain.hashes.contains(&chain.columns[i - 1]) {
            return Ok(get_hash(r, i)?.map_or(Value::Null, Value::Text));
        }
        r.get::<_, Value>(i)
    };
    Ok(Row {
        id: r.get(0)?,
        values: (1..=n).map(value).collect::<rusqlite::Result<_>>()?,
        hash: get_hash(r, n + 1)?,
    })
}

fn read_rows(conn: &Db, chain: &Chain) -> rusqlite::Result<Vec<Row>> {
    let mut stmt = conn.prepare(&rows_sql(chain))?;
    let rows = stmt.query_map([], |r| read_row(chain, r))?;
    rows.collect()
}

/// Records, before a case's journal is deleted under R2, each run of its consecutive entries
/// with the hashes on both sides, so that `verify` can bridge exactly these gaps. Runs deleted
/// one after another (two cases whose entries interleave) chain through each other.
pub fn record_gaps(tx: &super::Tx, case_id: i64) -> Result<usize> {
    let rows: Vec<(i64, String)> = tx
        .prepare_cached("SELECT id, hash FROM journal WHERE case_id = ?1 ORDER BY id")?
        .query_map([case_id], |r| {
            Ok((r.get(0)?, get_hash(r, 1)?.unwrap_or_default()))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut runs: Vec<(i64, i64, String, String)> = Vec::new();
    for (id, hash) in rows {
        match runs.last_mut() {
            Some(run) if run.1 + 1 == id => {
                run.1 = id;
                run.3 = hash;
            }
            _ => runs.push((id, id, hash_before(tx, id)?, hash)),
        }
    }
    let actor = tx.actor();
    for (first, last, prev, hash) in &runs {
        tx.prepare_cached(
            "INSERT INTO chain_gap (tbl, first_id, last_id, prev_hash, last_hash, day, user, at)
             VALUES ('journal', ?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?
        .execute(rusqlite::params![
            first,
            last,
            stored(prev),
            stored(hash),
            actor.today.to_string(),
            actor.user,
            super::now()
        ])?;
        // The audit trail vouches for the gap: a gap row without its line is forged.
        tx.audit(&vouching(*first, *last), Some(case_id))?;
    }
    Ok(runs.len())
}

/// The hash entry `id` of the journal follows: the entry before it, or where that was deleted
/// under R2 already, the last hash of its recorded gap ([`GENESIS`] for the first entry).
fn hash_before(tx: &super::Tx, id: i64) -> Result<String> {
    if id == 1 {
        return Ok(GENESIS.to_string());
    }
    let before: Option<String> = tx
        .prepare_cached(
            "SELECT hash FROM journal WHERE id = ?1
             UNION ALL SELECT last_hash FROM chain_gap WHERE tbl = 'journal' AND last_id = ?1
             LIMIT 1",
        )?
        .query_row([id - 1], |r| get_hash(r, 0))
        .optional()?
        .flatten();
    before.ok_or_else(|| {
        anyhow::anyhow!(
            "journal entry #{} is missing, so the entries after it cannot be deleted with a recorded gap: run `insats check`",
            id - 1
        )
    })
}

mod gaps;
use gaps::vouching;
pub use gaps::{gap_covers, unvouched_gaps};

mod verify;
pub(in crate::store) use verify::hash32;
pub use verify::{Verified, verify};

#[cfg(test)]
mod tests;
