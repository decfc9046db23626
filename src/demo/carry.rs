//! The demo's months of carrying out: for every case whose order is executed, weekly meetings
//! from the execution day to today (or the grant's end), some cancelled by the individual's
//! side, the assignee or the provider, the grant's follow-up once it fell due, and the
//! agreement's yearly review. Everything goes through the same recording as `log` and
//! `follow-up`, so the rules (E1-E9) and their journal entries are the real ones.

use anyhow::Result;
use chrono::{Days, NaiveDate};

use super::Rng;
use crate::cmd::carry::{CancelRequest, Carrying, carrying, record_cancellation, record_visit};
use crate::cmd::followup::{Request, follow_up, record_agreement_review};
use crate::domain::cancellation::{CancelledBy, HoursEffect};
use crate::domain::followup::{Attainment, Outcome, agreement_review, follow_up_due, lvu_reviews};
use crate::domain::hours::HoursEntry;
use crate::store::carry::active_agreement;
use crate::store::cases::{get_case, get_person};
use crate::store::guideline::ensure_active;
use crate::store::{Store, Tx};

const VISIT_NOTES: &[&str] = &[
    "Promenad och fika på stan.",
    "Bowling tillsammans.",
    "Besök på biblioteket.",
    "Matlagning hemma hos den enskilde.",
    "Fiske vid sjön.",
    "Bio på kvällen.",
    "Handlade kläder inför vintern.",
];

const FOLLOW_UP_NOTES: &[&str] = &[
    "Uppföljningssamtal med den enskilde. Träffarna fungerar väl och målen är i stort sett nådda.",
    "Samtal med den enskilde och uppdragstagaren. Den enskilde vill fortsätta.",
    "Uppföljning per telefon. Den enskilde har fått fler sociala kontakter.",
];

/// What the demo's carrying out made.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CarriedOut {
    pub cases: u32,
    pub visits: u32,
    pub cancellations: u32,
    pub follow_ups: u32,
    pub agreement_reviews: u32,
}

