//! `insats report`: batch reports and the nightly reminder. One file per report; this one holds
//! the subcommands and what every report shares: the format, masking (G5), streaming.
//!
//! Every report writes its rows to stdout as it reads them (table, JSON or CSV through
//! `render::report`), so a long report never sits whole in memory. JSON is one document,
//! `{"as_of": DATE, ..., "items": [...]}`, with stable keys; CSV has a header of the same keys.

pub mod access;
pub mod caseload;
pub mod compensation;
pub mod council;
pub mod expiring;
pub mod hours;
pub mod ivo;
pub mod lss_register;
pub mod reminders;
mod reminders_law;
pub mod retention;
pub mod stats;
pub mod unexecuted;

#[cfg(test)]
mod plans;

use std::io::Write;

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde_json::{Map, Value};

use crate::Ctx;
use crate::domain::access::Op;
use crate::domain::secrecy;
use crate::error::usage;
use crate::guideline::Guideline;
use crate::render::report::{Column, Format, Report, WhenEmpty, Written, to_stdout};
use crate::render::{Output, Style};
use crate::store::Store;
use crate::store::guideline::in_use;

/// Batch reports and the nightly reminder (personal identity numbers masked unless --reveal)
#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(subcommand)]
    pub report: ReportCommand,
}

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    Reminders(reminders::RemindersArgs),
    Expiring(expiring::ExpiringArgs),
    Unexecuted(unexecuted::UnexecutedArgs),
    Ivo(ivo::IvoArgs),
    Hours(hours::HoursArgs),
    Stats(stats::StatsArgs),
    Caseload(caseload::CaseloadArgs),
    Compensation(compensation::CompensationArgs),
    Retention(retention::RetentionReportArgs),
    Access(access::AccessArgs),
    Council(council::CouncilArgs),
    LssRegister(lss_register::LssRegisterArgs),
}

impl ReportCommand {
    /// The report's name, as the audit trail records it.
    pub fn name(&self) -> &'static str {
        match self {
            ReportCommand::Reminders(_) => "reminders",
            ReportCommand::Expiring(_) => "expiring",
            ReportCommand::Unexecuted(_) => "unexecuted",
            ReportCommand::Ivo(_) => "ivo",
            ReportCommand::Hours(_) => "hours",
            ReportCommand::Stats(_) => "stats",
            ReportCommand::Caseload(_) => "caseload",
            ReportCommand::Compensation(_) => "compensation",
            ReportCommand::Retention(_) => "retention",
            ReportCommand::Access(_) => "access",
            ReportCommand::Council(_) => "council",
            ReportCommand::LssRegister(_) => "lss-register",
        }
    }

    /// The report as the role table knows it (S2).
    pub fn op(&self) -> Op {
        match self {
            ReportCommand::Reminders(_) => Op::ReportReminders,
            ReportCommand::Expiring(_) => Op::ReportExpiring,
            ReportCommand::Unexecuted(_) => Op::ReportUnexecuted,
            ReportCommand::Ivo(_) => Op::ReportIvo,
            ReportCommand::Hours(_) => Op::ReportHours,
            ReportCommand::Stats(_) => Op::ReportStats,
            ReportCommand::Caseload(_) => Op::ReportCaseload,
            ReportCommand::Compensation(_) => Op::ReportCompensation,
            ReportCommand::Retention(_) => Op::ReportRetention,
            ReportCommand::Access(_) => Op::ReportAccess,
            ReportCommand::Council(_) => Op::ReportCouncil,
            ReportCommand::LssRegister(_) => Op::ReportLssRegister,
        }
    }
}

/// The flags every report takes.
#[derive(Debug, Clone, Args)]
pub struct Common {
    /// Output format [default: table; json with the global --json]
    #[arg(long, value_name = "FORMAT", value_parser = Format::NAMES)]
    pub format: Option<String>,
    /// Show whole personal identity numbers (recorded in the audit trail; never for a
    /// protected identity, rule G5)
    #[arg(long)]
    pub reveal: bool,
}

pub fn run(ctx: &Ctx, command: &'static str, args: ReportArgs) -> Result<Box<dyn Output>> {
    match args.report {
        ReportCommand::Reminders(a) => reminders::run(ctx, command, a),
        ReportCommand::Expiring(a) => expiring::run(ctx, command, a),
        ReportCommand::Unexecuted(a) => unexecuted::run(ctx, command, a),
        ReportCommand::Ivo(a) => ivo::run(ctx, command, a),
        ReportCommand::Hours(a) => hours::run(ctx, command, a),
        ReportCommand::Stats(a) => stats::run(ctx, command, a),
        ReportCommand::Caseload(a) => caseload::run(ctx, command, a),
        ReportCommand::Compensation(a) => compensation::run(ctx, command, a),
        ReportCommand::Retention(a) => retention::run(ctx, command, a),
        ReportCommand::Access(a) => access::run(ctx, command, a),
        ReportCommand::Council(a) => council::run(ctx, command, a),
        ReportCommand::LssRegister(a) => lss_register::run(ctx, command, a),
    }
}

