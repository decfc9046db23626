//! The guideline (riktlinjer): criteria per intervention, settings and legal references, as
//! data. The municipality's default is `default.json`, compiled into the binary; another
//! municipality can load its own with [`Guideline::from_json`].
//!
//! Criteria give a recommendation, never a decision (G2). Legal references carry the dates
//! they apply from and to, so that no section number of a law is hard-coded in logic (R3).

mod parse;
mod validate;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The built-in guideline document.
pub const DEFAULT_JSON: &str = include_str!("default.json");

/// Intervention types (insatser), in the order of docs/cli.md.
pub const INTERVENTION_TYPES: [&str; 7] = crate::domain::case::InsatsType::NAMES;

/// Keys of legal references besides the intervention types.
pub const OTHER_REFERENCE_KEYS: [&str; 5] = [
    "appeal-sol",
    "appeal-lss",
    "ivo-report-sol",
    "ivo-report-lss",
    "retention-sol",
];

/// Keys a guideline may have but need not: without one, the letter gives the appeal
/// information without a legal reference.
pub const OPTIONAL_REFERENCE_KEYS: [&str; 1] = ["appeal-lvu"];

/// Every rule ID of docs/rules.md; a question must serve one of them.
pub fn is_rule_id(id: &str) -> bool {
    crate::domain::rules::Rule::parse(id).is_some()
}

/// Law families an intervention can rest on.
pub const LAWS: [&str; 4] = ["SoL", "LSS", "LVU", "FB"];

/// Roles of the person carrying out an intervention (uppdragstagare).
pub const ASSIGNEE_ROLES: [&str; 2] = ["kontaktperson", "ledsagare"];

/// Housing forms (boendeform) a `when` condition can name.
pub const HOUSING_FORMS: [&str; 2] = ["ordinary", "special"];

/// The whole guideline (riktlinjer).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guideline {
    pub id: String,
    pub version: String,
    pub name: String,
    /// The documents it is built from.
    pub source: Vec<String>,
    pub note: Option<String>,
    pub settings: Settings,
    pub interventions: BTreeMap<String, Intervention>,
    pub references: Vec<LegalRef>,
}

/// Numbers that later features use (ages, time limits, cancellations, retention, fees).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// From this age the young person's own consent counts (K1).
    pub consent_age: u32,
    /// From this age a child may consent without the guardians in some cases (K1, 2023).
    pub child_consent_age: u32,
    /// Under this age a person is a child (C1, M1).
    pub adult_age: u32,
    /// From this age the rules for older people apply (A2).
    pub elderly_age: u32,
    pub elderly_max_meetings_per_month: u32,
    /// Longest decision whose purpose is help with finances (A3).
    pub economy_max_months: u32,
    /// The provider executes within this many months of the decision (D3, R1).
    pub execute_within_months: u32,
    /// An LVU 22 § decision is reconsidered at least this often (E9).
    pub lvu_review_months: u32,
    /// The agreement with a contact person is followed up this often (E8).
    pub agreement_review_months: u32,
    pub follow_up_weeks_before_end: u32,
    /// How long a criminal-record extract is accepted (M2; the municipality's choice).
    pub record_extract_valid_months: u32,
    /// Length of a flex period for the flex hours model (E1).
    pub flex_period_months: u32,
    pub cancellation: Cancellation,
    pub retention: Retention,
    /// Prisbasbelopp per year ("2026" -> kronor).
    pub prisbasbelopp: BTreeMap<String, u32>,
    pub compensation: Compensation,
    /// Why a setting has its value, by setting name.
    pub notes: BTreeMap<String, String>,
    /// About how long a meeting is when the order counts no meetings (M7: about three hours);
    /// the agreement's default.
    #[serde(default = "usual_meeting_hours")]
    pub meeting_hours: f64,
    /// An executed intervention has its implementation plan within this many days (P1; the
    /// municipality's choice).
    #[serde(default = "plan_within_days")]
    pub plan_within_days: u32,
    /// The coordinator checks in with the assignee at least this often, in days (P4; the
    /// municipality's choice).
    #[serde(default = "check_in_within_days")]
    pub check_in_within_days: u32,
    /// The unit (enhet) each intervention type's new cases belong to (S3), by type; a type
    /// without one makes cases of no unit, open to every caseworker.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub units: BTreeMap<String, String>,
    /// IVO's reporting windows for the quarterly individual reports (R1), as IVO publishes
    /// them; `report reminders` reminds within them (`ivo_window`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ivo_windows: Vec<IvoWindow>,
    /// What letters print at their head and in their appeal information (F3, F4): the
    /// municipality, the committee, how to reach it, and the court that hears appeals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letterhead: Option<Letterhead>,
    /// An appeal in time is forwarded to the court within this many days (F6) [default: 7].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appeal_forward_days: Option<u32>,
}

