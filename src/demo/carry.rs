//! The demo's months of carrying out: for every case whose order is executed, weekly meetings
//! from the execution day to today (or the grant's end), some cancelled by the individual's
//! side, the assignee or the provider, the grant's follow-up once it fell due (now and then
//! extending the grant), the agreement's yearly review, and the end once the grant has run
//! out. Everything goes through the same recording as `log` and `follow-up`, so the rules
//! (E1-E9, G1) and their journal entries are the real ones.
//!
//! A [`History`] is stepped one meeting at a time, so that the demo can interleave thousands
//! of cases in date order (see `sim`); [`carry_out`] runs each case to the end in turn.

use crate::act::due_process::Process;
use anyhow::Result;
use chrono::{Days, NaiveDate};

use super::Rng;
use crate::act::carry_out::{
    CancelRequest, Carrying, NewVisit, carrying, record_cancellation, record_visit,
};
use crate::act::follow_up::{Request, follow_up, record_agreement_review};
use crate::domain::cancellation::{CancelledBy, HoursEffect};
use crate::domain::dates::add_months;
use crate::domain::followup::{
    Attainment, EndReason, Outcome, agreement_review, follow_up_due, lvu_reviews,
};
use crate::domain::hours::HoursEntry;
use crate::guideline::Guideline;
use crate::store::carry::active_agreement;
use crate::store::cases::get_case;
use crate::store::guideline::ensure_active;
use crate::store::people::get_person;
use crate::store::{Actor, Store, Tx};

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

const EXTEND_NOTES: &[&str] = &[
    "Den enskilde vill fortsätta och behovet kvarstår. Insatsen förlängs.",
    "Målen är delvis nådda; fortsatt stöd behövs. Insatsen förlängs.",
];

const END_NOTES: &[&str] = &[
    "Avslutningssamtal med den enskilde. Behovet tillgodoses nu på annat sätt.",
    "Den enskilde vill inte längre ha insatsen. Avslutas.",
    "Den enskilde har flyttat från kommunen.",
    "Insatsen avslutas enligt plan; målen är nådda.",
];

/// What the demo's carrying out made.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CarriedOut {
    pub cases: u32,
    pub visits: u32,
    pub cancellations: u32,
    pub follow_ups: u32,
    pub agreement_reviews: u32,
    /// Follow-ups that extended the grant with a new decision (E6).
    pub extensions: u32,
    /// Interventions ended once their grant ran out (E7).
    pub ended: u32,
}

/// What one step of a case's history left to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The next meeting (or the end) falls on this day.
    At(NaiveDate),
    /// The intervention ended: the assignee is free again.
    Ended,
    /// Carried out up to today; it goes on.
    Done,
}

/// A follow-up the caseworker holds: the day, and whether it is the one before the grant's end.
type Held = (NaiveDate, bool);

/// One executed case, carried out meeting by meeting.
pub struct History {
    case_id: i64,
    lvu: bool,
    c: Carrying,
    child_until: NaiveDate,
    meeting: f64,
    follow_ups: Vec<Held>,
    review: Option<NaiveDate>,
    /// The order's ledger of the current hours period (E1), so that each meeting is planned
    /// without a re-read.
    ledger: Vec<HoursEntry>,
    day: NaiveDate,
    /// The journal reads in order: nothing is dated before what was logged last.
    logged: NaiveDate,
    extended: u32,
    /// The day the intervention ends, once the grant has run out.
    ends: Option<NaiveDate>,
    rng: Rng,
}

