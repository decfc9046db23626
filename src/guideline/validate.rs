//! Checks that a parsed guideline is sound: every problem, one line each, with its path.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::{
    ASSIGNEE_ROLES, Guideline, HOUSING_FORMS, INTERVENTION_TYPES, Intervention, LAWS,
    OPTIONAL_REFERENCE_KEYS, OTHER_REFERENCE_KEYS, QuestionKind, Settings, When, is_rule_id,
};

/// References must leave no day uncovered from this date on (R3).
const COVERAGE_FROM: (i32, u32, u32) = (2020, 1, 1);

/// Longest decision period a guideline may allow (G1: no decision until further notice).
const MAX_DECISION_MONTHS: u32 = 60;

pub(super) fn validate(g: &Guideline) -> Vec<String> {
    let mut errors = Vec::new();
    let mut err = |path: &str, message: String| errors.push(format!("{path}: {message}"));

    if !is_kebab(&g.id) {
        err("id", format!("'{}' is not ascii kebab-case", g.id));
    }
    if g.version.trim().is_empty() || g.version.chars().any(char::is_whitespace) {
        err("version", "must be non-empty, without spaces".into());
    }
    check_text(&mut err, "name", &g.name);
    if g.source.is_empty() {
        err("source", "must name at least one document".into());
    }
    for (i, s) in g.source.iter().enumerate() {
        check_text(&mut err, &format!("source[{i}]"), s);
    }

    settings(&mut err, &g.settings);

    for key in INTERVENTION_TYPES {
        if !g.interventions.contains_key(key) {
            err(
                "interventions",
                format!("missing intervention type '{key}'"),
            );
        }
    }
    let mut seen_ids: BTreeMap<&str, String> = BTreeMap::new();
    for (key, intervention) in &g.interventions {
        let path = format!("interventions.{key}");
        if !INTERVENTION_TYPES.contains(&key.as_str()) {
            err(&path, format!("unknown intervention type '{key}'"));
        }
        self::intervention(&mut err, &path, intervention, &mut seen_ids);
    }

    references(&mut err, g);
    errors
}

fn settings(err: &mut impl FnMut(&str, String), s: &Settings) {
    let positive = [
        ("consent_age", s.consent_age),
        ("child_consent_age", s.child_consent_age),
        ("adult_age", s.adult_age),
        ("elderly_age", s.elderly_age),
        (
            "elderly_max_meetings_per_month",
            s.elderly_max_meetings_per_month,
        ),
        ("economy_max_months", s.economy_max_months),
        ("execute_within_months", s.execute_within_months),
        ("lvu_review_months", s.lvu_review_months),
        ("agreement_review_months", s.agreement_review_months),
        ("follow_up_weeks_before_end", s.follow_up_weeks_before_end),
        ("record_extract_valid_months", s.record_extract_valid_months),
        ("flex_period_months", s.flex_period_months),
        ("plan_within_days", s.plan_within_days),
        ("check_in_within_days", s.check_in_within_days),
        (
            "cancellation.provider_min_notice_days",
            s.cancellation.provider_min_notice_days,
        ),
        ("cancellation.flag_count", s.cancellation.flag_count),
        (
            "cancellation.flag_window_months",
            s.cancellation.flag_window_months,
        ),
        (
            "retention.sol_years_after_last_entry",
            s.retention.sol_years_after_last_entry,
        ),
    ];
    for (name, v) in positive {
        if v == 0 {
            err(&format!("settings.{name}"), "must be at least 1".into());
        }
    }
    // Ages in order: a child consents alone < the young person consents < adult < elderly.
    let ages = [
        ("child_consent_age", s.child_consent_age),
        ("consent_age", s.consent_age),
        ("adult_age", s.adult_age),
        ("elderly_age", s.elderly_age),
    ];
    for pair in ages.windows(2) {
        let ((a, va), (b, vb)) = (pair[0], pair[1]);
        if va >= vb {
            err(
                &format!("settings.{b}"),
                format!("must be greater than {a} ({vb} <= {va})"),
            );
        }
    }
    if !(s.meeting_hours.is_finite() && s.meeting_hours > 0.0 && s.meeting_hours <= 24.0) {
        err(
            "settings.meeting_hours",
            format!(
                "{} is not a meeting's length in hours (above 0, at most 24)",
                s.meeting_hours
            ),
        );
    }
    if s.elderly_age > 130 {
        err("settings.elderly_age", "is not a plausible age".into());
    }
    retention(err, s);
    money(err, s);
    for (insats, unit) in &s.units {
        let path = format!("settings.units.{insats}");
        if !INTERVENTION_TYPES.contains(&insats.as_str()) {
            err(&path, "is not an intervention type".into());
        }
        check_text(err, &path, unit);
        if unit.chars().any(char::is_control) {
            err(&path, "holds control characters".into());
        }
    }
}

