//! Carrying out (verkställighet): the provider records the meetings held and cancelled once the
//! order is executed, and the hours balance of the period follows (E1-E5). `log --visit` and
//! `log --cancel` come here; `show` reads the balance here.
//!
//! The choices:
//! - Visits and cancellations rest on the grant in force and its executed order. No grant in
//!   force: refused (G3, an intervention is always preceded by a decision). An order not yet
//!   executed, or a day before its execution: an error (exit 1), since nobody was there to meet.
//! - A day after the grant's end: refused (G3), no decision covers it. A visit after today: an
//!   error (it has not happened). A cancellation may be of a meeting ahead, but its notice must
//!   have been given by today.
//! - Hours beyond what is left in the period are recorded, warned about on stderr and written
//!   as a warning in the journal (E1), in the same transaction as the visit.

use anyhow::{Result, anyhow, bail};
use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::domain::cancellation::{
    CancelledBy, Flag, HoursEffect, assess_cancellation, flag_repeated,
};
use crate::domain::case::InsatsType;
use crate::domain::hours::{
    Balance, HoursEntry, Level, Model, balance_levels, check_covered, check_visit,
};
use crate::domain::rules::Rule;
use crate::domain::warning::Warning;
use crate::guideline::Guideline;
use crate::store::Db;
use crate::store::Tx;
use crate::store::carry::{
    Grant, NewCancellation, Recording, active_agreement, cancellations_for_flag, grant_in_force,
    hours_entries, insert_cancellation, insert_visit, recorded_by, void,
};
use crate::store::cases::{CaseRow, get_case};
use crate::store::guideline::ensure_active;
use crate::store::journal::{self, EntryKind, append_recording};
use crate::store::people::get_person;

/// The hours balance of one period, with the model it was counted by.
#[derive(Debug, Clone, Serialize)]
pub struct HoursView {
    #[serde(flatten)]
    pub model: Model,
    pub order_id: i64,
    pub executed_day: NaiveDate,
    pub hours_per_month: f64,
    #[serde(flatten)]
    pub balance: Balance,
}

impl HoursView {
    /// One line for people: the period and what is granted, used, carried and lapsing.
    pub fn describe(&self) -> String {
        let b = &self.balance;
        let model = match self.model {
            Model::Strict => "strict".to_string(),
            Model::Flex { months } => format!("flex ({months} months)"),
        };
        let mut t = format!(
            "{model}, period {} – {}: granted {} h, used {} h, carried {} h, left {} h (lapses after {})",
            b.period_start,
            b.period_end,
            num(b.granted),
            num(b.used),
            num(b.carried),
            num(b.remaining),
            b.period_end
        );
        if b.lost > 0.0 {
            t.push_str(&format!(", lost {} h", num(b.lost)));
        }
        if b.kept > 0.0 {
            t.push_str(&format!(", kept {} h", num(b.kept)));
        }
        if b.over > 0.0 {
            t.push_str(&format!(", {} h over", num(b.over)));
        }
        t
    }
}

/// What visits and cancellations rest on: the grant in force and its executed order.
pub(crate) struct Carrying {
    pub case_id: i64,
    pub grant: Grant,
    pub order_id: i64,
    pub executed: NaiveDate,
    pub model: Model,
    /// The grant's levels (E1): its own, and before it those of the decisions it replaced.
    pub levels: Vec<Level>,
}

impl Carrying {
    /// The balance of the period containing `on`.
    pub(crate) fn view(&self, conn: &Db, on: NaiveDate) -> Result<HoursView> {
        let entries = hours_entries(conn, self.order_id)?;
        Ok(self.view_of(&entries, on))
    }

