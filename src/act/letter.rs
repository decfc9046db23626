//! Which act of a case a letter is the letter of (a decision, an ending, a write-off, a dismissed
//! appeal), and whether it tells how to appeal (F3). `letter`, `letter --sent|--received` and
//! `appeal` all find their act here.

use anyhow::{Result, anyhow, bail};
use chrono::NaiveDate;

use crate::domain::case::InsatsType;
use crate::domain::decision::Outcome;
use crate::domain::due_process::{Against, against_change, tells_how_to_appeal};
use crate::domain::followup::EndReason;
use crate::store::Db;
use crate::store::appeal::{self, AppealRow, AppealStatus};
use crate::store::cases::get_case;
use crate::store::decision::{self, DecisionRow};
use crate::store::due_process::{Act, EndingRow, LetterKey, endings, withdrawn};

/// What the user named on the command line; nothing named means the case's latest act.
#[derive(Debug, Clone, Copy, Default)]
pub struct Selector {
    pub decision: Option<i64>,
    pub follow_up: Option<i64>,
    pub appeal: Option<i64>,
}

/// One act of a case that makes a letter.
#[derive(Debug, Clone)]
pub struct Target {
    pub case_id: i64,
    pub key: LetterKey,
    /// The day of the act.
    pub made: NaiveDate,
    /// How it stands to what the party asked (F1-F3).
    pub against: Against,
    /// Whether the letter tells how to appeal (F3).
    pub appealable: bool,
    /// "beslut #4", "avslut av beslut #4", for messages and the journal.
    pub what: String,
    /// The decision the act concerns (for an ending, the one ended; for a dismissal, the one
    /// appealed); none for a write-off.
    pub decision: Option<DecisionRow>,
    pub ending: Option<EndingRow>,
    pub appeal: Option<AppealRow>,
}

/// How a stored decision stands to what was asked (F1-F3).
pub fn against_of(conn: &Db, d: &DecisionRow) -> Result<Against> {
    if d.outcome == Outcome::Reject {
        return Ok(Against::Rejection);
    }
    if d.partial {
        return Ok(Against::PartialGrant);
    }
    let old = match d.replaces {
        Some(id) => decision::get(conn, id)?.hours_per_month,
        None => None,
    };
    Ok(against_change(old, d.hours_per_month))
}

fn ending_against(e: &EndingRow) -> Against {
    match e.end_reason.as_deref().and_then(EndReason::parse) {
        Some(EndReason::DoesNotWant) | Some(EndReason::Died) => Against::No,
        _ => Against::Ending,
    }
}

fn decision_target(conn: &Db, case_id: i64, d: DecisionRow) -> Result<Target> {
    let insats = get_case(conn, case_id)?.insats;
    let against = against_of(conn, &d)?;
    let overridden = d.guardian_objects && d.override_reason.is_some();
    let lvu = insats == InsatsType::KvalificeradLvu;
    let judgment = crate::store::due_process::decision_process(conn, d.decision_id)?
        .judgment_of
        .is_some();
    // Umgängesstöd is the court's decision (K4) and a judgment is the court's (F7): the
    // committee's letter carries no appeal of its own.
    let appealable = !judgment
        && insats != InsatsType::Umgangesstod
        && tells_how_to_appeal(against, overridden, lvu);
    Ok(Target {
        case_id,
        key: LetterKey {
            act: Act::Decision,
            decision_id: Some(d.decision_id),
            follow_up_id: None,
            appeal_id: None,
        },
        made: d.decided_day,
        against,
        appealable,
        what: format!("beslut #{}", d.decision_id),
        decision: Some(d),
        ending: None,
        appeal: None,
    })
}

fn ending_target(conn: &Db, case_id: i64, e: EndingRow) -> Result<Target> {
    let against = ending_against(&e);
    let d = decision::get(conn, e.decision_id)?;
    Ok(Target {
        case_id,
        key: LetterKey {
            act: Act::Ending,
            decision_id: Some(e.decision_id),
            follow_up_id: Some(e.follow_up_id),
            appeal_id: None,
        },
        made: e.day,
        against,
        appealable: against.is_against(),
        what: format!("avslut av beslut #{}", e.decision_id),
        decision: Some(d),
        ending: Some(e),
        appeal: None,
    })
}

