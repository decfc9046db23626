//! The demo's register of assignees (uppdragstagare) in every stage of recruitment (M6), and the
//! matching of the demo's open orders to them.
//!
//! Separate from [`super::generate`] so that it can run after anything that makes orders: it
//! reads the people and orders already in the file. Deterministic, like the rest of the demo.

use std::collections::HashSet;

use anyhow::Result;
use chrono::{Datelike, Duration, NaiveDate};

use super::{AREAS, FEMALE, INTERESTS, LANGUAGES, MALE, Numbers, PLACES, Rng, SURNAMES};
use crate::cmd::matching::offer::{decline, make_offer};
use crate::cmd::matching::start::{StartTerms, start};
use crate::cmd::matching::suggest::suggest;
use crate::domain::matching::Role;
use crate::domain::pnr::{Pnr, Sex};
use crate::domain::recruitment::Stage;
use crate::domain::recruitment::steps::{Given, fill};
use crate::store::Store;
use crate::store::assignee::{self as register, Field, NewAssignee};

/// Where each demo assignee stands; the register's mix, roughly as a provider's looks.
const PLAN: &[Stage] = &[
    Stage::Interest,
    Stage::Interest,
    Stage::Interview,
    Stage::Interview,
    Stage::Consent,
    Stage::Checked,
    Stage::Checked,
    Stage::NotApproved,
    Stage::Paused,
    Stage::Ended,
];

const STEP_NOTES: &[&str] = &[
    "Intresseanmälan via kommunens webbplats.",
    "Intervju genomförd. Berättade om sin bakgrund och sina intressen.",
    "Medgivande till registerkontroll undertecknat.",
];

/// How many assignees the demo registers.
pub const ASSIGNEES: u32 = 32;

