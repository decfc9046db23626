//! `insats check` in the store: integrity, foreign keys, the pragmas kept in the file, file
//! modes, and the hash chains; and the network-file-system test done on every open.
//!
//! Checking changes nothing: no migration, no backfill, no repair (`query_only`).

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::Db;
use anyhow::{Context, Result, bail};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use super::chain::{self, Chain};
use super::{APPLICATION_ID, latest_version};

mod indexes;
mod jobs;
mod keys;

/// Findings of one kind beyond this many are summed up in one line.
const MAX_PER_KIND: usize = 20;

/// The most rows of SQLite's integrity check reported, as `PRAGMA integrity_check` stops at.
const MAX_INTEGRITY_ROWS: usize = 100;

/// The schema version that added the hash chains.
pub const CHAIN_VERSION: i64 = 4;

#[derive(Debug, Clone, Serialize)]
pub struct Pragmas {
    pub journal_mode: String,
    pub application_id: i64,
    pub user_version: i64,
    pub page_size: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChainState {
    pub table: &'static str,
    pub rows: i64,
    /// The last row's hash: keep it elsewhere to notice a chain recomputed or cut off later.
    pub head: String,
    pub intact: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Checked {
    pub ok: bool,
    pub db: String,
    /// A copy made by `insats backup` (journal mode delete, as backups are kept on purpose).
    pub backup: bool,
    pub integrity: bool,
    pub pragmas: Pragmas,
    pub chains: Vec<ChainState>,
    pub findings: Vec<String>,
}

impl Checked {
    pub fn journal_entries(&self) -> i64 {
        self.chain("journal").map_or(0, |c| c.rows)
    }

    pub fn chain(&self, table: &str) -> Option<&ChainState> {
        self.chains.iter().find(|c| c.table == table)
    }
}

/// Opens an insats file read-only, as the source of a restore or to verify a copy. Refuses
/// links, missing files, and files that are not SQLite or not ours.
pub fn open_read_only(path: &Path) -> Result<Connection> {
    open_existing(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
}

/// Opens the live file for `check`: read-write at the SQLite level, so that on closing it tidies
/// its -wal and -shm away as any last connection does (a read-only connection would leave new
/// ones behind), but with `query_only`, so that no statement can change anything.
pub(super) fn open_for_check(path: &Path) -> Result<Connection> {
    let conn = open_existing(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    conn.pragma_update(None, "query_only", true)?;
    Ok(conn)
}

fn open_existing(path: &Path, mode: OpenFlags) -> Result<Connection> {
    let shown = path.display();
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            bail!("{shown} is a symbolic link: give the real path of the file")
        }
        Ok(m) if !m.is_file() => bail!("{shown} is not a file: give the path of an insats file"),
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            bail!("there is no file at {shown}: give the path of an insats file")
        }
        Err(e) => bail!("cannot read {shown} ({e})"),
    }
    super::diagnose::refuse_unusable(path, "")?;
    let flags = mode | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)
        .map_err(|e| super::diagnose::explain_or(e, path, format!("cannot open {shown}")))?;
    conn.busy_timeout(Duration::from_secs(10))?;
    let app_id: i64 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(|e| super::diagnose::explain_or(e, path, format!("cannot read {shown}")))?;
    if app_id != APPLICATION_ID {
        bail!("{shown} is not an insats file");
    }
    Ok(conn)
}

