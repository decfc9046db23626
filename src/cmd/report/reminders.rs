//! `insats report reminders`: everything that needs action as of today, for the nightly cron
//! run. Prints nothing at all (table, CSV) when nothing does; JSON prints its empty document.
//!
//! The first line (human output) counts what is due and overdue per kind, as JSON's `summary`
//! object does; the rows are sorted overdue first, then by the day each falls due. Kinds:
//! - `expiring` (G1): grants in force whose last day is within the window.
//! - `unexecuted` (D3): open orders whose last day to be executed is within the window or past,
//!   and grants in force with no order at all, counted from the decision day.
//! - `follow_up_due` (G1, E6): the grant's follow-up, due weeks before its end, not yet made.
//! - `cancellations` (E5): repeated cancellations without a new time.
//! - `agreement_review` (E8): the yearly follow-up of the agreement with the assignee.
//! - `lvu_review` (E9): the regular reconsideration of an LVU decision.
//! - `investigation_due` (F8): a child's investigation nearing four months from the application.
//! - `application_waiting` (F8): an application undecided, nearing six months.
//! - `decision_demanded` (F8): the applicant's written demand for a decision, nearing its four
//!   weeks.
//! - `consent_withdrawn` (K5): a contact person's consent withdrawn: the intervention ends.
//! - `appeal_clock` (F4): a received decision whose three weeks to appeal end within a week.
//! - `appeal_forward` (F6): an appeal in time not forwarded to the court within the guideline's
//!   days.
//! - `plan_missing` (P1), `changed_needs` (P3): the provider's work (`reminders/provider_work.rs`).
//!
//! `not_used` (D3, after `lvu_review`) and `ivo_window` (R1, last) are in `reminders_law.rs`.

use std::io::Write;

use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;
use serde_json::Value;

use super::{Common, Sheet, meta, swedish};
use crate::Ctx;
use crate::domain::cancellation::{Cancelled, CancelledBy, flag_repeated};
use crate::domain::case::InsatsType;
use crate::domain::dates::{add_months, sub_months, years_between};
use crate::domain::followup::{
    DueState, agreement_review, due_state, follow_up_due, next_lvu_review,
};
use crate::domain::report::{execute_by, minus_days, plus_days};
use crate::domain::rules::Rule;
use crate::render::Output;
use crate::render::report::{Blocks, Column, Report, WhenEmpty, col};
use crate::render::spill;
use crate::store::Db;
use crate::store::reports::Subject;
use crate::store::reports::reminders as q;

mod held;
mod provider_work;
pub(crate) mod summary;

use summary::{Held, Item, Tally};

/// Everything that needs action: grants ending (G1), orders not executed (D3), follow-ups and
/// LVU reviews (G1, E9), agreement reviews (E8), repeated cancellations (E5).
///
/// Prints nothing and exits 0 when nothing needs action (so that cron mails only when there is
/// something to do); with JSON it prints the empty document {"as_of": ..., "items": []}.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples (crontab, one line per caseworker; cron mails only when there is something to do):\n  \
    0 6 * * 1-5  insats report reminders --caseworker anna.lindqvist\n  \
    0 6 * * 1-5  insats report reminders --mine --within 14"
)]
pub struct RemindersArgs {
    /// What falls due within this many days from today (and everything overdue)
    #[arg(long, value_name = "DAYS", default_value_t = 30,
          value_parser = clap::value_parser!(u32).range(0..=3660))]
    pub within: u32,
    #[command(flatten)]
    pub common: Common,
    /// Only the cases of the person acting (a caseworker's own nightly cron job, S2)
    #[arg(long, conflicts_with = "caseworker")]
    pub mine: bool,
    /// Only the cases of caseworker LOGIN: one cron line per caseworker mails each their own
    #[arg(long, value_name = "LOGIN")]
    pub caseworker: Option<String>,
    /// Print the SQL statements the report runs, parameters filled in, instead of the report
    /// (for the benchmark's comparison with the sqlite3 shell)
    #[arg(long, hide = true)]
    pub sql: bool,
}

