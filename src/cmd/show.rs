//! `insats show CASE`: the whole case as the caseworker reads it; the provider's coordinator
//! reads the provider's part of it (`provider`, S5).

pub mod provider;
pub mod words;

use std::io::{self, Write};

use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::Ctx;
use crate::act::carry_out::{HoursView, case_hours, sv};
use crate::act::follow_up::{DueView, case_due};
use crate::domain::access::View;
use crate::domain::consent::Party;
use crate::domain::decision::DecisionStatus;
use crate::domain::pnr::Pnr;
use crate::error::usage;
use crate::json_by_serde;
use crate::render::table::table;
use crate::render::{Output, Style, bold};
use crate::store::Store;
use crate::store::appeal::{self, AppealRow};
use crate::store::assessment::{Summary as AssessmentSummary, summary as assessment_summary};
use crate::store::assignment::{AgreementRow, OfferRow, active_agreement, pending_offer};
use crate::store::cases::{CaseRow, get_case};
use crate::store::decision::{DecisionRow, history};
use crate::store::due_process::{Act, CommunicationRow, LetterRow, communications, letters};
use crate::store::guideline::in_use;
use crate::store::journal::{Entry, entries};
use crate::store::order::{OrderRow, open};
use crate::store::people::{self, ConsentRow, GuardianRow, PersonRow, get_person};
use words::{
    field, sv_appeal_status, sv_assessment, sv_decision_status, sv_due_kind, sv_due_state,
    sv_entry_kind, sv_hours, sv_housing, sv_how, sv_order_status, sv_sex, sv_wished_sex,
};

/// Print the whole case: person, consents, status, journal
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The case number, or the personnummer of a person with one case
    #[arg(value_name = "CASE")]
    pub case: String,
}

/// The case as `show` prints it: the stored row, with the consent it rests on today and the
/// guardians' count (for readers of the JSON from before consent was recorded as facts).
#[derive(Debug, Serialize)]
pub struct ShownCase {
    #[serde(flatten)]
    pub row: CaseRow,
    /// The individual's own request or consent is recorded and stands today (K1).
    pub consent_self: bool,
    /// A guardian's request or consent is recorded and stands today (K1).
    pub consent_guardian: bool,
    pub guardians: Option<u8>,
}

#[derive(Debug, Serialize)]
pub struct CaseView {
    pub case_id: i64,
    pub status: crate::domain::case::CaseStatus,
    pub insats: crate::domain::case::InsatsType,
    pub age: u32,
    pub person: PersonRow,
    pub case: ShownCase,
    /// Consent and request as recorded (K1, K2), oldest first.
    pub consents: Vec<ConsentRow>,
    /// A child's guardians, with what the file knows of them.
    pub guardian_details: Vec<GuardianRow>,
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
    /// Kommunicering (F1), oldest first.
    pub communications: Vec<CommunicationRow>,
    /// The letters sent, with the day each was received (F3).
    pub letters: Vec<LetterRow>,
    /// Appeals (F4-F7), oldest first.
    pub appeals: Vec<AppealRow>,
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
    let facts = people::consents(store, case_id)?;
    let consents = people::consents_of_person(store, case.person_id)?
        .into_iter()
        .filter(|c| c.case_id == case_id)
        .collect();
    let guardian_details = people::guardians(store, case.person_id)?;
    let shown = ShownCase {
        consent_self: facts.agrees(Party::Myself, today),
        consent_guardian: facts.agrees(Party::Guardian1, today)
            || facts.agrees(Party::Guardian2, today),
        guardians: person.guardians,
        row: case,
    };
    Ok(CaseView {
        case_id,
        status: shown.row.status,
        insats: shown.row.insats,
        age,
        person,
        case: shown,
        consents,
        guardian_details,
        decision,
        decisions,
        order,
        assessment,
        journal,
        hours,
        due,
        agreement,
        pending_offer,
        communications: communications(store, case_id)?,
        letters: letters(store, case_id)?,
        appeals: appeal::of_case(store, case_id)?,
    })
}