    /// The same, from a ledger at hand.
    pub(crate) fn view_of(&self, entries: &[HoursEntry], on: NaiveDate) -> HoursView {
        HoursView {
            model: self.model,
            order_id: self.order_id,
            executed_day: self.executed,
            // The level in force on the day shown (a change or an extension may start later).
            hours_per_month: Level::on(&self.levels, on).unwrap_or(self.grant.hours_per_month),
            balance: balance_levels(
                self.model,
                &self.levels,
                self.executed,
                self.grant.to,
                entries,
                on,
            ),
        }
    }
}

/// The hours model of the case's intervention, as the guideline sets it (E1).
fn hours_model(g: &Guideline, insats: InsatsType) -> Result<Model> {
    let i = g.intervention(insats).ok_or_else(|| {
        anyhow!(
            "the guideline in use ({}) has no intervention {insats}: import one that has",
            g.label()
        )
    })?;
    Ok(Model::from_guideline(
        i.hours_model,
        g.settings.flex_period_months,
    ))
}

/// The grant and executed order of a case, or why a `what` cannot be counted yet.
pub(crate) fn carrying(conn: &Db, case: &CaseRow, g: &Guideline, what: &str) -> Result<Carrying> {
    let case_id = case.case_id;
    let grant = grant_in_force(conn, case_id)?;
    check_covered(grant.as_ref().map(|g| (g.from, g.to)), None, what)?;
    let grant = grant.ok_or_else(|| anyhow!("case {case_id} has no grant in force"))?;
    let (grant, levels) = crate::store::carry::with_levels(conn, grant)?;
    let order = crate::store::order::open(conn, case_id)?.ok_or_else(|| {
        anyhow!(
            "case {case_id} has no order to a provider yet: a {what} cannot be counted before the order is executed"
        )
    })?;
    let executed = order.executed().ok_or_else(|| {
        anyhow!(
            "the order of case {case_id} is not executed yet: a {what} before the order is executed cannot be counted (`insats match start {case_id} --date DATE` executes it)"
        )
    })?;
    Ok(Carrying {
        case_id,
        grant,
        order_id: order.order_id,
        executed,
        model: hours_model(g, case.insats)?,
        levels,
    })
}

/// A day a visit or cancelled meeting may fall on: from the execution day to the grant's end.
pub(crate) fn check_day(c: &Carrying, on: NaiveDate, what: &str) -> Result<()> {
    if on < c.grant.from {
        check_covered(Some((c.grant.from, c.grant.to)), Some(on), what)?;
    }
    if on < c.executed {
        bail!(
            "the order was executed on {}: a {what} on {on}, before that, cannot be counted",
            c.executed
        );
    }
    check_covered(Some((c.grant.from, c.grant.to)), Some(on), what)?;
    Ok(())
}

/// The balance of the period containing today (or the grant's last day, once it has passed),
/// when the case has a grant in force and an executed order; for `show`.
pub fn case_hours(
    conn: &Db,
    case: &CaseRow,
    g: &Guideline,
    today: NaiveDate,
) -> Result<Option<HoursView>> {
    let Some(grant) = grant_in_force(conn, case.case_id)? else {
        return Ok(None);
    };
    let (grant, levels) = crate::store::carry::with_levels(conn, grant)?;
    let Some(executed) = crate::store::order::open(conn, case.case_id)?
        .and_then(|o| o.executed().map(|e| (o.order_id, e)))
    else {
        return Ok(None);
    };
    let c = Carrying {
        case_id: case.case_id,
        grant,
        order_id: executed.0,
        executed: executed.1,
        model: hours_model(g, case.insats)?,
        levels,
    };
    let on = today.min(c.grant.to).max(c.executed);
    c.view(conn, on).map(Some)
}

#[derive(Debug, Serialize)]
pub struct Visited {
    pub case_id: i64,
    pub visit_id: i64,
    pub day: NaiveDate,
    pub hours: f64,
    pub journal_entry: i64,
    pub warnings: Vec<Warning>,
    /// The balance of the visit's period after it.
    pub balance: HoursView,
}

