//! `insats log`: write a note or a correction to the case journal, or read it.

use std::io::{self, Write};

use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::Ctx;
use crate::cmd::show::write_journal;
use crate::error::usage;
use crate::json_by_serde;
use crate::render::{Output, Style};
use crate::store::cases::get_case;
use crate::store::journal::{self, Entry, EntryKind};

/// Write a note or a correction to the case journal; without flags, print the journal
#[derive(Debug, Args)]
pub struct LogArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
    /// The note's text
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Correct an earlier entry (the journal is append-only: the correction points at it)
    #[arg(long, value_name = "ENTRY", requires = "note")]
    pub correct: Option<i64>,
}

#[derive(Debug, Serialize)]
pub struct Logged {
    pub case_id: i64,
    pub entry_id: i64,
    pub kind: &'static str,
    pub corrects: Option<i64>,
}

impl Output for Logged {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        match self.corrects {
            Some(c) => writeln!(
                w,
                "case {}: entry #{} corrects #{c}",
                self.case_id, self.entry_id
            ),
            None => writeln!(w, "case {}: entry #{} written", self.case_id, self.entry_id),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Journal {
    pub case_id: i64,
    pub entries: Vec<Entry>,
}

impl Output for Journal {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        write_journal(w, &self.entries, style)
    }
}

pub fn run(ctx: &Ctx, command: &'static str, args: LogArgs) -> Result<Box<dyn Output>> {
    let Some(note) = args.note else {
        let store = ctx.open_for_read(command)?;
        get_case(store.conn(), args.case)?;
        let entries = journal::entries(store.conn(), args.case)?;
        return Ok(Box::new(Journal {
            case_id: args.case,
            entries,
        }));
    };
    if note.trim().is_empty() {
        return Err(usage("--note is empty: write the note's text"));
    }
    let mut store = ctx.open_for_write(command)?;
    let case_id = args.case;
    let entry_id = store.write(|tx| {
        get_case(tx, case_id)?;
        match args.correct {
            Some(target) => journal::correct(tx, case_id, target, &note),
            None => journal::append(tx, case_id, EntryKind::Note, &note),
        }
    })?;
    Ok(Box::new(Logged {
        case_id,
        entry_id,
        kind: if args.correct.is_some() {
            "correction"
        } else {
            "note"
        },
        corrects: args.correct,
    }))
}
