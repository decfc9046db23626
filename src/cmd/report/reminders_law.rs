//! Two kinds of `report reminders` that the reports to IVO rest on:
//! - `not_used` (D3): an executed intervention with no meeting in the three months after its
//!   execution or its last meeting, until a meeting or a follow-up: the provider tells the
//!   caseworker, who reviews it (and it may become an interruption reported to IVO, R1). It
//!   falls due on the day the three months are reached.
//! - `ivo_window` (R1): within a quarter's reporting window (guideline data, as IVO publishes
//!   them), one reminder per case with an individual report to send for the quarter just ended:
//!   new, continuing or closing. Due on the window's last day. Outside the windows, nothing.

use anyhow::Result;
use chrono::{Datelike, NaiveDate};

use super::reminders::Reminders;
use crate::domain::followup::{DueState, due_state};
use crate::domain::ivo::{ReportKind, not_used_due};
use crate::domain::report::{Quarter, plus_days};
use crate::domain::rules::Rule;
use crate::guideline::IvoWindow;
use crate::store::Db;
use crate::store::reports::ivo::not_used;

impl Reminders<'_> {
    /// D3: executed, but not used for three months.
    pub(super) fn not_used(&mut self) -> Result<()> {
        let (today, within) = (self.today(), self.within);
        let months = self.sheet.guideline.settings.execute_within_months;
        // Generous by a few days (month ends clamp); the day itself is checked below.
        let base_by = plus_days(crate::domain::dates::sub_months(self.horizon(), months), 3);
        let sheet = self.sheet;
        let conn: &Db = &sheet.store;
        let mut flagged = Vec::new();
        not_used(conn, base_by, &mut |r| {
            let base = [Some(r.executed), r.last_meeting, r.last_follow_up]
                .into_iter()
                .flatten()
                .max()
                .unwrap_or(r.executed);
            let due = not_used_due(base, months);
            let state = due_state(due, today, within);
            if state != DueState::NotDue {
                flagged.push((due, state, base, r));
            }
            Ok(())
        })?;
        flagged.sort_by_key(|(due, _, _, r)| (*due, r.who.case_id));
        for (due, state, base, r) in flagged {
            let since = match (r.last_meeting, r.last_follow_up) {
                (Some(m), _) if m == base => format!("senaste träffen {}", m),
                (_, Some(f)) if f == base => format!("uppföljd {}", f),
                _ => format!("verkställd {}", r.executed),
            };
            let message = format!(
                "insatsen används inte: ingen träff på tre månader ({since}, senast {}): \
                 utföraren meddelar handläggaren, som följer upp",
                due
            );
            let overdue = state == DueState::Overdue;
            self.write("not_used", Rule::D3, &r.who, due, overdue, message)?;
        }
        Ok(())
    }

    /// R1: in a reporting window, the cases with an individual report to send.
    pub(super) fn ivo_window(&mut self) -> Result<()> {
        let today = self.today();
        let windows = self.sheet.guideline.settings.ivo_windows.clone();
        let Some((quarter, last)) = open_window(&windows, today) else {
            return Ok(());
        };
        let sheet = self.sheet;
        // One reminder a case, the first the report finds.
        let mut seen = crate::domain::ids::IdSet::new();
        let as_of = quarter.last_day().min(today);
        super::ivo::each_due(sheet, quarter, as_of, &mut |d| {
            if !seen.insert(d.case_id) {
                return Ok(());
            }
            let what = match d.kind {
                "not_executed" => "ej verkställt beslut",
                "interruption" => "avbrott i verkställigheten",
                _ => "delvis verkställt beslut",
            };
            let report = match d.report_kind {
                ReportKind::New => "ny rapport",
                ReportKind::Continuing => "återrapport",
                ReportKind::Closing => "avslutande rapport",
            };
            let message = format!(
                "rapportera till IVO för {quarter} senast {}: {what} ({report}); `insats report \
                 ivo --quarter {quarter}`",
                last
            );
            self.write("ivo_window", Rule::R1, &d.who, last, false, message)
        })
    }
}

/// The quarter whose reporting window holds `today`, and the window's last day. A window's
/// days are month-days after the quarter: Q1-Q3 in the same year, Q4's in the next.
pub fn open_window(windows: &[IvoWindow], today: NaiveDate) -> Option<(Quarter, NaiveDate)> {
    windows.iter().find_map(|w| {
        let day =
            |text: &str, year: i32| crate::domain::dates::parse(&format!("{year:04}-{text}")).ok();
        let first = day(&w.from, today.year())?;
        let mut last = day(&w.to, today.year())?;
        if last < first {
            last = day(&w.to, today.year() + 1)?;
        }
        if today < first || today > last {
            return None;
        }
        // The quarter that ended before the window opened.
        let quarter = Quarter::containing(first.pred_opt()?);
        (quarter.number == w.quarter).then_some((quarter, last))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::parse;

    fn w(q: u32, from: &str, to: &str) -> IvoWindow {
        IvoWindow {
            quarter: q,
            from: from.into(),
            to: to.into(),
        }
    }

    #[test]
    fn r1_reporting_windows_follow_their_quarter() {
        let windows = [
            w(1, "04-01", "04-30"),
            w(2, "07-01", "08-31"),
            w(3, "10-01", "10-31"),
            w(4, "01-01", "01-31"),
        ];
        let d = |s: &str| parse(s).unwrap();
        let q = |s: &str| Quarter::parse(s).unwrap();
        assert_eq!(open_window(&windows, d("2026-03-31")), None);
        assert_eq!(
            open_window(&windows, d("2026-04-01")),
            Some((q("2026-Q1"), d("2026-04-30")))
        );
        assert_eq!(
            open_window(&windows, d("2026-08-31")),
            Some((q("2026-Q2"), d("2026-08-31")))
        );
        assert_eq!(open_window(&windows, d("2026-09-01")), None);
        assert_eq!(
            open_window(&windows, d("2027-01-15")),
            Some((q("2026-Q4"), d("2027-01-31")))
        );
        assert_eq!(open_window(&windows, d("2026-11-23")), None);
    }
}
