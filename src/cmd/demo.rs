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
    /// How many cases are in each status.
    pub by_status: Vec<(String, u32)>,
    /// The day the file was made for (`--today`).
    pub as_of: String,
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
    /// What each of `try_next` shows (for people).
    #[serde(skip)]
    pub try_why: Vec<&'static str>,
    /// What the months of carrying out made (for people; the JSON keeps its keys).
    #[serde(skip)]
    pub carried: CarriedOut,
    /// The first reminders, as `report reminders` prints them, and how many more there are.
    #[serde(skip)]
    pub reminders: Option<(String, usize)>,
}

/// How many reminders the demo shows.
const SHOWN_REMINDERS: usize = 5;

impl Output for DemoMade {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        let list = |pairs: &[(String, u32)]| -> String {
            pairs
                .iter()
                .map(|(k, n)| format!("{k} {n}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        writeln!(
            w,
            "{}: a demonstration file, {} cases for {} people (today {})",
            self.db, self.cases, self.people, self.as_of
        )?;
        writeln!(w, "  by intervention  {}", list(&self.by_insats))?;
        writeln!(w, "  by status        {}", list(&self.by_status))?;
        let c = &self.carried;
        writeln!(
            w,
            "  carried out      {} assignees, {} assignments started, {} visits, {} cancellations, {} follow-ups, {} implementation plans",
            self.assignees,
            self.assignments_started,
            c.visits,
            c.cancellations,
            c.follow_ups,
            c.provider.plans
        )?;
        writeln!(w, "try next:")?;
        let width = self.try_next.iter().map(|t| t.len()).max().unwrap_or(0);
        for (t, why) in self.try_next.iter().zip(&self.try_why) {
            writeln!(w, "  {t:<width$}  # {why}")?;
        }
        match &self.reminders {
            None => {}
            Some((shown, _)) if shown.is_empty() => writeln!(w, "\nnothing needs action today")?,
            Some((shown, more)) => {
                writeln!(
                    w,
                    "\nwhat needs action (report reminders), the first {SHOWN_REMINDERS}:"
                )?;
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
    let mut tries: Vec<(String, &'static str)> = vec![
        (
            format!("insats --db {quoted} list --open"),
            "the open cases",
        ),
        (
            format!("insats --db {quoted} show {example_case}"),
            "a case being carried out: decision, order, assignee, visits",
        ),
        (
            format!("insats --db {quoted} log {example_case}"),
            "its journal",
        ),
    ];
    if let Some(case) = examples.unassessed {
        tries.push((
            format!("insats --db {quoted} assess {case}"),
            "walk the guideline's questions for an application (at a terminal)",
        ));
    }
    if let Some(c) = examples.decided {
        tries.push((
            format!("insats --db {quoted} letter {c} --format md"),
            "the decision letter",
        ));
    }
    tries.push((
        format!("insats --db {quoted} follow-up --due"),
        "follow-ups and reviews due in 30 days",
    ));
    tries.push((
        format!("insats --db {quoted} report hours"),
        "granted and used hours per case",
    ));
    tries.push((
        format!("insats --db {quoted} report reminders"),
        "everything that needs action (what cron mails)",
    ));
    let (try_next, try_why) = tries.into_iter().unzip();
    let by_status = crate::store::cases::count_by_status(&store)?
        .into_iter()
        .map(|(s, n)| (s, u32::try_from(n).unwrap_or(u32::MAX)))
        .collect();
    let reminders = if ctx.json {
        None
    } else {
        Some(first_reminders(ctx, store)?)
    };
    Ok(Box::new(DemoMade {
        try_next,
        try_why,
        by_status,
        as_of: ctx.today.to_string(),
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

/// Cases worth a look: the latest still carried out, the latest waiting for its assessment,
/// the latest with a decision in force.
struct Examples {
    executed: Option<i64>,
    unassessed: Option<i64>,
    decided: Option<i64>,
}

impl Examples {
    fn find(conn: &Db) -> Result<Examples> {
        let latest = |status| latest_in_status(conn, status);
        Ok(Examples {
            executed: latest("executed")?,
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
    let mut total = 0;
    let mut shown = Vec::new();
    sheet.stream_to(
        &mut shown,
        reminders::COLUMNS,
        Default::default(),
        WhenEmpty::Quiet,
        |sheet, out| {
            total = reminders::first(sheet, out, 30, SHOWN_REMINDERS)?;
            Ok(())
        },
    )?;
    let more = total.saturating_sub(SHOWN_REMINDERS);
    Ok((String::from_utf8_lossy(&shown).into_owned(), more))
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
