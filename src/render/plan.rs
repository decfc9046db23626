//! The implementation plan (genomförandeplan, P1) as the individual receives it, in Swedish:
//! Markdown, HTML or PDF (the letters' page, `render::pdf`). It names the person, never their
//! personal identity number or address.

use anyhow::Result;

use super::doc::{Block, Format, render};
use super::pdf::{Page, pdf};
use crate::act::plan::Version;
use crate::domain::plan::Activity;

/// What the exported plan says besides the plan itself.
#[derive(Debug, Clone)]
pub struct PlanDoc {
    pub case_id: i64,
    pub name: String,
    /// The intervention in Swedish, e.g. "ledsagning".
    pub insats: String,
    pub provider: String,
    pub version: Version,
}

fn kronor(kr: f64) -> String {
    let s = crate::domain::numbers::short(kr);
    format!("{} kr", s.replace('.', ","))
}

fn activity_lines(a: &Activity) -> Vec<String> {
    let kind = a.kind.map(|k| k.swedish()).unwrap_or("-");
    let mut lines = vec![
        format!("{} ({kind}), {}", a.what, a.how_often),
        format!("Resa till och från: {}", a.travel),
    ];
    if a.expenses.is_empty() {
        lines.push("Omkostnader: inga planerade".to_owned());
    } else {
        let list: Vec<String> = a
            .expenses
            .iter()
            .map(|x| match x.kr {
                Some(kr) => format!("{} (cirka {})", x.what, kronor(kr)),
                None => x.what.clone(),
            })
            .collect();
        lines.push(format!("Omkostnader: {}", list.join("; ")));
    }
    lines
}

impl PlanDoc {
    pub fn title(&self) -> String {
        format!("Genomförandeplan, ärende {}", self.case_id)
    }

    pub fn blocks(&self) -> Vec<Block> {
        let v = &self.version;
        let p = &v.plan;
        let mut out = vec![
            Block::Title("Genomförandeplan".to_owned()),
            Block::Lines(vec![
                format!("För: {}", self.name),
                format!("Insats: {}", self.insats),
                format!("Utförare: {}", self.provider),
                format!("Ärende: {}", self.case_id),
                format!("Version {}, upprättad {}", v.version, v.drawn_up),
            ]),
            Block::Para(format!(
                "Planen är upprättad tillsammans med: {}.",
                p.drawn_up_with.join(", ")
            )),
            Block::Para(
                "Planen utgår från beställningen och dess övergripande mål. Under varje mål står \
                 delmålen och aktiviteterna, hur ofta de sker, hur du tar dig dit och hem, och \
                 vilka omkostnader de kan ge. Du betalar dina egna omkostnader vid aktiviteterna."
                    .to_owned(),
            ),
        ];
        for g in &p.goals {
            out.push(Block::Heading(format!("Mål: {}", g.goal)));
            out.push(Block::Para("Delmål:".to_owned()));
            out.push(Block::Bullets(g.sub_goals.clone()));
            out.push(Block::Para("Aktiviteter:".to_owned()));
            for a in &g.activities {
                out.push(Block::Bullets(activity_lines(a)));
            }
        }
        if !p.note.is_empty() {
            out.push(Block::Heading("Övrigt".to_owned()));
            out.push(Block::Para(p.note.clone()));
        }
        out.push(Block::Para(
            "Planen följs upp och ändras när dina behov ändras. Vill du ändra något, tala med din \
             ledsagare, kontaktperson eller samordnaren."
                .to_owned(),
        ));
        out
    }

    pub fn text(&self, f: Format) -> String {
        render(&self.title(), &self.blocks(), f)
    }

    pub fn pdf(&self) -> Result<Vec<u8>> {
        let title = self.title();
        let letterhead = [self.provider.clone()];
        let window = [self.name.clone()];
        let reference = [
            format!("Datum: {}", self.version.drawn_up),
            format!("Ärende: {}", self.case_id),
            format!("Version: {}", self.version.version),
        ];
        let page = Page {
            title: &title,
            letterhead: &letterhead,
            window: &window,
            reference: &reference,
            draft: None,
            footer: &title,
            date: self.version.drawn_up,
        };
        pdf(&page, &self.blocks())
    }
}