/// The days in which a quarter's individual reports are sent to IVO (R1): month and day,
/// `MM-DD`, of the window that follows the quarter (`to` may fall in the next year, for Q4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IvoWindow {
    /// 1 to 4.
    pub quarter: u32,
    pub from: String,
    pub to: String,
}

/// The letterhead (brevhuvud) of the committee's letters, and where an appeal goes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Letterhead {
    pub municipality: String,
    pub committee: String,
    /// The postal address, lines separated by ", ".
    pub address: String,
    pub phone: String,
    pub email: String,
    pub web: String,
    /// The administrative court (förvaltningsrätten) that hears the committee's appeals.
    pub court: String,
}

impl Settings {
    /// F6: the days within which an appeal in time goes on to the court.
    pub fn forward_days(&self) -> u32 {
        self.appeal_forward_days.unwrap_or(7)
    }
}

fn usual_meeting_hours() -> f64 {
    3.0
}

fn plan_within_days() -> u32 {
    30
}

fn check_in_within_days() -> u32 {
    90
}

/// Cancellation (avbokning) rules, E2, E4, E5.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cancellation {
    pub provider_min_notice_days: u32,
    pub individual_lost_if_notice_days_at_most: u32,
    pub flag_count: u32,
    pub flag_window_months: u32,
}

/// Retention (gallring) of personal files, R2.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    pub sol_years_after_last_entry: u32,
    /// Files of people born on these days of a month are kept for research.
    pub research_birth_days: Vec<u32>,
    pub lss_delete: bool,
    pub lss_years_after_last_entry: Option<u32>,
}

/// Fee (arvode) and expense compensation (omkostnadsersättning) for contact persons, as a
/// percentage of the prisbasbelopp per month.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Compensation {
    pub note: Option<String>,
    pub levels: Vec<CompensationLevel>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompensationLevel {
    pub level: u32,
    pub description: String,
    pub fee_percent: f64,
    pub expenses_percent: f64,
}

/// One intervention type (insats) and its criteria.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Intervention {
    pub name: String,
    /// "SoL", "LSS", "LVU" or "FB".
    pub law: String,
    /// Longest decision period (G1).
    pub max_months: u32,
    pub hours_model: HoursModel,
    /// Whether decisions state meetings per month besides hours.
    pub counts_meetings: bool,
    pub consent: ConsentModel,
    pub max_age_exclusive: Option<u32>,
    pub min_age: Option<u32>,
    /// Needs an assignee with training or experience of social work (M5).
    pub assignee_needs_training: bool,
    /// "kontaktperson" or "ledsagare".
    pub assignee_role: String,
    /// Whether its favourable decisions are reported to IVO when not executed (R1): those
    /// whose legal basis is 4 kap 1 § SoL (2001:453) or 9 § LSS. Absent: SoL and LSS types are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ivo_report: Option<bool>,
    pub note: Option<String>,
    pub questions: Vec<Question>,
}

impl Intervention {
    /// R1's scope: whether a grant of this type not executed in time is reported to IVO.
    pub fn reported_to_ivo(&self) -> bool {
        self.ivo_report
            .unwrap_or(matches!(self.law.as_str(), "SoL" | "LSS"))
    }
}

/// How granted hours are used (E1).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HoursModel {
    /// Used as decided, per month, never saved (seed 002).
    #[default]
    Strict,
    /// Unused hours carry over within a fixed period (seed 004).
    Flex,
}

/// Whose agreement an intervention needs (K1, K3, K4).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConsentModel {
    /// The individual's (or guardian's) request or consent.
    #[default]
    Individual,
    /// No consent needed (LVU 22 §).
    None,
    /// A court decides (FB 6 kap 15 c §).
    Court,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuestionKind {
    /// A criterion that must hold.
    #[default]
    Requirement,
    /// A ground on which the intervention is not granted.
    Exclusion,
    /// Something the caseworker tells the individual and records as told (A8: a relative
    /// cannot be appointed): not a criterion, so no answer speaks against a grant.
    Information,
}

/// A yes/no question of the assessment walk.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable, unique across the guideline (ascii kebab-case).
    pub id: String,
    /// The docs/rules.md ID it serves.
    pub rule: String,
    pub text: String,
    pub help: String,
    /// The answer that supports a grant; any other answer recommends rejection.
    pub grant_if: bool,
    pub kind: QuestionKind,
    /// When the question applies; absent means always.
    pub when: Option<When>,
}

/// Conditions (all must hold) for a question to apply to a case.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct When {
    pub min_age: Option<u32>,
    pub max_age_exclusive: Option<u32>,
    /// "ordinary" or "special" (särskilt boende).
    pub housing: Option<String>,
}

/// What a `when` condition is evaluated against.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    pub age: u32,
    pub housing: String,
}

