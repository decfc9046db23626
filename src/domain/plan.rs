//! The implementation plan (genomförandeplan, P1): drawn up by the provider with the individual
//! from the order and its overall goals. Each goal is broken into sub-goals (delmål) and
//! activities, each activity saying how often, whether it is a recurring one or a wish to try,
//! how the individual travels to and from it, and the expenses it brings (P2).
//!
//! The document is JSON, like the answers document: `template` makes it with the order's goals,
//! `parse` reads a filled one and lists every problem at once. Plain data in, plain data out.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The largest plan document read, in bytes (a plan is a few pages of text).
pub const MAX_BYTES: usize = 64 * 1024;
/// The longest text of one field, in characters.
pub const MAX_TEXT: usize = 2000;
/// At most this many entries in any list of the document.
pub const MAX_ITEMS: usize = 50;

crate::domain::named! {
    /// An activity the individual does regularly, or a wish to try something new (seed 004).
    pub enum ActivityKind {
        Recurring => "recurring",
        Try => "try",
    }
}

impl<'de> Deserialize<'de> for ActivityKind {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        ActivityKind::parse(&s).ok_or_else(|| serde::de::Error::custom("recurring or try"))
    }
}

impl ActivityKind {
    pub fn swedish(self) -> &'static str {
        match self {
            ActivityKind::Recurring => "återkommande",
            ActivityKind::Try => "önskan att pröva",
        }
    }
}

/// An expense the activity is expected to bring (P2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlannedExpense {
    pub what: String,
    /// About how much each time, in kronor, when known.
    pub kr: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Activity {
    pub what: String,
    pub how_often: String,
    pub kind: Option<ActivityKind>,
    /// How the individual gets to and from the activity (seed 004).
    pub travel: String,
    pub expenses: Vec<PlannedExpense>,
}

/// One of the order's overall goals, broken down.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoalPlan {
    pub goal: String,
    pub sub_goals: Vec<String>,
    pub activities: Vec<Activity>,
}

/// The plan document, as `plan --template` prints it and a version stores it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub case_id: i64,
    /// The day the plan was drawn up with the individual.
    pub drawn_up: Option<NaiveDate>,
    /// Who took part in drawing it up (the individual, a guardian, the assignee, the coordinator).
    pub drawn_up_with: Vec<String>,
    pub goals: Vec<GoalPlan>,
    pub note: String,
}

/// What a plan document is checked against.
#[derive(Debug, Clone)]
pub struct Expected<'a> {
    pub case_id: i64,
    /// The order's overall goals; empty when the order names none (the plan then sets its own).
    pub goals: &'a [String],
    /// The plan cannot be drawn up before the order.
    pub ordered: NaiveDate,
    pub today: NaiveDate,
}

/// The plan to fill in: the order's goals, each with an empty sub-goal and activity.
pub fn template(e: &Expected) -> Plan {
    let goals: Vec<String> = if e.goals.is_empty() {
        vec![String::new()]
    } else {
        e.goals.to_vec()
    };
    Plan {
        case_id: e.case_id,
        drawn_up: None,
        drawn_up_with: Vec::new(),
        goals: goals
            .into_iter()
            .map(|goal| GoalPlan {
                goal,
                sub_goals: vec![String::new()],
                activities: vec![Activity {
                    what: String::new(),
                    how_often: String::new(),
                    kind: None,
                    travel: String::new(),
                    expenses: Vec::new(),
                }],
            })
            .collect(),
        note: String::new(),
    }
}

const TOP_KEYS: [&str; 5] = ["case_id", "drawn_up", "drawn_up_with", "goals", "note"];
const GOAL_KEYS: [&str; 3] = ["goal", "sub_goals", "activities"];
const ACTIVITY_KEYS: [&str; 5] = ["what", "how_often", "kind", "travel", "expenses"];
const EXPENSE_KEYS: [&str; 2] = ["what", "kr"];

