//! The decision letter (beslutsbrev), in Swedish: what was applied for and decided, the legal
//! basis, the period, level and goals, the reasons, and for a rejection or a partial grant how
//! to appeal. A person with protected identity gets neither address nor personal identity number
//! in the letter (G5): the case number identifies the matter.

use chrono::NaiveDate;

use super::doc::{Block, Format, render};
use crate::domain::decision::{Outcome, hours_sv, sentence};

/// The committee that decides. No municipality's name is stored yet, so the letter names the
/// committee generically.
pub const COMMITTEE: &str = "Socialnämnden";

/// Who asked, for the letter's first section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Person,
    Guardian,
    Court,
    Committee,
}

/// Everything a letter says; built by `cmd::letter` from the stored case and decision.
#[derive(Debug, Clone)]
pub struct Letter {
    pub case_id: i64,
    pub decision_id: i64,
    pub decided_day: NaiveDate,
    pub decided_by: String,
    pub name: String,
    /// A child under the consent age: the letter goes to the guardians.
    pub to_guardians: bool,
    /// `None` for a person with protected identity (skyddad identitet), always (G5).
    pub pnr: Option<String>,
    /// `None` for a person with protected identity (skyddad identitet), always.
    pub address: Option<String>,
    /// The intervention's name, e.g. "kontaktperson".
    pub insats_name: String,
    pub received: String,
    pub origin: Origin,
    pub court_ref: Option<String>,
    /// Umgängesstöd (K4): the court decided; the committee executes the judgment and appoints
    /// the person, so the letter is an appointment, never a grant of an application.
    pub appointment: bool,
    pub outcome: Outcome,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub hours_per_month: Option<f64>,
    pub meetings_per_month: Option<i64>,
    pub economy: bool,
    pub goals: Vec<String>,
    pub legal_basis: String,
    /// The assessment's reasons, when the decision follows its recommendation.
    pub assessment_reasons: Vec<String>,
    /// A rejection's reasons, or what a partial grant leaves out.
    pub reason: Option<String>,
    pub partial: bool,
    pub deviation_reason: Option<String>,
    pub override_reason: Option<String>,
    /// The appeal's legal reference in force (R3); `None` when the guideline has none for the law.
    pub appeal_reference: Option<String>,
    pub replaces: Option<i64>,
}

impl Letter {
    /// A rejection, or a grant of less than was applied for, can be appealed: the letter says how.
    pub fn tells_how_to_appeal(&self) -> bool {
        self.outcome == Outcome::Reject || self.partial
    }

    pub fn title(&self) -> String {
        if self.appointment {
            format!("Beslut om verkställighet av {}", self.insats_name)
        } else {
            format!("Beslut om {}", self.insats_name)
        }
    }

    pub fn blocks(&self) -> Vec<Block> {
        let mut b = vec![
            Block::Title(self.title()),
            Block::Lines(vec![
                COMMITTEE.to_string(),
                format!("Datum: {}", self.decided_day),
                format!("Ärende: {} · Beslut: {}", self.case_id, self.decision_id),
            ]),
        ];
        let mut to = vec![if self.to_guardians {
            format!("Till vårdnadshavarna för {}", self.name)
        } else {
            self.name.clone()
        }];
        if let Some(p) = &self.pnr {
            to.push(format!("Personnummer: {p}"));
        }
        if let Some(a) = &self.address {
            to.push(a.clone());
        }
        b.push(Block::Lines(to));

        b.push(Block::Heading("Ärendet".into()));
        b.push(Block::Para(self.what_was_asked()));

        b.push(Block::Heading("Beslut".into()));
        b.push(Block::Para(self.what_was_decided()));
        if self.economy {
            b.push(Block::Para(
                "Insatsen avser tillfällig hjälp att få ordning och struktur på ekonomin. En \
                 kontaktperson ansvarar aldrig för någons ekonomi."
                    .into(),
            ));
        }
        if let Some(old) = self.replaces {
            b.push(Block::Para(format!(
                "Beslutet ersätter tidigare beslut nr {old} i ärendet."
            )));
        }
        b.push(Block::Para(format!(
            "Beslutet är fattat med stöd av {}.",
            self.legal_basis
        )));

        if self.outcome == Outcome::Grant && !self.goals.is_empty() {
            b.push(Block::Heading("Mål med insatsen".into()));
            b.push(Block::Bullets(self.goals.clone()));
        }

        b.push(Block::Heading("Skäl för beslutet".into()));
        b.extend(self.reasons());

        // The intervention is free of charge; the individual pays their own costs (D5).
        if self.outcome == Outcome::Grant {
            b.push(Block::Heading("Avgift".into()));
            b.push(Block::Para(
                "Insatsen är avgiftsfri. Egna kostnader under aktiviteterna betalar den enskilde \
                 själv."
                    .into(),
            ));
        }

        if self.tells_how_to_appeal() {
            b.push(Block::Heading("Hur man överklagar".into()));
            b.push(Block::Para(format!(
                "Den som inte är nöjd med beslutet kan överklaga det till förvaltningsrätten. \
                 Skriv vilket beslut som överklagas (ärende {}, beslut {}) och vilken ändring som \
                 önskas, och skriv under. Överklagandet skickas eller lämnas till {COMMITTEE}, \
                 inte direkt till förvaltningsrätten. {COMMITTEE} prövar om överklagandet har \
                 kommit in i rätt tid och skickar det sedan vidare till förvaltningsrätten.",
                self.case_id, self.decision_id
            )));
            b.push(Block::Para(match &self.appeal_reference {
                Some(r) => format!("Lagrum och tidsfrist: {}", sentence(r)),
                None => "Handläggaren lämnar besked om hur och inom vilken tid beslutet kan \
                         överklagas."
                    .into(),
            }));
        }

        b.push(Block::Lines(vec![
            format!(
                "Beslutet är fattat {} av {}.",
                self.decided_day, self.decided_by
            ),
            COMMITTEE.to_string(),
        ]));
        b
    }

