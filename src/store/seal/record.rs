//! Gathering a write's changes for their seals, through SQLite's preupdate hook.
//!
//! While a write runs, SQLite calls [`on_change`] before each row of a sealed table is inserted,
//! changed or deleted, with the row's old and new values; the [`Recorder`] keeps them, and
//! [`Recorder::flush`] appends their seals to the chain before the transaction commits. Nothing
//! is made on the connection for this (no triggers, no functions), so a command pays only for
//! the rows it changes; and a change made with the sqlite3 shell, which has no hook, leaves its
//! row without a matching seal, which `insats check` names.
//!
//! The hook needs SQLite built with `SQLITE_ENABLE_PREUPDATE_HOOK`, which the project's
//! `.cargo/config.toml` asks of the bundled build; without it the binary does not link.

use std::cell::{Cell, RefCell};
use std::ffi::{CStr, c_char, c_int, c_void};

use anyhow::{Result, bail};
use rusqlite::Connection;
use rusqlite::ffi;
use rusqlite::types::{Value, ValueRef};

use super::super::Db;
use super::super::chain::{self, SEAL};
use super::{SEALED, Sealed, columns, content_hash};

/// One change of a sealed row: the values before (a change or a deletion) and after (an insert
/// or a change), every column in schema order.
struct Change {
    sealed: &'static Sealed,
    old: Option<Vec<Value>>,
    new: Option<Vec<Value>>,
}

/// The changes of one write, in the order SQLite made them.
#[derive(Default)]
pub struct Recorder {
    changes: RefCell<Vec<Change>>,
    /// Set when a change could not be read: the write must not commit without its seal.
    failed: Cell<bool>,
}

/// The hook registered on a connection; dropping it takes the hook away again.
#[must_use = "the hook is taken away when this is dropped"]
pub struct Hook {
    db: *mut ffi::sqlite3,
}

impl Drop for Hook {
    fn drop(&mut self) {
        // SAFETY: `db` is the handle of a connection that outlives the hook (`Recorder::start`).
        unsafe {
            ffi::sqlite3_preupdate_hook(self.db, None, std::ptr::null_mut());
        }
    }
}

impl Recorder {
    /// Starts recording the changes `conn` makes, until the returned hook is dropped. The
    /// recorder and the connection must outlive the hook; both are borrowed only for the call.
    pub fn start(&self, conn: &Connection) -> Hook {
        // SAFETY: the handle is only used while `conn` is open: the hook is dropped before the
        // connection and the recorder (the callers keep both for longer), and its drop takes the
        // hook away so that SQLite never calls it with a dangling context.
        let db = unsafe { conn.handle() };
        let ctx = std::ptr::from_ref(self).cast_mut().cast::<c_void>();
        unsafe {
            ffi::sqlite3_preupdate_hook(db, Some(on_change), ctx);
        }
        Hook { db }
    }

    /// How many changes are recorded: a savepoint's mark.
    pub fn mark(&self) -> usize {
        self.changes.borrow().len()
    }

    /// Forgets the changes after `mark`: a savepoint undone undid them.
    pub fn undo_to(&self, mark: usize) {
        self.changes.borrow_mut().truncate(mark);
    }

    /// Forgets everything recorded: the write was undone.
    pub fn clear(&self) {
        self.changes.borrow_mut().clear();
        self.failed.set(false);
    }

