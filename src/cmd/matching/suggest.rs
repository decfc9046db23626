//! `insats match suggest CASE`: who may be offered the case's order, best first, each score
//! explained; and who may not, with every rule that excludes them.

use std::io::{self, Write};

use anyhow::Result;
use clap::Args;

use crate::Ctx;
use crate::act::matching::suggest::{Suggestion, suggest};
use crate::json_by_serde;
use crate::render::table::table;
use crate::render::{Output, Style, bold};

/// Ranked candidates for the case's order, and who is excluded by which rule. Assignees who
/// have ended are left out.
#[derive(Debug, Args)]
pub struct SuggestArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
}

pub fn run(ctx: &Ctx, command: &'static str, args: SuggestArgs) -> Result<Box<dyn Output>> {
    let store = ctx.open_existing(command)?;
    Ok(Box::new(suggest(&store, args.case, ctx.today)?))
}

impl Output for Suggestion {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        writeln!(
            w,
            "{}",
            bold(
                &format!(
                    "Ärende {} · {} · beställning {}: kandidater",
                    self.case_id, self.insats, self.order_id
                ),
                style
            )
        )?;
        if let Some(p) = &self.pending_offer {
            writeln!(
                w,
                "erbjudandet till {} (uppdragstagare {}) väntar på svar sedan {}: `insats match decline {}` eller `insats match start {} --date DATE`",
                p.name, p.assignee_id, p.offered_day, self.case_id, self.case_id
            )?;
        }
        if self.candidates.is_empty() {
            writeln!(w, "ingen uppdragstagare kan erbjudas uppdraget")?;
        } else {
            let rows = self.candidates.iter().map(|c| {
                vec![
                    c.assignee_id.to_string(),
                    c.name.clone(),
                    score(c.score),
                    c.reasons.join("; "),
                ]
            });
            writeln!(
                w,
                "{}",
                table(&["nr", "namn", "poäng", "varför"], rows, style)
            )?;
        }
        if !self.excluded.is_empty() {
            writeln!(w)?;
            writeln!(w, "{}", bold("Uteslutna", style))?;
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
            writeln!(
                w,
                "{}",
                table(&["nr", "namn", "regler", "varför"], rows, style)
            )?;
        }
        Ok(())
    }
}

/// "3" for 3.0, "5.89" otherwise.
fn score(x: f64) -> String {
    crate::domain::numbers::short(x)
}