/// A legal reference (lagrum) with the dates it is in force (R3). `to` is inclusive.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalRef {
    pub key: String,
    pub text: String,
    #[serde(with = "date")]
    pub from: NaiveDate,
    #[serde(default, with = "opt_date")]
    pub to: Option<NaiveDate>,
    pub note: Option<String>,
    /// R3: the guideline cannot cite this provision as law yet; a letter that needs it is a
    /// draft (UTKAST) until a guideline confirms it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unconfirmed: bool,
}

impl When {
    pub fn applies(&self, facts: &Facts) -> bool {
        self.min_age.is_none_or(|min| facts.age >= min)
            && self.max_age_exclusive.is_none_or(|max| facts.age < max)
            && self.housing.as_ref().is_none_or(|h| *h == facts.housing)
    }
}

impl Question {
    pub fn applies(&self, facts: &Facts) -> bool {
        self.when.as_ref().is_none_or(|w| w.applies(facts))
    }

    /// Whether this answer supports a grant.
    pub fn supports_grant(&self, answer: bool) -> bool {
        answer == self.grant_if
    }
}

impl LegalRef {
    /// Whether the reference is in force on that date.
    pub fn in_force(&self, on: NaiveDate) -> bool {
        self.from <= on && self.to.is_none_or(|to| on <= to)
    }
}

impl Guideline {
    /// The built-in default guideline, parsed once.
    pub fn builtin() -> &'static Guideline {
        static BUILTIN: OnceLock<Guideline> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            Guideline::from_json(DEFAULT_JSON).expect("the built-in guideline is valid (tested)")
        })
    }

    /// Parses and validates a guideline document. On failure every problem found is listed,
    /// one line each, naming the field path.
    pub fn from_json(text: &str) -> Result<Guideline, Vec<String>> {
        parse::parse(text)
    }

    /// A document read straight into the guideline, without locating problems or validating:
    /// for a stored guideline, which was validated when stored and whose content hash the
    /// caller compares (a document changed since gives another hash, or none at all here).
    pub fn from_stored_json(text: &str) -> Option<Guideline> {
        serde_json::from_str(text).ok()
    }

    /// Every problem with the guideline, one line each; empty when it is sound.
    pub fn validate(&self) -> Vec<String> {
        validate::validate(self)
    }

    /// The guideline as a readable JSON document; [`Guideline::from_json`] reads it back.
    pub fn to_json_pretty(&self) -> String {
        // Serializing these types cannot fail: map keys are strings, dates format infallibly.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// SHA-256 (hex) of the canonical compact JSON: identifies exactly which guideline an
    /// assessment was made against.
    pub fn content_hash(&self) -> String {
        Self::text_hash(&serde_json::to_string(self).unwrap_or_default())
    }

    /// SHA-256 (hex) of `text`: a guideline's [`Guideline::content_hash`] when `text` is its
    /// canonical compact JSON, which is how a guideline is stored.
    pub fn text_hash(text: &str) -> String {
        let digest = Sha256::digest(text.as_bytes());
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }

    pub fn intervention(&self, key: impl AsRef<str>) -> Option<&Intervention> {
        self.interventions.get(key.as_ref())
    }

    /// A question by its id, in whichever intervention it is.
    pub fn find_question(&self, id: &str) -> Option<&Question> {
        self.interventions
            .values()
            .flat_map(|i| i.questions.iter())
            .find(|q| q.id == id)
    }

    /// The questions of an intervention that apply to these facts, in document order.
    pub fn questions_for(&self, key: impl AsRef<str>, facts: &Facts) -> Vec<&Question> {
        self.intervention(key)
            .map(|i| i.questions.iter().filter(|q| q.applies(facts)).collect())
            .unwrap_or_default()
    }

    /// The reference in force on that date (R3).
    pub fn reference(&self, key: &str, on: NaiveDate) -> Option<&LegalRef> {
        self.references
            .iter()
            .find(|r| r.key == key && r.in_force(on))
    }

    /// "id version", e.g. "standard 2026.1".
    pub fn label(&self) -> String {
        format!("{} {}", self.id, self.version)
    }
}

const DATE_FORMAT: &str = "%Y-%m-%d";

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    crate::domain::dates::parse(s).map_err(|_| format!("invalid date '{s}', expected YYYY-MM-DD"))
}

/// Serde for `NaiveDate` as "YYYY-MM-DD" (chrono's serde feature is not enabled).
mod date {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&d.format(super::DATE_FORMAT))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let s = String::deserialize(d)?;
        super::parse_date(&s).map_err(serde::de::Error::custom)
    }
}

mod opt_date {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.collect_str(&d.format(super::DATE_FORMAT)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        Option::<String>::deserialize(d)?
            .map(|s| super::parse_date(&s).map_err(serde::de::Error::custom))
            .transpose()
    }
}