/// Everything `insats check` looks at, as findings (an empty list means all is well).
pub fn check_file(path: &Path, anchor: Option<&Path>) -> Result<Checked> {
    let conn = open_for_check(path)?;
    let mut findings = Vec::new();
    // Everything below reads one snapshot: writers going on meanwhile cannot make the chains,
    // the audit trail and the journal's end disagree (no false alarms under load).
    conn.execute_batch("BEGIN DEFERRED")?;
    let _: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;

    for p in with_companions(path) {
        if let Some(f) = mode_finding(&p) {
            findings.push(f);
        }
    }
    if let Some(kind) = network_fs(path) {
        findings.push(network_warning(path, kind));
    }
    findings.extend(links_finding(path));

    let pragma = |name: &str| -> Result<i64> {
        Ok(conn.query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))?)
    };
    let pragmas = Pragmas {
        journal_mode: conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?,
        application_id: pragma("application_id")?,
        user_version: pragma("user_version")?,
        page_size: pragma("page_size")?,
    };
    // A backup is kept in journal mode delete on purpose, so that it stands alone as one file.
    let backup = pragmas.journal_mode.eq_ignore_ascii_case("delete");
    if !backup && !pragmas.journal_mode.eq_ignore_ascii_case("wal") {
        findings.push(format!(
            "journal mode is {}, not wal: any write with insats sets it back",
            pragmas.journal_mode
        ));
    }
    let version = pragmas.user_version;
    if version > latest_version() {
        findings.push(format!(
            "schema version {version} is newer than this insats knows ({}): check it with a newer insats",
            latest_version()
        ));
    } else if version < latest_version() {
        findings.push(format!(
            "schema version {version} is older than this insats ({}): any write (`insats init`) migrates it{}",
            latest_version(),
            if version < CHAIN_VERSION {
                " and adds the hash chains"
            } else {
                ""
            }
        ));
    }

    if version == latest_version() {
        findings.extend(super::schema_check::schema_findings(&conn)?);
        findings.extend(super::schema_check::guideline_findings(Db::wrap(&conn))?);
    }
    // Everything else is read on two connections reading the same snapshot, both cores
    // sharing the pieces out (issue 21); on one when a writer committed between the two.
    let beside = (version == latest_version())
        .then(|| same_snapshot(path, &conn))
        .transpose()?
        .flatten();
    let chained = version >= CHAIN_VERSION;
    let sealed = chained && super::seal::has_seals(Db::wrap(&conn))?;
    let plan = jobs::plan(Db::wrap(&conn), chained, sealed)?;
    let done = jobs::run_all(&conn, beside, &plan)?;
    let found = assemble(&conn, done)?;
    let integrity_ok = found.integrity.is_empty();
    let chains = found.chains;
    findings.extend(found.integrity);
    findings.extend(found.foreign_keys);
    findings.extend(found.findings);
    // Anchors: the chains must still pass through every head anchored before; when they do
    // (and all else is sound), today's heads are anchored too.
    if let Some(a) = anchor {
        findings.extend(super::anchor::verify(Db::wrap(&conn), a)?);
        if findings.is_empty() {
            let heads = super::anchor::heads(Db::wrap(&conn))?;
            super::anchor::append(a, &super::now(), &heads)?;
        }
    }
    conn.execute_batch("COMMIT")?;

    Ok(Checked {
        ok: findings.is_empty(),
        db: path.display().to_string(),
        backup,
        integrity: integrity_ok,
        pragmas,
        chains,
        findings,
    })
}

/// The ends of the chains every insats transaction appends to (a change writes its audit line,
/// a reading its access line): two read transactions that see the same ends see the same
/// commits of insats.
fn snapshot_mark(conn: &Connection) -> Result<Vec<Option<i64>>> {
    Ok(conn.query_row(
        "SELECT (SELECT max(id) FROM audit), (SELECT max(id) FROM access_log),
                (SELECT max(id) FROM journal), (SELECT max(id) FROM seal)",
        [],
        |r| Ok(vec![r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?]),
    )?)
}

/// A second connection in a read transaction on the snapshot `conn` reads, or none when a
/// writer committed between the two (then everything runs on `conn`, one after the other).
fn same_snapshot(path: &Path, conn: &Connection) -> Result<Option<Connection>> {
    let mark = snapshot_mark(conn)?;
    let other = open_for_check(path)?;
    other.execute_batch("BEGIN DEFERRED")?;
    if snapshot_mark(&other)? == mark {
        Ok(Some(other))
    } else {
        Ok(None)
    }
}

/// The rows an integrity check returns, without its "ok".
fn integrity_rows(conn: &Db, sql: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(sql)?;
    let rows: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()
        .context("cannot run the integrity check")?;
    Ok(rows.into_iter().filter(|r| r != "ok").collect())
}

/// What the pieces of `check` found, put in the order it is reported.
struct Assembled {
    /// SQLite's integrity check, as findings.
    integrity: Vec<String>,
    foreign_keys: Vec<String>,
    chains: Vec<ChainState>,
    /// The chains' findings, the journal's end, the recorded gaps and the seals.
    findings: Vec<String>,
}

