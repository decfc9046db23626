//! `insats follow-up`: follow up a grant (E6, E7) or an LVU 22 § decision (E9), review the
//! agreement with the assignee (E8), or list what is due (G1). The workflow is `act::follow_up`.

use std::io::{self, Write};

use anyhow::Result;
use chrono::NaiveDate;
use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{ArgGroup, Args};
use serde_json::{Map, Value};

use crate::Ctx;
use crate::act::due_process::Process;
use crate::act::follow_up::{
    self, AgreementReviewed, DEFAULT_WITHIN_DAYS, DueView, FollowedUp, Request, follow_up,
    record_agreement_review,
};
use crate::domain::dates::parse_flag;
use crate::domain::followup::{Attainment, EndReason, Outcome};
use crate::domain::numbers::monthly_hours;
use crate::error::usage;
use crate::json_by_serde;
use crate::render::report::{Column, Format, ReportWriter, Written, col, to_stdout};
use crate::render::spill::{self, Sorter};
use crate::render::{Output, Style};
use crate::store::cases::get_case;
use crate::store::guideline::in_use;

/// Follow up a decision (uppföljning), review the agreement with the assignee, or list what is due
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("action").required(true)
    .args(["outcome", "agreement_review", "due"])))]
pub struct FollowUpArgs {
    /// The case number
    #[arg(
        value_name = "CASE",
        required_unless_present = "due",
        conflicts_with = "due"
    )]
    pub case: Option<i64>,
    /// What the follow-up decided (E6): the intervention continues, changes, is extended, or
    /// ends (E7)
    #[arg(long, value_name = "OUTCOME", value_parser = PossibleValuesParser::new(Outcome::NAMES),
          requires = "note")]
    pub outcome: Option<String>,
    /// What the follow-up found (for the journal)
    #[arg(long, value_name = "TEXT", conflicts_with = "due")]
    pub note: Option<String>,
    /// The new decision's end date (extend, change)
    #[arg(long, value_name = "DATE", value_parser = parse_flag, requires = "outcome")]
    pub to: Option<NaiveDate>,
    /// Hours a month in the new decision (extend, change) [default: as decided now]
    #[arg(long, value_name = "N", requires = "outcome", value_parser = monthly_hours)]
    pub hours: Option<f64>,
    /// How far the intervention's goals were met (måluppfyllelse)
    #[arg(long, value_name = "HOW", value_parser = attainment_values(), requires = "outcome")]
    pub attainment: Option<String>,
    /// Why the intervention ends (with --outcome end, E7)
    #[arg(long, value_name = "REASON", value_parser = end_reason_values(), requires = "outcome")]
    pub end_reason: Option<String>,
    /// The reasons that decided it, in your words (motivering, F2): needed for fewer hours or an
    /// ending the individual did not ask for
    #[arg(long, value_name = "TEXT", requires = "outcome")]
    pub motivation: Option<String>,
    /// Why the decision is made without kommunicering (the exceptions of FL 25 §, F1)
    #[arg(long, value_name = "TEXT", requires = "outcome")]
    pub no_communication_reason: Option<String>,
    /// Record the yearly review of the agreement with the assignee (E8), with --note
    #[arg(long, requires = "note")]
    pub agreement_review: bool,
    /// List the follow-ups (G1), LVU reviews (E9) and agreement reviews (E8) due or overdue
    #[arg(long)]
    pub due: bool,
    /// With --due: how many days ahead count as due [default: 30]
    #[arg(long, value_name = "DAYS", requires = "due")]
    pub within: Option<u32>,
    /// With --due: table, json, csv or markdown [default: table; json with --json]
    #[arg(long, value_name = "FORMAT", value_parser = PossibleValuesParser::new(Format::NAMES),
          requires = "due")]
    pub format: Option<String>,
}

fn attainment_values() -> PossibleValuesParser {
    PossibleValuesParser::new([
        PossibleValue::new("met"),
        PossibleValue::new("partly"),
        PossibleValue::new("not-met").alias("not_met"),
    ])
}

fn end_reason_values() -> PossibleValuesParser {
    PossibleValuesParser::new([
        PossibleValue::new("need-met-otherwise").alias("need_met_otherwise"),
        PossibleValue::new("does-not-want").alias("does_not_want"),
        PossibleValue::new("moved"),
        PossibleValue::new("died"),
        PossibleValue::new("other"),
    ])
}

