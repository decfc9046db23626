//! Due process around a decision (docs/rules.md F1–F7): kommunicering before a decision that
//! goes against the applicant (F1), its reasons in the caseworker's words (F2), the notice and
//! who is told how to appeal (F3), the appeal's time (F4), omprövning (F5), forwarding to the
//! court (F6) and a judgment that grants (F7).

use chrono::{Days, NaiveDate};

use crate::domain::holidays::appeal_last_day;
use crate::domain::rules::Rule;
use crate::domain::text::filled;
use crate::error::Refusal;

/// How a decision stands to what the party asked for: what F1, F2 and F3 ask of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Against {
    /// Wholly in the party's favour: a full grant, a change to more hours, an extension at the
    /// same level, an ending the individual asked for.
    No,
    Rejection,
    PartialGrant,
    /// A change or extension with fewer hours than the decision it replaces.
    FewerHours,
    /// An ending the individual did not ask for.
    Ending,
}

impl Against {
    pub fn is_against(self) -> bool {
        self != Against::No
    }

    /// "a rejection", for messages.
    pub fn what(self) -> &'static str {
        match self {
            Against::No => "a decision in the applicant's favour",
            Against::Rejection => "a rejection",
            Against::PartialGrant => "a partial grant",
            Against::FewerHours => "a change to fewer hours",
            Against::Ending => "an ending the individual did not ask for",
        }
    }
}

/// A change or extension at `new` hours of a decision at `old`: fewer hours go against the
/// individual (F1, F2).
pub fn against_change(old: Option<f64>, new: Option<f64>) -> Against {
    match (old, new) {
        (Some(o), Some(n)) if n + 1e-9 < o => Against::FewerHours,
        _ => Against::No,
    }
}

/// One kommunicering (F1): the material sent with a day to reply by, and the reply if it came.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Communicated {
    pub sent: NaiveDate,
    pub reply_by: NaiveDate,
    pub replied: Option<NaiveDate>,
}

/// F1: a decision against the party needs the material communicated since `since` (the last
/// decision, when the case has one), and is made only after the day to reply by (the party has
/// the whole of that day) unless the reply has come. The exceptions of FL 25 § pass with a
/// documented reason.
pub fn check_communicated(
    against: Against,
    decided: NaiveDate,
    since: Option<NaiveDate>,
    communications: &[Communicated],
    exception: Option<&str>,
) -> Result<(), Refusal> {
    if !against.is_against() || exception.is_some_and(filled) {
        return Ok(());
    }
    let relevant: Vec<&Communicated> = communications
        .iter()
        .filter(|c| c.sent <= decided && since.is_none_or(|s| c.sent >= s))
        .collect();
    if relevant.is_empty() {
        return Err(Refusal::new(
            Rule::F1,
            format!(
                "{} goes against the applicant: the material must be communicated to the party, \
                 with a day to reply by, before it is decided",
                against.what()
            ),
        )
        .hint(
            "insats communicate CASE --sent DATE --reply-by DATE; where FL 25 § allows an \
             exception, --no-communication-reason TEXT",
        ));
    }
    let answered = relevant
        .iter()
        .any(|c| c.replied.is_some_and(|r| r <= decided) || decided > c.reply_by);
    if answered {
        return Ok(());
    }
    let reply_by = relevant.iter().map(|c| c.reply_by).min().unwrap_or(decided);
    let first = reply_by.checked_add_days(Days::new(1)).unwrap_or(reply_by);
    Err(Refusal::new(
        Rule::F1,
        format!(
            "the party may reply until the end of {reply_by}: {} can be decided from {first}, or \
             once the reply has come",
            against.what()
        ),
    )
    .hint("record the reply with insats communicate CASE --reply DATE --note TEXT"))
}

/// F2: a decision against the party states the reasons that decided it, in the caseworker's own
/// words. For a rejection its `--reason` is the motivering; for the others `--motivation`.
pub fn check_motivated(against: Against, motivation: Option<&str>) -> Result<(), Refusal> {
    if !against.is_against() || motivation.is_some_and(filled) {
        return Ok(());
    }
    let flag = if against == Against::Rejection {
        "--reason TEXT"
    } else {
        "--motivation TEXT"
    };
    Err(Refusal::new(
        Rule::F2,
        format!(
            "{} states the reasons that decided it, in your own words about this person",
            against.what()
        ),
    )
    .hint(format!(
        "give them with {flag}; the assessment supports them but is not the letter's reasons"
    )))
}

