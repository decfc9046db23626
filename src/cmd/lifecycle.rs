//! `insats withdraw`, `insats close`, `insats reopen`: a case written off when the applicant
//! withdraws (F9), closed when nothing is in force any more, and taken up again.

use std::io::{self, Write};

use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;

use crate::Ctx;
use crate::act::person::{self, CaseMoved};
use crate::domain::dates::parse_flag;
use crate::error::usage;
use crate::json_by_serde;
use crate::render::{Output, Style};

/// The applicant withdraws the application: the case is written off (F9)
///
/// Only an application not yet decided can be withdrawn; the notice sent is not a rejection
/// and carries no appeal information. A decided intervention the person no longer wants ends
/// at follow-up (`--outcome end --end-reason does-not-want`).
#[derive(Debug, Args)]
pub struct WithdrawArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
    /// The day the withdrawal came in
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub date: NaiveDate,
    /// How it came in, for the journal
    #[arg(long, value_name = "TEXT")]
    pub note: String,
}

/// Close a case where nothing is in force any more (an ended intervention, a rejection, a
/// written-off application)
#[derive(Debug, Args)]
pub struct CloseArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
    /// Why, for the journal
    #[arg(long, value_name = "TEXT")]
    pub note: String,
}

/// Take a written-off or closed case up again, where it stood
#[derive(Debug, Args)]
pub struct ReopenArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
    /// Why, for the journal
    #[arg(long, value_name = "TEXT")]
    pub note: String,
}

impl Output for CaseMoved {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "case {}: {} ({})",
            self.case_id,
            self.status,
            self.status.swedish()
        )
    }
}

fn note(text: &str) -> Result<&str> {
    let t = text.trim();
    if t.is_empty() {
        return Err(usage("--note is empty: write why"));
    }
    Ok(t)
}

pub fn withdraw(ctx: &Ctx, command: &'static str, args: WithdrawArgs) -> Result<Box<dyn Output>> {
    let n = note(&args.note)?.to_owned();
    let mut store = ctx.open_existing(command)?;
    let done = store.write(|tx| person::withdraw(tx, args.case, args.date, &n))?;
    Ok(Box::new(done))
}

pub fn close(ctx: &Ctx, command: &'static str, args: CloseArgs) -> Result<Box<dyn Output>> {
    let n = note(&args.note)?.to_owned();
    let mut store = ctx.open_existing(command)?;
    let done = store.write(|tx| person::close(tx, args.case, &n))?;
    Ok(Box::new(done))
}

pub fn reopen(ctx: &Ctx, command: &'static str, args: ReopenArgs) -> Result<Box<dyn Output>> {
    let n = note(&args.note)?.to_owned();
    let mut store = ctx.open_existing(command)?;
    let done = store.write(|tx| person::reopen(tx, args.case, &n))?;
    Ok(Box::new(done))
}
