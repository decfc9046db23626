//! Matching assignees (contact persons, companions) to an individual: who may not be offered,
//! and by which rule (M1–M6, D2), and how the rest rank (D4 wishes first, then shared
//! interests, area and fairness), each point explained in words.
//!
//! Plain data in, plain data out: the caller loads the assignees, the case and the guideline.
//! Names, places, interests and languages compare trimmed and case-insensitively.

use std::cmp::Ordering;

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::dates::{add_months, years_between};
use crate::domain::pnr::Sex;
use crate::domain::recruitment::{Stage, has_room, may_be_offered};
use crate::domain::rules::Rule;
use crate::error::Refusal;
use crate::guideline::{Intervention, Settings};

/// The boundaries of the role for the agreement text (M8; seeds 000 and 003).
pub const AGREEMENT_BOUNDARIES_SV: &str = "Kontaktpersonen tar inte på sig ekonomiska uppdrag \
    och får aldrig ansvara för den enskildes ekonomi, och tar inte på sig någon roll att \
    företräda den enskilde i något sammanhang; kontaktpersonen är aldrig den enskildes legala \
    företrädare.";

/// Points for each met wish of the individual (D4): the wished sex, each wished language
/// spoken, each wished interest shared. One met wish outweighs all the other grounds together
/// (at most 2 + 1 + 1 = 4 points), so wishes always decide first.
pub const WISH_POINTS: f64 = 5.0;
/// Each other shared interest, counted for at most [`SHARED_INTERESTS_COUNTED`] of them.
pub const SHARED_INTEREST_POINTS: f64 = 1.0;
pub const SHARED_INTERESTS_COUNTED: usize = 2;
pub const SAME_AREA_POINTS: f64 = 1.0;
/// Fairness: longer waiting first, in proportion up to this many days, then capped.
pub const FAIRNESS_CAP_DAYS: i64 = 365;
pub const FAIRNESS_MAX_POINTS: f64 = 1.0;

/// The assignee's role (uppdrag), as the guideline's `assignee_role` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Kontaktperson,
    /// Companion (ledsagare).
    Ledsagare,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Kontaktperson => "kontaktperson",
            Role::Ledsagare => "ledsagare",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "kontaktperson" => Some(Role::Kontaktperson),
            "ledsagare" => Some(Role::Ledsagare),
            _ => None,
        }
    }
}

/// An assignee (uppdragstagare) as matching sees one.
#[derive(Debug, Clone, PartialEq)]
pub struct Assignee {
    pub id: i64,
    pub birth_date: NaiveDate,
    pub sex: Sex,
    pub role: Role,
    pub stage: Stage,
    /// Date of the criminal-records extract (utdrag ur belastningsregistret), M2.
    pub record_checked: Option<NaiveDate>,
    /// Training or experience of social work (M5).
    pub trained: bool,
    pub interests: Vec<String>,
    pub languages: Vec<String>,
    pub area: Option<String>,
    pub workplace: Option<String>,
    pub residence: Option<String>,
    /// 12-digit numbers of individuals the assignee is related to or in the network of (M3).
    pub relative_of: Vec<String>,
    /// How many assignments the assignee takes at once.
    pub capacity: u32,
    pub active_assignments: u32,
    /// In the queue since (fairness: longer waiting first).
    pub waiting_since: Option<NaiveDate>,
    /// Not available for assignments before this day (e.g. back from a break, moving in).
    pub available_from: Option<NaiveDate>,
}

/// The individual's wishes about the assignee, recorded on the case (D4).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Wishes {
    pub sex: Option<Sex>,
    pub languages: Vec<String>,
    pub interests: Vec<String>,
}

/// The individual (den enskilde) as matching sees one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Individual {
    /// 12 digits.
    pub pnr: String,
    /// Age on the day of matching.
    pub age: u32,
    /// The individual's own interests; those also wished for count as wishes.
    pub interests: Vec<String>,
    pub area: Option<String>,
    pub workplace: Option<String>,
    pub residence: Option<String>,
    pub wishes: Wishes,
    /// The assignees who declined this case's assignment themselves (M6): not suggested again.
    pub declined: Vec<DeclinedOffer>,
}

/// An assignee's own refusal of this case's offer (M6).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeclinedOffer {
    pub assignee_id: i64,
    pub day: NaiveDate,
    pub reason: Option<String>,
}

/// Why an assignee may not be offered. `rule` is a docs/rules.md ID; at capacity and a stage that
/// cannot be offered are both M6 (the queue), a role that does not fit the ordered
/// intervention is D2 (the order names the intervention, the intervention its role).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Exclusion {
    pub rule: Rule,
    pub reason: String,
}

