//! Orders to the provider (beställning): when they must be executed (D3), and their journal text.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::dates::add_months;
use crate::domain::decision::Outcome;
use crate::domain::decision::{hours_sv, sentence};
use crate::domain::rules::Rule;
use crate::error::Refusal;

/// D3: the provider executes within the guideline's months of the decision date.
pub fn execute_by(decided_day: NaiveDate, execute_within_months: u32) -> NaiveDate {
    add_months(decided_day, execute_within_months)
}

/// The journal entry (Swedish) for a new order (D2: hours, goals, special circumstances).
pub fn journal_text(
    order_id: i64,
    decision_id: i64,
    provider: &str,
    hours_per_month: f64,
    goals: &[String],
    note: Option<&str>,
    execute_by: NaiveDate,
) -> String {
    let mut t = format!(
        "Beställning #{order_id} till {provider} enligt beslut #{decision_id}: {} per månad. \
         Mål: {}",
        hours_sv(hours_per_month),
        sentence(&goals.join("; "))
    );
    if let Some(n) = note.filter(|n| !n.trim().is_empty()) {
        t.push_str(&format!(" Särskilda omständigheter: {}", sentence(n)));
    }
    t.push_str(&format!(" Ska verkställas senast {execute_by}."));
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::domain::dates::parse(s).expect("test date")
    }

    #[test]
    fn d3_execute_by_is_three_months_clamped_to_month_end() {
        assert_eq!(execute_by(d("2026-11-23"), 3), d("2027-02-23"));
        assert_eq!(execute_by(d("2026-11-30"), 3), d("2027-02-28"));
        assert_eq!(execute_by(d("2027-11-30"), 3), d("2028-02-29"));
    }
}

/// Where an order (beställning) stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OrderStatus {
    /// Waiting for its assignee.
    Open,
    /// Carried out (verkställd) since the assignment started.
    Executed,
    /// The intervention ended.
    Ended,
}

impl OrderStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            OrderStatus::Open => "open",
            OrderStatus::Executed => "executed",
            OrderStatus::Ended => "ended",
        }
    }

    pub fn parse(s: &str) -> Option<OrderStatus> {
        [OrderStatus::Open, OrderStatus::Executed, OrderStatus::Ended]
            .into_iter()
            .find(|o| o.as_str() == s)
    }
}

impl std::fmt::Display for OrderStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// G3: an order rests on a granting decision in force on the day it is made. `in_force` is the
/// case's decision in force, if any: its outcome and last day.
pub fn check_order(
    in_force: Option<(Outcome, Option<NaiveDate>)>,
    today: NaiveDate,
) -> Result<(), Refusal> {
    match in_force {
        None => Err(Refusal::new(
            Rule::G3,
            "the case has no decision: an intervention is always preceded by a granting decision",
        )
        .hint("decide first: insats decide CASE --grant ...")),
        Some((Outcome::Reject, _)) => Err(Refusal::new(
            Rule::G3,
            "the decision in force on this case is a rejection: an intervention is always \
             preceded by a granting decision",
        )),
        Some((Outcome::Grant, Some(to))) if to < today => Err(Refusal::new(
            Rule::G3,
            format!(
                "the grant in force ended on {to}: an intervention needs a granting decision in \
                 force, so make a new time-limited decision first"
            ),
        )),
        Some((Outcome::Grant, _)) => Ok(()),
    }
}

/// G3: matching and carrying out rest on a decision and its order to the provider.
pub fn check_ordered(case_id: i64, has_order: bool) -> Result<(), Refusal> {
    if has_order {
        return Ok(());
    }
    Err(Refusal::new(
        Rule::G3,
        format!(
            "case {case_id} has no order to the provider: matching needs a granting decision \
             and an order (insats decide, insats order)"
        ),
    ))
}

#[cfg(test)]
mod check_tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::domain::dates::parse(s).unwrap()
    }

    /// G3: no decision, a rejection, or a grant that has ended: no order.
    #[test]
    fn g3_an_order_needs_a_grant_in_force() {
        let today = d("2026-11-23");
        assert_eq!(check_order(None, today).unwrap_err().rule, Rule::G3);
        assert!(check_order(Some((Outcome::Reject, None)), today).is_err());
        assert!(check_order(Some((Outcome::Grant, Some(d("2026-11-22")))), today).is_err());
        assert!(check_order(Some((Outcome::Grant, Some(today))), today).is_ok());
    }
}
