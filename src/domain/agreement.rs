//! The agreement (överenskommelse) signed when an assignment starts (M6, M7, M8, E8): how often
//! they meet and for about how long, the goals, the compensation, the boundaries of the role,
//! and the yearly follow-up. Plain data in, Swedish text out.

use chrono::NaiveDate;

use crate::domain::matching::{AGREEMENT_BOUNDARIES_SV, Role};
use crate::guideline::CompensationLevel;

/// Meetings are usually weekly (M7; seed 003 "en gång i veckan"): about four a month.
pub const WEEKLY_MEETINGS_PER_MONTH: u32 = 4;

/// What the decision and the order say that the agreement's defaults rest on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ordered {
    /// Hours a month in the order (D2).
    pub hours_per_month: f64,
    /// Meetings a month, when the decision counts meetings.
    pub meetings_per_month: Option<u32>,
    /// The individual's age on the start day.
    pub age: u32,
    /// From this age, at most `elderly_max_meetings` a month unless the decision says otherwise (A2).
    pub elderly_age: u32,
    pub elderly_max_meetings: u32,
    /// The guideline's usual length of a meeting, in hours (M7: about three).
    pub usual_meeting_hours: f64,
}

/// Down to a quarter of an hour, so that the meetings never add up to more than the order.
fn quarter_down(h: f64) -> f64 {
    ((h * 4.0) + 1e-9).floor() / 4.0
}

/// A meeting's length: the ordered hours shared over the meetings when they are counted (the
/// coordinator's `meetings`, else the decision's), rounded down to a quarter hour; otherwise
/// the guideline's usual length, never more than the hours ordered for a month.
pub fn default_hours_per_meeting(o: &Ordered, meetings: Option<u32>) -> f64 {
    match meetings.or(o.meetings_per_month).filter(|m| *m > 0) {
        Some(m) => {
            let share = o.hours_per_month / f64::from(m);
            let rounded = quarter_down(share);
            if rounded > 0.0 { rounded } else { share }
        }
        None => o.usual_meeting_hours.min(o.hours_per_month),
    }
}

/// The decision's meetings when it counts them; else as many meetings of `hours_per_meeting`
/// as the ordered hours hold (at least one), and for an elderly individual at most the
/// guideline's number (A2: usually two a month).
pub fn default_meetings(o: &Ordered, hours_per_meeting: f64) -> u32 {
    if let Some(m) = o.meetings_per_month {
        return m;
    }
    let fits = if hours_per_meeting > 0.0 {
        ((o.hours_per_month / hours_per_meeting) + 1e-9).floor() as u32
    } else {
        1
    };
    let mut m = fits.max(1);
    if o.age >= o.elderly_age {
        m = m.min(o.elderly_max_meetings.max(1));
    }
    m
}

/// The agreement asks for more hours a month than were ordered (E1: the hours are used as
/// decided); a warning, not a refusal, since meetings vary from month to month.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OverOrdered {
    pub asked: f64,
    pub ordered: f64,
}

impl OverOrdered {
    pub fn english(&self) -> String {
        format!(
            "the agreement makes {} hours a month, more than the {} ordered (E1)",
            num(self.asked),
            num(self.ordered)
        )
    }

    pub fn swedish(&self) -> String {
        format!(
            "Överenskommelsen omfattar {} timmar per månad, mer än de {} timmar som beställts (E1).",
            sv_num(self.asked),
            sv_num(self.ordered)
        )
    }
}

pub fn over_ordered(
    meetings: u32,
    hours_per_meeting: f64,
    hours_per_month: f64,
) -> Option<OverOrdered> {
    let asked = f64::from(meetings) * hours_per_meeting;
    (asked > hours_per_month + 1e-9).then_some(OverOrdered {
        asked,
        ordered: hours_per_month,
    })
}

/// A starting level for a contact person's compensation, from the guideline's levels in order:
/// the most demanding level when the intervention needs a trained assignee (M5); otherwise the
/// first level for about two meetings a month or fewer, the second for about weekly, the third
/// for more often. The coordinator changes it with `--compensation-level`.
pub fn default_compensation_level(
    levels: &[CompensationLevel],
    meetings: u32,
    needs_training: bool,
) -> Option<u32> {
    let mut sorted: Vec<u32> = levels.iter().map(|l| l.level).collect();
    sorted.sort_unstable();
    let last = sorted.len().checked_sub(1)?;
    let index = if needs_training {
        last
    } else if meetings <= 2 {
        0
    } else if meetings <= WEEKLY_MEETINGS_PER_MONTH {
        1
    } else {
        2
    };
    sorted.get(index.min(last)).copied()
}

