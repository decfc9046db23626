//! Assessing (utredning och bedömning): answers are saved as they are given, and completing an
//! assessment ends in a recommendation with its reasons by rule (G2: a recommendation, never a
//! decision). The interactive walk (`cmd::assess`) and an answers document both come here.

use anyhow::{Result, anyhow, bail};
use chrono::NaiveDate;

use crate::domain::answers::Filled;
use crate::domain::assessment::{
    Answer, ChildSection, Outcome, Reason, Recommendation, journal_text, recommend,
};
use crate::domain::case::{CaseEvent, CaseStatus, age_excludes};
use crate::guideline::{Facts, Guideline, Question};
use crate::store::assessment::{self as store_assessment, AssessmentRow};
use crate::store::cases::{CaseRow, advance, get_case};
use crate::store::guideline as store_guideline;
use crate::store::journal::{EntryKind, append_dated};
use crate::store::people::get_person;
use crate::store::{Db, Tx};

/// What the assessment needs to know about the case.
pub struct CaseFacts {
    pub case: CaseRow,
    pub age: u32,
    /// Under the guideline's adult age on the day (C1, C2).
    pub child: bool,
    /// The age the intervention is for people under (K3, K6), as the guideline sets it.
    pub age_limit: Option<u32>,
}

impl CaseFacts {
    pub fn load(conn: &Db, case_id: i64, today: NaiveDate) -> Result<CaseFacts> {
        let case = get_case(conn, case_id)?;
        let person = get_person(conn, case.person_id)?;
        let age = person.pnr()?.age_on(today);
        Ok(CaseFacts {
            case,
            age,
            child: false,
            age_limit: None,
        })
    }

    /// The facts a guideline's `when` conditions read; sets `child` by the guideline's age.
    pub fn for_guideline(&mut self, g: &Guideline) -> Facts {
        self.child = self.age < g.settings.adult_age;
        self.age_limit = g
            .intervention(self.case.insats)
            .and_then(|i| i.max_age_exclusive);
        Facts {
            age: self.age,
            housing: self.case.housing.as_str().to_owned(),
        }
    }
}

/// The guideline an assessment rests on: an in-progress assessment's own, else the one a new
/// assessment would use (read without storing anything).
pub fn basis(conn: &Db, in_progress: Option<&AssessmentRow>) -> Result<(Guideline, Option<i64>)> {
    Ok(match in_progress {
        Some(a) => (
            std::rc::Rc::unwrap_or_clone(store_guideline::load(conn, a.guideline_id)?.guideline),
            Some(a.guideline_id),
        ),
        None => match store_guideline::current(conn)? {
            Some(s) => (std::rc::Rc::unwrap_or_clone(s.guideline), Some(s.id)),
            None => (Guideline::builtin().clone(), None),
        },
    })
}

/// What completing an assessment wrote.
#[derive(Debug, Clone)]
pub struct Finished {
    pub assessment_id: i64,
    pub outcome: Outcome,
    pub superseded: Vec<i64>,
    pub journal_entry: i64,
    pub case_status: CaseStatus,
}

/// Completes an assessment inside a write: the recommendation from the answers, earlier
/// assessments superseded, the case moved to 'assessed' (from 'application' or 'assessed'
/// only), and a journal entry with the recommendation and its reasons by rule (G4).
pub fn finish(
    tx: &Tx,
    facts: &CaseFacts,
    assessment_id: i64,
    guideline_label: &str,
    answered: &[(&Question, Answer)],
    child: Option<&ChildSection>,
    day: NaiveDate,
) -> Result<Finished> {
    if facts.child {
        let gaps = child.map(ChildSection::problems).unwrap_or_else(|| {
            vec!["child: the child's view or why the child was not heard (C1)".into()]
        });
        if !gaps.is_empty() {
            bail!("the child section is not complete: {}", gaps.join("; "));
        }
    }
    let mut outcome = recommend(answered);
    // An age rule that already excludes the intervention decides the recommendation: a lawful
    // rejection then follows it and needs no deviation reason (docs/rules.md, "Ages").
    if let Some((rule, text)) = age_excludes(facts.case.insats, facts.age_limit, facts.age) {
        outcome.recommendation = Recommendation::Reject;
        outcome.reasons.insert(
            0,
            Reason {
                rule: rule.id().to_owned(),
                text: format!("{}.", crate::domain::text::capitalized(&text)),
            },
        );
    }
    let superseded = store_assessment::complete(
        tx,
        assessment_id,
        outcome.recommendation,
        &outcome.reasons,
        day,
    )?;
    let case_id = facts.case.case_id;
    let case_status = advance(tx, case_id, CaseEvent::Assessed)?;
    let text = journal_text(
        guideline_label,
        &outcome,
        child.filter(|_| facts.child),
        &superseded,
    );
    let journal_entry = append_dated(tx, case_id, EntryKind::Event, &text, day)?;
    Ok(Finished {
        assessment_id,
        outcome,
        superseded,
        journal_entry,
        case_status,
    })
}

/// Saves a filled answers document (already checked against `questions`) and completes the
/// assessment: the one in progress, or a new one on the guideline in use, which must still be
/// the one the document was written for.
pub fn record_answers(
    tx: &Tx,
    facts: &CaseFacts,
    in_progress: Option<&AssessmentRow>,
    label: &str,
    questions: &[&Question],
    filled: &Filled,
    today: NaiveDate,
) -> Result<Finished> {
    let case_id = facts.case.case_id;
    let assessment_id = match in_progress {
        Some(a) => a.assessment_id,
        None => {
            let g = store_guideline::ensure_active(tx)?;
            if g.guideline.label() != label {
                bail!(
                    "the guideline in use changed while the document was read: print a new one with --template"
                );
            }
            store_assessment::start(tx, case_id, g.id, today)?
        }
    };
    let mut answered = Vec::with_capacity(questions.len());
    for q in questions {
        let (answer, note) = filled
            .answers
            .get(&q.id)
            .ok_or_else(|| anyhow!("question '{}' has no answer", q.id))?;
        store_assessment::save_answer(tx, assessment_id, &q.id, &q.rule, *answer, note)?;
        answered.push((*q, *answer));
    }
    if let Some(child) = &filled.child {
        store_assessment::save_child(tx, assessment_id, child)?;
    }
    finish(
        tx,
        facts,
        assessment_id,
        label,
        &answered,
        filled.child.as_ref(),
        today,
    )
}
