//! `insats report ivo`: IVO's individual reports (individrapporter) of a quarter (R1), one row
//! per individual and decision (and per interruption), for the types the guideline marks as
//! reported (favourable decisions under 4 kap 1 § SoL and 9 § LSS; not LVU 22 § and not
//! umgängesstöd).
//!
//! `report_kind` is `new` in the first quarter a row is reportable, `continuing` after, and
//! `closing` once, in the quarter it was executed, resumed or ended (`closed_day`); see
//! `domain::ivo`. `kind` says what is reported:
//! - `not_executed`: not executed within three months of the decision (a declined offer does
//!   not end the duty);
//! - `interruption`: executed, then more than three months without a meeting, counted from the
//!   last meeting or the day an agreement ended (a voided visit is no meeting);
//! - `partly_executed`: executed, but over the quarter's whole months the hours used fell below
//!   `--partly-below` percent of those granted; `not_executed_hours` is the part not executed.
//!
//! `identity` is the personnummer, or `YYYYMMDD-T123` for someone without one, masked unless
//! `--reveal` (audited); a protected identity is never shown and is marked for the
//! e-service's information box. `reason`, `consequences` and `interim_support` come from
//! `insats ivo note`; `missing` names the fields still to write. Nothing to report: nothing
//! is printed (JSON: the empty document), and nothing is sent.

use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;
use serde_json::Value;

use super::unexecuted::{each_late, parse_quarter, quarter_bounds};
use super::{Common, Sheet, date, hours, law_of, meta, opt_date, swedish};
use crate::Ctx;
use crate::domain::hours::{Model, balance};
use crate::domain::identity::Identity;
use crate::domain::ids::IdSet;
use crate::domain::ivo::{ReportKind, first_late_day, ivo_identity, masked_identity, report_kind};
use crate::domain::pnr::Sex;
use crate::domain::report::{
    Month, PARTLY_EXECUTED_BELOW_PERCENT, Quarter, latest_interruption, minus_days, partly_executed,
};
use crate::domain::secrecy::PROTECTED;
use crate::render::Output;
use crate::render::report::{Column, Report, WhenEmpty, col, labelled};
use crate::store::Db;
use crate::store::reports::ivo::{agreement_ends, fields, follow_up_days};
use crate::store::reports::quarter::{self as q, GrantOrder, LedgerRow};

/// IVO's individual reports of a quarter (R1): decisions not executed within three months,
/// interruptions of more than three months and partly executed decisions, each new,
/// continuing or closing; prints nothing when there is nothing to report
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
    labelled("report_kind", "rapport", 11),
    labelled("kind", "avser", 15),
    col("case_id", 7),
    labelled("identity", "personnummer", 17),
    labelled("protected", "skyddad", 7),
    col("law", 3),
    labelled("insats", "typ", 19),
    labelled("intervention", "insats", 20),
    labelled("decided", "beslut", 10),
    col("execute_by", 10),
    col("executed", 10),
    col("ended", 10),
    labelled("interrupted_since", "avbrott sedan", 13),
    labelled("resumed", "återupptaget", 12),
    labelled("closed_day", "avslutsdag", 10),
    labelled("granted_hours", "beviljade tim", 13),
    labelled("used_hours", "använda tim", 11),
    labelled("not_executed_hours", "ej verkställda tim", 18),
    labelled("offers", "erbjudanden", 30),
    labelled("follow_ups", "uppföljningar", 20),
    labelled("reason", "skäl", 20),
    labelled("consequences", "konsekvenser", 20),
    labelled("interim_support", "stöd i avvaktan", 20),
    labelled("missing", "saknas", 20),
    labelled("information", "informationsruta", 30),
    labelled("legal_basis", "lagrum", 20),
];

/// What the e-service's information box says of a protected identity (R1).
const PROTECTED_NOTE: &str = "Personen har skyddade personuppgifter.";

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
    let mut lacking = IdSet::new();
    // CSV always has its header (issue 20): only the nightly reminders stay silent.
    let out = sheet.stream(COLUMNS, m, WhenEmpty::Header, |sheet, out| {
        let mut ivo = Ivo {
            sheet,
            out: Sink::Report(out),
            quarter,
            from,
            as_of,
            lacking: &mut lacking,
        };
        ivo.not_executed()?;
        ivo.executed(below)
    })?;
    if !lacking.is_empty() {
        let mut list: Vec<String> = lacking.iter().take(10).map(|id| id.to_string()).collect();
        if lacking.len() > 10 {
            list.push("...".into());
        }
        eprintln!(
            "note: {} case(s) lack the reason or the consequences (cases {}): `insats ivo \
             note CASE --reason TEXT --consequences TEXT`; the column `missing` names them",
            lacking.len(),
            list.join(", ")
        );
    }
    Ok(out)
}

