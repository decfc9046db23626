//! `insats plan`: the implementation plan (genomförandeplan, P1) that the provider draws up
//! with the individual from the order, its versions and its export for the individual, and the
//! coordinator's check-ins with the assignee (P4).

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use clap::builder::PossibleValuesParser;
use clap::{ArgGroup, Args};
use serde::Serialize;

use crate::Ctx;
use crate::act::plan::{self, CheckedIn, PlanShown, PlanStored};
use crate::domain::dates::parse_flag;
use crate::domain::plan::Plan;
use crate::domain::text::flag_text;
use crate::error::usage;
use crate::json_by_serde;
use crate::render::doc::Format;
use crate::render::plan::PlanDoc;
use crate::render::{Output, Style};
use crate::store::Db;

/// The implementation plan (genomförandeplan) of a case: the template, a new version, the plan
/// in force, its export for the individual, or a check-in with the assignee
///
/// The plan is drawn up with the individual from the order and its overall goals (P1): for each
/// goal the sub-goals, the activities (how often; recurring or a wish to try), how the
/// individual travels to and from them, and the expenses they bring (P2). Each stored version
/// is kept and never changed; the latest is in force.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("mode").args(["template", "file", "check_in", "export"])))]
pub struct PlanArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
    /// Print the plan document for the case's order (its goals filled in), as JSON to fill in
    #[arg(long)]
    pub template: bool,
    /// Store the filled plan document from FILE ('-' for stdin) as a new version; every problem
    /// is listed and nothing is stored until the document is sound
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// The coordinator checked with the assignee on DATE that the assignment runs as planned (P4)
    #[arg(long, value_name = "DATE", value_parser = parse_flag, requires = "note")]
    pub check_in: Option<NaiveDate>,
    /// What the check-in found (with --check-in)
    #[arg(long, value_name = "TEXT", requires = "check_in")]
    pub note: Option<String>,
    /// Write the plan in force for the individual, in Swedish: md, html or pdf
    #[arg(long, value_name = "FORMAT", value_parser = PossibleValuesParser::new(["md", "html", "pdf"]))]
    pub export: Option<String>,
    /// Where the export goes ('-' for stdout) [default: stdout; a pdf needs --out]
    #[arg(long, value_name = "FILE", requires = "export")]
    pub out: Option<PathBuf>,
}

impl PlanArgs {
    /// The mode as the role table knows it (S2).
    pub fn op(&self) -> crate::domain::access::Op {
        use crate::domain::access::Op;
        if self.template {
            Op::PlanTemplate
        } else if self.file.is_some() {
            Op::PlanFile
        } else if self.check_in.is_some() {
            Op::PlanCheckIn
        } else if self.export.is_some() {
            Op::PlanExport
        } else {
            Op::Plan
        }
    }
}

pub fn run(ctx: &Ctx, command: &'static str, args: PlanArgs) -> Result<Box<dyn Output>> {
    if args.template {
        let store = ctx.open_existing(command)?;
        return Ok(Box::new(Template(plan::template(
            &store, args.case, ctx.today,
        )?)));
    }
    if let Some(path) = &args.file {
        // Bounded as every document is; the plan's own, smaller limit is checked with its
        // other problems (P1).
        let text = super::input::read_document(path, "the plan document")?;
        let mut store = ctx.open_existing(command)?;
        let today = ctx.today;
        let done = store.write(|tx| plan::store_version(tx, args.case, &text, today))?;
        return Ok(Box::new(done));
    }
    if let Some(day) = args.check_in {
        if day > ctx.today {
            return Err(usage(format!(
                "--check-in {day} is after today ({}): record it when it has happened",
                ctx.today
            )));
        }
        let note = flag_text("--note", args.note.as_deref().unwrap_or(""), 2000).map_err(usage)?;
        let mut store = ctx.open_existing(command)?;
        let done = store.write(|tx| plan::check_in(tx, args.case, day, &note))?;
        return Ok(Box::new(done));
    }
    if let Some(format) = &args.export {
        return export(ctx, command, args.case, format, args.out.as_ref());
    }
    let store = ctx.open_existing(command)?;
    Ok(Box::new(plan::show(&store, args.case)?))
}