    /// Appends the seals of the recorded changes to the chain, as the transaction's last
    /// statements, and forgets them.
    pub fn flush(&self, conn: &Db) -> Result<()> {
        if self.failed.replace(false) {
            self.changes.borrow_mut().clear();
            bail!("a change of a sealed record could not be read for its seal");
        }
        let changes = std::mem::take(&mut *self.changes.borrow_mut());
        if changes.is_empty() {
            return Ok(());
        }
        // The caller may still ask for the id of its last insert, which is not a seal's.
        let last_insert = conn.last_insert_rowid();
        let mut layouts: Vec<(&str, Vec<usize>, Vec<bool>)> = Vec::new();
        let mut at = chain::head(conn, &SEAL)?;
        for change in changes {
            let s = change.sealed;
            let layout = match layouts.iter().position(|(t, ..)| *t == s.table) {
                Some(i) => i,
                None => {
                    let (names, real): (Vec<String>, Vec<bool>) =
                        columns(conn, s.table)?.into_iter().unzip();
                    let mut key = Vec::with_capacity(s.key.len());
                    for k in s.key {
                        match names.iter().position(|n| n == k) {
                            Some(i) => key.push(i),
                            None => bail!("the {} table has no column {k}", s.table),
                        }
                    }
                    layouts.push((s.table, key, real));
                    layouts.len() - 1
                }
            };
            let (_, key, real) = &layouts[layout];
            let key_of = |values: &[Value]| -> Result<Value> {
                if values.len() != real.len() {
                    bail!("a change of the {} table has an unexpected shape", s.table);
                }
                row_key(key.iter().map(|&i| &values[i]))
            };
            let mut seal = |k: Value, content: Value| -> Result<()> {
                let values = [Value::Text(s.table.to_string()), k, content];
                at = chain::append_stored(conn, &SEAL, &values, at.clone(), chain::Stored::Bytes)?;
                Ok(())
            };
            let old = change.old.as_deref().map(key_of).transpose()?;
            match change.new {
                Some(mut new) => {
                    // A whole REAL is stored as an integer and read back as REAL; the hook
                    // sees the stored form, a read (and `check`) the REAL.
                    for (v, &is_real) in new.iter_mut().zip(real) {
                        if let (Value::Integer(i), true) = (&*v, is_real) {
                            *v = Value::Real(*i as f64);
                        }
                    }
                    let k = key_of(&new)?;
                    if let Some(o) = old
                        && o != k
                    {
                        seal(o, Value::Null)?;
                    }
                    let mut refs = Vec::with_capacity(new.len() + 1);
                    refs.push(ValueRef::Text(s.table.as_bytes()));
                    refs.extend(new.iter().map(ValueRef::from));
                    seal(k, Value::Text(content_hash(&refs)))?;
                }
                None => {
                    if let Some(o) = old {
                        seal(o, Value::Null)?;
                    }
                }
            }
        }
        // SAFETY: the handle of the connection `conn` borrows, open for the call.
        unsafe {
            ffi::sqlite3_set_last_insert_rowid(conn.conn().handle(), last_insert);
        }
        Ok(())
    }
}

/// A row's key as the seals name it: the one key column's value, or the columns' values joined
/// by `/` as SQLite's `||` joins them (NULL if any is NULL).
fn row_key<'v>(mut parts: impl ExactSizeIterator<Item = &'v Value>) -> Result<Value> {
    if parts.len() == 1 {
        return Ok(parts.next().cloned().unwrap_or(Value::Null));
    }
    let mut out = String::new();
    for (i, v) in parts.enumerate() {
        if i > 0 {
            out.push('/');
        }
        match v {
            Value::Integer(n) => out.push_str(&n.to_string()),
            Value::Text(t) => out.push_str(t),
            Value::Null => return Ok(Value::Null),
            other => bail!("a sealed key column holds {other:?}, which insats never writes"),
        }
    }
    Ok(Value::Text(out))
}

