//! `insats report ivo`: the quarterly report to IVO of decisions not executed (R1), one row per
//! individual and decision, for SoL and LSS decisions (the laws with the duty to report).
//!
//! Kinds:
//! - `not_executed`: not executed within three months of the decision (as `report unexecuted`:
//!   still not executed, executed late in the quarter, or ended unexecuted in it).
//! - `interruption`: executed, then more than three months without a meeting, reaching into
//!   the quarter (see `domain::report` for the count of days).
//! - `partly_executed`: executed, but over the quarter's whole months the hours used fell below
//!   `--partly-below` percent of the hours granted.
//!
//! Each row carries the pseudonym IVO's form asks for, the decision date, the intervention, the
//! dates of the offers made, and empty `reason` and `interim_support` for the caseworker to fill
//! in. Nothing to report: nothing is printed (JSON: the empty document), and nothing is sent.

use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;
use serde_json::Value;

use super::unexecuted::{each_late, parse_quarter, quarter_bounds};
use super::{Common, Sheet, date, hours, law_of, meta, opt_date, swedish};
use crate::Ctx;
use crate::domain::hours::{Model, balance};
use crate::domain::pnr::Sex;
use crate::domain::report::{
    PARTLY_EXECUTED_BELOW_PERCENT, Quarter, ivo_pseudonym, latest_interruption, partly_executed,
};
use crate::render::Output;
use crate::render::report::{Column, Report, WhenEmpty, col};
use crate::store::Db;
use crate::store::reports::Subject;
use crate::store::reports::quarter::{self as q, GrantOrder};

/// The quarterly report to IVO (R1): decisions not executed within three months, interruptions
/// of more than three months, partly executed decisions; prints nothing when there is nothing
#[derive(Debug, Args)]
pub struct IvoArgs {
    /// The quarter, YYYY-QN [default: the quarter of today]
    #[arg(long, value_name = "YYYY-QN", value_parser = parse_quarter)]
    pub quarter: Option<Quarter>,
    /// Partly executed: the hours used in the quarter's whole months fell below this percentage
    /// of the hours granted
    #[arg(long, value_name = "PERCENT", default_value_t = PARTLY_EXECUTED_BELOW_PERCENT,
          value_parser = clap::value_parser!(u32).range(1..=100))]
    pub partly_below: u32,
    #[command(flatten)]
    pub common: Common,
}

pub const COLUMNS: &[Column] = &[
    col("kind", 15),
    col("case_id", 7),
    col("pseudonym", 13),
    col("law", 3),
    col("intervention", 20),
    col("decided", 10),
    col("execute_by", 10),
    col("executed", 10),
    col("ended", 10),
    col("interrupted_since", 17),
    col("resumed", 10),
    col("granted_hours", 13),
    col("used_hours", 10),
    col("offers", 20),
    col("legal_basis", 20),
    col("reason", 6),
    col("interim_support", 15),
];

/// Laws whose decisions are reported to IVO (the SoL and LSS provisions of R1).
const REPORTED_LAWS: [&str; 2] = ["SoL", "LSS"];

pub fn run(ctx: &Ctx, command: &'static str, args: IvoArgs) -> Result<Box<dyn Output>> {
    let sheet = Sheet::open(ctx, command, "ivo", &args.common)?;
    let (quarter, from, as_of) = quarter_bounds(args.quarter, sheet.today)?;
    let m = meta([
        ("as_of", date(as_of)),
        ("quarter", Value::from(quarter.to_string())),
        ("quarter_start", date(from)),
        ("quarter_end", date(quarter.last_day())),
    ]);
    let below = args.partly_below;
    sheet.stream(COLUMNS, m, WhenEmpty::Quiet, |sheet, out| {
        let mut ivo = Ivo {
            sheet,
            out,
            quarter,
            from,
            as_of,
        };
        ivo.not_executed()?;
        ivo.executed(below)
    })
}

struct Ivo<'a, 'w> {
    sheet: &'a Sheet,
    out: &'a mut Report<'w>,
    quarter: Quarter,
    from: NaiveDate,
    as_of: NaiveDate,
}

/// What differs between the kinds of row.
#[derive(Default)]
struct Detail {
    execute_by: Option<NaiveDate>,
    executed: Option<NaiveDate>,
    ended: Option<NaiveDate>,
    interrupted_since: Option<NaiveDate>,
    resumed: Option<NaiveDate>,
    granted: Option<f64>,
    used: Option<f64>,
}

impl Ivo<'_, '_> {
    fn reported(&self, who: &Subject) -> Option<String> {
        let law = law_of(&self.sheet.guideline, &who.insats);
        REPORTED_LAWS.contains(&law.as_str()).then_some(law)
    }

