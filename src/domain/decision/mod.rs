//! Decisions (beslut): the legal limits a decision must respect, each under its rule ID of
//! docs/rules.md. Plain facts in, the first refusal or the warnings out; no SQL, no printing.
//!
//! The checks run in a fixed order (G6, G1, D1, C1, K4, K3, K6, K1/K2, A3, G2), so that the
//! caseworker meets the most basic problem first; A2 only warns.

mod record;
#[cfg(test)]
mod tests;

pub use record::{Decision, hours_sv, sentence};

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::case::{InsatsType, RequestedBy};
use crate::domain::dates::{add_months, period_exceeds_months};
use crate::domain::rules::Rule;
use crate::error::Refusal;
use crate::guideline::{ConsentModel, Intervention, Settings};

/// What was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// Bifall.
    Grant,
    /// Avslag.
    Reject,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Grant => "grant",
            Outcome::Reject => "reject",
        }
    }

    pub fn parse(s: &str) -> Option<Outcome> {
        match s {
            "grant" => Some(Outcome::Grant),
            "reject" => Some(Outcome::Reject),
            _ => None,
        }
    }

    /// As a caseworker reads it.
    pub fn swedish(self) -> &'static str {
        match self {
            Outcome::Grant => "bifall",
            Outcome::Reject => "avslag",
        }
    }
}

/// Whether a decision is the one in force on its case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionStatus {
    InForce,
    /// A later decision replaced it (E6).
    Replaced,
    /// The intervention ended (E7).
    Ended,
}

impl DecisionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DecisionStatus::InForce => "in_force",
            DecisionStatus::Replaced => "replaced",
            DecisionStatus::Ended => "ended",
        }
    }

    pub fn parse(s: &str) -> Option<DecisionStatus> {
        [
            DecisionStatus::InForce,
            DecisionStatus::Replaced,
            DecisionStatus::Ended,
        ]
        .into_iter()
        .find(|d| d.as_str() == s)
    }
}

/// A decision's special purpose: help with finances is allowed only as a short bridge (A3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Purpose {
    Economy,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Economy => "economy",
        }
    }

    pub fn parse(s: &str) -> Option<Purpose> {
        (s == "economy").then_some(Purpose::Economy)
    }
}

/// The child's view as the assessment recorded it (C1): the assessment's own child section.
pub use crate::domain::assessment::ChildSection as ChildView;

impl ChildView {
    /// C1: heard, in the child's own words and how; or not heard, and why.
    pub fn is_recorded(&self) -> bool {
        match self.heard {
            Some(true) => filled(&self.own_words) && filled(&self.how),
            Some(false) => filled(&self.not_heard_reason),
            None => false,
        }
    }
}

/// The completed assessment a decision rests on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssessmentFacts {
    pub recommendation: Outcome,
    pub child: ChildView,
}

/// The facts a decision is checked against.
#[derive(Debug, Clone)]
pub struct DecisionFacts<'a> {
    pub insats: InsatsType,
    pub outcome: Outcome,
    /// Age on the decision's start date (a rejection: on the decision date).
    pub age_on_start: u32,
    /// Age on the day of the decision.
    pub age_on_decision: u32,
    pub requested_by: RequestedBy,
    pub consent_self: bool,
    pub consent_guardian: bool,
    pub guardians: Option<u8>,
    pub court_ref: Option<&'a str>,
    /// One of the guardians objects (K2).
    pub guardian_objects: bool,
    /// The child has committed a recorded crime (K3 under 15).
    pub crime_recorded: bool,
    /// The documented reason to decide without (all) guardians' consent (K1 from 12, K2).
    pub override_reason: Option<&'a str>,
    /// The written reason to decide against the assessment's recommendation (G2).
    pub deviation_reason: Option<&'a str>,
    /// Grants: the first day; rejections: ignored.
    pub from: Option<NaiveDate>,
    /// Grants: the last day; `None` is "until further notice" (G1).
    pub to: Option<NaiveDate>,
    pub meetings_per_month: Option<u32>,
    pub purpose: Option<Purpose>,
    pub goals: &'a [String],
    pub assessment: Option<&'a AssessmentFacts>,
    pub intervention: &'a Intervention,
    pub settings: &'a Settings,
}

