//! The answers document of docs/cli.md: what `assess --template` prints and `assess --answers`
//! reads. Reading lists every problem at once, so that a person can fix the file in one go.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Map, Value};

use super::assessment::{Answer, ChildSection};
use crate::guideline::{Question, QuestionKind};

/// What a document must match: the case, the guideline in use, its questions for this case,
/// and whether the child section applies.
#[derive(Debug, Clone)]
pub struct Expected<'a> {
    pub case_id: i64,
    pub insats: &'a str,
    /// The guideline's label ("id version").
    pub guideline: String,
    pub questions: Vec<&'a Question>,
    pub child: bool,
}

/// A document read and checked: an answer and note for every question, and the child section
/// when it applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filled {
    /// By question id.
    pub answers: BTreeMap<String, (Answer, String)>,
    pub child: Option<ChildSection>,
}

const TOP_KEYS: [&str; 5] = ["case_id", "guideline", "insats", "questions", "child"];
const QUESTION_KEYS: [&str; 8] = [
    "id", "rule", "text", "help", "kind", "grant_if", "answer", "note",
];
const CHILD_KEYS: [&str; 5] = ["heard", "own_words", "how", "maturity", "not_heard_reason"];

/// The answers document, in the order docs/cli.md shows it.
#[derive(Debug, Serialize)]
struct Document<'a> {
    case_id: i64,
    guideline: &'a str,
    insats: &'a str,
    questions: Vec<DocQuestion<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    child: Option<ChildSection>,
}

#[derive(Debug, Serialize)]
struct DocQuestion<'a> {
    id: &'a str,
    rule: &'a str,
    text: &'a str,
    help: &'a str,
    kind: &'a str,
    grant_if: bool,
    answer: Option<bool>,
    note: &'a str,
}

/// The document to fill in: every answer `null`, every note empty.
pub fn template(expected: &Expected) -> Value {
    serde_json::to_value(document(expected)).unwrap_or(Value::Null)
}

/// The same document as readable text, its keys in the order docs/cli.md shows them.
pub fn template_text(expected: &Expected) -> String {
    serde_json::to_string_pretty(&document(expected)).unwrap_or_default()
}

fn document<'a>(expected: &'a Expected) -> Document<'a> {
    Document {
        case_id: expected.case_id,
        guideline: &expected.guideline,
        insats: expected.insats,
        questions: expected
            .questions
            .iter()
            .map(|q| DocQuestion {
                id: &q.id,
                rule: &q.rule,
                text: &q.text,
                help: &q.help,
                kind: match q.kind {
                    QuestionKind::Requirement => "requirement",
                    QuestionKind::Exclusion => "exclusion",
                    QuestionKind::Information => "information",
                },
                grant_if: q.grant_if,
                answer: None,
                note: "",
            })
            .collect(),
        child: expected.child.then(ChildSection::default),
    }
}

/// Reads a filled document. On failure, every problem, one line each, naming where it is.
pub fn parse(text: &str, expected: &Expected) -> Result<Filled, Vec<String>> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| vec![format!("document: not valid JSON: {e}")])?;
    let Value::Object(doc) = value else {
        return Err(vec![
            "document: expected a JSON object as `insats assess CASE --template` prints"
                .to_string(),
        ]);
    };
    let mut problems = Vec::new();
    unknown_keys(&doc, &TOP_KEYS, "", &mut problems);

    match doc.get("case_id") {
        None => problems.push("case_id: missing".into()),
        Some(v) if v.as_i64() == Some(expected.case_id) => {}
        Some(v) if v.is_i64() => problems.push(format!(
            "case_id: the document is for case {v}, not case {}: print this case's with --template",
            expected.case_id
        )),
        Some(_) => problems.push("case_id: expected the case number".into()),
    }
    match doc.get("guideline") {
        None => problems.push("guideline: missing".into()),
        Some(Value::String(g)) if *g == expected.guideline => {}
        Some(Value::String(g)) => problems.push(format!(
            "guideline: the document is for '{}', but this assessment uses '{}': print a new one with --template",
            shown(g),
            expected.guideline
        )),
        Some(_) => problems.push("guideline: expected a string such as \"standard 2026.1\"".into()),
    }
    if let Some(v) = doc.get("insats")
        && v.as_str() != Some(expected.insats)
    {
        problems.push(format!(
            "insats: the case is {}, the document says {}",
            expected.insats,
            shown_value(v)
        ));
    }

    let answers = questions(doc.get("questions"), expected, &mut problems);
    let child = child(doc.get("child"), expected.child, &mut problems);

    if problems.is_empty() {
        Ok(Filled { answers, child })
    } else {
        Err(problems)
    }
}

