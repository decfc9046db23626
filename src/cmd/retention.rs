//! `insats retention delete`: deletes the personal files `insats report retention` lists
//! (gallring, R2). Never automatic: it shows what it will delete and asks at a terminal, needs
//! `--yes` without one, and records each deletion in the audit trail (how many entries, never
//! what they said).

use std::io::{self, Write};

use anyhow::Result;
use clap::{Args, Subcommand};
use serde::Serialize;

use crate::Ctx;
use crate::act::retain::{self, DeletedFile, DueFile, case_list, each_due};
use crate::domain::report::check_due_for_deletion;
use crate::error::usage;
use crate::json_by_serde;
use crate::prompt::{Prompter, TermPrompter};
use crate::render::table::table;
use crate::render::{Output, Style};
use crate::store::guideline::in_use;

/// Delete personal files due under the retention rules (gallring, R2)
#[derive(Debug, Args)]
pub struct RetentionArgs {
    #[command(subcommand)]
    pub action: RetentionAction,
}

#[derive(Debug, Subcommand)]
pub enum RetentionAction {
    Delete(DeleteArgs),
}

/// Delete the files `insats report retention` lists: their cases, journals and everything on
/// them. Shows what it deletes and asks at a terminal; without one it needs --yes. Audited.
#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Delete without asking (needed when there is no terminal to ask at)
    #[arg(long)]
    pub yes: bool,
    /// Only this person's files (repeat for several) [default: every file due]
    #[arg(long = "person", value_name = "PERSON_ID")]
    pub persons: Vec<i64>,
}

#[derive(Debug, Serialize)]
pub struct Deleted {
    pub as_of: String,
    /// False when the person at the terminal said no.
    pub confirmed: bool,
    pub deleted: Vec<DeletedFile>,
}

impl Output for Deleted {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        if !self.confirmed {
            return writeln!(w, "nothing deleted");
        }
        if self.deleted.is_empty() {
            return writeln!(w, "no personal file is due for deletion on {}", self.as_of);
        }
        let cases: usize = self.deleted.iter().map(|d| d.cases.len()).sum();
        let entries: usize = self.deleted.iter().map(|d| d.journal_entries).sum();
        writeln!(
            w,
            "deleted {} personal files under R2: {cases} cases, {entries} journal entries (recorded in the audit trail)",
            self.deleted.len()
        )
    }
}

pub fn run(ctx: &Ctx, command: &'static str, args: RetentionArgs) -> Result<Box<dyn Output>> {
    let RetentionAction::Delete(args) = args.action;
    let mut store = ctx.open_existing(command)?;
    let guideline = in_use(&store)?;
    let today = ctx.today;
    let mut due = Vec::new();
    each_due(&store, &guideline, today, &mut |d| {
        due.push(d);
        Ok(())
    })?;
    for p in &args.persons {
        check_due_for_deletion(*p, due.iter().any(|d| d.file.person_id == *p), today)?;
    }
    if !args.persons.is_empty() {
        due.retain(|d| args.persons.contains(&d.file.person_id));
    }
    let as_of = today.to_string();
    if due.is_empty() {
        return Ok(Box::new(Deleted {
            as_of,
            confirmed: true,
            deleted: Vec::new(),
        }));
    }

    let cases: usize = due.iter().map(|d| d.file.cases.len()).sum();
    if !args.yes {
        if !ctx.interactive {
            return Err(usage(format!(
                "deleting {} personal files ({cases} cases) under R2 needs --yes when there is no terminal to confirm at (`insats report retention` lists them)",
                due.len()
            )));
        }
        eprintln!("{}", listing(&due));
        let question = format!(
            "Delete these {} personal files ({cases} cases) for good?",
            due.len()
        );
        if !TermPrompter.confirm(&question, false)? {
            return Ok(Box::new(Deleted {
                as_of,
                confirmed: false,
                deleted: Vec::new(),
            }));
        }
    }

    let deleted = store.write(|tx| retain::delete(tx, &due, &guideline, today))?;
    Ok(Box::new(Deleted {
        as_of,
        confirmed: true,
        deleted,
    }))
}

/// What will be deleted, for the person at the terminal (numbers masked, G5).
fn listing(due: &[DueFile]) -> String {
    let rows = due.iter().map(|d| {
        vec![
            d.file.person_id.to_string(),
            crate::domain::secrecy::identity(&d.file.pnr, d.file.protected, false),
            d.law.clone(),
            case_list(&d.file.cases),
            d.file.last_entry.to_string(),
        ]
    });
    table(
        &["person_id", "pnr", "law", "cases", "last_entry"],
        rows,
        Style {
            color: false,
            tty: true,
        },
    )
}