fn export(
    ctx: &Ctx,
    command: &'static str,
    case_id: i64,
    format: &str,
    out: Option<&PathBuf>,
) -> Result<Box<dyn Output>> {
    let to_stdout = out.is_none_or(|p| p.as_os_str() == "-");
    if format == "pdf" && out.is_none() {
        return Err(usage(
            "--export pdf needs --out FILE (or --out - to write the PDF to stdout)",
        ));
    }
    let store = ctx.open_existing(command)?;
    let doc = plan_doc(&store, case_id)?;
    let bytes = match format {
        "pdf" => doc.pdf()?,
        "html" => doc.text(Format::Html).into_bytes(),
        _ => doc.text(Format::Md).into_bytes(),
    };
    let written = match out {
        Some(p) if !to_stdout => {
            std::fs::write(p, &bytes).with_context(|| format!("cannot write {}", p.display()))?;
            Some(p.display().to_string())
        }
        _ => None,
    };
    Ok(Box::new(Exported {
        case_id,
        version: doc.version.version,
        format: format.to_owned(),
        out: written.clone(),
        document: if written.is_none() && format != "pdf" {
            String::from_utf8(bytes.clone()).ok()
        } else {
            None
        },
        bytes: if written.is_none() { bytes } else { Vec::new() },
    }))
}

fn plan_doc(conn: &Db, case_id: i64) -> Result<PlanDoc> {
    let version = plan::version_for_export(conn, case_id, None)?;
    let case = crate::store::cases::get_case(conn, case_id)?;
    let person = crate::store::people::get_person(conn, case.person_id)?;
    let order = crate::store::order::get(conn, version.order_id)?;
    Ok(PlanDoc {
        case_id,
        name: person.name,
        insats: case.insats.swedish().to_owned(),
        provider: order.provider,
        version,
    })
}

struct Template(Plan);

impl Output for Template {
    fn json(&self) -> serde_json::Value {
        serde_json::to_value(&self.0).unwrap_or(serde_json::Value::Null)
    }
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        let text = serde_json::to_string_pretty(&self.0).map_err(io::Error::other)?;
        writeln!(w, "{text}")
    }
}

#[derive(Serialize)]
struct Exported {
    case_id: i64,
    version: i64,
    format: String,
    out: Option<String>,
    /// The document when written to stdout (md, html).
    document: Option<String>,
    #[serde(skip)]
    bytes: Vec<u8>,
}

impl Output for Exported {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        match &self.out {
            Some(p) => writeln!(
                w,
                "case {}: plan version {} written to {p} ({})",
                self.case_id, self.version, self.format
            ),
            None => w.write_all(&self.bytes),
        }
    }
}

impl Output for PlanStored {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "case {}: plan version {} (drawn up {}) stored and in force; `insats plan {} --export md` writes it for the individual",
            self.case_id, self.version, self.drawn_up, self.case_id
        )
    }
}

impl Output for CheckedIn {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "case {}: check-in of {} with assignee {} recorded (P4)",
            self.case_id, self.day, self.assignee_id
        )
    }
}

impl Output for PlanShown {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        match &self.in_force {
            None => writeln!(
                w,
                "case {}: no plan in force; `insats plan {} --template` gives the document to fill in",
                self.case_id, self.case_id
            )?,
            Some(v) => {
                writeln!(
                    w,
                    "case {}: plan version {} in force, drawn up {} with {}",
                    self.case_id,
                    v.version,
                    v.drawn_up,
                    v.plan.drawn_up_with.join(", ")
                )?;
                write_plan(w, &v.plan)?;
            }
        }
        if !self.versions.is_empty() {
            writeln!(w, "versions:")?;
            for v in &self.versions {
                writeln!(
                    w,
                    "  {}: drawn up {}, stored by {} at {} (order #{})",
                    v.version, v.drawn_up, v.stored_by, v.stored_at, v.order_id
                )?;
            }
        }
        if !self.check_ins.is_empty() {
            writeln!(w, "check-ins (P4):")?;
            for c in &self.check_ins {
                writeln!(w, "  {}: {}", c.day, c.note)?;
            }
        }
        Ok(())
    }
}

fn write_plan(w: &mut dyn Write, p: &Plan) -> io::Result<()> {
    for g in &p.goals {
        writeln!(w, "  Mål: {}", g.goal)?;
        for s in &g.sub_goals {
            writeln!(w, "    delmål: {s}")?;
        }
        for a in &g.activities {
            let kind = a.kind.map(|k| k.swedish()).unwrap_or("-");
            writeln!(w, "    aktivitet: {} ({kind}), {}", a.what, a.how_often)?;
            writeln!(w, "      resa: {}", a.travel)?;
            for x in &a.expenses {
                match x.kr {
                    Some(kr) => writeln!(w, "      omkostnad: {} (cirka {kr} kr)", x.what)?,
                    None => writeln!(w, "      omkostnad: {}", x.what)?,
                }
            }
        }
    }
    if !p.note.is_empty() {
        writeln!(w, "  Övrigt: {}", p.note)?;
    }
    Ok(())
}