/// `log CASE --visit DATE --hours H [--note TEXT]`: a meeting held on `on`, counted against
/// the period's hours (E1).
pub fn visit(
    tx: &Tx,
    case_id: i64,
    on: NaiveDate,
    hours: f64,
    note: Option<&str>,
    today: NaiveDate,
) -> Result<Visited> {
    if on > today {
        bail!("the visit on {on} is after today ({today}): log a meeting once it has been held");
    }
    let case = get_case(tx, case_id)?;
    let g = ensure_active(tx)?.guideline;
    let c = carrying(tx, &case, &g, "visit")?;
    check_day(&c, on, "visit")?;
    let entries = hours_entries(tx, c.order_id)?;
    let r = record_visit(
        tx,
        &c,
        &entries,
        &NewVisit {
            on,
            hours,
            note,
            dated: today,
            corrects: None,
        },
    )?;
    Ok(Visited {
        case_id,
        visit_id: r.visit_id,
        day: on,
        hours,
        journal_entry: r.journal_entry,
        warnings: r.warnings,
        balance: c.view(tx, on)?,
    })
}

/// A visit as recorded.
pub(crate) struct VisitRecorded {
    pub visit_id: i64,
    pub journal_entry: i64,
    pub warnings: Vec<Warning>,
}

/// A visit to record: the meeting's day and hours, a note, the day its journal entry is dated,
/// and the entry it corrects (a visit recorded in place of a voided one).
#[derive(Clone, Copy)]
pub(crate) struct NewVisit<'a> {
    pub on: NaiveDate,
    pub hours: f64,
    pub note: Option<&'a str>,
    pub dated: NaiveDate,
    pub corrects: Option<i64>,
}

/// Records a visit on `on` (already checked against the order and the grant) with its journal
/// entry dated `dated`, and the warning when it goes beyond what was left in the period (E1).
/// `entries` is the order's ledger before the visit.
pub(crate) fn record_visit(
    tx: &Tx,
    c: &Carrying,
    entries: &[HoursEntry],
    v: &NewVisit,
) -> Result<VisitRecorded> {
    let NewVisit {
        on,
        hours,
        note,
        dated,
        corrects,
    } = *v;
    let case_id = c.case_id;
    let check = check_visit(
        c.model, &c.levels, c.executed, c.grant.to, entries, on, hours,
    );
    let entry = tx.next_journal_id()?;
    let visit_id = insert_visit(tx, case_id, c.order_id, on, hours, entry)?;
    let mut text = match corrects {
        Some(old) => format!(
            "Rättelse av #{old}: det tidigare registrerade stryks och ersätts av besök {on}, {} tim.",
            sv(hours)
        ),
        None => format!("Besök {on}, {} tim.", sv(hours)),
    };
    if let Some(n) = note {
        text.push(' ');
        text.push_str(n.trim());
    }
    let journal_entry = journal::append_recording_as(
        tx,
        case_id,
        corrects,
        &text,
        dated,
        &format!("visit #{visit_id} logged"),
    )?;
    if journal_entry != entry {
        bail!("the visit's journal entry was not the next one: nothing was recorded");
    }
    let mut warnings = Vec::new();
    if let Some(over) = check.over_by {
        let b = &check.before;
        let w = Warning::new(
            Rule::E1,
            format!(
                "the visit's {} h go {} h beyond what was left in the period {} – {} ({} h of {} h granted); recorded",
                num(hours),
                num(over),
                b.period_start,
                b.period_end,
                num(b.remaining),
                num(b.granted)
            ),
            format!(
                "Besöket {on} överskrider de beviljade timmarna för perioden {}–{} med {} tim ({} tim återstod av {}) (E1).",
                b.period_start,
                b.period_end,
                sv(over),
                sv(b.remaining),
                sv(b.granted)
            ),
        );
        journal::warn(tx, case_id, &w, dated)?;
        warnings.push(w);
    }
    Ok(VisitRecorded {
        visit_id,
        journal_entry,
        warnings,
    })
}

