//! The assessment (bedömning): answers to the guideline's questions, the child section, and the
//! recommendation they lead to. No SQL, no printing.
//!
//! Criteria give a recommendation, never a decision (G2): grant when every requirement holds and
//! no exclusion applies; otherwise reject, with each reason naming its rule.

use serde::{Deserialize, Serialize};

use crate::guideline::{Question, QuestionKind};

/// One answer to a yes/no question of the guideline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Answer {
    Yes,
    No,
    /// Not known yet: a reason to reject until it is found out.
    Unsure,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::No, Answer::Unsure];

    /// As stored in the file.
    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::Unsure => "unsure",
        }
    }

    pub fn parse(s: &str) -> Option<Answer> {
        Answer::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// As the caseworker reads it.
    pub fn swedish(self) -> &'static str {
        match self {
            Answer::Yes => "ja",
            Answer::No => "nej",
            Answer::Unsure => "osäker",
        }
    }

    /// As the answers document writes it: `true`, `false` or `"unsure"`.
    pub fn to_json(self) -> serde_json::Value {
        match self {
            Answer::Yes => serde_json::Value::Bool(true),
            Answer::No => serde_json::Value::Bool(false),
            Answer::Unsure => serde_json::Value::String("unsure".into()),
        }
    }

    /// Whether this answer supports a grant on `question` (an unsure answer never does).
    pub fn supports_grant(self, question: &Question) -> bool {
        self.supports_grant_if(question.grant_if)
    }

    /// Whether this answer supports a grant on a question whose granting answer is `grant_if`.
    pub fn supports_grant_if(self, grant_if: bool) -> bool {
        match self {
            Answer::Yes => grant_if,
            Answer::No => !grant_if,
            Answer::Unsure => false,
        }
    }
}

/// The recommendation of a completed assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Recommendation {
    Grant,
    Reject,
}

impl Recommendation {
    pub fn as_str(self) -> &'static str {
        match self {
            Recommendation::Grant => "grant",
            Recommendation::Reject => "reject",
        }
    }

    pub fn parse(s: &str) -> Option<Recommendation> {
        match s {
            "grant" => Some(Recommendation::Grant),
            "reject" => Some(Recommendation::Reject),
            _ => None,
        }
    }

    pub fn swedish(self) -> &'static str {
        match self {
            Recommendation::Grant => "bevilja",
            Recommendation::Reject => "avslå",
        }
    }
}

/// One reason for the recommendation, naming the rule it rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    pub rule: String,
    pub text: String,
}

/// The child section (C1, C2): the child's view in the child's own words and how the conversation
/// was held, or why the child was not heard; and the caseworker's note on age and maturity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildSection {
    pub heard: Option<bool>,
    pub own_words: String,
    pub how: String,
    pub maturity: String,
    pub not_heard_reason: String,
}

impl ChildSection {
    /// Every gap, one line each, with its field path (empty when the section is complete).
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let blank = |s: &str| s.trim().is_empty();
        match self.heard {
            None => problems.push(
                "child.heard: say whether the child was heard: true or false (C1)".to_string(),
            ),
            Some(true) => {
                if blank(&self.own_words) {
                    problems.push(
                        "child.own_words: write what the child said, in the child's own words (C1)"
                            .to_string(),
                    );
                }
                if blank(&self.how) {
                    problems.push(
                        "child.how: write how the conversation with the child was held (C1)"
                            .to_string(),
                    );
                }
                if blank(&self.maturity) {
                    problems.push(
                        "child.maturity: write your note on the child's age and maturity (C2)"
                            .to_string(),
                    );
                }
            }
            Some(false) => {
                if blank(&self.not_heard_reason) {
                    problems.push(
                        "child.not_heard_reason: write why the child was not heard (C1)"
                            .to_string(),
                    );
                }
            }
        }
        problems
    }
}

/// The outcome of the criteria: the recommendation and its reasons, by rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub recommendation: Recommendation,
    pub reasons: Vec<Reason>,
}

