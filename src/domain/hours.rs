//! Granted hours (beviljade timmar): the period a day falls in and the balance of that period
//! (E1), with the effect of cancellations on it (E2, E4). Plain data in, plain data out.
//!
//! The choices, so that `show` and `report hours` read the same way everywhere:
//! - Strict model (seed 002, "kan inte sparas ... utanför period"): each calendar month is its own
//!   period and unused hours lapse at its end. The first month counts from the execution day
//!   (before it there was nobody to meet), the last ends on the decision's end day.
//! - Flex model (seed 004, "inom en fast tremånaders period"): fixed periods of `months` months
//!   counted from the execution day (executed 2026-01-15: 01-15..04-14, 04-15..07-14, ...).
//!   Unused hours of a month carry over to the next months of the same period and lapse when it
//!   ends. The period is one pool: "what is left in the period" is its granted hours less all
//!   hours used in it, so `over` only arises once the whole period's hours are spent.
//! - Partial months are granted pro rata by days: 10 h a month and a decision ending on June 15
//!   grants 5 h for June. A decision thus grants hours per month times its length in months,
//!   however its days fall. Days outside the decision (before execution, after the end) grant
//!   nothing, and `check_visit` counts all of a visit on such a day as beyond what was left.
//! - Cancellations: hours lost by a late cancellation (E4) count as used; hours kept after the
//!   assignee or provider cancelled (E2) are not used, they stay in the period's balance (and,
//!   like any unused hours, lapse with it). A rebooked cancellation changes nothing: the new
//!   meeting is logged as a visit.
//! - Amounts are rounded to hundredths of an hour; negative or non-numeric hours count as zero.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::domain::dates::{add_months, sub_months};
use crate::guideline::HoursModel;

/// How granted hours may be spread over time (E1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "model")]
pub enum Model {
    /// Each month's hours are used that month (seed 002).
    Strict,
    /// Unused hours carry over within fixed periods of `months` months (seed 004).
    Flex { months: u32 },
}

impl Model {
    /// The model of an intervention, with the flex period length from the guideline's settings.
    pub fn from_guideline(hours_model: HoursModel, flex_period_months: u32) -> Model {
        match hours_model {
            HoursModel::Strict => Model::Strict,
            HoursModel::Flex => Model::Flex {
                months: flex_period_months,
            },
        }
    }

    /// Months per period; a flex period of zero months (an invalid guideline) counts as one.
    fn months(self) -> u32 {
        match self {
            Model::Strict => 1,
            Model::Flex { months } => months.max(1),
        }
    }
}

/// A period of the hours model, both days included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Period {
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }
}

/// One line of the hours ledger of a case.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum HoursEntry {
    /// A meeting held (besök) and the hours it took.
    Visit { day: NaiveDate, hours: f64 },
    /// Hours lost by the individual's late cancellation without rebooking (E4): count as used.
    Lost { day: NaiveDate, hours: f64 },
    /// Hours kept after the assignee or provider cancelled (E2): not used, still available.
    Kept { day: NaiveDate, hours: f64 },
}

impl HoursEntry {
    pub fn day(&self) -> NaiveDate {
        match *self {
            HoursEntry::Visit { day, .. }
            | HoursEntry::Lost { day, .. }
            | HoursEntry::Kept { day, .. } => day,
        }
    }

    /// The hours that count against the balance (visits and lost hours).
    fn used(&self) -> f64 {
        match *self {
            HoursEntry::Visit { hours, .. } | HoursEntry::Lost { hours, .. } => clean(hours),
            HoursEntry::Kept { .. } => 0.0,
        }
    }
}

/// The balance of the period that contains a day.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Balance {
    /// The period as cut by the execution day and the decision's end (the model's period when
    /// the decision does not reach into it at all).
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    /// Hours granted for the period (pro rata for cut months).
    pub granted: f64,
    /// Hours used in the period: visits plus lost hours.
    pub used: f64,
    /// Of `used`, the hours lost by late cancellations (E4).
    pub lost: f64,
    /// Hours of cancelled meetings kept for later (E2); not part of `used`.
    pub kept: f64,
    /// Unused hours of the period's earlier months, carried into the current one (flex; 0 strict).
    pub carried: f64,
    /// Hours still to use in the period.
    pub remaining: f64,
    /// What lapses at `period_end` unless used: the same amount as `remaining`, named for the
    /// line `show` prints against the period's end.
    pub lapsing: f64,
    /// Hours used beyond what the period granted.
    pub over: f64,
}

/// The outcome of checking a visit against the balance before it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct VisitCheck {
    /// The visit's hours beyond what was left in the period: recorded, and warned about (E1).
    pub over_by: Option<f64>,
    /// The visit lies before the execution day or after the decision's end.
    pub outside_decision: bool,
    /// The balance before the visit.
    pub before: Balance,
}

