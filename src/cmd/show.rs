//! `insats show CASE`: the whole case as the caseworker reads it.

use std::io::{self, Write};

use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::Ctx;
use crate::json_by_serde;
use crate::render::table::table;
use crate::render::{Output, Style, bold, ja_nej};
use crate::store::Store;
use crate::store::assignment::{AgreementRow, OfferRow, active_agreement, pending_offer};
use crate::store::cases::{CaseRow, PersonRow, get_case, get_person};
use crate::store::journal::{Entry, entries};

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
    pub status: String,
    pub insats: String,
    pub age: u32,
    pub person: PersonRow,
    pub case: CaseRow,
    pub journal: Vec<Entry>,
    /// The assignee's agreement in force (match start), if any.
    pub agreement: Option<AgreementRow>,
    /// The offer waiting for an answer (match offer), if any.
    pub pending_offer: Option<OfferRow>,
}

/// Loads everything `show` prints; other commands reuse it.
pub fn load(store: &Store, case_id: i64) -> Result<CaseView> {
    let case = get_case(store.conn(), case_id)?;
    let person = get_person(store.conn(), case.person_id)?;
    let age = person.pnr()?.age_on(store.actor().today);
    let journal = entries(store.conn(), case_id)?;
    let agreement = active_agreement(store.conn(), case_id)?;
    let pending_offer = pending_offer(store.conn(), case_id)?;
    Ok(CaseView {
        case_id,
        status: case.status.clone(),
        insats: case.insats.clone(),
        age,
        person,
        case,
        journal,
        agreement,
        pending_offer,
    })
}

pub fn run(ctx: &Ctx, command: &'static str, args: ShowArgs) -> Result<Box<dyn Output>> {
    let store = ctx.open_for_read(command)?;
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
        if p.protected {
            writeln!(
                w,
                "  protected   yes: skyddad identitet, no address is given out"
            )?;
        } else if let Some(a) = &p.address {
            writeln!(w, "  address     {a}")?;
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
        writeln!(w, "{}", bold("Journal", style))?;
        write_journal(w, &self.journal, style)
    }
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
