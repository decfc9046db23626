//! The interactive walk: one question at a time, each answer saved as it is given, the child
//! section for a child (C1, C2), then a summary with the recommendation and its reasons, and
//! the caseworker's confirmation. Run again after an interruption, it goes on at the first
//! unanswered question.

use anyhow::{Context, Result};

use super::output::{AnswerView, write_child, write_summary};
use super::{Assessed, Unfinished};
use crate::act::assess::{CaseFacts, finish};
use crate::domain::assessment::ChildSection;
use crate::domain::assessment::{Answer, recommend};
use crate::guideline::Question;
use crate::prompt::Prompter;
use crate::render::{Output, Style};
use crate::store::assessment::{self as store_assessment, AnswerRow, AssessmentRow, ChildField};
use crate::store::guideline as store_guideline;
use crate::store::{Store, Tx};

const ANSWER_ITEMS: [&str; 3] = ["ja", "nej", "osäker"];

pub fn walk(store: &mut Store, case_id: i64, p: &mut dyn Prompter) -> Result<Box<dyn Output>> {
    let today = store.actor().today;
    let mut facts = CaseFacts::load(store, case_id, today)?;
    let Some(row) = begin(store, p, case_id, today)? else {
        return Ok(Box::new(Unfinished {
            case_id,
            assessment_id: None,
            status: "unchanged",
            answered: 0,
            questions: 0,
        }));
    };
    let id = row.assessment_id;
    let stored = store_guideline::load(store, row.guideline_id)?;
    let guideline = &stored.guideline;
    let label = guideline.label();
    let f = facts.for_guideline(guideline);
    let questions = guideline.questions_for(facts.case.insats, &f);
    let total = questions.len();
    let saved = store_assessment::answers(store, id)?;
    let given = questions
        .iter()
        .filter(|q| saved.contains_key(&q.id))
        .count();
    if given > 0 || !row.child.is_empty() {
        p.say(&format!(
            "Fortsätter bedömning #{id} (påbörjad {}): {given} av {total} frågor är besvarade och sparade.",
            row.started_day
        ));
    } else {
        p.say(&format!(
            "Bedömning #{id} av ärende {case_id} ({}) enligt riktlinjen {label}: {total} frågor. Varje svar sparas när det ges.",
            facts.case.insats
        ));
    }

    ask_in_order(store, p, id, &questions, &saved)?;
    if facts.child {
        ask_child(store, p, id, facts.age, false)?;
    }

    loop {
        let saved = store_assessment::answers(store, id)?;
        let row = store_assessment::get(store, id)?;
        let answered: Vec<(&Question, Answer)> = questions
            .iter()
            .filter_map(|q| saved.get(&q.id).map(|a| (*q, a.answer)))
            .collect();
        let child = facts.child.then(|| row.child.section());
        p.say(&summary(&answered, &saved, child.as_ref())?);
        let choice = p.choose(
            "Vad vill du göra?",
            &[
                "Slutför bedömningen",
                "Ändra ett svar",
                "Avbryt (svaren är sparade)",
            ],
            None,
        )?;
        match choice {
            None => {}
            Some(0) => {
                let done = store
                    .write(|tx| finish(tx, &facts, id, &label, &answered, child.as_ref(), today))?;
                let assessed = Assessed::load(store, &facts, guideline, &questions, done)?;
                return Ok(Box::new(assessed));
            }
            Some(1) => change(store, p, id, &questions, &saved, &facts)?,
            _ => {
                return Ok(Box::new(Unfinished {
                    case_id,
                    assessment_id: Some(id),
                    status: "in_progress",
                    answered: answered.len(),
                    questions: total,
                }));
            }
        }
    }
}

/// Asks the unanswered questions in order. Esc goes back a question (asked again, starting on
/// its saved answer); from there the walk goes forward one question at a time again.
fn ask_in_order(
    store: &mut Store,
    p: &mut dyn Prompter,
    id: i64,
    questions: &[&Question],
    saved: &std::collections::BTreeMap<String, AnswerRow>,
) -> Result<()> {
    let total = questions.len();
    let mut reached = questions
        .iter()
        .position(|q| !saved.contains_key(&q.id))
        .unwrap_or(total);
    let mut i = reached;
    while i < total {
        let current = store_assessment::answers(store, id)?;
        let given = current.get(&questions[i].id).map(|a| a.answer);
        if i > reached && given.is_some() {
            i += 1;
            continue;
        }
        reached = reached.max(i);
        if ask_question(store, p, id, i, total, questions[i], given)? {
            i += 1;
        } else {
            i = i.saturating_sub(1);
        }
    }
    Ok(())
}

