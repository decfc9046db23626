//! `insats report unexecuted`: grants not executed within three months of the decision (D3),
//! as of the end of a quarter (or today, in the quarter running).
//!
//! A grant is listed while it concerns the quarter: still not executed; executed late on or
//! after the quarter's first day; or ended unexecuted on or after it. A case stays until it is
//! executed or ended (R1). Grants with an order count from the order's last day (stored with it,
//! D3); grants without an order from the decision day plus the guideline's months.

use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;
use serde_json::Value;

use super::{Common, Sheet, date, law_of, meta, opt_date};
use crate::Ctx;
use crate::domain::dates::sub_months;
use crate::domain::report::{Quarter, execute_by, plus_days};
use crate::error::usage;
use crate::render::Output;
use crate::render::report::{Column, WhenEmpty, col};
use crate::store::reports::quarter::{GrantOrder, late};

/// Grants not executed within three months of the decision (D3), for a quarter
#[derive(Debug, Args)]
pub struct UnexecutedArgs {
    /// The quarter, YYYY-QN [default: the quarter of today]
    #[arg(long, value_name = "YYYY-QN", value_parser = parse_quarter)]
    pub quarter: Option<Quarter>,
    #[command(flatten)]
    pub common: Common,
}

pub fn parse_quarter(s: &str) -> Result<Quarter, String> {
    Quarter::parse(s).map_err(|e| e.to_string())
}

pub const COLUMNS: &[Column] = &[
    col("case_id", 7),
    col("pnr", 17),
    col("insats", 19),
    col("law", 3),
    col("caseworker", 12),
    col("decision_id", 11),
    col("decided", 10),
    col("execute_by", 10),
    col("executed", 10),
    col("ended", 10),
    col("days_late", 9),
    col("state", 16),
    col("provider", 20),
];

/// The quarter asked for, its first day, and the day it is read as of: its last day, or today
/// while it runs. A quarter that has not begun is a usage error.
pub fn quarter_bounds(
    quarter: Option<Quarter>,
    today: NaiveDate,
) -> Result<(Quarter, NaiveDate, NaiveDate)> {
    let q = quarter.unwrap_or_else(|| Quarter::containing(today));
    if q.first_day() > today {
        return Err(usage(format!(
            "the quarter {q} has not begun on {today}: give a quarter up to {}",
            Quarter::containing(today)
        )));
    }
    Ok((q, q.first_day(), q.last_day().min(today)))
}

/// A late grant, checked exactly and read as of `as_of`.
pub struct Late {
    pub row: GrantOrder,
    pub execute_by: NaiveDate,
    /// Executed on or before `as_of`.
    pub executed: Option<NaiveDate>,
    /// Ended on or before `as_of` without execution.
    pub ended: Option<NaiveDate>,
    pub days_late: i64,
    pub state: &'static str,
}

/// Every grant late as of `as_of` that concerns the quarter from `from`, by decision day.
pub fn each_late(
    sheet: &Sheet,
    from: NaiveDate,
    as_of: NaiveDate,
    f: &mut dyn FnMut(Late) -> Result<()>,
) -> Result<()> {
    let months = sheet.guideline.settings.execute_within_months;
    let decided_by = plus_days(sub_months(as_of, months), 3);
    late(&sheet.store, as_of, from, decided_by, &mut |row| {
        let by = row
            .execute_by
            .unwrap_or_else(|| execute_by(row.decided, months));
        let executed = row.executed.filter(|d| *d <= as_of);
        let ended = row.ended.filter(|d| *d <= as_of && executed.is_none());
        let stop = executed.or(ended).unwrap_or(as_of);
        if by >= stop {
            // Executed, ended or still in time: not late (grants without an order land here).
            return Ok(());
        }
        let state = match (executed, ended) {
            (Some(_), _) => "executed_late",
            (None, Some(_)) => "ended_unexecuted",
            (None, None) => "not_executed",
        };
        f(Late {
            execute_by: by,
            executed,
            ended,
            days_late: (stop - by).num_days(),
            state,
            row,
        })
    })
}

pub fn run(ctx: &Ctx, command: &'static str, args: UnexecutedArgs) -> Result<Box<dyn Output>> {
    let sheet = Sheet::open(ctx, command, "unexecuted", &args.common)?;
    let (q, from, as_of) = quarter_bounds(args.quarter, sheet.today)?;
    let m = meta([
        ("as_of", date(as_of)),
        ("quarter", Value::from(q.to_string())),
        ("quarter_start", date(from)),
        ("quarter_end", date(q.last_day())),
    ]);
    sheet.stream(COLUMNS, m, WhenEmpty::Header, |sheet, out| {
        each_late(sheet, from, as_of, &mut |l| {
            let who = &l.row.who;
            out.row(vec![
                Value::from(who.case_id),
                sheet.identity(&who.pnr, who.protected),
                Value::from(who.insats.as_str()),
                Value::from(law_of(&sheet.guideline, &who.insats)),
                Value::from(who.caseworker.as_str()),
                Value::from(l.row.decision_id),
                date(l.row.decided),
                date(l.execute_by),
                opt_date(l.executed),
                opt_date(l.ended),
                Value::from(l.days_late),
                Value::from(l.state),
                l.row.provider.clone().map_or(Value::Null, Value::from),
            ])
        })
    })
}