pub const COLUMNS: &[Column] = &[
    col("kind", 16).words(summary::kind_words),
    col("case_id", 7),
    col("rule", 4),
    col("due", 10),
    col("overdue", 7).after_previous(),
    col("pnr", 17),
    col("caseworker", 12),
    col("message", 40),
];

pub fn run(ctx: &Ctx, command: &'static str, args: RemindersArgs) -> Result<Box<dyn Output>> {
    let sheet = Sheet::open(ctx, command, "reminders", &args.common)?;
    let within = args.within;
    let mut m = meta([("within_days", Value::from(within))]);
    if args.sql {
        crate::store::reports::record_sql();
        gather(&sheet, within, None)?;
        // Only statements were printed: nobody was shown (S4).
        sheet.store.note().people.clear();
        let mut w = std::io::stdout().lock();
        for sql in crate::store::reports::recorded_sql() {
            writeln!(w, "{};", sql.trim())?;
        }
        return Ok(Box::new(crate::render::report::Written));
    }
    let only = match (args.mine, args.caseworker) {
        (true, _) => Some(ctx.acting().staff),
        (false, Some(login)) => Some(caseworker(&sheet, &login)?),
        (false, None) => None,
    };
    let (tally, sorted) = gather(&sheet, within, only.as_deref())?;
    m.insert("summary".into(), summary::json(&tally));
    let first = summary::line(&tally);
    sheet.stream(COLUMNS, m, WhenEmpty::Quiet, |_, out| {
        out.preface(first);
        out.blocks(BLOCKS);
        sorted.each(&mut |row| out.row(row))
    })
}

/// Below 140 columns a table would leave the message a narrow strip: each reminder is then two
/// or more lines, its day, case, person and caseworker first and what to do below.
const BLOCKS: Blocks = Blocks { below: 140, block };

/// One reminder from its human cells (kind, case, rule, due, person, caseworker, message).
fn block(cells: &[&str], width: usize) -> String {
    let [kind, case, rule, due, pnr, caseworker, message] = cells else {
        return cells.join("  ");
    };
    let head = format!("{due}  ärende {case}  {pnr}  {caseworker}");
    let body = crate::render::table::wrap(&format!("    {kind} ({rule}): {message}"), width);
    format!("{}\n{body}", head.trim_end())
}

/// `--caseworker LOGIN`, trimmed; a login the staff register does not know is said on stderr
/// (a cron line with a mistyped login would otherwise stay silent for ever).
fn caseworker(sheet: &Sheet, login: &str) -> Result<String> {
    let login = login.trim();
    if login.is_empty() {
        return Err(crate::error::usage(
            "--caseworker is empty: give the caseworker's login",
        ));
    }
    if crate::store::staff::get(&sheet.store, login)?.is_none() {
        eprintln!(
            "warning: {login} is not in the staff register: only cases with {login} as their caseworker are listed"
        );
    }
    Ok(login.to_string())
}

/// The first `n` reminders of every kind, sorted as the report sorts them, to `out`; returns how
/// many there are in all. Only those `n` are held, however many there are (the
/// 1,000,000-case demo file has a million).
pub fn first(sheet: &Sheet, out: &mut Report<'_>, within: u32, n: usize) -> Result<usize> {
    out.blocks(BLOCKS);
    let held = Held::First {
        n,
        best: std::collections::BinaryHeap::new(),
    };
    let r = collect(sheet, within, None, held)?;
    if let Held::First { best, .. } = r.held {
        for b in best.into_sorted_vec() {
            out.row(b.item.row())?;
        }
    }
    Ok(r.seen)
}

/// Every kind of reminder (of caseworker `only`'s cases when given), sorted overdue first, then
/// by due day, and counted per kind; beyond `render::spill`'s budget, held in a temporary file.
fn gather(sheet: &Sheet, within: u32, only: Option<&str>) -> Result<(Tally, held::All)> {
    let r = collect(
        sheet,
        within,
        only,
        Held::All(held::All::new(spill::budget()?)),
    )?;
    match r.held {
        Held::All(sorted) => Ok((r.tally, sorted)),
        Held::First { .. } => bail!("the reminders lost their place"),
    }
}