/// The retention settings (R2): research days, and LSS years only when LSS files are deleted.
fn retention(err: &mut impl FnMut(&str, String), s: &Settings) {
    let r = &s.retention;
    let mut days = BTreeSet::new();
    for (i, &d) in r.research_birth_days.iter().enumerate() {
        let path = format!("settings.retention.research_birth_days[{i}]");
        if !(1..=31).contains(&d) {
            err(&path, format!("{d} is not a day of a month"));
        } else if !days.insert(d) {
            err(&path, format!("day {d} is listed twice"));
        }
    }
    match (r.lss_delete, r.lss_years_after_last_entry) {
        (true, None) | (true, Some(0)) => err(
            "settings.retention.lss_years_after_last_entry",
            "must be at least 1 when lss_delete is true".into(),
        ),
        (false, Some(_)) => err(
            "settings.retention.lss_years_after_last_entry",
            "must be null when lss_delete is false".into(),
        ),
        _ => {}
    }
}

/// The prisbasbelopp by year, the compensation levels, and the settings' notes.
fn money(err: &mut impl FnMut(&str, String), s: &Settings) {
    if s.prisbasbelopp.is_empty() {
        err("settings.prisbasbelopp", "needs at least one year".into());
    }
    for (year, &amount) in &s.prisbasbelopp {
        let path = format!("settings.prisbasbelopp.{year}");
        let plausible_year = year.len() == 4
            && year
                .parse::<u32>()
                .is_ok_and(|y| (1900..=2200).contains(&y));
        if !plausible_year {
            err(&path, format!("'{year}' is not a year (YYYY)"));
        }
        if amount == 0 {
            err(&path, "must be greater than 0".into());
        }
    }

    let c = &s.compensation;
    if c.levels.is_empty() {
        err(
            "settings.compensation.levels",
            "needs at least one level".into(),
        );
    }
    let mut levels = BTreeSet::new();
    for (i, level) in c.levels.iter().enumerate() {
        let path = format!("settings.compensation.levels[{i}]");
        if level.level == 0 || !levels.insert(level.level) {
            err(
                &format!("{path}.level"),
                format!("{} is zero or used twice", level.level),
            );
        }
        check_text(err, &format!("{path}.description"), &level.description);
        for (name, v) in [
            ("fee_percent", level.fee_percent),
            ("expenses_percent", level.expenses_percent),
        ] {
            if !(v.is_finite() && (0.0..=100.0).contains(&v)) {
                err(
                    &format!("{path}.{name}"),
                    format!("{v} is not a percentage 0-100"),
                );
            }
        }
    }

    ivo_windows(err, &s.ivo_windows);
    let mut known: BTreeSet<String> = match serde_json::to_value(Settings::default()) {
        Ok(serde_json::Value::Object(m)) => m.keys().cloned().collect(),
        _ => BTreeSet::new(),
    };
    // Settings a document may leave out are settings all the same.
    known.extend(["units", "letterhead", "appeal_forward_days", "ivo_windows"].map(String::from));
    for (name, note) in &s.notes {
        let path = format!("settings.notes.{name}");
        if name == "notes" || !known.contains(name) {
            err(&path, format!("'{name}' is not a setting"));
        }
        check_text(err, &path, note);
    }
}

