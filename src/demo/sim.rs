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
use crate::store::bulk::Bulk;
use crate::store::guideline::ensure_active;
use crate::store::{Actor, Store};

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
    let mut rng = Rng(2026);
    let span = u64::from(span_days(n));
    let mut received: Vec<u32> = (0..n).map(|_| rng.below(span) as u32).collect();
    received.sort_unstable_by(|a, b| b.cmp(a));

    // Numbers of working age kept for the assignees; the rest are the individuals'.
    let mut people = People::new(0);
    let reserve = (n as usize / 6 + 200).min(12_000);
    let mut numbers: Numbers = people.numbers().split_off(1958, 2002, reserve, &mut rng);
    people.budget = people.numbers().left_after(1911);

    let mut summary = Summary::default();
    let mut by_insats: BTreeMap<InsatsType, u32> = BTreeMap::new();
    let mut heap: BinaryHeap<Reverse<(NaiveDate, u64, u32)>> = BinaryHeap::new();
    let mut live: HashMap<u32, UnderWay> = HashMap::new();
    let mut pool = Pool::default();
    let mut next_case = 0u32;
    let mut seq = 0u64;
    let mut first = true;

    loop {
        let finished = store.write(|tx| {
            if first {
                first = false;
                crate::store::bulk::mark_demo(tx)?;
                tx.audit("demo file made", None)?;
                register_assignees(tx, &mut numbers)?;
                pool = Pool::load(tx)?;
            }
            let stored = ensure_active(tx)?;
            let g = &stored.guideline;
            let mut push = |heap: &mut BinaryHeap<_>, day: NaiveDate, key: u32| {
                seq += 1;
                heap.push(Reverse((day, seq, key)));
            };
            for _ in 0..BATCH_EVENTS {
                let next_received = (next_case < n)
                    .then(|| today - Duration::days(i64::from(received[next_case as usize])));
                let next_step = heap.peek().map(|Reverse((d, _, _))| *d);
                let new_case = match (next_received, next_step) {
                    (None, None) => return Ok(true),
                    (Some(r), Some(s)) => r <= s,
                    (Some(_), None) => true,
                    (None, Some(_)) => false,
                };
                if new_case {
                    let key = next_case;
                    next_case += 1;
                    progress.inc(1);
                    let day = next_received.unwrap_or(today);
                    let mut rng = Rng(0x5eed_0000 ^ u64::from(key).wrapping_mul(0x9E37_79B9));
                    let caseworker = caseworker(&mut rng);
                    tx.act_as(&actors[caseworker]);
                    let made = make_case(tx, &stored, &mut people, key, day, &mut rng)?;
                    summary.cases += 1;
                    if let Some(t) = made.insats {
                        *by_insats.entry(t).or_default() += 1;
                    }
                    summary.assessed += u32::from(made.assessed);
                    summary.decisions += u32::from(made.decided);
                    let Some(ordered) = made.ordered else {
                        continue;
                    };
                    summary.orders += 1;
                    // Recent orders are sometimes still waiting for the right person.
                    let offer = ordered + Duration::days(i64::from(rng.range(5, 30)));
                    if offer > today || ((today - ordered).num_days() < 90 && rng.chance(15)) {
                        continue;
                    }
                    push(&mut heap, offer, key);
                    let case_id = made.case_id;
                    live.insert(
                        key,
                        UnderWay {
                            caseworker,
                            rng,
                            live: Live::Ordered { case_id },
                        },
                    );
                    continue;
                }
                let Some(Reverse((day, _, key))) = heap.pop() else {
                    continue;
                };
                let Some(mut w) = live.remove(&key) else {
                    continue;
                };
                tx.act_as(&actors[w.caseworker]);
                match w.live {
                    Live::Ordered { case_id } => {
                        let mark = pool.mark();
                        let mut offered = None;
                        let kept = tx.savepoint(|tx| {
                            offered =
                                pool.offer(tx, case_id, day, None, &mut numbers, &mut w.rng)?;
                            Ok(())
                        })?;
                        if !kept {
                            pool.forget(mark);
                            continue;
                        }
                        let Some(assignee) = offered else { continue };
                        let answer = day + Duration::days(i64::from(w.rng.range(5, 20)));
                        if answer > today {
                            summary.offers_open += 1;
                            continue;
                        }
                        let declines = w.rng.chance(12);
                        w.live = Live::Offered {
                            case_id,
                            assignee,
                            declines,
                        };
                        push(&mut heap, answer, key);
                        live.insert(key, w);
                    }
                    Live::Offered {
                        case_id,
                        assignee,
                        declines: true,
                    } => {
                        // The first choice declined; the next one is asked the same day.
                        let mark = pool.mark();
                        let mut offered = None;
                        let kept = tx.savepoint(|tx| {
                            pool.decline(tx, case_id, assignee, day)?;
                            offered = pool.offer(
                                tx,
                                case_id,
                                day,
                                Some(assignee),
                                &mut numbers,
                                &mut w.rng,
                            )?;
                            Ok(())
                        })?;
                        if !kept {
                            pool.forget(mark);
                            continue;
                        }
                        summary.declined += 1;
                        let Some(next) = offered else { continue };
                        let answer = day + Duration::days(i64::from(w.rng.range(5, 20)));
                        if answer > today {
                            summary.offers_open += 1;
                            continue;
                        }
                        w.live = Live::Offered {
                            case_id,
                            assignee: next,
                            declines: false,
                        };
                        push(&mut heap, answer, key);
                        live.insert(key, w);
                    }
                    Live::Offered {
                        case_id,
                        assignee,
                        declines: false,
                    } => {
                        if !tx.savepoint(|tx| pool.start(tx, case_id, assignee, day))? {
                            continue;
                        }
                        summary.started += 1;
                        let seed = Rng(w.rng.next());
                        let Some(history) = History::begin(tx, case_id, g, today, seed)? else {
                            continue;
                        };
                        summary.carried.cases += 1;
                        push(&mut heap, history.day(), key);
                        w.live = Live::Carrying {
                            assignee,
                            history: Box::new(history),
                        };
                        live.insert(key, w);
                    }
                    Live::Carrying {
                        assignee,
                        mut history,
                    } => match history.step(tx, g, today, &mut summary.carried)? {
                        Step::At(next) => {
                            push(&mut heap, next, key);
                            w.live = Live::Carrying { assignee, history };
                            live.insert(key, w);
                        }
                        Step::Ended => pool.ended(assignee, day),
                        Step::Done => {}
                    },
                }
            }
            Ok(false)
        })?;
        if finished {
            break;
        }
    }
    store.write(|tx| relate(tx))?;
    bulk.finish(store)?;
    summary.people = people.len() as u32;
    summary.assignees = super::register::ASSIGNEES + pool.recruited;
    summary.by_insats = by_insats
        .into_iter()
        .map(|(t, c)| (t.as_str().to_string(), c))
        .collect();
    Ok(summary)
}

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
