//! The interactive walk in a real pseudo-terminal: the real binary, driven by the keys dialoguer
//! reads (Enter picks the highlighted item, `j` moves down, Esc goes back, text then Enter for
//! notes). A new question has nothing highlighted: the first `j` lands on "ja".
//! Every step waits for the prompt's text, never for a fixed time; every wait is bounded.

use std::process::Command;
use std::time::Duration;

use expectrl::process::unix::{Signal, WaitStatus};
use expectrl::session::OsSession;
use expectrl::{Eof, Expect, Regex, Session};
use serde_json::json;

use crate::assess::{assess, fill_for_grant, template};
use crate::common::*;

/// How long any one prompt may take to appear.
const PROMPT_TIMEOUT: Duration = Duration::from_secs(30);

/// `insats assess CASE` in a pseudo-terminal, with the pinned test environment.
fn spawn(env: &Env, case: i64) -> OsSession {
    spawn_sized(env, case, 200)
}

/// The same at a terminal `cols` wide.
fn spawn_sized(env: &Env, case: i64, cols: u16) -> OsSession {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("insats"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.dir.path())
        .env("INSATS_TODAY", TODAY)
        .env("INSATS_DB", &env.db)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .current_dir(env.dir.path())
        .args(["assess", &case.to_string()]);
    let mut s = Session::spawn(cmd).expect("spawn in a pseudo-terminal");
    s.set_expect_timeout(Some(PROMPT_TIMEOUT));
    s.get_process_mut()
        .set_window_size(cols, 60)
        .expect("window size");
    s
}

fn expect(s: &mut OsSession, needle: &str) {
    if let Err(e) = s.expect(needle) {
        panic!("waiting for {needle:?}: {e}");
    }
}

/// Waits for question `n` of `total` and returns nothing until its answer prompt is up.
fn at_question(s: &mut OsSession, n: usize, total: usize) {
    expect(s, &format!("Fråga {n} av {total} "));
    expect(s, "Svar:");
}

/// Answers a new question on screen (nothing highlighted): 0 ja, 1 nej, 2 osäker; then the note.
fn answer(s: &mut OsSession, choice: usize, note: &str) {
    s.send("j".repeat(choice + 1)).unwrap();
    s.send("\r").unwrap();
    expect(s, "Anteckning");
    s.send(note).unwrap();
    s.send("\r").unwrap();
}

fn type_line(s: &mut OsSession, prompt: &str, text: &str) {
    expect(s, prompt);
    s.send(text).unwrap();
    s.send("\r").unwrap();
}

/// Waits for the process to end and returns its exit code (or the signal that ended it).
fn finished(s: &mut OsSession) -> WaitStatus {
    let _ = s.expect(Eof);
    s.get_process().wait().expect("wait")
}