/// Registers [`ASSIGNEES`] assignees: most approved and waiting, the rest spread over the
/// pipeline; a few trained (M5), companions among them, one under 18 (M1), one with an outdated
/// extract (M2), a few relatives or network of the file's individuals (M3) and a few working
/// where some of them have daily activity (M4). Returns how many were registered.
pub fn register_assignees(store: &mut Store) -> Result<u32> {
    let today = store.actor().today;
    let mut rng = Rng(2027);
    let mut numbers = Numbers::new();
    let people: Vec<String> = {
        let mut stmt = store.conn().prepare("SELECT pnr FROM person ORDER BY id")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let taken: HashSet<String> = people.iter().cloned().collect();
    store.write(|tx| {
        for i in 0..ASSIGNEES {
            let young = i == 7;
            let age = if young { 17 } else { rng.range(22, 72) as i32 };
            let pnr = loop {
                let Some(p) = numbers.take(today.year() - age, &mut rng) else {
                    anyhow::bail!("the demo ran out of test personal identity numbers");
                };
                if !taken.contains(p.as_str()) && register::find_by_pnr(tx, &p)?.is_none() {
                    break p;
                }
            };
            let first = match pnr.sex() {
                Sex::Female => rng.pick(FEMALE),
                Sex::Male => rng.pick(MALE),
            };
            let name = format!("{first} {}", rng.pick(SURNAMES));
            let role = if i % 5 == 4 {
                Role::Ledsagare
            } else {
                Role::Kontaktperson
            };
            let target = PLAN
                .get(i as usize % 16)
                .copied()
                .filter(|_| i >= 16)
                .unwrap_or(Stage::Approved);
            let given = dates(target, i == 11, today, &mut rng);
            let Ok(filled) = fill(&given, today) else {
                continue;
            };
            let mut interests = Vec::new();
            for _ in 0..rng.range(1, 4) {
                let it = rng.pick(INTERESTS).to_owned();
                if !interests.contains(&it) {
                    interests.push(it);
                }
            }
            let mut languages = vec!["svenska".to_owned()];
            if rng.chance(30) {
                languages.push(rng.pick(LANGUAGES).to_owned());
            }
            let new = NewAssignee {
                pnr: pnr.clone(),
                name,
                sex: pnr.sex(),
                role,
                stage: filled.stage(),
                interview_day: filled.interview,
                consent_day: filled.consent,
                record_checked: filled.record_extract,
                register_checked: filled.social_register,
                approved_day: filled.approved,
                trained: rng.chance(30),
                interests,
                languages,
                area: Some(rng.pick(AREAS).to_owned()),
                workplace: (i % 9 == 3).then(|| rng.pick(&PLACES[..2]).to_owned()),
                residence: None,
                capacity: if rng.chance(20) { 2 } else { 1 },
                available_from: (i == 13).then(|| today + Duration::days(30)),
                waiting_since: filled.approved,
            };
            let id = register::insert(tx, &new)?;
            for (n, s) in filled.steps.iter().enumerate() {
                let note = STEP_NOTES.get(n).copied().filter(|_| !s.implied);
                register::add_step(tx, id, s.stage, s.day, note)?;
            }
            if !people.is_empty() && i % 10 == 5 {
                let related = &people[rng.below(people.len() as u64) as usize];
                if let Ok(p) = Pnr::from_stored(related) {
                    let kind = if rng.chance(50) {
                        "relative"
                    } else {
                        "network"
                    };
                    register::add_relation(tx, id, &p, kind)?;
                }
            }
            if let Some(stage) = after(target) {
                let last = filled.steps.last().map_or(today, |s| s.day);
                let day = (last + Duration::days(rng.range(7, 60) as i64)).min(today);
                if stage == Stage::Paused {
                    // A break from the queue: approved, waiting, then paused.
                    register::move_to(tx, id, Stage::Waiting, day, None)?;
                }
                register::move_to(tx, id, stage, day, None)?;
                register::set(tx, id, Field::WaitingSince, None::<String>)?;
            }
            tx.audit(&format!("assignee {id} registered"), None)?;
        }
        Ok(())
    })?;
    Ok(ASSIGNEES)
}

/// The stage reached after the recruitment steps, for those who went further.
fn after(target: Stage) -> Option<Stage> {
    match target {
        Stage::NotApproved | Stage::Paused | Stage::Ended => Some(target),
        _ => None,
    }
}

/// Recruitment dates that reach `target` (paused and ended assignees were approved first; the
/// not approved were checked first). `stale`: an extract older than the guideline accepts (M2).
fn dates(target: Stage, stale: bool, today: NaiveDate, rng: &mut Rng) -> Given {
    let back = |days: u32| today - Duration::days(days as i64);
    let start = if stale {
        back(rng.range(450, 500))
    } else {
        back(rng.range(40, 400))
    };
    let step = |from: NaiveDate, rng: &mut Rng| from + Duration::days(rng.range(3, 15) as i64);
    let mut g = Given {
        interest: Some(start),
        ..Given::default()
    };
    // How far recruitment went: the not approved were checked, the paused and ended approved.
    let level = |s: Stage| match s {
        Stage::Interest => 0,
        Stage::Interview => 1,
        Stage::Consent => 2,
        Stage::Checked | Stage::NotApproved => 3,
        _ => 4,
    };
    let reach = |s: Stage| level(target) >= level(s);
    let mut day = start;
    if reach(Stage::Interview) {
        day = step(day, rng).min(today);
        g.interview = Some(day);
    }
    if reach(Stage::Consent) {
        g.consent = Some(day);
    }
    if reach(Stage::Checked) {
        day = step(day, rng).min(today);
        g.record_extract = Some(day);
        g.social_register = Some(day);
    }
    if reach(Stage::Approved) {
        day = step(day, rng).min(today);
        g.approved = Some(day);
    }
    g
}

/// How the demo's open orders were matched.
#[derive(Debug, Clone, Copy, Default)]
pub struct Matched {
    pub started: u32,
    pub offered: u32,
    pub declined: u32,
}

/// Matches the file's open orders to the register: most start (offer, then agreement), some
/// wait for an answer, some had an offer declined first, a few stay unmatched. Orders nobody
/// fits stay open. Each case is matched in its own transaction; one that cannot be is skipped.
pub fn match_open_orders(store: &mut Store) -> Result<Matched> {
    let today = store.actor().today;
    let mut rng = Rng(2028);
    let mut done = Matched::default();
    let orders: Vec<(i64, String)> = {
        let mut stmt = store.conn().prepare(
            "SELECT o.case_id, o.ordered_day FROM orders o
             WHERE o.status = 'open'
               AND NOT EXISTS (SELECT 1 FROM offer f
                               WHERE f.case_id = o.case_id AND f.outcome = 'pending')
             ORDER BY o.case_id",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (n, (case, ordered)) in orders.into_iter().enumerate() {
        let Ok(ordered) = crate::domain::dates::parse(&ordered) else {
            continue;
        };
        let Ok(s) = suggest(store.conn(), case, today) else {
            continue;
        };
        let ids: Vec<i64> = s.candidates.iter().map(|c| c.assignee_id).collect();
        let Some(&best) = ids.first() else { continue };
        // An offer comes a few weeks after the order, and never before the assignee's latest
        // recruitment step (someone approved after the order is offered once approved).
        let ready = |id: i64| -> Option<NaiveDate> {
            register::last_step_day(store.conn(), id).ok().flatten()
        };
        let after_steps = |id: i64, from: NaiveDate, rng: &mut Rng| {
            let earliest = ready(id).map_or(from, |d| d.max(from));
            (earliest + Duration::days(rng.range(5, 30) as i64)).min(today)
        };
        let offer_day = after_steps(best, ordered, &mut rng);
        let second_day = ids
            .get(1)
            .map(|&next| after_steps(next, offer_day, &mut rng));
        let start_day =
            (second_day.unwrap_or(offer_day) + Duration::days(rng.range(5, 20) as i64)).min(today);
        let kind = n % 6;
        let result = store.write(|tx| {
            match kind {
                // Left unmatched: the coordinator still looks for the right person.
                5 => return Ok(None),
                // Offered, waiting for an answer.
                4 => {
                    make_offer(tx, case, best, offer_day)?;
                    return Ok(Some("offered"));
                }
                // The first choice declined; the next accepted.
                3 if ids.len() > 1 => {
                    let next_day = second_day.unwrap_or(offer_day);
                    make_offer(tx, case, best, offer_day)?;
                    decline(tx, case, next_day, Some("Kunde inte åta sig uppdraget"))?;
                    make_offer(tx, case, ids[1], next_day)?;
                }
                _ => {
                    make_offer(tx, case, best, offer_day)?;
                }
            }
            start(tx, case, start_day, &StartTerms::default())?;
            Ok(Some(if kind == 3 { "declined" } else { "started" }))
        });
        match result {
            Ok(Some("offered")) => done.offered += 1,
            Ok(Some("declined")) => {
                done.declined += 1;
                done.started += 1;
            }
            Ok(Some(_)) => done.started += 1,
            Ok(None) | Err(_) => {}
        }
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Actor, OpenMode};

    fn store(dir: &tempfile::TempDir) -> Store {
        let actor = Actor {
            user: "demo.test".into(),
            today: crate::domain::dates::parse("2026-11-23").expect("date"),
            command: "demo",
        };
        Store::open(&dir.path().join("demo.db"), OpenMode::Create, actor).expect("store")
    }

    #[test]
    fn the_register_spans_the_pipeline_and_open_orders_are_matched() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = store(&dir);
        super::super::generate(&mut store, 60).expect("demo cases");
        let open: u32 = store
            .conn()
            .query_row(
                "SELECT count(*) FROM orders WHERE status = 'open'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(open >= 12, "the demo makes orders: {open}");
        assert_eq!(register_assignees(&mut store).expect("register"), ASSIGNEES);
        let conn = store.conn();
        let stages: Vec<String> = conn
            .prepare("SELECT DISTINCT stage FROM assignee ORDER BY stage")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        for s in [
            "approved",
            "interest",
            "checked",
            "not_approved",
            "paused",
            "ended",
        ] {
            assert!(stages.iter().any(|x| x == s), "{s} in {stages:?}");
        }
        let done = match_open_orders(&mut store).expect("matching");
        assert!(done.started >= 6, "{done:?}");
        assert!(done.offered >= 1 && done.declined >= 1, "{done:?}");
        let conn = store.conn();
        let executed: u32 = conn
            .query_row(
                "SELECT count(*) FROM orders o JOIN cases c ON c.id = o.case_id
                 JOIN agreement g ON g.order_id = o.id AND g.status = 'active'
                 WHERE o.status = 'executed' AND c.status = 'executed'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(executed, done.started);
        let declined: u32 = conn
            .query_row(
                "SELECT count(*) FROM offer WHERE outcome = 'declined'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(declined, done.declined);
    }
}
