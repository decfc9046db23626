//! The provider's reminders: `plan_missing` (P1), an executed intervention still without an
//! implementation plan the guideline's number of days after it was carried out; and
//! `changed_needs` (P3), changed needs the provider reported that no follow-up has met.

use anyhow::Result;

use super::Reminders;
use crate::domain::followup::{DueState, due_state};
use crate::domain::report::{minus_days, plus_days};
use crate::domain::rules::Rule;
use crate::store::Db;
use crate::store::reports::provider_work as q;

impl Reminders<'_> {
    /// P1: the plan is due `plan_within_days` after the order was executed.
    pub(super) fn plan_missing(&mut self) -> Result<()> {
        let (today, within) = (self.today(), self.within);
        let days = self.sheet.guideline.settings.plan_within_days;
        let executed_by = minus_days(self.horizon(), days);
        let sheet = self.sheet;
        let conn: &Db = &sheet.store;
        q::plan_missing(conn, executed_by, &mut |r| {
            let due = plus_days(r.executed, days);
            let state = due_state(due, today, within);
            if state == DueState::NotDue {
                return Ok(());
            }
            let message = format!(
                "ingen genomförandeplan: insatsen verkställdes {} och planen ska finnas inom {days} dagar (`insats plan {} --template`)",
                r.executed, r.who.case_id
            );
            self.write(
                "plan_missing",
                Rule::P1,
                &r.who,
                due,
                state == DueState::Overdue,
                message,
            )
        })
    }

    /// P3: the provider reported changed needs; due at once, until a follow-up meets them.
    pub(super) fn changed_needs(&mut self) -> Result<()> {
        let today = self.today();
        let sheet = self.sheet;
        let conn: &Db = &sheet.store;
        q::changed_needs(conn, today, &mut |n| {
            let message = format!(
                "utföraren rapporterade förändrade behov {}: följ upp beslutet (`insats follow-up {}`)",
                n.day, n.who.case_id
            );
            self.write(
                "changed_needs",
                Rule::P3,
                &n.who,
                n.day,
                n.day < today,
                message,
            )
        })
    }
}
