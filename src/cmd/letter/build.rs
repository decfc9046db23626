//! Gathers a letter from the stored case: the person, the act, its decision and assessment, the
//! guideline's letterhead and references (R3), and the decision-maker (S2).

use anyhow::Result;
use chrono::NaiveDate;

use crate::act::letter::Target;
use crate::domain::case::{InsatsType, RequestedBy};
use crate::domain::consent::{Kind as ConsentKind, Party};
use crate::domain::decision::{Outcome, Purpose};
use crate::domain::due_process::Against;
use crate::domain::followup::EndReason;
use crate::guideline::Guideline;
use crate::render::doc::Block;
use crate::render::letter::{AppealInfo, Kind, Letter, Origin};
use crate::render::pdf::{Page, pdf as write_pdf};
use crate::store::Db;
use crate::store::assessment::answers;
use crate::store::cases::get_case;
use crate::store::decision::{self, DecisionRow};
use crate::store::due_process::{Act, decision_process, withdrawn};
use crate::store::guideline::{in_use, load};
use crate::store::people::{self, get_person};

/// The letter of the act.
pub fn letter(conn: &Db, t: &Target) -> Result<Letter> {
    let case = get_case(conn, t.case_id)?;
    let person = get_person(conn, case.person_id)?;
    let identity = person.pnr()?;
    let g = match &t.decision {
        Some(d) => load(conn, d.guideline_id)?.guideline,
        None => in_use(conn)?,
    };
    let insats = case.insats;
    let d = t.decision.as_ref();
    let kind = kind_of(conn, t, insats)?;
    let head = g.settings.letterhead.clone();
    let committee = head
        .as_ref()
        .map(|h| h.committee.clone())
        .unwrap_or_else(|| "Socialnämnden".to_string());
    let contact = match &head {
        Some(h) => [&h.address, &h.phone, &h.email, &h.web]
            .iter()
            .filter(|s| !s.trim().is_empty())
            .map(|s| s.to_string())
            .collect(),
        None => vec!["[Kommunens adress och kontaktuppgifter saknas i riktlinjen]".to_string()],
    };
    let child = identity.age_on(t.made) < g.settings.consent_age;
    let guardians = people::guardians(conn, case.person_id)?;
    let window = window(&person, child, &guardians);
    let mut unconfirmed = Vec::new();
    let cites_basis = !matches!(kind, Kind::WrittenOff | Kind::Dismissal);
    let legal_basis = d.filter(|_| cites_basis).and_then(|d| {
        let r = g.reference(insats.as_str(), d.decided_day)?;
        if r.unconfirmed {
            unconfirmed.push(r.text.clone());
        }
        Some(d.legal_basis.clone())
    });
    let appeal = if t.appealable {
        let key = match insats {
            InsatsType::KvalificeradLvu => "appeal-lvu",
            _ if insats.law() == "LSS" => "appeal-lss",
            _ => "appeal-sol",
        };
        let r = g.reference(key, t.made);
        if let Some(r) = r.filter(|r| r.unconfirmed) {
            unconfirmed.push(r.text.clone());
        }
        Some(AppealInfo {
            court: head
                .as_ref()
                .map(|h| h.court.clone())
                .unwrap_or_else(|| "förvaltningsrätten".to_string()),
            reference: r.map(|r| r.text.clone()),
        })
    } else {
        None
    };
    let (motivation, support, not_granted) = reasons(conn, t, d, kind)?;
    let (objecting_guardian, override_reason) = objection(conn, t.case_id, d, &guardians)?;
    let old_hours = match d.and_then(|d| d.replaces) {
        Some(id) => decision::get(conn, id)?.hours_per_month,
        None => None,
    };
    Ok(Letter {
        kind,
        case_id: t.case_id,
        decision_id: t.key.decision_id,
        day: t.made,
        municipality: head.as_ref().map(|h| h.municipality.clone()),
        committee,
        contact,
        window,
        name: person.name.clone(),
        pnr: (!person.protected).then(|| identity.formatted()),
        insats_name: insats.swedish().to_string(),
        received: case.received,
        origin: match case.requested_by {
            Some(RequestedBy::Guardian) => Origin::Guardian,
            Some(RequestedBy::Court) => Origin::Court,
            Some(RequestedBy::Committee) => Origin::Committee,
            Some(RequestedBy::Myself) | None => Origin::Person,
        },
        court_ref: case.court_ref.clone(),
        from: d.and_then(|d| d.from),
        to: d.and_then(|d| d.to),
        hours_per_month: d.and_then(|d| d.hours_per_month),
        old_hours,
        meetings_per_month: d.and_then(|d| d.meetings_per_month),
        economy: d.is_some_and(|d| d.purpose == Some(Purpose::Economy)),
        goals: d.map(|d| d.goals.clone()).unwrap_or_default(),
        legal_basis,
        motivation,
        not_granted,
        support,
        objecting_guardian,
        override_reason,
        replaces: match t.key.act {
            Act::Ending | Act::Dismissal => t.key.decision_id,
            _ => d.and_then(|d| d.replaces),
        },
        facts: facts(conn, t)?,
        lvu_review_months: g.settings.lvu_review_months,
        appeal,
        signature: signature(conn, t, insats, &committee_of(&g))?,
        unconfirmed,
    })
}