/// F3: who is told how to appeal. A decision against the party; a grant over a guardian's
/// objection (K2), which goes against that guardian; an LVU decision; and a dismissal of an
/// appeal as too late (F4), which is a decision of its own.
pub fn tells_how_to_appeal(against: Against, guardian_overridden: bool, lvu: bool) -> bool {
    against.is_against() || guardian_overridden || lvu
}

/// F4: the last day an appeal may come in, when the day the party received the decision is known.
pub fn appeal_deadline(received: Option<NaiveDate>) -> Option<NaiveDate> {
    received.map(appeal_last_day)
}

/// F4: whether an appeal that came in on `came` is in time. Without a known day of receipt no
/// appeal is too late.
pub fn appeal_in_time(received: Option<NaiveDate>, came: NaiveDate) -> bool {
    appeal_deadline(received).is_none_or(|last| came <= last)
}

/// F4: an appeal cannot have come in before the decision was made or its letter sent.
pub fn check_appeal_day(
    decided: NaiveDate,
    sent: Option<NaiveDate>,
    came: NaiveDate,
) -> Result<(), Refusal> {
    if came < decided {
        return Err(Refusal::new(
            Rule::F4,
            format!("the appeal is dated {came}, before the decision was made ({decided})"),
        )
        .hint("check --received: the day the appeal came in to the committee"));
    }
    if let Some(sent) = sent.filter(|s| came < *s) {
        return Err(Refusal::new(
            Rule::F4,
            format!("the appeal is dated {came}, before the letter was sent ({sent})"),
        )
        .hint("check --received, or the day recorded with letter CASE --sent DATE"));
    }
    Ok(())
}

/// F4: an appeal that came in too late is dismissed (avvisning) in a decision of its own; one in
/// time cannot be.
pub fn check_dismissal(in_time: bool, last_day: Option<NaiveDate>) -> Result<(), Refusal> {
    if in_time {
        let why = match last_day {
            Some(d) => format!("it came in by the last day, {d}"),
            None => "the day the party received the decision is not known, so no appeal is too \
                     late"
                .to_string(),
        };
        return Err(Refusal::new(
            Rule::F4,
            format!("the appeal is in time and cannot be dismissed: {why}"),
        )
        .hint(
            "an appeal in time is reconsidered (F5) and, unless granted in full, forwarded (F6)",
        ));
    }
    Ok(())
}

/// F6: the day by which an appeal in time, not granted in full, is forwarded to the court.
pub fn forward_by(came: NaiveDate, days: u32) -> NaiveDate {
    came.checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(came)
}