/// On what the agreement to the intervention rests (K1-K4), for the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentBasis {
    /// The person's own request or consent.
    Own,
    /// The guardian's request or consent (a child under the consent age).
    Guardian,
    /// K1 since 2023: a child from the child consent age consents, without the guardians.
    ChildWithoutGuardians,
    /// K2: two guardians, one objects; decided on the other's consent and a documented reason.
    OneOfTwoGuardians,
    /// K3: LVU, no consent needed.
    NotNeeded,
    /// K4: a court decided.
    Court,
}

impl ConsentBasis {
    /// For the journal and the letter.
    pub fn swedish(self) -> &'static str {
        match self {
            ConsentBasis::Own => "den enskildes ansökan eller samtycke",
            ConsentBasis::Guardian => "vårdnadshavares ansökan eller samtycke",
            ConsentBasis::ChildWithoutGuardians => {
                "barnets eget samtycke, utan vårdnadshavares samtycke"
            }
            ConsentBasis::OneOfTwoGuardians => {
                "den ena vårdnadshavarens samtycke; den andra vårdnadshavaren motsätter sig insatsen"
            }
            ConsentBasis::NotNeeded => "beslut utan samtycke (mellantvång)",
            ConsentBasis::Court => "domstolens beslut",
        }
    }
}

pub use crate::domain::warning::Warning;

/// What a lawful decision came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub warnings: Vec<Warning>,
    /// Grants only.
    pub consent: Option<ConsentBasis>,
}

/// Checks a decision against every limit of docs/rules.md that concerns it.
pub fn check(f: &DecisionFacts) -> Result<Checked, Refusal> {
    let grant = f.outcome == Outcome::Grant;

    // G6: a grant rests on an investigation.
    if grant && f.assessment.is_none() {
        return Err(Refusal::new(
            Rule::G6,
            "a grant needs a completed assessment (utredning) of the case: complete it with \
             `insats assess CASE` first",
        ));
    }

    if grant {
        check_period(f)?;
        // D1: a grant states its overall goals.
        if !f.goals.iter().any(|g| filled(g)) {
            return Err(Refusal::new(
                Rule::D1,
                "a grant states the intervention's overall goals: add at least one --goal TEXT",
            ));
        }
    }

    // C1: the child's view, whenever the person is a child on the decision date or start date.
    let child = f.age_on_start.min(f.age_on_decision) < f.settings.adult_age;
    if child && !f.assessment.is_some_and(|a| a.child.is_recorded()) {
        return Err(Refusal::new(
            Rule::C1,
            "a decision on a child's case needs the child's view in the assessment: what the \
             child said in its own words and how the conversation was held, or why the child \
             was not heard",
        ));
    }

    // K4: umgängesstöd only on a court's decision (the file enforces it too).
    if f.insats == InsatsType::Umgangesstod && !f.court_ref.is_some_and(filled) {
        return Err(Refusal::new(
            Rule::K4,
            "umgängesstöd is decided by a court only, and this case has no court reference",
        ));
    }

    let mut consent = None;
    if grant {
        check_age_limits(f)?;
        consent = Some(check_consent(f)?);
        check_economy(f)?;
    }

    // G2: against the recommendation only with a written reason.
    if let Some(a) = f.assessment
        && a.recommendation != f.outcome
        && !f.deviation_reason.is_some_and(filled)
    {
        return Err(Refusal::new(
            Rule::G2,
            format!(
                "the assessment recommends {} and this decision is a {}: a decision against the \
                 recommendation needs a written reason, --deviation-reason TEXT",
                a.recommendation.as_str(),
                t_outcome(f.outcome)
            ),
        ));
    }

    let mut warnings = Vec::new();
    if grant && let Some(w) = elderly_meetings(f) {
        warnings.push(w);
    }
    Ok(Checked { warnings, consent })
}