fn committee_of(g: &Guideline) -> String {
    g.settings
        .letterhead
        .as_ref()
        .map(|h| h.committee.clone())
        .unwrap_or_else(|| "Socialnämnden".to_string())
}

fn kind_of(conn: &Db, t: &Target, insats: InsatsType) -> Result<Kind> {
    Ok(match t.key.act {
        Act::Ending => Kind::Ending,
        Act::WrittenOff => Kind::WrittenOff,
        Act::Dismissal => Kind::Dismissal,
        Act::Decision => {
            let Some(d) = &t.decision else {
                return Ok(Kind::Grant);
            };
            if decision_process(conn, d.decision_id)?.judgment_of.is_some() {
                Kind::Judgment
            } else if insats == InsatsType::Umgangesstod && d.is_grant() {
                Kind::Appointment
            } else if d.outcome == Outcome::Reject {
                Kind::Rejection
            } else if d.partial {
                Kind::PartialGrant
            } else if insats == InsatsType::KvalificeradLvu && d.replaces.is_none() {
                Kind::Lvu
            } else if let Some(old) = d.replaces {
                let old = decision::get(conn, old)?;
                if old.is_grant() && old.hours_per_month != d.hours_per_month {
                    Kind::Change {
                        fewer: t.against == Against::FewerHours,
                    }
                } else if old.is_grant() {
                    Kind::Extension
                } else {
                    Kind::Grant
                }
            } else {
                Kind::Grant
            }
        }
    })
}

/// The recipient in the window: never a protected person's address (G5).
fn window(
    person: &people::PersonRow,
    child: bool,
    guardians: &[people::GuardianRow],
) -> Vec<String> {
    let mut w = vec![if child {
        format!("Till vårdnadshavarna för {}", person.name)
    } else {
        person.name.clone()
    }];
    if person.protected {
        w.push("Sänds genom handläggaren (skyddade personuppgifter)".to_string());
        return w;
    }
    let address = if child {
        guardians
            .iter()
            .find_map(|g| g.address.clone())
            .or_else(|| person.address.clone())
    } else {
        person.address.clone()
    };
    match address {
        Some(a) => w.extend(
            a.split(',')
                .map(|l| l.trim().to_string())
                .filter(|l| !l.is_empty()),
        ),
        None => w.push("[Adress saknas: lägg in den med insats person update]".to_string()),
    }
    w
}

/// The caseworker's reasons, the assessment's notes that support them (when the decision
/// follows the assessment), and what a partial grant leaves out.
fn reasons(
    conn: &Db,
    t: &Target,
    d: Option<&DecisionRow>,
    kind: Kind,
) -> Result<(Option<String>, Vec<String>, Option<String>)> {
    if let Some(e) = &t.ending {
        return Ok((
            Some(e.motivation.clone().unwrap_or(e.note.clone())),
            Vec::new(),
            None,
        ));
    }
    if let Some(a) = &t.appeal {
        return Ok((a.dismissal_note.clone(), Vec::new(), None));
    }
    let Some(d) = d else {
        return Ok((None, Vec::new(), None));
    };
    let process = decision_process(conn, d.decision_id)?;
    let motivation = match kind {
        Kind::Rejection => process.motivation.or(d.reason.clone()),
        _ => process.motivation,
    };
    let not_granted = (kind == Kind::PartialGrant)
        .then(|| d.reason.clone())
        .flatten();
    let support = match (d.assessment_id, &d.deviation_reason) {
        (Some(id), None) => answers(conn, id)?
            .into_values()
            .map(|a| a.note.trim().to_string())
            .filter(|n| !n.is_empty())
            .collect(),
        _ => Vec::new(),
    };
    Ok((motivation, support, not_granted))
}

