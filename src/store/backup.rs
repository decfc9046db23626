//! Backups and restores through SQLite's online backup API: a consistent copy of the pages as
//! one transaction sees them, never a copy of the file's bytes (which, with a -wal beside it,
//! could miss committed writes or catch half of one).

use std::fs;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::Db;
use anyhow::{Context, Result, bail};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use super::chain;
use super::latest_version;
use super::safety::{self, CHAIN_VERSION};

/// A verified copy.
#[derive(Debug, Clone)]
pub struct Copied {
    pub path: PathBuf,
    pub bytes: u64,
    pub schema_version: i64,
    pub journal_entries: i64,
}

/// Copies every page of `src` into `dst` in one step, so that the copy is one consistent
/// snapshot. Waits a little while another connection holds a lock the copy needs.
fn copy_pages(src: &Connection, dst: &mut Connection) -> Result<()> {
    let backup = Backup::new(src, dst).context("cannot start the copy")?;
    for _ in 0..200 {
        match backup.step(-1).context("cannot copy the pages")? {
            StepResult::Done => return Ok(()),
            StepResult::More | StepResult::Busy | StepResult::Locked => {
                std::thread::sleep(Duration::from_millis(50))
            }
            _ => std::thread::sleep(Duration::from_millis(50)),
        }
    }
    bail!("the file stayed locked by another process for 10 seconds: try again")
}

/// The same file (same device and inode), seen through any path.
fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::metadata(a), fs::metadata(b)) {
        (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
        _ => false,
    }
}

fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Creates `dest` (mode 0600, must not exist), copies `src` into it, makes it a file that stands
/// alone (rollback journal, no -wal beside it), and checks its integrity. On any failure the
/// half-made copy is removed.
pub fn write_copy(src: &Connection, dest: &Path) -> Result<Copied> {
    write_copy_unchecked(src, dest)?;
    verify_copy(dest).inspect_err(|_| remove_copy(dest))
}

fn remove_copy(dest: &Path) {
    for p in safety::with_companions(dest) {
        let _ = fs::remove_file(p);
    }
}