impl History {
    /// The history of an executed case with a grant in force; `None` for one without, or
    /// outside the guideline, which is left as it is.
    pub fn begin(
        tx: &Tx,
        case_id: i64,
        g: &Guideline,
        today: NaiveDate,
        mut rng: Rng,
    ) -> Result<Option<History>> {
        let case = get_case(tx, case_id)?;
        let Ok(c) = carrying(tx, &case, g, "visit") else {
            return Ok(None);
        };
        let child_until = get_person(tx, case.person_id)?
            .pnr()?
            .birth_date()
            .checked_add_months(chrono::Months::new(12 * g.settings.adult_age))
            .unwrap_or(NaiveDate::MAX);
        let agreement = active_agreement(tx, case_id)?;
        let meeting = agreement
            .as_ref()
            .and_then(|a| a.hours_per_meeting)
            .unwrap_or_else(|| {
                ((c.grant.hours_per_month / 4.0) * 2.0)
                    .round()
                    .clamp(1.0, 8.0)
                    / 2.0
            });
        let review = agreement
            .map(|a| agreement_review(a.start, a.last_review, &g.settings))
            .map(|d| d + Days::new(u64::from(rng.range(0, 14))));
        let mut h = History {
            case_id,
            lvu: case.insats == crate::domain::case::InsatsType::KvalificeradLvu,
            day: c.executed,
            logged: c.executed,
            c,
            child_until,
            meeting,
            follow_ups: Vec::new(),
            review,
            ledger: Vec::new(),
            extended: 0,
            ends: None,
            rng,
        };
        h.plan_follow_ups(g, today, h.c.executed);
        h.review = h.review.filter(|d| *d <= today && h.rng.chance(60));
        Ok(Some(h))
    }

    /// The day of the next step.
    pub fn day(&self) -> NaiveDate {
        self.day
    }

    /// What the caseworker follows up, by day, after `after`: each LVU review (E9) and the
    /// grant's follow-up before its end (G1), most held a few days after falling due.
    fn plan_follow_ups(&mut self, g: &Guideline, today: NaiveDate, after: NaiveDate) {
        let last = today.min(self.c.grant.to);
        let (from, to) = (self.c.grant.from, self.c.grant.to);
        let mut due: Vec<Held> = Vec::new();
        if self.lvu {
            due.extend(
                lvu_reviews(from, to, &g.settings)
                    .into_iter()
                    .map(|d| (d, false)),
            );
        }
        due.push((follow_up_due(from, to, &g.settings), true));
        let rng = &mut self.rng;
        let mut held: Vec<Held> = due
            .into_iter()
            .filter_map(|(d, before_end)| {
                let held = d + Days::new(u64::from(rng.range(0, 10)));
                (held > after && held <= last && rng.chance(75)).then_some((held, before_end))
            })
            .collect();
        held.sort_unstable();
        held.dedup_by_key(|h| h.0);
        self.follow_ups = held;
    }

