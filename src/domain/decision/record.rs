//! A checked decision as it is recorded, and its journal entry in Swedish.

use chrono::NaiveDate;

use super::{ConsentBasis, Outcome, Purpose, filled};
use crate::domain::case::InsatsType;

/// A checked decision, ready to record.
#[derive(Debug, Clone)]
pub struct Decision {
    pub case_id: i64,
    pub insats: InsatsType,
    pub outcome: Outcome,
    pub decided_day: NaiveDate,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub hours_per_month: Option<f64>,
    pub meetings_per_month: Option<u32>,
    pub purpose: Option<Purpose>,
    pub goals: Vec<String>,
    /// A rejection's reasons; for a grant, what part of the application is not granted and why
    /// (a partial grant, which can be appealed). `None` for a full grant.
    pub reason: Option<String>,
    pub deviation_reason: Option<String>,
    pub override_reason: Option<String>,
    pub guardian_objects: bool,
    pub crime_recorded: bool,
    /// The legal reference in force (R3), from the guideline.
    pub legal_basis: String,
    pub assessment_id: Option<i64>,
    pub guideline_id: i64,
    /// Grants: on what consent the decision rests (journal only).
    pub consent: Option<ConsentBasis>,
}

impl Decision {
    /// A grant with a part of the application left out.
    pub fn is_partial(&self) -> bool {
        self.outcome == Outcome::Grant && self.reason.as_deref().is_some_and(filled)
    }

    /// The journal entry (Swedish), as the caseworker reads it later.
    pub fn journal_text(&self, id: i64, replaces: Option<i64>) -> String {
        let name = self.insats.swedish();
        let mut t = match self.outcome {
            Outcome::Grant => {
                let mut t = format!(
                    "Beslut #{id}: {} {name} ({}) enligt {}, {} – {}, {} per månad",
                    if self.is_partial() {
                        "delvis bifall,"
                    } else {
                        "bifall,"
                    },
                    self.insats.as_str(),
                    self.legal_basis,
                    show_day(self.from),
                    show_day(self.to),
                    hours_sv(self.hours_per_month.unwrap_or_default())
                );
                if let Some(m) = self.meetings_per_month {
                    t.push_str(&format!(", {m} träffar per månad"));
                }
                t.push('.');
                if self.purpose == Some(Purpose::Economy) {
                    t.push_str(" Syfte: tillfällig hjälp med ekonomin (A3).");
                }
                t.push_str(&format!(" Mål: {}", sentence(&self.goals.join("; "))));
                if let Some(c) = self.consent {
                    t.push_str(&format!(" Grund för samtycke: {}.", c.swedish()));
                }
                if let Some(r) = self.reason.as_deref().filter(|r| filled(r)) {
                    t.push_str(&format!(" Beviljas inte: {}", sentence(r)));
                }
                t
            }
            Outcome::Reject => format!(
                "Beslut #{id}: avslag på ansökan om {name} ({}) enligt {}. Skäl: {}",
                self.insats.as_str(),
                self.legal_basis,
                sentence(self.reason.as_deref().unwrap_or_default())
            ),
        };
        if let Some(r) = &self.override_reason {
            t.push_str(&format!(
                " Dokumenterat skäl att besluta utan vårdnadshavares samtycke: {}",
                sentence(r)
            ));
        }
        if self.guardian_objects {
            t.push_str(" En vårdnadshavare motsätter sig insatsen.");
        }
        if self.crime_recorded {
            t.push_str(" Brott har registrerats.");
        }
        if let Some(r) = &self.deviation_reason {
            t.push_str(&format!(
                " Beslutet avviker från utredningens bedömning: {}",
                sentence(r)
            ));
        }
        if let Some(old) = replaces {
            t.push_str(&format!(" Ersätter beslut #{old}."));
        }
        t
    }
}

/// User text ending a sentence: one full stop, not two.
pub fn sentence(s: &str) -> String {
    let s = s.trim();
    if s.ends_with(['.', '!', '?']) {
        s.to_string()
    } else {
        format!("{s}.")
    }
}

fn show_day(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// Hours as a Swedish text: "10 timmar", "7,5 timmar", "1 timme".
pub fn hours_sv(h: f64) -> String {
    let n = if h.fract() == 0.0 {
        format!("{h:.0}")
    } else {
        format!("{}", (h * 100.0).round() / 100.0).replace('.', ",")
    };
    if h == 1.0 {
        format!("{n} timme")
    } else {
        format!("{n} timmar")
    }
}