pub fn run(ctx: &Ctx, command: &'static str, args: ShowArgs) -> Result<Box<dyn Output>> {
    let store = ctx.open_existing(command)?;
    let case_id = case_of(&store, &args.case, ctx.today)?;
    if args.case.trim().parse::<i64>().is_err() {
        // Named by personnummer: the unit barrier (S3) and the access line (S4) once it is known.
        ctx.admit_case(&store, case_id)?;
    }
    if ctx.view() == View::Provider {
        // S5: the provider's coordinator sees the provider's part of the case.
        return Ok(Box::new(provider::load(&store, case_id)?));
    }
    // S4: the caseworker's view shows the whole personal identity number.
    store.note().revealed = true;
    Ok(Box::new(load(&store, case_id)?))
}

/// A case number, or the personnummer (any written form) of a person with exactly one case.
pub fn case_of(store: &Store, text: &str, today: chrono::NaiveDate) -> Result<i64> {
    let t = text.trim();
    let looks_like_pnr = t.contains(['-', '+']) || t.len() >= 10;
    if looks_like_pnr {
        let pnr = Pnr::parse(t, today).map_err(|e| anyhow::anyhow!("CASE: {e}"))?;
        let found = people::find_by_number(store, pnr.as_str())?;
        return match found.as_slice() {
            [] => Err(anyhow::anyhow!(
                "no person in the file has that personnummer: `insats find TEXT` searches by name"
            )),
            [one] => Ok(one.case_id),
            many => Err(anyhow::anyhow!(
                "that person has {} cases: give the case number (`insats person show PNR` lists them)",
                many.len()
            )),
        };
    }
    t.parse::<i64>().map_err(|_| {
        usage(format!(
            "CASE: '{t}' is not a case number or a personnummer: give a number such as 17"
        ))
    })
}

impl Output for CaseView {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        let c = &self.case.row;
        writeln!(
            w,
            "{}",
            bold(
                &format!(
                    "Ärende {} · {} · {}",
                    self.case_id,
                    c.insats,
                    c.status.swedish()
                ),
                style
            )
        )?;
        write_person(w, self, style)?;
        write_case(w, c)?;
        write_decisions(w, self)?;
        if let Some(a) = &self.assessment {
            field(w, "utredning", sv_assessment(a))?;
        }
        write_assignee(w, self)?;
        write_due_process(w, self)?;
        writeln!(w)?;
        if self.hours.is_some() || !self.due.is_empty() {
            write_carrying(w, self, style)?;
        }
        writeln!(w, "{}", bold("Journal", style))?;
        write_journal(w, &self.journal, style)
    }
}

/// What the application says of the case: court, LSS group, housing, places, wishes, who has it.
fn write_case(w: &mut dyn Write, c: &CaseRow) -> io::Result<()> {
    if let Some(r) = &c.court_ref {
        field(w, "målnummer", r)?;
    }
    if let Some(g) = c.lss_group {
        field(w, "personkrets", g)?;
    }
    field(w, "boende", sv_housing(c.housing))?;
    if let Some(p) = &c.workplace {
        field(w, "sysselsättning", p)?;
    }
    if let Some(p) = &c.residence {
        field(w, "bostad", p)?;
    }
    if let Some(a) = &c.area {
        field(w, "område", a)?;
    }
    let wishes = describe_wishes(&c.wishes);
    if !wishes.is_empty() {
        field(w, "önskemål", wishes)?;
    }
    field(w, "handläggare", &c.caseworker)
}

/// The assignee's agreement in force and the offer waiting for an answer.
fn write_assignee(w: &mut dyn Write, v: &CaseView) -> io::Result<()> {
    if let Some(g) = &v.agreement {
        field(
            w,
            "uppdragstagare",
            format!(
                "{} (uppdragstagare {}, {}) sedan {}; avtalsöversyn senast {} (E8)",
                g.assignee_name, g.assignee_id, g.role, g.start_day, g.review_due
            ),
        )?;
    }
    if let Some(o) = &v.pending_offer {
        field(
            w,
            "erbjudet",
            format!(
                "till {} (uppdragstagare {}) den {}, väntar på svar",
                o.assignee_name, o.assignee_id, o.offered_day
            ),
        )?;
    }
    Ok(())
}