    /// One step: the follow-ups and review due by the step's day, then its meeting; or, once
    /// the grant has run out, the end.
    pub fn step<'t>(
        &mut self,
        tx: &Tx<'t>,
        g: &Guideline,
        today: NaiveDate,
        made: &mut CarriedOut,
        provider: &'t Actor,
    ) -> Result<Step> {
        if let Some(end) = self.ends {
            self.hold_until(tx, g, today, end, made)?;
            self.end(tx, end)?;
            made.ended += 1;
            return Ok(Step::Ended);
        }
        let day = self.day;
        self.hold_until(tx, g, today, day, made)?;
        if day <= today.min(self.c.grant.to) {
            // The provider records the meeting (S2), then the caseworker goes on.
            let caseworker = tx.current();
            tx.act_as(provider);
            let met = self.meet(tx, g, day, made);
            tx.act_as(caseworker);
            met?;
            self.logged = self.logged.max(day);
            self.day = day + Days::new(u64::from(self.rng.range(6, 8)));
        }
        if self.day <= today.min(self.c.grant.to) {
            return Ok(Step::At(self.day));
        }
        // No meeting left before today or the grant's end; a follow-up may still extend it.
        self.hold_until(tx, g, today, today.min(self.c.grant.to), made)?;
        if self.day <= today.min(self.c.grant.to) {
            return Ok(Step::At(self.day));
        }
        if self.c.grant.to < today
            && ((today - self.c.grant.to).num_days() > 45 || self.rng.chance(90))
        {
            // Most interventions are ended soon after the grant runs out; a few that ran out
            // in the last weeks are left waiting for the caseworker, as the reminders show.
            // None is left for years: someone always catches up.
            let end = (self.c.grant.to + Days::new(u64::from(self.rng.range(0, 14)))).min(today);
            let end = end.max(self.logged);
            self.ends = Some(end);
            self.day = end;
            return Ok(Step::At(end));
        }
        Ok(Step::Done)
    }

    /// The follow-ups and the agreement's review held on or before `until`.
    fn hold_until(
        &mut self,
        tx: &Tx,
        g: &Guideline,
        today: NaiveDate,
        until: NaiveDate,
        made: &mut CarriedOut,
    ) -> Result<()> {
        while let Some(&(held, before_end)) = self.follow_ups.first().filter(|h| h.0 <= until) {
            self.follow_ups.remove(0);
            let attainment = match self.rng.below(3) {
                0 => Attainment::Met,
                1 => Attainment::Partly,
                _ => Attainment::NotMet,
            };
            let mut extended = false;
            if before_end && self.extended < 2 && self.rng.chance(30) {
                // The grant is extended by a new decision through the rules of `decide` (E6);
                // one the rules refuse is followed up as going on instead.
                let months = if self.rng.chance(50) { 6 } else { 12 };
                let req = Request {
                    case_id: self.case_id,
                    outcome: Outcome::Extend,
                    attainment: Some(attainment),
                    end_reason: None,
                    note: self.rng.pick(EXTEND_NOTES).to_string(),
                    to: Some(add_months(self.c.grant.to, months)),
                    hours: None,
                    process: Process::default(),
                };
                if tx.savepoint(|tx| follow_up(tx, &req, held).map(|_| ()))? {
                    extended = true;
                    self.extended += 1;
                    made.extensions += 1;
                    let case = get_case(tx, self.case_id)?;
                    self.c = carrying(tx, &case, g, "visit")?;
                    self.plan_follow_ups(g, today, held);
                }
            }
            if !extended {
                let req = Request {
                    case_id: self.case_id,
                    outcome: Outcome::Continue,
                    attainment: Some(attainment),
                    end_reason: None,
                    note: self.rng.pick(FOLLOW_UP_NOTES).to_string(),
                    to: None,
                    hours: None,
                    process: Process::default(),
                };
                follow_up(tx, &req, held)?;
            }
            made.follow_ups += 1;
            self.logged = self.logged.max(held);
        }
        if let Some(held) = self.review.filter(|d| *d <= until) {
            record_agreement_review(
                tx,
                self.case_id,
                "Årlig uppföljning med uppdragstagaren. Uppdraget fortsätter.",
                held,
            )?;
            made.agreement_reviews += 1;
            self.logged = self.logged.max(held);
            self.review = None;
        }
        Ok(())
    }

    /// The follow-up that ends the intervention (E7): decision, order and agreement end.
    fn end(&mut self, tx: &Tx, on: NaiveDate) -> Result<()> {
        let reason = match self.rng.below(10) {
            0..=5 => EndReason::NeedMetOtherwise,
            6 | 7 => EndReason::DoesNotWant,
            8 => EndReason::Moved,
            _ => EndReason::Other,
        };
        let req = Request {
            case_id: self.case_id,
            outcome: Outcome::End,
            attainment: Some(if self.rng.chance(60) {
                Attainment::Met
            } else {
                Attainment::Partly
            }),
            end_reason: Some(reason),
            note: self.rng.pick(END_NOTES).to_string(),
            to: None,
            hours: None,
            // F1, F2: the ending rests on what the individual said at the follow-up.
            process: Process {
                motivation: Some(
                    "Vid uppföljningen framkom att insatsens mål är nådda och att behovet nu \
                     tillgodoses på annat sätt."
                        .to_string(),
                ),
                no_communication_reason: Some(
                    "Beslutet grundar sig på den enskildes egna uppgifter vid uppföljningen; \
                     kommunicering är uppenbart obehövlig (25 § förvaltningslagen)."
                        .to_string(),
                ),
            },
        };
        follow_up(tx, &req, on)?;
        Ok(())
    }

    /// The meeting on `day`: held, or now and then cancelled (E2-E4).
    fn meet(
        &mut self,
        tx: &Tx,
        g: &Guideline,
        day: NaiveDate,
        made: &mut CarriedOut,
    ) -> Result<()> {
        let last = self.c.grant.to.min(tx.actor().today);
        if !self.rng.chance(9) {
            made.visits += self.visit(tx, day)?;
            return Ok(());
        }
        let by = match self.rng.below(10) {
            0..=4 if day < self.child_until => CancelledBy::Guardian,
            0..=4 => CancelledBy::Individual,
            5..=7 => CancelledBy::Assignee,
            _ => CancelledBy::Provider,
        };
        let notice_days = self.rng.range(0, 14);
        let rebooked = (by.is_individual_side() && self.rng.chance(30))
            .then(|| day + Days::new(3))
            .filter(|r| *r <= last);
        let req = CancelRequest {
            day,
            by,
            notice_days,
            rebooked,
            hours: Some(self.meeting),
            note: None,
        };
        let told = day
            .checked_sub_days(Days::new(u64::from(notice_days)))
            .unwrap_or(day)
            .max(self.logged);
        let case = get_case(tx, self.case_id)?;
        let r = record_cancellation(tx, &case, &self.c, &req, g, day, told)?;
        self.logged = told;
        made.cancellations += 1;
        match r.effect {
            HoursEffect::Lost => self.ledger.push(HoursEntry::Lost {
                day,
                hours: r.hours,
            }),
            HoursEffect::Kept => self.ledger.push(HoursEntry::Kept {
                day,
                hours: r.hours,
            }),
            HoursEffect::Rebooked => {}
        }
        if let Some(r) = rebooked {
            made.visits += self.visit(tx, r)?;
        }
        Ok(())
    }

    /// One meeting, planned within what is left of the period (now and then a little beyond,
    /// as happens: E1 warns). Returns how many visits were logged (0 when nothing was left).
    fn visit(&mut self, tx: &Tx, day: NaiveDate) -> Result<u32> {
        let balance = self.c.view_of(&self.ledger, day).balance;
        // Meetings come in date order: what earlier periods used no longer counts (E1).
        self.ledger.retain(|e| e.day() >= balance.period_start);
        let left = balance.remaining;
        let meeting = self.meeting;
        let rng = &mut self.rng;
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
        record_visit(
            tx,
            &self.c,
            &self.ledger,
            &NewVisit {
                on: day,
                hours,
                note,
                dated: day,
                corrects: None,
            },
        )?;
        self.ledger.push(HoursEntry::Visit { day, hours });
        Ok(1)
    }
}

/// Adds months of visits, cancellations and follow-ups to every case with an executed order and
/// a grant in force that has none yet, in one transaction, each case to the end in turn.
/// Deterministic, like the rest of the demo.
pub fn carry_out(store: &mut Store) -> Result<CarriedOut> {
    let today = store.actor().today;
    let mut rng = Rng(0x6361_7272_7920_6f75);
    store.write(|tx| {
        let case_ids = crate::store::order::executed_without_visits(tx)?;
        let mut made = CarriedOut::default();
        if case_ids.is_empty() {
            return Ok(made);
        }
        let g = ensure_active(tx)?.guideline;
        for case_id in case_ids {
            let seed = Rng(rng.next());
            let Some(mut h) = History::begin(tx, case_id, &g, today, seed)? else {
                continue;
            };
            made.cases += 1;
            let me = tx.current();
            while let Step::At(_) = h.step(tx, &g, today, &mut made, me)? {}
        }
        Ok(made)
    })
}
