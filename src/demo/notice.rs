//! The demo's due process: a rejection is communicated first (F1) and answered, every
//! decision's letter is sent and, a couple of days later, received (F3), and some rejections are
//! appealed in time and forwarded to the court (F4, F6). Choices follow the case number, so the
//! demo's random draws are the same as without them.

use anyhow::Result;
use chrono::{Duration, NaiveDate};

use crate::domain::decision::{Decision, Outcome, Warning};
use crate::store::Tx;
use crate::store::appeal::{self, Change, NewAppeal};
use crate::store::decision::{Recorded, record};
use crate::store::due_process::{
    Act, LetterKey, insert_communication, insert_letter, record_reply, set_received,
};

/// A decision as the demo made it.
pub struct Made {
    pub case_id: i64,
    pub decision_id: i64,
    pub assessed: NaiveDate,
    pub decided: NaiveDate,
    pub reject: bool,
}

/// Records the demo's decision between its kommunicering and its letter.
pub fn record_noticed(
    tx: &Tx,
    decision: &Decision,
    warnings: &[Warning],
    assessed: NaiveDate,
    today: NaiveDate,
) -> Result<Recorded> {
    let mut made = Made {
        case_id: decision.case_id,
        decision_id: 0,
        assessed,
        decided: decision.decided_day,
        reject: decision.outcome == Outcome::Reject,
    };
    before(tx, &made)?;
    let recorded = record(tx, decision, warnings)?;
    made.decision_id = recorded.decision_id;
    after(tx, &made, today)?;
    Ok(recorded)
}

/// F1 before a rejection: the investigation sent on the day of the assessment, answered at
/// once, so the decision may follow.
pub fn before(tx: &Tx, m: &Made) -> Result<()> {
    if !m.reject {
        return Ok(());
    }
    let id = insert_communication(
        tx,
        m.case_id,
        m.assessed,
        m.assessed + Duration::days(14),
        &[format!("Utredning {}", m.assessed)],
        None,
    )?;
    record_reply(tx, id, m.assessed, "Inga synpunkter på utredningen.")
}

/// F3, F4, F6 after the decision: the letter sent and received; every fourth rejection appealed.
pub fn after(tx: &Tx, m: &Made, today: NaiveDate) -> Result<()> {
    let key = LetterKey {
        act: Act::Decision,
        decision_id: Some(m.decision_id),
        follow_up_id: None,
        appeal_id: None,
    };
    let how = if m.case_id % 3 == 0 {
        "digital"
    } else {
        "post"
    };
    let letter = insert_letter(tx, m.case_id, &key, m.reject, m.decided, how)?;
    let received = m.decided + Duration::days(2);
    if received > today {
        return Ok(());
    }
    set_received(tx, letter, received)?;
    let came = received + Duration::days(10);
    if !m.reject || m.case_id % 4 != 0 || came > today {
        return Ok(());
    }
    let id = appeal::insert(
        tx,
        &NewAppeal {
            case_id: m.case_id,
            decision_id: m.decision_id,
            follow_up_id: None,
            came,
            last_day: Some(crate::domain::holidays::appeal_last_day(received)),
            in_time: true,
            note: Some("Den enskilde överklagar avslaget."),
        },
    )?;
    let forwarded = came + Duration::days(3);
    if forwarded <= today {
        let court = "Förvaltningsrätten i Exempelstad";
        appeal::change(
            tx,
            id,
            &Change::Forwarded {
                day: forwarded,
                court,
            },
        )?;
    }
    Ok(())
}