/// Puts what the pieces found in the order it is reported.
fn assemble(conn: &Connection, done: Vec<jobs::Done>) -> Result<Assembled> {
    let mut integrity: Vec<String> = Vec::new();
    let mut foreign_keys = Vec::new();
    let mut chains = Vec::new();
    let mut findings = Vec::new();
    let mut seals = Vec::new();
    let mut kept = Vec::new();
    let mut journal_last = None;
    let mut any_chain = false;
    for d in done {
        match d {
            jobs::Done::Integrity(rows) => {
                for r in rows {
                    if integrity.len() < MAX_INTEGRITY_ROWS && !integrity.contains(&r) {
                        integrity.push(r);
                    }
                }
            }
            jobs::Done::ForeignKeys(list) => foreign_keys = list,
            jobs::Done::Chain(c, v) => {
                any_chain = true;
                if c.table == chain::JOURNAL.table {
                    // Entries deleted under R2 at the journal's end are recorded gaps, not a cut.
                    journal_last = v.last_id.max(v.last_gap_id);
                }
                chains.push(ChainState {
                    table: c.table,
                    rows: v.rows,
                    head: v.head,
                    intact: v.findings.is_empty(),
                });
                findings.extend(capped(&c, v.findings));
            }
            jobs::Done::Seals(list) => seals.extend(list),
            jobs::Done::Kept(list) => kept.extend(list),
        }
    }
    if any_chain {
        findings.extend(journal_end_finding(Db::wrap(conn), journal_last)?);
        findings.extend(chain::unvouched_gaps(Db::wrap(conn))?);
    }
    // Every record of legal weight against its latest seal (schema version 12).
    findings.extend(seals);
    // The tables kept by triggers against what they keep (schema version 20).
    findings.extend(kept);
    let integrity = integrity
        .into_iter()
        .map(|r| format!("integrity: {r}"))
        .collect();
    Ok(Assembled {
        integrity,
        foreign_keys,
        chains,
        findings,
    })
}

fn capped(c: &Chain, mut list: Vec<String>) -> Vec<String> {
    if list.len() > MAX_PER_KIND {
        let more = list.len() - MAX_PER_KIND;
        list.truncate(MAX_PER_KIND);
        list.push(format!("... and {more} more broken {} rows", c.table));
    }
    list
}

/// `PRAGMA integrity_check`: nothing when it says "ok".
pub fn integrity_findings(conn: &Db) -> Result<Vec<String>> {
    Ok(integrity_rows(conn, "PRAGMA integrity_check(100)")?
        .into_iter()
        .map(|r| format!("integrity: {r}"))
        .collect())
}

/// A table's, index's or column's name as an SQL identifier.
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Whether `table` was made WITHOUT ROWID.
fn without_rowid(conn: &Db, table: &str) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT coalesce(sql, '') LIKE '%WITHOUT ROWID%' FROM sqlite_schema
         WHERE type = 'table' AND name = ?1",
        [table],
        |r| r.get(0),
    )?)
}

/// The column that is `table`'s rowid: its one primary key column, declared INTEGER, in a table
/// with rowids. `None` when it has none, or there is no such table.
fn rowid_column(conn: &Db, table: &str) -> Result<Option<String>> {
    let pk: Option<String> = conn.query_row(
        "SELECT CASE WHEN count(*) = 1 AND upper(min(type)) = 'INTEGER' THEN min(name) END
         FROM pragma_table_info(?1) WHERE pk > 0",
        [table],
        |r| r.get(0),
    )?;
    Ok(match pk {
        Some(_) if without_rowid(conn, table)? => None,
        pk => pk,
    })
}

/// The rows whose foreign key names a missing row ([`keys::dangling`]), as `check` words them.
fn foreign_key_findings(conn: &Db) -> Result<Vec<String>> {
    let rows = keys::dangling(conn)?;
    let n = rows.len();
    let mut list: Vec<String> = rows
        .into_iter()
        .take(MAX_PER_KIND)
        .map(|(table, rowid, parent)| match rowid {
            Some(id) => {
                format!("foreign key: {table} row {id} refers to a missing row of {parent}")
            }
            None => format!("foreign key: a row of {table} refers to a missing row of {parent}"),
        })
        .collect();
    if n > MAX_PER_KIND {
        list.push(format!(
            "... and {} more foreign key errors",
            n - MAX_PER_KIND
        ));
    }
    Ok(list)
}

/// Rows cut off the journal's end leave the chain intact; the audit trail still names them.
fn journal_end_finding(conn: &Db, last: Option<i64>) -> Result<Option<String>> {
    let recorded: Option<i64> = conn.query_row(
        "SELECT max(CAST(substr(action, instr(action, '#') + 1) AS INTEGER)) FROM audit
         WHERE action GLOB 'journal * #[0-9]*'",
        [],
        |r| r.get(0),
    )?;
    Ok(match (recorded, last) {
        (Some(r), Some(l)) if r > l => Some(format!(
            "the audit trail records journal entry #{r}, but the journal ends at #{l}: entries were cut off its end outside insats"
        )),
        (Some(r), None) => Some(format!(
            "the audit trail records journal entry #{r}, but the journal is empty: entries were deleted outside insats"
        )),
        _ => None,
    })
}

/// The file and, where present, its -wal and -shm files.
pub fn with_companions(path: &Path) -> Vec<PathBuf> {
    let mut list = vec![path.to_path_buf()];
    for suffix in ["-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let p = PathBuf::from(name);
        if p.exists() {
            list.push(p);
        }
    }
    list
}