/// What `log --cancel` was told.
#[derive(Debug, Clone)]
pub struct CancelRequest {
    pub day: NaiveDate,
    pub by: CancelledBy,
    pub notice_days: u32,
    pub rebooked: Option<NaiveDate>,
    pub hours: Option<f64>,
    pub note: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct CancelLogged {
    pub case_id: i64,
    pub cancellation_id: i64,
    pub day: NaiveDate,
    pub by: CancelledBy,
    pub notice_days: u32,
    pub rebooked: Option<NaiveDate>,
    pub hours: f64,
    pub effect: HoursEffect,
    pub journal_entry: i64,
    pub warnings: Vec<Warning>,
    /// Repeated cancellations calling for a new assessment (E5).
    pub flag: Option<Flag>,
    /// The balance of the cancelled meeting's period after it.
    pub balance: HoursView,
}

/// `log CASE --cancel DATE --by WHO --notice-days N [--rebooked DATE] [--hours H]`: a cancelled
/// meeting, judged by who cancelled and how far ahead (E2-E5).
pub fn cancel(
    tx: &Tx,
    case_id: i64,
    req: &CancelRequest,
    today: NaiveDate,
) -> Result<CancelLogged> {
    let told = req
        .day
        .checked_sub_days(Days::new(u64::from(req.notice_days)))
        .unwrap_or(NaiveDate::MIN);
    if told > today {
        bail!(
            "a cancellation of the meeting on {} with {} days' notice is given on {told}, after today ({today}): log it once it is given",
            req.day,
            req.notice_days,
        );
    }
    let case = get_case(tx, case_id)?;
    let g = ensure_active(tx)?.guideline;
    let c = carrying(tx, &case, &g, "cancelled meeting")?;
    check_day(&c, req.day, "cancelled meeting")?;
    let r = record_cancellation(tx, &case, &c, req, &g, today, today)?;
    Ok(CancelLogged {
        case_id,
        cancellation_id: r.cancellation_id,
        day: req.day,
        by: req.by,
        notice_days: req.notice_days,
        rebooked: req.rebooked,
        hours: r.hours,
        effect: r.effect,
        journal_entry: r.journal_entry,
        warnings: r.warnings,
        flag: r.flag,
        balance: c.view(tx, req.day)?,
    })
}

/// A cancellation as recorded.
pub(crate) struct CancellationRecorded {
    pub cancellation_id: i64,
    pub hours: f64,
    pub effect: HoursEffect,
    pub journal_entry: i64,
    pub warnings: Vec<Warning>,
    pub flag: Option<Flag>,
}

/// Judges a cancelled meeting (already checked against the order and the grant) by who
/// cancelled and how far ahead (E2-E4, refusing E3), records it with its journal entries dated
/// `dated`, and flags repeated cancellations as of `today` (E5).
pub(crate) fn record_cancellation(
    tx: &Tx,
    case: &CaseRow,
    c: &Carrying,
    req: &CancelRequest,
    g: &Guideline,
    today: NaiveDate,
    dated: NaiveDate,
) -> Result<CancellationRecorded> {
    let case_id = case.case_id;
    let age = get_person(tx, case.person_id)?.pnr()?.age_on(req.day);
    let effect = assess_cancellation(req.by, age, req.notice_days, req.rebooked, &g.settings)
        .map_err(anyhow::Error::new)?;
    let hours = match req.hours {
        Some(h) => h,
        None => active_agreement(tx, case_id)?
            .and_then(|a| a.hours_per_meeting)
            .ok_or_else(|| {
                anyhow!(
                    "give --hours H, the cancelled meeting's length: case {case_id} has no agreement saying how long a meeting is"
                )
            })?,
    };
    let entry = tx.next_journal_id()?;
    let cancellation_id = insert_cancellation(
        tx,
        &NewCancellation {
            case_id,
            order_id: c.order_id,
            day: req.day,
            by: req.by,
            notice_days: req.notice_days,
            rebooked: req.rebooked,
            hours,
            effect: effect.hours,
        },
        entry,
    )?;
    let journal_entry = append_recording(
        tx,
        case_id,
        EntryKind::Event,
        &cancel_text(req, hours, effect.hours),
        dated,
        &format!("cancellation #{cancellation_id} logged"),
    )?;
    if journal_entry != entry {
        bail!("the cancellation's journal entry was not the next one: nothing was recorded");
    }
    let mut warnings = Vec::new();
    for (rule, message) in &effect.warnings {
        let w = Warning::new(
            *rule,
            message.clone(),
            cancel_warning_sv(*rule, req, hours, g),
        );
        journal::warn(tx, case_id, &w, dated)?;
        warnings.push(w);
    }
    let on = today.max(req.day);
    let flag = flag_repeated(&cancellations_for_flag(tx, case_id)?, on, &g.settings)
        .filter(|f| effect.counts_for_flag && f.first <= req.day && req.day <= f.last);
    if let Some(f) = &flag {
        let w = Warning::new(
            Rule::E5,
            format!(
                "{} cancellations without a new time between {} and {}: flagged for a new assessment",
                f.count, f.first, f.last
            ),
            format!(
                "{} avbokningar utan ny tid mellan {} och {}: flaggad för ny bedömning (E5).",
                f.count, f.first, f.last
            ),
        );
        journal::warn(tx, case_id, &w, dated)?;
        warnings.push(w);
    }
    Ok(CancellationRecorded {
        cancellation_id,
        hours,
        effect: effect.hours,
        journal_entry,
        warnings,
        flag,
    })
}

/// The journal's event for a cancellation, in Swedish.
fn cancel_text(req: &CancelRequest, hours: f64, effect: HoursEffect) -> String {
    let mut t = format!(
        "Avbokning av träffen {} ({} tim) av {} med {} dagars varsel: {}",
        req.day,
        sv(hours),
        req.by.swedish(),
        req.notice_days,
        effect.swedish()
    );
    match effect {
        HoursEffect::Rebooked => {
            if let Some(r) = req.rebooked {
                t.push_str(&format!(" till {r}"));
            }
        }
        HoursEffect::Lost => t.push_str(" (E4)"),
        HoursEffect::Kept if !req.by.is_individual_side() => t.push_str(" (E2)"),
        HoursEffect::Kept => {}
    }
    t.push('.');
    if let Some(n) = req.note.as_deref() {
        t.push(' ');
        t.push_str(n.trim());
    }
    t
}

/// The journal's warning for a cancellation rule, in Swedish.
fn cancel_warning_sv(rule: Rule, req: &CancelRequest, hours: f64, g: &Guideline) -> String {
    let c = &g.settings.cancellation;
    match rule {
        Rule::E2 => format!(
            "Utföraren avbokade träffen {} med {} dagars varsel; den enskilde ska underrättas minst {} dagar i förväg (E2).",
            req.day, req.notice_days, c.provider_min_notice_days
        ),
        Rule::E4 => format!(
            "Träffen {} avbokades med {} dagars varsel (högst {}) utan ny tid: {} tim förfaller (E4).",
            req.day,
            req.notice_days,
            c.individual_lost_if_notice_days_at_most,
            sv(hours)
        ),
        other => format!("Avbokningen av träffen {} ({other}).", req.day),
    }
}

/// Hours for people: no trailing zeros (3, 2.5).
pub fn num(x: f64) -> String {
    let r = (x * 100.0).round() / 100.0;
    format!("{r}")
}

/// Hours in Swedish: a decimal comma (2,5).
pub fn sv(x: f64) -> String {
    num(x).replace('.', ",")
}

/// What `log CASE --correct ENTRY` did.
#[derive(Debug, Serialize)]
pub struct Corrected {
    pub case_id: i64,
    pub entry_id: i64,
    pub corrects: i64,
    /// The visit or cancellation voided: its hours count nowhere any more.
    pub voided_visit: Option<i64>,
    pub voided_cancellation: Option<i64>,
    /// The visit that replaces it (with `--visit DATE --hours H`).
    pub replaced_by: Option<i64>,
    pub warnings: Vec<Warning>,
}

/// `log CASE --correct ENTRY --note TEXT [--visit DATE --hours H]`: a correction of the journal
/// (G4: the entry stays, the correction points at it). On a visit or cancellation it also voids
/// the row, which stays marked; with a visit given, that visit is recorded in its place.
pub fn correct(
    tx: &Tx,
    case_id: i64,
    entry: i64,
    note: &str,
    replacement: Option<(NaiveDate, f64)>,
) -> Result<Corrected> {
    let today = tx.actor().today;
    journal::check_owner(tx, case_id, entry)?;
    let recording = recorded_by(tx, entry)?;
    let (voided_visit, voided_cancellation) = match recording {
        Some(Recording::Visit { id, voided: false }) => (Some(id), None),
        Some(Recording::Cancellation { id, voided: false }) => (None, Some(id)),
        Some(_) => bail!(
            "journal entry {entry} recorded a meeting that a correction has voided already: \
             `insats log {case_id}` shows the correction"
        ),
        None if replacement.is_some() => bail!(
            "journal entry {entry} records no visit or cancellation: --visit replaces only a \
             recorded meeting (a note is corrected with --note alone)"
        ),
        None => {
            let entry_id = journal::correct(tx, case_id, entry, note)?;
            return Ok(Corrected {
                case_id,
                entry_id,
                corrects: entry,
                voided_visit: None,
                voided_cancellation: None,
                replaced_by: None,
                warnings: Vec::new(),
            });
        }
    };
    let what = recording.ok_or_else(|| anyhow!("entry {entry} records nothing"))?;
    let (entry_id, replaced_by, warnings) = match replacement {
        Some((on, hours)) => {
            if on > today {
                bail!(
                    "the visit on {on} is after today ({today}): log a meeting once it has been held"
                );
            }
            let case = get_case(tx, case_id)?;
            let g = ensure_active(tx)?.guideline;
            let c = carrying(tx, &case, &g, "visit")?;
            check_day(&c, on, "visit")?;
            // Voided first, with the number the correction's entry will have: the old hours are
            // out of the period the new visit is counted in.
            void(tx, what, tx.next_journal_id()?)?;
            let entries = hours_entries(tx, c.order_id)?;
            let r = record_visit(
                tx,
                &c,
                &entries,
                &NewVisit {
                    on,
                    hours,
                    note: Some(note),
                    dated: today,
                    corrects: Some(entry),
                },
            )?;
            (r.journal_entry, Some(r.visit_id), r.warnings)
        }
        None => {
            let kind = if voided_visit.is_some() {
                "besöket"
            } else {
                "avbokningen"
            };
            let text = format!(
                "Rättelse av #{entry}: {kind} stryks och dess timmar räknas inte. {}",
                note.trim()
            );
            let id = tx.next_journal_id()?;
            void(tx, what, id)?;
            let entry_id = journal::correct(tx, case_id, entry, &text)?;
            (entry_id, None, Vec::new())
        }
    };
    tx.audit(
        &match what {
            Recording::Visit { id, .. } => format!("visit #{id} voided by entry #{entry_id}"),
            Recording::Cancellation { id, .. } => {
                format!("cancellation #{id} voided by entry #{entry_id}")
            }
        },
        Some(case_id),
    )?;
    Ok(Corrected {
        case_id,
        entry_id,
        corrects: entry,
        voided_visit,
        voided_cancellation,
        replaced_by,
        warnings,
    })
}