/// The preupdate hook: records a change of a row of a sealed table in `main`.
unsafe extern "C" fn on_change(
    ctx: *mut c_void,
    db: *mut ffi::sqlite3,
    op: c_int,
    z_db: *const c_char,
    z_name: *const c_char,
    _old_rowid: ffi::sqlite3_int64,
    _new_rowid: ffi::sqlite3_int64,
) {
    // SAFETY: `ctx` is the recorder `Recorder::start` registered, alive while the hook is; the
    // names are NUL-terminated strings SQLite owns for the call.
    let recorder = unsafe { &*ctx.cast::<Recorder>() };
    let (schema, table) = unsafe { (CStr::from_ptr(z_db), CStr::from_ptr(z_name)) };
    if schema.to_bytes() != b"main" {
        return;
    }
    let Some(sealed) = SEALED
        .iter()
        .find(|s| s.table.as_bytes() == table.to_bytes())
    else {
        return;
    };
    let read = |new: bool| -> Option<Vec<Value>> {
        // SAFETY: called within the hook, on its connection, as SQLite allows.
        let count = unsafe { ffi::sqlite3_preupdate_count(db) };
        let mut values = Vec::with_capacity(usize::try_from(count).unwrap_or(0));
        for i in 0..count {
            let mut v: *mut ffi::sqlite3_value = std::ptr::null_mut();
            let rc = unsafe {
                if new {
                    ffi::sqlite3_preupdate_new(db, i, &mut v)
                } else {
                    ffi::sqlite3_preupdate_old(db, i, &mut v)
                }
            };
            if rc != ffi::SQLITE_OK || v.is_null() {
                return None;
            }
            values.push(unsafe { owned(v) });
        }
        Some(values)
    };
    let (old, new) = match op {
        ffi::SQLITE_INSERT => (None, read(true)),
        ffi::SQLITE_DELETE => (read(false), None),
        ffi::SQLITE_UPDATE => (read(false), read(true)),
        _ => (None, None),
    };
    let complete = match op {
        ffi::SQLITE_INSERT => new.is_some(),
        ffi::SQLITE_DELETE => old.is_some(),
        _ => old.is_some() && new.is_some(),
    };
    match recorder.changes.try_borrow_mut() {
        Ok(mut changes) if complete => changes.push(Change { sealed, old, new }),
        _ => recorder.failed.set(true),
    }
}

/// An SQL value as an owned value.
///
/// # Safety
/// `v` must be a valid value SQLite handed out for the current call.
unsafe fn owned(v: *mut ffi::sqlite3_value) -> Value {
    unsafe {
        match ffi::sqlite3_value_type(v) {
            ffi::SQLITE_INTEGER => Value::Integer(ffi::sqlite3_value_int64(v)),
            ffi::SQLITE_FLOAT => Value::Real(ffi::sqlite3_value_double(v)),
            ffi::SQLITE_TEXT => {
                let p = ffi::sqlite3_value_text(v);
                let n = usize::try_from(ffi::sqlite3_value_bytes(v)).unwrap_or(0);
                if p.is_null() {
                    Value::Text(String::new())
                } else {
                    let bytes = std::slice::from_raw_parts(p, n);
                    Value::Text(String::from_utf8_lossy(bytes).into_owned())
                }
            }
            ffi::SQLITE_BLOB => {
                let p = ffi::sqlite3_value_blob(v).cast::<u8>();
                let n = usize::try_from(ffi::sqlite3_value_bytes(v)).unwrap_or(0);
                if p.is_null() {
                    Value::Blob(Vec::new())
                } else {
                    Value::Blob(std::slice::from_raw_parts(p, n).to_vec())
                }
            }
            _ => Value::Null,
        }
    }
}

/// Runs `f` on `conn` in a savepoint whose changes are sealed as a command's would be: for
/// states no command makes yet (the tests), on a connection that is not a store's.
pub fn write_sealed<T>(
    conn: &Connection,
    f: impl FnOnce(&Connection) -> rusqlite::Result<T>,
) -> Result<T> {
    let recorder = Recorder::default();
    let hook = recorder.start(conn);
    conn.execute_batch("SAVEPOINT sealed")?;
    let done = f(conn).map_err(anyhow::Error::from).and_then(|v| {
        recorder.flush(Db::wrap(conn))?;
        Ok(v)
    });
    drop(hook);
    match done {
        Ok(v) => {
            conn.execute_batch("RELEASE sealed")?;
            Ok(v)
        }
        Err(e) => {
            conn.execute_batch("ROLLBACK TO sealed; RELEASE sealed")?;
            Err(e)
        }
    }
}