/// One individual report as the reminders see it: the case, its kind and what it reports.
pub struct Due {
    pub case_id: i64,
    pub report_kind: ReportKind,
    pub kind: &'static str,
    pub who: crate::store::reports::Subject,
}

/// The individual reports of `quarter` as of `as_of`, without their details (for the
/// `ivo_window` reminder, R1), each as it is found, in the report's order.
pub fn each_due(
    sheet: &Sheet,
    quarter: Quarter,
    as_of: NaiveDate,
    f: &mut dyn FnMut(Due) -> Result<()>,
) -> Result<()> {
    let mut lacking = IdSet::new();
    let mut ivo = Ivo {
        sheet,
        out: Sink::Each(f),
        quarter,
        from: quarter.first_day(),
        as_of,
        lacking: &mut lacking,
    };
    ivo.not_executed()?;
    ivo.executed(PARTLY_EXECUTED_BELOW_PERCENT)
}

/// Where the rows go: the report, or a function given what is due.
enum Sink<'a, 'w> {
    Report(&'a mut Report<'w>),
    Each(&'a mut dyn FnMut(Due) -> Result<()>),
}

struct Ivo<'a, 'w> {
    sheet: &'a Sheet,
    out: Sink<'a, 'w>,
    quarter: Quarter,
    from: NaiveDate,
    as_of: NaiveDate,
    /// The cases whose reason or consequences are still to be written.
    lacking: &'a mut IdSet,
}

/// What differs between the kinds of row.
#[derive(Default)]
struct Detail {
    execute_by: Option<NaiveDate>,
    executed: Option<NaiveDate>,
    ended: Option<NaiveDate>,
    interrupted_since: Option<NaiveDate>,
    resumed: Option<NaiveDate>,
    closed: Option<NaiveDate>,
    granted: Option<f64>,
    used: Option<f64>,
}

impl Ivo<'_, '_> {
    /// The law, when R1 covers the type (guideline data).
    fn reported(&self, insats: &str) -> Option<String> {
        let g = &self.sheet.guideline;
        let covered = g.intervention(insats).is_some_and(|i| i.reported_to_ivo());
        covered.then(|| law_of(g, insats))
    }

    fn write(
        &mut self,
        rk: ReportKind,
        kind: &'static str,
        row: &GrantOrder,
        d: Detail,
    ) -> Result<()> {
        let who = &row.who;
        let Some(law) = self.reported(&who.insats) else {
            return Ok(());
        };
        if row.judgment {
            // A court's judgment carried out (F7) is outside the duty to report (R1).
            return Ok(());
        }
        if let Sink::Each(f) = &mut self.out {
            return f(Due {
                case_id: who.case_id,
                report_kind: rk,
                kind,
                who: who.clone(),
            });
        }
        let sheet = self.sheet;
        let basis = sheet
            .guideline
            .reference(&format!("ivo-report-{}", law.to_lowercase()), self.as_of)
            .map_or(Value::Null, |r| Value::from(r.text.as_str()));
        let offers = self.offers(who.case_id)?;
        let follow_ups: Vec<String> = follow_up_days(&sheet.store, who.case_id, self.as_of)?
            .iter()
            .map(|d| d.to_string())
            .collect();
        // Notes written after the quarter (in IVO's window) count: the report is sent then.
        let f = fields(&sheet.store, who.case_id)?;
        let mut missing = Vec::new();
        if f.reason.is_none() {
            missing.push("reason");
        }
        if f.consequences.is_none() {
            missing.push("consequences");
        }
        if !missing.is_empty() {
            self.lacking.insert(who.case_id);
        }
        let text = |t: Option<String>| Value::from(t.unwrap_or_default());
        let not_executed = match (d.granted, d.used) {
            (Some(g), Some(u)) => hours((g - u).max(0.0)),
            _ => Value::Null,
        };
        let info = if who.protected { PROTECTED_NOTE } else { "" };
        let identity = self.identity(who);
        let Sink::Report(out) = &mut self.out else {
            return Ok(());
        };
        out.row(vec![
            Value::from(rk.as_str()),
            Value::from(kind),
            Value::from(who.case_id),
            identity,
            Value::from(who.protected),
            Value::from(law),
            Value::from(who.insats.as_str()),
            Value::from(swedish(&who.insats)),
            date(row.decided),
            opt_date(d.execute_by),
            opt_date(d.executed),
            opt_date(d.ended),
            opt_date(d.interrupted_since),
            opt_date(d.resumed),
            opt_date(d.closed),
            d.granted.map_or(Value::Null, hours),
            d.used.map_or(Value::Null, hours),
            not_executed,
            Value::from(offers),
            Value::from(follow_ups.join("; ")),
            text(f.reason),
            text(f.consequences),
            text(f.interim),
            Value::from(missing.join(", ")),
            Value::from(info),
            basis,
        ])
    }

