//! The house rules the compiler cannot see, read off the source tree (README, "For
//! developers"): SQL only in the store, commands only reached from the command line, small
//! files and functions, and every rule ID and document a comment or message names exists in
//! the repository.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, with its path relative to the project's root.
fn sources(dir: &str) -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .expect("read the folder")
            .map(|e| e.expect("entry").path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(&root().join(dir), &mut files);
    files
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(root())
                .expect("under the root")
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read_to_string(&p).expect("read the file"))
        })
        .collect()
}

#[test]
fn only_the_store_names_rusqlite() {
    let offenders: Vec<String> = sources("src")
        .into_iter()
        .filter(|(path, text)| !path.starts_with("src/store/") && text.contains("rusqlite"))
        .map(|(path, _)| path)
        .collect();
    assert!(
        offenders.is_empty(),
        "SQL lives in src/store/ only; these name rusqlite: {offenders:?}"
    );
}

#[test]
fn only_the_command_line_reaches_the_commands() {
    let allowed = |p: &str| {
        p.starts_with("src/cmd/") || p == "src/cli.rs" || p == "src/lib.rs" || p == "src/main.rs"
    };
    let offenders: Vec<String> = sources("src")
        .into_iter()
        .filter(|(path, text)| !allowed(path) && text.contains("crate::cmd"))
        .map(|(path, _)| path)
        .collect();
    assert!(
        offenders.is_empty(),
        "workflows (src/act/) and the demo never call commands; these do: {offenders:?}"
    );
}

#[test]
fn the_domain_neither_stores_nor_prints() {
    let offenders: Vec<String> = sources("src/domain")
        .into_iter()
        .filter(|(_, text)| {
            text.contains("crate::store")
                || text.contains("crate::act")
                || text.contains("println!")
                || text.contains("Local::now")
                || text.contains("Utc::now")
        })
        .map(|(path, _)| path)
        .collect();
    assert!(
        offenders.is_empty(),
        "domain/ has no SQL, no printing and no clock: {offenders:?}"
    );
}

#[test]
fn no_source_file_passes_700_lines() {
    let long: Vec<String> = sources("src")
        .into_iter()
        .filter(|(_, text)| text.lines().count() > 700)
        .map(|(path, text)| format!("{path}: {}", text.lines().count()))
        .collect();
    assert!(long.is_empty(), "split these files: {long:?}");
}

/// The functions of `text` with their length in lines: from a line that declares `fn` to the
/// line that closes it at the same indentation.
fn functions(text: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let decl = trimmed
            .strip_prefix("pub ")
            .or_else(|| trimmed.strip_prefix("pub(crate) "))
            .or_else(|| trimmed.strip_prefix("pub(super) "))
            .unwrap_or(trimmed);
        let Some(rest) = decl.strip_prefix("fn ") else {
            continue;
        };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let close = format!("{}}}", " ".repeat(indent));
        if let Some(end) = lines[i..].iter().position(|l| *l == close) {
            out.push((name, end + 1));
        }
    }
    out
}

#[test]
fn no_function_passes_120_lines() {
    let mut long = Vec::new();
    for (path, text) in sources("src") {
        for (name, n) in functions(&text) {
            if n > 120 {
                long.push(format!("{path}: {name} ({n} lines)"));
            }
        }
    }
    assert!(long.is_empty(), "split these functions: {long:?}");
}

#[test]
fn the_function_counter_counts() {
    let text = "fn a() {\n    x();\n}\n\npub fn b() {\n}\n";
    assert_eq!(
        functions(text),
        [("a".to_string(), 3), ("b".to_string(), 2)]
    );
}

/// The rule IDs of docs/rules.md (its level-3 headings).
fn documented_rules() -> BTreeSet<String> {
    let doc = std::fs::read_to_string(root().join("docs/rules.md")).expect("docs/rules.md");
    doc.lines()
        .filter_map(|l| l.strip_prefix("### "))
        .filter_map(|l| l.split(' ').next())
        .map(str::to_owned)
        .collect()
}

/// Rule IDs as code names them: `Rule::X1`, or in a message `(X1)`, `rule X1`, `refused (X1)`.
fn named_rules(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let bytes = text.as_bytes();
    for (i, w) in bytes.windows(2).enumerate() {
        let letter = w[0];
        if !b"ACDEFGKMPRS".contains(&letter) || !w[1].is_ascii_digit() {
            continue;
        }
        let before = if i == 0 { b' ' } else { bytes[i - 1] };
        let mut end = i + 2;
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
        }
        let after = bytes.get(end).copied().unwrap_or(b' ');
        let id = &text[i..end];
        let in_message = before == b'(' && (after == b')' || after == b',');
        let in_code = text[..i].ends_with("Rule::");
        if in_message || in_code {
            out.insert(id.to_owned());
        }
    }
    out
}

/// The rules of docs/rules.md that the case process of the open issues brings and the code does
/// not apply yet; the list shrinks as they land, and a rule applied is taken off it.
const PLANNED: &[&str] = &[];

/// A rule ID used in code or messages is documented, and every documented rule is applied
/// somewhere in the code (the criteria rules through the built-in guideline's questions).
#[test]
fn every_rule_in_code_is_in_docs_rules_md_and_back() {
    let documented = documented_rules();
    assert!(documented.len() > 60, "{documented:?}");
    let mut used = BTreeSet::new();
    for (path, text) in sources("src") {
        if path == "src/domain/rules.rs" {
            continue;
        }
        used.extend(named_rules(&text));
    }
    let guideline =
        std::fs::read_to_string(root().join("src/guideline/default.json")).expect("guideline");
    for (i, _) in guideline.match_indices("\"rule\": \"") {
        let id: String = guideline[i + 9..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        used.insert(id);
    }
    for p in PLANNED {
        assert!(
            !used.contains(*p),
            "{p} is applied now: take it off PLANNED"
        );
        used.insert((*p).to_owned());
    }
    let unknown: Vec<&String> = used.difference(&documented).collect();
    assert!(
        unknown.is_empty(),
        "named in code but not in docs/rules.md: {unknown:?}"
    );
    let unused: Vec<&String> = documented.difference(&used).collect();
    assert!(
        unused.is_empty(),
        "in docs/rules.md but applied nowhere in the code: {unused:?}"
    );
}

/// Every document a comment or message points at is in the repository.
#[test]
fn the_documents_code_points_at_exist() {
    let mut missing = BTreeSet::new();
    for (path, text) in sources("src").into_iter().chain(sources("tests")) {
        for doc in ["SPEC.md", "RULES.md", "STYLE.md"] {
            if text.contains(doc)
                && !text.contains(&format!("docs/{doc}"))
                && path != "tests/it/layers.rs"
            {
                missing.insert(format!(
                    "{path} names {doc}, which is not in the repository"
                ));
            }
        }
        for (i, _) in text.match_indices("docs/") {
            let name: String = text[i..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || matches!(c, '/' | '.' | '_' | '-'))
                .collect();
            let name = name.trim_end_matches('.');
            if name.ends_with(".md") && !root().join(name).exists() {
                missing.insert(format!("{path} points at {name}"));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:?}");
}
