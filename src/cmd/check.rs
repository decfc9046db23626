//! `insats check`: is the file sound and unchanged behind the tool's back? For the nightly cron.
//!
//! All well: one line and exit 0. Otherwise the findings, one per line on stdout (or in the JSON
//! document), a one-line summary on stderr, and exit 1. The file is opened read-only.

use std::io::{self, Write};

use anyhow::{Result, bail};
use clap::Args;
use serde::Serialize;

use crate::Ctx;
use crate::render::{Output, Style, emit};
use crate::store::safety::{Checked, check_file};

/// Check the file: integrity, foreign keys, journal mode, file modes, and the hash chains of the
/// journal and the audit trail. Exits 1 with a list of findings, 0 with one line when all is well
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// An anchor file kept apart from the database (with the backups): the chains must pass
    /// through every head it holds, and today's heads are appended to it when all is sound
    #[arg(long, value_name = "FILE")]
    pub anchor: Option<std::path::PathBuf>,
}

#[derive(Debug, Serialize)]
pub struct Report {
    #[serde(flatten)]
    pub checked: Checked,
}

impl Output for Report {
    crate::json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        let c = &self.checked;
        if c.ok {
            let audit = c.chain("audit").map_or(0, |a| a.rows);
            return writeln!(
                w,
                "ok: {}{}, chain intact, integrity ok ({audit} audit lines, chain intact)",
                if c.backup {
                    "a backup copy (journal mode delete, as backups are kept): "
                } else {
                    ""
                },
                super::backup::entries(c.journal_entries())
            );
        }
        for f in &c.findings {
            writeln!(w, "{f}")?;
        }
        Ok(())
    }
}

pub fn run(ctx: &Ctx, _command: &'static str, args: CheckArgs) -> Result<Box<dyn Output>> {
    if args.anchor.as_deref().is_some_and(|a| a.as_os_str() == "-") {
        return Err(crate::error::usage(
            "--anchor -: the anchor file is read and appended to, so it cannot be a stream: give its path",
        ));
    }
    let path = ctx.db_path()?;
    // Read-only, as the whole check is: the register says who may run it (S2).
    ctx.admit_read_only(&path)?;
    let mut report = Report {
        checked: check_file(&path, args.anchor.as_deref())?,
    };
    // The default place's folder is insats's own; a folder given with --db is not judged.
    if ctx.db.is_none()
        && let Some((line, fix)) = crate::store::modes::folder_finding(&path)
    {
        report
            .checked
            .findings
            .push(format!("{line}; fix it with `{fix}`"));
        report.checked.ok = false;
    }
    if report.checked.ok {
        return Ok(Box::new(report));
    }
    // The findings go to stdout like any result; the exit code and stderr say it failed.
    emit(ctx, &report)?;
    let n = report.checked.findings.len();
    bail!(
        "check found {n} problem{} in {} (listed on stdout)",
        if n == 1 { "" } else { "s" },
        path.display()
    )
}
