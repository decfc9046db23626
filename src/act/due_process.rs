//! Due process around a decision: kommunicering before one that goes against the party (F1),
//! its motivering (F2), and the letter's sending and receipt (F3), from which the appeal clock
//! runs (F4). Appeals are in `act::appeal`.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::due_process::{
    Against, appeal_deadline, check_communicated, check_motivated, check_notice_days,
};
use crate::domain::rules::Rule;
use crate::domain::text::filled;
use crate::error::Refusal;
use crate::store::appeal::{self, Change};
use crate::store::due_process::{
    self as store, LetterKey, LetterRow, communications, insert_communication,
};
use crate::store::journal::{EntryKind, append_dated};
use crate::store::{Db, Tx};

/// What `communicate --sent` recorded.
#[derive(Debug, Serialize)]
pub struct Communicated {
    pub case_id: i64,
    pub communication_id: i64,
    pub sent: NaiveDate,
    pub reply_by: Option<NaiveDate>,
    pub replied: Option<NaiveDate>,
    pub material: Vec<String>,
    pub journal_entry: i64,
}

/// `communicate CASE --sent DATE --reply-by DATE` (F1): the material sent to the party, listed
/// in the journal with the day they may reply by.
pub fn communicate(
    tx: &Tx,
    case_id: i64,
    sent: NaiveDate,
    reply_by: NaiveDate,
    material: &[String],
    note: Option<&str>,
) -> Result<Communicated> {
    let case = crate::store::cases::get_case(tx, case_id)?;
    let today = tx.actor().today;
    if sent > today {
        bail!("--sent {sent} is after today ({today}): record the kommunicering once it is sent");
    }
    if sent < case.received {
        bail!(
            "--sent {sent} is before the case came in ({}): check the date",
            case.received
        );
    }
    if reply_by < sent {
        return Err(usage_error(format!(
            "--reply-by {reply_by} is before --sent {sent}: the party needs time to reply"
        )));
    }
    let id = insert_communication(tx, case_id, sent, reply_by, material, note)?;
    let listed = if material.is_empty() {
        "utredningen i ärendet".to_string()
    } else {
        material.join("; ")
    };
    let mut text = format!(
        "Kommunicering (F1): underlag skickat till parten {sent} för yttrande senast {reply_by}. \
         Underlag: {listed}."
    );
    if let Some(n) = note.filter(|n| filled(n)) {
        text.push(' ');
        text.push_str(n.trim());
    }
    let journal_entry = append_dated(tx, case_id, EntryKind::Event, &text, today)?;
    Ok(Communicated {
        case_id,
        communication_id: id,
        sent,
        reply_by: Some(reply_by),
        replied: None,
        material: material.to_vec(),
        journal_entry,
    })
}

fn usage_error(message: String) -> anyhow::Error {
    crate::error::usage(message)
}

/// `communicate CASE --reply DATE --note TEXT`: the party's answer to the latest kommunicering
/// still unanswered.
pub fn reply(tx: &Tx, case_id: i64, day: NaiveDate, note: &str) -> Result<Communicated> {
    crate::store::cases::get_case(tx, case_id)?;
    let today = tx.actor().today;
    if day > today {
        bail!("--reply {day} is after today ({today}): record the reply once it has come");
    }
    let open = communications(tx, case_id)?
        .into_iter()
        .rev()
        .find(|c| c.replied.is_none());
    let Some(c) = open else {
        return Err(anyhow::Error::new(
            Refusal::new(
                Rule::F1,
                format!("case {case_id} has no kommunicering waiting for a reply"),
            )
            .hint(format!(
                "record what was sent first: insats communicate {case_id} --sent DATE --reply-by DATE"
            )),
        ));
    };
    if day < c.sent {
        bail!(
            "--reply {day} is before the material was sent ({}): check the date",
            c.sent
        );
    }
    store::record_reply(tx, c.communication_id, day, note.trim())?;
    let text = format!(
        "Yttrande från parten {day} över kommuniceringen {} (F1). {}",
        c.sent,
        note.trim()
    );
    let journal_entry = append_dated(tx, case_id, EntryKind::Event, &text, today)?;
    Ok(Communicated {
        case_id,
        communication_id: c.communication_id,
        sent: c.sent,
        reply_by: Some(c.reply_by),
        replied: Some(day),
        material: c.material,
        journal_entry,
    })
}

