//! `log CASE --expense DATE --amount KR --what TEXT` (P2) and `log CASE --changed-needs DATE
//! --note TEXT` (P3): what the provider records while the intervention runs.

use std::io::{self, Write};

use anyhow::Result;

use super::LogArgs;
use crate::Ctx;
use crate::act::provider_work::{self, ExpenseLogged, NeedsReported};
use crate::domain::plan::parse_kronor;
use crate::domain::text::flag_text;
use crate::error::usage;
use crate::json_by_serde;
use crate::render::{Output, Style};

/// The expense or the report of changed needs, when the flags ask for one; `None` otherwise.
pub fn run(ctx: &Ctx, command: &'static str, args: &LogArgs) -> Result<Option<Box<dyn Output>>> {
    let today = ctx.today;
    if let Some(day) = args.expense {
        not_after(day, today, "--expense")?;
        let ore = parse_kronor(args.amount.as_deref().unwrap_or("")).map_err(usage)?;
        let what = flag_text("--what", args.what.as_deref().unwrap_or(""), 200).map_err(usage)?;
        let mut store = ctx.open_existing(command)?;
        let out = store.write(|tx| provider_work::expense(tx, args.case, day, ore, &what))?;
        ctx.warn_all(&out.warnings);
        return Ok(Some(Box::new(out)));
    }
    if let Some(day) = args.changed_needs {
        not_after(day, today, "--changed-needs")?;
        let note = flag_text("--note", args.note.as_deref().unwrap_or(""), 2000).map_err(usage)?;
        let mut store = ctx.open_existing(command)?;
        let out = store.write(|tx| provider_work::changed_needs(tx, args.case, day, &note))?;
        return Ok(Some(Box::new(out)));
    }
    Ok(None)
}

fn not_after(day: chrono::NaiveDate, today: chrono::NaiveDate, flag: &str) -> Result<()> {
    if day > today {
        return Err(usage(format!(
            "{flag} {day} is after today ({today}): record it when it has happened"
        )));
    }
    Ok(())
}

impl Output for ExpenseLogged {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        let plan = if self.in_plan {
            "named in the plan"
        } else {
            "not in the plan (P2)"
        };
        writeln!(
            w,
            "case {}: expense #{} on {}, {} kr for {} ({plan})",
            self.case_id, self.expense_id, self.day, self.amount, self.what
        )
    }
}

impl Output for NeedsReported {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "case {}: changed needs reported on {}; the caseworker is reminded until a follow-up (P3)",
            self.case_id, self.day
        )
    }
}