    fn what_was_asked(&self) -> String {
        let n = &self.insats_name;
        match self.origin {
            Origin::Person => format!(
                "{} har ansökt om {n}. Ansökan kom in den {}.",
                self.name, self.received
            ),
            Origin::Guardian => format!(
                "Vårdnadshavare har ansökt om {n} för {}. Ansökan kom in den {}.",
                self.name, self.received
            ),
            Origin::Court => format!(
                "Domstolen har beslutat om {n}{}. Ärendet kom in den {}.",
                self.court_ref
                    .as_deref()
                    .map(|r| format!(" (mål {r})"))
                    .unwrap_or_default(),
                self.received
            ),
            Origin::Committee => format!(
                "{COMMITTEE} har på eget initiativ utrett behovet av {n} för {}. Ärendet inleddes \
                 den {}.",
                self.name, self.received
            ),
        }
    }

    fn what_was_decided(&self) -> String {
        let n = &self.insats_name;
        if self.appointment {
            return self.appointed();
        }
        match self.outcome {
            Outcome::Reject => format!("{COMMITTEE} avslår ansökan om {n} för {}.", self.name),
            Outcome::Grant => {
                let mut t = format!(
                    "{COMMITTEE} {} {} {n} under perioden {} – {}. Insatsen omfattar {} per månad",
                    if self.partial {
                        "beviljar delvis ansökan och beviljar"
                    } else {
                        "beviljar"
                    },
                    self.name,
                    self.from.map(|d| d.to_string()).unwrap_or_default(),
                    self.to.map(|d| d.to_string()).unwrap_or_default(),
                    hours_sv(self.hours_per_month.unwrap_or_default())
                );
                if let Some(m) = self.meetings_per_month {
                    t.push_str(&format!(", fördelat på {m} träffar per månad"));
                }
                t.push_str(". Beslutet är tidsbegränsat och följs upp före periodens slut.");
                t
            }
        }
    }

    /// K4: the committee executes the court's judgment and appoints the person for the period
    /// the court set; there is nothing to grant or reject.
    fn appointed(&self) -> String {
        let judgment = self
            .court_ref
            .as_deref()
            .map(|r| format!("domstolens avgörande i mål {r}"))
            .unwrap_or_else(|| "domstolens avgörande".to_string());
        let mut t = format!(
            "{COMMITTEE} verkställer {judgment} om {n} för {} och utser en person att medverka \
             vid umgänget under perioden {} – {}, som domstolen har bestämt",
            self.name,
            self.from.map(|d| d.to_string()).unwrap_or_default(),
            self.to.map(|d| d.to_string()).unwrap_or_default(),
            n = self.insats_name,
        );
        if let Some(h) = self.hours_per_month {
            t.push_str(&format!(". Stödet omfattar {} per månad", hours_sv(h)));
        }
        t.push('.');
        t
    }

    fn reasons(&self) -> Vec<Block> {
        let mut b = Vec::new();
        if self.deviation_reason.is_none() && !self.assessment_reasons.is_empty() {
            b.push(Block::Para("Utredningen visar:".into()));
            b.push(Block::Bullets(self.assessment_reasons.clone()));
        }
        if let Some(r) = &self.reason {
            b.push(Block::Para(match self.outcome {
                Outcome::Reject => sentence(r),
                Outcome::Grant => format!("Det som inte beviljas, och varför: {}", sentence(r)),
            }));
        }
        if let Some(r) = &self.deviation_reason {
            b.push(Block::Para(format!(
                "Beslutet avviker från utredningens bedömning. Skälen är: {}",
                sentence(r)
            )));
        }
        if let Some(r) = &self.override_reason {
            b.push(Block::Para(format!(
                "Beslutet fattas utan samtycke från en eller båda vårdnadshavarna. Skälen är: {}",
                sentence(r)
            )));
        }
        if b.is_empty() && self.appointment {
            b.push(Block::Para(format!(
                "Domstolen har beslutat om {}. {COMMITTEE} ska verkställa avgörandet och utse \
                 den person som medverkar vid umgänget.",
                self.insats_name
            )));
        }
        if b.is_empty() {
            b.push(Block::Para(
                "Beslutet grundar sig på utredningen i ärendet.".into(),
            ));
        }
        b
    }

    pub fn render(&self, f: Format) -> String {
        render(&self.title(), &self.blocks(), f)
    }
}
