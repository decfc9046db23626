//! The demo's matching at any size: who takes which case. Candidates are drawn from the
//! register a few at a time, checked by the matching rules (M1-M6, D2) and offered through
//! `match offer` and `match start`'s own functions; when nobody fits, the provider recruits
//! someone who does, through the same recruitment steps as `match assignee add`.
//!
//! The pool mirrors only what it needs to draw quickly (role, capacity, assignments, the last
//! recruitment step); the rules are always checked against the file.

use std::collections::HashMap;

use anyhow::{Result, anyhow};
use chrono::{Datelike, Duration, NaiveDate};

use super::{AREAS, FEMALE, INTERESTS, LANGUAGES, MALE, Numbers, Rng, SURNAMES};
use crate::act::matching::offer::{decline, make_offer};
use crate::act::matching::start::{StartTerms, start};
use crate::act::matching::{load_assignee, load_case};
use crate::domain::matching::{DeclinedBy, Role, exclusions, record_extract_valid};
use crate::domain::pnr::Sex;
use crate::domain::recruitment::steps::{Given, fill};
use crate::domain::recruitment::{Stage, may_be_offered};
use crate::store::Tx;
use crate::store::assignee::{self as register, Field, NewAssignee};

/// How many of the register are tried for one case before someone new is recruited.
const PROBES: usize = 24;

#[derive(Debug, Clone)]
struct Member {
    id: i64,
    capacity: u32,
    /// Agreements and open offers, as the file counts them.
    active: u32,
    /// No offer may be dated before the assignee's latest recruitment step.
    last_step: NaiveDate,
}

/// The register as the demo draws from it.
#[derive(Debug, Default)]
pub struct Pool {
    members: Vec<Member>,
    by_role: HashMap<Role, Vec<usize>>,
    index: HashMap<i64, usize>,
    /// Assignees recruited by the demo as cases needed them.
    pub recruited: u32,
}

impl Pool {
    /// Everyone in the register who may be offered a case.
    pub fn load(tx: &Tx) -> Result<Pool> {
        let mut pool = Pool::default();
        for row in register::list(tx, None, None)? {
            let stage = row.stage;
            if !may_be_offered(stage) {
                continue;
            }
            let last = register::last_step_day(tx, row.assignee_id)?.unwrap_or(NaiveDate::MIN);
            let active = register::active_assignments_of(tx, row.assignee_id)?;
            pool.add(row.assignee_id, row.role, row.capacity, active, last);
        }
        Ok(pool)
    }

    fn add(&mut self, id: i64, role: Role, capacity: u32, active: u32, last_step: NaiveDate) {
        let i = self.members.len();
        self.members.push(Member {
            id,
            capacity,
            active,
            last_step,
        });
        self.by_role.entry(role).or_default().push(i);
        self.index.insert(id, i);
    }

    /// Where the pool stands, for [`Pool::forget`].
    pub fn mark(&self) -> usize {
        self.members.len()
    }

    /// Forgets the assignees recruited since `mark`: their registration was undone.
    pub fn forget(&mut self, mark: usize) {
        for m in self.members.drain(mark..) {
            self.index.remove(&m.id);
            self.recruited = self.recruited.saturating_sub(1);
        }
        for list in self.by_role.values_mut() {
            list.retain(|i| *i < mark);
        }
    }

    fn member(&mut self, id: i64) -> Option<&mut Member> {
        self.index.get(&id).map(|&i| &mut self.members[i])
    }

    /// Offers the case's open order on `day` to someone the rules allow (renewing a
    /// criminal-records extract that has grown old, M2), recruiting someone when nobody in the
    /// register fits. Returns the assignee, or `None` when the order stays open.
    pub fn offer(
        &mut self,
        tx: &Tx,
        case_id: i64,
        day: NaiveDate,
        not: Option<i64>,
        numbers: &mut Numbers,
        rng: &mut Rng,
    ) -> Result<Option<i64>> {
        let mc = load_case(tx, case_id, day)?;
        let intervention = mc.intervention()?;
        let settings = &mc.guideline.settings;
        let role = Role::parse(&intervention.assignee_role)
            .ok_or_else(|| anyhow!("the guideline names no known assignee role"))?;
        let child = mc.individual.age < settings.adult_age;
        let months = settings.record_extract_valid_months;
        let list = self.by_role.get(&role).map_or(&[][..], Vec::as_slice);
        // An extract older than the guideline accepts is renewed before the offer.
        let needs_extract = child || role == Role::Ledsagare;
        let mut chosen = None;
        for _ in 0..PROBES.min(list.len() * 2) {
            let m = &self.members[list[rng.below(list.len() as u64) as usize]];
            if m.active >= m.capacity || m.last_step > day || Some(m.id) == not {
                continue;
            }
            let (_, mut a) = load_assignee(tx, m.id)?;
            let stale = a
                .record_checked
                .is_none_or(|d| !record_extract_valid(d, months.saturating_sub(1), day));
            let renew = needs_extract && stale;
            if renew {
                a.record_checked = Some(day);
            }
            if exclusions(&a, &mc.individual, intervention, settings, day).is_empty() {
                chosen = Some((m.id, renew));
                break;
            }
        }
        let (id, renew) = match chosen {
            Some(c) => c,
            None => match self.recruit(
                tx,
                role,
                intervention.assignee_needs_training,
                day,
                numbers,
                rng,
            )? {
                Some(id) => (id, false),
                None => return Ok(None),
            },
        };
        if renew {
            register::set(tx, id, Field::RecordChecked, day.to_string())?;
            tx.audit(&format!("assignee {id} updated: record_checked"), None)?;
        }
        make_offer(tx, case_id, id, day)?;
        if let Some(m) = self.member(id) {
            m.active += 1;
            m.last_step = m.last_step.max(day);
        }
        Ok(Some(id))
    }

