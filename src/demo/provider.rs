//! The provider's work in the demo's histories (P1-P4): the implementation plan drawn up with
//! the individual some weeks after the start (now and then late, as the reminders show), the
//! coordinator's check-ins with the assignee, a companion's expenses on some meetings (mostly
//! ones the plan names), and now and then a report of changed needs. All through the same
//! workflows as `plan` and `log`, so the rules and their journal entries are the real ones.

use anyhow::Result;
use chrono::{Days, NaiveDate};

use super::Rng;
use crate::act::plan::{check_in, store_version, template};
use crate::act::provider_work::{changed_needs, expense};
use crate::domain::plan::{Activity, ActivityKind, PlannedExpense};
use crate::store::Tx;

/// An activity of a plan: what, how often, recurring (or a wish to try), the travel, and the
/// expense it brings with about how much.
type Planned = (
    &'static str,
    &'static str,
    bool,
    &'static str,
    Option<(&'static str, f64)>,
);

const ACTIVITIES: &[Planned] = &[
    (
        "Fika på träffpunkten",
        "varje vecka",
        true,
        "Buss tillsammans med uppdragstagaren",
        Some(("Fika", 60.0)),
    ),
    (
        "Promenad i närområdet",
        "varje vecka",
        true,
        "Till fots från hemmet",
        None,
    ),
    (
        "Bio",
        "en gång i månaden",
        false,
        "Buss in till stan",
        Some(("Biobiljett", 130.0)),
    ),
    (
        "Simning i badhuset",
        "varannan vecka",
        true,
        "Färdtjänst",
        Some(("Entré badhuset", 70.0)),
    ),
    (
        "Prova bowling",
        "en gång",
        false,
        "Uppdragstagaren hämtar med bil",
        Some(("Bowling", 120.0)),
    ),
    (
        "Handla på stan",
        "vid behov",
        true,
        "Buss tillsammans",
        Some(("Bussbiljett", 35.0)),
    ),
];

/// Expenses that no plan names: recorded with a warning (P2).
const UNPLANNED: &[&str] = &["Taxi hem", "Museientré", "Lunch på restaurang"];

const CHECK_INS: &[&str] = &[
    "Avstämning per telefon: träffarna följer planen.",
    "Avstämning med uppdragstagaren: aktiviteterna fungerar, inga ändringar.",
    "Uppdragstagaren berättar att den enskilde vill prova något nytt; tas upp vid nästa plan.",
];

const CHANGED_NEEDS: &[&str] = &[
    "Den enskilde har svårare att ta sig ut och behöver mer stöd vid resorna.",
    "Den enskilde har börjat på en daglig verksamhet och vill träffas mer sällan.",
    "Uppdragstagaren märker att den enskilde mår sämre och behöver tätare kontakt.",
];

/// What the provider does on one case, and when next.
pub struct ProviderWork {
    case_id: i64,
    companion: bool,
    plan_on: Option<NaiveDate>,
    check_in_on: Option<NaiveDate>,
    needs_on: Option<NaiveDate>,
    /// The planned expenses, once there is a plan.
    planned: Vec<(&'static str, f64)>,
}

/// What the demo's provider made.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProviderMade {
    pub plans: u32,
    pub check_ins: u32,
    pub expenses: u32,
    pub changed_needs: u32,
}

impl ProviderWork {
    /// The provider's work on a case whose assignment started on `start`.
    pub fn begin(case_id: i64, companion: bool, start: NaiveDate, rng: &mut Rng) -> ProviderWork {
        // Most plans are drawn up within the guideline's month; one in eight is late.
        let plan_days = if rng.chance(12) {
            rng.range(35, 80)
        } else {
            rng.range(7, 28)
        };
        ProviderWork {
            case_id,
            companion,
            plan_on: Some(start + Days::new(u64::from(plan_days))),
            check_in_on: Some(start + Days::new(u64::from(rng.range(40, 100)))),
            needs_on: rng
                .chance(5)
                .then(|| start + Days::new(u64::from(rng.range(60, 300)))),
            planned: Vec::new(),
        }
    }

    /// Everything due by `day` (the day of a meeting, which nothing logged is after).
    pub fn on(
        &mut self,
        tx: &Tx,
        day: NaiveDate,
        rng: &mut Rng,
        made: &mut ProviderMade,
    ) -> Result<()> {
        if self.plan_on.is_some_and(|d| d <= day) {
            self.plan_on = None;
            if tx.savepoint(|tx| self.plan(tx, day, rng))? {
                made.plans += 1;
            }
        }
        if let Some(d) = self.check_in_on.filter(|d| *d <= day) {
            let note = rng.pick(CHECK_INS);
            if tx.savepoint(|tx| check_in(tx, self.case_id, day, note).map(|_| ()))? {
                made.check_ins += 1;
            }
            // Most within the guideline's 90 days; some a little late.
            let next = if rng.chance(85) {
                rng.range(45, 88)
            } else {
                rng.range(95, 130)
            };
            self.check_in_on = Some(d.max(day) + Days::new(u64::from(next)));
        }
        if self.needs_on.is_some_and(|d| d <= day) {
            self.needs_on = None;
            let note = rng.pick(CHANGED_NEEDS);
            if tx.savepoint(|tx| changed_needs(tx, self.case_id, day, note).map(|_| ()))? {
                made.changed_needs += 1;
            }
        }
        if self.companion && rng.chance(15) {
            let (what, kr) = match self.planned.as_slice() {
                [] => (rng.pick(UNPLANNED), 80.0),
                list if rng.chance(85) => list[rng.below(list.len() as u64) as usize],
                _ => (rng.pick(UNPLANNED), 150.0),
            };
            let ore = (kr * 100.0) as i64;
            if tx.savepoint(|tx| expense(tx, self.case_id, day, ore, what).map(|_| ()))? {
                made.expenses += 1;
            }
        }
        Ok(())
    }

    /// The plan, drawn up on `day` from the order's goals: two or three activities a goal.
    fn plan(&mut self, tx: &Tx, day: NaiveDate, rng: &mut Rng) -> Result<()> {
        let mut plan = template(tx, self.case_id, day)?;
        plan.drawn_up = Some(day);
        plan.drawn_up_with = vec!["Den enskilde".into(), "Uppdragstagaren".into()];
        if rng.chance(30) {
            plan.drawn_up_with.push("Samordnaren".into());
        }
        for g in &mut plan.goals {
            if g.goal.is_empty() {
                g.goal = "Bryta isolering".into();
            }
            g.sub_goals = vec![format!("Ett steg mot målet: {}", g.goal.to_lowercase())];
            g.activities.clear();
            let first = rng.below(ACTIVITIES.len() as u64) as usize;
            for k in 0..rng.range(2, 3) as usize {
                let (what, often, recurring, travel, cost) =
                    ACTIVITIES[(first + k) % ACTIVITIES.len()];
                if let Some(c) = cost
                    && !self.planned.contains(&c)
                {
                    self.planned.push(c);
                }
                g.activities.push(Activity {
                    what: what.into(),
                    how_often: often.into(),
                    kind: Some(if recurring {
                        ActivityKind::Recurring
                    } else {
                        ActivityKind::Try
                    }),
                    travel: travel.into(),
                    expenses: cost
                        .map(|(w, kr)| PlannedExpense {
                            what: w.into(),
                            kr: Some(kr),
                        })
                        .into_iter()
                        .collect(),
                });
            }
        }
        store_version(tx, self.case_id, &serde_json::to_string(&plan)?, day)?;
        Ok(())
    }
}
