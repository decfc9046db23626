//! True messages for a file that cannot be used: not an insats file, damaged, immutable, in a
//! folder that cannot be written, or on a full disk.
//!
//! SQLite says "file is not a database" for a text file and for a cut-off insats file alike, and
//! "unable to open database file" for a read-only folder; what is wrong is told here from the
//! file's first 100 bytes (its header), its size and the folder's state.

use std::ffi::CString;
use std::fs;
use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use anyhow::anyhow;
use rusqlite::ErrorCode;

use super::APPLICATION_ID;

/// The first bytes of every SQLite file.
const MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// What the header and the size say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    /// No bytes yet: a new file.
    Empty,
    /// An SQLite file that looks whole; `ours` when it carries insats's application id.
    Sqlite { ours: bool },
    /// An insats (or SQLite) file whose header or length is broken: what is wrong.
    Damaged(String),
    /// Neither SQLite nor insats.
    NotSqlite,
}

/// Reads the header and the size of `path` (nothing else).
pub fn shape(path: &Path) -> std::io::Result<Shape> {
    let size = fs::metadata(path)?.len();
    if size == 0 {
        return Ok(Shape::Empty);
    }
    let mut head = Vec::with_capacity(100);
    fs::File::open(path)?.take(100).read_to_end(&mut head)?;
    Ok(judge(&head, size, has_wal(path)))
}

/// The judgement on a header `head` (up to 100 bytes) of a file of `size` bytes; `wal` when a
/// non-empty -wal file beside it may hold what the file itself lacks (a checkpoint cut short).
pub fn judge(head: &[u8], size: u64, wal: bool) -> Shape {
    let be32 = |at: usize| -> Option<u64> {
        head.get(at..at + 4)
            .map(|b| u64::from(u32::from_be_bytes([b[0], b[1], b[2], b[3]])))
    };
    let ours = be32(68) == Some(APPLICATION_ID as u64);
    if head.len() < 100 {
        let prefix = head.len().min(MAGIC.len());
        return if head[..prefix] == MAGIC[..prefix] {
            Shape::Damaged(format!("cut off at {size} bytes, inside its header"))
        } else {
            Shape::NotSqlite
        };
    }
    if head[..16] != MAGIC[..] {
        // Insats's id or SQLite's fixed header bytes past an overwritten start: a damaged file.
        let fixed = head[21..24] == [64, 32, 32];
        return if ours || fixed {
            Shape::Damaged("its header is overwritten".into())
        } else {
            Shape::NotSqlite
        };
    }
    let page = match u64::from(u16::from_be_bytes([head[16], head[17]])) {
        1 => 65536,
        p if (512..=32768).contains(&p) && p.is_power_of_two() => p,
        _ => return Shape::Damaged("its header names no valid page size".into()),
    };
    // The page count in the header is valid only when its change counter matches.
    let pages = be32(28).filter(|&n| n > 0 && be32(24) == be32(92));
    if !wal {
        if let Some(n) = pages
            && size < n * page
        {
            return Shape::Damaged(format!(
                "cut off: {size} of its {} bytes are there",
                n * page
            ));
        }
        if !size.is_multiple_of(page) {
            return Shape::Damaged(format!("cut off: {size} bytes, not whole pages of {page}"));
        }
    }
    Shape::Sqlite { ours }
}

fn has_wal(path: &Path) -> bool {
    let mut name = path.as_os_str().to_owned();
    name.push("-wal");
    fs::metadata(name).is_ok_and(|m| m.len() > 0)
}

/// Refuses, with its own message, a file that is not SQLite at all or is damaged.
pub fn refuse_unusable(path: &Path, with_db: &str) -> anyhow::Result<()> {
    match shape(path) {
        Ok(Shape::NotSqlite) => Err(not_insats(path, with_db)),
        Ok(Shape::Damaged(what)) => Err(damaged(path, &what)),
        // Unreadable: opening it says why, through [`explain`].
        _ => Ok(()),
    }
}

fn not_insats(path: &Path, with_db: &str) -> anyhow::Error {
    anyhow!(
        "{} is not an insats file (not an SQLite database at all): give the path of an insats file{with_db}",
        path.display()
    )
}

fn damaged(path: &Path, what: &str) -> anyhow::Error {
    anyhow!(
        "{} is damaged ({what}): restore from a backup with `insats restore BACKUP`",
        path.display()
    )
}

