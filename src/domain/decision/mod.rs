//! Decisions (beslut): the legal limits a decision must respect, each under its rule ID of
//! docs/rules.md. Plain facts in, the first refusal or the warnings out; no SQL, no printing.
//!
//! The checks run in a fixed order (G6, G1, D1, C1, K4, K3, K6, K1/K2, A3, G2), so that the
//! caseworker meets the most basic problem first; A2 only warns.

#[cfg(test)]
mod consent_tests;
mod record;
#[cfg(test)]
mod tests;

pub use record::{Decision, hours_sv, sentence};

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::case::InsatsType;
use crate::domain::consent::{Consents, Party, Stand};
use chrono::Datelike;

use crate::domain::dates::{add_months, period_exceeds_months, years_between};
use crate::domain::rules::Rule;
use crate::domain::text::filled;
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
    /// The day the decision is made: every age rule is judged on it (docs/rules.md, "Ages").
    pub decided: NaiveDate,
    pub birth_date: NaiveDate,
    /// Consent and request as recorded (K1, K2).
    pub consents: &'a Consents,
    pub guardians: Option<u8>,
    /// The guardians' names, for a refusal that names the one who objects (K2).
    pub guardian_names: [Option<&'a str>; 2],
    pub court_ref: Option<&'a str>,
    /// One of the guardians objects, said on the command line (K2); a recorded refusal counts
    /// too.
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

impl DecisionFacts<'_> {
    /// The person's age on the day of the decision.
    pub fn age(&self) -> u32 {
        years_between(self.birth_date, self.decided)
    }

    /// The court sets the period of umgängesstöd (K4), and the committee executes it as set.
    fn court_ordered(&self) -> bool {
        self.intervention.consent == ConsentModel::Court
    }
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
        check_not_backdated(f)?;
        check_period(f)?;
        // D1: a grant states its overall goals.
        if !f.goals.iter().any(|g| filled(g)) {
            return Err(Refusal::new(
                Rule::D1,
                "a grant states the intervention's overall goals: add at least one --goal TEXT",
            ));
        }
    }

    // C1: the child's view, whenever the person is a child on the decision date.
    let child = f.age() < f.settings.adult_age;
    if child && !f.assessment.is_some_and(|a| a.child.is_recorded()) {
        return Err(Refusal::new(
            Rule::C1,
            "a decision on a child's case needs the child's view in the assessment: what the \
             child said in its own words and how the conversation was held, or why the child \
             was not heard",
        ));
    }

    // K4: umgängesstöd only on a court's decision (the file enforces it too), which the
    // committee carries out and cannot reject.
    if f.insats == InsatsType::Umgangesstod && !f.court_ref.is_some_and(filled) {
        return Err(Refusal::new(
            Rule::K4,
            "umgängesstöd is decided by a court only, and this case has no court reference",
        ));
    }
    if f.insats == InsatsType::Umgangesstod && !grant {
        return Err(Refusal::new(
            Rule::K4,
            "umgängesstöd is decided by the court: the committee appoints the person and \
             carries out the judgment, and cannot reject it",
        )
        .hint("record the court's judgment: insats decide CASE --grant --from DATE --to DATE --hours N --goal TEXT, with the period the court set"));
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

/// G7: a decision is never back-dated: a grant starts on or after the day it is made. The
/// period a court sets (K4) is recorded as the court set it.
fn check_not_backdated(f: &DecisionFacts) -> Result<(), Refusal> {
    match f.from {
        Some(from) if from < f.decided && !f.court_ordered() => Err(Refusal::new(
            Rule::G7,
            format!(
                "a decision is never back-dated: the grant cannot start on {from}, before the \
                 day it is decided ({})",
                f.decided
            ),
        )
        .hint(format!("give --from {} or later", f.decided))),
        _ => Ok(()),
    }
}

/// K3 and K6: the ages of särskilt kvalificerad kontaktperson, from the guideline, judged on the
/// decision date; a grant under an age band ends at the latest the day before the birthday that
/// closes it.
fn check_age_limits(f: &DecisionFacts) -> Result<(), Refusal> {
    let age = f.age();
    let i = f.intervention;
    let (rule, max) = match f.insats {
        InsatsType::KvalificeradLvu => {
            let too_old = i.max_age_exclusive.is_some_and(|max| age >= max);
            let too_young = i.min_age.is_some_and(|min| age < min);
            if too_old || (too_young && !f.crime_recorded) {
                return Err(Refusal::new(
                    Rule::K3,
                    format!(
                        "kvalificerad-lvu (without consent) is for young people from {} and \
                         under {} on the day of the decision, or under {} with a recorded crime \
                         (--crime-recorded); this person is outside those ages",
                        show_age(i.min_age),
                        show_age(i.max_age_exclusive),
                        show_age(i.min_age)
                    ),
                ));
            }
            (Rule::K3, i.max_age_exclusive)
        }
        InsatsType::KvalificeradSol => {
            if let Some(max) = i.max_age_exclusive
                && age >= max
            {
                return Err(Refusal::new(
                    Rule::K6,
                    format!(
                        "kvalificerad-sol is only for people under {max} on the day of the \
                         decision; this person is {max} or older then"
                    ),
                ));
            }
            (Rule::K6, i.max_age_exclusive)
        }
        _ => return Ok(()),
    };
    if let (Some(max), Some(to)) = (max, f.to) {
        let latest = day_before_birthday(f.birth_date, max);
        if to > latest {
            return Err(Refusal::new(
                rule,
                format!(
                    "the grant is for people under {max}: it ends at the latest on {latest}, \
                     the day before the {max}th birthday"
                ),
            )
            .hint(format!("give --to {latest} or earlier")));
        }
    }
    Ok(())
}

/// The last day before someone born on `birth` turns `age` (born on 29 February: the birthday
/// in other years is 1 March, so the day before is 28 February).
pub fn day_before_birthday(birth: NaiveDate, age: u32) -> NaiveDate {
    let year = birth.year() + age as i32;
    let birthday = NaiveDate::from_ymd_opt(year, birth.month(), birth.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
        .unwrap_or(birth);
    birthday.pred_opt().unwrap_or(birthday)
}

fn show_age(a: Option<u32>) -> String {
    a.map(|a| a.to_string()).unwrap_or_else(|| "-".into())
}

/// K1 and K2: whose request or consent the grant rests on, as recorded on the decision date.
fn check_consent(f: &DecisionFacts) -> Result<ConsentBasis, Refusal> {
    match f.intervention.consent {
        ConsentModel::None => return Ok(ConsentBasis::NotNeeded),
        ConsentModel::Court => return Ok(ConsentBasis::Court),
        ConsentModel::Individual => {}
    }
    let s = f.settings;
    let age = f.age();
    let on = f.decided;
    let own = f.consents.agrees(Party::Myself, on);
    let reason = f.override_reason.is_some_and(filled);
    let record_own = "record it with: insats consent CASE --by self --given DATE";

    if age >= s.consent_age {
        // From 15 the person's own request or consent, and nobody else's, counts.
        return if own {
            Ok(ConsentBasis::Own)
        } else {
            Err(Refusal::new(
                Rule::K1,
                format!(
                    "from {} the grant needs the person's own request or consent, and none is \
                     recorded for the day of the decision",
                    s.consent_age
                ),
            )
            .hint(record_own))
        };
    }

    // Since 2023 a child from 12 may consent alone, if suitable, with a documented reason.
    let child_may_consent = age >= s.child_consent_age && own;
    if child_may_consent && reason {
        return Ok(ConsentBasis::ChildWithoutGuardians);
    }

    // The file's count, or the guardians the facts name.
    let named = f.consents.facts.iter().filter_map(|x| x.by.slot()).max();
    let Some(count) = f.guardians.or(named) else {
        if f.guardian_objects {
            return Err(Refusal::new(
                Rule::K2,
                "a guardian objects: deciding against a guardian's objection is allowed only \
                 when the child has two guardians and the other consents, and the file records \
                 no guardians",
            ));
        }
        return Err(Refusal::new(
            Rule::K1,
            format!(
                "under {} the grant needs the guardians' request or consent, and the file \
                 records no guardians for this child",
                s.consent_age
            ),
        )
        .hint("record them with: insats person update PNR --guardians 1|2 --guardian-1 NAME --note TEXT"));
    };
    guardians_consent(f, count, reason, child_may_consent)
}

/// K1 and K2 under the consent age: the guardians' consent, one objecting of two (K2), or the
/// child's own from 12 (K1).
fn guardians_consent(
    f: &DecisionFacts,
    count: u8,
    reason: bool,
    child_may_consent: bool,
) -> Result<ConsentBasis, Refusal> {
    let s = f.settings;
    let on = f.decided;
    let slots: Vec<Party> = (1..=count).filter_map(Party::guardian).collect();
    let agreeing: Vec<Party> = slots
        .iter()
        .copied()
        .filter(|p| f.consents.agrees(*p, on))
        .collect();
    let objecting: Vec<Party> = slots
        .iter()
        .copied()
        .filter(|p| f.consents.stand(*p, on) == Stand::Objects)
        .collect();
    let objects = f.guardian_objects || !objecting.is_empty();

    if agreeing.len() == slots.len() && !objects {
        return Ok(ConsentBasis::Guardian);
    }
    if !agreeing.is_empty() {
        // K2: of two guardians, one agrees and the other objects or stays away.
        let other = slots
            .iter()
            .copied()
            .find(|p| !agreeing.contains(p))
            .or(objecting.first().copied());
        let who = other
            .map(|p| self::guardian_named(f, p))
            .unwrap_or_else(|| "one of the guardians".to_string());
        if count != 2 {
            return Err(Refusal::new(
                Rule::K2,
                "a guardian objects: deciding against a guardian's objection is allowed only \
                 when the child has two guardians and the other consents, and this child has \
                 one",
            ));
        }
        if !reason {
            let stand = match other.map(|p| f.consents.stand(p, on)) {
                Some(Stand::Objects) => "objects",
                _ if f.guardian_objects => "objects",
                _ => "has not consented",
            };
            return Err(Refusal::new(
                Rule::K2,
                format!(
                    "{who} {stand}: with two guardians the grant is allowed on one guardian's \
                     consent only with a documented reason why the child's best interest \
                     requires it"
                ),
            )
            .hint("give the reason with --override-objection TEXT"));
        }
        return Ok(ConsentBasis::OneOfTwoGuardians);
    }
    if child_may_consent {
        return Err(Refusal::new(
            Rule::K1,
            format!(
                "the child (from {}) consents without the guardians: the grant is allowed only \
                 with a documented reason why it is suitable",
                s.child_consent_age
            ),
        )
        .hint("give the reason with --override-objection TEXT"));
    }
    Err(Refusal::new(
        Rule::K1,
        format!(
            "under {} the grant needs the guardian's request or consent, and none is recorded \
             for the day of the decision (from {} the child's own consent with a documented \
             reason also counts)",
            s.consent_age, s.child_consent_age
        ),
    )
    .hint("record it with: insats consent CASE --by guardian-1 --given DATE"))
}

/// "guardian 2 (Karin Berg)", or "guardian 2" when the file has no name.
fn guardian_named(f: &DecisionFacts, p: Party) -> String {
    let slot = p.slot().unwrap_or(1);
    match f.guardian_names[usize::from(slot - 1)] {
        Some(name) => format!("guardian {slot} ({name})"),
        None => format!("guardian {slot}"),
    }
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
        || f.age() < s.elderly_age
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