/// Kommunicering, letters sent and received, and appeals (F1, F3-F7).
fn write_due_process(w: &mut dyn Write, v: &CaseView) -> io::Result<()> {
    for c in &v.communications {
        let reply = match c.replied {
            Some(r) => format!("svar kom {r}"),
            None => "inget svar ännu".to_string(),
        };
        field(
            w,
            "kommunicering",
            format!("skickad {}, svar senast {} ({reply})", c.sent, c.reply_by),
        )?;
    }
    for l in &v.letters {
        write_letter(w, l)?;
    }
    for a in &v.appeals {
        let last = a
            .last_day
            .map(|d| format!("sista dag {d}"))
            .unwrap_or_else(|| "mottagningsdagen okänd".to_string());
        field(
            w,
            "överklagande",
            format!(
                "#{} av beslut #{} kom {} ({}, {last}): {}",
                a.appeal_id,
                a.decision_id,
                a.came,
                if a.in_time { "i tid" } else { "för sent" },
                sv_appeal_status(a.status)
            ),
        )?;
    }
    Ok(())
}

/// A letter sent (F3): what it is about, how it went, and the day it was received.
fn write_letter(w: &mut dyn Write, l: &LetterRow) -> io::Result<()> {
    let received = match l.received {
        Some(r) => format!("mottaget {r}"),
        None => "mottagandet inte registrerat".to_string(),
    };
    let of = match (l.key.act, l.key.decision_id, l.key.appeal_id) {
        (Act::Dismissal, _, Some(a)) => format!("avvisning av överklagande #{a}"),
        (Act::Ending, Some(d), _) => format!("avslut av beslut #{d}"),
        (Act::WrittenOff, _, _) => "avskrivning".to_string(),
        (_, Some(d), _) => format!("beslut #{d}"),
        _ => "ärendet".to_string(),
    };
    field(
        w,
        "brev",
        format!(
            "#{} ({of}) skickat {} {}, {received}",
            l.letter_id,
            l.sent,
            sv_how(&l.how)
        ),
    )
}

/// The decision in force, earlier decisions, and the open order.
fn write_decisions(w: &mut dyn Write, v: &CaseView) -> io::Result<()> {
    if let Some(d) = &v.decision {
        field(w, "beslut", describe_decision(d))?;
    }
    for d in v
        .decisions
        .iter()
        .filter(|d| d.status != DecisionStatus::InForce)
    {
        field(
            w,
            "tidigare",
            format!(
                "#{} {}, {}",
                d.decision_id,
                d.outcome.swedish(),
                sv_decision_status(d.status)
            ),
        )?;
    }
    if let Some(o) = &v.order {
        field(w, "beställning", describe_order(o))?;
    }
    Ok(())
}

/// The order in one line, for the caseworker and the provider alike.
pub fn describe_order(o: &OrderRow) -> String {
    format!(
        "#{} till {}, {} tim/mån, verkställs senast {} ({})",
        o.order_id,
        o.provider,
        sv(o.hours_per_month),
        o.execute_by,
        sv_order_status(o.status)
    )
}

fn describe_decision(d: &DecisionRow) -> String {
    let mut t = format!("#{} {}", d.decision_id, d.outcome.swedish());
    if d.is_grant() {
        t.push_str(&format!(
            " {} – {}, {} tim/mån",
            d.from.map(|x| x.to_string()).unwrap_or_default(),
            d.to.map(|x| x.to_string()).unwrap_or_default(),
            sv(d.hours_per_month.unwrap_or_default())
        ));
        if let Some(m) = d.meetings_per_month {
            t.push_str(&format!(", {m} träffar/mån"));
        }
        if d.partial {
            t.push_str(", delvis bifall");
        }
    }
    t.push_str(&format!(
        " (beslutat {} av {})",
        d.decided_day, d.decided_by
    ));
    t
}

