//! What `assess` prints: the completed assessment, the answers document, or a walk left
//! unfinished.

use std::io::{self, Write};

use anyhow::Result;
use serde::Serialize;

use crate::act::assess::{CaseFacts, Finished};
use crate::domain::assessment::{Answer, ChildSection, Reason, Recommendation};
use crate::guideline::{Guideline, Question};
use crate::json_by_serde;
use crate::prompt::hang;
use crate::render::{Output, Style, bold};
use crate::store::Db;
use crate::store::assessment as store_assessment;

/// One question with its answer, as the result shows it.
#[derive(Debug, Clone, Serialize)]
pub struct AnswerView {
    pub id: String,
    pub rule: String,
    pub text: String,
    pub grant_if: bool,
    /// `true` (yes), `false` (no) or `"unsure"`, as in the answers document.
    pub answer: serde_json::Value,
    pub note: String,
    #[serde(skip)]
    pub given: Answer,
}

/// A completed assessment.
#[derive(Debug, Serialize)]
pub struct Assessed {
    pub case_id: i64,
    pub assessment_id: i64,
    pub status: &'static str,
    pub recommendation: Recommendation,
    pub reasons: Vec<Reason>,
    pub insats: crate::domain::case::InsatsType,
    pub age: u32,
    /// The guideline's label ("id version").
    pub guideline: String,
    pub guideline_id: i64,
    pub guideline_hash: String,
    pub answers: Vec<AnswerView>,
    pub child: Option<ChildSection>,
    /// Earlier assessments of the case, now superseded (kept in the history).
    pub superseded: Vec<i64>,
    pub case_status: crate::domain::case::CaseStatus,
    pub journal_entry: i64,
}

impl Assessed {
    pub fn load(
        conn: &Db,
        facts: &CaseFacts,
        guideline: &Guideline,
        questions: &[&Question],
        done: Finished,
    ) -> Result<Assessed> {
        let row = store_assessment::get(conn, done.assessment_id)?;
        let saved = store_assessment::answers(conn, done.assessment_id)?;
        let answers = questions
            .iter()
            .filter_map(|q| {
                saved.get(&q.id).map(|a| AnswerView {
                    id: q.id.clone(),
                    rule: q.rule.clone(),
                    text: q.text.clone(),
                    grant_if: q.grant_if,
                    answer: a.answer.to_json(),
                    note: a.note.clone(),
                    given: a.answer,
                })
            })
            .collect();
        Ok(Assessed {
            case_id: facts.case.case_id,
            assessment_id: done.assessment_id,
            status: "completed",
            recommendation: done.outcome.recommendation,
            reasons: done.outcome.reasons,
            insats: facts.case.insats,
            age: facts.age,
            guideline: guideline.label(),
            guideline_id: row.guideline_id,
            guideline_hash: guideline.content_hash(),
            answers,
            child: facts.child.then(|| row.child.section()),
            superseded: done.superseded,
            case_status: done.case_status,
            journal_entry: done.journal_entry,
        })
    }
}

impl Output for Assessed {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        writeln!(
            w,
            "{}",
            bold(
                &format!(
                    "Ärende {} · bedömning #{} slutförd · riktlinje {}",
                    self.case_id, self.assessment_id, self.guideline
                ),
                style
            )
        )?;
        write_summary(w, &self.answers, self.recommendation, &self.reasons, style)?;
        if let Some(c) = &self.child {
            write_child(w, c)?;
        }
        for id in &self.superseded {
            writeln!(w, "bedömning #{id} är ersatt (finns kvar i historiken)")?;
        }
        writeln!(
            w,
            "ärendets status: {} · journalanteckning #{}",
            self.case_status, self.journal_entry
        )
    }
}

/// The answers (with the questions' texts), the recommendation and its reasons by rule, wrapped
/// at word boundaries to the terminal's width (the walk shows the same before the caseworker
/// confirms).
pub fn write_summary(
    w: &mut dyn Write,
    answers: &[AnswerView],
    recommendation: Recommendation,
    reasons: &[Reason],
    style: Style,
) -> io::Result<()> {
    let width = crate::prompt::width();
    for (i, a) in answers.iter().enumerate() {
        let speaks = if a.given.supports_grant_if(a.grant_if) {
            "bevilja"
        } else {
            "avslå"
        };
        let prefix = format!("{:>2}. {:<3} ", i + 1, a.rule);
        writeln!(w, "{}", hang(&prefix, &a.text, width))?;
        let mut line = format!("svar: {} · talar för: {speaks}", a.given.swedish());
        if !a.note.trim().is_empty() {
            line.push_str(&format!(" · anteckning: {}", a.note.trim()));
        }
        writeln!(w, "{}", hang(&" ".repeat(prefix.len()), &line, width))?;
    }
    writeln!(
        w,
        "{}",
        bold(
            &format!("Rekommendation: {}", recommendation.swedish()),
            style
        )
    )?;
    writeln!(w, "Skäl per regel:")?;
    for r in reasons {
        writeln!(w, "{}", hang(&format!("  {:<3} ", r.rule), &r.text, width))?;
    }
    Ok(())
}

/// The child section (C1, C2) as the caseworker wrote it.
pub fn write_child(w: &mut dyn Write, c: &ChildSection) -> io::Result<()> {
    let width = crate::prompt::width();
    let (heading, fields) = match c.heard {
        Some(true) => (
            "Barnet har hörts (C1):",
            vec![
                ("egna ord", c.own_words.as_str()),
                ("samtalet", c.how.as_str()),
                ("ålder och mognad", c.maturity.as_str()),
            ],
        ),
        _ => {
            let mut f = vec![("varför", c.not_heard_reason.as_str())];
            if !c.maturity.is_empty() {
                f.push(("ålder och mognad", c.maturity.as_str()));
            }
            ("Barnet har inte hörts (C1):", f)
        }
    };
    writeln!(w, "{heading}")?;
    for (label, text) in fields {
        writeln!(w, "{}", hang(&format!("  {label:<17}"), text, width))?;
    }
    Ok(())
}

/// The answers document to fill in (JSON either way; the human form keeps docs/cli.md's order).
pub struct Template {
    pub value: serde_json::Value,
    pub text: String,
}

impl Output for Template {
    fn json(&self) -> serde_json::Value {
        self.value.clone()
    }
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(w, "{}", self.text)
    }
}

/// A walk that ended without completing: the answers given are saved.
#[derive(Debug, Serialize)]
pub struct Unfinished {
    pub case_id: i64,
    /// The assessment in progress, if one was started.
    pub assessment_id: Option<i64>,
    pub status: &'static str,
    pub answered: usize,
    pub questions: usize,
}

impl Output for Unfinished {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        match self.assessment_id {
            Some(id) => writeln!(
                w,
                "ärende {}: bedömning #{id} pågår, {} av {} frågor är besvarade och sparade; `insats assess {}` fortsätter",
                self.case_id, self.answered, self.questions, self.case_id
            ),
            None => writeln!(
                w,
                "ärende {}: inget ändrades, den slutförda bedömningen gäller",
                self.case_id
            ),
        }
    }
}
