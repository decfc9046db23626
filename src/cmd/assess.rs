//! `insats assess CASE`: walk the guideline's criteria for the case's intervention and end in a
//! recommendation with its reasons (G2: a recommendation, never a decision).
//!
//! Three ways in: at a terminal, one question at a time (`walk`); `--template` prints the
//! answers document; `--answers FILE` runs the same assessment from a filled one.

mod output;
mod walk;

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::Ctx;
use crate::act::assess::{self, CaseFacts, basis};
use crate::domain::answers::{self, Expected};
use crate::error::{problems, usage};
use crate::prompt::TermPrompter;
use crate::render::Output;
use crate::store::Db;
use crate::store::assessment::{self as store_assessment};

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
    let mut store = ctx.open_existing(command)?;
    crate::prompt::on_interrupt(format!(
        "avbrutet: svaren som har getts är sparade; `insats assess {}` fortsätter där du slutade\n",
        args.case
    ));
    walk::walk(&mut store, args.case, &mut TermPrompter)
}

fn template(ctx: &Ctx, command: &'static str, case_id: i64) -> Result<Box<dyn Output>> {
    let store = ctx.open_existing(command)?;
    let conn: &Db = &store;
    let mut facts = CaseFacts::load(conn, case_id, ctx.today)?;
    let in_progress = store_assessment::in_progress(conn, case_id)?;
    let (guideline, _) = basis(conn, in_progress.as_ref())?;
    let f = facts.for_guideline(&guideline);
    let expected = Expected {
        case_id,
        insats: facts.case.insats.as_str(),
        guideline: guideline.label(),
        questions: guideline.questions_for(facts.case.insats, &f),
        child: facts.child,
    };
    Ok(Box::new(Template {
        value: answers::template(&expected),
        text: answers::template_text(&expected),
    }))
}

fn read_document(path: &std::path::Path) -> Result<String> {
    super::input::read_document(path, "the answers document")
}

fn from_answers(
    ctx: &Ctx,
    command: &'static str,
    case_id: i64,
    path: &std::path::Path,
) -> Result<Box<dyn Output>> {
    let text = read_document(path)?;
    let mut store = ctx.open_existing(command)?;
    let conn: &Db = &store;
    let mut facts = CaseFacts::load(conn, case_id, ctx.today)?;
    let in_progress = store_assessment::in_progress(conn, case_id)?;
    let (guideline, _) = basis(conn, in_progress.as_ref())?;
    let label = guideline.label();
    let f = facts.for_guideline(&guideline);
    let questions = guideline.questions_for(facts.case.insats, &f);
    let expected = Expected {
        case_id,
        insats: facts.case.insats.as_str(),
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
        assess::record_answers(
            tx,
            &facts,
            in_progress.as_ref(),
            &label,
            &questions,
            &filled,
            today,
        )
    })?;
    let assessed = Assessed::load(&store, &facts, &guideline, &questions, done)?;
    Ok(Box::new(assessed))
}
