//! `insats appeal`: an appeal (överklagande) came in (F4), is dismissed as too late (F4),
//! forwarded to the court (F6), or judged (F7). The workflow is `act::appeal`.

use std::io::{self, Write};

use anyhow::Result;
use chrono::NaiveDate;
use clap::builder::PossibleValuesParser;
use clap::{ArgGroup, Args};

use crate::Ctx;
use crate::act::appeal::{self, Appealed, Judgment};
use crate::act::letter::Selector;
use crate::domain::access::Op;
use crate::domain::dates::parse_flag;
use crate::domain::numbers::monthly_hours;
use crate::domain::text::filled;
use crate::error::usage;
use crate::json_by_serde;
use crate::render::{Output, Style};

/// An appeal (överklagande): record it and check its time (F4), dismiss one too late, forward
/// it to the court (F6), or record the court's judgment (F7)
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("action").required(true)
    .args(["received", "too_late", "forward", "judgment"])))]
pub struct AppealArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
    /// The day the appeal came in to the committee
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub received: Option<NaiveDate>,
    /// With --received: the decision appealed [default: the case's latest act]
    #[arg(long, value_name = "ID", requires = "received")]
    pub decision: Option<i64>,
    /// With --received: the ending follow-up appealed
    #[arg(
        long,
        value_name = "ID",
        requires = "received",
        conflicts_with = "decision"
    )]
    pub follow_up: Option<i64>,
    /// Dismiss the open appeal as too late (avvisning, F4): a decision with its own letter
    #[arg(long, requires = "note")]
    pub too_late: bool,
    /// The day the appeal and the case file went to the court (F6)
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub forward: Option<NaiveDate>,
    /// With --forward: the court [default: the guideline's letterhead court]
    #[arg(long, value_name = "NAME", requires = "forward")]
    pub court: Option<String>,
    /// The day the court's judgment came in (F7)
    #[arg(long, value_name = "DATE", value_parser = parse_flag, requires = "outcome")]
    pub judgment: Option<NaiveDate>,
    /// What the court decided
    #[arg(long, value_name = "OUTCOME", requires = "judgment",
          value_parser = PossibleValuesParser::new(["granted", "partly", "rejected", "returned"]))]
    pub outcome: Option<String>,
    /// With a judgment that grants: the last day of the decision it makes
    #[arg(long, value_name = "DATE", value_parser = parse_flag, requires = "judgment")]
    pub to: Option<NaiveDate>,
    /// With a judgment that grants: hours per month
    #[arg(long, value_name = "N", requires = "judgment", value_parser = monthly_hours)]
    pub hours: Option<f64>,
    /// With a judgment that grants: an overall goal; repeat for more [default: the appealed
    /// decision's]
    #[arg(long = "goal", value_name = "TEXT", requires = "judgment")]
    pub goals: Vec<String>,
    /// A note for the journal (with --too-late: the reasons of the dismissal)
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

impl AppealArgs {
    pub fn op(&self) -> Op {
        if self.too_late {
            Op::AppealTooLate
        } else if self.forward.is_some() {
            Op::AppealForward
        } else if self.judgment.is_some() {
            Op::AppealJudgment
        } else {
            Op::Appeal
        }
    }
}

impl Output for Appealed {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        let last = self
            .last_day
            .map(|d| format!("last day {d}"))
            .unwrap_or_else(|| "day of receipt not known".to_string());
        write!(
            w,
            "case {}: appeal #{} of decision #{} ({}, {last}): {}",
            self.case_id,
            self.appeal_id,
            self.decision_id,
            if self.in_time { "in time" } else { "too late" },
            self.status.as_str()
        )?;
        if let (Some(d), Some(c)) = (self.forwarded, &self.court) {
            write!(w, ", forwarded {d} to {c}")?;
        }
        if let (Some(d), Some(o)) = (self.judgment, &self.outcome) {
            write!(w, ", judgment {d}: {o}")?;
        }
        if let Some(n) = self.new_decision_id {
            write!(w, "; decision #{n} in force")?;
        }
        writeln!(w, " (entry #{})", self.journal_entry)
    }
}

pub fn run(ctx: &Ctx, command: &'static str, args: AppealArgs) -> Result<Box<dyn Output>> {
    if let Some(n) = &args.note
        && !filled(n)
    {
        return Err(usage(
            "--note is empty: write what the appeal or the decision says",
        ));
    }
    let mut store = ctx.open_existing(command)?;
    let case = args.case;
    let note = args.note.clone();
    let done = if let Some(came) = args.received {
        let sel = Selector {
            decision: args.decision,
            follow_up: args.follow_up,
            appeal: None,
        };
        store.write(|tx| appeal::receive(tx, case, sel, came, note.as_deref()))?
    } else if args.too_late {
        let n = note.unwrap_or_default();
        store.write(|tx| appeal::dismiss(tx, case, &n))?
    } else if let Some(day) = args.forward {
        store.write(|tx| appeal::forward(tx, case, day, args.court.as_deref()))?
    } else if let (Some(day), Some(outcome)) = (args.judgment, args.outcome.clone()) {
        let j = Judgment {
            day,
            outcome,
            to: args.to,
            hours: args.hours,
            goals: args
                .goals
                .iter()
                .map(|g| g.trim().to_string())
                .filter(|g| !g.is_empty())
                .collect(),
            note,
        };
        ctx.admit_decision(&store, case)?;
        store.write(|tx| appeal::judge(tx, case, &j))?
    } else {
        return Err(usage(
            "give --received DATE, --too-late --note TEXT, --forward DATE or --judgment DATE --outcome ...",
        ));
    };
    Ok(Box::new(done))
}