/// What went wrong with `path`, as one true sentence, when `err` is SQLite's or the system's
/// way of saying that the file is damaged, cannot be written, or the disk is full; else `err`.
pub fn explain(err: anyhow::Error, path: &Path) -> anyhow::Error {
    let Some(kind) = kind_of(&err) else {
        return err;
    };
    match kind {
        Kind::Full => anyhow!(full_message()),
        Kind::Damaged => match shape(path) {
            Ok(Shape::NotSqlite) => not_insats(path, " with --db"),
            Ok(Shape::Damaged(what)) => damaged(path, &what),
            _ => damaged(path, "SQLite finds its pages corrupt"),
        },
        // SQLite's -shm cannot grow on a full disk: an I/O error then, not "full".
        Kind::CannotWrite if no_space(folder(path)) => anyhow!(full_message()),
        Kind::CannotWrite => unwritable(path).unwrap_or(err),
    }
}

/// [`explain`], or else `err` with `context` ("cannot open FILE") before it.
pub fn explain_or(err: impl Into<anyhow::Error>, path: &Path, context: String) -> anyhow::Error {
    let err = err.into();
    if kind_of(&err).is_some() {
        let told = explain(err, path);
        if kind_of(&told).is_none() {
            return told;
        }
        return told.context(context);
    }
    err.context(context)
}

/// The disk-full sentence (one, however many writes failed on it).
pub fn full_message() -> String {
    "the disk is full: nothing was written; free some space and run the command again".into()
}

/// Whether `err` says that the disk is full.
pub fn is_disk_full(err: &anyhow::Error) -> bool {
    kind_of(err) == Some(Kind::Full) || err.to_string() == full_message()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Full,
    Damaged,
    CannotWrite,
}

fn kind_of(err: &anyhow::Error) -> Option<Kind> {
    err.chain().find_map(|c| {
        if let Some(rusqlite::Error::SqliteFailure(e, _)) = c.downcast_ref::<rusqlite::Error>() {
            return match e.code {
                ErrorCode::DiskFull => Some(Kind::Full),
                ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase => Some(Kind::Damaged),
                ErrorCode::ReadOnly
                | ErrorCode::CannotOpen
                | ErrorCode::PermissionDenied
                | ErrorCode::SystemIoFailure => Some(Kind::CannotWrite),
                _ => None,
            };
        }
        let io = c.downcast_ref::<std::io::Error>()?;
        match io.kind() {
            std::io::ErrorKind::StorageFull => Some(Kind::Full),
            std::io::ErrorKind::ReadOnlyFilesystem => Some(Kind::CannotWrite),
            _ => None,
        }
    })
}

/// Why `path` (or the folder that holds it and its -wal and -shm) cannot be written, when that
/// can be told: immutable, read-only for this user, or on a read-only file system.
pub fn unwritable(path: &Path) -> Option<anyhow::Error> {
    let dir = folder(path);
    let (f, d) = (path.display(), dir.display());
    if immutable(path) {
        return Some(anyhow!(
            "{f} is immutable (chattr +i): nothing can change it; an administrator lifts that with `chattr -i {f}`"
        ));
    }
    if immutable(dir) {
        return Some(anyhow!(
            "the folder {d} is immutable (chattr +i): SQLite cannot keep the file's -wal and -shm beside it; an administrator lifts that with `chattr -i {d}`"
        ));
    }
    if read_only_fs(dir) {
        return Some(anyhow!(
            "{d} is on a file system mounted read-only: insats cannot write there; use a copy on a writable disk"
        ));
    }
    if !writable(dir) {
        return Some(anyhow!(
            "the folder {d} cannot be written by you: SQLite keeps the file's -wal and -shm beside it; make the folder writable for you or move the file"
        ));
    }
    if path.exists() && !writable(path) {
        return Some(anyhow!(
            "{f} is read-only for you: make it writable by its owner (`chmod 600 {f}`) or ask its owner"
        ));
    }
    None
}

/// The folder holding `path` ("." for a bare name).
fn folder(path: &Path) -> &Path {
    match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(d) => d,
        None => Path::new("."),
    }
}

/// No block left for an ordinary user on the file system holding `dir`.
fn no_space(dir: &Path) -> bool {
    let Some(c) = c_path(dir) else {
        return false;
    };
    // SAFETY: `c` is a valid path and `buf` a zeroed statvfs that the call fills.
    let mut buf: libc::statvfs = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::statvfs(c.as_ptr(), &mut buf) };
    rc == 0 && buf.f_bavail == 0
}

