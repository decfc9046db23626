//! `insats match offer CASE --assignee ID` and `insats match decline CASE`: an offer of the
//! case's assignment, and its refusal, which puts the assignee back in the queue (M6).

use std::io::{self, Write};

use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;
use clap::builder::PossibleValuesParser;

use super::not_after_today;
use crate::Ctx;
use crate::act::matching::offer::{Declined, OfferMade, decline, make_offer};
use crate::domain::dates::parse_flag;
use crate::domain::matching::DeclinedBy;
use crate::domain::text::flag_text;
use crate::error::usage;
use crate::json_by_serde;
use crate::render::{Output, Style};

/// Offer the case's assignment to an assignee (one open offer per case)
#[derive(Debug, Args)]
pub struct OfferArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
    /// The assignee's number (see `insats match suggest CASE`)
    #[arg(long, value_name = "ID")]
    pub assignee: i64,
    /// When the offer was made [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub date: Option<NaiveDate>,
}

/// The open offer was declined (by the assignee, or after the first meeting): the assignee goes
/// back in the queue keeping their waiting time (M6); the offer stays in the history
#[derive(Debug, Args)]
pub struct DeclineArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
    /// When [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub date: Option<NaiveDate>,
    /// Who declined: the individual (the assignee may be offered this case again later) or the
    /// assignee (not suggested for this case again, M6) [default: not stated]
    #[arg(long, value_name = "WHO", value_parser = PossibleValuesParser::new(DeclinedBy::NAMES))]
    pub by: Option<String>,
    /// Why, for the journal and for `match suggest` (shown beside an assignee who declined)
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

impl Output for OfferMade {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "ärende {}: erbjudet {} (uppdragstagare {}) {}; sedan `insats match start {} --date DATE` eller `insats match decline {}`",
            self.case_id, self.name, self.assignee_id, self.offered_day, self.case_id, self.case_id
        )
    }
}

pub fn run_offer(ctx: &Ctx, command: &'static str, args: OfferArgs) -> Result<Box<dyn Output>> {
    let day = args.date.unwrap_or(ctx.today);
    not_after_today("--date", Some(day), ctx.today)?;
    let mut store = ctx.open_existing(command)?;
    let made = store.write(|tx| make_offer(tx, args.case, args.assignee, day))?;
    Ok(Box::new(made))
}

impl Output for Declined {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        let by = match self.declined_by {
            Some(DeclinedBy::Individual) => " av den enskilde",
            Some(DeclinedBy::Assignee) => " av uppdragstagaren (föreslås inte igen i ärendet)",
            None => "",
        };
        writeln!(
            w,
            "ärende {}: erbjudandet till {} (uppdragstagare {}) avböjdes{by} {}; uppdragstagaren är åter i kön ({}); `insats match suggest {}` föreslår nästa",
            self.case_id, self.name, self.assignee_id, self.declined_day, self.stage, self.case_id
        )
    }
}

pub fn run_decline(ctx: &Ctx, command: &'static str, args: DeclineArgs) -> Result<Box<dyn Output>> {
    let day = args.date.unwrap_or(ctx.today);
    not_after_today("--date", Some(day), ctx.today)?;
    let reason = args
        .reason
        .as_deref()
        .map(|r| flag_text("--reason", r, 2000).map_err(usage))
        .transpose()?;
    let by = args.by.as_deref().and_then(DeclinedBy::parse);
    let mut store = ctx.open_existing(command)?;
    let done = store.write(|tx| decline(tx, args.case, day, by, reason.as_deref()))?;
    Ok(Box::new(done))
}
