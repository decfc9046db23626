//! `insats show CASE`: the whole case as the caseworker reads it; the provider's coordinator
//! reads the provider's part of it (`provider`, S5).

pub mod provider;

use std::io::{self, Write};

use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::Ctx;
use crate::act::carry_out::{HoursView, case_hours};
use crate::act::follow_up::{DueView, case_due};
use crate::domain::access::View;
use crate::domain::decision::DecisionStatus;
use crate::domain::followup::DueState;
use crate::json_by_serde;
use crate::render::table::table;
use crate::render::{Output, Style, bold, ja_nej};
use crate::store::Store;
use crate::store::assessment::{Summary as AssessmentSummary, summary as assessment_summary};
use crate::store::assignment::{AgreementRow, OfferRow, active_agreement, pending_offer};
use crate::store::cases::{CaseRow, PersonRow, get_case, get_person};
use crate::store::decision::{DecisionRow, history};
use crate::store::guideline::in_use;
use crate::store::journal::{Entry, entries};
use crate::store::order::{OrderRow, open};

/// Print the whole case: person, consents, status, journal
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
}

#[derive(Debug, Serialize)]
pub struct CaseView {
    pub case_id: i64,
    pub status: crate::domain::case::CaseStatus,
    pub insats: crate::domain::case::InsatsType,
    pub age: u32,
    pub person: PersonRow,
    pub case: CaseRow,
    /// The decision in force, if any.
    pub decision: Option<DecisionRow>,
    /// Every decision of the case, oldest first (replaced ones too).
    pub decisions: Vec<DecisionRow>,
    /// The order to the provider that has not ended, if any.
    pub order: Option<OrderRow>,
    /// The latest assessment that is not superseded (in progress or completed).
    pub assessment: Option<AssessmentSummary>,
    pub journal: Vec<Entry>,
    /// The hours balance of the period containing today, once the order is executed (E1).
    pub hours: Option<HoursView>,
    /// The grant's follow-up, LVU reviews and agreement review, by date (G1, E8, E9).
    pub due: Vec<DueView>,
    /// The assignee's agreement in force (match start), if any.
    pub agreement: Option<AgreementRow>,
    /// The offer waiting for an answer (match offer), if any.
    pub pending_offer: Option<OfferRow>,
}

/// Loads everything `show` prints; other commands reuse it.
pub fn load(store: &Store, case_id: i64) -> Result<CaseView> {
    let case = get_case(store, case_id)?;
    let person = get_person(store, case.person_id)?;
    let age = person.pnr()?.age_on(store.actor().today);
    let guideline = in_use(store)?;
    let today = store.actor().today;
    let hours = case_hours(store, &case, &guideline, today)?;
    let due = case_due(store, case_id, &guideline.settings, today)?;
    let journal = entries(store, case_id)?;
    let decisions = history(store, case_id)?;
    let decision = decisions
        .iter()
        .find(|d| d.status == DecisionStatus::InForce)
        .cloned();
    let order = open(store, case_id)?;
    let assessment = assessment_summary(store, case_id)?;
    let agreement = active_agreement(store, case_id)?;
    let pending_offer = pending_offer(store, case_id)?;
    Ok(CaseView {
        case_id,
        status: case.status,
        insats: case.insats,
        age,
        person,
        case,
        decision,
        decisions,
        order,
        assessment,
        journal,
        hours,
        due,
        agreement,
        pending_offer,
    })
}

pub fn run(ctx: &Ctx, command: &'static str, args: ShowArgs) -> Result<Box<dyn Output>> {
    let store = ctx.open_existing(command)?;
    if ctx.view() == View::Provider {
        // S5: the provider's coordinator sees the provider's part of the case.
        return Ok(Box::new(provider::load(&store, args.case)?));
    }
    // S4: the caseworker's view shows the whole personal identity number.
    store.note().revealed = true;
    Ok(Box::new(load(&store, args.case)?))
}