/// Everything the agreement text says.
#[derive(Debug, Clone, PartialEq)]
pub struct Terms {
    pub case_id: i64,
    /// The intervention as the guideline names it, e.g. "Kontaktperson enligt SoL".
    pub insats_sv: String,
    pub role: Role,
    pub assignee_name: String,
    pub start: NaiveDate,
    /// The last day of the decision in force.
    pub decision_to: Option<NaiveDate>,
    pub meetings_per_month: u32,
    pub hours_per_meeting: f64,
    pub goals: Vec<String>,
    /// The level and the prisbasbelopp of the start year, when the role is paid by level.
    pub compensation: Option<(CompensationLevel, Option<u32>)>,
    pub review_due: NaiveDate,
}

/// "3", "2.5" → "2,5" (Swedish decimal comma).
fn sv_num(x: f64) -> String {
    num(x).replace('.', ",")
}

fn num(x: f64) -> String {
    super::numbers::short(x)
}

/// 59200 → "59 200".
fn sv_kronor(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

fn role_sv(role: Role) -> &'static str {
    match role {
        Role::Kontaktperson => "kontaktperson",
        Role::Ledsagare => "ledsagare",
    }
}

/// The agreement as the coordinator, the assignee and the individual read it (Swedish).
pub fn text(t: &Terms) -> String {
    let mut lines = vec![format!(
        "Överenskommelse om uppdrag som {} i ärende {}, insats: {}.",
        role_sv(t.role),
        t.case_id,
        t.insats_sv
    )];
    lines.push(format!(
        "Uppdragstagare: {}. Uppdraget börjar {}.",
        t.assignee_name.trim(),
        t.start
    ));
    match t.decision_to {
        Some(to) => lines.push(format!(
            "Överenskommelsen löper tills vidare, så länge beslutet gäller (till och med {to})."
        )),
        None => lines.push("Överenskommelsen löper tills vidare.".to_owned()),
    }
    let times = if t.meetings_per_month == 1 {
        "en gång".to_owned()
    } else {
        format!("{} gånger", t.meetings_per_month)
    };
    lines.push(format!(
        "Träffar: {times} per månad, cirka {} timmar per träff. Uppdragstagaren tar initiativ \
         till träffarna.",
        sv_num(t.hours_per_meeting)
    ));
    if t.goals.is_empty() {
        lines.push("Mål: enligt beställningen.".to_owned());
    } else {
        let goals: Vec<&str> = t.goals.iter().map(|g| g.trim()).collect();
        lines.push(format!("Mål: {}.", goals.join("; ").trim_end_matches('.')));
    }
    match (&t.compensation, t.role) {
        (Some((level, pbb)), _) => {
            let base = match pbb {
                Some(amount) => format!(
                    "prisbasbeloppet ({} kr år {})",
                    sv_kronor(*amount),
                    chrono::Datelike::year(&t.start)
                ),
                None => "prisbasbeloppet".to_owned(),
            };
            lines.push(format!(
                "Ersättning: nivå {} ({}): arvode {} % och omkostnadsersättning {} % av {base}.",
                level.level,
                level.description.trim().trim_end_matches('.'),
                sv_num(level.fee_percent),
                sv_num(level.expenses_percent)
            ));
        }
        (None, Role::Ledsagare) => {
            lines.push("Ersättning: enligt anställningen, timlön.".to_owned());
        }
        (None, Role::Kontaktperson) => {
            lines.push("Ersättning: enligt kommunens riktlinje.".to_owned());
        }
    }
    lines.push(
        "Den enskilde betalar sina egna kostnader vid aktiviteter; insatsen är avgiftsfri."
            .to_owned(),
    );
    if t.role == Role::Kontaktperson {
        // M8 is about contact persons; a companion is employed and has an employer's rules.
        lines.push(format!("Uppdragets gränser: {AGREEMENT_BOUNDARIES_SV}"));
    }
    lines.push(
        "Uppdragstagaren har tystnadsplikt och är skyldig att rapportera missförhållanden."
            .to_owned(),
    );
    lines.push(format!(
        "Överenskommelsen följs upp en gång om året, nästa gång senast {}.",
        t.review_due
    ));
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guideline::Guideline;

    fn d(s: &str) -> NaiveDate {
        crate::domain::dates::parse(s).expect("test date")
    }

    fn ordered(hours: f64, meetings: Option<u32>, age: u32) -> Ordered {
        let s = &Guideline::builtin().settings;
        Ordered {
            hours_per_month: hours,
            meetings_per_month: meetings,
            age,
            elderly_age: s.elderly_age,
            elderly_max_meetings: s.elderly_max_meetings_per_month,
            usual_meeting_hours: s.meeting_hours,
        }
    }

    /// The defaults never add up to more than the order.
    fn total(o: &Ordered) -> f64 {
        let h = default_hours_per_meeting(o, None);
        f64::from(default_meetings(o, h)) * h
    }

    #[test]
    fn m7_about_three_hours_a_meeting_within_the_ordered_hours() {
        let o = ordered(12.0, None, 30);
        assert_eq!(default_hours_per_meeting(&o, None), 3.0);
        assert_eq!(default_meetings(&o, 3.0), 4);
        assert_eq!(default_meetings(&ordered(8.0, None, 30), 3.0), 2);
        let little = ordered(2.0, None, 30);
        assert_eq!(default_hours_per_meeting(&little, None), 2.0);
        assert_eq!(default_meetings(&little, 2.0), 1);
        assert_eq!(default_meetings(&ordered(12.0, None, 70), 3.0), 2, "A2");
    }

    #[test]
    fn m7_the_order_without_meetings_gives_usual_meetings_that_fit() {
        // 16 hours of ledsagning: five meetings of three hours, not four (12 hours).
        let o = ordered(16.0, None, 30);
        assert_eq!(default_hours_per_meeting(&o, None), 3.0);
        assert_eq!(default_meetings(&o, 3.0), 5);
        assert_eq!(total(&ordered(10.0, None, 30)), 9.0);
        for hours in [1.0, 2.5, 7.0, 10.0, 12.0, 16.0, 40.0] {
            assert!(total(&ordered(hours, None, 30)) <= hours + 1e-9, "{hours}");
        }
    }

    #[test]
    fn m7_the_orders_meetings_share_its_hours() {
        // 10 hours in 4 meetings: 2.5 hours each, not 4 x 3 = 12.
        let o = ordered(10.0, Some(4), 30);
        assert_eq!(default_hours_per_meeting(&o, None), 2.5);
        assert_eq!(default_meetings(&o, 2.5), 4);
        // 10 hours in 3 meetings: 3.25 hours (a quarter hour down), 9.75 in all.
        assert_eq!(
            default_hours_per_meeting(&ordered(10.0, Some(3), 30), None),
            3.25
        );
        // The coordinator's meetings share the hours the same way.
        assert_eq!(
            default_hours_per_meeting(&ordered(12.0, None, 30), Some(2)),
            6.0
        );
        for (hours, m) in [(10.0, 3), (7.0, 4), (1.0, 4), (16.0, 4), (12.0, 5)] {
            let o = ordered(hours, Some(m), 30);
            assert!(total(&o) <= hours + 1e-9, "{hours} in {m}");
        }
    }

    #[test]
    fn e1_more_than_ordered_is_a_warning() {
        assert_eq!(over_ordered(4, 3.0, 12.0), None);
        let w = over_ordered(4, 3.0, 8.0).expect("warns");
        assert!(
            w.english()
                .contains("12 hours a month, more than the 8 ordered (E1)")
        );
        assert!(
            w.swedish().contains("12 timmar per månad"),
            "{}",
            w.swedish()
        );
    }

    #[test]
    fn compensation_level_follows_the_meetings() {
        let levels = &Guideline::builtin().settings.compensation.levels;
        assert_eq!(default_compensation_level(levels, 2, false), Some(1));
        assert_eq!(default_compensation_level(levels, 4, false), Some(2));
        assert_eq!(default_compensation_level(levels, 8, false), Some(3));
        assert_eq!(default_compensation_level(levels, 2, true), Some(4));
        assert_eq!(default_compensation_level(&[], 4, false), None);
    }

    #[test]
    fn m8_e8_the_text_states_the_boundaries_and_the_yearly_follow_up() {
        let levels = &Guideline::builtin().settings.compensation.levels;
        let t = Terms {
            case_id: 3,
            insats_sv: "Kontaktperson enligt SoL".into(),
            role: Role::Kontaktperson,
            assignee_name: "Eva Svensson".into(),
            start: d("2026-11-20"),
            decision_to: Some(d("2027-05-31")),
            meetings_per_month: 4,
            hours_per_meeting: 2.5,
            goals: vec!["Bryta isolering".into()],
            compensation: Some((levels[1].clone(), Some(59200))),
            review_due: d("2027-11-20"),
        };
        let text = text(&t);
        assert!(text.contains(AGREEMENT_BOUNDARIES_SV), "{text}");
        assert!(text.contains("ekonomiska uppdrag"), "{text}");
        assert!(
            text.contains("4 gånger per månad, cirka 2,5 timmar"),
            "{text}"
        );
        assert!(text.contains("Mål: Bryta isolering."), "{text}");
        assert!(text.contains("nivå 2"), "{text}");
        assert!(text.contains("59 200 kr år 2026"), "{text}");
        assert!(text.contains("senast 2027-11-20"), "{text}");
        assert!(text.contains("till och med 2027-05-31"), "{text}");
    }
}
