//! `insats retention delete`: deletes the personal files `insats report retention` lists
//! (gallring, R2). Never automatic: it shows what it will delete and asks at a terminal, needs
//! `--yes` without one, and records each deletion in the audit trail (how many entries, never
//! what they said).

use std::io::{self, Write};

use anyhow::Result;
use clap::{Args, Subcommand};
use serde::Serialize;

use crate::Ctx;
use crate::cmd::report::retention::{DueFile, case_list, each_due};
use crate::domain::rules::Rule;
use crate::error::{refuse, usage};
use crate::json_by_serde;
use crate::prompt::{Prompter, TermPrompter};
use crate::render::table::table;
use crate::render::{Output, Style};
use crate::store::guideline::in_use;
use crate::store::reports::retention::{
    delete_case, delete_person_if_alone, with_journal_deletable,
};

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
pub struct DeletedFile {
    pub person_id: i64,
    pub law: String,
    pub cases: Vec<i64>,
    pub journal_entries: usize,
    /// The person had no other case left, so the person is deleted too.
    pub person_deleted: bool,
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
    let mut store = ctx.open_for_read(command)?;
    let guideline = in_use(&store)?;
    let today = ctx.today;
    let mut due = Vec::new();
    each_due(&store, &guideline, today, &mut |d| {
        due.push(d);
        Ok(())
    })?;
    for p in &args.persons {
        if !due.iter().any(|d| d.file.person_id == *p) {
            return Err(refuse(
                Rule::R2,
                format!(
                    "person {p} has no personal file due for deletion on {today}: `insats report retention` lists the files that are"
                ),
            ));
        }
    }
    if !args.persons.is_empty() {
        due.retain(|d| args.persons.contains(&d.file.person_id));
    }
    let as_of = today.format("%Y-%m-%d").to_string();
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

    let deleted = store.write(|tx| {
        // Read again under the write lock: only what is still due is deleted.
        let mut still = Vec::new();
        each_due(tx, &guideline, today, &mut |d| {
            still.push(d);
            Ok(())
        })?;
        let confirmed: Vec<&DueFile> = due
            .iter()
            .filter(|d| {
                still.iter().any(|s| {
                    s.file.person_id == d.file.person_id
                        && s.law == d.law
                        && s.file.cases == d.file.cases
                })
            })
            .collect();
        with_journal_deletable(tx, || {
            let mut out = Vec::new();
            for file in confirmed {
                let mut entries = 0;
                for &case_id in &file.file.cases {
                    let gone = delete_case(tx, case_id)?;
                    entries += gone.journal_entries;
                    tx.audit(
                        &format!(
                            "retention delete (R2): case deleted with {} journal entries and {} rows in all",
                            gone.journal_entries, gone.rows
                        ),
                        Some(case_id),
                    )?;
                }
                let person_deleted = delete_person_if_alone(tx, file.file.person_id)?;
                tx.audit(
                    &format!(
                        "retention delete (R2): {} file of person {} deleted: {} cases, {entries} journal entries{}",
                        file.law,
                        file.file.person_id,
                        file.file.cases.len(),
                        if person_deleted { ", person deleted" } else { "" }
                    ),
                    None,
                )?;
                out.push(DeletedFile {
                    person_id: file.file.person_id,
                    law: file.law.clone(),
                    cases: file.file.cases.clone(),
                    journal_entries: entries,
                    person_deleted,
                });
            }
            Ok(out)
        })
    })?;
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
            if d.file.protected {
                crate::cmd::report::PROTECTED.to_string()
            } else {
                crate::cmd::list::show_pnr(&d.file.pnr, false)
            },
            d.law.clone(),
            case_list(&d.file.cases),
            d.file.last_entry.format("%Y-%m-%d").to_string(),
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
