//! `insats demo`: a demonstration file full of realistic cases.
//!
//! Writes to `--db` when given, else `insats-demo.db` in the current folder; never the default
//! file. An existing demo file is replaced; any other existing file is refused.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;

use crate::Ctx;
use crate::cmd::report::{Sheet, reminders};
use crate::demo;
use crate::demo::carry::CarriedOut;
use crate::json_by_serde;
use crate::render::report::{Format, WhenEmpty};
use crate::render::table::table;
use crate::render::{Output, Style};
use crate::store::Db;
use crate::store::bulk::is_demo_file;
use crate::store::cases::latest_in_status;
use crate::store::guideline::in_use;
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
    /// Applications taken back and written off (F9).
    pub written_off: u32,
    /// Assignees in the register, and how the open orders were matched to them.
    pub assignees: u32,
    pub assignments_started: u32,
    pub offers_open: u32,
    pub try_next: Vec<String>,
    /// What the months of carrying out made (for people; the JSON keeps its keys).
    #[serde(skip)]
    pub carried: CarriedOut,
    /// The first reminders, as `report reminders` prints them, and how many more there are.
    #[serde(skip)]
    pub reminders: Option<(String, usize)>,
}

/// How many reminders the demo shows.
const SHOWN_REMINDERS: usize = 15;

impl Output for DemoMade {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        writeln!(
            w,
            "demo file {}: {} cases for {} people, {} assessed, {} decisions, {} orders, {} \
             applications withdrawn",
            self.db,
            self.cases,
            self.people,
            self.assessed,
            self.decisions,
            self.orders,
            self.written_off
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
        let c = &self.carried;
        writeln!(
            w,
            "{} visits, {} cancellations, {} follow-ups ({} extended), {} agreement reviews, {} ended",
            c.visits, c.cancellations, c.follow_ups, c.extensions, c.agreement_reviews, c.ended
        )?;
        let p = &c.provider;
        writeln!(
            w,
            "{} implementation plans, {} check-ins, {} expenses, {} reports of changed needs",
            p.plans, p.check_ins, p.expenses, p.changed_needs
        )?;
        writeln!(w, "try:")?;
        for t in &self.try_next {
            writeln!(w, "  {t}")?;
        }
        match &self.reminders {
            None => {}
            Some((shown, _)) if shown.is_empty() => writeln!(w, "\nnothing needs action today")?,
            Some((shown, more)) => {
                writeln!(w, "\nwhat needs action (report reminders):")?;
                w.write_all(shown.as_bytes())?;
                if *more > 0 {
                    writeln!(
                        w,
                        "... {more} more: insats --db {} report reminders",
                        quoted(&self.db)
                    )?;
                }
            }
        }
        Ok(())
    }
}

fn quoted(db: &str) -> String {
    if db.contains(' ') {
        format!("'{db}'")
    } else {
        db.to_string()
    }
}

