//! The demo file at any size, from 60 cases to a large municipality's 100,000: cases are made
//! in the order they were received, and every later step (offer, start, each meeting, each
//! follow-up, the end) happens in date order across all cases, so that the register of
//! assignees is in the state it was on each day. Every step goes through the commands' own
//! functions and rules.
//!
//! The file is written in transactions of [`BATCH_EVENTS`] steps, so memory stays flat: what is
//! kept between steps is the few cases still under way, not the file.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap};

use anyhow::Result;
use chrono::{Duration, NaiveDate};
use indicatif::ProgressBar;

use super::carry::{CarriedOut, History, Step};
use super::pool::Pool;
use super::register::{register_assignees, relate};
use super::{Numbers, People, Rng, make_case};
use crate::domain::case::InsatsType;
use crate::domain::matching::DeclinedBy;
use crate::guideline::Guideline;
use crate::store::bulk::Bulk;
use crate::store::guideline::{Stored, ensure_active};
use crate::store::{Actor, Store, Tx};

/// The caseworkers (handläggare) the demo's cases are spread over, with their share of them.
pub const CASEWORKERS: &[(&str, u64)] = &[
    ("anna.lindqvist", 26),
    ("erik.johansson", 22),
    ("fatima.ahmed", 20),
    ("lars.berg", 17),
    ("sara.nilsson", 15),
];

/// How many steps one transaction writes.
pub const BATCH_EVENTS: u32 = 40_000;

/// How many days back the demo's cases were received: a year and a half for a small file,
/// more for a larger one, some four years for 100,000 cases.
pub fn span_days(n: u32) -> u32 {
    (540 + n / 100).min(1825)
}

/// What the demo made.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub cases: u32,
    pub people: u32,
    pub by_insats: Vec<(String, u32)>,
    pub assessed: u32,
    /// Applications the applicant took back (F9).
    pub written_off: u32,
    pub decisions: u32,
    pub orders: u32,
    pub assignees: u32,
    pub started: u32,
    pub offers_open: u32,
    pub declined: u32,
    pub carried: CarriedOut,
}

/// Where a case under way stands.
enum Live {
    /// Ordered: the provider looks for an assignee.
    Ordered { case_id: i64 },
    /// Offered to an assignee, who answers on the step's day.
    Offered {
        case_id: i64,
        assignee: i64,
        declines: bool,
    },
    /// Executed: meetings, follow-ups, the end.
    Carrying {
        assignee: i64,
        history: Box<History>,
    },
}

struct UnderWay {
    caseworker: usize,
    rng: Rng,
    live: Live,
}

/// Makes `n` cases with their histories up to today; `progress` counts the cases.
pub fn make(store: &mut Store, n: u32, progress: &ProgressBar) -> Result<Summary> {
    let today = store.actor().today;
    let command = store.actor().command;
    // Marked first, in a write of its own: a demo killed half-way leaves a file the next demo
    // knows as its own and replaces.
    store.write(crate::store::bulk::mark_demo)?;
    // A new file, written in bulk: see `store::bulk`.
    let bulk = Bulk::begin(store)?;
    let actors: Vec<Actor> = CASEWORKERS
        .iter()
        .map(|(user, _)| Actor {
            user: (*user).to_string(),
            today,
            command,
        })
        .collect();
    // The provider's coordinator offers, starts and records the meetings (S2).
    let coordinator = Actor {
        user: super::staff::COORDINATOR.to_string(),
        today,
        command,
    };
    let mut sim = Sim::new(n, today);
    let mut first = true;
    loop {
        let finished = store.write(|tx| {
            if first {
                first = false;
                tx.audit("demo file made", None)?;
                super::staff::register(tx)?;
                register_assignees(tx, &mut sim.numbers)?;
                sim.pool = Pool::load(tx)?;
            }
            let stored = ensure_active(tx)?;
            for _ in 0..BATCH_EVENTS {
                match sim.next() {
                    None => return Ok(true),
                    Some(Next::Case(day)) => {
                        progress.inc(1);
                        sim.new_case(tx, &actors, &stored, day)?;
                    }
                    Some(Next::Step) => sim.step(tx, &actors, &coordinator, &stored.guideline)?,
                }
            }
            Ok(false)
        })?;
        if finished {
            break;
        }
    }
    store.write(|tx| {
        relate(tx)?;
        super::ivo::notes(tx)?;
        super::staff::place_cases(tx)?;
        let newest = crate::store::staff::newest_cases(tx, 60)?;
        super::staff::log_readings(tx, &newest)
    })?;
    bulk.finish(store)?;
    let mut summary = sim.summary;
    summary.people = sim.people.len() as u32;
    summary.assignees = super::register::ASSIGNEES + sim.pool.recruited;
    summary.by_insats = sim
        .by_insats
        .into_iter()
        .map(|(t, c)| (t.as_str().to_string(), c))
        .collect();
    Ok(summary)
}

