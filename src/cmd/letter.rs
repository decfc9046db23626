//! `insats letter`: the letter of a decision or another act of the case (beslutsbrev), in
//! Swedish, as Markdown, HTML, text or PDF; or the day it was sent and received (F3).

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use clap::Args;
use clap::builder::PossibleValuesParser;
use serde::Serialize;

use crate::Ctx;
use crate::act::due_process::{self, Notice, Sending};
use crate::act::letter::{Selector, Target, target};
use crate::domain::access::Op;
use crate::domain::dates::parse_flag;
use crate::domain::rules::Rule;
use crate::error::Refusal;
use crate::json_by_serde;
use crate::render::doc::Format;
use crate::render::{Output, Style};
use crate::store::due_process::Act;

mod build;

/// Write the letter of a decision (beslutsbrev) in Swedish, or record it sent or received
#[derive(Debug, Args)]
pub struct LetterArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
    /// The decision whose letter it is [default: the case's latest act]
    #[arg(long, value_name = "ID")]
    pub decision: Option<i64>,
    /// The letter of an ending follow-up (E7)
    #[arg(long, value_name = "ID", conflicts_with_all = ["decision", "appeal"])]
    pub follow_up: Option<i64>,
    /// The letter dismissing an appeal as too late (F4)
    #[arg(long, value_name = "ID", conflicts_with = "decision")]
    pub appeal: Option<i64>,
    /// md, html, txt or pdf [default: from --out's extension, else txt]
    #[arg(long, value_parser = PossibleValuesParser::new(["md", "html", "txt", "pdf"]))]
    pub format: Option<String>,
    /// Write the letter to FILE instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// The letter as sent: refused while it needs a reference the guideline has not confirmed (R3)
    #[arg(long)]
    pub r#final: bool,
    /// Record the day the letter was sent (F3)
    #[arg(long, value_name = "DATE", value_parser = parse_flag,
          conflicts_with_all = ["received", "format", "out", "final"])]
    pub sent: Option<NaiveDate>,
    /// With --sent: how it went out
    #[arg(long, value_name = "HOW", requires = "sent", default_value = "post",
          value_parser = PossibleValuesParser::new(["post", "digital", "hand"]))]
    pub how: String,
    /// Record the day the party received it (F3): the appeal clock starts (F4)
    #[arg(long, value_name = "DATE", value_parser = parse_flag,
          conflicts_with_all = ["format", "out", "final"])]
    pub received: Option<NaiveDate>,
}

impl LetterArgs {
    pub fn op(&self) -> Op {
        if self.sent.is_some() {
            Op::LetterSent
        } else if self.received.is_some() {
            Op::LetterReceived
        } else {
            Op::Letter
        }
    }