/// What a decision against the party brings with it (F1, F2).
#[derive(Debug, Clone, Default)]
pub struct Process {
    /// The motivering: `--motivation`, or for a rejection its `--reason`.
    pub motivation: Option<String>,
    /// The documented exception from kommunicering (FL 25 §).
    pub no_communication_reason: Option<String>,
}

/// F1 and F2 for a decision of `against` made on `decided`: the kommunicering since the case's
/// last decision (`since`), and the motivering.
pub fn check_process(
    conn: &Db,
    case_id: i64,
    against: Against,
    decided: NaiveDate,
    since: Option<NaiveDate>,
    p: &Process,
) -> Result<()> {
    if let Some(r) = &p.no_communication_reason
        && !filled(r)
    {
        return Err(crate::error::usage(
            "--no-communication-reason is empty: write why kommunicering is not needed (FL 25 §)",
        ));
    }
    if let Some(m) = &p.motivation
        && !filled(m)
    {
        return Err(crate::error::usage(
            "--motivation is empty: write the reasons that decided it",
        ));
    }
    let facts: Vec<_> = communications(conn, case_id)?
        .iter()
        .map(|c| c.facts())
        .collect();
    check_communicated(
        against,
        decided,
        since,
        &facts,
        p.no_communication_reason.as_deref(),
    )?;
    check_motivated(against, p.motivation.as_deref())?;
    Ok(())
}

/// After a new decision: F5, an open appeal now covers it; a decision wholly in the appellant's
/// favour leaves nothing to forward (the appeal lapses).
pub fn cover_open_appeal(
    tx: &Tx,
    case_id: i64,
    decision_id: i64,
    against: Against,
) -> Result<Option<i64>> {
    let Some(open) = appeal::open(tx, case_id)? else {
        return Ok(None);
    };
    if !open.in_time {
        return Ok(None);
    }
    let lapsed = !against.is_against();
    appeal::change(
        tx,
        open.appeal_id,
        &Change::Covers {
            decision_id,
            lapsed,
        },
    )?;
    let text = if lapsed {
        format!(
            "Omprövning (F5): beslut #{decision_id} ändrar det överklagade beslutet helt i enlighet \
             med överklagandet #{}; överklagandet förfaller.",
            open.appeal_id
        )
    } else {
        format!(
            "Omprövning (F5): beslut #{decision_id} ändrar det överklagade beslutet; överklagandet \
             #{} gäller nu det nya beslutet och överlämnas till förvaltningsrätten.",
            open.appeal_id
        )
    };
    append_dated(tx, case_id, EntryKind::Event, &text, tx.actor().today)?;
    Ok(Some(open.appeal_id))
}

/// What `letter --sent` or `--received` recorded.
#[derive(Debug, Serialize)]
pub struct Notice {
    pub case_id: i64,
    pub letter_id: i64,
    #[serde(flatten)]
    pub key: LetterKey,
    pub sent: NaiveDate,
    pub how: String,
    pub received: Option<NaiveDate>,
    /// The last day to appeal, once the day of receipt is known and the letter tells how (F4).
    pub appeal_last_day: Option<NaiveDate>,
    pub journal_entry: i64,
}

/// The letter an act makes, as `letter --sent` records it.
pub struct Sending<'a> {
    pub case_id: i64,
    pub key: LetterKey,
    /// The day of the act (the decision, the follow-up, the write-off, the dismissal).
    pub made: NaiveDate,
    pub appealable: bool,
    pub sent: NaiveDate,
    pub how: &'a str,
    /// "beslut #4", for the journal.
    pub what: String,
}

