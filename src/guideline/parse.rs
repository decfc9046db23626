//! Reading a guideline document so that every problem is reported at once, with its path.
//!
//! serde stops at the first error and names no path. So each field is first tried on its own
//! inside an otherwise default object, which pins an error to the field, descending into
//! nested structures. Unknown fields are reported and dropped, so that a document whose only
//! structural fault is an unknown field still gets validated in full.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::{
    Cancellation, Compensation, CompensationLevel, Guideline, Intervention, IvoWindow, LegalRef,
    Letterhead, Question, Retention, Settings, When,
};

pub(super) fn parse(text: &str) -> Result<Guideline, Vec<String>> {
    let mut value: Value =
        serde_json::from_str(text).map_err(|e| vec![format!("document: invalid JSON: {e}")])?;
    let mut errors = Vec::new();
    localize::<Guideline>(&mut value, "", &mut errors);
    match serde_json::from_value::<Guideline>(value) {
        Ok(guideline) => {
            errors.extend(guideline.validate());
            if errors.is_empty() {
                Ok(guideline)
            } else {
                Err(errors)
            }
        }
        Err(e) => {
            if errors.is_empty() {
                // Not expected: localization found nothing, yet the whole does not parse.
                errors.push(format!("document: {e}"));
            }
            Err(errors)
        }
    }
}

/// A struct of the document. `descend` handles fields that hold further structs.
trait Node: Default + Serialize + DeserializeOwned {
    /// Localizes errors inside field `key`; false when the field holds no nested structs or
    /// its shape is wrong (then the caller reports the field's own error).
    fn descend(_key: &str, _value: &mut Value, _path: &str, _errors: &mut Vec<String>) -> bool {
        false
    }

    /// Fields a document may leave out, which a default value does not write either (so that
    /// documents from before them keep their content hash), with the empty value they take.
    fn optional() -> Vec<(&'static str, Value)> {
        Vec::new()
    }
}

impl Node for Guideline {
    fn descend(key: &str, value: &mut Value, path: &str, errors: &mut Vec<String>) -> bool {
        match key {
            "settings" => object::<Settings>(value, path, errors),
            "interventions" => map_of::<Intervention>(value, path, errors),
            "references" => array_of::<LegalRef>(value, path, errors),
            _ => false,
        }
    }
}

impl Node for Settings {
    fn optional() -> Vec<(&'static str, Value)> {
        vec![
            ("units", Value::Object(Map::new())),
            ("letterhead", Value::Null),
            ("appeal_forward_days", Value::Null),
            ("ivo_windows", Value::Array(Vec::new())),
        ]
    }

    fn descend(key: &str, value: &mut Value, path: &str, errors: &mut Vec<String>) -> bool {
        match key {
            "ivo_windows" => array_of::<IvoWindow>(value, path, errors),
            "letterhead" => object::<Letterhead>(value, path, errors),
            "cancellation" => object::<Cancellation>(value, path, errors),
            "retention" => object::<Retention>(value, path, errors),
            "compensation" => object::<Compensation>(value, path, errors),
            _ => false,
        }
    }
}

impl Node for Compensation {
    fn descend(key: &str, value: &mut Value, path: &str, errors: &mut Vec<String>) -> bool {
        key == "levels" && array_of::<CompensationLevel>(value, path, errors)
    }
}

impl Node for Intervention {
    fn optional() -> Vec<(&'static str, Value)> {
        vec![("ivo_report", Value::Null)]
    }

    fn descend(key: &str, value: &mut Value, path: &str, errors: &mut Vec<String>) -> bool {
        key == "questions" && array_of::<Question>(value, path, errors)
    }
}

impl Node for Question {
    fn descend(key: &str, value: &mut Value, path: &str, errors: &mut Vec<String>) -> bool {
        key == "when" && object::<When>(value, path, errors)
    }
}

impl Node for Cancellation {}
impl Node for IvoWindow {}
impl Node for Retention {}
impl Node for CompensationLevel {}
impl Node for When {}
impl Node for Letterhead {}

