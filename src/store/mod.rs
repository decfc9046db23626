//! The one SQLite file: opening it safely, migrating it, and writing in immediate transactions.
//!
//! Every open sets WAL, `foreign_keys`, `busy_timeout` and `synchronous=FULL`. Every write runs
//! in one `BEGIN IMMEDIATE` transaction that also records the audit trail, so a failed command
//! leaves the file as it was.

pub mod access;
pub mod anchor;
pub mod appeal;
pub mod assessment;
pub mod assignee;
pub mod assignment;
pub mod backup;
pub mod bulk;
pub mod carry;
pub mod cases;
pub mod chain;
pub mod decision;
pub mod diagnose;
pub mod due_process;
pub mod followup;
pub mod guideline;
pub mod journal;
pub mod kept;
pub mod migrate;
pub mod modes;
pub mod order;
pub mod people;
pub mod plan;
pub mod provider;
pub mod reports;
pub mod safety;
pub mod schema_check;
pub mod seal;
pub mod staff;
#[cfg(test)]
pub mod testing;

use std::cell::RefCell;
use std::fs;
use std::io::ErrorKind;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use rusqlite_migration::{M, Migrations};

/// 'INST': marks a file as ours, so a stranger's SQLite file is not migrated by mistake.
pub const APPLICATION_ID: i64 = 0x494E_5354;

/// How many prepared statements a connection keeps.
const STATEMENT_CACHE: usize = 256;

/// The migrations, in order; a file's `user_version` says how many it has had.
pub(crate) const MIGRATION_SQL: &[&str] = &[
    include_str!("migrations/001_foundation.sql"),
    include_str!("migrations/002_assessment_decision_order.sql"),
    include_str!("migrations/003_assignees_visits_followups.sql"),
    include_str!("migrations/004_journal_hash_chain.sql"),
    include_str!("migrations/005_report_indexes.sql"),
    include_str!("migrations/006_chain_gaps.sql"),
    include_str!("migrations/007_people_and_cases.sql"),
    include_str!("migrations/008_staff_and_access.sql"),
    include_str!("migrations/009_due_process.sql"),
    include_str!("migrations/010_provider_plan.sql"),
    include_str!("migrations/011_ivo_reports.sql"),
    include_str!("migrations/012_seals.sql"),
    include_str!("migrations/013_hash_blobs.sql"),
    include_str!("migrations/014_no_stored_prev_hash.sql"),
    include_str!("migrations/015_seal_index_without_content.sql"),
    include_str!("migrations/016_drop_duplicate_orders_index.sql"),
    include_str!("migrations/017_indexes_read_alone.sql"),
    include_str!("migrations/018_reminder_indexes.sql"),
    include_str!("migrations/019_counted_cancellations.sql"),
    include_str!("migrations/020_order_contact.sql"),
    include_str!("migrations/021_follow_up_due_index.sql"),
];

/// How long a command waits for another process's write before it gives up.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// The schema version this binary writes.
pub fn latest_version() -> i64 {
    MIGRATION_SQL.len() as i64
}

/// The migrations as rusqlite_migration sees them, for `validate()` in the tests; files are
/// migrated by `migrate::to_latest`, which reads the version under the write lock.
pub fn migrations() -> Migrations<'static> {
    Migrations::new(
        MIGRATION_SQL
            .iter()
            .map(|sql| match migrate::step_after(sql) {
                Some(step) => M::up_with_hook(sql, move |tx: &rusqlite::Transaction| {
                    step(tx).map_err(rusqlite_migration::HookError::from)
                }),
                None => M::up(sql),
            })
            .collect(),
    )
}

/// Who acts, on which day, through which command: stored with every change.
#[derive(Debug, Clone)]
pub struct Actor {
    /// As recorded: `LOGIN`, or `LOGIN for NAME` when an administrator acts for NAME (S1).
    pub user: String,
    pub today: NaiveDate,
    pub command: &'static str,
}

impl Actor {
    /// The person whose roles apply and whom a new case belongs to: NAME of `LOGIN for NAME`,
    /// else the login (a login has no spaces, so the split is unambiguous).
    pub fn staff(&self) -> &str {
        self.user
            .split_once(" for ")
            .map_or(self.user.as_str(), |(_, name)| name)
    }
}

/// Whether opening may create the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// Create the file (and its folder) when missing: commands that write.
    Create,
    /// The file must exist: commands that only read.
    Existing,
}