/// A candidate's score and the words for each part of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scored {
    pub score: f64,
    pub reasons: Vec<String>,
}

/// Trimmed and lower-cased, for comparing what people typed.
fn norm(s: &str) -> String {
    s.trim().to_lowercase()
}

/// Normalized, without blanks and repeats, in the order given.
fn norm_list(items: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for n in items.iter().map(|s| norm(s)) {
        if !n.is_empty() && !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

fn norm_place(place: &Option<String>) -> Option<String> {
    place.as_deref().map(norm).filter(|p| !p.is_empty())
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Whether a criminal-records extract dated `checked` is still accepted on `today` (M2): up to
/// and including the same day `valid_months` later; an extract dated after today is not.
pub fn record_extract_valid(checked: NaiveDate, valid_months: u32, today: NaiveDate) -> bool {
    checked <= today && today <= add_months(checked, valid_months)
}

/// Each way the assignee works or lives where the individual works or lives (M4), naming the
/// place as the case writes it.
fn place_clashes(a: &Assignee, ind: &Individual) -> Vec<String> {
    let theirs = [("works", &a.workplace), ("lives", &a.residence)];
    let individuals = [("works", &ind.workplace), ("lives", &ind.residence)];
    let mut clashes = Vec::new();
    for (verb, place) in theirs {
        let Some(place) = norm_place(place) else {
            continue;
        };
        for (ind_verb, ind_place) in individuals {
            if norm_place(ind_place).as_ref() == Some(&place) {
                let written = ind_place.as_deref().unwrap_or_default().trim();
                clashes.push(format!(
                    "{verb} at {written}, where the individual {ind_verb}"
                ));
            }
        }
    }
    clashes
}

/// Every rule that keeps this assignee from being offered this intervention, at most one per
/// rule, in the order M1, M2, M3, M4, M5, M6, D2. Empty means the assignee may be offered.
pub fn exclusions(
    a: &Assignee,
    ind: &Individual,
    intervention: &Intervention,
    settings: &Settings,
    today: NaiveDate,
) -> Vec<Exclusion> {
    let mut out = Vec::new();
    let mut push = |rule: Rule, reason: String| out.push(Exclusion { rule, reason });
    let adult = settings.adult_age;
    let wanted_role = Role::parse(&intervention.assignee_role);

    let age = years_between(a.birth_date, today);
    if age < adult {
        push(Rule::M1, format!("is {age}, under {adult} (M1)"));
    }

    let child = ind.age < adult;
    let companion = wanted_role == Some(Role::Ledsagare) || a.role == Role::Ledsagare;
    if child || companion {
        let needed_for = if child {
            format!("an individual under {adult}")
        } else {
            "a companion".to_owned()
        };
        let months = settings.record_extract_valid_months;
        match a.record_checked {
            None => push(
                Rule::M2,
                format!("has no criminal-records extract, needed for {needed_for} (M2)"),
            ),
            Some(d) if d > today => push(
                Rule::M2,
                format!("criminal-records extract is dated after today, {d} (M2)"),
            ),
            Some(d) if !record_extract_valid(d, months, today) => push(
                Rule::M2,
                format!(
                    "criminal-records extract of {d} is older than {months} months, \
                     needed for {needed_for} (M2)"
                ),
            ),
            Some(_) => {}
        }
    }

    let pnr = digits(&ind.pnr);
    if !pnr.is_empty() && a.relative_of.iter().any(|r| digits(r) == pnr) {
        push(
            Rule::M3,
            "is a relative of the individual or in the individual's network (M3)".to_owned(),
        );
    }

    let clashes = place_clashes(a, ind);
    if !clashes.is_empty() {
        push(Rule::M4, format!("{} (M4)", clashes.join("; ")));
    }

    if intervention.assignee_needs_training && !a.trained {
        push(
            Rule::M5,
            "has no training or experience of social work, which this intervention needs (M5)"
                .to_owned(),
        );
    }

    if let Some(d) = ind.declined.iter().find(|d| d.assignee_id == a.id) {
        let why = d
            .reason
            .as_deref()
            .map(|r| format!(": {}", r.trim()))
            .unwrap_or_default();
        push(
            Rule::M6,
            format!("declined this case's offer on {}{why} (M6)", d.day),
        );
    } else if !may_be_offered(a.stage) {
        let why = match a.stage {
            Stage::NotApproved => "was not approved".to_owned(),
            Stage::Offered => "has an offer open".to_owned(),
            Stage::Paused => "is paused".to_owned(),
            Stage::Ended => "has ended as an assignee".to_owned(),
            other => format!("is still being recruited ({other}), not approved"),
        };
        push(Rule::M6, format!("{why} (M6)"));
    } else if let Some(from) = a.available_from.filter(|d| *d > today) {
        push(Rule::M6, format!("is not available until {from} (M6)"));
    } else if !has_room(a.capacity, a.active_assignments) {
        push(
            Rule::M6,
            format!(
                "is at capacity, {} of {} assignments (M6)",
                a.active_assignments, a.capacity
            ),
        );
    }

    match wanted_role {
        Some(role) if role == a.role => {}
        Some(role) => push(
            Rule::D2,
            format!(
                "is a {}, the order needs a {} (D2)",
                a.role.as_str(),
                role.as_str()
            ),
        ),
        None => push(
            Rule::D2,
            "the ordered intervention names no known assignee role (D2)".to_owned(),
        ),
    }
    out
}

/// Two decimals, so that the reasons add up to the score exactly as printed.
fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// "+3", "+0.5", "+0.89".
fn points(x: f64) -> String {
    format!("+{}", super::numbers::short(x))
}

fn sex_word(sex: Sex) -> &'static str {
    match sex {
        Sex::Female => "female",
        Sex::Male => "male",
    }
}

/// How well the assignee fits the individual. The individual's wishes (D4) weigh most: the
/// wished sex, each wished language spoken, each wished interest shared; unmet wishes are
/// listed with +0. Then other shared interests (a few counted), the same area, and fairness
/// (days in the queue, capped). Deterministic; every reason names what it counted and its points.
pub fn score(a: &Assignee, ind: &Individual, today: NaiveDate) -> Scored {
    let mut total = 0.0;
    let mut reasons = Vec::new();
    let mut add = |pts: f64, text: String| {
        total += pts;
        reasons.push(format!("{text} {}", points(pts)));
    };

    if let Some(wished) = ind.wishes.sex {
        if a.sex == wished {
            add(
                WISH_POINTS,
                format!("is {} as wished (D4)", sex_word(wished)),
            );
        } else {
            add(0.0, format!("is not {} as wished (D4)", sex_word(wished)));
        }
    }

    let spoken = norm_list(&a.languages);
    for lang in norm_list(&ind.wishes.languages) {
        if spoken.contains(&lang) {
            add(WISH_POINTS, format!("speaks {lang} as wished (D4)"));
        } else {
            add(0.0, format!("does not speak {lang} as wished (D4)"));
        }
    }

    let theirs = norm_list(&a.interests);
    let wished = norm_list(&ind.wishes.interests);
    for interest in &wished {
        if theirs.contains(interest) {
            add(
                WISH_POINTS,
                format!("shares the wished interest {interest} (D4)"),
            );
        } else {
            add(
                0.0,
                format!("does not share the wished interest {interest} (D4)"),
            );
        }
    }
    let shared = norm_list(&ind.interests)
        .into_iter()
        .filter(|i| !wished.contains(i) && theirs.contains(i));
    for (n, interest) in shared.enumerate() {
        if n < SHARED_INTERESTS_COUNTED {
            add(
                SHARED_INTEREST_POINTS,
                format!("shares the interest {interest}"),
            );
        } else {
            add(
                0.0,
                format!(
                    "shares the interest {interest}, beyond the {SHARED_INTERESTS_COUNTED} counted"
                ),
            );
        }
    }

    let same_area = norm_place(&a.area).filter(|m| norm_place(&ind.area).as_ref() == Some(m));
    if let Some(area) = same_area {
        add(SAME_AREA_POINTS, format!("lives in the same area, {area}"));
    }

    if let Some(since) = a.waiting_since.filter(|d| *d <= today) {
        let days = (today - since).num_days();
        let capped = days.min(FAIRNESS_CAP_DAYS);
        let pts = round2(FAIRNESS_MAX_POINTS * capped as f64 / FAIRNESS_CAP_DAYS as f64);
        let cap_note = if days > FAIRNESS_CAP_DAYS {
            format!(", counted up to {FAIRNESS_CAP_DAYS}")
        } else {
            String::new()
        };
        add(
            pts,
            format!("waiting since {since}, {days} days{cap_note} (fairness)"),
        );
    }

    Scored {
        score: round2(total),
        reasons,
    }
}

/// Candidates by assignee id, best first.
pub type Ranked = Vec<(i64, Scored)>;
/// Excluded assignees by id, each with every rule that excludes them.
pub type Excluded = Vec<(i64, Vec<Exclusion>)>;

/// Longer waiting first; never waiting last.
fn by_waiting(x: Option<NaiveDate>, y: Option<NaiveDate>) -> Ordering {
    match (x, y) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Candidates ranked by score (highest first), then longer waiting, then id; and the excluded
/// with every rule that excludes them, by id.
pub fn rank(
    assignees: &[Assignee],
    ind: &Individual,
    intervention: &Intervention,
    settings: &Settings,
    today: NaiveDate,
) -> (Ranked, Excluded) {
    let mut ranked: Vec<(&Assignee, Scored)> = Vec::new();
    let mut excluded = Vec::new();
    for a in assignees {
        let why = exclusions(a, ind, intervention, settings, today);
        if why.is_empty() {
            ranked.push((a, score(a, ind, today)));
        } else {
            excluded.push((a.id, why));
        }
    }
    ranked.sort_by(|(a, sa), (b, sb)| {
        sb.score
            .total_cmp(&sa.score)
            .then_with(|| by_waiting(a.waiting_since, b.waiting_since))
            .then_with(|| a.id.cmp(&b.id))
    });
    excluded.sort_by_key(|(id, _)| *id);
    let ranked = ranked.into_iter().map(|(a, s)| (a.id, s)).collect();
    (ranked, excluded)
}

#[cfg(test)]
mod tests;

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// M6: a case has one open offer at a time. `open` is the open offer's assignee and day.
pub fn check_no_open_offer(case_id: i64, open: Option<(i64, NaiveDate)>) -> Result<(), Refusal> {
    match open {
        None => Ok(()),
        Some((assignee, day)) => Err(Refusal::new(
            Rule::M6,
            format!(
                "case {case_id} already has an offer open (assignee {assignee}, offered {day}): \
                 it is answered first, with `insats match start {case_id} --date DATE` or \
                 `insats match decline {case_id}`"
            ),
        )),
    }
}

/// M6: an assignment starts from an accepted offer, so the case must have one open.
pub fn check_offer_open<T>(case_id: i64, open: Option<T>) -> Result<T, Refusal> {
    open.ok_or_else(|| {
        Refusal::new(
            Rule::M6,
            format!(
                "case {case_id} has no open offer: an assignment starts from an accepted offer \
                 (`insats match suggest {case_id}`, then `insats match offer {case_id} --assignee ID`)"
            ),
        )
    })
}

/// An assignee that a rule excludes (M1-M6, D2) is refused by the first of them; the sentence
/// names every rule by ID only, since the reasons name the individual's places and dates (G5).
pub fn check_not_excluded(
    why: &[Exclusion],
    sentence: impl FnOnce(&str) -> String,
) -> Result<(), Refusal> {
    match why.first() {
        None => Ok(()),
        Some(first) => {
            let rules: Vec<&str> = why.iter().map(|e| e.rule.id()).collect();
            Err(Refusal::new(first.rule, sentence(&rules.join(", "))))
        }
    }
}

crate::domain::named! {
    /// What became of an offer of an assignment (M6).
    pub enum OfferOutcome {
        Pending => "pending",
        Accepted => "accepted",
        Declined => "declined",
        /// The assignee ended before answering.
        Withdrawn => "withdrawn",
    }
}

crate::domain::named! {
    /// Who declined an offer (M6): the individual (the assignee keeps their place in the queue
    /// and may be offered other cases and this one again) or the assignee (not offered this case
    /// again).
    pub enum DeclinedBy {
        Individual => "individual",
        Assignee => "assignee",
    }
}

crate::domain::named! {
    /// Whether an agreement with an assignee is in force.
    pub enum AgreementStatus {
        Active => "active",
        Ended => "ended",
    }
}

/// M2: a companion (ledsagare) is approved only with a criminal-records extract no older than
/// the guideline's months; `fix` says how to give a newer one.
pub fn check_companion_extract(
    role: Role,
    extract: Option<NaiveDate>,
    valid_months: u32,
    approved: NaiveDate,
    fix: &str,
) -> Result<(), Refusal> {
    match (role, extract) {
        (Role::Ledsagare, Some(extract))
            if !record_extract_valid(extract, valid_months, approved) =>
        {
            Err(Refusal::new(
                Rule::M2,
                format!(
                    "a companion needs a criminal-records extract at most {valid_months} months \
                     old when approved, and this one is dated {extract}: {fix}"
                ),
            ))
        }
        _ => Ok(()),
    }
}

/// G7: an assignment starts within the grant's period, never before its first day.
pub fn check_start_within_grant(day: NaiveDate, from: Option<NaiveDate>) -> Result<(), Refusal> {
    match from {
        Some(from) if day < from => Err(Refusal::new(
            Rule::G7,
            format!(
                "the grant starts on {from}: an assignment cannot start on {day}, before the \
                 grant's first day"
            ),
        )),
        _ => Ok(()),
    }
}
