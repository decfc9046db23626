//! `insats backup` and `insats restore`: consistent, verified copies through SQLite's backup API.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use clap::Args;
use serde::Serialize;

use crate::Ctx;
use crate::error::usage;
use crate::json_by_serde;
use crate::prompt::{Prompter, TermPrompter};
use crate::render::{Output, Style};
use crate::store::backup::{backup_to, inspect_backup, restore};
use crate::store::{OpenMode, Store};

/// Write a consistent copy of the file (mode 0600), checked before it is reported done
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy; it must not exist yet
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Replace FILE if it exists
    #[arg(long)]
    pub force: bool,
}

/// Replace the file with a backup; the replaced file is kept beside it as <file>.replaced-<time>
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup to restore (made by `insats backup`)
    #[arg(value_name = "FILE")]
    pub from: PathBuf,
    /// Do not ask for confirmation (required without a terminal)
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Serialize)]
pub struct BackedUp {
    pub backup: String,
    pub bytes: u64,
    pub schema_version: i64,
    pub journal_entries: i64,
    pub integrity: &'static str,
    /// The anchor file the copy's chain heads were appended to (`insats.anchors` beside it).
    pub anchors: String,
}

impl Output for BackedUp {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "backup written to {} ({} bytes, {}, integrity ok); chain heads anchored in {}",
            self.backup,
            self.bytes,
            entries(self.journal_entries),
            self.anchors
        )
    }
}

pub fn run_backup(ctx: &Ctx, command: &'static str, args: BackupArgs) -> Result<Box<dyn Output>> {
    if args.out.as_os_str() == "-" {
        return Err(crate::error::usage(
            "--out -: a backup is a database file with its anchors beside it, not a stream: give a path",
        ));
    }
    let mut store = ctx.open_existing(command)?;
    let copied = backup_to(&store, store.path(), &args.out, args.force)?;
    let shown = shown_path(&copied.path);
    // The copy's chain heads, anchored beside it (kept apart from the live file).
    let anchors = crate::store::backup::anchor_copy(&copied.path)?;
    store.write(|tx| tx.audit(&format!("backup to {shown}"), None))?;
    Ok(Box::new(BackedUp {
        backup: shown,
        bytes: copied.bytes,
        schema_version: copied.schema_version,
        journal_entries: copied.journal_entries,
        integrity: "ok",
        anchors: anchors.display().to_string(),
    }))
}

#[derive(Debug, Serialize)]
pub struct RestoredFile {
    pub db: String,
    pub restored_from: String,
    /// Where the replaced file is kept; null when there was none.
    pub replaced_kept_as: Option<String>,
    pub schema_version: i64,
    pub journal_entries: i64,
}

impl Output for RestoredFile {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "restored {} from {} ({})",
            self.db,
            self.restored_from,
            entries(self.journal_entries)
        )?;
        match &self.replaced_kept_as {
            Some(a) => writeln!(w, "the replaced file is kept as {a}"),
            None => Ok(()),
        }
    }
}

pub fn run_restore(ctx: &Ctx, command: &'static str, args: RestoreArgs) -> Result<Box<dyn Output>> {
    if args.from.as_os_str() == "-" {
        return Err(crate::error::usage(
            "restore -: a backup is read as a database file, not from a stream: give its path",
        ));
    }
    let live = ctx.db_path()?;
    ctx.warn_if_network(&live);
    if std::fs::symlink_metadata(&live).is_ok() {
        // The file being replaced says who may replace it (S2).
        drop(ctx.open_existing(command)?);
    }
    // Checked before asking, so that nobody confirms the restore of a file that cannot be used.
    let facts = inspect_backup(&args.from)?;
    let from = shown_path(&args.from);
    if !args.yes {
        if !ctx.interactive {
            return Err(usage(format!(
                "restore replaces {}: give --yes to confirm (there is no terminal to ask)",
                live.display()
            )));
        }
        let question = format!(
            "Replace {} with {from} ({})? The current file is kept beside it",
            live.display(),
            entries(facts.journal_entries)
        );
        if !TermPrompter.confirm(&question, false)? {
            bail!("restore cancelled: nothing changed");
        }
    }
    let stamp = chrono::Local::now().format("%Y%m%dT%H%M%S").to_string();
    let restored = restore(&live, &args.from, &stamp)?;
    let aside = restored.aside.map(|a| a.display().to_string());
    // Opening migrates a backup made by an older insats; then the restore is audited in it.
    let mut store = Store::open(&live, OpenMode::Existing, ctx.actor(command))?;
    let note = match &aside {
        Some(a) => format!("restore from {from}; the replaced file is kept as {a}"),
        None => format!("restore from {from}"),
    };
    store.write(|tx| tx.audit(&note, None))?;
    Ok(Box::new(RestoredFile {
        db: shown_path(&live),
        restored_from: from,
        replaced_kept_as: aside,
        schema_version: crate::store::latest_version(),
        journal_entries: restored.journal_entries,
    }))
}

/// "1 journal entry", "2 journal entries".
pub fn entries(n: i64) -> String {
    if n == 1 {
        "1 journal entry".to_string()
    } else {
        format!("{n} journal entries")
    }
}

/// Absolute, so that the audit trail says which file was meant wherever it was run from.
fn shown_path(p: &Path) -> String {
    std::path::absolute(p)
        .unwrap_or_else(|_| p.to_path_buf())
        .display()
        .to_string()
}