pub fn run(ctx: &Ctx, command: &'static str, args: FollowUpArgs) -> Result<Box<dyn Output>> {
    if args.due {
        return due(ctx, command, &args);
    }
    let case_id = args
        .case
        .ok_or_else(|| usage("give the case number: insats follow-up CASE ..."))?;
    let note = args.note.clone().unwrap_or_default();
    if note.trim().is_empty() {
        return Err(usage("--note is empty: write what the follow-up found"));
    }
    if args.agreement_review {
        return review(ctx, command, case_id, &note);
    }
    let outcome = args
        .outcome
        .as_deref()
        .and_then(Outcome::parse)
        .ok_or_else(|| usage("give --outcome continue|change|extend|end"))?;
    let attainment = args.attainment.as_deref().and_then(Attainment::parse);
    let end_reason = args.end_reason.as_deref().and_then(EndReason::parse);
    if end_reason.is_some() && outcome != Outcome::End {
        return Err(usage("--end-reason goes with --outcome end"));
    }
    if !outcome.makes_new_decision() && (args.to.is_some() || args.hours.is_some()) {
        return Err(usage(
            "--to and --hours set the new decision of --outcome extend or change",
        ));
    }
    let req = Request {
        case_id,
        outcome,
        attainment,
        end_reason,
        note: note.trim().to_string(),
        to: args.to,
        hours: args.hours,
        process: Process {
            motivation: args.motivation.clone(),
            no_communication_reason: args.no_communication_reason.clone(),
        },
    };
    let today = ctx.today;
    let mut store = ctx.open_existing(command)?;
    if outcome != Outcome::Continue {
        // A change, an extension or an ending is a decision (S2).
        ctx.admit_decision(&store, case_id)?;
    }
    let out = store.write(|tx| follow_up(tx, &req, today))?;
    ctx.warn_all(&out.warnings);
    Ok(Box::new(out))
}

impl Output for FollowedUp {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        write!(
            w,
            "case {}: follow-up #{} of decision #{}: {}",
            self.case_id,
            self.follow_up_id,
            self.decision_id,
            self.outcome.as_str()
        )?;
        if let Some(r) = self.end_reason {
            write!(w, " ({})", r.as_str())?;
        }
        writeln!(w)?;
        if let Some(d) = self.new_decision_id {
            writeln!(w, "  new decision #{d} replaces it (E6)")?;
        }
        if self.outcome == Outcome::End {
            writeln!(w, "  decision, order and agreement ended {} (E7)", self.day)?;
        }
        if let Some(a) = self.assignee_back_to_waiting {
            writeln!(w, "  assignee #{a} is waiting for a new assignment")?;
        }
        if let Some(d) = self.next_lvu_review {
            writeln!(w, "  next LVU review by {d} (E9)")?;
        }
        Ok(())
    }
}

impl Output for AgreementReviewed {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "case {}: agreement #{} reviewed {}; next review by {} (E8)",
            self.case_id, self.agreement_id, self.reviewed, self.next_review
        )
    }
}

/// `follow-up CASE --agreement-review --note TEXT` (E8).
fn review(ctx: &Ctx, command: &'static str, case_id: i64, note: &str) -> Result<Box<dyn Output>> {
    let today = ctx.today;
    let mut store = ctx.open_existing(command)?;
    let out = store.write(|tx| {
        get_case(tx, case_id)?;
        record_agreement_review(tx, case_id, note, today)
    })?;
    Ok(Box::new(out))
}

/// Keys (JSON, CSV) in English, the table's headers in Swedish.
const DUE_COLUMNS: &[Column] = &[
    col("kind", 16),
    col("case_id", 7),
    col("rule", 5),
    col("due", 10),
    col("state", 10),
    col("message", 40),
];

/// `follow-up --due [--within DAYS] [--format F]`: what is due within the window, or
/// overdue, across every grant in force, by due day, case and kind. Streamed like a report:
/// sorted within `INSATS_SPILL_KIB` of memory (`render::spill`), the rest in a temporary file.
fn due(ctx: &Ctx, command: &'static str, args: &FollowUpArgs) -> Result<Box<dyn Output>> {
    if ctx.json && args.format.as_deref().is_some_and(|f| f != "json") {
        return Err(usage(
            "--json asks for JSON but --format asks for another format: give one of them",
        ));
    }
    let format =
        Format::choose(args.format.as_deref(), ctx.json).map_err(|e| usage(e.to_string()))?;
    let within = args.within.unwrap_or(DEFAULT_WITHIN_DAYS);
    let store = ctx.open_existing(command)?;
    let g = in_use(&store)?;
    let today = ctx.today;
    let mut sorted = Sorter::new(spill::budget()?);
    follow_up::each_due(&store, &g.settings, today, within, &mut |d| {
        let key = format!("{}{:020}{}", d.due, d.case_id, d.kind);
        sorted.push(key, due_cells(&d))
    })?;
    let mut meta = Map::new();
    meta.insert("as_of".into(), Value::from(today.to_string()));
    meta.insert("within".into(), Value::from(within));
    let style = Style {
        color: ctx.color,
        tty: ctx.stdout_tty,
    };
    to_stdout(format, |w| {
        let mut r = ReportWriter::begin(w, format, DUE_COLUMNS, meta, style)?;
        sorted.each(&mut |cells| r.row(due_row(cells)))?;
        r.finish()?;
        Ok(())
    })?;
    Ok(Box::new(Written))
}

/// One item of `--due` as the sorter holds it: its cells in the columns' order, as text.
fn due_cells(d: &DueView) -> Vec<String> {
    vec![
        d.kind.to_string(),
        d.case_id.to_string(),
        d.rule.id().to_string(),
        d.due.to_string(),
        d.state.as_str().to_string(),
        d.message.clone(),
    ]
}

/// One row of `--due`, in the columns' order, from its cells: the case number a number again.
fn due_row(mut cells: Vec<String>) -> Vec<Value> {
    let case_id = cells[1].parse::<i64>().map_or(Value::Null, Value::from);
    let mut row: Vec<Value> = cells.drain(..).map(Value::from).collect();
    row[1] = case_id;
    row
}