/// `letter CASE --sent DATE --how post|digital|hand` (F3).
pub fn sent(tx: &Tx, s: &Sending) -> Result<Notice> {
    let today = tx.actor().today;
    if s.sent > today {
        bail!(
            "--sent {} is after today ({today}): record the letter once it is sent",
            s.sent
        );
    }
    check_notice_days(s.made, Some(s.sent), None)?;
    if let Some(old) = store::letter_of(tx, s.case_id, &s.key)? {
        bail!(
            "the letter for {} was recorded as sent on {} (letter #{}); a letter is sent once",
            s.what,
            old.sent,
            old.letter_id
        );
    }
    let id = store::insert_letter(tx, s.case_id, &s.key, s.appealable, s.sent, s.how)?;
    let how = match s.how {
        "digital" => "till den digitala brevlådan",
        "hand" => "med bud eller personligen",
        _ => "med post",
    };
    let text = format!("Brev om {} skickat {} {how} (F3).", s.what, s.sent);
    let journal_entry = append_dated(tx, s.case_id, EntryKind::Event, &text, today)?;
    Ok(Notice {
        case_id: s.case_id,
        letter_id: id,
        key: s.key,
        sent: s.sent,
        how: s.how.to_string(),
        received: None,
        appeal_last_day: None,
        journal_entry,
    })
}

/// `letter CASE --received DATE` (F3, F4): the day the party received the decision; the appeal
/// clock runs from it.
pub fn received(
    tx: &Tx,
    case_id: i64,
    key: &LetterKey,
    what: &str,
    day: NaiveDate,
) -> Result<Notice> {
    let today = tx.actor().today;
    if day > today {
        bail!("--received {day} is after today ({today}): record it once the party has it");
    }
    let letter: LetterRow = store::letter_of(tx, case_id, key)?.ok_or_else(|| {
        anyhow::Error::new(
            Refusal::new(
                Rule::F3,
                format!("the letter for {what} is not recorded as sent"),
            )
            .hint(format!(
                "record it first: insats letter {case_id} --sent DATE --how post|digital|hand"
            )),
        )
    })?;
    if let Some(r) = letter.received {
        bail!("the letter for {what} was recorded as received on {r}; the day is kept");
    }
    check_notice_days(letter.sent, Some(letter.sent), Some(day))?;
    store::set_received(tx, letter.letter_id, day)?;
    let last = letter
        .appealable
        .then(|| appeal_deadline(Some(day)))
        .flatten();
    let mut text = format!("Parten tog del av brevet om {what} {day} (F3).");
    if let Some(l) = last {
        text.push_str(&format!(" Sista dag att överklaga: {l} (F4)."));
    }
    let journal_entry = append_dated(tx, case_id, EntryKind::Event, &text, today)?;
    Ok(Notice {
        case_id,
        letter_id: letter.letter_id,
        key: letter.key,
        sent: letter.sent,
        how: letter.how,
        received: Some(day),
        appeal_last_day: last,
        journal_entry,
    })
}

/// The party's day of receipt of the letter of `key`, and the day it was sent, when recorded.
pub fn notice_days(
    conn: &Db,
    case_id: i64,
    key: &LetterKey,
) -> Result<(Option<NaiveDate>, Option<NaiveDate>)> {
    Ok(store::letter_of(conn, case_id, key)?
        .map(|l| (Some(l.sent), l.received))
        .unwrap_or((None, None)))
}

/// The latest decision day of the case before this one: kommunicering counts from it (F1).
pub fn last_decision_day(conn: &Db, case_id: i64) -> Result<Option<NaiveDate>> {
    Ok(crate::store::decision::history(conn, case_id)?
        .last()
        .map(|d| d.decided_day))
}
