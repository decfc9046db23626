//! `insats report compensation`: each contact person's fee (arvode) and expense compensation
//! (omkostnadsersättning) for a month, per assignment, as the guideline's percentages of the
//! year's prisbasbelopp.
//!
//! Only contact persons (role `kontaktperson`) are listed: companions (ledsagare) are employed
//! and paid by the hour (the guideline's note on compensation, seeds 000 and 001).
//!
//! An agreement that runs only part of the month is paid pro rata by days (its first and last
//! days included). Beside the amounts stand the expenses the assignee recorded in the month and
//! those the implementation plan did not name (P2); a companion with expenses is listed for
//! them, without fee. An agreement without a compensation level (or with one the guideline does
//! not know) is listed with empty amounts, so that it is noticed.

use anyhow::{Result, anyhow};
use clap::Args;
use serde_json::Value;

use super::{Common, Sheet, meta};
use crate::Ctx;
use crate::domain::report::{Month, compensation_kronor, days_inclusive};
use crate::render::Output;
use crate::render::report::{Column, WhenEmpty, col};
use crate::store::reports::compensation as q;

/// Each contact person's fee and expense compensation for a month, per assignment
#[derive(Debug, Args)]
pub struct CompensationArgs {
    /// The month, YYYY-MM [default: the month of today]
    #[arg(long, value_name = "YYYY-MM", value_parser = super::hours::parse_month)]
    pub month: Option<Month>,
    #[command(flatten)]
    pub common: Common,
}

pub const COLUMNS: &[Column] = &[
    col("assignee_id", 11),
    col("assignee", 20),
    col("pnr", 17),
    col("case_id", 7),
    col("agreement_id", 12),
    col("level", 5),
    col("days", 4),
    col("fee_percent", 11),
    col("expenses_percent", 16),
    col("fee", 6),
    col("expenses", 8),
    col("recorded_expenses", 17),
    col("outside_plan", 12),
];

pub fn run(ctx: &Ctx, command: &'static str, args: CompensationArgs) -> Result<Box<dyn Output>> {
    let sheet = Sheet::open(ctx, command, "compensation", &args.common)?;
    let month = args.month.unwrap_or_else(|| Month::containing(sheet.today));
    let year = month.year.to_string();
    let pbb = *sheet
        .guideline
        .settings
        .prisbasbelopp
        .get(&year)
        .ok_or_else(|| {
            anyhow!(
                "the guideline sets no prisbasbelopp for {year}: import a guideline that sets it (settings.prisbasbelopp)"
            )
        })?;
    let (first, last) = (month.first_day(), month.last_day());
    let m = meta([
        ("month", Value::from(month.to_string())),
        ("prisbasbelopp", Value::from(pbb)),
    ]);
    sheet.stream(COLUMNS, m, WhenEmpty::Header, |sheet, out| {
        let levels = &sheet.guideline.settings.compensation.levels;
        q::agreements(&sheet.store, first, last, &mut |a| {
            // Companions are paid by the hour: listed only for the expenses they recorded (P2).
            if a.role != "kontaktperson" && a.expenses_ore == 0 {
                return Ok(());
            }
            let from = a.start.max(first);
            let to = a.ended.unwrap_or(last).min(last);
            let days = days_inclusive(from, to);
            if days == 0 {
                return Ok(());
            }
            let level = a
                .level
                .filter(|_| a.role == "kontaktperson")
                .and_then(|l| levels.iter().find(|x| x.level == l));
            let kr = |ore: i64| Value::from(ore as f64 / 100.0);
            let amount = |pct: f64| Value::from(compensation_kronor(pbb, pct, days, month.days()));
            let pct = |p: f64| super::hours(p);
            out.row(vec![
                Value::from(a.assignee_id),
                Value::from(a.assignee),
                sheet.identity(&a.pnr, false),
                Value::from(a.case_id),
                Value::from(a.agreement_id),
                a.level.map_or(Value::Null, Value::from),
                Value::from(days),
                level.map_or(Value::Null, |l| pct(l.fee_percent)),
                level.map_or(Value::Null, |l| pct(l.expenses_percent)),
                level.map_or(Value::Null, |l| amount(l.fee_percent)),
                level.map_or(Value::Null, |l| amount(l.expenses_percent)),
                kr(a.expenses_ore),
                kr(a.outside_plan_ore),
            ])
        })
    })
}