/// Runs every kind's statements, `held` taking what they write.
fn collect<'a>(
    sheet: &'a Sheet,
    within: u32,
    only: Option<&'a str>,
    held: Held,
) -> Result<Reminders<'a>> {
    let mut r = Reminders {
        sheet,
        held,
        within,
        mine: only,
        tally: Tally::default(),
        seen: 0,
    };
    r.expiring()?;
    r.unexecuted()?;
    r.follow_ups()?;
    r.cancellations()?;
    r.agreements()?;
    r.lvu_reviews()?;
    r.not_used()?;
    r.waiting()?;
    r.demanded()?;
    r.consent_withdrawn()?;
    r.appeal_clocks()?;
    r.appeals_waiting()?;
    r.plan_missing()?;
    r.changed_needs()?;
    r.ivo_window()?;
    Ok(r)
}

pub(super) struct Reminders<'a> {
    pub(super) sheet: &'a Sheet,
    held: Held,
    pub(super) within: u32,
    mine: Option<&'a str>,
    tally: Tally,
    /// How many were written, kept or not.
    seen: usize,
}

impl Reminders<'_> {
    pub(super) fn today(&self) -> NaiveDate {
        self.sheet.today
    }

    pub(super) fn horizon(&self) -> NaiveDate {
        plus_days(self.today(), self.within)
    }

    pub(super) fn write(
        &mut self,
        kind: &'static str,
        rule: Rule,
        who: &Subject,
        due: NaiveDate,
        overdue: bool,
        message: String,
    ) -> Result<()> {
        if self.mine.is_some_and(|me| me != who.caseworker) {
            return Ok(());
        }
        let pnr = self.sheet.identity(&who.pnr, who.protected);
        let item = Item {
            kind,
            due,
            overdue,
            case_id: who.case_id,
            rule: rule.id(),
            pnr,
            caseworker: who.caseworker.clone(),
            message,
        };
        self.seen += 1;
        let place = summary::place(kind, self.seen);
        self.tally.add(kind, overdue, due, place);
        match &mut self.held {
            Held::All(all) => all.push(item, place)?,
            Held::First { n, best } => {
                // The heap's greatest is the last in the report's order: dropped past `n`.
                best.push(summary::Ranked::new(item, place));
                if best.len() > *n {
                    best.pop();
                }
            }
        }
        Ok(())
    }

    /// G1: grants ending within the window.
    fn expiring(&mut self) -> Result<()> {
        let (today, horizon) = (self.today(), self.horizon());
        let sheet = self.sheet;
        let conn: &Db = &sheet.store;
        q::expiring(conn, today, horizon, &mut |g| {
            let left = (g.to - today).num_days();
            let when = match left {
                0 => "i dag".to_string(),
                1 => "i morgon".to_string(),
                n => format!("om {n} dagar"),
            };
            let message = format!(
                "beslutet om {} upphör {} ({when}): följ upp och fatta vid behov nytt beslut",
                swedish(&g.who.insats),
                g.to
            );
            self.write("expiring", Rule::G1, &g.who, g.to, false, message)
        })
    }

    /// D3: orders not executed as their three months run out or past them, and grants with no
    /// order at all.
    fn unexecuted(&mut self) -> Result<()> {
        let (today, horizon) = (self.today(), self.horizon());
        let months = self.sheet.guideline.settings.execute_within_months;
        // Generous by a few days (month ends clamp); the deadline itself is checked below.
        let decided_by = plus_days(sub_months(horizon, months), 3);
        let sheet = self.sheet;
        let conn: &Db = &sheet.store;
        let deadline = |decided| execute_by(decided, months);
        q::unexecuted(conn, horizon, decided_by, &deadline, &mut |u| {
            if u.execute_by > horizon {
                return Ok(());
            }
            let overdue = u.execute_by < today;
            let by = u.execute_by;
            let decided = u.decided;
            let message = match (&u.provider, overdue) {
                (None, _) => format!(
                    "beviljat {decided} men ingen beställning gjord: ska vara verkställt senast {by}"
                ),
                (Some(_), true) => format!(
                    "ej verkställt i tid: beslut {decided} skulle ha verkställts senast {by} ({} dagar sedan)",
                    (today - u.execute_by).num_days()
                ),
                (Some(p), false) => format!(
                    "beställningen till {p} ska vara verkställd senast {by} (beslut {decided})"
                ),
            };
            self.write(
                "unexecuted",
                Rule::D3,
                &u.who,
                u.execute_by,
                overdue,
                message,
            )
        })
    }

    /// G1, E6: the follow-up before a grant ends. For an LVU decision (E9) only a follow-up
    /// made on or after the day it falls due counts; the earlier ones are its reviews.
    fn follow_ups(&mut self) -> Result<()> {
        let (today, within) = (self.today(), self.within);
        let guideline = std::rc::Rc::clone(&self.sheet.guideline);
        let settings = &guideline.settings;
        let weeks = settings.follow_up_weeks_before_end;
        let horizon = self.horizon();
        let lvu = InsatsType::KvalificeradLvu.as_str();
        let sheet = self.sheet;
        let conn: &Db = &sheet.store;
        q::follow_ups(conn, horizon, weeks, lvu, &mut |g| {
            let due = follow_up_due(g.from, g.to, settings);
            let done = match g.last_follow_up {
                Some(day) if g.who.insats == lvu => day >= due,
                Some(_) => true,
                None => false,
            };
            let state = due_state(due, today, within);
            if done || state == DueState::NotDue {
                return Ok(());
            }
            let message = format!(
                "uppföljning av beslutet om {} före dess slut {}: fortsätta, ändra, förlänga eller avsluta",
                swedish(&g.who.insats),
                g.to
            );
            self.write(
                "follow_up_due",
                Rule::G1,
                &g.who,
                due,
                state == DueState::Overdue,
                message,
            )
        })
    }

    /// E5: cases with repeated cancellations by the individual's side without a new time. The
    /// few flagged are sorted by their last cancellation before printing.
    fn cancellations(&mut self) -> Result<()> {
        let today = self.today();
        let guideline = std::rc::Rc::clone(&self.sheet.guideline);
        let settings = &guideline.settings;
        let rules = &settings.cancellation;
        // The flag's last cancellation lies within one window of today, its first within one
        // window before that: two windows back, and a few days for month ends.
        let from = minus_days(
            sub_months(today, rules.flag_window_months.saturating_mul(2)),
            3,
        );
        let sheet = self.sheet;
        let conn: &Db = &sheet.store;
        // Every candidate's cancellations in one statement, grouped by case as they come.
        let mut by_case: Vec<(i64, Vec<Cancelled>)> = Vec::new();
        q::candidate_cancellations(
            conn,
            from,
            today,
            rules.flag_count,
            minus_days(from, 1),
            &mut |case_id, c| {
                let Some(by) = CancelledBy::parse(&c.by) else {
                    return Ok(());
                };
                let entry = Cancelled {
                    day: c.day,
                    by,
                    rebooked: c.rebooked,
                };
                match by_case.last_mut() {
                    Some((id, list)) if *id == case_id => list.push(entry),
                    _ => by_case.push((case_id, vec![entry])),
                }
                Ok(())
            },
        )?;
        let mut flagged = Vec::new();
        for (case_id, list) in by_case {
            // Fewer cancellations never raise a flag, so the case is looked up only when all of
            // them do; then only those after its latest assessment count.
            if flag_repeated(&list, today, settings).is_none() {
                continue;
            }
            let Some((who, assessed)) = q::open_subject(conn, case_id)? else {
                continue;
            };
            let after = assessed.unwrap_or(chrono::NaiveDate::MIN);
            let since: Vec<Cancelled> = list.into_iter().filter(|c| c.day > after).collect();
            if let Some(flag) = flag_repeated(&since, today, settings) {
                flagged.push((flag, who));
            }
        }
        flagged.sort_by_key(|(flag, who)| (flag.last, who.case_id));
        for (flag, who) in flagged {
            let message = format!(
                "{} avbokningar utan ny tid {}–{}: utföraren meddelar biståndshandläggaren, som överväger en ny utredning",
                flag.count, flag.first, flag.last
            );
            self.write("cancellations", Rule::E5, &who, flag.last, false, message)?;
        }
        Ok(())
    }

    /// E8: the yearly follow-up of the agreement with the assignee.
    fn agreements(&mut self) -> Result<()> {
        let (today, within) = (self.today(), self.within);
        let guideline = std::rc::Rc::clone(&self.sheet.guideline);
        let settings = &guideline.settings;
        let base_by = plus_days(
            sub_months(self.horizon(), settings.agreement_review_months),
            3,
        );
        let sheet = self.sheet;
        let conn: &Db = &sheet.store;
        q::agreements(conn, base_by, &mut |a| {
            let due = agreement_review(a.start, a.last_review, settings);
            let state = due_state(due, today, within);
            if state == DueState::NotDue {
                return Ok(());
            }
            let since = match a.last_review {
                Some(d) => format!("senast uppföljd {}", d),
                None => format!("uppdraget började {}", a.start),
            };
            let message =
                format!("årlig uppföljning av överenskommelsen med uppdragstagaren ({since})");
            self.write(
                "agreement_review",
                Rule::E8,
                &a.who,
                due,
                state == DueState::Overdue,
                message,
            )
        })
    }

    /// E9: the next reconsideration of an LVU decision, counted from the last follow-up of the
    /// decision (or the day it was made); one falling after the decision's end is left to the
    /// follow-up before the end.
    fn lvu_reviews(&mut self) -> Result<()> {
        let (today, within) = (self.today(), self.within);
        let guideline = std::rc::Rc::clone(&self.sheet.guideline);
        let settings = &guideline.settings;
        let lvu = InsatsType::KvalificeradLvu.as_str();
        let sheet = self.sheet;
        let conn: &Db = &sheet.store;
        q::grants_of_type(conn, lvu, &mut |g| {
            let next = next_lvu_review(g.decided, g.last_follow_up, settings);
            let state = due_state(next, today, within);
            if next > g.to || state == DueState::NotDue {
                return Ok(());
            }
            let since = match g.last_follow_up {
                Some(d) => format!("senast omprövat {}", d),
                None => format!("beslutet fattades {}", g.decided),
            };
            let message = format!(
                "omprövning av beslutet om särskilt kvalificerad kontaktperson enligt LVU, minst var {}:e månad ({since})",
                settings.lvu_review_months
            );
            self.write(
                "lvu_review",
                Rule::E9,
                &g.who,
                next,
                state == DueState::Overdue,
                message,
            )
        })
    }
}

