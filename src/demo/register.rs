//! The demo's register of assignees (uppdragstagare) in every stage of recruitment (M6); the
//! assignees recruited as cases need them are made by `pool`. Deterministic, like the rest of
//! the demo.

use anyhow::Result;
use chrono::{Datelike, Duration, NaiveDate};

use super::{AREAS, FEMALE, INTERESTS, LANGUAGES, MALE, Numbers, PLACES, Rng, SURNAMES};
use crate::domain::matching::Role;
use crate::domain::pnr::{Pnr, Sex};
use crate::domain::recruitment::Stage;
use crate::domain::recruitment::steps::{Given, fill};
use crate::store::Tx;
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
/// extract (M2) and a few working where some of the file's individuals have daily activity
/// (M4). Relatives (M3) are added by [`relate`] once the file has its individuals. Returns how
/// many were registered.
pub fn register_assignees(tx: &Tx, numbers: &mut Numbers) -> Result<u32> {
    let today = tx.actor().today;
    let mut rng = Rng(2027);
    for i in 0..ASSIGNEES {
        let young = i == 7;
        let age = if young { 17 } else { rng.range(22, 72) as i32 };
        let pnr = loop {
            let Some(p) = numbers.take(today.year() - age, &mut rng) else {
                anyhow::bail!("the demo ran out of test personal identity numbers");
            };
            if register::find_by_pnr(tx, &p)?.is_none() {
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
            trained: rng.chance(30),
            interests,
            languages,
            area: Some(rng.pick(AREAS).to_owned()),
            workplace: (i % 9 == 3).then(|| rng.pick(&PLACES[..2]).to_owned()),
            capacity: if rng.chance(20) { 2 } else { 1 },
            available_from: (i == 13).then(|| today + Duration::days(30)),
            ..NewAssignee::recruited(pnr.clone(), name, role, &filled)
        };
        let id = register::insert(tx, &new)?;
        for (n, s) in filled.steps.iter().enumerate() {
            let note = STEP_NOTES.get(n).copied().filter(|_| !s.implied);
            register::add_step(tx, id, s.stage, s.day, note)?;
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
    Ok(ASSIGNEES)
}

/// Some of the first assignees are relatives of, or in the network of, one of the file's
/// individuals (M3), as `match assignee update --relative-of` records it.
pub fn relate(tx: &Tx) -> Result<()> {
    let mut rng = Rng(2029);
    let people = register::people(tx)?;
    if people == 0 {
        return Ok(());
    }
    for id in (1..=i64::from(ASSIGNEES)).filter(|i| (i - 1) % 10 == 5) {
        let person = 1 + rng.below(people as u64) as i64;
        let related = register::person_pnr(tx, person)?.unwrap_or_default();
        if let Ok(p) = Pnr::from_stored(&related) {
            let kind = if rng.chance(50) {
                "relative"
            } else {
                "network"
            };
            register::add_relation(tx, id, &p, kind)?;
            tx.audit(&format!("assignee {id} updated: relations"), None)?;
        }
    }
    Ok(())
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

#[cfg(test)]
mod tests {
    use crate::store::{Actor, OpenMode, Store};

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
        let made = super::super::sim::make(&mut store, 120, &indicatif::ProgressBar::hidden())
            .expect("demo");
        let conn: &crate::store::Db = &store;
        let count = |sql: &str| -> u32 { crate::store::testing::scalar(conn, sql) as u32 };
        let stages = crate::store::testing::column(
            conn,
            "SELECT DISTINCT stage FROM assignee ORDER BY stage",
        );
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
        assert_eq!(count("SELECT count(*) FROM assignee"), made.assignees);
        assert!(made.started >= 20, "{made:?}");
        assert!(made.declined >= 1, "{made:?}");
        assert_eq!(
            count("SELECT count(*) FROM offer WHERE outcome = 'declined'"),
            made.declined
        );
        assert_eq!(
            count("SELECT count(*) FROM offer WHERE outcome = 'pending'"),
            made.offers_open
        );
        // Every started assignment executed its order; those still under way have an active
        // agreement, the ended ones ended with their case.
        assert_eq!(count("SELECT count(*) FROM agreement"), made.started);
        assert_eq!(
            count(
                "SELECT count(*) FROM orders o JOIN cases c ON c.id = o.case_id
                 JOIN agreement g ON g.order_id = o.id AND g.status = 'active'
                 WHERE o.status = 'executed' AND c.status = 'executed'"
            ),
            made.started - made.carried.ended
        );
        assert_eq!(
            count("SELECT count(*) FROM cases WHERE status = 'ended'"),
            made.carried.ended
        );
        // Nobody holds more assignments than they take.
        assert_eq!(
            count(
                "SELECT count(*) FROM assignee a WHERE a.capacity <
                 (SELECT count(*) FROM agreement g WHERE g.assignee_id = a.id AND g.status = 'active')"
            ),
            0
        );
    }
}