/// Grant when every requirement holds and no exclusion applies; otherwise reject.
///
/// A rejection gives one reason per question that speaks against a grant, in question order.
/// "Unsure" speaks against a grant on any question: a requirement not shown to hold does not
/// hold, and an exclusion not shown to be absent may apply. A grant gives one reason per rule,
/// saying that all its criteria are met.
pub fn recommend(answered: &[(&Question, Answer)]) -> Outcome {
    let against: Vec<Reason> = answered
        .iter()
        .filter(|(q, a)| q.kind != QuestionKind::Information && !a.supports_grant(q))
        .map(|(q, a)| Reason {
            rule: q.rule.clone(),
            text: reason_text(q, *a),
        })
        .collect();
    if !against.is_empty() {
        return Outcome {
            recommendation: Recommendation::Reject,
            reasons: against,
        };
    }
    let mut rules: Vec<(&str, usize)> = Vec::new();
    for (q, _) in answered
        .iter()
        .filter(|(q, _)| q.kind != QuestionKind::Information)
    {
        match rules.iter_mut().find(|(r, _)| *r == q.rule) {
            Some((_, n)) => *n += 1,
            None => rules.push((&q.rule, 1)),
        }
    }
    Outcome {
        recommendation: Recommendation::Grant,
        reasons: rules
            .into_iter()
            .map(|(rule, n)| Reason {
                rule: rule.to_string(),
                text: if n == 1 {
                    "Kriteriet är uppfyllt.".to_string()
                } else {
                    format!("Samtliga {n} kriterier är uppfyllda.")
                },
            })
            .collect(),
    }
}

/// Why one answer speaks against a grant, in Swedish.
fn reason_text(q: &Question, a: Answer) -> String {
    let text = q.text.trim();
    match (a, q.kind) {
        (Answer::Unsure, _) => {
            format!("Oklart, behöver utredas innan insatsen kan beviljas: {text} (svar: osäker)")
        }
        (_, QuestionKind::Requirement) => {
            format!("Kriteriet är inte uppfyllt: {text} (svar: {})", a.swedish())
        }
        (_, QuestionKind::Exclusion) => {
            format!("Hinder för insatsen: {text} (svar: {})", a.swedish())
        }
        (_, QuestionKind::Information) => {
            format!(
                "Information till den enskilde: {text} (svar: {})",
                a.swedish()
            )
        }
    }
}

