//! `insats decide`: the decision (beslut). A grant is time-limited, states its level and goals,
//! and rests on a completed assessment; every legal limit is checked in `domain::decision`.

use std::io::{self, Write};

use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::builder::PossibleValuesParser;
use clap::{ArgGroup, Args};

use crate::Ctx;
use crate::act::decide::{Decided, DecisionInput, decide};
use crate::act::due_process::Process;
use crate::domain::dates::parse_flag;
use crate::domain::decision::{Outcome, Purpose};
use crate::domain::numbers::monthly_hours;
use crate::error::usage;
use crate::json_by_serde;
use crate::render::{Output, Style};

/// Decide on a case (beslut): grant for a limited period, or reject
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("outcome").required(true).args(["grant", "reject"])))]
pub struct DecideArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
    /// Grant the intervention (bifall): needs --from, --to, --hours and a --goal
    #[arg(long)]
    pub grant: bool,
    /// Reject the application (avslag): needs --reason
    #[arg(long)]
    pub reject: bool,
    /// The grant's first day
    #[arg(long, value_name = "DATE", value_parser = parse_flag, conflicts_with = "reject")]
    pub from: Option<NaiveDate>,
    /// The grant's last day: no decision is "until further notice" (rule G1)
    #[arg(long, value_name = "DATE", value_parser = parse_flag, conflicts_with = "reject")]
    pub to: Option<NaiveDate>,
    /// Hours per month
    #[arg(long, value_name = "N", value_parser = monthly_hours, conflicts_with = "reject")]
    pub hours: Option<f64>,
    /// Meetings per month, where the guideline counts meetings (kontaktperson)
    #[arg(long, value_name = "N", conflicts_with = "reject",
          value_parser = clap::value_parser!(u32).range(1..=62))]
    pub meetings: Option<u32>,
    /// An overall goal of the intervention; repeat for more (rule D1)
    #[arg(long = "goal", value_name = "TEXT", conflicts_with = "reject")]
    pub goals: Vec<String>,
    /// `economy`: temporary help with finances, kontaktperson-sol only, a few months at most (A3)
    #[arg(long, value_parser = PossibleValuesParser::new(["economy"]), conflicts_with = "reject")]
    pub purpose: Option<String>,
    /// What part of the application is not granted, and why: a partial grant, which the letter
    /// tells how to appeal
    #[arg(long, value_name = "TEXT", conflicts_with = "reject")]
    pub partial: Option<String>,
    /// The reasons for a rejection
    #[arg(long, value_name = "TEXT", conflicts_with = "grant")]
    pub reason: Option<String>,
    /// Why the decision goes against the assessment's recommendation (rule G2)
    #[arg(long, value_name = "TEXT")]
    pub deviation_reason: Option<String>,
    /// The documented reason to grant without the guardians' consent: a child from 12 who
    /// consents (K1), or one of two guardians objects (K2)
    #[arg(long, value_name = "TEXT", conflicts_with = "reject")]
    pub override_objection: Option<String>,
    /// One of the child's guardians objects to the intervention (K2)
    #[arg(long, conflicts_with = "reject")]
    pub guardian_objects: bool,
    /// The child has committed a crime that is recorded (K3: kvalificerad-lvu under 15)
    #[arg(long, conflicts_with = "reject")]
    pub crime_recorded: bool,
    /// The reasons that decided it, in your words (motivering, F2): needed for a partial grant
    /// or fewer hours; a rejection's --reason is its motivering
    #[arg(long, value_name = "TEXT")]
    pub motivation: Option<String>,
    /// Why the decision is made without kommunicering (the exceptions of FL 25 §, F1)
    #[arg(long, value_name = "TEXT")]
    pub no_communication_reason: Option<String>,
}

impl Output for Decided {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        match self.outcome {
            Outcome::Grant => {
                write!(
                    w,
                    "case {}: decision #{} grants {} – {}, {} hours a month",
                    self.case_id,
                    self.decision_id,
                    show(self.from),
                    show(self.to),
                    self.hours_per_month.unwrap_or_default()
                )?;
                if let Some(m) = self.meetings_per_month {
                    write!(w, ", {m} meetings a month")?;
                }
                if self.partial {
                    write!(w, " (partial grant)")?;
                }
            }
            Outcome::Reject => write!(
                w,
                "case {}: decision #{} rejects the application",
                self.case_id, self.decision_id
            )?,
        }
        writeln!(w)?;
        writeln!(w, "  legal basis  {}", self.legal_basis)?;
        if let Some(r) = self.replaces {
            writeln!(w, "  replaces     decision #{r}")?;
        }
        writeln!(w, "  status       {}", self.status)?;
        writeln!(
            w,
            "  letter       insats letter {} --format md --out beslut-{}.md",
            self.case_id, self.decision_id
        )
    }
}

fn show(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// A flag's text with blanks removed; empty means absent.
fn text(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

pub fn run(ctx: &Ctx, command: &'static str, args: DecideArgs) -> Result<Box<dyn Output>> {
    let outcome = if args.grant {
        Outcome::Grant
    } else {
        Outcome::Reject
    };
    let reason = match outcome {
        Outcome::Grant => text(args.partial),
        Outcome::Reject => Some(
            text(args.reason)
                .ok_or_else(|| usage("a rejection states its reasons: add --reason TEXT"))?,
        ),
    };
    if outcome == Outcome::Grant {
        if args.from.is_none() {
            return Err(usage("a grant needs its first day: add --from DATE"));
        }
        if args.hours.is_none() {
            return Err(usage(
                "a grant states its level (rule D1): add --hours N (hours per month)",
            ));
        }
    }
    if let (Some(from), Some(to)) = (args.from, args.to)
        && to < from
    {
        bail!("--to {to} is before --from {from}: the period ends after it starts");
    }
    let goals: Vec<String> = args
        .goals
        .iter()
        .map(|g| g.trim().to_string())
        .filter(|g| !g.is_empty())
        .collect();
    let purpose = args.purpose.as_deref().and_then(Purpose::parse);

    let input = DecisionInput {
        outcome,
        from: args.from,
        to: args.to,
        hours_per_month: args.hours,
        meetings_per_month: args.meetings,
        purpose,
        goals,
        reason,
        deviation_reason: text(args.deviation_reason),
        override_reason: text(args.override_objection),
        guardian_objects: args.guardian_objects,
        crime_recorded: args.crime_recorded,
        process: Process {
            motivation: args.motivation,
            no_communication_reason: args.no_communication_reason,
        },
        judgment_of: None,
    };
    // The file must exist: a decision on a missing file creates nothing.
    let mut store = ctx.open_existing(command)?;
    let today = ctx.today;
    let case_id = args.case;
    ctx.admit_decision(&store, case_id)?;
    let decided = store.write(|tx| decide(tx, case_id, today, input))?;
    ctx.warn_all(&decided.warnings);
    Ok(Box::new(decided))
}