fn t_outcome(o: Outcome) -> &'static str {
    match o {
        Outcome::Grant => "grant",
        Outcome::Reject => "rejection",
    }
}

/// G1: an end date, and no longer than the guideline's longest period for the type.
fn check_period(f: &DecisionFacts) -> Result<(), Refusal> {
    let max = f.intervention.max_months;
    let Some(from) = f.from else {
        // The command line asks for --from before the rules run; here it is the same rule.
        return Err(Refusal::new(
            Rule::G1,
            "a grant is time-limited: give its period with --from DATE --to DATE",
        ));
    };
    let Some(to) = f.to else {
        return Err(Refusal::new(
            Rule::G1,
            format!(
                "a grant needs an end date, never \"until further notice\": add --to DATE (at \
                 most {max} months for {}, so at the latest {})",
                f.insats.as_str(),
                last_day(from, max)
            ),
        ));
    };
    if period_exceeds_months(from, to, max) {
        return Err(Refusal::new(
            Rule::G1,
            format!(
                "a grant of {} lasts at most {max} months (the guideline's longest period): \
                 from {from} the end date is at the latest {}; shorten --to and review then",
                f.insats.as_str(),
                last_day(from, max)
            ),
        ));
    }
    Ok(())
}

/// The last day of a period of `months` months starting on `from`.
pub fn last_day(from: NaiveDate, months: u32) -> NaiveDate {
    add_months(from, months).pred_opt().unwrap_or(from)
}

/// K3 and K6: the ages of särskilt kvalificerad kontaktperson, from the guideline.
fn check_age_limits(f: &DecisionFacts) -> Result<(), Refusal> {
    let age = f.age_on_start;
    let i = f.intervention;
    match f.insats {
        InsatsType::KvalificeradLvu => {
            let too_old = i.max_age_exclusive.is_some_and(|max| age >= max);
            let too_young = i.min_age.is_some_and(|min| age < min);
            if too_old || (too_young && !f.crime_recorded) {
                return Err(Refusal::new(
                    Rule::K3,
                    format!(
                        "kvalificerad-lvu (without consent) is for young people from {} and \
                         under {} on the start date, or under {} with a recorded crime \
                         (--crime-recorded); this person is outside those ages",
                        show_age(i.min_age),
                        show_age(i.max_age_exclusive),
                        show_age(i.min_age)
                    ),
                ));
            }
        }
        InsatsType::KvalificeradSol => {
            if let Some(max) = i.max_age_exclusive
                && age >= max
            {
                return Err(Refusal::new(
                    Rule::K6,
                    format!(
                        "kvalificerad-sol is only for people under {max} on the start date; \
                         this person is {max} or older then"
                    ),
                ));
            }
        }
        _ => {}
    }
    Ok(())
}

fn show_age(a: Option<u32>) -> String {
    a.map(|a| a.to_string()).unwrap_or_else(|| "-".into())
}

