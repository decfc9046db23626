//! `insats report hours`: granted against used hours per executed case in a month (E1), and the
//! balance of the hours period the month ends in (for the flex model the three-month period,
//! for the strict model the month itself).
//!
//! The month's figures count as the strict model does (the calendar month, pro rata from the
//! execution day and to the decision's last day); the period's are read on the month's last
//! day, or on today while the month runs. Hours of the grant covering the month (a change or an
//! extension counts from its first day).

use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;
use serde_json::Value;

use super::{Common, Sheet, date, hours, meta};
use crate::Ctx;
use crate::domain::hours::{HoursEntry, Level, Model, balance_levels, period_containing};
use crate::domain::report::Month;
use crate::render::Output;
use crate::render::report::{Column, WhenEmpty, col};
use crate::store::Db;
use crate::store::reports::quarter as q;

/// Granted against used hours per case in a month, and the balance of its hours period (E1)
#[derive(Debug, Args)]
pub struct HoursArgs {
    /// The month, YYYY-MM [default: the month of today]
    #[arg(long, value_name = "YYYY-MM", value_parser = parse_month)]
    pub month: Option<Month>,
    #[command(flatten)]
    pub common: Common,
}

pub fn parse_month(s: &str) -> Result<Month, String> {
    Month::parse(s).map_err(|e| e.to_string())
}

pub const COLUMNS: &[Column] = &[
    col("case_id", 7),
    col("pnr", 17),
    col("insats", 19),
    col("model", 6),
    col("hours_per_month", 15),
    col("granted", 7),
    col("used", 6),
    col("lost", 6),
    col("kept", 6),
    col("remaining", 9),
    col("over", 6),
    col("period_start", 12),
    col("period_end", 10),
    col("period_granted", 14),
    col("period_used", 11),
    col("period_remaining", 16),
];

pub fn run(ctx: &Ctx, command: &'static str, args: HoursArgs) -> Result<Box<dyn Output>> {
    let sheet = Sheet::open(ctx, command, "hours", &args.common)?;
    let month = args.month.unwrap_or_else(|| Month::containing(sheet.today));
    let (first, last) = (month.first_day(), month.last_day());
    // The period's balance as of the month's last day, or today while the month runs.
    let on = if (first..=last).contains(&sheet.today) {
        sheet.today
    } else {
        last
    };
    let m = meta([
        ("month", Value::from(month.to_string())),
        ("balance_on", date(on)),
    ]);
    sheet.stream(COLUMNS, m, WhenEmpty::Header, |sheet, out| {
        let conn: &Db = &sheet.store;
        let settings = &sheet.guideline.settings;
        q::executed(conn, first, last, &mut |row| {
            let (Some(order_id), Some(executed)) = (row.order_id, row.executed) else {
                return Ok(());
            };
            let case_id = row.who.case_id;
            let covering = q::covering(conn, case_id, first, last)?;
            let (hours_per_month, decision_to) = match &covering {
                Some(c) => (c.hours_per_month, c.to),
                None => (row.hours_per_month, row.decision_to),
            };
            let model = sheet
                .guideline
                .intervention(&row.who.insats)
                .map_or(Model::Strict, |i| {
                    Model::from_guideline(i.hours_model, settings.flex_period_months)
                });
            let period = period_containing(model, executed, on);
            // A change or an extension that began inside the period counts each level by day
            // (E1); the decisions before it are read only then.
            let levels = match &covering {
                Some(c) if c.replaces.is_some() && c.from > period.start.min(first) => {
                    crate::store::carry::levels(conn, c.decision_id)?
                }
                _ => Level::only(hours_per_month).to_vec(),
            };
            let entries = ledger(
                conn,
                case_id,
                order_id,
                period.start.min(first),
                period.end.max(last),
            )?;
            let month_balance = balance_levels(
                Model::Strict,
                &levels,
                executed,
                decision_to,
                &entries,
                last,
            );
            let period_balance =
                balance_levels(model, &levels, executed, decision_to, &entries, on);
            out.row(vec![
                Value::from(case_id),
                sheet.identity(&row.who.pnr, row.who.protected),
                Value::from(row.who.insats.as_str()),
                Value::from(match model {
                    Model::Strict => "strict",
                    Model::Flex { .. } => "flex",
                }),
                hours(hours_per_month),
                hours(month_balance.granted),
                hours(month_balance.used),
                hours(month_balance.lost),
                hours(month_balance.kept),
                hours(month_balance.remaining),
                hours(month_balance.over),
                date(period_balance.period_start),
                date(period_balance.period_end),
                hours(period_balance.granted),
                hours(period_balance.used),
                hours(period_balance.remaining),
            ])
        })
    })
}

/// A case's meetings and cancellations in `from..=to` as the hours domain reads them: a late
/// cancellation's hours are lost (E4), one the assignee or provider made keeps them (E2), a
/// rebooked one changes nothing (the new meeting is a visit).
fn ledger(
    conn: &Db,
    case_id: i64,
    order_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<HoursEntry>> {
    let mut entries = Vec::new();
    q::ledger(conn, case_id, order_id, from, to, &mut |l| {
        let (day, hours) = (l.day, l.hours);
        match l.kind.as_str() {
            "visit" => entries.push(HoursEntry::Visit { day, hours }),
            "lost" => entries.push(HoursEntry::Lost { day, hours }),
            "kept" => entries.push(HoursEntry::Kept { day, hours }),
            _ => {}
        }
        Ok(())
    })?;
    Ok(entries)
}
