//! Property tests (issue 9): the parsers of hostile input never panic, and fail with clean
//! errors: the personnummer and date parsers, and the guideline import.

use chrono::NaiveDate;
use insats::domain::dates;
use insats::domain::pnr::Pnr;
use insats::guideline::Guideline;
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::Value;

pub(crate) fn config(cases: u32) -> Config {
    Config {
        cases,
        // No regression files in the repository; a failure prints its minimal input.
        failure_persistence: None,
        ..Config::default()
    }
}

/// Strings made mostly of what the parsers look for, so that many get far into them.
fn near(alphabet: &'static str, len: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    let chars: Vec<char> = alphabet.chars().collect();
    prop::collection::vec(prop::sample::select(chars), len).prop_map(String::from_iter)
}

fn any_input() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        near("0123456789-+ ", 0..16),
        near("0123456789-+\u{0}\u{a0}é٣", 9..15),
    ]
}

fn a_date() -> impl Strategy<Value = NaiveDate> {
    (-300_000i32..300_000).prop_map(|days| {
        NaiveDate::from_ymd_opt(2000, 1, 1)
            .and_then(|d| d.checked_add_signed(chrono::Duration::days(days.into())))
            .unwrap_or_default()
    })
}

pub(crate) fn one_clean_line(message: &str) {
    assert!(!message.trim().is_empty(), "empty message");
    assert!(!message.contains('\n'), "more than one line: {message:?}");
}

proptest! {
    #![proptest_config(config(1000))]

    #[test]
    fn g5_pnr_parse_never_panics_and_its_errors_never_repeat_the_input(
        input in any_input(),
        today in a_date(),
    ) {
        match Pnr::parse(&input, today) {
            Ok(p) => {
                prop_assert_eq!(p.as_str().len(), 12);
                prop_assert!(p.as_str().bytes().all(|b| b.is_ascii_digit()));
                prop_assert!(p.birth_date() <= today);
                prop_assert_eq!(Pnr::parse(&p.formatted(), today), Ok(p.clone()));
                prop_assert_eq!(Pnr::from_stored(p.as_str()), Ok(p.clone()));
                prop_assert!(p.masked().ends_with("-****"));
                let _ = (p.age_on(today), p.sex(), p.kind());
            }
            Err(e) => {
                let message = e.to_string();
                one_clean_line(&message);
                let digits = input.chars().filter(char::is_ascii_digit).count();
                if digits >= 4 {
                    prop_assert!(!message.contains(input.trim()), "{} in {}", input, message);
                }
            }
        }
        let _ = Pnr::from_stored(&input);
    }

    #[test]
    fn date_parse_never_panics_and_reads_back_exactly(input in prop_oneof![
        any::<String>(),
        near("0123456789-", 8..12),
        near("0123456789-", 10..11),
    ]) {
        match dates::parse(&input) {
            Ok(d) => prop_assert_eq!(d.to_string(), input),
            Err(e) => one_clean_line(&e.to_string()),
        }
    }

    #[test]
    fn date_arithmetic_never_panics(a in a_date(), b in a_date(), months in any::<u32>()) {
        let _ = dates::add_months(a, months);
        let _ = dates::sub_months(a, months);
        let _ = dates::period_exceeds_months(a, b, months);
        let _ = dates::years_between(a, b);
    }
}

/// A JSON value of any shape, a few levels deep.
pub(crate) fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        (-3i64..400).prop_map(Value::from),
        any::<String>().prop_map(Value::String),
        near("0123456789-", 10..11).prop_map(Value::String),
        Just(Value::String(String::new())),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

#[derive(Debug, Clone)]
pub(crate) enum Mutation {
    Replace(Value),
    Remove,
    AddField(String, Value),
}

pub(crate) fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => json_value().prop_map(Mutation::Replace),
        2 => Just(Mutation::Remove),
        1 => (any::<String>(), json_value()).prop_map(|(k, v)| Mutation::AddField(k, v)),
    ]
}

/// Walks `path` (each step picks a child by index modulo the count) and applies `m` there, or
/// where the path runs out of children.
pub(crate) fn mutate(node: &mut Value, path: &[usize], m: Mutation) {
    let Some((&step, rest)) = path.split_first() else {
        return apply(node, m);
    };
    let remove_here = rest.is_empty() && matches!(m, Mutation::Remove);
    match node {
        Value::Object(map) if !map.is_empty() => {
            let key = map
                .keys()
                .nth(step % map.len())
                .cloned()
                .unwrap_or_default();
            if remove_here {
                map.remove(&key);
            } else if let Some(child) = map.get_mut(&key) {
                mutate(child, rest, m);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let i = step % items.len();
            if remove_here {
                items.remove(i);
            } else {
                mutate(&mut items[i], rest, m);
            }
        }
        _ => apply(node, m),
    }
}

fn apply(node: &mut Value, m: Mutation) {
    match m {
        Mutation::Replace(v) => *node = v,
        Mutation::AddField(k, v) => match node {
            Value::Object(map) => {
                map.insert(k, v);
            }
            _ => *node = v,
        },
        Mutation::Remove => *node = Value::Null,
    }
}

fn default_document() -> Value {
    serde_json::from_str(&Guideline::builtin().to_json_pretty()).expect("the default as JSON")
}

fn errors_are_clean(result: Result<Guideline, Vec<String>>) -> Result<(), TestCaseError> {
    if let Err(errors) = result {
        prop_assert!(!errors.is_empty(), "a failure names its problems");
        for e in &errors {
            one_clean_line(e);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn guideline_import_never_panics_on_any_text(text in prop_oneof![
        any::<String>(),
        json_value().prop_map(|v| v.to_string()),
    ]) {
        errors_are_clean(Guideline::from_json(&text))?;
    }

    #[test]
    fn guideline_import_never_panics_on_a_mutated_default(
        mutations in prop::collection::vec(
            (prop::collection::vec(any::<usize>(), 1..7), mutation()),
            1..4,
        ),
    ) {
        let mut doc = default_document();
        for (path, m) in mutations {
            mutate(&mut doc, &path, m);
        }
        errors_are_clean(Guideline::from_json(&doc.to_string()))?;
    }
}

#[test]
fn the_default_document_itself_imports() {
    assert!(Guideline::from_json(&default_document().to_string()).is_ok());
}