/// What comes next in time: a new case received on its day, or a step of a case under way.
enum Next {
    Case(NaiveDate),
    Step,
}

/// The simulation's state: the cases still to come, the steps due by day, and what is made.
struct Sim {
    today: NaiveDate,
    n: u32,
    /// Days before today each case is received, latest first.
    received: Vec<u32>,
    next_case: u32,
    people: People,
    numbers: Numbers,
    pool: Pool,
    heap: BinaryHeap<Reverse<(NaiveDate, u64, u32)>>,
    live: HashMap<u32, UnderWay>,
    seq: u64,
    summary: Summary,
    by_insats: BTreeMap<InsatsType, u32>,
}

impl Sim {
    fn new(n: u32, today: NaiveDate) -> Sim {
        let mut rng = Rng(2026);
        let span = u64::from(span_days(n));
        let mut received: Vec<u32> = (0..n).map(|_| rng.below(span) as u32).collect();
        received.sort_unstable_by(|a, b| b.cmp(a));
        // Numbers of working age kept for the assignees; the rest are the individuals'.
        let mut people = People::new(0);
        let reserve = (n as usize / 6 + 200).min(12_000);
        let numbers: Numbers = people.numbers().split_off(1958, 2002, reserve, &mut rng);
        people.budget = people.numbers().left_after(1911);
        Sim {
            today,
            n,
            received,
            next_case: 0,
            people,
            numbers,
            pool: Pool::default(),
            heap: BinaryHeap::new(),
            live: HashMap::new(),
            seq: 0,
            summary: Summary::default(),
            by_insats: BTreeMap::new(),
        }
    }

    fn push(&mut self, day: NaiveDate, key: u32) {
        self.seq += 1;
        self.heap.push(Reverse((day, self.seq, key)));
    }

    fn next(&self) -> Option<Next> {
        let next_received = (self.next_case < self.n).then(|| {
            self.today - Duration::days(i64::from(self.received[self.next_case as usize]))
        });
        let next_step = self.heap.peek().map(|Reverse((d, _, _))| *d);
        match (next_received, next_step) {
            (None, None) => None,
            (Some(r), Some(s)) if r <= s => Some(Next::Case(r)),
            (Some(r), None) => Some(Next::Case(r)),
            _ => Some(Next::Step),
        }
    }