fn questions(
    value: Option<&Value>,
    expected: &Expected,
    problems: &mut Vec<String>,
) -> BTreeMap<String, (Answer, String)> {
    let mut answers = BTreeMap::new();
    let items = match value {
        None => {
            problems.push("questions: missing".into());
            return answers;
        }
        Some(Value::Array(items)) => items,
        Some(_) => {
            problems.push("questions: expected a list of questions".into());
            return answers;
        }
    };
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        let path = format!("questions[{i}]");
        let Value::Object(fields) = item else {
            problems.push(format!("{path}: expected an object"));
            continue;
        };
        unknown_keys(fields, &QUESTION_KEYS, &path, problems);
        let id = match fields.get("id") {
            Some(Value::String(id)) => id.as_str(),
            Some(_) => {
                problems.push(format!("{path}.id: expected a string"));
                continue;
            }
            None => {
                problems.push(format!("{path}.id: missing"));
                continue;
            }
        };
        let Some(question) = expected.questions.iter().find(|q| q.id == id) else {
            problems.push(format!(
                "{path}.id: unknown question '{}' for this case under this guideline",
                shown(id)
            ));
            continue;
        };
        if let Some(first) = seen.insert(id, i) {
            problems.push(format!(
                "{path}.id: question '{id}' is answered twice (also questions[{first}])"
            ));
            continue;
        }
        let path = format!("{path} ({id})");
        let answer = match fields.get("answer") {
            None | Some(Value::Null) => {
                problems.push(format!(
                    "{path}.answer: missing: true (yes), false (no) or \"unsure\""
                ));
                None
            }
            Some(Value::Bool(true)) => Some(Answer::Yes),
            Some(Value::Bool(false)) => Some(Answer::No),
            Some(Value::String(s)) if s == "unsure" => Some(Answer::Unsure),
            Some(other) => {
                problems.push(format!(
                    "{path}.answer: {} is not an answer: true (yes), false (no) or \"unsure\"",
                    shown_value(other)
                ));
                None
            }
        };
        let note = match fields.get("note") {
            None | Some(Value::Null) => Some(String::new()),
            Some(Value::String(s)) => Some(s.trim().to_string()),
            Some(_) => {
                problems.push(format!("{path}.note: expected a string"));
                None
            }
        };
        if let Some(Value::String(rule)) = fields.get("rule")
            && *rule != question.rule
        {
            problems.push(format!(
                "{path}.rule: the question serves {}, not {}",
                question.rule,
                shown(rule)
            ));
        }
        if let (Some(a), Some(n)) = (answer, note) {
            answers.insert(id.to_string(), (a, n));
        }
    }
    for q in &expected.questions {
        if !seen.contains_key(q.id.as_str()) {
            problems.push(format!(
                "questions: question '{}' ({}) is missing",
                q.id, q.rule
            ));
        }
    }
    answers
}

fn child(value: Option<&Value>, applies: bool, problems: &mut Vec<String>) -> Option<ChildSection> {
    let fields = match (value, applies) {
        (None | Some(Value::Null), false) => return None,
        (Some(_), false) => {
            problems.push("child: the person is not a child: remove the child section".to_string());
            return None;
        }
        (None | Some(Value::Null), true) => {
            problems.push(
                "child: missing: the person is under 18, so the assessment records the child's view or why the child was not heard (C1)"
                    .to_string(),
            );
            return None;
        }
        (Some(Value::Object(fields)), true) => fields,
        (Some(_), true) => {
            problems.push("child: expected an object".to_string());
            return None;
        }
    };
    unknown_keys(fields, &CHILD_KEYS, "child", problems);
    let before = problems.len();
    let heard = match fields.get("heard") {
        None | Some(Value::Null) => None,
        Some(Value::Bool(b)) => Some(*b),
        Some(_) => {
            problems.push("child.heard: expected true or false (C1)".to_string());
            None
        }
    };
    let mut text = |key: &str| match fields.get(key) {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.trim().to_string(),
        Some(_) => {
            problems.push(format!("child.{key}: expected a string"));
            String::new()
        }
    };
    let section = ChildSection {
        heard,
        own_words: text("own_words"),
        how: text("how"),
        maturity: text("maturity"),
        not_heard_reason: text("not_heard_reason"),
    };
    if problems.len() == before {
        problems.extend(section.problems());
    }
    Some(section)
}

fn unknown_keys(
    fields: &Map<String, Value>,
    known: &[&str],
    path: &str,
    problems: &mut Vec<String>,
) {
    for key in fields.keys() {
        if !known.contains(&key.as_str()) {
            let key = shown(key);
            let at = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            problems.push(format!("{at}: unknown field '{key}'"));
        }
    }
}

/// The most characters of the file's own text that a problem quotes.
const QUOTED: usize = 60;