    fn selector(&self) -> Selector {
        Selector {
            decision: self.decision,
            follow_up: self.follow_up,
            appeal: self.appeal,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct LetterMade {
    pub case_id: i64,
    pub decision_id: Option<i64>,
    pub act: Act,
    /// The outcome of the decision the letter concerns (none for a write-off).
    pub outcome: Option<crate::domain::decision::Outcome>,
    pub title: String,
    pub format: String,
    /// Whether the letter tells how to appeal (F3).
    pub appeal: bool,
    /// A draft (UTKAST): it needs a reference the guideline has not confirmed (R3).
    pub draft: bool,
    pub unconfirmed: Vec<String>,
    pub out: Option<String>,
    /// The letter itself when it was not written to a file (not for PDF).
    pub letter: Option<String>,
    #[serde(skip)]
    bytes: Option<Vec<u8>>,
}

impl Output for LetterMade {
    json_by_serde!();
    fn binary(&self) -> bool {
        self.bytes.is_some()
    }
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        match (&self.bytes, &self.letter, &self.out) {
            (Some(b), _, None) => w.write_all(b),
            (_, Some(text), None) => w.write_all(text.as_bytes()),
            (_, _, Some(p)) => writeln!(
                w,
                "case {}: {} written to {p}{}",
                self.case_id,
                self.title,
                if self.draft { " (UTKAST, R3)" } else { "" }
            ),
            _ => Ok(()),
        }
    }
}

impl Output for Notice {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        match self.received {
            Some(r) => {
                write!(
                    w,
                    "case {}: letter #{} received {r}",
                    self.case_id, self.letter_id
                )?;
                match self.appeal_last_day {
                    Some(l) => writeln!(w, "; last day to appeal {l}"),
                    None => writeln!(w),
                }
            }
            None => writeln!(
                w,
                "case {}: letter #{} sent {} ({})",
                self.case_id, self.letter_id, self.sent, self.how
            ),
        }
    }
}

pub fn run(ctx: &Ctx, command: &'static str, args: LetterArgs) -> Result<Box<dyn Output>> {
    if args.sent.is_some() || args.received.is_some() {
        return notice(ctx, command, &args);
    }
    let format = match (args.format.as_deref(), &args.out) {
        (Some(f), _) => f.to_string(),
        (None, Some(p)) => p
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase())
            .filter(|e| ["md", "html", "txt", "pdf"].contains(&e.as_str()))
            .unwrap_or_else(|| "txt".into()),
        (None, None) => "txt".into(),
    };
    let store = ctx.open_existing(command)?;
    let t = target(&store, args.case, args.selector())?;
    let letter = build::letter(&store, &t)?;
    if args.r#final && letter.draft() {
        return Err(anyhow::Error::new(
            Refusal::new(
                Rule::R3,
                format!(
                    "the letter needs a reference the guideline marks unconfirmed: {}",
                    letter.unconfirmed.join("; ")
                ),
            )
            .hint("import a guideline with the reference confirmed (insats guideline import FILE), or send it as a draft"),
        ));
    }
    // S4: a letter carries the whole number, except behind a protected identity.
    store.note().revealed = letter.pnr.is_some();
    let (text, bytes) = if format == "pdf" {
        (None, Some(build::pdf(&letter, ctx.today)?))
    } else {
        let f = Format::parse(&format).unwrap_or(Format::Txt);
        (Some(letter.render(f)), None)
    };
    let out = match (&args.out, &bytes, &text) {
        (Some(p), _, _) if p.as_os_str() == "-" => None,
        (Some(p), b, t) => {
            let data: &[u8] = match (b, t) {
                (Some(b), _) => b,
                (_, Some(t)) => t.as_bytes(),
                _ => &[],
            };
            std::fs::write(p, data).with_context(|| format!("cannot write {}", p.display()))?;
            Some(p.display().to_string())
        }
        (None, _, _) => None,
    };
    if bytes.is_some() && out.is_none() && ctx.json {
        return Err(crate::error::usage(
            "a PDF letter with --json needs --out FILE: JSON cannot carry the PDF's bytes",
        ));
    }
    Ok(Box::new(LetterMade {
        case_id: t.case_id,
        decision_id: letter.decision_id,
        act: t.key.act,
        outcome: t.decision.as_ref().map(|d| d.outcome),
        title: letter.title(),
        format,
        appeal: letter.tells_how_to_appeal(),
        draft: letter.draft(),
        unconfirmed: letter.unconfirmed.clone(),
        letter: if out.is_none() { text } else { None },
        bytes: if out.is_none() { bytes } else { None },
        out,
    }))
}

/// `letter --sent` and `letter --received` (F3).
fn notice(ctx: &Ctx, command: &'static str, args: &LetterArgs) -> Result<Box<dyn Output>> {
    let mut store = ctx.open_existing(command)?;
    let case = args.case;
    let sel = args.selector();
    let done = store.write(|tx| {
        let t: Target = target(tx, case, sel)?;
        match (args.sent, args.received) {
            (Some(day), _) => due_process::sent(
                tx,
                &Sending {
                    case_id: case,
                    key: t.key,
                    made: t.made,
                    appealable: t.appealable,
                    sent: day,
                    how: &args.how,
                    what: t.what.clone(),
                },
            ),
            (_, Some(day)) => due_process::received(tx, case, &t.key, &t.what, day),
            _ => Err(crate::error::usage("give --sent DATE or --received DATE")),
        }
    })?;
    Ok(Box::new(done))
}