/// The model's period that contains `day`. Strict: the calendar month. Flex: the fixed period of
/// `months` months counted from `execution_day` (periods before it are counted backwards the same
/// way, so every day has one).
pub fn period_containing(model: Model, execution_day: NaiveDate, day: NaiveDate) -> Period {
    locate(model, execution_day, day).0
}

/// A level of granted hours from a day on (E1): a decision, and each change or extension that
/// replaced it from its own first day. A level holds until the next one's first day.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Level {
    pub from: NaiveDate,
    pub hours_per_month: f64,
}

impl Level {
    /// The hours a month in force on `day`, if a level has begun by then.
    pub fn on(levels: &[Level], day: NaiveDate) -> Option<f64> {
        levels
            .iter()
            .rev()
            .find(|l| l.from <= day)
            .map(|l| l.hours_per_month)
    }

    /// One level for the whole time.
    pub fn only(hours_per_month: f64) -> [Level; 1] {
        [Level {
            from: NaiveDate::MIN,
            hours_per_month,
        }]
    }
}

/// The balance on `on` of the period that contains it. All entries dated in the period count,
/// also those after `on` (a ledger of the period, whatever order visits were logged in).
pub fn balance(
    model: Model,
    hours_per_month: f64,
    execution_day: NaiveDate,
    decision_end: NaiveDate,
    entries: &[HoursEntry],
    on: NaiveDate,
) -> Balance {
    let levels = Level::only(hours_per_month);
    balance_levels(model, &levels, execution_day, decision_end, entries, on)
}

/// [`balance`] with the levels of a decision and those it replaced (sorted by `from`): a month
/// or flex period with a change in it is granted each level for its own days, pro rata.
pub fn balance_levels(
    model: Model,
    levels: &[Level],
    execution_day: NaiveDate,
    decision_end: NaiveDate,
    entries: &[HoursEntry],
    on: NaiveDate,
) -> Balance {
    let (period, first_month) = locate(model, execution_day, on);
    let slots = month_slots(model, execution_day, period, first_month);

    let mut granted = 0.0;
    let mut granted_before = 0.0;
    for slot in &slots {
        let g = slot_grant(slot, levels, execution_day, decision_end);
        granted += g;
        if slot.end < on {
            granted_before += g;
        }
    }

    let in_period = || entries.iter().filter(|e| period.contains(e.day()));
    let used: f64 = in_period().map(HoursEntry::used).sum();
    let lost: f64 = in_period()
        .filter(|e| matches!(e, HoursEntry::Lost { .. }))
        .map(HoursEntry::used)
        .sum();
    let kept: f64 = in_period()
        .map(|e| match *e {
            HoursEntry::Kept { hours, .. } => clean(hours),
            _ => 0.0,
        })
        .sum();

    // Months of the period before the one `on` falls in: what they left unused carries over.
    let current_month_start = slots
        .iter()
        .find(|s| s.start <= on && on <= s.end)
        .map_or(period.start, |s| s.start);
    let used_before: f64 = in_period()
        .filter(|e| e.day() < current_month_start)
        .map(HoursEntry::used)
        .sum();
    let carried = match model {
        Model::Strict => 0.0,
        Model::Flex { .. } => (granted_before - used_before).max(0.0),
    };

    let (period_start, period_end) = cut(period, execution_day, decision_end);
    let remaining = (granted - used).max(0.0);
    Balance {
        period_start,
        period_end,
        granted: round2(granted),
        used: round2(used),
        lost: round2(lost),
        kept: round2(kept),
        carried: round2(carried),
        remaining: round2(remaining),
        lapsing: round2(remaining),
        over: round2((used - granted).max(0.0)),
    }
}

/// Checks a visit of `hours` on `day` against what is left in its period before it (E1: hours
/// beyond that are recorded and warned about, never silently accepted).
pub fn check_visit(
    model: Model,
    levels: &[Level],
    execution_day: NaiveDate,
    decision_end: NaiveDate,
    entries: &[HoursEntry],
    day: NaiveDate,
    hours: f64,
) -> VisitCheck {
    let before = balance_levels(model, levels, execution_day, decision_end, entries, day);
    let hours = clean(hours);
    let outside_decision = day < execution_day || day > decision_end;
    // No decision covers the day (G3), so none of the visit's hours were left for it.
    let left = if outside_decision {
        0.0
    } else {
        before.remaining
    };
    let beyond = round2((hours - left).clamp(0.0, hours));
    VisitCheck {
        over_by: (beyond > 0.0).then_some(beyond),
        outside_decision,
        before,
    }
}

/// One month of a period, both days included.
struct Slot {
    start: NaiveDate,
    end: NaiveDate,
}

