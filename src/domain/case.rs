//! Cases (ärenden): the intervention types, who asked, and the checks an application passes.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::consent::{Kind as ConsentKind, Party};
use crate::domain::identity::Reserve;
use crate::domain::pnr::{Pnr, Sex};
use crate::domain::rules::Rule;
use crate::error::{Refusal, refuse};

/// The intervention types of docs/cli.md (insatstyper), in the order docs/cli.md lists them.
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

/// Where a case stands (ärendets status). Every change of status goes through
/// [`CaseStatus::after`], the one place that says which moves are allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum CaseStatus {
    /// Registered, not yet assessed (ansökan).
    Application,
    /// The assessment is completed (utredd).
    Assessed,
    /// A grant is in force, not yet ordered (beviljad).
    Decided,
    /// Ordered from a provider (beställd).
    Ordered,
    /// The provider carries it out (verkställd).
    Executed,
    /// The intervention has ended (avslutad).
    Ended,
    /// The application was rejected (avslag).
    Rejected,
    /// The application was withdrawn and the case written off (avskrivet, F9).
    WrittenOff,
    /// Nothing is in force any more: the case is closed (avslutat ärende).
    Closed,
}

/// What moves a case on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseEvent {
    /// An assessment was completed.
    Assessed,
    /// A grant was decided; `carried_out` when an order is open (a change while the provider
    /// carries out the old grant).
    Granted { carried_out: bool },
    /// A rejection was decided; `carried_out` when an order is open.
    Rejected { carried_out: bool },
    /// The grant was ordered from a provider.
    Ordered,
    /// The order was executed: the assignment started.
    Executed,
    /// The intervention ended (E7).
    Ended,
    /// The applicant withdrew the application (F9).
    Withdrawn,
    /// The case is closed: nothing is in force.
    Closed,
    /// A written-off or closed case is taken up again, to where it stood.
    Reopened { to: CaseStatus },
}

impl CaseStatus {
    pub const ALL: [CaseStatus; 9] = [
        CaseStatus::Application,
        CaseStatus::Assessed,
        CaseStatus::Decided,
        CaseStatus::Ordered,
        CaseStatus::Executed,
        CaseStatus::Ended,
        CaseStatus::Rejected,
        CaseStatus::WrittenOff,
        CaseStatus::Closed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CaseStatus::Application => "application",
            CaseStatus::Assessed => "assessed",
            CaseStatus::Decided => "decided",
            CaseStatus::Ordered => "ordered",
            CaseStatus::Executed => "executed",
            CaseStatus::Ended => "ended",
            CaseStatus::Rejected => "rejected",
            CaseStatus::WrittenOff => "written_off",
            CaseStatus::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<CaseStatus> {
        CaseStatus::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// Nothing more will happen on the case unless a new decision is made (or it is reopened).
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            CaseStatus::Ended | CaseStatus::Rejected | CaseStatus::WrittenOff | CaseStatus::Closed
        )
    }