fn c_path(path: &Path) -> Option<CString> {
    CString::new(path.as_os_str().as_bytes()).ok()
}

/// The real user may write `path` (access(2), as the kernel would decide).
fn writable(path: &Path) -> bool {
    // SAFETY: a valid NUL-terminated path; access only reads it.
    c_path(path).is_some_and(|c| unsafe { libc::access(c.as_ptr(), libc::W_OK) } == 0)
}

#[cfg(target_os = "linux")]
fn immutable(path: &Path) -> bool {
    let Some(c) = c_path(path) else {
        return false;
    };
    // SAFETY: `c` is a valid path and `buf` a zeroed statx that the call fills.
    let mut buf: libc::statx = unsafe { std::mem::zeroed() };
    let rc = unsafe {
        libc::statx(
            libc::AT_FDCWD,
            c.as_ptr(),
            0,
            libc::STATX_BASIC_STATS,
            &mut buf,
        )
    };
    let flag = libc::STATX_ATTR_IMMUTABLE as u64;
    rc == 0 && buf.stx_attributes_mask & flag != 0 && buf.stx_attributes & flag != 0
}

#[cfg(not(target_os = "linux"))]
fn immutable(_: &Path) -> bool {
    false
}

fn read_only_fs(dir: &Path) -> bool {
    let Some(c) = c_path(dir) else {
        return false;
    };
    // SAFETY: `c` is a valid path and `buf` a zeroed statvfs that the call fills.
    let mut buf: libc::statvfs = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::statvfs(c.as_ptr(), &mut buf) };
    rc == 0 && buf.f_flag & libc::ST_RDONLY != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(app_id: u32, pages: u32) -> Vec<u8> {
        let mut h = vec![0u8; 100];
        h[..16].copy_from_slice(MAGIC);
        h[16..18].copy_from_slice(&4096u16.to_be_bytes());
        h[18] = 1;
        h[19] = 1;
        h[21..24].copy_from_slice(&[64, 32, 32]);
        h[24..28].copy_from_slice(&7u32.to_be_bytes());
        h[28..32].copy_from_slice(&pages.to_be_bytes());
        h[92..96].copy_from_slice(&7u32.to_be_bytes());
        h[68..72].copy_from_slice(&app_id.to_be_bytes());
        h
    }

    const INST: u32 = APPLICATION_ID as u32;

    #[test]
    fn a_whole_file_is_sqlite_and_ours_or_not() {
        assert_eq!(
            judge(&header(INST, 3), 3 * 4096, false),
            Shape::Sqlite { ours: true }
        );
        assert_eq!(
            judge(&header(0, 3), 3 * 4096, false),
            Shape::Sqlite { ours: false }
        );
    }

    #[test]
    fn a_cut_file_is_damaged_unless_a_wal_may_complete_it() {
        assert!(
            matches!(judge(&header(INST, 4), 2 * 4096, false), Shape::Damaged(w) if w.contains("8192 of its 16384"))
        );
        assert!(matches!(
            judge(&header(INST, 4), 5000, false),
            Shape::Damaged(_)
        ));
        assert_eq!(
            judge(&header(INST, 4), 2 * 4096, true),
            Shape::Sqlite { ours: true }
        );
        assert!(matches!(judge(&MAGIC[..10], 10, false), Shape::Damaged(_)));
    }

    #[test]
    fn an_overwritten_header_is_damaged_and_text_is_not_sqlite() {
        let mut h = header(INST, 3);
        h[..16].copy_from_slice(b"XXXXXXXXXXXXXXXX");
        assert!(matches!(judge(&h, 3 * 4096, false), Shape::Damaged(_)));
        assert_eq!(judge(b"hello\n", 6, false), Shape::NotSqlite);
        assert_eq!(judge(&[b'a'; 100], 4096, false), Shape::NotSqlite);
    }

    #[test]
    fn the_disk_full_code_is_told_once_in_its_own_words() {
        let e = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL),
            Some("database or disk is full".into()),
        );
        let err = anyhow::Error::new(e).context("cannot commit the change");
        assert!(is_disk_full(&err));
        let told = explain(err, Path::new("x.db")).to_string();
        assert_eq!(told, full_message());
        assert_eq!(told.matches("full").count(), 1);
    }
}