/// The assessment to go on with: the one in progress, or a new one (after asking, when the case
/// already has a completed one). `None` when the caseworker keeps the completed one.
fn begin(
    store: &mut Store,
    p: &mut dyn Prompter,
    case_id: i64,
    today: chrono::NaiveDate,
) -> Result<Option<AssessmentRow>> {
    if let Some(row) = store_assessment::in_progress(store, case_id)? {
        return Ok(Some(row));
    }
    if let Some(done) = store_assessment::current_completed(store, case_id)? {
        p.say(&format!(
            "Ärende {case_id} har redan en slutförd bedömning (#{}, {}, rekommendation: {}).",
            done.assessment_id,
            done.completed_day.as_deref().unwrap_or("-"),
            done.recommendation.map(|r| r.swedish()).unwrap_or("-")
        ));
        if !p.confirm(
            "Göra en ny bedömning? Den tidigare sparas i historiken",
            false,
        )? {
            return Ok(None);
        }
    }
    let id = store.write(|tx| {
        let g = store_guideline::ensure_active(tx)?;
        store_assessment::start(tx, case_id, g.id, today)
    })?;
    Ok(Some(store_assessment::get(store, id)?))
}

/// The summary before completing: the answers, the recommendation and its reasons, and the
/// child's section for a child.
fn summary(
    answered: &[(&Question, Answer)],
    saved: &std::collections::BTreeMap<String, AnswerRow>,
    child: Option<&ChildSection>,
) -> Result<String> {
    let outcome = recommend(answered);
    let views: Vec<AnswerView> = answered
        .iter()
        .map(|(q, a)| AnswerView {
            id: q.id.clone(),
            rule: q.rule.clone(),
            text: q.text.clone(),
            grant_if: q.grant_if,
            answer: a.to_json(),
            note: saved.get(&q.id).map(|s| s.note.clone()).unwrap_or_default(),
            given: *a,
        })
        .collect();
    let mut text = Vec::new();
    write_summary(
        &mut text,
        &views,
        outcome.recommendation,
        &outcome.reasons,
        Style {
            color: false,
            tty: true,
        },
    )
    .context("cannot write the summary")?;
    if let Some(c) = child {
        write_child(&mut text, c).context("cannot write the summary")?;
    }
    Ok(format!(
        "\nSammanfattning\n{}",
        String::from_utf8_lossy(&text).trim_end()
    ))
}

/// Changes one answer, or the child's section, chosen from the list.
fn change(
    store: &mut Store,
    p: &mut dyn Prompter,
    id: i64,
    questions: &[&Question],
    saved: &std::collections::BTreeMap<String, AnswerRow>,
    facts: &CaseFacts,
) -> Result<()> {
    let room = crate::prompt::width().saturating_sub(20).max(30);
    let mut items: Vec<String> = questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let a = saved.get(&q.id).map(|a| a.answer.swedish()).unwrap_or("-");
            format!("{}. {}: {a}", i + 1, shorten(&q.text, room))
        })
        .collect();
    if facts.child {
        items.push("Barnets del (C1, C2)".to_string());
    }
    let refs: Vec<&str> = items.iter().map(String::as_str).collect();
    let Some(which) = p.choose("Vilket svar vill du ändra? (Esc: tillbaka)", &refs, None)? else {
        return Ok(());
    };
    match questions.get(which) {
        Some(q) => {
            let given = saved.get(&q.id).map(|a| a.answer);
            ask_question(store, p, id, which, questions.len(), q, given).map(|_| ())
        }
        None => ask_child(store, p, id, facts.age, true),
    }
}

