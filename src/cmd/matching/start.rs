//! `insats match start CASE --date DATE`: the offer was accepted, the first meeting held and
//! the agreement signed (M6, M7, M8): the order is executed on that date and the agreement's
//! yearly follow-up is scheduled (E8).

use std::io::{self, Write};

use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;

use super::not_after_today;
use crate::Ctx;
use crate::act::matching::start::{StartTerms, Started, start};
use crate::domain::dates::parse_flag;
use crate::domain::numbers::meeting_hours;
use crate::json_by_serde;
use crate::render::{Output, Style};

/// The assignment starts: the open offer was accepted, the first meeting held and the agreement
/// signed. The order is executed (verkställd) on --date, and the agreement is followed up
/// yearly (E8).
#[derive(Debug, Args)]
pub struct StartArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
    /// The day of the first meeting and the agreement: the order is executed on it
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub date: NaiveDate,
    /// Meetings a month [default: the decision's, else as many of the usual length as the
    /// ordered hours hold (M7)]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=31))]
    pub meetings: Option<u32>,
    /// About how long a meeting is, in hours [default: the ordered hours shared over the
    /// meetings when they are counted, else the guideline's usual length (M7), never more
    /// than the order]
    #[arg(long, value_name = "H", value_parser = meeting_hours)]
    pub hours_per_meeting: Option<f64>,
    /// The compensation level of the guideline [default: from the meetings and the intervention]
    #[arg(long, value_name = "N")]
    pub compensation_level: Option<u32>,
    /// A goal of the assignment beside the order's goals (the individual's own aims, D4); repeat
    #[arg(long, value_name = "TEXT")]
    pub goal: Vec<String>,
}

impl Output for Started {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "ärende {}: {} (uppdragstagare {}) började {}; beställningen är verkställd; avtal {} följs upp senast {} (E8)",
            self.case_id,
            self.name,
            self.assignee_id,
            self.start_day,
            self.agreement_id,
            self.review_due
        )?;
        writeln!(w)?;
        writeln!(w, "{}", self.text)
    }
}

pub fn run(ctx: &Ctx, command: &'static str, args: StartArgs) -> Result<Box<dyn Output>> {
    not_after_today("--date", Some(args.date), ctx.today)?;
    let terms = StartTerms {
        meetings: args.meetings,
        hours_per_meeting: args.hours_per_meeting,
        compensation_level: args.compensation_level,
        goals: args.goal,
    };
    let mut store = ctx.open_existing(command)?;
    let started = store.write(|tx| start(tx, args.case, args.date, &terms))?;
    ctx.warn_all(&started.warnings);
    Ok(Box::new(started))
}
