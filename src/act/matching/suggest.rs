//! Suggestions: the assignees who may take the case's order, ranked by the individual's wishes
//! (D4), shared interests, area and fairness, and who is excluded by which rule (M1-M6).

use std::collections::HashMap;

use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;

use super::{load_assignees, load_case};
use crate::domain::matching::rank;
use crate::domain::rules::Rule;
use crate::store::Db;
use crate::store::assignment::pending_offer;

#[derive(Debug, Serialize)]
pub struct Candidate {
    pub assignee_id: i64,
    pub name: String,
    pub role: String,
    pub score: f64,
    pub reasons: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Excluded {
    pub assignee_id: i64,
    pub name: String,
    pub rules: Vec<Rule>,
    pub reasons: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct PendingOffer {
    pub assignee_id: i64,
    pub name: String,
    pub offered_day: NaiveDate,
}

#[derive(Debug, Serialize)]
pub struct Suggestion {
    pub case_id: i64,
    pub order_id: i64,
    pub insats: crate::domain::case::InsatsType,
    pub as_of: String,
    pub pending_offer: Option<PendingOffer>,
    pub candidates: Vec<Candidate>,
    pub excluded: Vec<Excluded>,
}

/// The ranking for a case, as of `on`; the demo uses it too.
pub fn suggest(conn: &Db, case_id: i64, on: NaiveDate) -> Result<Suggestion> {
    let mc = load_case(conn, case_id, on)?;
    let intervention = mc.intervention()?;
    let all = load_assignees(conn)?;
    let names: HashMap<i64, (String, String)> = all
        .iter()
        .map(|(row, _)| (row.assignee_id, (row.name.clone(), row.role.to_string())))
        .collect();
    let domain: Vec<_> = all.into_iter().map(|(_, a)| a).collect();
    let (ranked, excluded) = rank(
        &domain,
        &mc.individual,
        intervention,
        &mc.guideline.settings,
        on,
    );
    let name = |id: i64| names.get(&id).cloned().unwrap_or_default();
    Ok(Suggestion {
        case_id,
        order_id: mc.order.order_id,
        insats: mc.case.insats,
        as_of: on.to_string(),
        pending_offer: pending_offer(conn, case_id)?.map(|o| PendingOffer {
            assignee_id: o.assignee_id,
            name: o.assignee_name,
            offered_day: o.offered_day,
        }),
        candidates: ranked
            .into_iter()
            .map(|(id, s)| {
                let (name, role) = name(id);
                Candidate {
                    assignee_id: id,
                    name,
                    role,
                    score: s.score,
                    reasons: s.reasons,
                }
            })
            .collect(),
        excluded: excluded
            .into_iter()
            .map(|(id, why)| Excluded {
                assignee_id: id,
                name: name(id).0,
                rules: why.iter().map(|e| e.rule).collect(),
                reasons: why.into_iter().map(|e| e.reason).collect(),
            })
            .collect(),
    })
}