/// A file of case records may be read by its owner only; on a shared host (insats running
/// setgid) by its owner and the service group, and by nobody else.
fn mode_finding(path: &Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let meta = fs::metadata(path).ok()?;
    let mode = meta.permissions().mode() & 0o777;
    if super::shared_host() && meta.gid() == crate::host::service_gid() {
        return (mode & 0o007 != 0).then(|| {
            format!(
                "{} has mode {mode:04o}: others than the service group may read it; make it the group's only with `chmod 660 {}`",
                path.display(),
                path.display()
            )
        });
    }
    (mode & 0o077 != 0).then(|| {
        format!(
            "{} has mode {mode:04o}: others may read it; make it private with `chmod 600 {}`",
            path.display(),
            path.display()
        )
    })
}

/// A file with more than one name (hard link). SQLite keeps the write-ahead log and its index
/// beside the name a command opens, so a command under one name does not see what a command
/// under another left in that name's log; the next checkpoint writes older pages over newer
/// ones, and the file is damaged (SQLite's "How To Corrupt An SQLite Database File", 2.4).
pub fn links_finding(path: &Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let links = fs::metadata(path).ok()?.nlink();
    (links > 1).then(|| {
        format!(
            "{} has {links} names (hard links): SQLite keeps its log beside each name, and using the file under two names damages it; remove the other names (`find / -xdev -samefile {}`) and make copies with `insats backup`",
            path.display(),
            path.display()
        )
    })
}

/// The warning printed when the file sits on a network file system.
pub fn network_warning(path: &Path, kind: &str) -> String {
    format!(
        "{} sits on a network file system ({kind}): SQLite locking is unreliable there, so concurrent use can corrupt it; keep the file on a local disk",
        path.display()
    )
}

/// The network file system `path` (or, when it does not exist yet, its folder) sits on.
pub fn network_fs(path: &Path) -> Option<&'static str> {
    let probe = if path.exists() {
        path
    } else {
        path.parent().filter(|p| !p.as_os_str().is_empty())?
    };
    fs_magic(probe).and_then(classify_fs)
}

#[cfg(target_os = "linux")]
fn fs_magic(path: &Path) -> Option<u32> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).ok()?;
    // SAFETY: `c` is a valid NUL-terminated string and `buf` a zeroed statfs that the call fills.
    let mut buf: libc::statfs = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::statfs(c.as_ptr(), &mut buf) };
    // f_type is a signed word whose width varies by platform; the magic numbers are 32 bits.
    (rc == 0).then_some(buf.f_type as u32)
}

#[cfg(not(target_os = "linux"))]
fn fs_magic(_: &Path) -> Option<u32> {
    None
}

/// Linux file system magic numbers (statfs(2), linux/magic.h) of file systems on which
/// SQLite's POSIX locks cannot be trusted: NFS, SMB/CIFS, AFS, Coda, 9p (WSL's and virtual
/// machines' shared folders), Ceph, and FUSE, which covers sshfs and other network mounts (and
/// some local ones, hence "may be" in its name).
pub fn classify_fs(magic: u32) -> Option<&'static str> {
    Some(match magic {
        0x6969 => "nfs",
        0x517B => "smb",
        0xFF53_4D42 => "cifs",
        0xFE53_4D42 => "smb2",
        0x5346_414F | 0x6B41_4653 => "afs",
        0x7375_7245 => "coda",
        0x0102_1997 => "9p",
        0x00C3_6400 => "ceph",
        0x6573_5546 => "fuse, may be a network mount such as sshfs",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_file_systems_are_recognised_and_local_ones_are_not() {
        assert_eq!(classify_fs(0x6969), Some("nfs"));
        assert_eq!(classify_fs(0xFF53_4D42), Some("cifs"));
        assert_eq!(classify_fs(0xFE53_4D42), Some("smb2"));
        assert_eq!(classify_fs(0x517B), Some("smb"));
        assert!(classify_fs(0x6573_5546).is_some_and(|k| k.starts_with("fuse")));
        // ext4, xfs, btrfs, tmpfs, overlayfs, zfs.
        for local in [
            0xEF53,
            0x5846_5342,
            0x9123_683E,
            0x0102_1994,
            0x794C_7630,
            0x2FC1_2FC1,
        ] {
            assert_eq!(classify_fs(local), None, "{local:#x}");
        }
    }

    #[test]
    fn the_local_temp_folder_is_not_a_network_file_system() {
        let dir = std::env::temp_dir();
        assert_eq!(network_fs(&dir.join("not-there.db")), None);
    }
}
