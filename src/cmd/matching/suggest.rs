//! `insats match suggest CASE`: who may be offered the case's order, best first, each score
//! explained; and who may not, with every rule that excludes them.

use std::collections::HashMap;
use std::io::{self, Write};

use anyhow::Result;
use clap::Args;
use serde::Serialize;

use super::{load_assignees, load_case};
use crate::Ctx;
use crate::domain::matching::rank;
use crate::domain::rules::Rule;
use crate::json_by_serde;
use crate::render::table::table;
use crate::render::{Output, Style, bold};
use crate::store::Db;
use crate::store::assignment::pending_offer;

/// Ranked candidates for the case's order, and who is excluded by which rule. Assignees who
/// have ended are left out.
#[derive(Debug, Args)]
pub struct SuggestArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
}

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
    pub offered_day: String,
}

#[derive(Debug, Serialize)]
pub struct Suggestion {
    pub case_id: i64,
    pub order_id: i64,
    pub insats: String,
    pub as_of: String,
    pub pending_offer: Option<PendingOffer>,
    pub candidates: Vec<Candidate>,
    pub excluded: Vec<Excluded>,
}

/// The ranking for a case, as of `on`; the demo uses it too.
pub fn suggest(conn: &Db, case_id: i64, on: chrono::NaiveDate) -> Result<Suggestion> {
    let mc = load_case(conn, case_id, on)?;
    let intervention = mc.intervention()?;
    let all = load_assignees(conn)?;
    let names: HashMap<i64, (String, String)> = all
        .iter()
        .map(|(row, _)| (row.assignee_id, (row.name.clone(), row.role.clone())))
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
        insats: mc.case.insats.clone(),
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

pub fn run(ctx: &Ctx, command: &'static str, args: SuggestArgs) -> Result<Box<dyn Output>> {
    let store = ctx.open_for_read(command)?;
    Ok(Box::new(suggest(&store, args.case, ctx.today)?))
}

/// "3" for 3.0, "5.89" otherwise.
fn score(x: f64) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

impl Output for Suggestion {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        writeln!(
            w,
            "{}",
            bold(
                &format!(
                    "Case {} · {} · order {}: candidates",
                    self.case_id, self.insats, self.order_id
                ),
                style
            )
        )?;
        if let Some(p) = &self.pending_offer {
            writeln!(
                w,
                "offer open to {} (assignee {}) since {}: `insats match decline {}` or `insats match start {} --date DATE`",
                p.name, p.assignee_id, p.offered_day, self.case_id, self.case_id
            )?;
        }
        if self.candidates.is_empty() {
            writeln!(w, "no assignee may be offered this assignment")?;
        } else {
            let rows = self.candidates.iter().map(|c| {
                vec![
                    c.assignee_id.to_string(),
                    c.name.clone(),
                    score(c.score),
                    c.reasons.join("; "),
                ]
            });
            writeln!(w, "{}", table(&["id", "name", "score", "why"], rows, style))?;
        }
        if !self.excluded.is_empty() {
            writeln!(w)?;
            writeln!(w, "{}", bold("Excluded", style))?;
            let rows = self.excluded.iter().map(|e| {
                vec![
                    e.assignee_id.to_string(),
                    e.name.clone(),
                    e.rules
                        .iter()
                        .map(|r| r.id())
                        .collect::<Vec<_>>()
                        .join(", "),
                    e.reasons.join("; "),
                ]
            });
            writeln!(w, "{}", table(&["id", "name", "rules", "why"], rows, style))?;
        }
        Ok(())
    }
}
