//! Matching (matchning): the register of assignees and their recruitment (M6), offers of an
//! order's assignment, and the start of an assignment with its agreement (M1-M8, D4, E8).

pub mod assignee;
pub mod offer;
pub mod start;
pub mod suggest;

use anyhow::{Result, anyhow};
use chrono::NaiveDate;

use crate::domain::matching::{Assignee, Individual, Wishes};
use crate::domain::order::{OrderStatus, check_ordered};
use crate::domain::pnr::Sex;
use crate::domain::recruitment::Stage;
use crate::guideline::{Guideline, Intervention};
use crate::store::Db;
use crate::store::assignee::{self as register, AssigneeRow};
use crate::store::cases::{CaseRow, get_case};
use crate::store::decision::{self, DecisionRow};
use crate::store::guideline::in_use;
use crate::store::order::{self, OrderRow};
use crate::store::people::{PersonRow, get_person};

/// A case whose order is being matched, with everything matching reads.
pub struct MatchCase {
    pub case: CaseRow,
    pub person: PersonRow,
    pub order: OrderRow,
    /// The decision the order rests on (its meetings a month and last day).
    pub decision: DecisionRow,
    pub individual: Individual,
    pub guideline: std::rc::Rc<Guideline>,
}

impl MatchCase {
    pub fn intervention(&self) -> Result<&Intervention> {
        self.guideline
            .intervention(self.case.insats)
            .ok_or_else(|| {
                anyhow!(
                    "the guideline in use has no intervention {}: import one that has",
                    self.case.insats
                )
            })
    }
}

/// The case and its open order, seen on `on`. No order: refused (G3, an intervention rests on a
/// decision and its order). An executed order already has its assignee.
pub fn load_case(conn: &Db, case_id: i64, on: NaiveDate) -> Result<MatchCase> {
    let case = get_case(conn, case_id)?;
    let person = get_person(conn, case.person_id)?;
    let order = order::open(conn, case_id)?;
    check_ordered(case_id, order.is_some())?;
    let order = order.ok_or_else(|| anyhow!("case {case_id} has no order"))?;
    if order.status != OrderStatus::Open {
        return Err(anyhow!(
            "the order of case {case_id} is already executed (since {}): the case has its \
             assignee, see `insats show {case_id}`",
            order
                .executed_day
                .map_or_else(|| "-".to_owned(), |d| d.to_string())
        ));
    }
    let age = person.pnr()?.age_on(on);
    let wishes = &case.wishes;
    let individual = Individual {
        pnr: person.pnr.clone(),
        age,
        // The case records what the individual wishes to share, not a separate list of
        // interests: the wished interests are the individual's interests too.
        interests: wishes.interests.clone(),
        area: case.area.clone(),
        workplace: case.workplace.clone(),
        residence: case.residence.clone(),
        wishes: Wishes {
            sex: match wishes.sex.as_deref() {
                Some("female") => Some(Sex::Female),
                Some("male") => Some(Sex::Male),
                _ => None,
            },
            languages: wishes.languages.clone(),
            interests: wishes.interests.clone(),
        },
        declined: crate::store::assignment::declined_by_assignees(conn, case_id)?,
    };
    Ok(MatchCase {
        decision: decision::get(conn, order.decision_id)?,
        case,
        person,
        order,
        individual,
        guideline: in_use(conn)?,
    })
}

/// Every assignee who has not ended, as stored and as matching sees them.
pub fn load_assignees(conn: &Db) -> Result<Vec<(AssigneeRow, Assignee)>> {
    let mut relations = register::all_relations(conn)?;
    let active = register::active_assignments(conn)?;
    let mut out = Vec::new();
    for row in register::list(conn, None, None)? {
        if row.stage == Stage::Ended {
            continue;
        }
        let id = row.assignee_id;
        let a = row.to_domain(
            relations.remove(&id).unwrap_or_default(),
            active.get(&id).copied().unwrap_or(0),
        )?;
        out.push((row, a));
    }
    Ok(out)
}

/// One assignee as matching sees them.
pub fn load_assignee(conn: &Db, id: i64) -> Result<(AssigneeRow, Assignee)> {
    let row = register::get(conn, id)?;
    let relations = register::relations(conn, id)?
        .into_iter()
        .map(|r| r.pnr)
        .collect();
    let active = register::active_assignments_of(conn, id)?;
    let a = row.to_domain(relations, active)?;
    Ok((row, a))
}

/// Swedish: "kontaktperson" / "ledsagare" with the number, for journal entries.
pub fn who_sv(row: &AssigneeRow) -> String {
    format!(
        "{} (uppdragstagare nr {}, {})",
        row.name, row.assignee_id, row.role
    )
}
