//! The words the views print for the caseworker and the provider (issue 20): Swedish for the
//! stored codes that are states rather than command-line values. JSON keeps the codes.

use std::fmt::Display;
use std::io::{self, Write};

use crate::act::carry_out::{HoursView, sv};
use crate::domain::case::{CaseStatus, Housing};
use crate::domain::decision::DecisionStatus;
use crate::domain::followup::DueState;
use crate::domain::hours::Model;
use crate::domain::matching::{AgreementStatus, OfferOutcome};
use crate::domain::order::OrderStatus;
use crate::domain::pnr::Sex;
use crate::store::appeal::AppealStatus;
use crate::store::assessment::Summary;
use crate::store::people::GuardianRow;

/// Where the value column starts: the longest label is `vårdnadshavare 1`.
const LABEL: usize = 16;

/// One labelled line, the values of every line in one column.
pub fn field(w: &mut dyn Write, label: &str, text: impl Display) -> io::Result<()> {
    writeln!(w, "  {label:<LABEL$}  {text}")
}

/// The marker beside a protected identity's address (G5), wherever the address is shown.
pub const PROTECTED_MARK: &str = "[SKYDDAD IDENTITET: lämna aldrig ut adressen]";

/// A guardian's name and address as recorded, for `show` and `person show`.
pub fn guardian_line(g: &GuardianRow) -> String {
    let name = g.name.as_deref().unwrap_or("(namnet inte registrerat)");
    let address = g.address.as_deref().map(|a| format!(", {a}"));
    format!("{name}{}", address.unwrap_or_default())
}

/// A case's state from its stored code (`find`, `list`); an unknown code as it is.
pub fn sv_case_status(code: &str) -> &str {
    match CaseStatus::parse(code) {
        Some(s) => s.swedish(),
        None => code,
    }
}

/// What became of an offer of an assignment (M6).
pub fn sv_offer_outcome(o: OfferOutcome) -> &'static str {
    match o {
        OfferOutcome::Pending => "väntar på svar",
        OfferOutcome::Accepted => "antaget",
        OfferOutcome::Declined => "avböjt",
        OfferOutcome::Withdrawn => "återtaget",
    }
}

/// Whether an agreement with an assignee is in force.
pub fn sv_agreement_status(s: AgreementStatus) -> &'static str {
    match s {
        AgreementStatus::Active => "gäller",
        AgreementStatus::Ended => "avslutat",
    }
}

pub fn sv_sex(s: Sex) -> &'static str {
    match s {
        Sex::Female => "kvinna",
        Sex::Male => "man",
    }
}

/// The assignee's sex the individual wishes for (`female`, `male` as stored).
pub fn sv_wished_sex(s: &str) -> &str {
    match s {
        "female" => "kvinna",
        "male" => "man",
        other => other,
    }
}

pub fn sv_housing(h: Housing) -> &'static str {
    match h {
        Housing::Ordinary => "ordinärt boende",
        Housing::Special => "särskilt boende",
    }
}

pub fn sv_decision_status(s: DecisionStatus) -> &'static str {
    match s {
        DecisionStatus::InForce => "gäller",
        DecisionStatus::Replaced => "ersatt",
        DecisionStatus::Ended => "upphört",
    }
}

pub fn sv_order_status(s: OrderStatus) -> &'static str {
    match s {
        OrderStatus::Open => "ej verkställd",
        OrderStatus::Executed => "verkställd",
        OrderStatus::Ended => "avslutad",
    }
}

pub fn sv_appeal_status(s: AppealStatus) -> &'static str {
    match s {
        AppealStatus::Open => "hos nämnden",
        AppealStatus::Dismissed => "avvisat",
        AppealStatus::Forwarded => "överlämnat till domstolen",
        AppealStatus::Lapsed => "förfallet",
        AppealStatus::Judged => "dom meddelad",
    }
}

pub fn sv_due_state(s: DueState) -> &'static str {
    match s {
        DueState::Overdue => "försenad",
        DueState::DueWithin => "aktuell",
        DueState::NotDue => "planerad",
    }
}

/// A scheduled item's kind: the reminders' words where the kinds are the same.
pub fn sv_due_kind(kind: &str) -> &str {
    match crate::cmd::report::reminders::summary::kind_words(kind) {
        Some(words) => words,
        None if kind == "check_in_due" => "avstämning",
        None => kind,
    }
}

/// How a letter went out (`letter --how`).
pub fn sv_how(how: &str) -> &str {
    match how {
        "post" => "med post",
        "digital" => "digitalt",
        "hand" => "med bud eller personligen",
        other => other,
    }
}

/// A journal entry's kind.
pub fn sv_entry_kind(kind: &str) -> &str {
    match kind {
        "event" => "händelse",
        "note" => "anteckning",
        "correction" => "rättelse",
        "warning" => "varning",
        other => other,
    }
}

/// The hours balance in one line: the period and what is granted, used, carried and lapsing.
pub fn sv_hours(h: &HoursView) -> String {
    let b = &h.balance;
    let model = match h.model {
        Model::Strict => "strikt".to_string(),
        Model::Flex { months } => format!("flex ({months} mån)"),
    };
    let mut t = format!(
        "{model}, period {} – {}: beviljat {} tim, använt {} tim, överfört {} tim, kvar {} tim (förfaller efter {})",
        b.period_start,
        b.period_end,
        sv(b.granted),
        sv(b.used),
        sv(b.carried),
        sv(b.remaining),
        b.period_end
    );
    if b.lost > 0.0 {
        t.push_str(&format!(", förlorat {} tim", sv(b.lost)));
    }
    if b.kept > 0.0 {
        t.push_str(&format!(", sparat {} tim", sv(b.kept)));
    }
    if b.over > 0.0 {
        t.push_str(&format!(", {} tim över", sv(b.over)));
    }
    t
}

/// The assessment in one line: "#3 klar 2026-11-23: avslå (riktlinje standard 2026.1)".
pub fn sv_assessment(a: &Summary) -> String {
    let mut line = match (&a.recommendation, &a.completed_day) {
        (Some(r), Some(day)) => format!(
            "#{} klar {day}: {} (riktlinje {})",
            a.assessment_id,
            r.swedish(),
            a.guideline
        ),
        _ => format!(
            "#{} pågår sedan {}: {} svar sparade (riktlinje {}); `insats assess` fortsätter",
            a.assessment_id, a.started_day, a.answers, a.guideline
        ),
    };
    if a.superseded > 0 {
        line.push_str(&format!(", {} tidigare ersatt", a.superseded));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn due_kinds_are_the_reminders_words() {
        assert_eq!(sv_due_kind("follow_up_due"), "uppföljning");
        assert_eq!(sv_due_kind("agreement_review"), "avtalsöversyn");
        assert_eq!(sv_due_kind("lvu_review"), "LVU-prövning");
        assert_eq!(sv_due_kind("check_in_due"), "avstämning");
    }

    #[test]
    fn labels_line_up_whatever_their_letters() {
        let mut out = Vec::new();
        field(&mut out, "önskemål", "x").unwrap();
        field(&mut out, "vårdnadshavare 1", "y").unwrap();
        let text = String::from_utf8(out).unwrap();
        let cols: Vec<usize> = text
            .lines()
            .map(|l| l.chars().position(|c| c == 'x' || c == 'y').unwrap())
            .collect();
        assert_eq!(cols, vec![20, 20]);
    }
}
