//! `insats letter`: the decision letter (beslutsbrev) in Swedish, as Markdown, HTML or text.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::{Context, Result, anyhow, bail};
use clap::Args;
use clap::builder::PossibleValuesParser;
use serde::Serialize;

use crate::Ctx;
use crate::domain::case::{InsatsType, RequestedBy};
use crate::domain::decision::{Outcome, Purpose};
use crate::json_by_serde;
use crate::render::doc::Format;
use crate::render::letter::{Letter, Origin};
use crate::render::{Output, Style};
use crate::store::Db;
use crate::store::Store;
use crate::store::cases::get_case;
use crate::store::decision::{self, assessment_reasons};
use crate::store::guideline::load;
use crate::store::people::get_person;

/// Write the decision letter (beslutsbrev) of a case, in Swedish
#[derive(Debug, Args)]
pub struct LetterArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
    /// Which decision [default: the one in force, else the latest]
    #[arg(long, value_name = "ID")]
    pub decision: Option<i64>,
    /// md, html or txt [default: from --out's extension, else txt]
    #[arg(long, value_parser = PossibleValuesParser::new(Format::NAMES))]
    pub format: Option<String>,
    /// Write the letter to FILE instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Serialize)]
pub struct LetterMade {
    pub case_id: i64,
    pub decision_id: i64,
    pub outcome: Outcome,
    pub format: Format,
    /// Whether the letter tells how to appeal (a rejection or a partial grant).
    pub appeal: bool,
    pub out: Option<String>,
    /// The letter itself when it was not written to a file.
    pub letter: Option<String>,
}

impl Output for LetterMade {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        match (&self.letter, &self.out) {
            (Some(text), _) => w.write_all(text.as_bytes()),
            (None, Some(p)) => writeln!(
                w,
                "case {}: letter for decision #{} written to {p}",
                self.case_id, self.decision_id
            ),
            (None, None) => Ok(()),
        }
    }
}

pub fn run(ctx: &Ctx, command: &'static str, args: LetterArgs) -> Result<Box<dyn Output>> {
    let format = match (args.format.as_deref(), &args.out) {
        (Some(f), _) => Format::parse(f).unwrap_or(Format::Txt),
        (None, Some(p)) => Format::from_path(p).unwrap_or(Format::Txt),
        (None, None) => Format::Txt,
    };
    let store = ctx.open_existing(command)?;
    let letter = build(&store, args.case, args.decision)?;
    // S4: a letter carries the whole number, except behind a protected identity.
    store.note().revealed = letter.pnr.is_some();
    let text = letter.render(format);
    let out = match &args.out {
        Some(p) => {
            std::fs::write(p, &text).with_context(|| format!("cannot write {}", p.display()))?;
            Some(p.display().to_string())
        }
        None => None,
    };
    Ok(Box::new(LetterMade {
        case_id: letter.case_id,
        decision_id: letter.decision_id,
        outcome: letter.outcome,
        format,
        appeal: letter.tells_how_to_appeal(),
        letter: out.is_none().then_some(text),
        out,
    }))
}

/// Gathers the letter from the case, the person, the decision, its assessment and guideline.
pub fn build(store: &Store, case_id: i64, decision_id: Option<i64>) -> Result<Letter> {
    let conn: &Db = store;
    let case = get_case(conn, case_id)?;
    let d = match decision_id {
        Some(id) => {
            let d = decision::get(conn, id)?;
            if d.case_id != case_id {
                bail!(
                    "decision {id} belongs to another case: `insats show {case_id}` shows this case's decision"
                );
            }
            d
        }
        None => match decision::in_force(conn, case_id)? {
            Some(d) => d,
            None => decision::history(conn, case_id)?.pop().ok_or_else(|| {
                anyhow!(
                    "case {case_id} has no decision yet: decide with `insats decide {case_id} --grant ...` or `--reject ...`"
                )
            })?,
        },
    };
    let person = get_person(conn, case.person_id)?;
    let pnr = person.pnr()?;
    let insats = case.insats;
    let outcome = d.outcome;
    let decided_day = d.decided_day;
    let g = load(conn, d.guideline_id)?.guideline;
    let appeal_key = match insats.law() {
        "SoL" => Some("appeal-sol"),
        "LSS" => Some("appeal-lss"),
        _ => None,
    };
    let appeal_reference = appeal_key
        .and_then(|k| g.reference(k, decided_day))
        .map(|r| r.text.clone());
    // The assessment's reasons explain the decision only when the decision follows it.
    let reasons = match d.assessment_id {
        Some(id) if d.deviation_reason.is_none() => {
            let (recommendation, reasons) = assessment_reasons(conn, id)?;
            if recommendation == Some(outcome) {
                reasons
                    .into_iter()
                    .map(|r| r.text)
                    .filter(|t| !t.trim().is_empty())
                    .collect()
            } else {
                Vec::new()
            }
        }
        _ => Vec::new(),
    };
    let origin = match case.requested_by {
        Some(RequestedBy::Guardian) => Origin::Guardian,
        Some(RequestedBy::Court) => Origin::Court,
        Some(RequestedBy::Committee) => Origin::Committee,
        Some(RequestedBy::Myself) | None => Origin::Person,
    };
    Ok(Letter {
        case_id,
        decision_id: d.decision_id,
        decided_day,
        decided_by: signed_by(conn, d.decision_id, insats.swedish())?,
        name: person.name.clone(),
        to_guardians: pnr.age_on(decided_day) < g.settings.consent_age,
        // Protected identity (skyddad identitet): never a number or an address in a letter (G5).
        pnr: (!person.protected).then(|| pnr.formatted()),
        address: person.address.clone().filter(|_| !person.protected),
        insats_name: insats.swedish().to_string(),
        received: case.received.to_string(),
        origin,
        court_ref: case.court_ref.clone(),
        appointment: insats == InsatsType::Umgangesstod,
        outcome,
        from: d.from,
        to: d.to,
        hours_per_month: d.hours_per_month,
        meetings_per_month: d.meetings_per_month,
        economy: d.purpose == Some(Purpose::Economy),
        goals: d.goals.clone(),
        legal_basis: d.legal_basis.clone(),
        assessment_reasons: reasons,
        reason: d.reason.clone(),
        partial: d.partial,
        deviation_reason: d.deviation_reason.clone(),
        override_reason: d.override_reason.clone(),
        appeal_reference,
        replaces: d.replaces,
    })
}

/// The decision-maker as the letter names them (S2): name, title and the delegation the
/// decision was made under.
fn signed_by(conn: &Db, decision_id: i64, insats: &str) -> Result<String> {
    let (name, title) = crate::store::staff::decision_maker(conn, decision_id)?;
    Ok(match title {
        Some(t) => format!("{name}, {t}, med stöd av delegation för beslut om {insats}"),
        None => name,
    })
}