    /// The personnummer or IVO's T-form, masked unless revealed, never for a protected
    /// identity (G5, R1).
    fn identity(&self, who: &crate::store::reports::Subject) -> Value {
        // Counts the person for the access line, and records a reveal (S4).
        self.sheet.identity(&who.pnr, who.protected);
        if who.protected {
            return Value::from(PROTECTED);
        }
        let sex = if who.sex == "male" {
            Sex::Male
        } else {
            Sex::Female
        };
        let Some(id) = Identity::from_stored(&who.pnr) else {
            return Value::from("(damaged)");
        };
        let whole = ivo_identity(&id, sex, who.person_id);
        Value::from(if self.sheet.reveal {
            whole
        } else {
            masked_identity(&whole)
        })
    }

    /// "2026-02-01 avböjt av den enskilde; 2026-03-10 accepterat": the offers made up to the
    /// day asked about, and who declined (R1).
    fn offers(&self, case_id: i64) -> Result<String> {
        let mut list = Vec::new();
        q::offers(&self.sheet.store, case_id, self.as_of, &mut |o| {
            let outcome = match (o.outcome.as_str(), o.declined_by.as_deref()) {
                ("accepted", _) => "accepterat",
                ("declined", Some("individual")) => "avböjt av den enskilde",
                ("declined", Some("assignee")) => "avböjt av uppdragstagaren",
                ("declined", _) => "avböjt (av vem ej angivet)",
                ("withdrawn", _) => "återtaget",
                _ => "inget svar än",
            };
            list.push(format!("{} {outcome}", o.day));
            Ok(())
        })?;
        Ok(list.join("; "))
    }

    fn not_executed(&mut self) -> Result<()> {
        let sheet = self.sheet;
        let quarter = self.quarter;
        each_late(sheet, self.from, self.as_of, &mut |l| {
            let closed = l.executed.or(l.ended);
            let first = crate::domain::report::plus_days(l.execute_by, 1);
            let Some(rk) = report_kind(first, closed, quarter) else {
                return Ok(());
            };
            let detail = Detail {
                execute_by: Some(l.execute_by),
                executed: l.executed,
                ended: l.ended,
                closed,
                ..Detail::default()
            };
            self.write(rk, "not_executed", &l.row, detail)
        })
    }

    /// Interruptions and partly executed decisions among the interventions running in the
    /// quarter. One executed late in the quarter is already reported as not executed.
    fn executed(&mut self, below: u32) -> Result<()> {
        let sheet = self.sheet;
        let conn: &Db = &sheet.store;
        let (from, as_of) = (self.from, self.as_of);
        q::executed(conn, from, as_of, &mut |row| {
            let (Some(order_id), Some(executed)) = (row.order_id, row.executed) else {
                return Ok(());
            };
            if self.reported(&row.who.insats).is_none() {
                return Ok(());
            }
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
            // One read of the order's meetings and cancellations, from the quarter before on,
            // serves both checks.
            let mut ledger = Vec::new();
            let first = previous(self.quarter).first_day();
            q::ledger(conn, row.who.case_id, order_id, first, end, &mut |l| {
                ledger.push(l);
                Ok(())
            })?;
            if self.interruption(&row, order_id, executed, end, &ledger)? {
                return Ok(());
            }
            self.partly(&row, executed, end, below, &ledger)
        })
    }