fn dismissal_target(conn: &Db, case_id: i64, a: AppealRow) -> Result<Target> {
    let made = a.dismissed.ok_or_else(|| {
        anyhow!(
            "appeal {} was not dismissed: it has no dismissal letter",
            a.appeal_id
        )
    })?;
    let d = decision::get(conn, a.decision_id)?;
    Ok(Target {
        case_id,
        key: LetterKey {
            act: Act::Dismissal,
            decision_id: Some(a.decision_id),
            follow_up_id: a.follow_up_id,
            appeal_id: Some(a.appeal_id),
        },
        made,
        against: Against::Rejection,
        appealable: true,
        what: format!("avvisning av överklagande #{}", a.appeal_id),
        decision: Some(d),
        ending: None,
        appeal: Some(a),
    })
}

fn written_off_target(case_id: i64, day: NaiveDate) -> Target {
    Target {
        case_id,
        key: LetterKey {
            act: Act::WrittenOff,
            decision_id: None,
            follow_up_id: None,
            appeal_id: None,
        },
        made: day,
        against: Against::No,
        appealable: false,
        what: "avskrivning av ärendet".to_string(),
        decision: None,
        ending: None,
        appeal: None,
    }
}

/// The act the selector names, or the case's latest act.
pub fn target(conn: &Db, case_id: i64, s: Selector) -> Result<Target> {
    get_case(conn, case_id)?;
    if let Some(id) = s.appeal {
        let a = appeal::get(conn, id)?;
        if a.case_id != case_id {
            bail!(
                "appeal {id} belongs to another case: `insats show {case_id}` lists this case's appeals"
            );
        }
        return dismissal_target(conn, case_id, a);
    }
    if let Some(id) = s.follow_up {
        let e = endings(conn, case_id)?
            .into_iter()
            .find(|e| e.follow_up_id == id)
            .ok_or_else(|| {
                anyhow!("case {case_id} has no ending follow-up {id}: `insats show {case_id}` lists its follow-ups")
            })?;
        return ending_target(conn, case_id, e);
    }
    if let Some(id) = s.decision {
        let d = decision::get(conn, id)?;
        if d.case_id != case_id {
            bail!(
                "decision {id} belongs to another case: `insats show {case_id}` shows this case's decisions"
            );
        }
        return decision_target(conn, case_id, d);
    }
    latest(conn, case_id)
}

/// The case's latest act: the one made last, a later kind winning on the same day (an ending
/// after the decision it ends, a dismissal after the appeal's decision).
fn latest(conn: &Db, case_id: i64) -> Result<Target> {
    let mut best: Option<(NaiveDate, u8, Target)> = None;
    let mut consider = |t: Target, rank: u8| {
        if best
            .as_ref()
            .is_none_or(|(day, r, _)| (t.made, rank) >= (*day, *r))
        {
            best = Some((t.made, rank, t));
        }
    };
    if let Some(d) = decision::history(conn, case_id)?.pop() {
        consider(decision_target(conn, case_id, d)?, 0);
    }
    if let Some(e) = endings(conn, case_id)?.pop() {
        consider(ending_target(conn, case_id, e)?, 1);
    }
    for a in appeal::of_case(conn, case_id)?
        .into_iter()
        .filter(|a| a.status == AppealStatus::Dismissed)
    {
        consider(dismissal_target(conn, case_id, a)?, 2);
    }
    if let Some(day) = withdrawn(conn, case_id)? {
        consider(written_off_target(case_id, day), 3);
    }
    best.map(|(_, _, t)| t).ok_or_else(|| {
        anyhow!(
            "case {case_id} has no decision yet: decide with `insats decide {case_id} --grant ...` or `--reject ...`"
        )
    })
}