pub fn run(ctx: &Ctx, command: &'static str, args: DemoArgs) -> Result<Box<dyn Output>> {
    let path = ctx
        .db
        .clone()
        .unwrap_or_else(|| PathBuf::from("insats-demo.db"));
    clear_old_demo(&path)?;
    let mut store = Store::open(&path, OpenMode::Create, ctx.actor(command))?;
    // A bar on stderr while a person watches; nothing at all otherwise.
    let progress = if io::stderr().is_terminal() {
        let bar = ProgressBar::new(u64::from(args.cases));
        bar.set_style(
            ProgressStyle::with_template(
                "{elapsed_precise} [{bar:40}] {pos}/{len} cases ({eta} left)",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let made = match demo::sim::make(&mut store, args.cases, &progress) {
        Ok(made) => made,
        Err(e) => {
            // A half-made demo file is of no use (and lacks indexes): nothing is left of it.
            progress.finish_and_clear();
            drop(store);
            let _ = remove_demo(&path);
            return Err(e);
        }
    };
    progress.finish_and_clear();
    let examples = Examples::find(&store)?;
    let db = path.display().to_string();
    let quoted = quoted(&db);
    let example_case = examples.executed.unwrap_or(1);
    let mut try_next = vec![
        format!("insats --db {quoted} list --open"),
        format!("insats --db {quoted} show {example_case}"),
        format!("insats --db {quoted} log {example_case} --note 'Samtal med den enskilde.'"),
    ];
    if let Some(case) = examples.assessed.filter(|c| *c != example_case) {
        try_next.push(format!("insats --db {quoted} show {case}"));
    }
    if let Some(case) = examples.unassessed {
        try_next.push(format!("insats --db {quoted} assess {case}"));
    }
    if let Some(c) = examples.decided {
        try_next.push(format!("insats --db {quoted} letter {c} --format md"));
    }
    try_next.push(format!("insats --db {quoted} match assignee list"));
    try_next.push(format!("insats --db {quoted} report caseload"));
    let reminders = if ctx.json {
        None
    } else {
        Some(first_reminders(ctx, store)?)
    };
    Ok(Box::new(DemoMade {
        try_next,
        assessed: made.assessed,
        written_off: made.written_off,
        db,
        cases: made.cases,
        people: made.people,
        by_insats: made.by_insats,
        decisions: made.decisions,
        orders: made.orders,
        assignees: made.assignees,
        assignments_started: made.started,
        offers_open: made.offers_open,
        carried: made.carried,
        reminders,
    }))
}

/// Cases worth a look: the latest still carried out, the latest assessed and not yet decided,
/// the latest waiting for its assessment, the latest with a decision in force.
struct Examples {
    executed: Option<i64>,
    assessed: Option<i64>,
    unassessed: Option<i64>,
    decided: Option<i64>,
}

impl Examples {
    fn find(conn: &Db) -> Result<Examples> {
        let latest = |status| latest_in_status(conn, status);
        Ok(Examples {
            executed: latest("executed")?,
            assessed: latest("assessed")?,
            unassessed: latest("application")?,
            decided: latest("decided")?,
        })
    }
}

/// The first [`SHOWN_REMINDERS`] reminders as `report reminders` prints them, and how many
/// more there are.
fn first_reminders(ctx: &Ctx, store: Store) -> Result<(String, usize)> {
    let guideline = in_use(&store)?;
    let sheet = Sheet {
        store,
        today: ctx.today,
        guideline,
        format: Format::Table,
        reveal: false,
        style: Style {
            color: ctx.color,
            tty: false,
        },
    };
    let mut lines = FirstLines {
        kept: Vec::new(),
        lines: 0,
        keep: SHOWN_REMINDERS + 1,
    };
    sheet.stream_to(
        &mut lines,
        reminders::COLUMNS,
        Default::default(),
        WhenEmpty::Quiet,
        |sheet, out| reminders::all(sheet, out, 30),
    )?;
    let more = lines.lines.saturating_sub(lines.keep);
    Ok((String::from_utf8_lossy(&lines.kept).into_owned(), more))
}

/// Keeps the first `keep` lines written to it and counts the rest.
struct FirstLines {
    kept: Vec<u8>,
    lines: usize,
    keep: usize,
}

impl Write for FirstLines {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        for &b in buf {
            if self.lines < self.keep {
                self.kept.push(b);
            }
            if b == b'\n' {
                self.lines += 1;
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Replaces an earlier demo file; refuses to touch anything else.
fn clear_old_demo(path: &Path) -> Result<()> {
    if std::fs::symlink_metadata(path).is_err() {
        return Ok(());
    }
    if !is_demo_file(path) {
        bail!(
            "{} exists and is not a demo file: choose another path with --db",
            path.display()
        );
    }
    remove_demo(path)
        .map_err(|e| anyhow::anyhow!("cannot replace the old demo file {}: {e}", path.display()))
}

/// Removes a demo file with its companions: the write-ahead log and its index, and the
/// rollback journal it is made with (`store::bulk`).
fn remove_demo(path: &Path) -> io::Result<()> {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}