/// R1: each quarter's reporting window once, its days real month-days (`MM-DD`).
fn ivo_windows(err: &mut impl FnMut(&str, String), windows: &[super::IvoWindow]) {
    let mut seen = BTreeSet::new();
    for (i, w) in windows.iter().enumerate() {
        let path = format!("settings.ivo_windows[{i}]");
        if !(1..=4).contains(&w.quarter) || !seen.insert(w.quarter) {
            err(
                &format!("{path}.quarter"),
                format!("{} is not a quarter 1-4 given once", w.quarter),
            );
        }
        for (name, day) in [("from", &w.from), ("to", &w.to)] {
            if crate::domain::dates::parse(&format!("2024-{day}")).is_err() || day.len() != 5 {
                err(
                    &format!("{path}.{name}"),
                    format!("'{day}' is not a day written MM-DD"),
                );
            }
        }
    }
}

fn intervention<'a>(
    err: &mut impl FnMut(&str, String),
    path: &str,
    i: &'a Intervention,
    seen_ids: &mut BTreeMap<&'a str, String>,
) {
    check_text(err, &format!("{path}.name"), &i.name);
    if !LAWS.contains(&i.law.as_str()) {
        err(
            &format!("{path}.law"),
            format!("'{}' is not one of {}", i.law, LAWS.join(", ")),
        );
    }
    if !(1..=MAX_DECISION_MONTHS).contains(&i.max_months) {
        err(
            &format!("{path}.max_months"),
            format!("{} is outside 1-{MAX_DECISION_MONTHS}", i.max_months),
        );
    }
    if !ASSIGNEE_ROLES.contains(&i.assignee_role.as_str()) {
        err(
            &format!("{path}.assignee_role"),
            format!(
                "'{}' is not one of {}",
                i.assignee_role,
                ASSIGNEE_ROLES.join(", ")
            ),
        );
    }
    if i.max_age_exclusive == Some(0) {
        err(
            &format!("{path}.max_age_exclusive"),
            "must be at least 1".into(),
        );
    }
    if let (Some(min), Some(max)) = (i.min_age, i.max_age_exclusive)
        && min >= max
    {
        err(
            &format!("{path}.min_age"),
            format!("{min} leaves no age below max_age_exclusive {max}"),
        );
    }
    if let Some(note) = &i.note {
        check_text(err, &format!("{path}.note"), note);
    }
    if i.questions.is_empty() {
        err(
            &format!("{path}.questions"),
            "needs at least one question".into(),
        );
    }

    for (n, q) in i.questions.iter().enumerate() {
        let qpath = format!("{path}.questions[{n}]");
        if !is_kebab(&q.id) {
            err(
                &format!("{qpath}.id"),
                format!("'{}' is not ascii kebab-case", q.id),
            );
        } else if let Some(first) = seen_ids.get(q.id.as_str()) {
            err(
                &format!("{qpath}.id"),
                format!("duplicate question id '{}' (first at {first})", q.id),
            );
        } else {
            seen_ids.insert(&q.id, qpath.clone());
        }
        if !is_rule_id(&q.rule) {
            err(
                &format!("{qpath}.rule"),
                format!("unknown rule ID '{}'", q.rule),
            );
        }
        check_text(err, &format!("{qpath}.text"), &q.text);
        if !q.text.trim_end().ends_with('?') {
            err(
                &format!("{qpath}.text"),
                "must be a yes/no question ending in '?'".into(),
            );
        }
        check_text(err, &format!("{qpath}.help"), &q.help);
        if q.kind == QuestionKind::Exclusion && q.grant_if {
            err(
                &format!("{qpath}.grant_if"),
                "an exclusion is granted only on the answer false".into(),
            );
        }
        if let Some(w) = &q.when {
            when(err, &format!("{qpath}.when"), w, i);
        }
    }
}

