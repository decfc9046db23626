//! Property tests of the answers document (`assess --answers`, src/domain/answers.rs): whatever
//! a person or a script hands it, reading never panics and fails with a clean list of problems,
//! one line each; a properly filled document always reads back exactly.

use insats::domain::answers::{Expected, parse, template};
use insats::domain::assessment::Answer;
use insats::guideline::{Facts, Guideline};
use proptest::prelude::*;
use serde_json::{Value, json};

use crate::props::{Mutation, config, json_value, mutate, mutation, one_clean_line};

/// The longest problem line: a problem quotes at most a short piece of what the file said.
const LONGEST_PROBLEM: usize = 400;

/// The questions of an intervention for a person of `age` under the built-in guideline.
fn expected(insats: &'static str, age: u32) -> Expected<'static> {
    let g = Guideline::builtin();
    let facts = Facts {
        age,
        housing: "ordinary".into(),
    };
    Expected {
        case_id: 17,
        insats,
        guideline: g.label(),
        questions: g.questions_for(insats, &facts),
        child: age < g.settings.adult_age,
    }
}

/// A child's and an adult's case, of types with different questions.
fn an_expected() -> impl Strategy<Value = Expected<'static>> {
    prop_oneof![
        Just(expected("kontaktperson-sol", 9)),
        Just(expected("kontaktperson-sol", 40)),
        Just(expected("ledsagarservice-lss", 30)),
        Just(expected("kvalificerad-lvu", 16)),
        Just(expected("umgangesstod", 6)),
    ]
}

fn an_answer() -> impl Strategy<Value = (Value, Answer)> {
    prop_oneof![
        Just((json!(true), Answer::Yes)),
        Just((json!(false), Answer::No)),
        Just((json!("unsure"), Answer::Unsure)),
    ]
}

/// Any text a caseworker might write in a note, long ones and odd characters included.
fn a_note() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => any::<String>(),
        1 => Just(String::new()),
        1 => "[a-zåäö .,\n]{0,2000}",
    ]
}

/// A complete child section: heard in the child's own words, or not heard and why.
fn a_child_view() -> impl Strategy<Value = Value> {
    let text = "[A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö .,]{0,80}";
    prop_oneof![
        (text, text, text).prop_map(|(w, h, m)| json!({
            "heard": true, "own_words": w, "how": h, "maturity": m, "not_heard_reason": ""
        })),
        text.prop_map(|r| json!({
            "heard": false, "own_words": "", "how": "", "maturity": "", "not_heard_reason": r
        })),
    ]
}

/// The template of `exp` filled in: the document, and what reading it must give.
fn filled(
    exp: &Expected,
    answers: &[((Value, Answer), String)],
    child: &Value,
    reverse: bool,
) -> (Value, Vec<(String, Answer, String)>) {
    let mut doc = template(exp);
    let mut want = Vec::new();
    if let Some(questions) = doc["questions"].as_array_mut() {
        for (i, q) in questions.iter_mut().enumerate() {
            let ((value, answer), note) = answers[i % answers.len()].clone();
            q["answer"] = value;
            q["note"] = Value::String(note.clone());
            let id = q["id"].as_str().unwrap_or_default().to_string();
            want.push((id, answer, note.trim().to_string()));
        }
        // The order of the questions in the file does not matter.
        if reverse {
            questions.reverse();
        }
    }
    if exp.child {
        doc["child"] = child.clone();
    }
    (doc, want)
}

fn clean_problems(result: &Result<impl std::fmt::Debug, Vec<String>>) -> Result<(), TestCaseError> {
    if let Err(problems) = result {
        prop_assert!(!problems.is_empty(), "a failure names its problems");
        for p in problems {
            one_clean_line(p);
            prop_assert!(
                p.chars().count() <= LONGEST_PROBLEM,
                "a problem of {} characters: {:.200}",
                p.chars().count(),
                p
            );
        }
    }
    Ok(())
}