    /// As a caseworker reads it.
    pub fn swedish(self) -> &'static str {
        match self {
            CaseStatus::Application => "ansökan",
            CaseStatus::Assessed => "utredd",
            CaseStatus::Decided => "beviljad",
            CaseStatus::Ordered => "beställd",
            CaseStatus::Executed => "verkställd",
            CaseStatus::Ended => "avslutad insats",
            CaseStatus::Rejected => "avslag",
            CaseStatus::WrittenOff => "avskrivet",
            CaseStatus::Closed => "avslutat",
        }
    }

    /// The status after `event`. A rejection while the provider carries out a grant is refused
    /// (E6): ending an intervention is a follow-up's decision, with its own reasons (E7).
    pub fn after(self, event: CaseEvent) -> Result<CaseStatus, Refusal> {
        use CaseStatus as S;
        Ok(match event {
            // A new assessment of a decided case leaves the case where it is.
            CaseEvent::Assessed => match self {
                S::Application | S::Assessed => S::Assessed,
                other => other,
            },
            // A changed grant while the provider carries out the old one keeps the case where
            // it is.
            CaseEvent::Granted { carried_out: true } => self,
            CaseEvent::Granted { carried_out: false } => S::Decided,
            CaseEvent::Rejected { carried_out: true } => {
                return Err(Refusal::new(
                    Rule::E6,
                    "the case has an open order to a provider: a rejection cannot replace a \
                     grant that is being carried out",
                )
                .hint("end the intervention at follow-up: insats follow-up CASE --outcome end"));
            }
            CaseEvent::Rejected { carried_out: false } => S::Rejected,
            CaseEvent::Ordered => S::Ordered,
            CaseEvent::Executed => S::Executed,
            CaseEvent::Ended => S::Ended,
            // F9: an application not yet decided may be withdrawn; a decision in force ends at
            // follow-up (E7), and a rejection stands.
            CaseEvent::Withdrawn => match self {
                S::Application | S::Assessed => S::WrittenOff,
                S::WrittenOff | S::Closed => {
                    return Err(Refusal::new(
                        Rule::F9,
                        format!(
                            "the case is already {}: there is nothing to withdraw",
                            self.as_str()
                        ),
                    ));
                }
                _ => {
                    return Err(Refusal::new(
                        Rule::F9,
                        format!(
                            "only an application not yet decided can be withdrawn, and this \
                             case is {}",
                            self.as_str()
                        ),
                    )
                    .hint(
                        "an intervention the individual no longer wants ends at follow-up: \
                         insats follow-up CASE --outcome end --end-reason does-not-want",
                    ));
                }
            },
            CaseEvent::Closed => match self {
                S::Ended | S::Rejected | S::WrittenOff => S::Closed,
                S::Closed => {
                    return Err(Refusal::new(Rule::E7, "the case is already closed"));
                }
                S::Application | S::Assessed => {
                    return Err(Refusal::new(
                        Rule::F9,
                        "an application is decided or, when withdrawn, written off; it is not \
                         closed undecided",
                    )
                    .hint("insats withdraw CASE --date DATE --note TEXT"));
                }
                S::Decided | S::Ordered | S::Executed => {
                    return Err(Refusal::new(
                        Rule::E7,
                        "a grant is in force on the case: the intervention ends at follow-up \
                         before the case is closed",
                    )
                    .hint("insats follow-up CASE --outcome end --end-reason REASON --note TEXT"));
                }
            },
            CaseEvent::Reopened { to } => match self {
                S::WrittenOff | S::Closed => to,
                _ => {
                    return Err(Refusal::new(
                        Rule::G4,
                        format!(
                            "only a written-off or closed case is reopened, and this case is {}",
                            self.as_str()
                        ),
                    ));
                }
            },
        })
    }
}

impl std::fmt::Display for CaseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// Who applies: a person with a personnummer or samordningsnummer, or someone without one,
/// given a reserve number by the file (their birth date and sex are then given outright).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applicant {
    Numbered(Pnr),
    Unnumbered {
        born: NaiveDate,
        sex: Sex,
    },
    /// Someone without a number who already has a reserve number in the file.
    Reserve(Reserve),
}

impl Applicant {
    pub fn birth_date(&self) -> NaiveDate {
        match self {
            Applicant::Numbered(p) => p.birth_date(),
            Applicant::Unnumbered { born, .. } => *born,
            Applicant::Reserve(r) => r.birth_date(),
        }
    }

    pub fn sex(&self) -> Sex {
        match self {
            Applicant::Numbered(p) => p.sex(),
            Applicant::Unnumbered { sex, .. } => *sex,
            Applicant::Reserve(r) => r.sex(),
        }
    }

    pub fn age_on(&self, day: NaiveDate) -> u32 {
        crate::domain::dates::years_between(self.birth_date(), day)
    }
}

/// A guardian as the application names them (vårdnadshavare), so that letters can reach them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Guardian {
    pub name: Option<String>,
    pub address: Option<String>,
}

/// A new application (ansökan), checked and ready to store.
#[derive(Debug, Clone)]
pub struct Application {
    pub applicant: Applicant,
    pub name: String,
    pub insats: InsatsType,
    pub received: NaiveDate,
    /// Who asked, when the application says; nothing is assumed (K1).
    pub requested_by: Option<RequestedBy>,
    /// Consent and request facts, dated the day the application was received (K1, K2).
    pub consents: Vec<(Party, ConsentKind)>,
    /// A child's guardians: how many, and who.
    pub guardians: Option<u8>,
    pub guardian_details: [Guardian; 2],
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
        if self.received < self.applicant.birth_date() {
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
        let child = self.applicant.age_on(self.received) < 18;
        for (party, _) in &self.consents {
            match party.slot() {
                Some(_) if !child => anyhow::bail!(
                    "a guardian's consent is for a child under 18 on the received date: this \
                     person is an adult"
                ),
                Some(slot) if self.guardians.is_some_and(|g| slot > g) => anyhow::bail!(
                    "{} is recorded, but the child has {} guardian{}: check --guardians",
                    party.as_str(),
                    self.guardians.unwrap_or(1),
                    if self.guardians == Some(1) { "" } else { "s" }
                ),
                _ => {}
            }
        }
        Ok(())
    }
}