impl Reminders<'_> {
    /// F8: a child's investigation is to be finished within four months (SoL 11 kap 2 §), and an
    /// application undecided for six months lets the applicant demand a decision (FL 12 §).
    fn waiting(&mut self) -> Result<()> {
        let (today, within) = (self.today(), self.within);
        let received_by = sub_months(self.horizon(), 4);
        let sheet = self.sheet;
        let conn: &Db = &sheet.store;
        // Both kinds in one pass: each has its place among the reminders of a day (`place`).
        q::waiting(conn, received_by, &mut |w| {
            let investigation = add_months(w.received, 4);
            let child = years_between(w.who.birth_date, w.received) < 18;
            // A court's umgängesstöd is executed, not investigated; a case the committee opened
            // itself is not an application that can be left waiting.
            let by = w.requested_by.as_deref();
            let insats = swedish(&w.who.insats);
            if child
                && by != Some("court")
                && w.who.case_status == "application"
                && due_state(investigation, today, within) != DueState::NotDue
            {
                let message = format!(
                    "utredningen av barnets ärende ({insats}) ska vara klar inom fyra månader från ansökan {}",
                    w.received
                );
                let overdue = investigation < today;
                let kind = "investigation_due";
                self.write(kind, Rule::F8, &w.who, investigation, overdue, message)?;
            }
            let six = add_months(w.received, 6);
            let application = !matches!(by, Some("court" | "committee"));
            if application && due_state(six, today, within) != DueState::NotDue {
                let message = format!(
                    "ansökan ({insats}) från {} är inte avgjord: efter sex månader kan den enskilde begära avgörande",
                    w.received
                );
                let kind = "application_waiting";
                self.write(kind, Rule::F8, &w.who, six, six < today, message)?;
            }
            Ok(())
        })
    }

    /// F8: a written demand for a decision is answered within four weeks.
    fn demanded(&mut self) -> Result<()> {
        let (today, within) = (self.today(), self.within);
        let by = minus_days(self.horizon(), 28);
        let sheet = self.sheet;
        let conn: &Db = &sheet.store;
        q::demanded(conn, by, &mut |w| {
            let Some(demanded) = w.demanded else {
                return Ok(());
            };
            let due = plus_days(demanded, 28);
            let state = due_state(due, today, within);
            if state == DueState::NotDue {
                return Ok(());
            }
            let message = format!(
                "skriftlig begäran om avgörande {}: avgör ärendet eller avslå begäran i ett särskilt beslut",
                demanded
            );
            self.write(
                "decision_demanded",
                Rule::F8,
                &w.who,
                due,
                state == DueState::Overdue,
                message,
            )
        })
    }

    /// K5: the individual (or a guardian) withdrew the consent a contact person rests on, and
    /// nothing since says otherwise: the intervention ends, at a follow-up.
    fn consent_withdrawn(&mut self) -> Result<()> {
        let today = self.today();
        let sheet = self.sheet;
        let conn: &Db = &sheet.store;
        q::withdrawn(conn, &mut |w| {
            let message = format!(
                "samtycket återkallat {} ({}): insatsen ska avslutas; följ upp beslutet",
                w.day, w.by
            );
            self.write(
                "consent_withdrawn",
                Rule::K5,
                &w.who,
                w.day,
                w.day < today,
                message,
            )
        })
    }
}

