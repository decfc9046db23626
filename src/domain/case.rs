//! Cases (ärenden): the intervention types, who asked, and the checks an application passes.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::pnr::Pnr;
use crate::domain::rules::Rule;
use crate::error::refuse;

/// The intervention types of SPEC.md (insatstyper), in the order SPEC.md lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
pub enum InsatsType {
    #[serde(rename = "kontaktperson-sol")]
    KontaktpersonSol,
    #[serde(rename = "kontaktperson-lss")]
    KontaktpersonLss,
    #[serde(rename = "kvalificerad-sol")]
    KvalificeradSol,
    #[serde(rename = "kvalificerad-lvu")]
    KvalificeradLvu,
    #[serde(rename = "umgangesstod")]
    Umgangesstod,
    #[serde(rename = "ledsagning-sol")]
    LedsagningSol,
    #[serde(rename = "ledsagarservice-lss")]
    LedsagarserviceLss,
}

impl InsatsType {
    pub const ALL: [InsatsType; 7] = [
        InsatsType::KontaktpersonSol,
        InsatsType::KontaktpersonLss,
        InsatsType::KvalificeradSol,
        InsatsType::KvalificeradLvu,
        InsatsType::Umgangesstod,
        InsatsType::LedsagningSol,
        InsatsType::LedsagarserviceLss,
    ];
    pub const NAMES: [&'static str; 7] = [
        "kontaktperson-sol",
        "kontaktperson-lss",
        "kvalificerad-sol",
        "kvalificerad-lvu",
        "umgangesstod",
        "ledsagning-sol",
        "ledsagarservice-lss",
    ];

    pub fn as_str(self) -> &'static str {
        Self::NAMES[self as usize]
    }

    pub fn parse(s: &str) -> Option<InsatsType> {
        Self::NAMES
            .iter()
            .position(|n| *n == s)
            .map(|i| Self::ALL[i])
    }

    /// The intervention's name as a caseworker reads it.
    pub fn swedish(self) -> &'static str {
        match self {
            InsatsType::KontaktpersonSol | InsatsType::KontaktpersonLss => "kontaktperson",
            InsatsType::KvalificeradSol | InsatsType::KvalificeradLvu => {
                "särskilt kvalificerad kontaktperson"
            }
            InsatsType::Umgangesstod => "umgängesstöd",
            InsatsType::LedsagningSol => "ledsagning",
            InsatsType::LedsagarserviceLss => "ledsagarservice",
        }
    }

    /// The law family, for statistics (the exact reference is guideline data, rule R3).
    pub fn law(self) -> &'static str {
        match self {
            InsatsType::KontaktpersonSol
            | InsatsType::KvalificeradSol
            | InsatsType::LedsagningSol => "SoL",
            InsatsType::KontaktpersonLss | InsatsType::LedsagarserviceLss => "LSS",
            InsatsType::KvalificeradLvu => "LVU",
            InsatsType::Umgangesstod => "FB",
        }
    }

    pub fn is_lss(self) -> bool {
        self.law() == "LSS"
    }
}

/// Who asked for the intervention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RequestedBy {
    #[serde(rename = "self")]
    Myself,
    Guardian,
    Court,
    Committee,
}

impl RequestedBy {
    pub const NAMES: [&'static str; 4] = ["self", "guardian", "court", "committee"];

    pub fn as_str(self) -> &'static str {
        match self {
            RequestedBy::Myself => "self",
            RequestedBy::Guardian => "guardian",
            RequestedBy::Court => "court",
            RequestedBy::Committee => "committee",
        }
    }

    pub fn parse(s: &str) -> Option<RequestedBy> {
        match s {
            "self" => Some(RequestedBy::Myself),
            "guardian" => Some(RequestedBy::Guardian),
            "court" => Some(RequestedBy::Court),
            "committee" => Some(RequestedBy::Committee),
            _ => None,
        }
    }
}

/// Where the person lives: special housing (särskilt boende) often meets the need (A2, A4, A7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Housing {
    Ordinary,
    Special,
}

impl Housing {
    pub const NAMES: [&'static str; 2] = ["ordinary", "special"];

    pub fn as_str(self) -> &'static str {
        match self {
            Housing::Ordinary => "ordinary",
            Housing::Special => "special",
        }
    }

    pub fn parse(s: &str) -> Option<Housing> {
        match s {
            "ordinary" => Some(Housing::Ordinary),
            "special" => Some(Housing::Special),
            _ => None,
        }
    }
}

/// A new application (ansökan), checked and ready to store.
#[derive(Debug, Clone)]
pub struct Application {
    pub pnr: Pnr,
    pub name: String,
    pub insats: InsatsType,
    pub received: NaiveDate,
    pub requested_by: RequestedBy,
    pub consent_self: bool,
    pub consent_guardian: bool,
    pub guardians: Option<u8>,
    pub court_ref: Option<String>,
    pub lss_group: Option<u8>,
    pub housing: Housing,
    pub protected: bool,
    pub address: Option<String>,
    pub workplace: Option<String>,
    pub residence: Option<String>,
    pub area: Option<String>,
    pub wishes: Wishes,
}

/// The individual's wishes about the contact person (D4), recorded on the case.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Wishes {
    /// "female" or "male".
    pub sex: Option<String>,
    pub languages: Vec<String>,
    pub interests: Vec<String>,
}

impl Application {
    /// The checks an application passes before anything is stored.
    pub fn check(&self, today: NaiveDate) -> anyhow::Result<()> {
        // K4: umgängesstöd is decided by a court, never by agreement or application alone.
        if self.insats == InsatsType::Umgangesstod
            && self
                .court_ref
                .as_deref()
                .is_none_or(|r| r.trim().is_empty())
        {
            return Err(refuse(
                Rule::K4,
                "umgängesstöd is decided by a court only, so the case needs the court's reference: \
                 add --court-ref REF (a parent's own request is a kontaktperson-sol case)",
            ));
        }
        if self.received > today {
            anyhow::bail!(
                "the received date {} is after today ({today}): check --received",
                self.received
            );
        }
        if self.received < self.pnr.birth_date() {
            anyhow::bail!("the received date is before the person was born: check --received");
        }
        if self.name.trim().is_empty() {
            anyhow::bail!("the name is empty: give the person's name with --name");
        }
        if self.lss_group.is_some() && !self.insats.is_lss() {
            anyhow::bail!(
                "--lss-group is for LSS interventions only (kontaktperson-lss, ledsagarservice-lss)"
            );
        }
        Ok(())
    }
}