/// The journal entry of a completed assessment (G4), in Swedish: the guideline, the
/// recommendation, the reasons by rule, and whether the child was heard (C1).
pub fn journal_text(
    guideline_label: &str,
    outcome: &Outcome,
    child: Option<&ChildSection>,
    superseded: &[i64],
) -> String {
    let mut text = format!(
        "Bedömning enligt riktlinjen {guideline_label} slutförd. Rekommendation: {}.",
        outcome.recommendation.swedish()
    );
    let reasons: Vec<String> = outcome
        .reasons
        .iter()
        .map(|r| format!("{}: {}", r.rule, r.text))
        .collect();
    if !reasons.is_empty() {
        text.push_str(&format!(" Skäl: {}", reasons.join(" ")));
    }
    match child.and_then(|c| c.heard) {
        Some(true) => {
            text.push_str(" Barnet har hörts och barnets synpunkter är dokumenterade (C1).")
        }
        Some(false) => text.push_str(" Barnet har inte hörts; skälet är dokumenterat (C1)."),
        None => {}
    }
    if !superseded.is_empty() {
        let ids: Vec<String> = superseded.iter().map(|i| format!("#{i}")).collect();
        text.push_str(&format!(" Ersätter bedömning {}.", ids.join(", ")));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(id: &str, rule: &str, grant_if: bool, kind: QuestionKind) -> Question {
        Question {
            id: id.into(),
            rule: rule.into(),
            text: format!("Fråga {id}?"),
            help: String::new(),
            grant_if,
            kind,
            when: None,
        }
    }

    #[test]
    fn every_requirement_held_and_no_exclusion_grants_with_reasons_by_rule() {
        let a = q("a", "A1", true, QuestionKind::Requirement);
        let b = q("b", "A1", false, QuestionKind::Requirement);
        let c = q("c", "K5", true, QuestionKind::Requirement);
        let x = q("x", "A3", false, QuestionKind::Exclusion);
        let out = recommend(&[
            (&a, Answer::Yes),
            (&b, Answer::No),
            (&c, Answer::Yes),
            (&x, Answer::No),
        ]);
        assert_eq!(out.recommendation, Recommendation::Grant);
        let rules: Vec<&str> = out.reasons.iter().map(|r| r.rule.as_str()).collect();
        assert_eq!(rules, ["A1", "K5", "A3"]);
        assert!(out.reasons[0].text.contains('2'));
    }

    #[test]
    fn a_failed_requirement_rejects_naming_its_rule() {
        let a = q("a", "A1", true, QuestionKind::Requirement);
        let c = q("c", "K5", true, QuestionKind::Requirement);
        let out = recommend(&[(&a, Answer::Yes), (&c, Answer::No)]);
        assert_eq!(out.recommendation, Recommendation::Reject);
        assert_eq!(out.reasons.len(), 1);
        assert_eq!(out.reasons[0].rule, "K5");
        assert!(out.reasons[0].text.contains("inte uppfyllt"));
        assert!(out.reasons[0].text.contains("Fråga c?"));
    }

    #[test]
    fn an_exclusion_that_applies_rejects() {
        let x = q("x", "A3", false, QuestionKind::Exclusion);
        let out = recommend(&[(&x, Answer::Yes)]);
        assert_eq!(out.recommendation, Recommendation::Reject);
        assert!(out.reasons[0].text.starts_with("Hinder"));
    }

    #[test]
    fn unsure_rejects_until_resolved_on_requirements_and_exclusions() {
        let a = q("a", "A7", true, QuestionKind::Requirement);
        let x = q("x", "A7", false, QuestionKind::Exclusion);
        let out = recommend(&[(&a, Answer::Unsure), (&x, Answer::Unsure)]);
        assert_eq!(out.recommendation, Recommendation::Reject);
        assert_eq!(out.reasons.len(), 2);
        assert!(out.reasons.iter().all(|r| r.text.starts_with("Oklart")));
    }

    #[test]
    fn every_failing_question_is_a_reason_in_question_order() {
        let a = q("a", "A1", true, QuestionKind::Requirement);
        let b = q("b", "A8", true, QuestionKind::Requirement);
        let c = q("c", "K5", true, QuestionKind::Requirement);
        let out = recommend(&[(&a, Answer::No), (&b, Answer::Yes), (&c, Answer::Unsure)]);
        let rules: Vec<&str> = out.reasons.iter().map(|r| r.rule.as_str()).collect();
        assert_eq!(rules, ["A1", "K5"]);
    }

    #[test]
    fn c1_c2_child_section_needs_own_words_and_how_or_a_reason() {
        let empty = ChildSection::default();
        assert_eq!(empty.problems().len(), 1);
        assert!(empty.problems()[0].contains("child.heard"));

        let heard = ChildSection {
            heard: Some(true),
            ..ChildSection::default()
        };
        let p = heard.problems();
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(p[0].contains("own_words") && p[0].contains("C1"));
        assert!(p[1].contains("how") && p[1].contains("C1"));
        assert!(p[2].contains("maturity") && p[2].contains("C2"));

        let not_heard = ChildSection {
            heard: Some(false),
            not_heard_reason: "  ".into(),
            ..ChildSection::default()
        };
        assert_eq!(not_heard.problems().len(), 1);

        let complete = ChildSection {
            heard: Some(false),
            not_heard_reason: "Barnet är två år.".into(),
            ..ChildSection::default()
        };
        assert!(complete.problems().is_empty());
    }

    #[test]
    fn answers_read_and_write_their_stored_forms() {
        for a in Answer::ALL {
            assert_eq!(Answer::parse(a.as_str()), Some(a));
        }
        assert_eq!(Answer::parse("maybe"), None);
        assert_eq!(Answer::Unsure.to_json(), serde_json::json!("unsure"));
    }

    #[test]
    fn the_journal_text_names_recommendation_reasons_child_and_superseded() {
        let a = q("a", "A1", true, QuestionKind::Requirement);
        let out = recommend(&[(&a, Answer::No)]);
        let child = ChildSection {
            heard: Some(false),
            not_heard_reason: "För ung.".into(),
            ..ChildSection::default()
        };
        let text = journal_text("standard 2026.1", &out, Some(&child), &[3]);
        assert!(text.contains("standard 2026.1"));
        assert!(text.contains("Rekommendation: avslå"));
        assert!(text.contains("A1: Kriteriet är inte uppfyllt"));
        assert!(text.contains("Barnet har inte hörts"));
        assert!(text.contains("#3"));
    }
}