/// F3: a letter cannot be sent before its decision was made, nor received before it was sent.
pub fn check_notice_days(
    decided: NaiveDate,
    sent: Option<NaiveDate>,
    received: Option<NaiveDate>,
) -> Result<(), Refusal> {
    if let Some(s) = sent.filter(|s| *s < decided) {
        return Err(Refusal::new(
            Rule::F3,
            format!("the letter cannot have been sent on {s}, before the decision ({decided})"),
        ));
    }
    if let Some(r) = received {
        let floor = sent.unwrap_or(decided);
        if r < floor {
            return Err(Refusal::new(
                Rule::F3,
                format!(
                    "the party cannot have received the decision on {r}, before it was {} \
                     ({floor})",
                    if sent.is_some() { "sent" } else { "made" }
                ),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    fn sent(s: &str, by: &str, replied: Option<&str>) -> Communicated {
        Communicated {
            sent: d(s),
            reply_by: d(by),
            replied: replied.map(d),
        }
    }

    #[test]
    fn f1_the_reply_day_itself_is_the_partys_and_the_day_after_is_free() {
        let c = [sent("2026-11-02", "2026-11-16", None)];
        let on = check_communicated(Against::Rejection, d("2026-11-16"), None, &c, None);
        assert_eq!(on.unwrap_err().rule, Rule::F1);
        assert!(check_communicated(Against::Rejection, d("2026-11-17"), None, &c, None).is_ok());
    }

    #[test]
    fn f1_a_reply_lets_the_decision_come_at_once() {
        let c = [sent("2026-11-02", "2026-11-16", Some("2026-11-05"))];
        assert!(check_communicated(Against::Ending, d("2026-11-05"), None, &c, None).is_ok());
        let early = check_communicated(Against::Ending, d("2026-11-04"), None, &c, None);
        assert!(early.is_err());
    }

    #[test]
    fn f1_none_communicated_is_refused_unless_excepted_or_in_favour() {
        let r = check_communicated(Against::PartialGrant, d("2026-11-20"), None, &[], None);
        assert!(r.unwrap_err().hint.unwrap().contains("insats communicate"));
        assert!(
            check_communicated(
                Against::PartialGrant,
                d("2026-11-20"),
                None,
                &[],
                Some("Akut.")
            )
            .is_ok()
        );
        assert!(
            check_communicated(
                Against::PartialGrant,
                d("2026-11-20"),
                None,
                &[],
                Some("  ")
            )
            .is_err()
        );
        assert!(check_communicated(Against::No, d("2026-11-20"), None, &[], None).is_ok());
    }

    #[test]
    fn f1_a_communication_before_the_last_decision_does_not_count_for_the_next() {
        let c = [sent("2026-01-02", "2026-01-16", Some("2026-01-10"))];
        let r = check_communicated(
            Against::FewerHours,
            d("2026-11-20"),
            Some(d("2026-02-01")),
            &c,
            None,
        );
        assert!(r.is_err());
    }

    #[test]
    fn f2_reasons_in_own_words_for_decisions_against_the_party() {
        assert!(check_motivated(Against::PartialGrant, None).is_err());
        assert!(check_motivated(Against::PartialGrant, Some(" ")).is_err());
        assert!(check_motivated(Against::PartialGrant, Some("Behovet ...")).is_ok());
        let r = check_motivated(Against::Rejection, None).unwrap_err();
        assert!(r.hint.unwrap().contains("--reason"));
        assert!(check_motivated(Against::No, None).is_ok());
    }

    #[test]
    fn f4_the_21st_day_is_in_time_and_the_22nd_is_not() {
        // Received on Monday 2026-11-02: three weeks end on Monday 2026-11-23.
        let received = Some(d("2026-11-02"));
        assert!(appeal_in_time(received, d("2026-11-23")));
        assert!(!appeal_in_time(received, d("2026-11-24")));
        // No known day of receipt: no appeal is too late.
        assert!(appeal_in_time(None, d("2030-01-01")));
    }

    #[test]
    fn f4_a_last_day_on_a_saturday_or_a_holiday_moves_to_the_next_weekday() {
        // Received Saturday 2026-11-07: three weeks end Saturday 2026-11-28 -> Monday 30th.
        assert_eq!(
            appeal_deadline(Some(d("2026-11-07"))),
            Some(d("2026-11-30"))
        );
        // Received 2026-12-04: three weeks end Friday 25 December (juldagen) -> Monday 28th.
        assert_eq!(
            appeal_deadline(Some(d("2026-12-04"))),
            Some(d("2026-12-28"))
        );
    }

    #[test]
    fn f4_an_appeal_before_the_decision_or_the_letter_is_refused() {
        let r = check_appeal_day(d("2026-11-10"), Some(d("2026-11-12")), d("2026-11-11"));
        assert_eq!(r.unwrap_err().rule, Rule::F4);
        assert!(check_appeal_day(d("2026-11-10"), None, d("2026-11-09")).is_err());
        assert!(check_appeal_day(d("2026-11-10"), Some(d("2026-11-12")), d("2026-11-12")).is_ok());
    }

    #[test]
    fn f4_only_a_late_appeal_is_dismissed() {
        assert!(check_dismissal(false, Some(d("2026-11-23"))).is_ok());
        assert!(check_dismissal(true, None).is_err());
    }

    #[test]
    fn f3_sent_after_the_decision_received_after_sending() {
        assert!(check_notice_days(d("2026-11-10"), Some(d("2026-11-09")), None).is_err());
        assert!(
            check_notice_days(
                d("2026-11-10"),
                Some(d("2026-11-11")),
                Some(d("2026-11-10"))
            )
            .is_err()
        );
        assert!(
            check_notice_days(
                d("2026-11-10"),
                Some(d("2026-11-10")),
                Some(d("2026-11-12"))
            )
            .is_ok()
        );
    }

    #[test]
    fn f3_who_is_told_how_to_appeal() {
        assert!(!tells_how_to_appeal(Against::No, false, false));
        assert!(tells_how_to_appeal(Against::No, true, false));
        assert!(tells_how_to_appeal(Against::No, false, true));
        assert!(tells_how_to_appeal(Against::FewerHours, false, false));
        assert_eq!(against_change(Some(10.0), Some(8.0)), Against::FewerHours);
        assert_eq!(against_change(Some(10.0), Some(12.0)), Against::No);
    }
}