/// K2: the guardian who objected, named, and the committee's reasons to decide without them.
fn objection(
    conn: &Db,
    case_id: i64,
    d: Option<&DecisionRow>,
    guardians: &[people::GuardianRow],
) -> Result<(Option<String>, Option<String>)> {
    let Some(d) = d.filter(|d| d.guardian_objects && d.is_grant()) else {
        return Ok((None, None));
    };
    let consents = people::consents(conn, case_id)?;
    let slot = consents
        .facts
        .iter()
        .rev()
        .find(|f| {
            matches!(f.kind, ConsentKind::Refused | ConsentKind::Withdrawn) && f.by != Party::Myself
        })
        .and_then(|f| f.by.slot());
    let name = slot
        .and_then(|s| guardians.iter().find(|g| g.slot == s))
        .and_then(|g| g.name.clone())
        .map(|n| format!("Vårdnadshavaren {n}"));
    Ok((name, d.override_reason.clone()))
}

/// The facts an ending, a write-off or a dismissal states before the reasons.
fn facts(conn: &Db, t: &Target) -> Result<Vec<String>> {
    Ok(match t.key.act {
        Act::Ending => {
            let reason = t
                .ending
                .as_ref()
                .and_then(|e| e.end_reason.as_deref())
                .and_then(EndReason::parse)
                .map(|r| format!("Skäl för avslut: {}", r.swedish()));
            reason.into_iter().collect()
        }
        Act::WrittenOff => {
            let day = withdrawn(conn, t.case_id)?;
            vec![
                match day {
                    Some(d) => format!("Ansökan återkallades den {d}"),
                    None => "Ansökan har återkallats".to_string(),
                },
                "Ärendet avslutas därför utan prövning. Detta är inte ett avslag; du kan ansöka \
                 igen när du vill"
                    .to_string(),
            ]
        }
        Act::Dismissal => match &t.appeal {
            Some(a) => vec![format!(
                "Överklagandet kom in den {}. Sista dag att överklaga var {}, tre veckor från \
                 den dag då beslutet togs emot",
                a.came,
                a.last_day.map(|d| d.to_string()).unwrap_or_default()
            )],
            None => Vec::new(),
        },
        Act::Decision => match &t.decision {
            Some(d) => match decision_process(conn, d.decision_id)?.judgment_of {
                Some(id) => {
                    let a = crate::store::appeal::get(conn, id)?;
                    vec![format!(
                        "Förvaltningsrätten har i dom den {} bifallit överklagandet av beslut nr {}. \
                         Nämnden verkställer domen från den dag den kom in",
                        a.judgment.map(|d| d.to_string()).unwrap_or_default(),
                        a.covers_decision_id.unwrap_or(a.decision_id)
                    )]
                }
                None => Vec::new(),
            },
            None => Vec::new(),
        },
    })
}

/// The decision-maker's name, title and delegation (S2).
fn signature(conn: &Db, t: &Target, insats: InsatsType, committee: &str) -> Result<Vec<String>> {
    let (name, title) = match (t.key.act, &t.decision, &t.ending, &t.appeal) {
        (Act::Decision, Some(d), _, _) => crate::store::staff::decision_maker(conn, d.decision_id)?,
        (Act::Ending, _, Some(e), _) => crate::store::staff::signer(conn, &e.user)?,
        (Act::Dismissal, _, _, Some(a)) => (
            a.dismissed_name.clone().unwrap_or_default(),
            a.dismissed_title.clone(),
        ),
        _ => (String::new(), None),
    };
    let mut s = Vec::new();
    match title {
        Some(title) if !name.is_empty() => {
            s.push(format!("{name}, {title}"));
            s.push(format!(
                "Beslutet är fattat med stöd av delegation från {committee} för beslut om {}.",
                insats.swedish()
            ));
        }
        _ => s.push(
            "[Beslutsfattare: namn, titel och delegation saknas i personalregistret; lägg in \
             dem med insats staff add]"
                .to_string(),
        ),
    }
    s.push(committee.to_string());
    Ok(s)
}

/// The letter as A4 PDF/A-2b with embedded fonts; the same input and day give the same bytes.
pub fn pdf(l: &Letter, _today: NaiveDate) -> Result<Vec<u8>> {
    let head = l.letterhead();
    let reference = l.reference();
    let footer = l.footer();
    let title = l.title();
    let blocks: Vec<Block> = l.body();
    write_pdf(
        &Page {
            title: &title,
            letterhead: &head,
            window: &l.window,
            reference: &reference,
            draft: l.draft().then_some("UTKAST"),
            footer: &footer,
            date: l.day,
        },
        &blocks,
    )
}
