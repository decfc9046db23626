//! The order as the provider (utförare) receives it: only what the provider needs to carry it
//! out (D2). Never the assessment, its notes or reasons, or the decision's reasoning; for a
//! person with protected identity no personal identity number and no address (G5).

use serde::Serialize;

use super::doc::{Block, Format, render};
use crate::domain::decision::hours_sv;

#[derive(Debug, Clone, Serialize)]
pub struct ProviderOrder {
    pub order_id: i64,
    pub case_id: i64,
    pub decision_id: i64,
    pub insats: String,
    /// The guideline's name of the intervention, e.g. "Kontaktperson enligt SoL".
    pub insats_name: String,
    pub provider: String,
    pub ordered_day: chrono::NaiveDate,
    /// The caseworker who ordered, the provider's contact.
    pub ordered_by: String,
    /// D3.
    pub execute_by: chrono::NaiveDate,
    pub period_from: Option<chrono::NaiveDate>,
    pub period_to: Option<chrono::NaiveDate>,
    pub hours_per_month: f64,
    pub meetings_per_month: Option<i64>,
    /// E1: "strict" (used per month) or "flex" (carried over within a period).
    pub hours_model: String,
    pub goals: Vec<String>,
    /// D2: special circumstances from the order's note.
    pub special_circumstances: Option<String>,
    pub person: ProviderPerson,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProviderPerson {
    pub name: String,
    /// `None` for a person with protected identity.
    pub pnr: Option<String>,
    /// `None` for a person with protected identity.
    pub address: Option<String>,
    pub age: u32,
    /// E3: for someone under 18 the guardian cancels and rebooks.
    pub child: bool,
    pub protected_identity: bool,
}

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    Md,
    Json,
}

impl ExportFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Md => "md",
            ExportFormat::Json => "json",
        }
    }
}

impl ProviderOrder {
    pub fn render(&self, f: ExportFormat) -> String {
        match f {
            ExportFormat::Json => {
                let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
                s.push('\n');
                s
            }
            ExportFormat::Md => render(&self.title(), &self.blocks(), Format::Md),
        }
    }

    fn title(&self) -> String {
        format!("Beställning: {}", self.insats_name)
    }

    fn blocks(&self) -> Vec<Block> {
        let p = &self.person;
        let mut b = vec![
            Block::Title(self.title()),
            Block::Lines(vec![
                format!(
                    "Beställning {} · beslut {} · ärende {}",
                    self.order_id, self.decision_id, self.case_id
                ),
                format!("Utförare: {}", self.provider),
                format!("Beställd: {} av {}", self.ordered_day, self.ordered_by),
                format!("Ska verkställas senast: {}", self.execute_by),
            ]),
            Block::Heading("Den enskilde".into()),
        ];
        let mut person = vec![format!("Namn: {}", p.name)];
        if let Some(n) = &p.pnr {
            person.push(format!("Personnummer: {n}"));
        }
        if let Some(a) = &p.address {
            person.push(format!("Adress: {a}"));
        }
        person.push(format!("Ålder: {} år", p.age));
        b.push(Block::Lines(person));
        if p.protected_identity {
            b.push(Block::Para(
                "Skyddad identitet: personnummer och adress lämnas inte ut. All kontakt med den \
                 enskilde sker genom handläggaren."
                    .into(),
            ));
        }
        if p.child {
            b.push(Block::Para(
                "Den enskilde är under 18 år: vårdnadshavaren avbokar och bokar om.".into(),
            ));
        }
        b.push(Block::Heading("Insatsen".into()));
        let mut level = format!("Omfattning: {} per månad", hours_sv(self.hours_per_month));
        if let Some(m) = self.meetings_per_month {
            level.push_str(&format!(", {m} träffar per månad"));
        }
        b.push(Block::Lines(vec![
            format!("{} ({})", self.insats_name, self.insats),
            format!(
                "Period: {} – {}",
                day_or_blank(self.period_from),
                day_or_blank(self.period_to)
            ),
            level,
            match self.hours_model.as_str() {
                "flex" => {
                    "Timmar som inte används kan flyttas inom flexperioden enligt riktlinjen."
                        .to_string()
                }
                _ => "Timmarna används per månad enligt beslutet och kan inte sparas.".to_string(),
            },
        ]));
        b.push(Block::Heading("Övergripande mål".into()));
        b.push(Block::Bullets(self.goals.clone()));
        b.push(Block::Heading("Särskilda omständigheter".into()));
        b.push(Block::Para(
            self.special_circumstances
                .clone()
                .unwrap_or_else(|| "Inga.".into()),
        ));
        b
    }
}

/// A date, or nothing.
fn day_or_blank(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}