fn when(err: &mut impl FnMut(&str, String), path: &str, w: &When, i: &Intervention) {
    if w.min_age.is_none() && w.max_age_exclusive.is_none() && w.housing.is_none() {
        err(path, "is empty; leave it out instead".into());
    }
    if let Some(h) = &w.housing
        && !HOUSING_FORMS.contains(&h.as_str())
    {
        err(
            &format!("{path}.housing"),
            format!("'{h}' is not one of {}", HOUSING_FORMS.join(", ")),
        );
    }
    // The question must be able to apply to someone the intervention is for. The
    // intervention's min_age is left out: it may have exceptions (K3, under 15 with a crime).
    let lowest = w.min_age.unwrap_or(0);
    let above = match (w.max_age_exclusive, i.max_age_exclusive) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    if above.is_some_and(|above| lowest >= above) {
        err(path, "matches no age the intervention is for".into());
    }
}

type Span = (usize, NaiveDate, Option<NaiveDate>);

fn references(err: &mut impl FnMut(&str, String), g: &Guideline) {
    // Per key: (index in references, from, to).
    let mut by_key: BTreeMap<&str, Vec<Span>> = BTreeMap::new();
    for (n, r) in g.references.iter().enumerate() {
        let path = format!("references[{n}]");
        let known = INTERVENTION_TYPES.contains(&r.key.as_str())
            || OTHER_REFERENCE_KEYS.contains(&r.key.as_str())
            || OPTIONAL_REFERENCE_KEYS.contains(&r.key.as_str());
        if !known {
            err(
                &format!("{path}.key"),
                format!("unknown reference key '{}'", r.key),
            );
        }
        check_text(err, &format!("{path}.text"), &r.text);
        if let Some(note) = &r.note {
            check_text(err, &format!("{path}.note"), note);
        }
        if r.to.is_some_and(|to| to < r.from) {
            err(&format!("{path}.to"), "is before from".into());
            continue;
        }
        by_key.entry(&r.key).or_default().push((n, r.from, r.to));
    }

    let Some(start) = NaiveDate::from_ymd_opt(COVERAGE_FROM.0, COVERAGE_FROM.1, COVERAGE_FROM.2)
    else {
        return;
    };
    for key in INTERVENTION_TYPES.iter().chain(OTHER_REFERENCE_KEYS.iter()) {
        let Some(refs) = by_key.get_mut(key) else {
            err("references", format!("no reference for '{key}'"));
            continue;
        };
        refs.sort_by_key(|&(_, from, _)| from);
        let (first, first_from, _) = refs[0];
        if first_from > start {
            err(
                &format!("references[{first}].from"),
                format!("'{key}' has no reference in force from {start} to {first_from}"),
            );
        }
        for pair in refs.windows(2) {
            let ((a, _, a_to), (b, b_from, _)) = (pair[0], pair[1]);
            match a_to {
                None => err(
                    &format!("references[{b}]"),
                    format!("'{key}' overlaps references[{a}], which has no end date"),
                ),
                Some(a_to) if b_from <= a_to => err(
                    &format!("references[{b}].from"),
                    format!("'{key}' overlaps references[{a}] (ends {a_to})"),
                ),
                Some(a_to) => {
                    let next = a_to.succ_opt();
                    if next.is_some_and(|next| b_from > next) && b_from > start {
                        err(
                            &format!("references[{b}].from"),
                            format!("'{key}' has a gap after references[{a}] (ends {a_to})"),
                        );
                    }
                }
            }
        }
        if let Some(&(last, _, Some(to))) = refs.last() {
            err(
                &format!("references[{last}].to"),
                format!("'{key}' has no reference in force after {to}"),
            );
        }
    }
}

fn check_text(err: &mut impl FnMut(&str, String), path: &str, text: &str) {
    if text.trim().is_empty() {
        err(path, "must not be empty".into());
    } else if text.trim() != text {
        err(path, "has leading or trailing whitespace".into());
    }
}

/// Lowercase ascii words joined by single hyphens, e.g. "kp-sol-isolering".
fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}