/// Reads a filled plan. On failure, every problem, one line each, naming where it is.
pub fn parse(text: &str, e: &Expected) -> Result<Plan, Vec<String>> {
    if text.len() > MAX_BYTES {
        return Err(vec![format!(
            "document: {} bytes, more than the {MAX_BYTES} a plan may have",
            text.len()
        )]);
    }
    let value: Value = serde_json::from_str(text)
        .map_err(|err| vec![format!("document: not valid JSON: {err}")])?;
    let Value::Object(doc) = value else {
        return Err(vec![
            "document: expected a JSON object as `insats plan CASE --template` prints".into(),
        ]);
    };
    let mut p = Vec::new();
    unknown_keys(&doc, &TOP_KEYS, "", &mut p);
    match doc.get("case_id").and_then(Value::as_i64) {
        Some(id) if id == e.case_id => {}
        Some(id) => p.push(format!(
            "case_id: {id}, but this is case {}: use the template of this case",
            e.case_id
        )),
        None => p.push("case_id: missing or not a case number".into()),
    }
    let drawn_up = drawn_up(doc.get("drawn_up"), e, &mut p);
    let with = texts(doc.get("drawn_up_with"), "drawn_up_with", &mut p);
    if doc.get("drawn_up_with").is_some() && with.is_empty() {
        p.push("drawn_up_with: name who drew the plan up with the individual".into());
    }
    let goals = goals(doc.get("goals"), e, &mut p);
    let note = optional_text(doc.get("note"), "note", &mut p);
    if p.is_empty() {
        Ok(Plan {
            case_id: e.case_id,
            drawn_up,
            drawn_up_with: with,
            goals,
            note,
        })
    } else {
        Err(p)
    }
}

fn drawn_up(v: Option<&Value>, e: &Expected, p: &mut Vec<String>) -> Option<NaiveDate> {
    let Some(s) = v.and_then(Value::as_str) else {
        p.push("drawn_up: missing: the day the plan was drawn up, YYYY-MM-DD".into());
        return None;
    };
    let Ok(d) = crate::domain::dates::parse(s.trim()) else {
        p.push(format!("drawn_up: '{}' is not a date YYYY-MM-DD", shown(s)));
        return None;
    };
    if d > e.today {
        p.push(format!("drawn_up: {d} is after today ({})", e.today));
    } else if d < e.ordered {
        p.push(format!(
            "drawn_up: {d} is before the order of {}: the plan is drawn up from the order",
            e.ordered
        ));
    }
    Some(d)
}

fn goals(v: Option<&Value>, e: &Expected, p: &mut Vec<String>) -> Vec<GoalPlan> {
    let Some(list) = v.and_then(Value::as_array) else {
        p.push("goals: missing: a list of the order's goals, as the template has them".into());
        return Vec::new();
    };
    if list.len() > MAX_ITEMS {
        p.push(format!("goals: more than {MAX_ITEMS}"));
        return Vec::new();
    }
    let mut out: Vec<GoalPlan> = Vec::new();
    for (i, g) in list.iter().enumerate() {
        let path = format!("goals[{i}]");
        let Some(fields) = g.as_object() else {
            p.push(format!("{path}: expected an object"));
            continue;
        };
        unknown_keys(fields, &GOAL_KEYS, &path, p);
        let goal = required_text(fields.get("goal"), &format!("{path}.goal"), p);
        if !goal.is_empty() {
            if !e.goals.is_empty() && !e.goals.iter().any(|o| o.trim() == goal) {
                p.push(format!(
                    "{path}.goal: '{}' is not a goal of the order (the goals are read from the \
                     order: keep them as the template has them)",
                    shown(&goal)
                ));
            } else if out.iter().any(|o| o.goal == goal) {
                p.push(format!("{path}.goal: '{}' is listed twice", shown(&goal)));
            }
        }
        let sub_goals = texts(fields.get("sub_goals"), &format!("{path}.sub_goals"), p);
        if sub_goals.is_empty() {
            p.push(format!(
                "{path}.sub_goals: give at least one sub-goal (delmål)"
            ));
        }
        let activities = activities(fields.get("activities"), &path, p);
        out.push(GoalPlan {
            goal,
            sub_goals,
            activities,
        });
    }
    for goal in e.goals {
        if !out.iter().any(|g| g.goal == goal.trim()) {
            p.push(format!(
                "goals: the order's goal '{}' is missing",
                shown(goal.trim())
            ));
        }
    }
    if e.goals.is_empty() && out.is_empty() {
        p.push("goals: give at least one goal".into());
    }
    out
}