pub struct Store {
    /// Taken on drop: an attached store hands its connection to the access note, which writes
    /// the command's line on it (S4), so that the file is opened and closed once per command.
    conn: std::mem::ManuallyDrop<Db>,
    path: PathBuf,
    actor: Actor,
    /// What the command's access line will say (S4), shared with the command's context.
    note: Rc<RefCell<access::Note>>,
    /// Gathers each write's changes of sealed records for their seals (`seal::record`).
    seals: seal::Recorder,
    /// Whether writes leave their seals to the end: a file written in bulk (`bulk::Bulk`).
    seal_at_end: bool,
}

#[cfg(test)]
thread_local! {
    /// Every statement the store prepares on this thread while noting (the plan tests).
    static NOTED: RefCell<Option<Vec<String>>> = const { RefCell::new(None) };
}

/// Starts noting every statement the store prepares on this thread (tests only).
#[cfg(test)]
pub fn start_noting() {
    NOTED.with(|n| *n.borrow_mut() = Some(Vec::new()));
}

/// The statements noted since [`start_noting`], each once, and stops noting.
#[cfg(test)]
pub fn noted_sql() -> Vec<String> {
    let mut list = NOTED.with(|n| n.borrow_mut().take().unwrap_or_default());
    let mut seen = std::collections::HashSet::new();
    list.retain(|s| seen.insert(s.clone()));
    list
}

#[cfg(test)]
fn noted(sql: &str) {
    NOTED.with(|n| {
        if let Some(list) = n.borrow_mut().as_mut() {
            list.push(sql.to_string());
        }
    });
}

#[cfg(not(test))]
#[inline(always)]
fn noted(_: &str) {}

/// The file as everything outside `store` sees it: what store functions read through, a
/// [`Store`] outside a write and a [`Tx`] within one (both dereference to it). The SQLite
/// connection inside is reachable from `store` only, so every statement lives here and the
/// compiler keeps the layers apart (README, "For developers").
#[repr(transparent)]
pub struct Db(Connection);

impl Db {
    /// A connection seen as a `Db`.
    pub(in crate::store) fn wrap(conn: &Connection) -> &Db {
        // SAFETY: `Db` is `repr(transparent)` over `Connection`, so the two references have the
        // same layout, and the lifetime is carried over unchanged.
        unsafe { &*(conn as *const Connection as *const Db) }
    }

    /// The connection, for the store's own statements.
    pub(in crate::store) fn conn(&self) -> &Connection {
        &self.0
    }

    pub(in crate::store) fn prepare_cached(
        &self,
        sql: &str,
    ) -> rusqlite::Result<rusqlite::CachedStatement<'_>> {
        noted(sql);
        self.0.prepare_cached(sql)
    }

    pub(in crate::store) fn prepare(&self, sql: &str) -> rusqlite::Result<rusqlite::Statement<'_>> {
        noted(sql);
        self.0.prepare(sql)
    }

    pub(in crate::store) fn query_row<T, P, F>(
        &self,
        sql: &str,
        params: P,
        f: F,
    ) -> rusqlite::Result<T>
    where
        P: rusqlite::Params,
        F: FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    {
        noted(sql);
        self.0.query_row(sql, params, f)
    }

    pub(in crate::store) fn execute<P: rusqlite::Params>(
        &self,
        sql: &str,
        params: P,
    ) -> rusqlite::Result<usize> {
        self.0.execute(sql, params)
    }

    pub(in crate::store) fn execute_batch(&self, sql: &str) -> rusqlite::Result<()> {
        self.0.execute_batch(sql)
    }

    pub(in crate::store) fn last_insert_rowid(&self) -> i64 {
        self.0.last_insert_rowid()
    }
}

impl std::ops::Deref for Store {
    type Target = Db;
    fn deref(&self) -> &Db {
        &self.conn
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        // SAFETY: `conn` is taken once, here, and the store is not used after `drop`.
        let conn = unsafe { std::mem::ManuallyDrop::take(&mut self.conn) };
        if let Ok(mut note) = self.note.try_borrow_mut()
            && note.path.is_some()
        {
            note.keep(conn);
        }
    }
}