impl Reminders<'_> {
    /// F4: a decision the party received whose time to appeal ends within a week: it gains
    /// legal force then, which some steps wait for.
    fn appeal_clocks(&mut self) -> Result<()> {
        let today = self.today();
        let week = plus_days(today, 7);
        // Three weeks and up to four days more when the last day falls on holidays.
        let (from, to) = (minus_days(today, 26), minus_days(week, 21));
        let sheet = self.sheet;
        let conn: &Db = &sheet.store;
        let mut due = Vec::new();
        crate::store::reports::appeals::clocks(conn, from, to, &mut |c| {
            let last = crate::domain::holidays::appeal_last_day(c.received);
            if last >= today && last <= week {
                due.push((last, c));
            }
            Ok(())
        })?;
        due.sort_by_key(|(last, c)| (*last, c.who.case_id));
        for (last, c) in due {
            let which = c
                .decision_id
                .map(|d| format!("beslut #{d}"))
                .unwrap_or_else(|| "beslutet".to_string());
            let message = format!(
                "tiden att överklaga {which} går ut {} (mottaget {}); därefter vinner beslutet laga kraft",
                last, c.received
            );
            self.write("appeal_clock", Rule::F4, &c.who, last, false, message)?;
        }
        Ok(())
    }

    /// F6: an appeal in time is forwarded to the court without delay.
    fn appeals_waiting(&mut self) -> Result<()> {
        let (today, horizon) = (self.today(), self.horizon());
        let days = self.sheet.guideline.settings.forward_days();
        let by = minus_days(horizon, days);
        let sheet = self.sheet;
        let conn: &Db = &sheet.store;
        let mut due = Vec::new();
        crate::store::reports::appeals::waiting(conn, by, &mut |w| {
            due.push(w);
            Ok(())
        })?;
        for w in due {
            let forward_by = crate::domain::due_process::forward_by(w.came, days);
            let message = format!(
                "överklagandet #{} kom in {} och ska överlämnas till förvaltningsrätten senast {} om nämnden inte ändrar beslutet helt",
                w.appeal_id, w.came, forward_by
            );
            self.write(
                "appeal_forward",
                Rule::F6,
                &w.who,
                forward_by,
                forward_by < today,
                message,
            )?;
        }
        Ok(())
    }
}