/// Values at the edges: extreme numbers, huge strings, and nesting deeper than JSON readers
/// allow.
fn extreme_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!(i64::MIN)),
        Just(json!(i64::MAX)),
        Just(json!(u64::MAX)),
        Just(json!(1e308)),
        Just(json!(-0.0)),
        Just(json!(17.0)),
        (1usize..200_000).prop_map(|n| Value::String("x".repeat(n))),
        (1usize..200_000).prop_map(|n| Value::String("\n\u{0}\"'\\".repeat(n / 5 + 1))),
        (1usize..300).prop_map(|depth| {
            let mut v = json!("botten");
            for _ in 0..depth {
                v = json!([v]);
            }
            v
        }),
        (1usize..300).prop_map(|depth| {
            let mut v = json!(true);
            for _ in 0..depth {
                v = json!({ "answer": v });
            }
            v
        }),
    ]
}

fn any_mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => mutation(),
        1 => extreme_value().prop_map(Mutation::Replace),
        1 => ("[a-z_\n' ]{0,12}", extreme_value()).prop_map(|(k, v)| Mutation::AddField(k, v)),
    ]
}

/// Renames a key of the object at the top or in a question: a misspelt field.
fn rename(doc: &mut Value, which: usize, to: &str) {
    let target = match doc["questions"].as_array_mut() {
        Some(qs) if which % 2 == 1 && !qs.is_empty() => {
            let i = which / 2 % qs.len();
            &mut qs[i]
        }
        _ => doc,
    };
    if let Value::Object(map) = target
        && !map.is_empty()
    {
        let key = map
            .keys()
            .nth(which % map.len())
            .cloned()
            .unwrap_or_default();
        if let Some(v) = map.remove(&key) {
            map.insert(to.to_string(), v);
        }
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn answers_never_panic_on_any_text(
        exp in an_expected(),
        text in prop_oneof![
            any::<String>(),
            json_value().prop_map(|v| v.to_string()),
            extreme_value().prop_map(|v| v.to_string()),
        ],
    ) {
        let result = parse(&text, &exp);
        clean_problems(&result)?;
        prop_assert!(result.is_err(), "no such document answers every question");
    }

    #[test]
    fn a_properly_filled_document_always_reads_back(
        exp in an_expected(),
        answers in prop::collection::vec((an_answer(), a_note()), 1..8),
        child in a_child_view(),
        reverse in any::<bool>(),
    ) {
        let (doc, want) = filled(&exp, &answers, &child, reverse);
        let read = parse(&doc.to_string(), &exp);
        prop_assert!(read.is_ok(), "{:?}", read.err());
        let read = read.unwrap_or_else(|_| unreachable!());
        prop_assert_eq!(read.answers.len(), want.len());
        for (id, answer, note) in want {
            prop_assert_eq!(read.answers.get(&id), Some(&(answer, note)));
        }
        prop_assert_eq!(read.child.is_some(), exp.child);
        // Pretty-printed (as an editor saves it) it reads the same.
        let pretty = serde_json::to_string_pretty(&doc).unwrap_or_default();
        prop_assert!(parse(&pretty, &exp).is_ok());
    }

    #[test]
    fn answers_never_panic_on_a_mutated_document(
        exp in an_expected(),
        answers in prop::collection::vec((an_answer(), a_note()), 1..4),
        child in a_child_view(),
        mutations in prop::collection::vec(
            (prop::collection::vec(any::<usize>(), 1..5), any_mutation()),
            1..4,
        ),
    ) {
        let (mut doc, _) = filled(&exp, &answers, &child, false);
        for (path, m) in mutations {
            mutate(&mut doc, &path, m);
        }
        clean_problems(&parse(&doc.to_string(), &exp))?;
    }

    #[test]
    fn a_misspelt_or_missing_field_is_a_clean_problem(
        exp in an_expected(),
        answers in prop::collection::vec((an_answer(), a_note()), 1..4),
        child in a_child_view(),
        which in any::<usize>(),
        to in "[a-zA-Z_\n\"' ]{1,30}",
    ) {
        let (mut doc, _) = filled(&exp, &answers, &child, false);
        rename(&mut doc, which, &to);
        let result = parse(&doc.to_string(), &exp);
        clean_problems(&result)?;
    }
}
