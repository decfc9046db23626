//! Texts as people type them: trimmed, compared without regard to case.

/// Trimmed, lower-case, without blanks or repeats: lists are compared case-insensitively.
pub fn clean_list(items: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        let item = item.trim().to_lowercase();
        if !item.is_empty() && !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// A text flag: trimmed; empty means "none".
pub fn clean_text(s: Option<String>) -> Option<String> {
    s.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

/// The text with its first letter upper case (Swedish sentences from parts).
pub fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// A text with something in it besides whitespace.
pub fn filled(s: &str) -> bool {
    !s.trim().is_empty()
}

/// A text given with `flag`: trimmed, not empty, at most `max` characters, without control
/// characters other than line breaks and tabs. The error says what to fix (a usage error).
pub fn flag_text(flag: &str, value: &str, max: usize) -> Result<String, String> {
    let t = value.trim();
    if t.is_empty() {
        return Err(format!("{flag} is empty: give a text"));
    }
    if t.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(format!("{flag} holds control characters: give plain text"));
    }
    let n = t.chars().count();
    if n > max {
        return Err(format!(
            "{flag} is {n} characters long: at most {max} are kept, shorten it"
        ));
    }
    Ok(t.to_owned())
}