    /// A case received on `day`: applied, assessed and decided as far as it goes; an ordered
    /// one waits for an offer.
    fn new_case<'t>(
        &mut self,
        tx: &Tx<'t>,
        actors: &'t [Actor],
        stored: &Stored,
        day: NaiveDate,
    ) -> Result<()> {
        let key = self.next_case;
        self.next_case += 1;
        let mut rng = Rng(0x5eed_0000 ^ u64::from(key).wrapping_mul(0x9E37_79B9));
        let caseworker = caseworker(&mut rng);
        tx.act_as(&actors[caseworker]);
        let made = make_case(tx, stored, &mut self.people, key, day, &mut rng)?;
        self.summary.cases += 1;
        if let Some(t) = made.insats {
            *self.by_insats.entry(t).or_default() += 1;
        }
        self.summary.assessed += u32::from(made.assessed);
        self.summary.written_off += u32::from(made.written_off);
        self.summary.decisions += u32::from(made.decided);
        let Some(ordered) = made.ordered else {
            return Ok(());
        };
        self.summary.orders += 1;
        // Recent orders are sometimes still waiting for the right person.
        let offer = ordered + Duration::days(i64::from(rng.range(5, 30)));
        if offer > self.today || ((self.today - ordered).num_days() < 90 && rng.chance(15)) {
            return Ok(());
        }
        self.push(offer, key);
        self.live.insert(
            key,
            UnderWay {
                caseworker,
                rng,
                live: Live::Ordered {
                    case_id: made.case_id,
                },
            },
        );
        Ok(())
    }

    /// The next step due of a case under way.
    fn step<'t>(
        &mut self,
        tx: &Tx<'t>,
        actors: &'t [Actor],
        coordinator: &'t Actor,
        g: &Guideline,
    ) -> Result<()> {
        let Some(Reverse((day, _, key))) = self.heap.pop() else {
            return Ok(());
        };
        let Some(mut w) = self.live.remove(&key) else {
            return Ok(());
        };
        // Matching is the coordinator's; following up the caseworker's (S2).
        match w.live {
            Live::Carrying { .. } => tx.act_as(&actors[w.caseworker]),
            _ => tx.act_as(coordinator),
        }
        // Each way on sets the case's next state; a case that stops here is dropped.
        let live = std::mem::replace(&mut w.live, Live::Ordered { case_id: 0 });
        let next = match live {
            Live::Ordered { case_id } => self.offer(tx, &mut w, case_id, None, day)?,
            Live::Offered {
                case_id,
                assignee,
                declines: true,
            } => {
                // The first choice declined; the next one is asked the same day.
                self.offer(tx, &mut w, case_id, Some(assignee), day)?
            }
            Live::Offered {
                case_id,
                assignee,
                declines: false,
            } => self.start(tx, &mut w, case_id, assignee, day, g)?,
            Live::Carrying {
                assignee,
                mut history,
            } => match history.step(tx, g, self.today, &mut self.summary.carried, coordinator)? {
                Step::At(next) => {
                    w.live = Live::Carrying { assignee, history };
                    Some(next)
                }
                Step::Ended => {
                    self.pool.ended(assignee, day);
                    None
                }
                Step::Done => None,
            },
        };
        if let Some(next) = next {
            self.push(next, key);
            self.live.insert(key, w);
        }
        Ok(())
    }

    /// An offer of the case (after `declined` said no, when one did), answered some days later;
    /// returns the day of the answer when it falls before today.
    fn offer(
        &mut self,
        tx: &Tx,
        w: &mut UnderWay,
        case_id: i64,
        declined: Option<i64>,
        day: NaiveDate,
    ) -> Result<Option<NaiveDate>> {
        let mark = self.pool.mark();
        let mut offered = None;
        // Who said no, and why (M6): the individual now and then, mostly the assignee.
        let (by, reason) = match declined {
            None => (DeclinedBy::Assignee, ""),
            Some(_) if w.rng.chance(35) => {
                (DeclinedBy::Individual, w.rng.pick(INDIVIDUAL_DECLINES))
            }
            Some(_) => (DeclinedBy::Assignee, w.rng.pick(ASSIGNEE_DECLINES)),
        };
        let (pool, numbers) = (&mut self.pool, &mut self.numbers);
        let kept = tx.savepoint(|tx| {
            if let Some(assignee) = declined {
                pool.decline(tx, case_id, assignee, day, by, reason)?;
            }
            offered = pool.offer(tx, case_id, day, declined, numbers, &mut w.rng)?;
            Ok(())
        })?;
        if !kept {
            self.pool.forget(mark);
            return Ok(None);
        }
        if declined.is_some() {
            self.summary.declined += 1;
        }
        let Some(assignee) = offered else {
            return Ok(None);
        };
        let answer = day + Duration::days(i64::from(w.rng.range(5, 20)));
        if answer > self.today {
            self.summary.offers_open += 1;
            return Ok(None);
        }
        // A first offer is declined now and then; the next one is taken.
        let declines = declined.is_none() && w.rng.chance(12);
        w.live = Live::Offered {
            case_id,
            assignee,
            declines,
        };
        Ok(Some(answer))
    }

    /// The assignment starts, and the months of carrying it out begin.
    fn start(
        &mut self,
        tx: &Tx,
        w: &mut UnderWay,
        case_id: i64,
        assignee: i64,
        day: NaiveDate,
        g: &Guideline,
    ) -> Result<Option<NaiveDate>> {
        if !tx.savepoint(|tx| self.pool.start(tx, case_id, assignee, day))? {
            return Ok(None);
        }
        self.summary.started += 1;
        let seed = Rng(w.rng.next());
        let Some(history) = History::begin(tx, case_id, g, self.today, seed)? else {
            return Ok(None);
        };
        self.summary.carried.cases += 1;
        let next = history.day();
        w.live = Live::Carrying {
            assignee,
            history: Box::new(history),
        };
        Ok(Some(next))
    }
}

/// Why an individual declined an offered assignee (M6).
const INDIVIDUAL_DECLINES: &[&str] = &[
    "Den enskilde ville hellre träffa någon i samma ålder",
    "Den enskilde kände inte att det klickade vid första mötet",
    "Vårdnadshavaren önskade en annan uppdragstagare",
];

/// Why an assignee declined an offered assignment (M6).
const ASSIGNEE_DECLINES: &[&str] = &[
    "Kunde inte åta sig uppdraget just nu",
    "Bor för långt bort för att träffas varje vecka",
    "Tiderna passade inte med arbetet",
];

/// One of [`CASEWORKERS`], by their shares.
fn caseworker(rng: &mut Rng) -> usize {
    let total: u64 = CASEWORKERS.iter().map(|(_, w)| w).sum();
    let mut at = rng.below(total);
    for (i, (_, w)) in CASEWORKERS.iter().enumerate() {
        if at < *w {
            return i;
        }
        at -= w;
    }
    0
}