/// Text from the file as a problem quotes it: as it is when short and plain; otherwise as a
/// JSON string (control characters and line breaks escaped) cut at `QUOTED` characters, so
/// that every problem stays one short line.
fn shown(text: &str) -> String {
    let plain = text.chars().count() <= QUOTED
        && !text
            .chars()
            .any(|c| c.is_control() || c == '\'' || c == '"');
    if plain {
        return text.to_string();
    }
    let cut: String = text.chars().take(QUOTED).collect();
    let quoted = serde_json::to_string(&cut).unwrap_or_default();
    if cut.len() < text.len() {
        format!("{quoted}…")
    } else {
        quoted
    }
}

/// A JSON value from the file as a problem quotes it: compact JSON (strings quoted, line breaks
/// escaped), cut at `QUOTED` characters.
fn shown_value(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > QUOTED {
        format!("{}…", text.chars().take(QUOTED).collect::<String>())
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn q(id: &str, rule: &str) -> Question {
        Question {
            id: id.into(),
            rule: rule.into(),
            text: format!("{id}?"),
            grant_if: true,
            ..Question::default()
        }
    }

    #[test]
    fn a_filled_template_reads_back() {
        let (a, b) = (q("a", "A1"), q("b", "K5"));
        let exp = Expected {
            case_id: 4,
            insats: "kontaktperson-sol",
            guideline: "standard 2026.1".into(),
            questions: vec![&a, &b],
            child: true,
        };
        let mut doc = template(&exp);
        assert_eq!(doc["questions"][0]["answer"], Value::Null);
        doc["questions"][0]["answer"] = json!(true);
        doc["questions"][1]["answer"] = json!("unsure");
        doc["questions"][1]["note"] = json!("Behöver kontrolleras.");
        doc["child"]["heard"] = json!(false);
        doc["child"]["not_heard_reason"] = json!("Barnet är två år.");
        let filled = parse(&doc.to_string(), &exp).expect("reads");
        assert_eq!(filled.answers["a"], (Answer::Yes, String::new()));
        assert_eq!(filled.answers["b"].0, Answer::Unsure);
        assert_eq!(filled.child.and_then(|c| c.heard), Some(false));
    }

    #[test]
    fn every_problem_is_listed() {
        let (a, b) = (q("a", "A1"), q("b", "K5"));
        let exp = Expected {
            case_id: 4,
            insats: "kontaktperson-sol",
            guideline: "standard 2026.1".into(),
            questions: vec![&a, &b],
            child: true,
        };
        let doc = json!({
            "case_id": 5, "guideline": "other 1", "extra": 1,
            "questions": [{"id": "a", "answer": "yes"}, {"id": "zz", "answer": true}],
        });
        let problems = parse(&doc.to_string(), &exp).unwrap_err();
        let all = problems.join("\n");
        for needle in [
            "extra: unknown field",
            "case_id: the document is for case 5",
            "guideline: the document is for 'other 1'",
            "questions[0] (a).answer: \"yes\" is not an answer",
            "questions[1].id: unknown question 'zz'",
            "question 'b' (K5) is missing",
            "child: missing",
        ] {
            assert!(all.contains(needle), "{needle:?} not in:\n{all}");
        }
        assert_eq!(problems.len(), 7, "{all}");
    }

    #[test]
    fn an_adult_has_no_child_section() {
        let a = q("a", "A1");
        let exp = Expected {
            case_id: 1,
            insats: "kontaktperson-sol",
            guideline: "g 1".into(),
            questions: vec![&a],
            child: false,
        };
        let mut doc = template(&exp);
        assert!(doc.get("child").is_none());
        doc["questions"][0]["answer"] = json!(false);
        doc["child"] = json!({"heard": true});
        let problems = parse(&doc.to_string(), &exp).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].contains("not a child"));
    }

    #[test]
    fn what_the_file_said_is_quoted_on_one_short_line() {
        let a = q("a", "A1");
        let exp = Expected {
            case_id: 1,
            insats: "kontaktperson-sol",
            guideline: "g 1".into(),
            questions: vec![&a],
            child: false,
        };
        let mut doc = template(&exp);
        doc["questions"][0]["answer"] = json!("x".repeat(10_000));
        doc["fel\nnyckel"] = json!(1);
        let problems = parse(&doc.to_string(), &exp).unwrap_err();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems.iter().all(|p| !p.contains('\n') && p.len() < 200));
        assert!(
            problems
                .iter()
                .any(|p| p.contains(r#""fel\nnyckel": unknown field"#))
        );
    }

    #[test]
    fn not_json_is_one_problem() {
        let exp = Expected {
            case_id: 1,
            insats: "kontaktperson-sol",
            guideline: "g 1".into(),
            questions: vec![],
            child: false,
        };
        let problems = parse("{", &exp).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].starts_with("document: not valid JSON"));
    }
}
