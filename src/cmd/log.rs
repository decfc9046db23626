//! `insats log`: write a note or a correction to the case journal, or read it; record a visit
//! or a cancelled meeting (`act::carry_out`).

use std::io::{self, Write};

use anyhow::Result;
use chrono::NaiveDate;
use clap::builder::PossibleValuesParser;
use clap::{ArgGroup, Args};
use serde::Serialize;

use crate::Ctx;
use crate::act::carry_out::{self, CancelLogged, CancelRequest, Corrected, Visited, num};
use crate::act::person;
use crate::cmd::show::write_journal;
use crate::domain::access::{Op, View};
use crate::domain::cancellation::CancelledBy;
use crate::domain::dates::parse_flag;
use crate::domain::numbers::meeting_hours;
use crate::error::usage;
use crate::json_by_serde;
use crate::render::{Output, Style};
use crate::store::cases::get_case;
use crate::store::journal::{self, Entry, EntryKind};

/// Write a note or a correction to the case journal, record a visit or a cancelled meeting;
/// without flags, print the journal
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("meeting").args(["visit", "cancel"])))]
pub struct LogArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
    /// The note's text
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Correct an earlier entry (the journal is append-only: the correction points at it). On
    /// a visit or cancellation it voids it (its hours count nowhere any more), or, with
    /// --visit DATE --hours H, records that visit in its place
    #[arg(
        long,
        value_name = "ENTRY",
        requires = "note",
        conflicts_with = "cancel"
    )]
    pub correct: Option<i64>,
    /// The applicant's written demand for a decision came in on DATE (F8: answered within four
    /// weeks)
    #[arg(long, value_name = "DATE", value_parser = parse_flag,
          conflicts_with_all = ["correct", "visit", "cancel"])]
    pub demand_decision: Option<NaiveDate>,
    /// Record a meeting held on DATE (with --hours); its hours count against the period (E1)
    #[arg(long, value_name = "DATE", value_parser = parse_flag, requires = "hours")]
    pub visit: Option<NaiveDate>,
    /// The meeting's hours (with --visit; with --cancel, the cancelled meeting's length
    /// [default: the agreement's hours per meeting])
    #[arg(long, value_name = "H", value_parser = meeting_hours, requires = "meeting")]
    pub hours: Option<f64>,
    /// Record that the meeting on DATE was cancelled (E2-E5)
    #[arg(long, value_name = "DATE", value_parser = parse_flag, requires_all = ["by", "notice_days"])]
    pub cancel: Option<NaiveDate>,
    /// Who cancelled (with --cancel); for an individual under 18 only the guardian (E3)
    #[arg(long, value_name = "WHO", value_parser = PossibleValuesParser::new(CancelledBy::NAMES),
          requires = "cancel")]
    pub by: Option<String>,
    /// How many days ahead of the meeting it was cancelled (with --cancel)
    #[arg(long, value_name = "N", requires = "cancel")]
    pub notice_days: Option<u32>,
    /// The new time booked instead (with --cancel): the hours are not lost (E4)
    #[arg(long, value_name = "DATE", value_parser = parse_flag, requires = "cancel")]
    pub rebooked: Option<NaiveDate>,
}