/// Adds months of visits, cancellations and follow-ups to every case with an executed order and
/// a grant in force that has none yet, in one transaction. Deterministic, like the rest of the
/// demo.
pub fn carry_out(store: &mut Store) -> Result<CarriedOut> {
    let today = store.actor().today;
    let mut rng = Rng(0x6361_7272_7920_6f75);
    store.write(|tx| {
        let case_ids: Vec<i64> = tx
            .prepare(
                "SELECT o.case_id FROM orders o
                 WHERE o.status = 'executed' AND o.executed_day IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.case_id = o.case_id)
                 ORDER BY o.case_id",
            )?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut made = CarriedOut::default();
        if case_ids.is_empty() {
            return Ok(made);
        }
        let g = ensure_active(tx)?.guideline;
        for case_id in case_ids {
            let case = get_case(tx, case_id)?;
            // A case without a grant in force, or outside the guideline, is left as it is.
            let Ok(c) = carrying(tx, &case, &g, "visit") else {
                continue;
            };
            made.cases += 1;
            let child_until = get_person(tx, case.person_id)?
                .pnr()?
                .birth_date()
                .checked_add_months(chrono::Months::new(12 * g.settings.adult_age))
                .unwrap_or(NaiveDate::MAX);
            let meeting = active_agreement(tx, case_id)?
                .and_then(|a| a.hours_per_meeting)
                .unwrap_or_else(|| {
                    ((c.grant.hours_per_month / 4.0) * 2.0)
                        .round()
                        .clamp(1.0, 8.0)
                        / 2.0
                });
            let last = today.min(c.grant.to);

            // What the caseworker follows up, by day: each LVU review (E9) and the grant's
            // follow-up (G1), most held a few days after falling due, and the agreement's
            // yearly review (E8).
            let mut follow_ups: Vec<NaiveDate> = Vec::new();
            if case.insats == "kvalificerad-lvu" {
                follow_ups.extend(lvu_reviews(c.grant.from, c.grant.to, &g.settings));
            }
            follow_ups.push(follow_up_due(c.grant.from, c.grant.to, &g.settings));
            let mut follow_ups: Vec<NaiveDate> = follow_ups
                .into_iter()
                .filter_map(|d| {
                    let held = d + Days::new(u64::from(rng.range(0, 10)));
                    (held <= last && rng.chance(75)).then_some(held)
                })
                .collect();
            follow_ups.sort_unstable();
            follow_ups.dedup();
            let mut review = active_agreement(tx, case_id)?
                .map(|a| agreement_review(a.start, a.last_review, &g.settings))
                .map(|d| d + Days::new(u64::from(rng.range(0, 14))))
                .filter(|d| *d <= today && rng.chance(60));

            // The order's ledger as it grows, so that each meeting is planned without a re-read.
            let mut ledger: Vec<HoursEntry> = Vec::new();
            let mut day = c.executed;
            // The journal reads in order: nothing is dated before what was logged last.
            let mut logged = c.executed;
            loop {
                let until = if day <= last { day } else { today };
                while follow_ups.first().is_some_and(|d| *d <= until) {
                    let held = follow_ups.remove(0);
                    let attainment = match rng.below(3) {
                        0 => Attainment::Met,
                        1 => Attainment::Partly,
                        _ => Attainment::NotMet,
                    };
                    let req = Request {
                        case_id,
                        outcome: Outcome::Continue,
                        attainment: Some(attainment),
                        end_reason: None,
                        note: rng.pick(FOLLOW_UP_NOTES).to_string(),
                        to: None,
                        hours: None,
                    };
                    follow_up(tx, &req, held)?;
                    made.follow_ups += 1;
                    logged = logged.max(held);
                }
                if let Some(held) = review.filter(|d| *d <= until) {
                    record_agreement_review(
                        tx,
                        case_id,
                        "Årlig uppföljning med uppdragstagaren. Uppdraget fortsätter.",
                        held,
                    )?;
                    made.agreement_reviews += 1;
                    logged = logged.max(held);
                    review = None;
                }
                if day > last {
                    break;
                }
                if rng.chance(9) {
                    let by = match rng.below(10) {
                        0..=4 if day < child_until => CancelledBy::Guardian,
                        0..=4 => CancelledBy::Individual,
                        5..=7 => CancelledBy::Assignee,
                        _ => CancelledBy::Provider,
                    };
                    let notice_days = rng.range(0, 14);
                    let rebooked = (by.is_individual_side() && rng.chance(30))
                        .then(|| day + Days::new(3))
                        .filter(|r| *r <= last);
                    let req = CancelRequest {
                        day,
                        by,
                        notice_days,
                        rebooked,
                        hours: Some(meeting),
                        note: None,
                    };
                    let told = day
                        .checked_sub_days(Days::new(u64::from(notice_days)))
                        .unwrap_or(day)
                        .max(logged);
                    let r = record_cancellation(tx, &case, &c, &req, &g, day, told)?;
                    logged = told;
                    made.cancellations += 1;
                    match r.effect {
                        HoursEffect::Lost => ledger.push(HoursEntry::Lost {
                            day,
                            hours: r.hours,
                        }),
                        HoursEffect::Kept => ledger.push(HoursEntry::Kept {
                            day,
                            hours: r.hours,
                        }),
                        HoursEffect::Rebooked => {}
                    }
                    if let Some(r) = rebooked {
                        made.visits += visit(tx, &mut rng, &c, &mut ledger, r, meeting)?;
                    }
                } else {
                    made.visits += visit(tx, &mut rng, &c, &mut ledger, day, meeting)?;
                }
                logged = logged.max(day);
                day = day + Days::new(u64::from(rng.range(6, 8)));
            }
        }
        Ok(made)
    })
}

/// One meeting, planned within what is left of the period (now and then a little beyond, as
/// happens: E1 warns). Returns how many visits were logged (0 when nothing was left).
fn visit(
    tx: &Tx,
    rng: &mut Rng,
    c: &Carrying,
    ledger: &mut Vec<HoursEntry>,
    day: NaiveDate,
    meeting: f64,
) -> Result<u32> {
    let left = c.view_of(ledger, day).balance.remaining;
    let planned = if rng.chance(20) {
        meeting + 0.5
    } else {
        meeting
    };
    let hours = if rng.chance(4) {
        planned
    } else {
        (planned.min(left) * 2.0).floor() / 2.0
    };
    if hours < 0.5 {
        return Ok(0);
    }
    let note = rng.chance(25).then(|| rng.pick(VISIT_NOTES));
    let hours = hours.min(24.0);
    record_visit(tx, c, ledger, day, hours, note, day)?;
    ledger.push(HoursEntry::Visit { day, hours });
    Ok(1)
}