/// An age rule that already excludes the intervention on `day` (K3, K6): a warning at once when
/// the application is registered, and the assessment's recommendation (docs/rules.md, "Ages").
pub fn age_excludes(
    insats: InsatsType,
    max_age_exclusive: Option<u32>,
    age: u32,
) -> Option<(Rule, String)> {
    let max = max_age_exclusive?;
    let rule = match insats {
        InsatsType::KvalificeradLvu => Rule::K3,
        InsatsType::KvalificeradSol => Rule::K6,
        _ => return None,
    };
    (age >= max).then(|| {
        (
            rule,
            format!(
                "{} är för den som är under {max} år; den enskilde är {age} år",
                insats.swedish()
            ),
        )
    })
}

#[cfg(test)]
mod status_tests {
    use super::CaseEvent as E;
    use super::CaseStatus as S;
    use super::*;

    fn after(s: S, e: E) -> S {
        s.after(e).expect("allowed")
    }

    #[test]
    fn names_read_back() {
        for s in S::ALL {
            assert_eq!(S::parse(s.as_str()), Some(s));
        }
        assert_eq!(S::parse("open"), None);
    }

    #[test]
    fn an_assessment_moves_an_application_on_and_leaves_a_decided_case() {
        assert_eq!(after(S::Application, E::Assessed), S::Assessed);
        assert_eq!(after(S::Assessed, E::Assessed), S::Assessed);
        for s in [S::Decided, S::Ordered, S::Executed, S::Rejected, S::Ended] {
            assert_eq!(after(s, E::Assessed), s);
        }
    }

    #[test]
    fn a_grant_decides_the_case_unless_it_is_being_carried_out() {
        for s in [S::Application, S::Assessed, S::Decided, S::Rejected] {
            assert_eq!(after(s, E::Granted { carried_out: false }), S::Decided);
        }
        for s in [S::Ordered, S::Executed] {
            assert_eq!(after(s, E::Granted { carried_out: true }), s);
        }
    }

    /// E6: a grant being carried out ends at follow-up, not by a rejection.
    #[test]
    fn e6_a_rejection_while_carried_out_is_refused() {
        assert_eq!(
            after(S::Assessed, E::Rejected { carried_out: false }),
            S::Rejected
        );
        let r = S::Executed
            .after(E::Rejected { carried_out: true })
            .expect_err("refused");
        assert_eq!(r.rule, Rule::E6);
        assert!(r.hint.is_some_and(|h| h.contains("follow-up")));
    }

    /// F9: an undecided application is written off; anything decided is not.
    #[test]
    fn f9_only_an_undecided_application_is_written_off() {
        assert_eq!(after(S::Application, E::Withdrawn), S::WrittenOff);
        assert_eq!(after(S::Assessed, E::Withdrawn), S::WrittenOff);
        for s in [S::Decided, S::Ordered, S::Executed, S::Rejected, S::Ended] {
            let r = s.after(E::Withdrawn).expect_err("refused");
            assert_eq!(r.rule, Rule::F9, "{s}");
        }
    }

    #[test]
    fn a_case_closes_when_nothing_is_in_force_and_reopens_where_it_stood() {
        for s in [S::Ended, S::Rejected, S::WrittenOff] {
            assert_eq!(after(s, E::Closed), S::Closed);
        }
        assert_eq!(S::Executed.after(E::Closed).unwrap_err().rule, Rule::E7);
        assert_eq!(S::Application.after(E::Closed).unwrap_err().rule, Rule::F9);
        assert_eq!(after(S::Closed, E::Reopened { to: S::Ended }), S::Ended);
        assert_eq!(
            after(S::WrittenOff, E::Reopened { to: S::Assessed }),
            S::Assessed
        );
        assert!(S::Executed.after(E::Reopened { to: S::Assessed }).is_err());
        assert!(S::WrittenOff.is_closed() && S::Closed.is_closed());
    }

    #[test]
    fn ordering_executing_and_ending_move_the_case_on() {
        assert_eq!(after(S::Decided, E::Ordered), S::Ordered);
        assert_eq!(after(S::Ordered, E::Executed), S::Executed);
        assert_eq!(after(S::Executed, E::Ended), S::Ended);
        assert_eq!(after(S::Ordered, E::Ended), S::Ended);
        assert!(S::Ended.is_closed() && S::Rejected.is_closed() && !S::Executed.is_closed());
    }
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
display_as_str!(InsatsType, RequestedBy, Housing, crate::domain::pnr::Sex);

impl AsRef<str> for InsatsType {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