impl Output for CaseView {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        let c = &self.case;
        let p = &self.person;
        writeln!(
            w,
            "{}",
            bold(
                &format!("Case {} · {} · {}", self.case_id, c.insats, c.status),
                style
            )
        )?;
        let pnr = p
            .pnr()
            .map(|n| n.formatted())
            .unwrap_or_else(|_| p.pnr.clone());
        writeln!(
            w,
            "  person      {}, {} ({} years, {})",
            p.name, pnr, self.age, p.sex
        )?;
        // G5: this is the caseworker's own view of the case, so it shows the number and the
        // address; for a protected identity (skyddad identitet) the address carries a marker,
        // and nothing else the file prints (letters, exports, lists, reports) shows either.
        if let Some(a) = &p.address {
            if p.protected {
                writeln!(
                    w,
                    "  address     {a}  {}",
                    bold("[SKYDDAD IDENTITET: never give the address out]", style)
                )?;
            } else {
                writeln!(w, "  address     {a}")?;
            }
        }
        if p.protected {
            writeln!(
                w,
                "  protected   yes: skyddad identitet; letters, exports, lists and reports show neither number nor address (G5)"
            )?;
        }
        writeln!(
            w,
            "  received    {} (requested by {})",
            c.received, c.requested_by
        )?;
        let guardians = c
            .guardians
            .map(|g| g.to_string())
            .unwrap_or_else(|| "-".into());
        writeln!(
            w,
            "  consent     own: {}, guardian: {}, guardians: {guardians}",
            ja_nej(c.consent_self),
            ja_nej(c.consent_guardian)
        )?;
        if let Some(r) = &c.court_ref {
            writeln!(w, "  court ref   {r}")?;
        }
        if let Some(g) = c.lss_group {
            writeln!(w, "  LSS group   {g}")?;
        }
        writeln!(w, "  housing     {}", c.housing)?;
        if let Some(p) = &c.workplace {
            writeln!(w, "  workplace   {p}")?;
        }
        if let Some(p) = &c.residence {
            writeln!(w, "  residence   {p}")?;
        }
        if let Some(a) = &c.area {
            writeln!(w, "  area        {a}")?;
        }
        let wishes = describe_wishes(&c.wishes);
        if !wishes.is_empty() {
            writeln!(w, "  wishes      {wishes}")?;
        }
        writeln!(w, "  caseworker  {}", c.caseworker)?;
        write_decisions(w, self)?;
        if let Some(a) = &self.assessment {
            writeln!(w, "  assessment  {}", a.line())?;
        }
        if let Some(g) = &self.agreement {
            writeln!(
                w,
                "  assignee    {} (assignee {}, {}) since {}; agreement review by {} (E8)",
                g.assignee_name, g.assignee_id, g.role, g.start_day, g.review_due
            )?;
        }
        if let Some(o) = &self.pending_offer {
            writeln!(
                w,
                "  offered     to {} (assignee {}) on {}, waiting for an answer",
                o.assignee_name, o.assignee_id, o.offered_day
            )?;
        }
        writeln!(w)?;
        if self.hours.is_some() || !self.due.is_empty() {
            write_carrying(w, self, style)?;
        }
        writeln!(w, "{}", bold("Journal", style))?;
        write_journal(w, &self.journal, style)
    }
}

/// The decision in force, earlier decisions, and the open order.
fn write_decisions(w: &mut dyn Write, v: &CaseView) -> io::Result<()> {
    if let Some(d) = &v.decision {
        writeln!(w, "  decision    {}", describe_decision(d))?;
    }
    for d in v
        .decisions
        .iter()
        .filter(|d| d.status != DecisionStatus::InForce)
    {
        writeln!(
            w,
            "  earlier     #{} {}, {}",
            d.decision_id, d.outcome, d.status
        )?;
    }
    if let Some(o) = &v.order {
        writeln!(
            w,
            "  order       #{} to {}, {} h/month, execute by {} ({})",
            o.order_id, o.provider, o.hours_per_month, o.execute_by, o.status
        )?;
    }
    Ok(())
}

fn describe_decision(d: &DecisionRow) -> String {
    let mut t = format!("#{} {}", d.decision_id, d.outcome);
    if d.is_grant() {
        t.push_str(&format!(
            " {} – {}, {} h/month",
            d.from.map(|x| x.to_string()).unwrap_or_default(),
            d.to.map(|x| x.to_string()).unwrap_or_default(),
            d.hours_per_month.unwrap_or_default()
        ));
        if let Some(m) = d.meetings_per_month {
            t.push_str(&format!(", {m} meetings/month"));
        }
        if d.partial {
            t.push_str(", partial");
        }
    }
    t.push_str(&format!(" (decided {} by {})", d.decided_day, d.decided_by));
    t
}

/// The hours balance and what is scheduled (E1, G1, E8, E9).
fn write_carrying(w: &mut dyn Write, v: &CaseView, style: Style) -> io::Result<()> {
    writeln!(w, "{}", bold("Carrying out", style))?;
    if let Some(h) = &v.hours {
        writeln!(w, "  hours       {}", h.describe())?;
    }
    for d in &v.due {
        let state = match d.state {
            DueState::Overdue => "overdue",
            DueState::DueWithin => "due",
            DueState::NotDue => "scheduled",
        };
        writeln!(
            w,
            "  {:<11} {} {state} ({}): {}",
            d.kind.replace('_', " ").trim_end_matches(" due"),
            d.due,
            d.rule,
            d.message
        )?;
    }
    writeln!(w)
}

/// The individual's wishes (D4) in one line.
fn describe_wishes(w: &crate::domain::case::Wishes) -> String {
    let mut parts = Vec::new();
    if let Some(s) = &w.sex {
        parts.push(format!("sex {s}"));
    }
    if !w.languages.is_empty() {
        parts.push(format!("speaks {}", w.languages.join(", ")));
    }
    if !w.interests.is_empty() {
        parts.push(format!("interests {}", w.interests.join(", ")));
    }
    parts.join("; ")
}

/// The journal as a table; corrected entries say which entry corrects them.
pub fn write_journal(w: &mut dyn Write, journal: &[Entry], style: Style) -> io::Result<()> {
    let rows = journal.iter().map(|e| {
        let mut text = e.text.clone();
        if let Some(c) = e.corrects {
            text = format!("[corrects #{c}] {text}");
        }
        if !e.corrected_by.is_empty() {
            let by: Vec<String> = e.corrected_by.iter().map(|b| format!("#{b}")).collect();
            text = format!("{text} [corrected by {}]", by.join(", "));
        }
        vec![
            format!("#{}", e.entry_id),
            e.day.clone(),
            e.user.clone(),
            e.kind.clone(),
            text,
        ]
    });
    writeln!(
        w,
        "{}",
        table(&["entry", "date", "by", "kind", "text"], rows, style)
    )
}
