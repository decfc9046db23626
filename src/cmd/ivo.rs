//! `insats ivo note CASE --reason TEXT [--consequences TEXT] [--interim TEXT]`: the
//! caseworker's fields of IVO's individual report (R1), journalled. `insats report ivo` shows
//! them and names the rows that still lack them.

use std::io::{self, Write};

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::Ctx;
use crate::act::ivo::{IvoNote, IvoNoted, note};
use crate::domain::access::Op;
use crate::error::usage;
use crate::json_by_serde;
use crate::render::{Output, Style};

/// IVO's individual reports of decisions not executed (R1): the caseworker's part
#[derive(Debug, Args)]
pub struct IvoArgs {
    #[command(subcommand)]
    pub command: IvoCommand,
}

#[derive(Debug, Subcommand)]
pub enum IvoCommand {
    Note(NoteArgs),
}

impl IvoArgs {
    pub fn name(&self) -> &'static str {
        match self.command {
            IvoCommand::Note(_) => "ivo note",
        }
    }

    pub fn op(&self) -> Op {
        match self.command {
            IvoCommand::Note(_) => Op::IvoNote,
        }
    }

    pub fn case(&self) -> Option<i64> {
        match &self.command {
            IvoCommand::Note(a) => Some(a.case),
        }
    }
}

/// Why a decision is not executed, what it means for the individual, and any support given
/// meanwhile: the fields of IVO's individual report (R1), journalled
///
/// The report takes each field from the latest note that gives it; a later note without
/// --consequences or --interim keeps the earlier ones.
#[derive(Debug, Args)]
pub struct NoteArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
    /// The reason the decision is not executed (or the intervention interrupted)
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
    /// The consequences for the individual
    #[arg(long, value_name = "TEXT")]
    pub consequences: Option<String>,
    /// Support given while waiting (interim support)
    #[arg(long, value_name = "TEXT")]
    pub interim: Option<String>,
}

impl Output for IvoNoted {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "case {}: IVO note #{} recorded (journal entry #{}); `insats report ivo` shows it",
            self.case_id, self.note_id, self.journal_entry
        )
    }
}

/// A text flag: trimmed, not empty, without control characters.
fn text(flag: &str, value: &str) -> Result<String> {
    let t = value.trim();
    if t.is_empty() {
        return Err(usage(format!("{flag} is empty: write the text")));
    }
    if t.chars().any(char::is_control) {
        return Err(usage(format!(
            "{flag} holds control characters: write it on one line"
        )));
    }
    Ok(t.to_string())
}

pub fn run(ctx: &Ctx, command: &'static str, args: IvoArgs) -> Result<Box<dyn Output>> {
    let IvoCommand::Note(a) = args.command;
    let request = IvoNote {
        case_id: a.case,
        reason: text("--reason", &a.reason)?,
        consequences: a
            .consequences
            .as_deref()
            .map(|c| text("--consequences", c))
            .transpose()?,
        interim: a
            .interim
            .as_deref()
            .map(|i| text("--interim", i))
            .transpose()?,
    };
    let mut store = ctx.open_existing(command)?;
    let done = store.write(|tx| note(tx, &request))?;
    Ok(Box::new(done))
}