impl Store {
    pub fn open(path: &Path, mode: OpenMode, actor: Actor) -> Result<Store> {
        let shown = path.display();
        match fs::symlink_metadata(path) {
            Ok(meta) if meta.file_type().is_symlink() => bail!(
                "{shown} is a symbolic link: give the real path of the file with --db (a link could point the records somewhere else)"
            ),
            Ok(meta) if !meta.is_file() => {
                bail!("{shown} is not a file: give the path of an insats file with --db")
            }
            Ok(_) => {}
            Err(e) if e.kind() == ErrorKind::NotFound => match mode {
                OpenMode::Existing => bail!(
                    "there is no insats file at {shown} yet: register a case with `insats apply` or create it with `insats init`"
                ),
                OpenMode::Create => create_private_file(path)?,
            },
            Err(e) => bail!(
                "cannot use {shown} ({e}): choose a readable, writable place with --db or INSATS_DB"
            ),
        }

        diagnose::refuse_unusable(path, " with --db")?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags)
            .map_err(|e| diagnose::explain_or(e, path, format!("cannot open {shown}")))?;
        conn.busy_timeout(BUSY_TIMEOUT)
            .context("cannot set the busy timeout")?;
        // Every statement is prepared once per process: the default cache of 16 is smaller
        // than what one command (and the demo) uses, and an evicted statement is parsed again.
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);

        check_identity(Db::wrap(&conn), path)?;
        set_pragmas(Db::wrap(&conn))
            .map_err(|e| diagnose::explain_or(e, path, format!("cannot prepare {shown}")))?;
        keep_wal(&conn, true);
        migrate::to_latest(&mut conn, MIGRATION_SQL).map_err(|e| {
            let context = format!(
                "cannot migrate {shown} to schema version {}",
                latest_version()
            );
            diagnose::explain_or(e, path, context)
        })?;
        Ok(Store {
            conn: std::mem::ManuallyDrop::new(Db(conn)),
            path: path.to_path_buf(),
            actor,
            note: Rc::default(),
            seals: seal::Recorder::default(),
            seal_at_end: false,
        })
    }

    /// Gathers this store's access facts in `note` (the command's, kept by its context).
    pub fn attach(&mut self, note: Rc<RefCell<access::Note>>) {
        note.borrow_mut().path = Some(self.path.clone());
        self.note = note;
    }

    /// What the command's access line will say (S4).
    pub fn note(&self) -> std::cell::RefMut<'_, access::Note> {
        self.note.borrow_mut()
    }

    /// The person acting, once the staff register has said who that is (S1).
    pub fn set_user(&mut self, user: String) {
        self.actor.user = user;
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether writes leave their seals to the end, for a new file written in bulk, which
    /// seals every row once when it is finished (`bulk::Bulk`).
    pub(in crate::store) fn set_seal_at_end(&mut self, at_end: bool) {
        self.seal_at_end = at_end;
    }

    pub fn actor(&self) -> &Actor {
        &self.actor
    }

    /// Runs `f` in one immediate transaction; commits only if it returns Ok.
    pub fn write<'s, T>(&'s mut self, f: impl FnOnce(&Tx<'s>) -> Result<T>) -> Result<T> {
        // Every change of a record of legal weight is sealed, whatever writes it: the hook
        // records the changes, and they are sealed as the transaction's last statements.
        // What an earlier write that failed had recorded is gone with it.
        self.seals.clear();
        let hook = (!self.seal_at_end).then(|| self.seals.start(&self.conn.0));
        let tx = self
            .conn
            .0
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("cannot start a write (is another process holding the file?)")?;
        let wrapped = Tx {
            tx,
            actor: std::cell::Cell::new(&self.actor),
            heads: std::cell::RefCell::new([None, None]),
            note: &self.note,
            seals: hook.as_ref().map(|_| &self.seals),
        };
        let value = f(&wrapped)?;
        if let Some(seals) = wrapped.seals {
            seals.flush(&wrapped).context("cannot seal the change")?;
        }
        drop(hook);
        wrapped.tx.commit().context("cannot commit the change")?;
        self.note.borrow_mut().committed = true;
        Ok(value)
    }
}

/// A write transaction that knows who acts.
pub struct Tx<'a> {
    tx: rusqlite::Transaction<'a>,
    actor: std::cell::Cell<&'a Actor>,
    /// The heads of the journal's and the audit trail's chains once this transaction has read
    /// or moved them, so that each append is one statement, not two: nothing else can append
    /// while the transaction holds the write lock, and a partial rollback goes through
    /// [`Tx::savepoint`], which forgets them.
    heads: std::cell::RefCell<[Option<chain::Head>; 2]>,
    /// The command's access note: the first case a change is audited on is the case its access
    /// line names (S4).
    note: &'a RefCell<access::Note>,
    /// The write's changes of sealed records, none while a file is written in bulk.
    seals: Option<&'a seal::Recorder>,
}