/// `text` cut at a word boundary to at most `room` characters, with an ellipsis when cut.
fn shorten(text: &str, room: usize) -> String {
    if text.chars().count() <= room {
        return text.to_string();
    }
    let mut out = String::new();
    for word in text.split_whitespace() {
        if out.chars().count() + word.chars().count() + 2 > room {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('…');
    out
}

/// Asks one question and saves the answer with its note in one small write. Nothing is
/// highlighted for a new question; a question answered before starts on its answer. `false`
/// when the caseworker pressed Esc to go back (nothing is saved then).
fn ask_question(
    store: &mut Store,
    p: &mut dyn Prompter,
    assessment_id: i64,
    index: usize,
    total: usize,
    q: &Question,
    given: Option<Answer>,
) -> Result<bool> {
    let speaks = if q.grant_if { "ja" } else { "nej" };
    p.say(&format!(
        "\nFråga {} av {total} · {}  ({speaks} talar för beviljande)\n{}",
        index + 1,
        q.rule,
        q.text
    ));
    if !q.help.trim().is_empty() {
        p.say(&format!("  {}", q.help.trim()));
    }
    let current = given.and_then(|g| Answer::ALL.iter().position(|a| *a == g));
    if index > 0 {
        p.say("  (Esc: tillbaka till föregående fråga)");
    }
    let Some(choice) = p.choose("Svar", &ANSWER_ITEMS, current)? else {
        return Ok(false);
    };
    let answer = Answer::ALL.get(choice).copied().unwrap_or(Answer::Unsure);
    let note = p.text("Anteckning (valfri, Enter hoppar över)", true)?;
    save(store, assessment_id, &format!("answer {}", q.id), |tx| {
        store_assessment::save_answer(tx, assessment_id, &q.id, &q.rule, answer, &note)
    })?;
    Ok(true)
}

/// One small write of the walk, with its line in the audit trail.
fn save(
    store: &mut Store,
    assessment_id: i64,
    what: &str,
    f: impl FnOnce(&Tx) -> Result<()>,
) -> Result<()> {
    store.write(|tx| {
        f(tx)?;
        let case_id = store_assessment::case_of(tx, assessment_id)?;
        tx.audit(
            &format!("assessment #{assessment_id} {what}"),
            Some(case_id),
        )
    })
}

/// The child section (C1, C2): asks what is missing, or everything again with `redo`; each
/// field is saved as it is given.
fn ask_child(
    store: &mut Store,
    p: &mut dyn Prompter,
    assessment_id: i64,
    age: u32,
    redo: bool,
) -> Result<()> {
    let current = store_assessment::get(store, assessment_id)?.child;
    let heard = match current.heard {
        Some(h) if !redo => h,
        _ => {
            p.say(&format!(
                "\nBarnets del (C1, C2): barnet är {age} år. Barnets synpunkter dokumenteras med barnets egna ord och hur samtalet hölls, eller varför barnet inte har hörts."
            ));
            let items = ["ja, barnet har hörts", "nej, barnet har inte hörts"];
            let start = current.heard.map(|h| if h { 0 } else { 1 });
            let heard = loop {
                if let Some(i) = p.choose("Har barnet hörts?", &items, start)? {
                    break i == 0;
                }
            };
            save(store, assessment_id, "child heard", |tx| {
                store_assessment::save_child_heard(tx, assessment_id, heard)
            })?;
            heard
        }
    };
    let current = store_assessment::get(store, assessment_id)?.child;
    let fields: Vec<(ChildField, bool, &str, bool)> = if heard {
        vec![
            (
                ChildField::OwnWords,
                current.own_words.is_none(),
                "Vad sa barnet? Skriv med barnets egna ord (C1)",
                true,
            ),
            (
                ChildField::How,
                current.how.is_none(),
                "Hur hölls samtalet med barnet? (C1)",
                true,
            ),
            (
                ChildField::Maturity,
                current.maturity.is_none(),
                "Din bedömning av barnets ålder och mognad (C2)",
                true,
            ),
        ]
    } else {
        vec![
            (
                ChildField::NotHeardReason,
                current.not_heard_reason.is_none(),
                "Varför har barnet inte hörts? (C1)",
                true,
            ),
            (
                ChildField::Maturity,
                current.maturity.is_none(),
                "Din anteckning om barnets ålder och mognad (C2, valfri)",
                false,
            ),
        ]
    };
    for (field, missing, label, required) in fields {
        if !(missing || redo) {
            continue;
        }
        let text = loop {
            let t = p.text(label, !required)?;
            if !required || !t.trim().is_empty() {
                break t;
            }
        };
        save(store, assessment_id, "child section", |tx| {
            store_assessment::save_child_field(tx, assessment_id, field, &text)
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;

    use chrono::NaiveDate;

    use super::*;
    use crate::domain::case::{Applicant, Application, Housing, InsatsType, RequestedBy};
    use crate::domain::consent::{Kind, Party};
    use crate::domain::pnr::Pnr;
    use crate::guideline::Guideline;
    use crate::store::{Actor, OpenMode};

    enum Reply {
        Choose(usize),
        Text(&'static str),
    }

    /// Answers from a script; panics when the walk asks something unexpected.
    struct Scripted(VecDeque<Reply>, Vec<String>);

    impl Prompter for Scripted {
        fn text(&mut self, label: &str, _: bool) -> Result<String> {
            match self.0.pop_front() {
                Some(Reply::Text(t)) => Ok(t.to_string()),
                _ => panic!("unexpected text prompt {label:?}"),
            }
        }
        fn choose(
            &mut self,
            label: &str,
            items: &[&str],
            _: Option<usize>,
        ) -> Result<Option<usize>> {
            match self.0.pop_front() {
                Some(Reply::Choose(i)) if i < items.len() => Ok(Some(i)),
                _ => panic!("unexpected choice {label:?}"),
            }
        }
        fn confirm(&mut self, label: &str, _: bool) -> Result<bool> {
            panic!("unexpected confirm {label:?}")
        }
        fn say(&mut self, text: &str) {
            self.1.push(text.to_string());
        }
    }

    fn store_with_child_case(dir: &std::path::Path) -> Store {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let actor = Actor {
            user: "test".into(),
            today,
            command: "assess",
        };
        let mut store = Store::open(&dir.join("t.db"), OpenMode::Create, actor).unwrap();
        let app = Application {
            applicant: Applicant::Numbered(Pnr::from_stored("201201012380").unwrap()),
            name: "Test".into(),
            insats: InsatsType::KontaktpersonSol,
            received: today,
            requested_by: Some(RequestedBy::Guardian),
            consents: vec![
                (Party::Guardian1, Kind::Given),
                (Party::Guardian2, Kind::Given),
            ],
            guardians: Some(2),
            guardian_details: Default::default(),
            court_ref: None,
            lss_group: None,
            housing: Housing::Ordinary,
            protected: false,
            address: None,
            workplace: None,
            residence: None,
            area: None,
            wishes: Default::default(),
        };
        store
            .write(|tx| crate::act::apply::register(tx, &app))
            .unwrap();
        store
    }

    #[test]
    fn c1_a_paused_walk_goes_on_at_the_summary_and_the_child_section_can_be_redone() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = store_with_child_case(dir.path());
        let g = Guideline::builtin();
        let facts = crate::guideline::Facts {
            age: 14,
            housing: "ordinary".into(),
        };
        let questions = g.questions_for("kontaktperson-sol", &facts);
        let mut script: VecDeque<Reply> = VecDeque::new();
        for q in &questions {
            script.push_back(Reply::Choose(if q.grant_if { 0 } else { 1 }));
            script.push_back(Reply::Text(""));
        }
        script.extend([
            Reply::Choose(1), // not heard
            Reply::Text("Barnet ville inte."),
            Reply::Text(""),  // maturity, optional when not heard
            Reply::Choose(2), // pause at the summary
        ]);
        let mut p = Scripted(script, Vec::new());
        let out = walk(&mut store, 1, &mut p).unwrap();
        assert_eq!(out.json()["status"], "in_progress");
        assert_eq!(out.json()["answered"], questions.len());
        assert!(p.0.is_empty());

        // Again: straight to the summary; redo the child section as heard, then finish.
        let child_item = questions.len();
        let script = VecDeque::from([
            Reply::Choose(1),
            Reply::Choose(child_item),
            Reply::Choose(0),
            Reply::Text("Jag vill ha en kompis."),
            Reply::Text("Enskilt samtal."),
            Reply::Text("Mogen."),
            Reply::Choose(0),
        ]);
        let mut p = Scripted(script, Vec::new());
        let out = walk(&mut store, 1, &mut p).unwrap();
        let v = out.json();
        assert_eq!(v["recommendation"], "grant");
        assert_eq!(v["child"]["heard"], true);
        assert_eq!(
            v["child"]["not_heard_reason"], "",
            "the other branch is cleared"
        );
        assert!(p.1.iter().any(|s| s.starts_with("Fortsätter bedömning #1")));
        let stored = store_assessment::get(&store, 1).unwrap();
        assert_eq!(stored.child.not_heard_reason, None);
        assert_eq!(stored.status, "completed");
    }
}