/// The copy without its integrity check.
fn write_copy_unchecked(src: &Connection, dest: &Path) -> Result<()> {
    let shown = dest.display();
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(dest)
        .with_context(|| format!("cannot create {shown}"))?;
    let result = (|| -> Result<()> {
        let mut dst = Connection::open_with_flags(
            dest,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        copy_pages(src, &mut dst)?;
        // A rollback-journal file stands alone, and a read-only look at it (as when it is
        // verified or restored) leaves no -wal and -shm beside it, as a WAL file's would.
        let _: String = dst.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
        dst.close().map_err(|(_, e)| e)?;
        Ok(())
    })();
    if result.is_err() {
        remove_copy(dest);
    }
    result.with_context(|| format!("the copy {shown} failed and was removed"))
}

/// Opens the copy read-only and checks that it is a sound insats file.
fn verify_copy(path: &Path) -> Result<Copied> {
    let conn = safety::open_read_only(path)?;
    let integrity = safety::integrity_findings(Db::wrap(&conn))?;
    if let Some(first) = integrity.first() {
        bail!("the copy fails its integrity check ({first})");
    }
    describe(Db::wrap(&conn), path)
}

/// What the file at `path`, open as `conn`, holds.
fn describe(conn: &Db, path: &Path) -> Result<Copied> {
    let schema_version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let journal_entries: i64 = conn.query_row("SELECT count(*) FROM journal", [], |r| r.get(0))?;
    Ok(Copied {
        path: path.to_path_buf(),
        bytes: fs::metadata(path)?.len(),
        schema_version,
        journal_entries,
    })
}

/// `insats backup --out`: a verified copy of the live file at `out`. Without `force` an
/// existing `out` is refused; with it, it is replaced, but never by the live file itself.
pub fn backup_to(src: &Db, live: &Path, out: &Path, force: bool) -> Result<Copied> {
    let shown = out.display();
    match fs::symlink_metadata(out) {
        Ok(_) if same_file(live, out) => {
            bail!("{shown} is the file itself: give the backup another name")
        }
        Ok(m) if m.is_dir() => bail!("{shown} is a folder: give the backup a file name"),
        Ok(_) if !force => {
            bail!("{shown} exists already: choose another name, or give --force to replace it")
        }
        _ => {}
    }
    let name = out
        .file_name()
        .with_context(|| format!("{shown} names no file: give the backup a file name"))?;
    let folder = folder_of(out);
    if !folder.is_dir() {
        bail!(
            "the folder {} does not exist: create it first",
            folder.display()
        );
    }
    // A backup killed half-way left its partial copy: gone at the next run.
    remove_stale_partials(folder, &name.to_string_lossy());
    // Made beside the target and renamed into place, so a half-made backup never has its name.
    let partial = folder.join(format!(
        ".{}.partial-{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let mut copied = write_copy(src.conn(), &partial)?;
    let placed = if force {
        fs::rename(&partial, out)
    } else {
        // A hard link fails if `out` appeared meanwhile, where a rename would replace it.
        fs::hard_link(&partial, out).and_then(|()| fs::remove_file(&partial))
    };
    if let Err(e) = placed {
        let _ = fs::remove_file(&partial);
        bail!("cannot put the backup at {shown} ({e})");
    }
    sync_folder(folder);
    copied.path = out.to_path_buf();
    Ok(copied)
}

/// Removes `.NAME.partial-PID` files whose process is gone (a killed backup's).
fn remove_stale_partials(folder: &Path, name: &str) {
    let prefix = format!(".{name}.partial-");
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for e in entries.flatten() {
        let file = e.file_name();
        let Some(pid) = file
            .to_str()
            .and_then(|f| f.strip_prefix(&prefix))
            .and_then(|p| p.parse::<i32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() as i32 && !process_alive(pid) {
            let _ = fs::remove_file(e.path());
        }
    }
}

/// Whether a process with this id runs (signal 0 reaches it, or it exists under another user).
fn process_alive(pid: i32) -> bool {
    // SAFETY: kill with signal 0 only checks that the process exists; nothing is sent.
    let r = unsafe { libc::kill(pid, 0) };
    r == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

/// Appends the chain heads of the backup at `copy` to `insats.anchors` beside it; returns the
/// anchor file's path.
pub fn anchor_copy(copy: &Path) -> Result<PathBuf> {
    let conn = safety::open_read_only(copy)?;
    let heads = super::anchor::heads(Db::wrap(&conn))?;
    let path = folder_of(copy).join(super::anchor::BESIDE_BACKUPS);
    super::anchor::append(&path, &super::now(), &heads)?;
    Ok(path)
}

/// Makes a rename durable. Best effort: some file systems cannot sync a folder.
fn sync_folder(folder: &Path) {
    if let Ok(f) = fs::File::open(folder) {
        let _ = f.sync_all();
    }
}

/// Checks that `path` can be restored: an insats file, sound, not newer than this binary, and
/// (from schema version 4 on) with intact hash chains. Returns what it holds.
pub fn inspect_backup(path: &Path) -> Result<Copied> {
    let conn = safety::open_read_only(path)?;
    let shown = path.display();
    let integrity = safety::integrity_findings(Db::wrap(&conn))?;
    if let Some(first) = integrity.first() {
        bail!("{shown} fails its integrity check ({first}): it cannot be restored");
    }
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > latest_version() {
        bail!(
            "{shown} has schema version {version}, newer than this insats knows (version {}): restore it with a newer insats",
            latest_version()
        );
    }
    if version >= CHAIN_VERSION {
        for c in chain::present(Db::wrap(&conn))? {
            if let Some(first) = chain::verify(Db::wrap(&conn), &c)?.findings.first() {
                bail!("{shown} was changed outside insats ({first}): it is not restored");
            }
        }
    }
    // The schema as this insats makes it: an older backup is migrated in a copy first.
    let findings = if version == latest_version() {
        super::schema_check::schema_findings(&conn)?
    } else {
        let mut copy = Connection::open_in_memory()?;
        copy_pages(&conn, &mut copy)?;
        super::migrate::to_latest(&mut copy, super::MIGRATION_SQL)
            .map_err(|e| anyhow::anyhow!("{shown} does not migrate ({e:#}): it is not restored"))?;
        super::schema_check::schema_findings(&copy)?
    };
    if let Some(first) = findings.first() {
        bail!("{shown} was changed outside insats ({first}): it is not restored");
    }
    describe(Db::wrap(&conn), path)
}

/// What a restore did.
#[derive(Debug, Clone)]
pub struct Restored {
    /// Where the replaced file was kept (none when there was no file).
    pub aside: Option<PathBuf>,
    pub schema_version: i64,
    pub journal_entries: i64,
}

/// `<db>.replaced-<stamp>`, or with `-2`, `-3`, ... when that name is taken.
fn aside_name(live: &Path, stamp: &str) -> PathBuf {
    let base = format!("{}.replaced-{stamp}", live.display());
    let mut candidate = PathBuf::from(&base);
    let mut n = 2;
    while fs::symlink_metadata(&candidate).is_ok() {
        candidate = PathBuf::from(format!("{base}-{n}"));
        n += 1;
    }
    candidate
}

/// Replaces the live file's content with the backup's, after keeping a copy of the live file
/// aside. Both go through the backup API: the live file is written in one transaction, under
/// SQLite's locks, so a process that has it open sees either the old or the restored content.
pub fn restore(live: &Path, from: &Path, stamp: &str) -> Result<Restored> {
    if same_file(live, from) {
        bail!(
            "{} is the file itself: give the path of a backup",
            from.display()
        );
    }
    inspect_backup(from)?;
    let aside = match fs::symlink_metadata(live) {
        Ok(m) if m.file_type().is_symlink() => bail!(
            "{} is a symbolic link: give the real path of the file with --db",
            live.display()
        ),
        Ok(_) => Some(aside_name(live, stamp)),
        Err(_) => {
            super::create_private_file(live)?;
            None
        }
    };
    let mut dst = open_live(live)?;
    if let Some(aside) = &aside {
        match copy_aside(&dst, aside) {
            Ok(()) => {}
            Err(e) if unreadable(&e) => {
                drop(dst);
                move_aside(live, aside)?;
                super::create_private_file(live)?;
                dst = open_live(live)?;
            }
            Err(e) => return Err(e.context("cannot keep the file aside; nothing was restored")),
        }
    }
    let src = safety::open_read_only(from)?;
    copy_pages(&src, &mut dst).with_context(|| {
        format!(
            "cannot restore into {} (the file is as it was)",
            live.display()
        )
    })?;
    drop(src);
    if let Some(first) = safety::integrity_findings(Db::wrap(&dst))?.first() {
        bail!("the restored file fails its integrity check ({first})");
    }
    let schema_version: i64 = dst.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let journal_entries: i64 = dst.query_row("SELECT count(*) FROM journal", [], |r| r.get(0))?;
    Ok(Restored {
        aside,
        schema_version,
        journal_entries,
    })
}

fn open_live(live: &Path) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        live,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .with_context(|| format!("cannot open {}", live.display()))?;
    conn.busy_timeout(Duration::from_secs(10))?;
    Ok(conn)
}

/// Copies the live file to `aside` (mode 0600). Its integrity is not required: a damaged file
/// is kept as it is. If another process commits while the copy is made, the copy is made again,
/// so that the kept file holds every write made before the restore.
fn copy_aside(live: &Connection, aside: &Path) -> Result<()> {
    let data_version =
        || -> rusqlite::Result<i64> { live.query_row("PRAGMA data_version", [], |r| r.get(0)) };
    for _ in 0..5 {
        let before = data_version()?;
        write_copy_unchecked(live, aside)?;
        if data_version()? == before {
            return Ok(());
        }
        let _ = fs::remove_file(aside);
    }
    bail!("the file keeps changing: stop the other users of the file, then restore")
}

/// SQLite cannot read the file at all (a damaged header or not a database).
fn unreadable(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        matches!(
            c.downcast_ref::<rusqlite::Error>()
                .and_then(rusqlite::Error::sqlite_error_code),
            Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt)
        )
    })
}

/// Moves an unreadable file and its -wal and -shm to `aside` (no process can be using it).
fn move_aside(live: &Path, aside: &Path) -> Result<()> {
    for p in safety::with_companions(live) {
        let suffix = &p.as_os_str().to_string_lossy()[live.as_os_str().len()..];
        let target = PathBuf::from(format!("{}{suffix}", aside.display()));
        fs::rename(&p, &target).with_context(|| {
            format!("cannot move {} aside to {}", p.display(), target.display())
        })?;
    }
    sync_folder(folder_of(live));
    Ok(())
}