fn answers_saved(env: &Env) -> i64 {
    env.conn()
        .query_row("SELECT count(*) FROM answer", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn c1_c2_a_full_interactive_walk_saves_asks_the_child_and_completes() {
    let env = Env::new();
    // 16 years old: six questions (K6, A5, A5, K5, C1, C2) and the child section.
    let case = env.apply(pnr::TEEN_16, "kvalificerad-sol", &["--consent", "self"]);
    let mut s = spawn(&env, case);
    expect(&mut s, "6 frågor");
    for n in 1..=6 {
        at_question(&mut s, n, 6);
        let note = if n == 1 {
            "Risk för missbruk enligt skolans anmälan"
        } else {
            ""
        };
        answer(&mut s, 0, note);
    }
    expect(&mut s, "Barnets del (C1, C2)");
    expect(&mut s, "Har barnet hörts?");
    s.send("j\r").unwrap();
    type_line(
        &mut s,
        "egna ord",
        "Jag vill ha någon att prata med när det blir jobbigt.",
    );
    type_line(&mut s, "Hur hölls samtalet", "Enskilt samtal på skolan");
    type_line(&mut s, "ålder och mognad", "Mogen för sin ålder");

    // The summary: all yes recommends a grant. Change K5 (question 4) to no instead.
    // The summary names the questions by their texts, not their ids.
    expect(&mut s, "Sammanfattning");
    expect(&mut s, "Rekommendation: bevilja");
    expect(&mut s, "Skäl per regel:");
    expect(&mut s, "Vad vill du göra?");
    s.send("jj\r").unwrap();
    expect(&mut s, "Vilket svar vill du ändra?");
    s.send("jjjj\r").unwrap();
    // The changed question starts on its answer (ja): one step down is nej.
    at_question(&mut s, 4, 6);
    s.send("j\r").unwrap();
    expect(&mut s, "Anteckning");
    s.send("Vill inte ha insatsen just nu\r").unwrap();
    expect(&mut s, "Rekommendation: avslå");
    expect(&mut s, "Vad vill du göra?");
    s.send("j\r").unwrap();
    expect(&mut s, "bedömning #1 slutförd");
    expect(&mut s, "K5  Kriteriet är inte uppfyllt");
    expect(&mut s, "ärendets status: assessed");
    assert_eq!(
        finished(&mut s),
        WaitStatus::Exited(s.get_process().pid(), 0)
    );

    let show = env.json(&["show", &case.to_string()]);
    assert_eq!(show["status"], "assessed");
    assert_eq!(show["assessment"]["recommendation"], "reject");
    assert_eq!(show["assessment"]["reasons"][0]["rule"], "K5");
    assert_eq!(show["assessment"]["answers"], 6);
    let c = env.conn();
    let (words, how, maturity): (String, String, String) = c
        .query_row(
            "SELECT child_own_words, child_how, child_maturity FROM assessment",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        words,
        "Jag vill ha någon att prata med när det blir jobbigt."
    );
    assert_eq!(how, "Enskilt samtal på skolan");
    assert_eq!(maturity, "Mogen för sin ålder");
    let note: String = c
        .query_row(
            "SELECT note FROM answer WHERE question_id = 'kq-sol-risk'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(note, "Risk för missbruk enligt skolans anmälan");

    // Run again: a completed assessment is redone only when the caseworker says so.
    let before = env.dump();
    let mut s = spawn(&env, case);
    expect(&mut s, "redan en slutförd bedömning");
    expect(&mut s, "Göra en ny bedömning?");
    s.send("n").unwrap();
    expect(&mut s, "inget ändrades");
    assert_eq!(
        finished(&mut s),
        WaitStatus::Exited(s.get_process().pid(), 0)
    );
    assert_eq!(env.dump(), before);

    // Said yes, a new assessment starts; the completed one stays current until it is replaced.
    let mut s = spawn(&env, case);
    expect(&mut s, "Göra en ny bedömning?");
    s.send("y").unwrap();
    at_question(&mut s, 1, 6);
    answer(&mut s, 0, "");
    at_question(&mut s, 2, 6);
    s.get_process_mut().kill(Signal::SIGHUP).unwrap();
    let _ = finished(&mut s);
    let statuses: Vec<String> = env
        .conn()
        .prepare("SELECT status FROM assessment ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(statuses, ["completed", "in_progress"]);
    assert_eq!(answers_saved(&env), 7);
}

#[test]
fn an_interrupted_walk_resumes_at_the_first_unanswered_question() {
    let env = Env::new();
    // 36 years old, ordinary housing: ten questions, no child section.
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);

    // Three answers, then Ctrl-C at the fourth question.
    let mut s = spawn(&env, case);
    for n in 1..=3 {
        at_question(&mut s, n, 10);
        answer(&mut s, 0, "");
    }
    at_question(&mut s, 4, 10);
    s.send("\x03").unwrap();
    expect(&mut s, "avbrutet: svaren som har getts är sparade");
    let status = finished(&mut s);
    assert!(
        matches!(status, WaitStatus::Signaled(_, Signal::SIGINT, _)),
        "{status:?}"
    );
    assert_eq!(
        answers_saved(&env),
        3,
        "each answer is saved as it is given"
    );

    // The next run goes on at question 4; two more answers, then the process is killed.
    let mut s = spawn(&env, case);
    expect(&mut s, "3 av 10 frågor är besvarade");
    let first = s
        .expect(Regex("Fråga ([0-9]+) av 10 "))
        .expect("a question");
    assert_eq!(first.get(1), Some(&b"4"[..]), "resumes at question 4");
    expect(&mut s, "Svar:");
    answer(&mut s, 1, "Anteckning till fråga fyra");
    at_question(&mut s, 5, 10);
    answer(&mut s, 1, "");
    at_question(&mut s, 6, 10);
    s.get_process_mut().kill(Signal::SIGKILL).unwrap();
    let _ = finished(&mut s);
    assert_eq!(
        answers_saved(&env),
        5,
        "a crash loses at most the current question"
    );
    let show = env.json(&["show", &case.to_string()]);
    assert_eq!(show["assessment"]["status"], "in_progress");
    assert_eq!(show["status"], "application");

    // And the third run finishes it: questions 6 to 10, then confirm.
    let mut s = spawn(&env, case);
    expect(&mut s, "5 av 10 frågor är besvarade");
    let first = s
        .expect(Regex("Fråga ([0-9]+) av 10 "))
        .expect("a question");
    assert_eq!(first.get(1), Some(&b"6"[..]), "resumes at question 6");
    expect(&mut s, "Svar:");
    answer(&mut s, 1, "");
    for n in 7..=10 {
        at_question(&mut s, n, 10);
        // Exclusions (6-8) are answered no, K5 and A8 (9, 10) yes: all for a grant.
        answer(&mut s, if n <= 8 { 1 } else { 0 }, "");
    }
    expect(&mut s, "Vad vill du göra?");
    s.send("j\r").unwrap();
    expect(&mut s, "bedömning #1 slutförd");
    assert_eq!(
        finished(&mut s),
        WaitStatus::Exited(s.get_process().pid(), 0)
    );

    let show = env.json(&["show", &case.to_string()]);
    assert_eq!(show["assessment"]["status"], "completed");
    assert_eq!(show["assessment"]["answers"], 10);
    // Questions 4 to 8 were answered no, the others yes: every answer supports a grant.
    assert_eq!(show["assessment"]["recommendation"], "grant");
    assert_eq!(show["status"], "assessed");
    let assessments: i64 = env
        .conn()
        .query_row("SELECT count(*) FROM assessment", [], |r| r.get(0))
        .unwrap();
    assert_eq!(assessments, 1, "one assessment, resumed twice");
}

#[test]
fn an_assessment_in_progress_keeps_its_guideline_when_another_is_imported() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "ledsagning-sol", &["--consent", "self"]);
    let mut s = spawn(&env, case);
    at_question(&mut s, 1, 5);
    answer(&mut s, 0, "");
    at_question(&mut s, 2, 5);
    s.get_process_mut().kill(Signal::SIGKILL).unwrap();
    let _ = finished(&mut s);

    // A newer version of the guideline, with one more ledsagning question, is imported.
    let mut g: serde_json::Value = serde_json::from_str(&env.ok(&["guideline", "export"])).unwrap();
    g["version"] = json!("2027.1");
    g["interventions"]["ledsagning-sol"]["questions"]
        .as_array_mut()
        .unwrap()
        .push(json!({
            "id": "led-sol-ny-fraga", "rule": "A7",
            "text": "Är aktiviteten enkel och i närmiljön?", "help": "Kommunens tillägg.",
            "grant_if": true, "kind": "requirement"
        }));
    let path = env.dir.path().join("g2027.json");
    std::fs::write(&path, g.to_string()).unwrap();
    env.ok(&["guideline", "import", path.to_str().unwrap()]);

    // The one in progress goes on under 2026.2: its template and answers are for it.
    let mut doc = template(&env, case);
    assert_eq!(doc["guideline"], "standard 2026.2");
    assert_eq!(doc["questions"].as_array().unwrap().len(), 5);
    let mut stale = doc.clone();
    stale["guideline"] = json!("standard 2027.1");
    let before = env.dump();
    let out = crate::assess::submit(&env, case, &stale);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("uses 'standard 2026.2'"),
        "{}",
        stderr(&out)
    );
    assert_eq!(env.dump(), before);
    fill_for_grant(&mut doc);
    let first = assess(&env, case, &doc);
    assert_eq!(first["guideline"], "standard 2026.2");
    assert_eq!(
        first["assessment_id"], 1,
        "the one in progress was completed"
    );

    // A new assessment follows the new guideline; the old one keeps its own.
    let mut doc = template(&env, case);
    assert_eq!(doc["guideline"], "standard 2027.1");
    assert_eq!(doc["questions"].as_array().unwrap().len(), 6);
    fill_for_grant(&mut doc);
    let second = assess(&env, case, &doc);
    assert_eq!(second["guideline"], "standard 2027.1");
    assert_ne!(second["guideline_id"], first["guideline_id"]);
    let c = env.conn();
    let old: String = c
        .query_row(
            "SELECT g.version FROM assessment a JOIN guideline g ON g.id = a.guideline_id
             WHERE a.id = 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(old, "2026.2");
}

#[test]
fn enter_without_a_choice_does_nothing_and_esc_goes_back_a_question() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "ledsagning-sol", &["--consent", "self"]);
    let mut s = spawn(&env, case);
    at_question(&mut s, 1, 5);
    // Nothing is highlighted: Enter alone picks nothing, so "jj" then Enter answers nej.
    s.send("\r").unwrap();
    s.send("jj\r").unwrap();
    expect(&mut s, "Anteckning");
    s.send("första\r").unwrap();
    at_question(&mut s, 2, 5);
    answer(&mut s, 0, "");
    at_question(&mut s, 3, 5);
    // Esc: question 2 again, starting on its answer (ja); one step down changes it to nej.
    s.send("\x1b").unwrap();
    at_question(&mut s, 2, 5);
    s.send("j\r").unwrap();
    expect(&mut s, "Anteckning");
    s.send("ändrad\r").unwrap();
    at_question(&mut s, 3, 5);
    s.get_process_mut().kill(Signal::SIGKILL).unwrap();
    let _ = finished(&mut s);
    let rows: Vec<(String, String, String)> = env
        .conn()
        .prepare("SELECT question_id, answer, note FROM answer ORDER BY rowid")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut given: Vec<(&str, &str)> = rows
        .iter()
        .map(|(_, a, n)| (a.as_str(), n.as_str()))
        .collect();
    given.sort();
    assert_eq!(given, [("no", "första"), ("no", "ändrad")], "{rows:?}");
}

#[test]
fn the_walk_wraps_its_texts_at_word_boundaries_to_the_terminal_width() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    let mut s = spawn_sized(&env, case, 50);
    // The question's text and help come wrapped to 50 columns, at spaces.
    let seen = s.expect("Svar:").expect("the first question");
    let text = String::from_utf8_lossy(seen.before()).into_owned();
    let start = text.find("Fråga 1 av").expect("the question");
    let lines: Vec<&str> = text[start..]
        .split(['\r', '\n'])
        .filter(|l| !l.is_empty() && !l.starts_with('\x1b'))
        .collect();
    assert!(lines.len() > 2, "{lines:?}");
    for l in &lines {
        assert!(l.chars().count() <= 50, "longer than the terminal: {l:?}");
    }
    let joined = lines.join(" ");
    assert!(joined.contains("bryta isolering"), "{joined}");
    s.get_process_mut().kill(Signal::SIGKILL).unwrap();
    let _ = finished(&mut s);
}