/// The period containing `day`, and for flex the months from the execution day to its start.
fn locate(model: Model, execution_day: NaiveDate, day: NaiveDate) -> (Period, i64) {
    match model {
        Model::Strict => {
            let start = day.with_day(1).unwrap_or(day);
            let period = Period {
                start,
                end: last_day_before(add_months(start, 1), start),
            };
            (period, 0)
        }
        Model::Flex { .. } => {
            let m = i64::from(model.months());
            let months = (i64::from(day.year()) - i64::from(execution_day.year())) * 12
                + i64::from(day.month())
                - i64::from(execution_day.month());
            let mut k = months.div_euclid(m);
            // The estimate is off by at most one when the day of the month decides; the bound
            // keeps clamped dates at the edge of the calendar from looping.
            for _ in 0..4 {
                if shift(execution_day, k * m) > day {
                    k -= 1;
                } else if shift(execution_day, (k + 1) * m) <= day {
                    k += 1;
                } else {
                    break;
                }
            }
            let start = shift(execution_day, k * m);
            let period = Period {
                start,
                end: last_day_before(shift(execution_day, (k + 1) * m), start),
            };
            (period, k * m)
        }
    }
}

/// The months a period is made of: one for strict, `months` consecutive ones for flex, each
/// counted from the execution day (executed on the 15th: a flex month runs 01-15..02-14), so
/// that clamped month ends do not drift.
fn month_slots(model: Model, execution_day: NaiveDate, period: Period, first: i64) -> Vec<Slot> {
    match model {
        Model::Strict => vec![Slot {
            start: period.start,
            end: period.end,
        }],
        Model::Flex { .. } => (0..i64::from(model.months()))
            .map(|j| {
                let start = shift(execution_day, first + j);
                Slot {
                    start,
                    end: last_day_before(shift(execution_day, first + j + 1), start),
                }
            })
            .collect(),
    }
}

/// Hours granted for one month: pro rata for the days of it within execution..=decision_end,
/// each day at the level in force on it.
fn slot_grant(
    slot: &Slot,
    levels: &[Level],
    execution_day: NaiveDate,
    decision_end: NaiveDate,
) -> f64 {
    let full = days_inclusive(slot.start, slot.end);
    let (lo, hi) = (slot.start.max(execution_day), slot.end.min(decision_end));
    if full <= 0 || days_inclusive(lo, hi) <= 0 {
        return 0.0;
    }
    let mut sum = 0.0;
    for (i, level) in levels.iter().enumerate() {
        let until = levels
            .get(i + 1)
            .map_or(hi, |next| hi.min(next.from.pred_opt().unwrap_or(next.from)));
        let covered = days_inclusive(lo.max(level.from), until);
        if covered > 0 {
            sum += clean(level.hours_per_month) * covered as f64 / full as f64;
        }
    }
    sum
}

/// The period cut to the decision's days; the model's period when they do not meet.
fn cut(
    period: Period,
    execution_day: NaiveDate,
    decision_end: NaiveDate,
) -> (NaiveDate, NaiveDate) {
    let start = period.start.max(execution_day);
    let end = period.end.min(decision_end);
    if start <= end {
        (start, end)
    } else {
        (period.start, period.end)
    }
}

/// `date` moved by `n` months (either way), clamped to month ends as `add_months` does.
fn shift(date: NaiveDate, n: i64) -> NaiveDate {
    let months = u32::try_from(n.unsigned_abs()).unwrap_or(u32::MAX);
    if n >= 0 {
        add_months(date, months)
    } else {
        sub_months(date, months)
    }
}

/// The day before `next`, but never before `start` (only at the edge of the calendar).
fn last_day_before(next: NaiveDate, start: NaiveDate) -> NaiveDate {
    next.pred_opt().unwrap_or(next).max(start)
}

fn days_inclusive(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days() + 1
}

fn clean(hours: f64) -> f64 {
    if hours.is_finite() {
        hours.max(0.0)
    } else {
        0.0
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// G3: a visit or a cancelled meeting is part of an intervention, which always rests on a grant
/// in force, and the grant covers its day (G7: not before its first day either). `grant` is the
/// first and last day of the grant in force, if there is one; `on` the meeting's day, once known.
pub fn check_covered(
    grant: Option<(NaiveDate, NaiveDate)>,
    on: Option<NaiveDate>,
    what: &str,
) -> Result<(), crate::error::Refusal> {
    use crate::domain::rules::Rule;
    use crate::error::Refusal;
    match (grant, on) {
        (Some((from, _)), Some(on)) if on < from => Err(Refusal::new(
            Rule::G7,
            format!(
                "the grant starts on {from}: a {what} on {on}, before it, falls outside its period"
            ),
        )),
        (None, _) => Err(Refusal::new(
            Rule::G3,
            format!(
                "the case has no granting decision in force, and a {what} is part of an \
                 intervention, which always rests on one"
            ),
        )),
        (Some((_, to)), Some(on)) if on > to => Err(Refusal::new(
            Rule::G3,
            format!("the grant ends on {to}: no decision covers a {what} on {on}"),
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod levels_tests;

#[cfg(test)]
mod tests;
