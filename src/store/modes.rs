//! The file's mode, judged on every command: a file of case records others may read (or a folder
//! insats made that others may write) is named on stderr, and written to only once it is fixed.
//!
//! The file, its -wal and -shm must be 0600, or 0660 with the service group on a shared host
//! (issue 12); the folder insats makes for the default place must be 0700 (2770 shared). A
//! folder insats did not make (the current folder, a folder given with `--db`) is not judged.

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::anyhow;

/// What is too wide about the file (and its folder when judged), as one line; `None` when all
/// is private.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wide {
    /// The one stderr line (without `warning: `).
    pub line: String,
    /// The command that fixes it.
    pub fix: String,
}

impl Wide {
    /// The refusal of a command that writes.
    pub fn refusal(&self) -> anyhow::Error {
        anyhow!(
            "{}; insats writes to the file only once that is fixed: `{}`",
            self.line,
            self.fix
        )
    }
}

/// Judges the file at `path` with its -wal and -shm, and its folder when `folder` (insats made it).
pub fn judge(path: &Path, folder: bool) -> Option<Wide> {
    let shared = super::shared_host();
    let mut wide: Vec<(PathBuf, u32)> = Vec::new();
    for p in super::safety::with_companions(path) {
        if let Ok(meta) = fs::metadata(&p) {
            let mode = meta.permissions().mode() & 0o7777;
            let allowed = if group_file(shared, meta.gid()) {
                0o660
            } else {
                0o600
            };
            if mode & 0o777 & !allowed != 0 {
                wide.push((p, mode));
            }
        }
    }
    let mut parts = Vec::new();
    let mut fixes = Vec::new();
    if !wide.is_empty() {
        let listed: Vec<String> = wide
            .iter()
            .map(|(p, m)| format!("{} has mode {:04o}", p.display(), m & 0o777))
            .collect();
        let group = fs::metadata(path).is_ok_and(|m| group_file(shared, m.gid()));
        parts.push(format!(
            "{}: others {} may read the case records",
            listed.join(", "),
            if group {
                "than the service group"
            } else {
                "than you"
            }
        ));
        let names: Vec<String> = wide.iter().map(|(p, _)| p.display().to_string()).collect();
        fixes.push(format!(
            "chmod {} {}",
            if group { "660" } else { "600" },
            names.join(" ")
        ));
    }
    if folder && let Some((line, fix)) = folder_finding(path) {
        parts.push(line);
        fixes.push(fix);
    }
    (!parts.is_empty()).then(|| Wide {
        line: parts.join("; "),
        fix: fixes.join(" && "),
    })
}

/// The folder holding `path`, which insats made, when others may write it: what and the fix.
pub fn folder_finding(path: &Path) -> Option<(String, String)> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty())?;
    let meta = fs::metadata(dir).ok()?;
    let mode = meta.permissions().mode() & 0o7777;
    let group = group_file(super::shared_host(), meta.gid());
    let forbidden = if group { 0o002 } else { 0o022 };
    (mode & forbidden != 0).then(|| {
        (
            format!(
                "the folder {} that insats made has mode {mode:04o}: others may replace the file in it",
                dir.display()
            ),
            format!(
                "chmod {} {}",
                if group { "2770" } else { "700" },
                dir.display()
            ),
        )
    })
}

/// On a shared host, a file of the service group may be the group's too.
fn group_file(shared: bool, gid: u32) -> bool {
    shared && gid == crate::host::service_gid()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn set(p: &Path, mode: u32) {
        fs::set_permissions(p, fs::Permissions::from_mode(mode)).unwrap();
    }

    #[test]
    fn a_private_file_passes_and_a_readable_one_is_named_with_its_fix() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("x.db");
        fs::write(&db, b"").unwrap();
        set(&db, 0o600);
        set(dir.path(), 0o700);
        assert_eq!(judge(&db, true), None);
        set(&db, 0o644);
        let w = judge(&db, false).expect("too wide");
        assert!(w.line.contains("has mode 0644"), "{}", w.line);
        assert_eq!(w.fix, format!("chmod 600 {}", db.display()));
    }

    #[test]
    fn a_folder_is_judged_only_when_insats_made_it() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("x.db");
        fs::write(&db, b"").unwrap();
        set(&db, 0o600);
        set(dir.path(), 0o777);
        assert_eq!(judge(&db, false), None);
        let w = judge(&db, true).expect("folder too wide");
        assert!(w.line.contains("mode 0777"), "{}", w.line);
        assert!(w.fix.starts_with("chmod 700 "), "{}", w.fix);
        set(dir.path(), 0o700);
    }
}
