//! `insats ivo note`: the caseworker's fields of IVO's individual report (R1): why the decision
//! is not executed, what that means for the individual, and any support given meanwhile.
//! Journalled; the report reads the latest note giving each field.

use anyhow::Result;
use serde::Serialize;

use crate::domain::rules::Rule;
use crate::error::refuse;
use crate::store::Tx;
use crate::store::cases::get_case;
use crate::store::guideline::in_use;
use crate::store::journal::{EntryKind, append_dated};
use crate::store::reports::ivo::{NewNote, insert_note};

/// What `ivo note` records.
#[derive(Debug, Clone)]
pub struct IvoNote {
    pub case_id: i64,
    pub reason: String,
    pub consequences: Option<String>,
    pub interim: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct IvoNoted {
    pub case_id: i64,
    pub note_id: i64,
    pub journal_entry: i64,
    pub reason: String,
    pub consequences: Option<String>,
    pub interim_support: Option<String>,
}

/// R1: the note belongs to a case whose type IVO's report covers.
pub fn note(tx: &Tx, n: &IvoNote) -> Result<IvoNoted> {
    let case = get_case(tx, n.case_id)?;
    let guideline = in_use(tx)?;
    let reported = guideline
        .intervention(case.insats.as_str())
        .is_some_and(|i| i.reported_to_ivo());
    if !reported {
        return Err(refuse(
            Rule::R1,
            format!(
                "case {} is {}, whose decisions are not reported to IVO (R1 covers 4 kap 1 § \
                 SoL and 9 § LSS): write the note in the journal with `insats log {} --note TEXT`",
                n.case_id, case.insats, n.case_id
            ),
        ));
    }
    let today = tx.actor().today;
    let mut text = format!(
        "Rapport till IVO: skäl till att beslutet inte verkställts: {}",
        n.reason
    );
    if let Some(c) = &n.consequences {
        text.push_str(&format!(" Konsekvenser för den enskilde: {c}"));
    }
    if let Some(i) = &n.interim {
        text.push_str(&format!(" Stöd i avvaktan på verkställighet: {i}"));
    }
    let entry = append_dated(tx, n.case_id, EntryKind::Note, &text, today)?;
    let note_id = insert_note(
        tx,
        &NewNote {
            case_id: n.case_id,
            day: today,
            reason: &n.reason,
            consequences: n.consequences.as_deref(),
            interim: n.interim.as_deref(),
            entry,
        },
    )?;
    tx.audit(&format!("ivo note #{note_id}"), Some(n.case_id))?;
    Ok(IvoNoted {
        case_id: n.case_id,
        note_id,
        journal_entry: entry,
        reason: n.reason.clone(),
        consequences: n.consequences.clone(),
        interim_support: n.interim.clone(),
    })
}
