//! `insats decide`: the decision (beslut). A grant is time-limited, states its level and goals,
//! and rests on a completed assessment; every legal limit is checked in `domain::decision`.

use std::io::{self, Write};

use anyhow::{Result, anyhow, bail};
use chrono::NaiveDate;
use clap::builder::PossibleValuesParser;
use clap::{ArgGroup, Args};
use serde::Serialize;

use crate::Ctx;
use crate::cli::parse_date;
use crate::domain::case::{InsatsType, RequestedBy};
use crate::domain::decision::{
    ConsentBasis, Decision, DecisionFacts, Outcome, Purpose, Warning, check,
};
use crate::error::usage;
use crate::json_by_serde;
use crate::render::{Output, Style};
use crate::store::cases::{get_case, get_person};
use crate::store::decision::{latest_completed_assessment, record};
use crate::store::guideline::{ensure_active, load};

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
    #[arg(long, value_name = "DATE", value_parser = parse_date, conflicts_with = "reject")]
    pub from: Option<NaiveDate>,
    /// The grant's last day: no decision is "until further notice" (rule G1)
    #[arg(long, value_name = "DATE", value_parser = parse_date, conflicts_with = "reject")]
    pub to: Option<NaiveDate>,
    /// Hours per month
    #[arg(long, value_name = "N", value_parser = parse_hours, conflicts_with = "reject")]
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
}

/// Hours per month: a positive number no larger than the hours of a month.
fn parse_hours(s: &str) -> Result<f64, String> {
    match s.trim().replace(',', ".").parse::<f64>() {
        Ok(h) if h.is_finite() && h > 0.0 && h <= 744.0 => Ok(h),
        _ => Err(format!(
            "'{s}' is not a number of hours per month: give a number above 0, e.g. 10 or 7.5"
        )),
    }
}

#[derive(Debug, Serialize)]
pub struct Decided {
    pub decision_id: i64,
    pub case_id: i64,
    pub outcome: Outcome,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub hours_per_month: Option<f64>,
    pub meetings_per_month: Option<u32>,
    pub goals: Vec<String>,
    pub purpose: Option<Purpose>,
    pub partial: bool,
    pub reason: Option<String>,
    pub deviation_reason: Option<String>,
    pub legal_basis: String,
    pub consent: Option<ConsentBasis>,
    pub decided_day: NaiveDate,
    pub decided_by: String,
    pub assessment_id: Option<i64>,
    pub guideline_id: i64,
    pub guideline: String,
    pub replaces: Option<i64>,
    pub status: String,
    pub warnings: Vec<Warning>,
    pub journal_entry: i64,
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

    let mut store = ctx.open_for_read(command)?;
    let case = get_case(store.conn(), args.case)?;
    if case.status == "ended" {
        bail!(
            "case {} has ended: register a new application with `insats apply`",
            case.case_id
        );
    }
    let insats = InsatsType::parse(&case.insats)
        .ok_or_else(|| anyhow!("case {} has an unknown intervention type", case.case_id))?;
    if purpose == Some(Purpose::Economy) && insats != InsatsType::KontaktpersonSol {
        return Err(usage(
            "--purpose economy is for kontaktperson-sol only (rule A3)",
        ));
    }
    let requested_by = RequestedBy::parse(&case.requested_by)
        .ok_or_else(|| anyhow!("case {} has an unknown requester", case.case_id))?;
    let pnr = get_person(store.conn(), case.person_id)?.pnr()?;
    let today = ctx.today;
    let start = match outcome {
        Outcome::Grant => args.from.unwrap_or(today),
        Outcome::Reject => today,
    };
    let deviation_reason = text(args.deviation_reason);
    let override_reason = text(args.override_objection);

    let (decision, checked, recorded, label) = store.write(|tx| {
        let assessment = latest_completed_assessment(tx, case.case_id)?;
        let stored = match &assessment {
            Some(a) => load(tx, a.guideline_id)?,
            None => ensure_active(tx)?,
        };
        let g = &stored.guideline;
        let intervention = g.intervention(insats.as_str()).ok_or_else(|| {
            anyhow!(
                "guideline {} has no intervention {}: import a guideline that has it",
                g.label(),
                insats.as_str()
            )
        })?;
        if args.meetings.is_some() && !intervention.counts_meetings {
            return Err(usage(format!(
                "--meetings is for interventions whose guideline counts meetings; {} counts hours only",
                insats.as_str()
            )));
        }
        let facts = DecisionFacts {
            insats,
            outcome,
            age_on_start: pnr.age_on(start),
            age_on_decision: pnr.age_on(today),
            requested_by,
            consent_self: case.consent_self,
            consent_guardian: case.consent_guardian,
            guardians: case.guardians.and_then(|g| u8::try_from(g).ok()),
            court_ref: case.court_ref.as_deref(),
            guardian_objects: args.guardian_objects,
            crime_recorded: args.crime_recorded,
            override_reason: override_reason.as_deref(),
            deviation_reason: deviation_reason.as_deref(),
            from: args.from,
            to: args.to,
            meetings_per_month: args.meetings,
            purpose,
            goals: &goals,
            assessment: assessment.as_ref().map(|a| &a.facts),
            intervention,
            settings: &g.settings,
        };
        let checked = check(&facts)?;
        let legal_basis = g
            .reference(insats.as_str(), start)
            .ok_or_else(|| {
                anyhow!(
                    "guideline {} has no legal reference for {} in force on {start}: import a guideline that has one (rule R3)",
                    g.label(),
                    insats.as_str()
                )
            })?
            .text
            .clone();
        let decision = Decision {
            case_id: case.case_id,
            insats,
            outcome,
            decided_day: today,
            from: args.from.filter(|_| outcome == Outcome::Grant),
            to: args.to,
            hours_per_month: args.hours,
            meetings_per_month: args.meetings,
            purpose,
            goals: goals.clone(),
            reason: reason.clone(),
            deviation_reason: deviation_reason.clone(),
            override_reason: override_reason.clone(),
            guardian_objects: args.guardian_objects,
            crime_recorded: args.crime_recorded,
            legal_basis,
            assessment_id: assessment.as_ref().map(|a| a.assessment_id),
            guideline_id: stored.id,
            consent: checked.consent,
        };
        let recorded = record(tx, &decision, &checked.warnings)?;
        Ok((decision, checked, recorded, g.label()))
    })?;

    for w in &checked.warnings {
        ctx.warn(&w.message);
    }
    let partial = decision.is_partial();
    Ok(Box::new(Decided {
        decision_id: recorded.decision_id,
        case_id: decision.case_id,
        outcome,
        from: decision.from,
        to: decision.to,
        hours_per_month: decision.hours_per_month,
        meetings_per_month: decision.meetings_per_month,
        goals: decision.goals,
        purpose: decision.purpose,
        partial,
        reason: decision.reason,
        deviation_reason: decision.deviation_reason,
        legal_basis: decision.legal_basis,
        consent: decision.consent,
        decided_day: today,
        decided_by: ctx.user.clone(),
        assessment_id: decision.assessment_id,
        guideline_id: decision.guideline_id,
        guideline: label,
        replaces: recorded.replaces,
        status: recorded.status,
        warnings: checked.warnings,
        journal_entry: recorded.journal_entry,
    }))
}
