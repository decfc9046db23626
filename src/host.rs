//! The operating system around insats: who runs it (S1), and whether it runs setgid on a shared
//! host, where the file's path comes from `/etc/insats/insats.conf` and nothing else.
//!
//! Who acts is the real user id looked up in the system's user database (`getpwuid_r`), never
//! `$USER` or `$LOGNAME`, which anyone can set. The real id, not the effective one: on a shared
//! host the binary runs with the service group's rights, and the person is still who they are.

use std::ffi::CStr;
use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::domain::acting::Account;

/// The configuration of a shared host: owned by root, writable by nobody else.
pub const CONFIG: &str = "/etc/insats/insats.conf";

/// An entry of the system's user database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passwd {
    pub login: String,
    /// The first field of the GECOS (the full name), when there is one.
    pub full_name: Option<String>,
}

/// The account of the person running the command: the real user id and its login.
pub fn account() -> Account {
    // SAFETY: getuid cannot fail and touches no memory.
    let uid = unsafe { libc::getuid() };
    Account {
        uid,
        login: login_of(uid),
    }
}

/// The login of `uid`, or `#UID` for an id the user database does not know (a container's
/// arbitrary id): the same text each time, so that it can be registered like any login.
pub fn login_of(uid: u32) -> String {
    passwd(uid).map_or_else(|| format!("#{uid}"), |p| p.login)
}

/// The user database's entry for `uid`.
pub fn passwd(uid: u32) -> Option<Passwd> {
    // SAFETY: sysconf only reads a constant.
    let hint = unsafe { libc::sysconf(libc::_SC_GETPW_R_SIZE_MAX) };
    let mut size = usize::try_from(hint)
        .ok()
        .filter(|n| *n > 0)
        .unwrap_or(1024);
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `pwd` is plain old data that getpwuid_r fills in; its string pointers point
        // into `buf`, which outlives every read of them below.
        let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
        let mut found: *mut libc::passwd = std::ptr::null_mut();
        // SAFETY: the buffer and its length match, and every pointer is valid for the call.
        let rc = unsafe {
            libc::getpwuid_r(
                uid,
                &mut pwd,
                buf.as_mut_ptr().cast::<libc::c_char>(),
                buf.len(),
                &mut found,
            )
        };
        if rc == libc::ERANGE && size < 1 << 20 {
            size *= 4;
            continue;
        }
        if rc != 0 || found.is_null() || pwd.pw_name.is_null() {
            return None;
        }
        // SAFETY: getpwuid_r succeeded, so pw_name (and pw_gecos when not null) are
        // NUL-terminated strings inside `buf`.
        let login = unsafe { CStr::from_ptr(pwd.pw_name) }
            .to_str()
            .ok()?
            .to_string();
        let full_name = (!pwd.pw_gecos.is_null())
            .then(|| unsafe { CStr::from_ptr(pwd.pw_gecos) })
            .and_then(|g| g.to_str().ok())
            .and_then(|g| g.split(',').next())
            .map(|g| g.trim().to_string())
            .filter(|g| !g.is_empty() && !g.chars().any(char::is_control));
        return Some(Passwd { login, full_name });
    }
}

/// The uid that owns `path`, if it can be read.
pub fn owner_of(path: &Path) -> Option<u32> {
    fs::metadata(path).ok().map(|m| m.uid())
}

/// Whether the process runs with rights it was given by the binary's set-id bits: its effective
/// group (or user) differs from the real one. Then the file is the shared host's (S1).
pub fn is_setid() -> bool {
    // SAFETY: these calls cannot fail and touch no memory.
    unsafe { libc::getegid() != libc::getgid() || libc::geteuid() != libc::getuid() }
}

/// The service group the binary runs with on a shared host (its effective group).
pub fn service_gid() -> u32 {
    // SAFETY: cannot fail, touches no memory.
    unsafe { libc::getegid() }
}

/// The variables a setgid insats keeps; every other is removed before anything reads one (the
/// way crontab and the mail spool tools start: the caller's environment is not to be trusted).
/// `INSATS_DB`, `INSATS_TODAY` and `INSATS_USER` stay so that they are refused or checked
/// rather than silently ignored; `TZ` goes, so that the day is the system's.
const KEPT: &[&str] = &[
    "INSATS_DB",
    "INSATS_TODAY",
    "INSATS_USER",
    "NO_COLOR",
    "TERM",
    "LANG",
];

/// A setgid insats clears the environment it does not need and sets a fixed `PATH`. Must run
/// first in `main`, before any thread starts.
pub fn clear_environment() {
    let drop: Vec<std::ffi::OsString> = std::env::vars_os()
        .map(|(k, _)| k)
        .filter(|k| {
            let k = k.to_string_lossy();
            !(KEPT.contains(&k.as_ref()) || k.starts_with("LC_"))
        })
        .collect();
    for k in drop {
        // SAFETY: called at the start of `main`, before any other thread exists, so nothing
        // reads the environment while it changes.
        unsafe { std::env::remove_var(k) };
    }
    // SAFETY: as above.
    unsafe { std::env::set_var("PATH", "/usr/bin:/bin") };
}

/// The file named by the shared host's configuration: `db = PATH`, an absolute path. The
/// configuration must be a plain file owned by root and writable by root only, in a folder
/// likewise, or anyone could point the setgid binary elsewhere.
pub fn configured_db() -> Result<PathBuf> {
    configured_db_at(Path::new(CONFIG))
}

fn configured_db_at(conf: &Path) -> Result<PathBuf> {
    let shown = conf.display();
    for p in [conf, conf.parent().unwrap_or(Path::new("/"))] {
        let meta = fs::symlink_metadata(p).with_context(|| {
            format!(
                "insats runs setgid, so the file comes from {shown}, which cannot be read: an administrator writes it (`db = PATH`)"
            )
        })?;
        if meta.uid() != 0 || meta.mode() & 0o022 != 0 || meta.file_type().is_symlink() {
            bail!(
                "{} must belong to root and be writable by root only (it decides which file a setgid insats opens)",
                p.display()
            );
        }
    }
    let text = fs::read_to_string(conf).with_context(|| format!("cannot read {shown}"))?;
    parse_config(&text).with_context(|| format!("in {shown}"))
}

fn parse_config(text: &str) -> Result<PathBuf> {
    let mut db = None;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.split_once('=').map(|(k, v)| (k.trim(), v.trim())) {
            Some(("db", v)) if Path::new(v).is_absolute() => db = Some(PathBuf::from(v)),
            Some(("db", _)) => bail!("line {}: `db` needs an absolute path", n + 1),
            _ => bail!("line {}: only `db = PATH` is understood", n + 1),
        }
    }
    db.ok_or_else(|| anyhow::anyhow!("no line `db = PATH`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_running_account_is_found_in_the_user_database() {
        let me = account();
        assert!(!me.login.is_empty());
        assert_eq!(login_of(me.uid), me.login);
        assert_eq!(login_of(u32::MAX - 7), format!("#{}", u32::MAX - 7));
    }

    #[test]
    fn the_configuration_names_one_absolute_file() {
        assert_eq!(
            parse_config("# shared host\ndb = /srv/insats/insats.db\n").unwrap(),
            PathBuf::from("/srv/insats/insats.db")
        );
        assert!(parse_config("db = relative.db").is_err());
        assert!(parse_config("dbx = /a").is_err());
        assert!(parse_config("").is_err());
    }
}