    fn write(&mut self, kind: &str, law: &str, row: &GrantOrder, d: Detail) -> Result<()> {
        let who = &row.who;
        let sex = if who.sex == "male" {
            Sex::Male
        } else {
            Sex::Female
        };
        let basis = self
            .sheet
            .guideline
            .reference(&format!("ivo-report-{}", law.to_lowercase()), self.as_of)
            .map_or(Value::Null, |r| Value::from(r.text.as_str()));
        let offers = self.offers(who.case_id)?;
        self.sheet.saw(&who.pnr);
        self.out.row(vec![
            Value::from(kind),
            Value::from(who.case_id),
            Value::from(ivo_pseudonym(who.birth_date, sex, who.person_id)),
            Value::from(law),
            Value::from(swedish(&who.insats)),
            date(row.decided),
            opt_date(d.execute_by),
            opt_date(d.executed),
            opt_date(d.ended),
            opt_date(d.interrupted_since),
            opt_date(d.resumed),
            d.granted.map_or(Value::Null, hours),
            d.used.map_or(Value::Null, hours),
            Value::from(offers),
            basis,
            Value::from(""),
            Value::from(""),
        ])
    }

    /// "2026-02-01 avböjt; 2026-03-10 accepterat": the offers made up to the day asked about.
    fn offers(&self, case_id: i64) -> Result<String> {
        let mut list = Vec::new();
        q::offers(&self.sheet.store, case_id, self.as_of, &mut |o| {
            let outcome = match o.outcome.as_str() {
                "accepted" => "accepterat",
                "declined" => "avböjt",
                "withdrawn" => "återtaget",
                _ => "inget svar än",
            };
            list.push(format!("{} {outcome}", o.day.format("%Y-%m-%d")));
            Ok(())
        })?;
        Ok(list.join("; "))
    }

    fn not_executed(&mut self) -> Result<()> {
        let sheet = self.sheet;
        each_late(sheet, self.from, self.as_of, &mut |l| {
            let Some(law) = self.reported(&l.row.who) else {
                return Ok(());
            };
            let detail = Detail {
                execute_by: Some(l.execute_by),
                executed: l.executed,
                ended: l.ended,
                ..Detail::default()
            };
            self.write("not_executed", &law, &l.row, detail)
        })
    }

    /// Interruptions and partly executed decisions among the interventions running in the
    /// quarter. One executed late in the quarter is already reported as not executed.
    fn executed(&mut self, below: u32) -> Result<()> {
        let sheet = self.sheet;
        let conn: &Db = &sheet.store;
        let months = sheet.guideline.settings.execute_within_months;
        let (from, as_of) = (self.from, self.as_of);
        q::executed(conn, from, as_of, &mut |row| {
            let (Some(order_id), Some(executed)) = (row.order_id, row.executed) else {
                return Ok(());
            };
            let Some(law) = self.reported(&row.who) else {
                return Ok(());
            };
            let late_in_quarter =
                executed >= from && row.execute_by.is_some_and(|by| executed > by);
            let end = [Some(as_of), Some(row.decision_to), row.ended]
                .into_iter()
                .flatten()
                .min()
                .unwrap_or(as_of);
            if late_in_quarter || end < from {
                return Ok(());
            }
            let case_id = row.who.case_id;

            let before = q::last_meeting_before(conn, case_id, order_id, from)?;
            let start = before.map_or(executed, |b| b.max(executed));
            let mut days = Vec::new();
            q::meetings(conn, case_id, order_id, from, end, &mut |d| {
                days.push(d);
                Ok(())
            })?;
            if let Some(gap) = latest_interruption(start, days, from, end, months) {
                let detail = Detail {
                    executed: Some(executed),
                    ended: row.ended.filter(|d| *d <= as_of),
                    interrupted_since: Some(gap.since),
                    resumed: gap.resumed,
                    ..Detail::default()
                };
                return self.write("interruption", &law, &row, detail);
            }

            let (granted, used) = self.quarter_hours(&row, order_id, executed, end)?;
            if partly_executed(granted, used, below) {
                let detail = Detail {
                    executed: Some(executed),
                    ended: row.ended.filter(|d| *d <= as_of),
                    granted: Some(granted),
                    used: Some(used),
                    ..Detail::default()
                };
                return self.write("partly_executed", &law, &row, detail);
            }
            Ok(())
        })
    }

    /// Hours granted and used over the quarter's whole months up to `end` (the strict month's
    /// grant, pro rata for the days executed and decided; used = meetings and lost hours).
    fn quarter_hours(
        &self,
        row: &GrantOrder,
        order_id: i64,
        executed: NaiveDate,
        end: NaiveDate,
    ) -> Result<(f64, f64)> {
        let whole: Vec<_> = self
            .quarter
            .months()
            .into_iter()
            .filter(|m| m.last_day() <= self.as_of)
            .collect();
        let (Some(first), Some(last)) = (whole.first(), whole.last()) else {
            return Ok((0.0, 0.0));
        };
        let granted: f64 = whole
            .iter()
            .map(|m| {
                balance(
                    Model::Strict,
                    row.hours_per_month,
                    executed,
                    row.decision_to.min(end),
                    &[],
                    m.last_day(),
                )
                .granted
            })
            .sum();
        let mut used = 0.0;
        let conn = &self.sheet.store;
        let to = last.last_day().min(end);
        q::ledger(
            conn,
            row.who.case_id,
            order_id,
            first.first_day(),
            to,
            &mut |l| {
                if l.kind == "visit" || l.kind == "lost" {
                    used += l.hours;
                }
                Ok(())
            },
        )?;
        Ok((granted, used))
    }
}
