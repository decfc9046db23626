//! `insats guideline show|export|import`: the guideline (riktlinjer) the assessments follow.
//!
//! A municipality sees the one in use, writes it out, edits it, and loads its own. An imported
//! guideline is checked in full first: every problem is listed and nothing is stored until there
//! are none. Assessments and decisions keep the guideline they were made under.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use serde::Serialize;

use crate::Ctx;
use crate::error::problems;
use crate::guideline::{ConsentModel, Guideline, HoursModel};
use crate::json_by_serde;
use crate::render::table::table;
use crate::render::{Output, Style, bold};
use crate::store::guideline as store_guideline;

/// See, export or import the guideline (riktlinjer) the assessments follow
#[derive(Debug, Args)]
pub struct GuidelineArgs {
    #[command(subcommand)]
    pub command: GuidelineCommand,
}

#[derive(Debug, Subcommand)]
pub enum GuidelineCommand {
    /// Show the guideline in use: its intervention types, their settings, how many questions
    Show,
    /// Write the guideline in use as a JSON document (to standard output without --out)
    Export {
        /// Write to this file instead (created private to you)
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Check a guideline document and make it the one new assessments follow
    Import {
        /// The guideline document (JSON, as `guideline export` writes it); '-' reads stdin
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

pub fn run(ctx: &Ctx, command: &'static str, args: GuidelineArgs) -> Result<Box<dyn Output>> {
    match args.command {
        GuidelineCommand::Show => Ok(Box::new(Shown::from(in_use(ctx, command)?))),
        GuidelineCommand::Export { out: None } => Ok(Box::new(Document(in_use(ctx, command)?))),
        // `-` is stdout, as for every file flag.
        GuidelineCommand::Export { out: Some(p) } if p.as_os_str() == "-" => {
            Ok(Box::new(Document(in_use(ctx, command)?)))
        }
        GuidelineCommand::Export { out: Some(path) } => export(ctx, command, &path),
        GuidelineCommand::Import { file } => import(ctx, command, &file),
    }
}

/// The guideline new assessments follow, read without writing anything.
struct InUse {
    guideline: Guideline,
    /// The stored row, when it is stored yet.
    stored_id: Option<i64>,
    source: String,
}

fn in_use(ctx: &Ctx, command: &'static str) -> Result<InUse> {
    let path = ctx.db_path()?;
    let current = if std::fs::symlink_metadata(&path).is_err() {
        None // no file yet: the built-in one, and no file is made for reading it
    } else {
        let store = ctx.open_existing(command)?;
        store_guideline::current(&store)?
    };
    Ok(match current {
        Some(s) => InUse {
            guideline: std::rc::Rc::unwrap_or_clone(s.guideline),
            stored_id: Some(s.id),
            source: s.source,
        },
        None => InUse {
            guideline: Guideline::builtin().clone(),
            stored_id: None,
            source: "builtin".into(),
        },
    })
}

#[derive(Debug, Serialize)]
struct Shown {
    /// The stored row (`null`: the built-in one, not stored in the file yet).
    guideline_id: Option<i64>,
    label: String,
    hash: String,
    source: String,
    guideline: Guideline,
}

impl From<InUse> for Shown {
    fn from(u: InUse) -> Shown {
        Shown {
            guideline_id: u.stored_id,
            label: u.guideline.label(),
            hash: u.guideline.content_hash(),
            source: u.source,
            guideline: u.guideline,
        }
    }
}

impl Output for Shown {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        let g = &self.guideline;
        writeln!(w, "{}", bold(&format!("Guideline {}", self.label), style))?;
        writeln!(w, "  name      {}", g.name)?;
        let stored = match self.guideline_id {
            Some(id) => format!("stored as #{id} ({})", self.source),
            None => "built-in, not stored in the file yet".to_string(),
        };
        writeln!(w, "  in use    {stored}")?;
        writeln!(w, "  hash      {}", self.hash)?;
        for s in &g.source {
            writeln!(w, "  source    {s}")?;
        }
        let s = &g.settings;
        writeln!(
            w,
            "  ages      adult {}, own consent {}, child consent {}, elderly {}",
            s.adult_age, s.consent_age, s.child_consent_age, s.elderly_age
        )?;
        writeln!(
            w,
            "  limits    execute within {} months, economy help at most {} months, LVU review every {} months",
            s.execute_within_months, s.economy_max_months, s.lvu_review_months
        )?;
        let rows = g.interventions.iter().map(|(key, i)| {
            let ages = match (i.min_age, i.max_age_exclusive) {
                (None, None) => "-".to_string(),
                (Some(a), None) => format!("{a}-"),
                (None, Some(b)) => format!("<{b}"),
                (Some(a), Some(b)) => format!("{a}-{}", b.saturating_sub(1)),
            };
            vec![
                key.clone(),
                i.law.clone(),
                i.max_months.to_string(),
                match i.hours_model {
                    HoursModel::Strict => "strict",
                    HoursModel::Flex => "flex",
                }
                .to_string(),
                match i.consent {
                    ConsentModel::Individual => "individual",
                    ConsentModel::None => "none",
                    ConsentModel::Court => "court",
                }
                .to_string(),
                ages,
                i.questions.len().to_string(),
            ]
        });
        writeln!(
            w,
            "{}",
            table(
                &[
                    "type",
                    "law",
                    "max months",
                    "hours",
                    "consent",
                    "ages",
                    "questions"
                ],
                rows,
                style
            )
        )
    }
}

/// The guideline as its JSON document (the same with or without `--json`).
struct Document(InUse);

impl Output for Document {
    fn json(&self) -> serde_json::Value {
        serde_json::to_value(&self.0.guideline).unwrap_or(serde_json::Value::Null)
    }
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(w, "{}", self.0.guideline.to_json_pretty())
    }
}

#[derive(Debug, Serialize)]
struct Exported {
    out: String,
    label: String,
    hash: String,
}

impl Output for Exported {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(w, "guideline {} written to {}", self.label, self.out)
    }
}

