//! The README's tour, run as written: every `insats ...` line of the `sh` blocks under "A short
//! tour", in order, against a fresh file (the alias's `--db`, in a temp folder), with the day the
//! tour pins (`export INSATS_TODAY=...`) and the test account as `INSATS_USER`. A line must exit
//! 0 unless it ends in `# exits N`. Understood of the shell: quotes, `\` continuations, comments,
//! `> FILE` and a `<<'EOF'` here-document.

use crate::common::*;

const README: &str = include_str!("../../README.md");

/// One command of the tour.
struct Step {
    line: String,
    args: Vec<String>,
    expect: i32,
    stdin: Option<String>,
    stdout_to: Option<String>,
    today: String,
}

/// The lines of the `sh` blocks in the tour's section, continuations joined.
fn tour_lines() -> Vec<String> {
    let start = README.find("## A short tour").expect("a tour section");
    let rest = &README[start + 3..];
    let section = &rest[..rest.find("\n## ").unwrap_or(rest.len())];
    let mut lines = Vec::new();
    let mut in_block = false;
    let mut pending = String::new();
    for line in section.lines() {
        if line.starts_with("```") {
            in_block = line == "```sh";
            continue;
        }
        if !in_block {
            continue;
        }
        if let Some(head) = line.strip_suffix('\\') {
            pending.push_str(head.trim_start_matches(' ').trim_end());
            pending.push(' ');
            continue;
        }
        let line = if pending.is_empty() {
            line
        } else {
            line.trim_start()
        };
        pending.push_str(line);
        lines.push(std::mem::take(&mut pending));
    }
    lines
}

/// Splits a shell line into words: single and double quotes, a `#` word starts a comment.
fn words(line: &str) -> (Vec<String>, String) {
    let mut out = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = line.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '#' if word.is_none() => return (out, line[i..].to_string()),
            ' ' | '\t' => out.extend(word.take()),
            '"' | '\'' => {
                let w = word.get_or_insert_with(String::new);
                for (_, q) in chars.by_ref() {
                    if q == c {
                        break;
                    }
                    w.push(q);
                }
            }
            _ => word.get_or_insert_with(String::new).push(c),
        }
    }
    out.extend(word);
    (out, String::new())
}

fn steps() -> (Vec<String>, Vec<Step>) {
    let lines = tour_lines();
    let mut prefix = Vec::new();
    let mut today = TODAY.to_string();
    let mut steps = Vec::new();
    let mut it = lines.into_iter();
    while let Some(line) = it.next() {
        let text = line.trim();
        if let Some(alias) = text.strip_prefix("alias insats=\"$PWD/target/release/insats") {
            prefix = words(alias.trim_end_matches('"')).0;
            continue;
        }
        if let Some(day) = text.strip_prefix("export INSATS_TODAY=") {
            today = day.to_string();
            continue;
        }
        if !text.starts_with("insats ") {
            continue;
        }
        let (mut args, comment) = words(text);
        args.remove(0);
        let expect = comment
            .split("exits ")
            .nth(1)
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or(0);
        let mut stdin = None;
        if let Some(at) = args.iter().position(|a| a.starts_with("<<")) {
            args.truncate(at);
            let body: Vec<String> = it.by_ref().take_while(|l| l.trim() != "EOF").collect();
            stdin = Some(body.join("\n"));
        }
        let mut stdout_to = None;
        if let Some(at) = args.iter().position(|a| a == ">") {
            stdout_to = args.get(at + 1).cloned();
            args.truncate(at);
        }
        steps.push(Step {
            line: text.to_string(),
            args,
            expect,
            stdin,
            stdout_to,
            today: today.clone(),
        });
    }
    (prefix, steps)
}

#[test]
fn the_readme_tour_runs_top_to_bottom_on_a_fresh_file() {
    // CI reads the first two commands of the README: they stay as they are.
    let first = README.find("```sh\n").expect("a first block") + 6;
    assert!(README[first..].starts_with(
        "cargo run --release -- demo      # builds insats, writes ./insats-demo.db full of realistic cases\n\
         cargo test --locked "
    ));

    let env = Env::new();
    let (prefix, steps) = steps();
    assert!(
        prefix.iter().any(|a| a == "--db") && !prefix.iter().any(|a| a.contains("demo")),
        "the tour has a file of its own: {prefix:?}"
    );
    assert!(steps.len() > 40, "{} steps", steps.len());
    for step in &steps {
        let mut cmd = env.bare();
        cmd.env("INSATS_TODAY", &step.today)
            .env("INSATS_USER", user())
            .args(&prefix)
            .args(&step.args);
        // No terminal: stdin is the here-document, or empty.
        cmd.write_stdin(step.stdin.clone().unwrap_or_default());
        let out = cmd.output().expect("run insats");
        assert_eq!(
            out.status.code(),
            Some(step.expect),
            "README tour, on {}: {}\n{}",
            step.today,
            step.line,
            stderr(&out)
        );
        if let Some(file) = &step.stdout_to {
            std::fs::write(env.dir.path().join(file), &out.stdout).unwrap();
        }
    }
    // The tour ends with the case ended, after the provider's work.
    let mut show = env.bare();
    let show = show
        .env("INSATS_TODAY", &steps.last().unwrap().today)
        .args(&prefix)
        .args(["--json", "show", "1"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&show.stdout).unwrap();
    assert_eq!(v["status"], "ended", "{v}");
}

#[test]
fn the_tour_reader_splits_as_the_shell_does() {
    let (w, comment) = words(r#"insats log 1 --note "Två ord" 'tre # ord'   # exits 3"#);
    assert_eq!(w, ["insats", "log", "1", "--note", "Två ord", "tre # ord"]);
    assert!(comment.contains("exits 3"));
}