/// What a report run has at hand: the file, the day, the guideline, how to print.
pub struct Sheet {
    pub store: Store,
    pub today: NaiveDate,
    pub guideline: std::rc::Rc<Guideline>,
    pub format: Format,
    pub reveal: bool,
    pub style: Style,
}

impl Sheet {
    /// Opens the file for a report named `name`; `--reveal` is recorded in the audit trail
    /// before anything is shown (G5).
    pub fn open(ctx: &Ctx, command: &'static str, name: &str, common: &Common) -> Result<Sheet> {
        let format =
            Format::choose(common.format.as_deref(), ctx.json).map_err(|e| usage(e.to_string()))?;
        let mut store = ctx.open_existing(command)?;
        // The access line counts the people the report shows (S4).
        store.note().counts_people = true;
        if common.reveal {
            store.write(|tx| tx.audit(&format!("report {name} --reveal"), None))?;
        }
        let guideline = in_use(&store)?;
        Ok(Sheet {
            store,
            today: ctx.today,
            guideline,
            format,
            reveal: common.reveal,
            style: Style {
                color: ctx.color,
                tty: ctx.stdout_tty,
            },
        })
    }

    /// A person the report shows without their number (a pseudonym): counted for the access
    /// line all the same (S4).
    pub fn saw(&self, pnr: &str) {
        self.store.note().saw(pnr);
    }

    /// A personal identity number as a report shows it (G5): masked unless revealed, and never
    /// for a protected identity.
    ///
    /// Each person shown is counted for the report's access line (S4).
    pub fn identity(&self, pnr: &str, protected: bool) -> Value {
        let mut note = self.store.note();
        note.saw(pnr);
        if self.reveal && !protected {
            note.revealed = true;
        }
        Value::from(secrecy::identity(pnr, protected, self.reveal))
    }

    /// Streams a report to stdout: `rows` writes each row as it reads it.
    pub fn stream(
        &self,
        columns: &'static [Column],
        mut meta: Map<String, Value>,
        when_empty: WhenEmpty,
        rows: impl FnOnce(&Sheet, &mut Report<'_>) -> Result<()>,
    ) -> Result<Box<dyn Output>> {
        if !meta.contains_key("as_of") {
            meta.insert("as_of".into(), date(self.today));
        }
        to_stdout(self.format, |w| {
            self.stream_to(w, columns, meta, when_empty, rows)
        })?;
        Ok(Box::new(Written))
    }

    /// The same, to any writer (the demo shows the first reminders after its summary).
    pub fn stream_to(
        &self,
        w: &mut dyn Write,
        columns: &'static [Column],
        meta: Map<String, Value>,
        when_empty: WhenEmpty,
        rows: impl FnOnce(&Sheet, &mut Report<'_>) -> Result<()>,
    ) -> Result<()> {
        let mut report = Report::begin(w, self.format, columns, meta, self.style, when_empty)?;
        rows(self, &mut report)?;
        report.finish()?;
        Ok(())
    }
}

/// A date as reports write it: `YYYY-MM-DD`.
pub fn date(d: NaiveDate) -> Value {
    Value::from(d.to_string())
}

pub fn opt_date(d: Option<NaiveDate>) -> Value {
    d.map_or(Value::Null, date)
}

/// Hours rounded to hundredths, as a number.
pub fn hours(h: f64) -> Value {
    let r = crate::domain::numbers::hundredths(h);
    serde_json::Number::from_f64(r).map_or(Value::Null, Value::Number)
}

/// The `meta` map from pairs.
pub fn meta(pairs: impl IntoIterator<Item = (&'static str, Value)>) -> Map<String, Value> {
    pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
}

/// The law an intervention type rests on, from the guideline (R3), else the built-in table.
pub fn law_of(guideline: &Guideline, insats: &str) -> String {
    guideline
        .intervention(insats)
        .map(|i| i.law.clone())
        .or_else(|| crate::domain::case::InsatsType::parse(insats).map(|t| t.law().to_string()))
        .unwrap_or_default()
}

/// The intervention as a caseworker reads it ("kontaktperson", "ledsagning", ...).
pub fn swedish(insats: &str) -> String {
    crate::domain::case::InsatsType::parse(insats)
        .map_or_else(|| insats.to_string(), |t| t.swedish().to_string())
}