    /// The offer was declined on `day`, by `by` for `reason` (M6).
    pub fn decline(
        &mut self,
        tx: &Tx,
        case_id: i64,
        id: i64,
        day: NaiveDate,
        by: DeclinedBy,
        reason: &str,
    ) -> Result<()> {
        decline(tx, case_id, day, Some(by), Some(reason))?;
        if let Some(m) = self.member(id) {
            m.active = m.active.saturating_sub(1);
            m.last_step = m.last_step.max(day);
        }
        Ok(())
    }

    /// The offer was accepted and the first meeting held on `day`: the order is executed.
    pub fn start(&mut self, tx: &Tx, case_id: i64, id: i64, day: NaiveDate) -> Result<()> {
        start(tx, case_id, day, &StartTerms::default())?;
        if let Some(m) = self.member(id) {
            m.last_step = m.last_step.max(day);
        }
        Ok(())
    }

    /// The assignment ended on `day`.
    pub fn ended(&mut self, id: i64, day: NaiveDate) {
        if let Some(m) = self.member(id) {
            m.active = m.active.saturating_sub(1);
            m.last_step = m.last_step.max(day);
        }
    }

    /// Someone new, recruited for the case: interest some weeks before `day`, interview,
    /// consent and register checks, approval the week before (M6).
    fn recruit(
        &mut self,
        tx: &Tx,
        role: Role,
        trained: bool,
        day: NaiveDate,
        numbers: &mut Numbers,
        rng: &mut Rng,
    ) -> Result<Option<i64>> {
        let age = rng.range(23, 66) as i32;
        let Some(pnr) = numbers.take(day.year() - age, rng) else {
            return Ok(None);
        };
        if pnr.age_on(day) < 18 {
            return Ok(None);
        }
        let first = match pnr.sex() {
            Sex::Female => rng.pick(FEMALE),
            Sex::Male => rng.pick(MALE),
        };
        let name = format!("{first} {}", rng.pick(SURNAMES));
        let interest = day - Duration::days(rng.range(50, 90) as i64);
        let interview = interest + Duration::days(rng.range(3, 15) as i64);
        let checked = interview + Duration::days(rng.range(3, 15) as i64);
        let approved = checked + Duration::days(rng.range(3, 10) as i64);
        let given = Given {
            interest: Some(interest),
            interview: Some(interview),
            consent: Some(interview),
            record_extract: Some(checked),
            social_register: Some(checked),
            approved: Some(approved),
        };
        let Ok(filled) = fill(&given, day) else {
            return Ok(None);
        };
        let mut interests = Vec::new();
        for _ in 0..rng.range(1, 3) {
            let it = rng.pick(INTERESTS).to_owned();
            if !interests.contains(&it) {
                interests.push(it);
            }
        }
        let mut languages = vec!["svenska".to_owned()];
        if rng.chance(25) {
            languages.push(rng.pick(LANGUAGES).to_owned());
        }
        // Companions often go with several people; contact persons take one to three.
        let capacity = match (role, rng.below(10)) {
            (Role::Ledsagare, n) => 2 + (n % 3) as u32,
            (_, 0..=3) => 1,
            (_, 4..=7) => 2,
            _ => 3,
        };
        let new = NewAssignee {
            trained: trained || rng.chance(30),
            interests,
            languages,
            area: Some(rng.pick(AREAS).to_owned()),
            capacity,
            ..NewAssignee::recruited(pnr.clone(), name, role, &filled)
        };
        if filled.stage() != Stage::Approved {
            return Ok(None);
        }
        let id = register::insert(tx, &new)?;
        for s in &filled.steps {
            register::add_step(tx, id, s.stage, s.day, None)?;
        }
        tx.audit(&format!("assignee {id} registered"), None)?;
        self.add(id, role, capacity, 0, approved);
        self.recruited += 1;
        Ok(Some(id))
    }
}