impl<'a> std::ops::Deref for Tx<'a> {
    type Target = Db;
    fn deref(&self) -> &Db {
        Db::wrap(&self.tx)
    }
}

impl<'a> Tx<'a> {
    pub fn actor(&self) -> &Actor {
        self.actor.get()
    }

    /// The actor acting now, for as long as the transaction (to act as them again later).
    pub fn current(&self) -> &'a Actor {
        self.actor.get()
    }

    /// Lets `actor` act for the rest of the transaction: the demo's cases are each written by
    /// their own caseworker within one transaction.
    pub fn act_as(&self, actor: &'a Actor) {
        self.actor.set(actor);
    }

    /// Appends a row to the journal's or the audit trail's chain; returns its id.
    pub fn append_chained(
        &self,
        chain: &chain::Chain,
        values: &[rusqlite::types::Value],
    ) -> Result<i64> {
        let slot = usize::from(chain.table == chain::AUDIT.table);
        let cached = self.heads.borrow_mut()[slot].take();
        let at = match cached {
            Some(h) => h,
            None => chain::head(self, chain)?,
        };
        let id = at.next_id;
        let next = chain::append_at(self, chain, values, at)?;
        self.heads.borrow_mut()[slot] = Some(next);
        Ok(id)
    }

    /// The id the next journal entry will get (a visit names the entry that records it before
    /// the entry is written, in the same write).
    pub fn next_journal_id(&self) -> Result<i64> {
        let slot = 0;
        if let Some(h) = &self.heads.borrow()[slot] {
            return Ok(h.next_id);
        }
        let h = chain::head(self, &chain::JOURNAL)?;
        let id = h.next_id;
        self.heads.borrow_mut()[slot] = Some(h);
        Ok(id)
    }

    /// Runs `f` in a savepoint: kept when it succeeds, undone when it fails (a refusal by the
    /// rules), and the rest of the transaction goes on either way. Returns whether it was kept.
    pub fn savepoint(&self, f: impl FnOnce(&Tx<'a>) -> Result<()>) -> Result<bool> {
        let run = |sql: &str| -> Result<()> {
            self.tx.prepare_cached(sql)?.execute([])?;
            Ok(())
        };
        run("SAVEPOINT step")?;
        let mark = self.seals.map(seal::Recorder::mark);
        match f(self) {
            Ok(()) => {
                run("RELEASE step")?;
                Ok(true)
            }
            Err(_) => {
                // What `f` appended is gone: read the heads again when next needed.
                *self.heads.borrow_mut() = [None, None];
                if let (Some(seals), Some(mark)) = (self.seals, mark) {
                    seals.undo_to(mark);
                }
                run("ROLLBACK TO step")?;
                run("RELEASE step")?;
                Ok(false)
            }
        }
    }

    /// Records one change in the audit trail (a hash chain like the journal: see `chain`).
    pub fn audit(&self, action: &str, case_id: Option<i64>) -> Result<()> {
        use rusqlite::types::Value;
        if let Some(id) = case_id
            && let Ok(mut note) = self.note.try_borrow_mut()
        {
            note.case(id, None);
        }
        self.append_chained(
            &chain::AUDIT,
            &[
                Value::Text(now()),
                Value::Text(self.actor().today.to_string()),
                Value::Text(self.actor().user.clone()),
                Value::Text(self.actor().command.to_string()),
                Value::Text(action.to_string()),
                case_id.map_or(Value::Null, Value::Integer),
            ],
        )
        .context("cannot write the audit trail")?;
        Ok(())
    }
}

/// The moment of writing, RFC 3339 in UTC to the second.
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Set when insats runs setgid on a shared host (S1): the file it creates belongs to the
/// service group, mode 0660 in a folder of mode 2770, instead of 0600 and 0700.
static SHARED_HOST: AtomicBool = AtomicBool::new(false);

/// Makes the files this process creates the service group's (see [`SHARED_HOST`]).
pub fn set_shared_host(shared: bool) {
    SHARED_HOST.store(shared, Ordering::Relaxed);
}

/// Whether this process runs for a shared host.
pub fn shared_host() -> bool {
    SHARED_HOST.load(Ordering::Relaxed)
}