/// The hours balance and what is scheduled (E1, G1, E8, E9).
fn write_carrying(w: &mut dyn Write, v: &CaseView, style: Style) -> io::Result<()> {
    writeln!(w, "{}", bold("Genomförande", style))?;
    if let Some(h) = &v.hours {
        field(w, "timmar", sv_hours(h))?;
    }
    for d in &v.due {
        field(
            w,
            sv_due_kind(d.kind),
            format!(
                "{} {} ({}): {}",
                d.due,
                sv_due_state(d.state),
                d.rule,
                d.message
            ),
        )?;
    }
    writeln!(w)
}

/// The individual's wishes (D4) in one line.
fn describe_wishes(w: &crate::domain::case::Wishes) -> String {
    let mut parts = Vec::new();
    if let Some(s) = &w.sex {
        parts.push(format!("kön {}", sv_wished_sex(s)));
    }
    if !w.languages.is_empty() {
        parts.push(format!("talar {}", w.languages.join(", ")));
    }
    if !w.interests.is_empty() {
        parts.push(format!("intressen {}", w.interests.join(", ")));
    }
    parts.join("; ")
}

/// The journal as a table; corrected entries say which entry corrects them.
pub fn write_journal(w: &mut dyn Write, journal: &[Entry], style: Style) -> io::Result<()> {
    let rows = journal.iter().map(|e| {
        let mut text = e.text.clone();
        if let Some(c) = e.corrects {
            text = format!("[rättar #{c}] {text}");
        }
        if !e.corrected_by.is_empty() {
            let by: Vec<String> = e.corrected_by.iter().map(|b| format!("#{b}")).collect();
            text = format!("{text} [rättad genom {}]", by.join(", "));
        }
        vec![
            format!("#{}", e.entry_id),
            e.day.clone(),
            e.user.clone(),
            sv_entry_kind(&e.kind).to_string(),
            text,
        ]
    });
    writeln!(
        w,
        "{}",
        table(&["nr", "datum", "av", "slag", "text"], rows, style)
    )
}

/// The person, the application and its consents.
fn write_person(w: &mut dyn Write, v: &CaseView, style: Style) -> io::Result<()> {
    let p = &v.person;
    let pnr = p
        .pnr()
        .map(|n| n.formatted())
        .unwrap_or_else(|_| p.pnr.clone());
    field(
        w,
        "person",
        format!("{}, {} ({} år, {})", p.name, pnr, v.age, sv_sex(p.sex)),
    )?;
    // G5: this is the caseworker's own view of the case, so it shows the number and the
    // address; for a protected identity (skyddad identitet) the address carries a marker,
    // and nothing else the file prints (letters, exports, lists, reports) shows either.
    if let Some(a) = &p.address {
        if p.protected {
            let mark = bold(words::PROTECTED_MARK, style);
            field(w, "adress", format!("{a}  {mark}"))?;
        } else {
            field(w, "adress", a)?;
        }
    }
    if p.protected {
        field(
            w,
            "skyddad",
            "ja: skyddad identitet; brev, exporter, listor och rapporter visar varken nummer eller adress (G5)",
        )?;
    }
    let c = &v.case.row;
    field(
        w,
        "inkom",
        format!(
            "{} (ansökt av {})",
            c.received,
            c.requested_by.map_or("-", |r| r.as_str())
        ),
    )?;
    for g in &v.guardian_details {
        field(
            w,
            &format!("vårdnadshavare {}", g.slot),
            words::guardian_line(g),
        )?;
    }
    write_consents(w, v)
}

/// Consent and request as recorded (K1), or how to record one.
fn write_consents(w: &mut dyn Write, v: &CaseView) -> io::Result<()> {
    if v.consents.is_empty() {
        field(
            w,
            "samtycke",
            format!(
                "inget registrerat (K1): insats consent {} --by self|guardian-1|guardian-2 --given DATE",
                v.case_id
            ),
        )?;
    }
    for k in &v.consents {
        field(
            w,
            "samtycke",
            format!(
                "{} {} av {}{}",
                k.day,
                k.kind.swedish(),
                k.by,
                k.note
                    .as_deref()
                    .map(|n| format!(" ({n})"))
                    .unwrap_or_default()
            ),
        )?;
    }
    Ok(())
}