    /// R1: an interruption of more than three months reaching into the quarter; whether one
    /// was written.
    fn interruption(
        &mut self,
        row: &GrantOrder,
        order_id: i64,
        executed: NaiveDate,
        end: NaiveDate,
        ledger: &[LedgerRow],
    ) -> Result<bool> {
        let conn: &Db = &self.sheet.store;
        let months = self.sheet.guideline.settings.execute_within_months;
        let (from, case_id) = (self.from, row.who.case_id);
        let ends = agreement_ends(conn, order_id, end)?;
        let visits = || ledger.iter().filter(|l| l.kind == "visit").map(|l| l.day);
        let before = match visits().filter(|d| *d < from).max() {
            Some(d) => Some(d),
            None => q::last_meeting_before(conn, case_id, order_id, from)?,
        };
        let ended_before = ends.iter().copied().filter(|d| *d < from).max();
        let start = [Some(executed), before, ended_before]
            .into_iter()
            .flatten()
            .max()
            .unwrap_or(executed);
        let mut days: Vec<NaiveDate> = ends.into_iter().filter(|d| *d >= from).collect();
        days.extend(visits().filter(|d| *d >= from && *d <= end));
        days.sort();
        let Some(gap) = latest_interruption(start, days, from, end, months) else {
            return Ok(false);
        };
        let stopped = (end < self.as_of).then_some(end);
        let closed = gap.resumed.or(stopped);
        let Some(rk) = report_kind(first_late_day(gap.since, months), closed, self.quarter) else {
            return Ok(false);
        };
        let detail = Detail {
            executed: Some(executed),
            ended: row.ended.filter(|d| *d <= self.as_of),
            interrupted_since: Some(gap.since),
            resumed: gap.resumed,
            closed,
            ..Detail::default()
        };
        self.write(rk, "interruption", row, detail)?;
        Ok(true)
    }

    /// R1: partly executed in this quarter (new or continuing, as in the quarter before), or
    /// in the quarter before and no longer (closing). A quarter is judged only when the
    /// intervention was executed by its first day.
    fn partly(
        &mut self,
        row: &GrantOrder,
        executed: NaiveDate,
        end: NaiveDate,
        below: u32,
        ledger: &[LedgerRow],
    ) -> Result<()> {
        let prev = previous(self.quarter);
        let this_months = whole_months(self.quarter, self.as_of);
        if this_months.is_empty() {
            return Ok(());
        }
        let prev_months = whole_months(prev, self.as_of);
        let (granted, used) = quarter_hours(row, executed, end, &this_months, ledger);
        let (pg, pu) = quarter_hours(row, executed, end, &prev_months, ledger);
        // Judged over a quarter the intervention ran through, from its start to the end of the
        // months judged: three months at least, and never a stub of a few days.
        let ran = |first: NaiveDate, last: Option<&Month>| {
            executed <= first && last.is_some_and(|m| end >= m.last_day())
        };
        let now = ran(self.from, this_months.last()) && partly_executed(granted, used, below);
        let before = ran(prev.first_day(), prev_months.last()) && partly_executed(pg, pu, below);
        let (rk, closed) = match (now, before) {
            (true, false) => (ReportKind::New, None),
            (true, true) => (ReportKind::Continuing, None),
            (false, true) => {
                // Ended in the quarter (the grant ran out, or the order ended), or used in full
                // again over its months.
                let stopped = (end >= self.from && end < self.as_of).then_some(end);
                (ReportKind::Closing, Some(stopped.unwrap_or(self.from)))
            }
            (false, false) => return Ok(()),
        };
        let detail = Detail {
            executed: Some(executed),
            ended: row.ended.filter(|d| *d <= self.as_of),
            closed,
            granted: Some(granted),
            used: Some(used),
            ..Detail::default()
        };
        self.write(rk, "partly_executed", row, detail)
    }
}

fn previous(q: Quarter) -> Quarter {
    Quarter::containing(minus_days(q.first_day(), 1))
}

/// The quarter's whole calendar months up to `as_of`.
fn whole_months(q: Quarter, as_of: NaiveDate) -> Vec<Month> {
    q.months()
        .into_iter()
        .filter(|m| m.last_day() <= as_of)
        .collect()
}

/// Hours granted and used over `months` up to `end` (the strict month's grant, pro rata for
/// the days executed and decided; used = meetings and lost hours).
fn quarter_hours(
    row: &GrantOrder,
    executed: NaiveDate,
    end: NaiveDate,
    months: &[Month],
    ledger: &[LedgerRow],
) -> (f64, f64) {
    let (Some(first), Some(last)) = (months.first(), months.last()) else {
        return (0.0, 0.0);
    };
    let granted: f64 = months
        .iter()
        .filter(|m| m.last_day() >= executed)
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
    let (from, to) = (first.first_day(), last.last_day().min(end));
    let used = ledger
        .iter()
        .filter(|l| l.day >= from && l.day <= to && (l.kind == "visit" || l.kind == "lost"))
        .map(|l| l.hours)
        .sum();
    (granted, used)
}