/// Creates the file with mode 0600 (and its folder with 0700) before SQLite touches it; SQLite
/// gives the -wal and -shm files the same mode as the file.
pub(crate) fn create_private_file(path: &Path) -> Result<()> {
    let shown = path.display();
    let shared = SHARED_HOST.load(Ordering::Relaxed);
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(if shared { 0o2770 } else { 0o700 })
            .create(dir)
            .with_context(|| {
                format!(
                    "cannot create the folder {}: choose a writable place with --db or INSATS_DB",
                    dir.display()
                )
            })?;
    }
    match fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(if shared { 0o660 } else { 0o600 })
        .open(path)
    {
        Ok(_) => Ok(()),
        // Another process created it a moment ago: use it, unless it is a link.
        Err(e) if e.kind() == ErrorKind::AlreadyExists => match fs::symlink_metadata(path) {
            Ok(meta) if meta.is_file() => Ok(()),
            _ => bail!(
                "{shown} appeared while being created and is not a plain file: give the real path of the file with --db"
            ),
        },
        Err(e) => Err(diagnose::unwritable(path).unwrap_or_else(|| {
            anyhow::Error::new(e).context(format!(
                "cannot create {shown}: choose a writable place with --db or INSATS_DB"
            ))
        })),
    }
}

/// Refuses files that are not SQLite, not ours, or newer than this binary.
fn check_identity(conn: &Db, path: &Path) -> Result<()> {
    let shown = path.display();
    // One statement, so one snapshot: read separately, another process's first migration could
    // commit between the reads, and a file half seen before and half after looks foreign.
    let (app_id, version, objects): (i64, i64, i64) = conn
        .query_row(
            "SELECT (SELECT application_id FROM pragma_application_id()),
                    (SELECT user_version FROM pragma_user_version()),
                    (SELECT count(*) FROM sqlite_schema)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .map_err(|e| diagnose::explain_or(e, path, format!("cannot read {shown}")))?;
    if app_id != APPLICATION_ID && (version != 0 || objects != 0) {
        bail!(
            "{shown} is an SQLite database but not an insats file: give the path of an insats file with --db"
        );
    }
    if version > latest_version() {
        bail!(
            "{shown} has schema version {version}, newer than this insats knows (version {}): upgrade insats before using this file",
            latest_version()
        );
    }
    Ok(())
}

/// Keeps the `-wal` and `-shm` files when the last connection closes (SQLITE_FCNTL_PERSIST_WAL).
/// Closing still checkpoints everything into the file and empties the log (`journal_size_limit`
/// of 0, set on every open by `set_pragmas`), so the file alone
/// holds every commit; what is saved is creating the log again (and syncing its directory) on
/// every command, and deleting it at the end, which on this machine's file system costs more
/// than the command's own work (a `show`: 12.7 ms with, about 5 ms without).
///
/// Off while a new file is written in bulk (`store::bulk`): with it on, leaving WAL for the
/// rollback journal said it did but went on writing the log (a 100,000-case demo took twice
/// as long).
fn keep_wal(conn: &Connection, keep: bool) {
    let mut on: std::ffi::c_int = keep.into();
    // SAFETY: the handle is the open connection's own and lives for the call; the option takes
    // a pointer to an int, which `on` is, for the call's duration.
    let rc = unsafe {
        rusqlite::ffi::sqlite3_file_control(
            conn.handle(),
            c"main".as_ptr(),
            rusqlite::ffi::SQLITE_FCNTL_PERSIST_WAL,
            (&raw mut on).cast(),
        )
    };
    // Not kept is only slower: the file is as safe either way.
    let _ = rc;
}

fn set_pragmas(conn: &Db) -> Result<()> {
    // Switching a file to WAL needs it to itself for a moment, and SQLite answers "busy" at once
    // (without its busy handler) while another process has it open: wait and try again, as long
    // as the busy timeout would have.
    let started = std::time::Instant::now();
    let mode: String = loop {
        match conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0)) {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if matches!(
                    e.code,
                    rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                ) && started.elapsed() < BUSY_TIMEOUT =>
            {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            other => break other?,
        }
    };
    if !mode.eq_ignore_ascii_case("wal") {
        bail!("the file cannot use write-ahead logging (journal mode is {mode})");
    }
    // The log kept between commands (`keep_wal`) is emptied when the last connection closes,
    // after its checkpoint. Kept at its length instead, its frames stayed valid, and the next
    // command's first connection rebuilt the log's index from all of them: every command read
    // and checksummed the whole log again, and appended to it, so it only grew (8.9 MB after
    // one bench run; a third of a `show`'s instructions).
    conn.execute_batch(
        "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA journal_size_limit = 0;",
    )?;
    Ok(())
}

#[cfg(test)]
mod tests;