impl LogArgs {
    /// The mode as the role table knows it (S2): the journal read, a note, a correction, a
    /// visit or a cancellation.
    pub fn op(&self) -> Op {
        if self.correct.is_some() {
            Op::LogCorrect
        } else if self.visit.is_some() {
            Op::LogVisit
        } else if self.cancel.is_some() {
            Op::LogCancel
        } else if self.demand_decision.is_some() {
            Op::LogDemand
        } else if self.note.is_some() {
            Op::LogNote
        } else {
            Op::Log
        }
    }
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
    if args.note.as_deref().is_some_and(|n| n.trim().is_empty()) {
        return Err(usage("--note is empty: write the note's text"));
    }
    let today = ctx.today;
    if let Some(day) = args.demand_decision {
        let mut store = ctx.open_existing(command)?;
        let case_id = args.case;
        let entry_id = store.write(|tx| person::demand_decision(tx, case_id, day))?;
        return Ok(Box::new(Logged {
            case_id,
            entry_id,
            kind: "event",
            corrects: None,
        }));
    }
    if let (Some(target), Some(note)) = (args.correct, args.note.as_deref()) {
        let replacement = args.visit.zip(args.hours);
        if args.visit.is_some() != args.hours.is_some() {
            return Err(usage(
                "a corrected visit needs both --visit DATE and --hours H",
            ));
        }
        let mut store = ctx.open_existing(command)?;
        let case_id = args.case;
        let out = store.write(|tx| carry_out::correct(tx, case_id, target, note, replacement))?;
        ctx.warn_all(&out.warnings);
        return Ok(Box::new(out));
    }
    if let (Some(day), Some(hours)) = (args.visit, args.hours) {
        let mut store = ctx.open_existing(command)?;
        let note = args.note.as_deref();
        let out = store.write(|tx| carry_out::visit(tx, args.case, day, hours, note, today))?;
        ctx.warn_all(&out.warnings);
        return Ok(Box::new(out));
    }
    if let Some(day) = args.cancel {
        let by = args.by.as_deref().and_then(CancelledBy::parse);
        let (Some(by), Some(notice_days)) = (by, args.notice_days) else {
            return Err(usage("--cancel needs --by WHO and --notice-days N"));
        };
        let req = CancelRequest {
            day,
            by,
            notice_days,
            rebooked: args.rebooked,
            hours: args.hours,
            note: args.note,
        };
        let mut store = ctx.open_existing(command)?;
        let out = store.write(|tx| carry_out::cancel(tx, args.case, &req, today))?;
        ctx.warn_all(&out.warnings);
        return Ok(Box::new(out));
    }
    let Some(note) = args.note else {
        let store = ctx.open_existing(command)?;
        if ctx.view() == View::Provider {
            // S5: the provider's coordinator reads the provider's records, not the journal.
            return Ok(Box::new(crate::cmd::show::provider::journal(
                &store, args.case,
            )?));
        }
        get_case(&store, args.case)?;
        let entries = journal::entries(&store, args.case)?;
        return Ok(Box::new(Journal {
            case_id: args.case,
            entries,
        }));
    };
    let mut store = ctx.open_existing(command)?;
    let case_id = args.case;
    let entry_id = store.write(|tx| {
        get_case(tx, case_id)?;
        journal::append(tx, case_id, EntryKind::Note, &note)
    })?;
    Ok(Box::new(Logged {
        case_id,
        entry_id,
        kind: "note",
        corrects: None,
    }))
}

impl Output for Visited {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "case {}: visit #{} on {}, {} h",
            self.case_id,
            self.visit_id,
            self.day,
            num(self.hours)
        )?;
        writeln!(w, "  hours  {}", self.balance.describe())
    }
}

impl Output for CancelLogged {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "case {}: cancellation #{} of the meeting on {} by {}, {} days' notice: {} h {}",
            self.case_id,
            self.cancellation_id,
            self.day,
            self.by.as_str(),
            self.notice_days,
            num(self.hours),
            self.effect.as_str()
        )?;
        if let Some(f) = &self.flag {
            writeln!(
                w,
                "  flagged for a new assessment: {} cancellations without a new time, {} – {} (E5)",
                f.count, f.first, f.last
            )?;
        }
        writeln!(w, "  hours  {}", self.balance.describe())
    }
}

impl Output for Corrected {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "case {}: entry #{} corrects #{}",
            self.case_id, self.entry_id, self.corrects
        )?;
        if let Some(v) = self.voided_visit {
            writeln!(w, "  visit #{v} voided: its hours count nowhere any more")?;
        }
        if let Some(c) = self.voided_cancellation {
            writeln!(
                w,
                "  cancellation #{c} voided: its hours count nowhere any more"
            )?;
        }
        if let Some(v) = self.replaced_by {
            writeln!(w, "  visit #{v} recorded in its place")?;
        }
        Ok(())
    }
}