/// K1 and K2: whose request or consent the grant rests on.
fn check_consent(f: &DecisionFacts) -> Result<ConsentBasis, Refusal> {
    match f.intervention.consent {
        ConsentModel::None => return Ok(ConsentBasis::NotNeeded),
        ConsentModel::Court => return Ok(ConsentBasis::Court),
        ConsentModel::Individual => {}
    }
    let s = f.settings;
    let age = f.age_on_start;
    let own = f.consent_self || f.requested_by == RequestedBy::Myself;
    let reason = f.override_reason.is_some_and(filled);

    if age >= s.consent_age {
        // From 15 the person's own request or consent, and nobody else's, counts.
        return if own {
            Ok(ConsentBasis::Own)
        } else {
            Err(Refusal::new(
                Rule::K1,
                format!(
                    "from {} the grant needs the person's own request or consent, and the case \
                     records neither (it is recorded with `apply --consent self`)",
                    s.consent_age
                ),
            ))
        };
    }

    // Since 2023 a child from 12 may consent alone, if suitable, with a documented reason.
    let child_may_consent = age >= s.child_consent_age && f.consent_self;
    if child_may_consent && reason {
        return Ok(ConsentBasis::ChildWithoutGuardians);
    }

    let guardian = f.consent_guardian || f.requested_by == RequestedBy::Guardian;
    if guardian && !f.guardian_objects {
        return Ok(ConsentBasis::Guardian);
    }
    if guardian && f.guardian_objects {
        // K2: one of two guardians objects: allowed with the other's consent and a reason.
        if f.guardians != Some(2) {
            return Err(Refusal::new(
                Rule::K2,
                "a guardian objects: deciding against a guardian's objection is allowed only \
                 when the child has two guardians and the other consents, and this case does \
                 not record two guardians",
            ));
        }
        if !reason {
            return Err(Refusal::new(
                Rule::K2,
                "one of the two guardians objects: the grant is allowed only with a documented \
                 reason why the child's best interest requires it, --override-objection TEXT",
            ));
        }
        return Ok(ConsentBasis::OneOfTwoGuardians);
    }
    if child_may_consent {
        return Err(Refusal::new(
            Rule::K1,
            format!(
                "the child (from {}) consents without the guardians: the grant is allowed only \
                 with a documented reason why it is suitable, --override-objection TEXT",
                s.child_consent_age
            ),
        ));
    }
    Err(Refusal::new(
        Rule::K1,
        format!(
            "under {} the grant needs the guardian's request or consent, and the case records \
             none (from {} the child's own consent with a documented reason also counts)",
            s.consent_age, s.child_consent_age
        ),
    ))
}

/// A3: help with finances is a bridge of at most a few months, kontaktperson SoL only.
fn check_economy(f: &DecisionFacts) -> Result<(), Refusal> {
    let (Some(Purpose::Economy), Some(from), Some(to)) = (f.purpose, f.from, f.to) else {
        return Ok(());
    };
    let max = f.settings.economy_max_months;
    if period_exceeds_months(from, to, max) {
        return Err(Refusal::new(
            Rule::A3,
            format!(
                "help with finances is only a temporary bridge of at most {max} months: from \
                 {from} the end date is at the latest {}; for a lasting need consider a power \
                 of attorney or a god man",
                last_day(from, max)
            ),
        ));
    }
    Ok(())
}

/// A2: more than the usual meetings a month for an older person suggests another intervention.
fn elderly_meetings(f: &DecisionFacts) -> Option<Warning> {
    let s = f.settings;
    let meetings = f.meetings_per_month?;
    if f.insats != InsatsType::KontaktpersonSol
        || f.age_on_start < s.elderly_age
        || meetings <= s.elderly_max_meetings_per_month
    {
        return None;
    }
    let usual = s.elderly_max_meetings_per_month;
    Some(Warning {
        rule: Rule::A2,
        message: format!(
            "A2: {meetings} meetings a month for a person {} or older; usually {usual} a month, \
             and a greater need suggests another intervention",
            s.elderly_age
        ),
        journal: format!(
            "Varning (A2): beslutet gäller {meetings} träffar per månad för en person som är {} år \
             eller äldre. Vanligtvis beviljas {usual} träffar per månad; överstiger behovet det \
             bör övervägas om behovet ska tillgodoses genom annan insats.",
            s.elderly_age
        ),
    })
}

fn filled(s: &str) -> bool {
    !s.trim().is_empty()
}

macro_rules! display_as_str {
    ($($t:ty),*) => {
        $(impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        })*
    };
}
display_as_str!(Outcome, DecisionStatus, Purpose);
