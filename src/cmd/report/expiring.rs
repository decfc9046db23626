//! `insats report expiring`: grants that end within DAYS (G1).

use anyhow::Result;
use clap::Args;
use serde_json::Value;

use super::{Common, Sheet, date, hours, meta};
use crate::Ctx;
use crate::domain::report::plus_days;
use crate::render::Output;
use crate::render::report::{Column, WhenEmpty, col};
use crate::store::reports::reminders as q;

/// Grants in force that end within DAYS of today (G1), by their last day
#[derive(Debug, Args)]
pub struct ExpiringArgs {
    /// Grants whose last day is today or within this many days
    #[arg(long, value_name = "DAYS", default_value_t = 30,
          value_parser = clap::value_parser!(u32).range(0..=3660))]
    pub within: u32,
    #[command(flatten)]
    pub common: Common,
}

pub const COLUMNS: &[Column] = &[
    col("case_id", 7),
    col("pnr", 17),
    col("insats", 19),
    col("caseworker", 12),
    col("decision_id", 11),
    col("from", 10),
    col("to", 10),
    col("days_left", 9),
    col("hours_per_month", 15),
];

pub fn run(ctx: &Ctx, command: &'static str, args: ExpiringArgs) -> Result<Box<dyn Output>> {
    let sheet = Sheet::open(ctx, command, "expiring", &args.common)?;
    let today = sheet.today;
    let horizon = plus_days(today, args.within);
    let m = meta([("within_days", Value::from(args.within))]);
    sheet.stream(COLUMNS, m, WhenEmpty::Header, |sheet, out| {
        q::expiring(&sheet.store, today, horizon, &mut |g| {
            out.row(vec![
                Value::from(g.who.case_id),
                sheet.identity(&g.who.pnr, g.who.protected),
                Value::from(g.who.insats),
                Value::from(g.who.caseworker),
                Value::from(g.decision_id),
                date(g.from),
                date(g.to),
                Value::from((g.to - today).num_days()),
                hours(g.hours_per_month),
            ])
        })
    })
}
