//! `insats demo`: a demonstration file full of realistic cases.
//!
//! Writes to `--db` when given, else `insats-demo.db` in the current folder; never the default
//! file. An existing demo file is replaced; any other existing file is refused.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use clap::Args;
use serde::Serialize;

use crate::Ctx;
use crate::demo;
use crate::json_by_serde;
use crate::render::table::table;
use crate::render::{Output, Style};
use crate::store::{OpenMode, Store};

/// Make a demonstration file full of realistic cases (default: ./insats-demo.db)
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// How many cases
    #[arg(long, default_value_t = 60, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub cases: u32,
}

#[derive(Debug, Serialize)]
pub struct DemoMade {
    pub db: String,
    pub cases: u32,
    pub people: u32,
    pub by_insats: Vec<(String, u32)>,
    pub decisions: u32,
    pub orders: u32,
    /// Cases with a completed assessment.
    pub assessed: u32,
    /// Assignees in the register, and how the open orders were matched to them.
    pub assignees: u32,
    pub assignments_started: u32,
    pub offers_open: u32,
    pub try_next: Vec<String>,
}

impl Output for DemoMade {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        writeln!(
            w,
            "demo file {}: {} cases for {} people, {} assessed, {} decisions, {} orders",
            self.db, self.cases, self.people, self.assessed, self.decisions, self.orders
        )?;
        let rows = self
            .by_insats
            .iter()
            .map(|(t, n)| vec![t.clone(), n.to_string()]);
        writeln!(w, "{}", table(&["insats", "cases"], rows, style))?;
        writeln!(
            w,
            "{} assignees in the register; {} assignments started, {} offers open",
            self.assignees, self.assignments_started, self.offers_open
        )?;
        writeln!(w, "try:")?;
        for t in &self.try_next {
            writeln!(w, "  {t}")?;
        }
        Ok(())
    }
}

pub fn run(ctx: &Ctx, command: &'static str, args: DemoArgs) -> Result<Box<dyn Output>> {
    let path = ctx
        .db
        .clone()
        .unwrap_or_else(|| PathBuf::from("insats-demo.db"));
    clear_old_demo(&path)?;
    let mut store = Store::open(&path, OpenMode::Create, ctx.actor(command))?;
    let summary = demo::generate(&mut store, args.cases)?;
    let assignees = demo::register::register_assignees(&mut store)?;
    // Most open orders are matched and started, so that there is something to carry out.
    let matched = demo::register::match_open_orders(&mut store)?;
    // Months of visits, cancellations and follow-ups for the cases whose order is executed.
    demo::carry::carry_out(&mut store)?;
    let db = path.display().to_string();
    let quoted = if db.contains(' ') {
        format!("'{db}'")
    } else {
        db.clone()
    };
    let mut try_next = vec![
        format!("insats --db {quoted} list --open"),
        format!("insats --db {quoted} show {}", summary.example_case),
        format!(
            "insats --db {quoted} log {} --note 'Samtal med den enskilde.'",
            summary.example_case
        ),
    ];
    if let Some(case) = summary
        .assessed_example
        .filter(|c| *c != summary.example_case)
    {
        try_next.push(format!("insats --db {quoted} show {case}"));
    }
    if let Some(case) = summary.unassessed_example {
        try_next.push(format!("insats --db {quoted} assess {case}"));
    }
    if let Some(c) = summary.example_decided {
        try_next.push(format!("insats --db {quoted} letter {c} --format md"));
    }
    try_next.push(format!("insats --db {quoted} match assignee list"));
    Ok(Box::new(DemoMade {
        try_next,
        assessed: summary.assessed,
        db,
        cases: summary.cases,
        people: summary.people,
        by_insats: summary.by_insats,
        decisions: summary.decisions,
        orders: summary.orders,
        assignees,
        assignments_started: matched.started,
        offers_open: matched.offered,
    }))
}

/// Replaces an earlier demo file; refuses to touch anything else.
fn clear_old_demo(path: &Path) -> Result<()> {
    if std::fs::symlink_metadata(path).is_err() {
        return Ok(());
    }
    let is_demo =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .and_then(|c| {
                c.query_row("SELECT value FROM meta WHERE key = 'demo'", [], |r| {
                    r.get::<_, String>(0)
                })
            })
            .is_ok();
    if !is_demo {
        bail!(
            "{} exists and is not a demo file: choose another path with --db",
            path.display()
        );
    }
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => bail!("cannot replace the old demo file {}: {e}", path.display()),
        }
    }
    Ok(())
}
