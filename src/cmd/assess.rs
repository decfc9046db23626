//! `insats assess CASE`: walk the guideline's criteria for the case's intervention and end in a
//! recommendation with its reasons (G2: a recommendation, never a decision).
//!
//! Three ways in: at a terminal, one question at a time (`walk`); `--template` prints the
//! answers document; `--answers FILE` runs the same assessment from a filled one.

mod output;
mod walk;

use std::io::Read;
use std::path::PathBuf;

use anyhow::{Context, Result, anyhow, bail};
use chrono::NaiveDate;
use clap::Args;

use crate::Ctx;
use crate::domain::answers::{self, Expected};
use crate::domain::assessment::{Answer, ChildSection, Outcome, journal_text, recommend};
use crate::error::{problems, usage};
use crate::guideline::{Facts, Guideline, Question};
use crate::prompt::TermPrompter;
use crate::render::Output;
use crate::store::Db;
use crate::store::Tx;
use crate::store::assessment::{self as store_assessment, AssessmentRow};
use crate::store::cases::{CaseRow, get_case, get_person, set_status};
use crate::store::guideline as store_guideline;
use crate::store::journal::{EntryKind, append_dated};

pub use output::{Assessed, Template, Unfinished};

/// Walk the guideline's criteria for a case and end in a recommendation with its reasons.
///
/// At a terminal the questions are asked one at a time and each answer is saved as it is given;
/// run it again to go on where it stopped. Without a terminal, print the answers document with
/// --template, fill it in, and give it back with --answers.
#[derive(Debug, Args)]
pub struct AssessArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
    /// Print the questions for this case as an answers document (JSON) to fill in
    #[arg(long, conflicts_with = "answers")]
    pub template: bool,
    /// Answer from a filled answers document ('-' reads standard input)
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,
}

pub fn run(ctx: &Ctx, command: &'static str, args: AssessArgs) -> Result<Box<dyn Output>> {
    if args.template {
        return template(ctx, command, args.case);
    }
    if let Some(path) = &args.answers {
        return from_answers(ctx, command, args.case, path);
    }
    if !ctx.interactive {
        return Err(usage(format!(
            "no terminal to ask at: answer from a file with --answers FILE ('-' for stdin); \
             `insats assess {} --template` prints the document to fill in",
            args.case
        )));
    }
    let mut store = ctx.open_for_read(command)?;
    crate::prompt::on_interrupt(format!(
        "interrupted: the answers given so far are saved; `insats assess {}` goes on from there\n",
        args.case
    ));
    walk::walk(&mut store, args.case, &mut TermPrompter)
}

/// What the assessment needs to know about the case.
pub struct CaseFacts {
    pub case: CaseRow,
    pub age: u32,
    /// Under the guideline's adult age on the day (C1, C2).
    pub child: bool,
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
        })
    }

    /// The facts a guideline's `when` conditions read; sets `child` by the guideline's age.
    pub fn for_guideline(&mut self, g: &Guideline) -> Facts {
        self.child = self.age < g.settings.adult_age;
        Facts {
            age: self.age,
            housing: self.case.housing.clone(),
        }
    }
}

/// The guideline an assessment rests on: an in-progress assessment's own, else the one a new
/// assessment would use (read without storing anything).
fn basis(conn: &Db, in_progress: Option<&AssessmentRow>) -> Result<(Guideline, Option<i64>)> {
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

fn template(ctx: &Ctx, command: &'static str, case_id: i64) -> Result<Box<dyn Output>> {
    let store = ctx.open_for_read(command)?;
    let conn: &Db = &store;
    let mut facts = CaseFacts::load(conn, case_id, ctx.today)?;
    let in_progress = store_assessment::in_progress(conn, case_id)?;
    let (guideline, _) = basis(conn, in_progress.as_ref())?;
    let f = facts.for_guideline(&guideline);
    let expected = Expected {
        case_id,
        insats: &facts.case.insats,
        guideline: guideline.label(),
        questions: guideline.questions_for(&facts.case.insats, &f),
        child: facts.child,
    };
    Ok(Box::new(Template {
        value: answers::template(&expected),
        text: answers::template_text(&expected),
    }))
}

fn read_document(path: &PathBuf) -> Result<String> {
    if path.as_os_str() == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("cannot read the answers document from standard input")?;
        return Ok(text);
    }
    std::fs::read_to_string(path).with_context(|| {
        format!(
            "cannot read the answers document {}: give a readable file with --answers (or '-' for stdin)",
            path.display()
        )
    })
}

fn from_answers(
    ctx: &Ctx,
    command: &'static str,
    case_id: i64,
    path: &PathBuf,
) -> Result<Box<dyn Output>> {
    let text = read_document(path)?;
    let mut store = ctx.open_for_read(command)?;
    let conn: &Db = &store;
    let mut facts = CaseFacts::load(conn, case_id, ctx.today)?;
    let in_progress = store_assessment::in_progress(conn, case_id)?;
    let (guideline, _) = basis(conn, in_progress.as_ref())?;
    let label = guideline.label();
    let f = facts.for_guideline(&guideline);
    let questions = guideline.questions_for(&facts.case.insats, &f);
    let expected = Expected {
        case_id,
        insats: &facts.case.insats,
        guideline: label.clone(),
        questions: questions.clone(),
        child: facts.child,
    };
    let filled = answers::parse(&text, &expected).map_err(|list| {
        problems(
            format!(
                "the answers document has {} problem{}; nothing was stored:",
                list.len(),
                if list.len() == 1 { "" } else { "s" }
            ),
            list,
        )
    })?;

    let today = ctx.today;
    let done = store.write(|tx| {
        let assessment_id = match &in_progress {
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
        for q in &questions {
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
            &facts,
            assessment_id,
            &label,
            &answered,
            filled.child.as_ref(),
            today,
        )
    })?;
    let assessed = Assessed::load(&store, &facts, &guideline, &questions, done)?;
    Ok(Box::new(assessed))
}

/// What completing an assessment wrote.
#[derive(Debug, Clone)]
pub struct Finished {
    pub assessment_id: i64,
    pub outcome: Outcome,
    pub superseded: Vec<i64>,
    pub journal_entry: i64,
    pub case_status: String,
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
    let outcome = recommend(answered);
    let superseded = store_assessment::complete(
        tx,
        assessment_id,
        outcome.recommendation,
        &outcome.reasons,
        day,
    )?;
    let case_id = facts.case.case_id;
    let case_status = match facts.case.status.as_str() {
        "application" | "assessed" => {
            set_status(tx, case_id, "assessed")?;
            "assessed".to_string()
        }
        other => other.to_string(),
    };
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