fn export(ctx: &Ctx, command: &'static str, path: &Path) -> Result<Box<dyn Output>> {
    let u = in_use(ctx, command)?;
    let mut text = u.guideline.to_json_pretty();
    text.push('\n');
    // The process's umask (0077, set in main) makes the file private.
    std::fs::write(path, text).with_context(|| {
        format!(
            "cannot write {}: choose a writable place with --out",
            path.display()
        )
    })?;
    Ok(Box::new(Exported {
        out: path.display().to_string(),
        label: u.guideline.label(),
        hash: u.guideline.content_hash(),
    }))
}

#[derive(Debug, Serialize)]
struct Imported {
    guideline_id: i64,
    id: String,
    version: String,
    label: String,
    hash: String,
    active: bool,
    /// False when the same document was stored before and is made active again.
    new: bool,
}

impl Output for Imported {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "guideline {} {} as #{}, now in use for new assessments (hash {})",
            self.label,
            if self.new {
                "imported"
            } else {
                "was stored before; active again"
            },
            self.guideline_id,
            self.hash
        )
    }
}

fn import(ctx: &Ctx, command: &'static str, file: &Path) -> Result<Box<dyn Output>> {
    let text = super::input::read_document(file, "the guideline")?;
    let g = Guideline::from_json(&text).map_err(|list| {
        problems(
            format!(
                "the guideline has {} problem{}; nothing was stored:",
                list.len(),
                if list.len() == 1 { "" } else { "s" }
            ),
            list,
        )
    })?;
    let hash = g.content_hash();
    let mut store = ctx.open_or_create(command)?;
    let known = store_guideline::hash_of(&store, &g.id, &g.version)?;
    if known.as_ref().is_some_and(|h| *h != hash) {
        bail!(
            "another guideline {} is already stored with different content: give the new document a new version",
            g.label()
        );
    }
    let guideline_id = store.write(|tx| store_guideline::insert(tx, &g, "imported"))?;
    Ok(Box::new(Imported {
        guideline_id,
        label: g.label(),
        id: g.id,
        version: g.version,
        hash,
        active: true,
        new: known.is_none(),
    }))
}