fn activities(v: Option<&Value>, goal_path: &str, p: &mut Vec<String>) -> Vec<Activity> {
    let path = format!("{goal_path}.activities");
    let list = match v.and_then(Value::as_array) {
        Some(l) if l.len() > MAX_ITEMS => {
            p.push(format!("{path}: more than {MAX_ITEMS}"));
            return Vec::new();
        }
        Some(l) if !l.is_empty() => l,
        _ => {
            p.push(format!("{path}: give at least one activity"));
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for (i, a) in list.iter().enumerate() {
        let path = format!("{path}[{i}]");
        let Some(fields) = a.as_object() else {
            p.push(format!("{path}: expected an object"));
            continue;
        };
        unknown_keys(fields, &ACTIVITY_KEYS, &path, p);
        let what = required_text(fields.get("what"), &format!("{path}.what"), p);
        let how_often = required_text(fields.get("how_often"), &format!("{path}.how_often"), p);
        let kind = match fields.get("kind").and_then(Value::as_str) {
            Some(k) => ActivityKind::parse(k.trim()),
            None => None,
        };
        if kind.is_none() {
            p.push(format!(
                "{path}.kind: 'recurring' (återkommande) or 'try' (en önskan att pröva)"
            ));
        }
        let travel = optional_text(fields.get("travel"), &format!("{path}.travel"), p);
        if travel.is_empty() {
            p.push(format!(
                "{path}.travel: missing: how the individual travels to and from the activity"
            ));
        }
        let expenses = expenses(fields.get("expenses"), &format!("{path}.expenses"), p);
        out.push(Activity {
            what,
            how_often,
            kind,
            travel,
            expenses,
        });
    }
    out
}

fn expenses(v: Option<&Value>, path: &str, p: &mut Vec<String>) -> Vec<PlannedExpense> {
    let list = match v {
        None | Some(Value::Null) => return Vec::new(),
        Some(Value::Array(l)) if l.len() <= MAX_ITEMS => l,
        Some(Value::Array(_)) => {
            p.push(format!("{path}: more than {MAX_ITEMS}"));
            return Vec::new();
        }
        Some(_) => {
            p.push(format!(
                "{path}: expected a list (empty when there are none)"
            ));
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for (i, x) in list.iter().enumerate() {
        let path = format!("{path}[{i}]");
        let Some(fields) = x.as_object() else {
            p.push(format!("{path}: expected an object with what and kr"));
            continue;
        };
        unknown_keys(fields, &EXPENSE_KEYS, &path, p);
        let what = required_text(fields.get("what"), &format!("{path}.what"), p);
        let kr = match fields.get("kr") {
            None | Some(Value::Null) => None,
            Some(v) => match v.as_f64() {
                Some(k) if k.is_finite() && (0.0..=100_000.0).contains(&k) => Some(k),
                _ => {
                    p.push(format!("{path}.kr: kronor from 0 to 100000, or null"));
                    None
                }
            },
        };
        out.push(PlannedExpense { what, kr });
    }
    out
}

/// A list of texts; blanks left out.
fn texts(v: Option<&Value>, path: &str, p: &mut Vec<String>) -> Vec<String> {
    let Some(list) = v.and_then(Value::as_array) else {
        p.push(format!("{path}: missing: a list of texts"));
        return Vec::new();
    };
    if list.len() > MAX_ITEMS {
        p.push(format!("{path}: more than {MAX_ITEMS}"));
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, t) in list.iter().enumerate() {
        let t = optional_text(Some(t), &format!("{path}[{i}]"), p);
        if !t.is_empty() {
            out.push(t);
        }
    }
    out
}

fn required_text(v: Option<&Value>, path: &str, p: &mut Vec<String>) -> String {
    let t = optional_text(v, path, p);
    if t.is_empty() && v.is_none_or(|v| v.is_string() || v.is_null()) {
        p.push(format!("{path}: missing: fill it in"));
    }
    t
}

/// A text field, trimmed; empty when missing. Too long or with control characters is a problem.
fn optional_text(v: Option<&Value>, path: &str, p: &mut Vec<String>) -> String {
    let s = match v {
        None | Some(Value::Null) => return String::new(),
        Some(Value::String(s)) => s.trim(),
        Some(_) => {
            p.push(format!("{path}: expected a text"));
            return String::new();
        }
    };
    if s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        p.push(format!("{path}: holds control characters"));
    }
    let n = s.chars().count();
    if n > MAX_TEXT {
        p.push(format!(
            "{path}: {n} characters, more than the {MAX_TEXT} a field may have"
        ));
    }
    s.to_owned()
}

fn unknown_keys(fields: &Map<String, Value>, known: &[&str], path: &str, p: &mut Vec<String>) {
    for key in fields.keys() {
        if !known.contains(&key.as_str()) {
            let key = shown(key);
            let at = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            p.push(format!("{at}: unknown field '{key}'"));
        }
    }
}

/// A value from the document as an error message shows it: one line, cut short.
fn shown(s: &str) -> String {
    let one: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(60)
        .collect();
    if s.chars().count() > 60 {
        format!("{one}…")
    } else {
        one
    }
}

/// Whether the plan names what an expense was for (P2): an activity or a planned expense whose
/// words hold it, or the other way round, compared without regard to case.
pub fn names_expense(plan: &Plan, what: &str) -> bool {
    let what = what.trim().to_lowercase();
    if what.is_empty() {
        return false;
    }
    let fits = |t: &str| {
        let t = t.trim().to_lowercase();
        !t.is_empty() && (t.contains(&what) || what.contains(&t))
    };
    plan.goals
        .iter()
        .flat_map(|g| &g.activities)
        .any(|a| fits(&a.what) || a.expenses.iter().any(|x| fits(&x.what)))
}

/// The largest single expense recorded, in kronor.
pub const MAX_EXPENSE_KR: i64 = 100_000;

/// An amount in kronor as typed (`120`, `120,50`, `120.5`), in öre: above 0, at most
/// [`MAX_EXPENSE_KR`], at most two decimals.
pub fn parse_kronor(s: &str) -> Result<i64, String> {
    let t = s.trim().trim_end_matches("kr").trim().replace(',', ".");
    let bad = || {
        format!(
            "--amount '{}': give kronor above 0 and at most {MAX_EXPENSE_KR}, e.g. 120 or 45,50",
            s.trim()
        )
    };
    let (whole, frac) = match t.split_once('.') {
        Some((w, f)) => (w, f),
        None => (t.as_str(), ""),
    };
    if whole.is_empty() && frac.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !frac.chars().all(|c| c.is_ascii_digit())
        || frac.len() > 2
        || whole.len() > 7
    {
        return Err(bad());
    }
    let kr: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| bad())?
    };
    let ore: i64 = format!("{frac:0<2}").parse().map_err(|_| bad())?;
    let total = kr * 100 + ore;
    if total <= 0 || total > MAX_EXPENSE_KR * 100 {
        return Err(bad());
    }
    Ok(total)
}

/// Öre as Swedish kronor: `12050` → "120,50 kr", `12000` → "120 kr".
pub fn kronor_sv(ore: i64) -> String {
    if ore % 100 == 0 {
        format!("{} kr", ore / 100)
    } else {
        format!("{},{:02} kr", ore / 100, ore % 100)
    }
}

#[cfg(test)]
mod tests;
