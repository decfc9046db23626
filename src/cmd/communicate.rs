//! `insats communicate`: kommunicering (F1), the material sent to the party before a decision
//! that goes against them, and their reply. The workflow is `act::due_process`.

use std::io::{self, Write};

use anyhow::Result;
use chrono::NaiveDate;
use clap::{ArgGroup, Args};

use crate::Ctx;
use crate::act::due_process::{self, Communicated};
use crate::domain::dates::parse_flag;
use crate::domain::text::filled;
use crate::error::usage;
use crate::json_by_serde;
use crate::render::{Output, Style};

/// Kommunicering (F1): record the material sent to the party with a day to reply by, or
/// their reply
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("what").required(true).args(["sent", "reply"])))]
pub struct CommunicateArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
    /// The day the material was sent to the party
    #[arg(long, value_name = "DATE", value_parser = parse_flag, requires = "reply_by")]
    pub sent: Option<NaiveDate>,
    /// The last day the party may reply (the whole day is theirs)
    #[arg(long, value_name = "DATE", value_parser = parse_flag, requires = "sent")]
    pub reply_by: Option<NaiveDate>,
    /// A document communicated, e.g. "utredning 2026-11-02"; repeat for more
    #[arg(long = "material", value_name = "TEXT", requires = "sent")]
    pub material: Vec<String>,
    /// The day the party's reply came in, with --note saying what they said
    #[arg(long, value_name = "DATE", value_parser = parse_flag, conflicts_with = "sent",
          requires = "note")]
    pub reply: Option<NaiveDate>,
    /// A note for the journal (with --reply: what the party said)
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

impl Output for Communicated {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        match (self.replied, self.reply_by) {
            (Some(r), _) => writeln!(
                w,
                "case {}: reply of {r} recorded to the kommunicering sent {} (entry #{})",
                self.case_id, self.sent, self.journal_entry
            ),
            (None, Some(by)) => writeln!(
                w,
                "case {}: kommunicering sent {}, reply by {by} (entry #{}); a decision against \
                 the party can be made from the day after, or once the reply has come",
                self.case_id, self.sent, self.journal_entry
            ),
            (None, None) => Ok(()),
        }
    }
}

pub fn run(ctx: &Ctx, command: &'static str, args: CommunicateArgs) -> Result<Box<dyn Output>> {
    if let Some(n) = &args.note
        && !filled(n)
    {
        return Err(usage(
            "--note is empty: write what was sent or what the party said",
        ));
    }
    let material: Vec<String> = args.material.iter().map(|m| m.trim().to_string()).collect();
    if material.iter().any(|m| m.is_empty()) {
        return Err(usage("--material is empty: name the document communicated"));
    }
    let mut store = ctx.open_existing(command)?;
    let case = args.case;
    let done = match (args.sent, args.reply_by, args.reply) {
        (Some(sent), Some(by), _) => store.write(|tx| {
            due_process::communicate(tx, case, sent, by, &material, args.note.as_deref())
        })?,
        (_, _, Some(day)) => {
            let note = args.note.clone().unwrap_or_default();
            store.write(|tx| due_process::reply(tx, case, day, &note))?
        }
        _ => {
            return Err(usage(
                "give --sent DATE --reply-by DATE, or --reply DATE --note TEXT",
            ));
        }
    };
    Ok(Box::new(done))
}