impl Node for LegalRef {
    fn optional() -> Vec<(&'static str, Value)> {
        vec![("unconfirmed", Value::Bool(false))]
    }
}

fn object<T: Node>(value: &mut Value, path: &str, errors: &mut Vec<String>) -> bool {
    if value.is_null() {
        return false; // allowed or not, the field's own parse says
    }
    localize::<T>(value, path, errors);
    true
}

fn map_of<T: Node>(value: &mut Value, path: &str, errors: &mut Vec<String>) -> bool {
    let Value::Object(map) = value else {
        return false;
    };
    for (key, item) in map.iter_mut() {
        localize::<T>(item, &join(path, key), errors);
    }
    true
}

fn array_of<T: Node>(value: &mut Value, path: &str, errors: &mut Vec<String>) -> bool {
    let Value::Array(items) = value else {
        return false;
    };
    for (i, item) in items.iter_mut().enumerate() {
        localize::<T>(item, &format!("{path}[{i}]"), errors);
    }
    true
}

/// Reports every error in `value` read as a `T`, and removes unknown fields from it.
fn localize<T: Node>(value: &mut Value, path: &str, errors: &mut Vec<String>) {
    let shown = if path.is_empty() { "document" } else { path };
    let mut template = match serde_json::to_value(T::default()) {
        Ok(Value::Object(template)) => template,
        _ => return,
    };
    for (key, empty) in T::optional() {
        template.entry(key.to_string()).or_insert(empty);
    }
    let Value::Object(fields) = value else {
        // serde would also read a struct from an array of its fields; a document may not.
        if value.is_array() {
            errors.push(format!("{shown}: invalid type: array, expected an object"));
        } else if let Err(e) = serde_json::from_value::<T>(value.clone()) {
            errors.push(format!("{shown}: {e}"));
        }
        return;
    };

    let mut failed = Vec::new();
    let keys: Vec<String> = fields.keys().cloned().collect();
    for key in keys {
        let field_path = join(path, &key);
        if !template.contains_key(&key) {
            errors.push(format!("{field_path}: unknown field '{key}'"));
            fields.remove(&key);
            continue;
        }
        let Some(field) = fields.get_mut(&key) else {
            continue;
        };
        let mut probe = template.clone();
        probe.insert(key.clone(), field.clone());
        let parsed = serde_json::from_value::<T>(Value::Object(probe));
        // Nested structs are always walked: they may hold unknown fields or arrays.
        let before = errors.len();
        let descended = T::descend(&key, field, &field_path, errors);
        if let Err(e) = parsed {
            if !descended || errors.len() == before {
                errors.push(format!("{field_path}: {e}"));
            }
            failed.push(key);
        }
    }
    report_missing::<T>(fields, &template, &failed, path, errors);
}

/// Lists every required field that is absent (serde names only the first). Fields already
/// reported as wrong are replaced by defaults first, so that only absences remain.
fn report_missing<T: Node>(
    fields: &Map<String, Value>,
    template: &Map<String, Value>,
    failed: &[String],
    path: &str,
    errors: &mut Vec<String>,
) {
    let mut filled = fields.clone();
    for key in failed {
        if let Some(default) = template.get(key) {
            filled.insert(key.clone(), default.clone());
        }
    }
    for _ in 0..=template.len() {
        let Err(e) = serde_json::from_value::<T>(Value::Object(filled.clone())) else {
            return;
        };
        let message = e.to_string();
        let Some(name) = missing_field(&message) else {
            return;
        };
        let Some(default) = template.get(name) else {
            return;
        };
        if filled.contains_key(name) {
            return;
        }
        errors.push(format!("{}: missing field", join(path, name)));
        filled.insert(name.to_string(), default.clone());
    }
}

/// The field name in serde's "missing field `x`" message.
fn missing_field(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("missing field `")?;
    rest.split('`').next()
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}
