//! The plan document's checks (P1) and what an expense may be for (P2).

use super::*;

fn d(s: &str) -> NaiveDate {
    crate::domain::dates::parse(s).expect("test date")
}

fn goals() -> Vec<String> {
    vec!["Bryta isolering".into(), "Komma ut i naturen".into()]
}

fn expected(goals: &[String]) -> Expected<'_> {
    Expected {
        case_id: 7,
        goals,
        ordered: d("2026-10-01"),
        today: d("2026-11-23"),
    }
}

fn filled() -> Value {
    serde_json::json!({
        "case_id": 7,
        "drawn_up": "2026-11-10",
        "drawn_up_with": ["Den enskilde", "Ledsagaren"],
        "goals": [
            {"goal": "Bryta isolering", "sub_goals": ["Träffa andra en gång i veckan"],
             "activities": [{"what": "Fika på träffpunkten", "how_often": "varje vecka",
                             "kind": "recurring", "travel": "Buss 3 tillsammans",
                             "expenses": [{"what": "Bussbiljett", "kr": 32}]}]},
            {"goal": "Komma ut i naturen", "sub_goals": ["Prova en vandring"],
             "activities": [{"what": "Vandring i naturreservatet", "how_often": "en gång i månaden",
                             "kind": "try", "travel": "Färdtjänst", "expenses": []}]}
        ],
        "note": ""
    })
}

#[test]
fn p1_a_filled_plan_is_read() {
    let g = goals();
    let plan = parse(&filled().to_string(), &expected(&g)).expect("sound");
    assert_eq!(plan.goals.len(), 2);
    assert_eq!(plan.goals[1].activities[0].kind, Some(ActivityKind::Try));
    assert_eq!(plan.drawn_up, Some(d("2026-11-10")));
}

#[test]
fn p1_the_template_carries_the_orders_goals_and_is_not_sound_unfilled() {
    let g = goals();
    let t = template(&expected(&g));
    assert_eq!(t.goals[0].goal, "Bryta isolering");
    let text = serde_json::to_string(&t).unwrap();
    let problems = parse(&text, &expected(&g)).unwrap_err();
    for needle in ["drawn_up: missing", "sub_goals", "travel: missing", "kind"] {
        assert!(
            problems.iter().any(|p| p.contains(needle)),
            "{needle}: {problems:?}"
        );
    }
}

#[test]
fn p1_every_problem_is_listed_at_once() {
    let g = goals();
    let mut doc = filled();
    doc["goals"][0]["goal"] = "Lära sig laga mat".into();
    doc["goals"][1]["activities"][0]["travel"] = "".into();
    doc["colour"] = "blå".into();
    doc["drawn_up"] = "2026-12-01".into();
    let problems = parse(&doc.to_string(), &expected(&g)).unwrap_err();
    let joined = problems.join("\n");
    assert!(
        joined.contains("goals[0].goal: 'Lära sig laga mat' is not a goal of the order"),
        "{joined}"
    );
    assert!(
        joined.contains("the order's goal 'Bryta isolering' is missing"),
        "{joined}"
    );
    assert!(
        joined.contains("goals[1].activities[0].travel: missing"),
        "{joined}"
    );
    assert!(joined.contains("colour: unknown field"), "{joined}");
    assert!(
        joined.contains("drawn_up: 2026-12-01 is after today"),
        "{joined}"
    );
    assert_eq!(problems.len(), 5, "{joined}");
}

#[test]
fn p1_a_document_too_large_is_refused_before_it_is_read() {
    let g = goals();
    let big = format!("{{\"note\": \"{}\"}}", "x".repeat(MAX_BYTES));
    let problems = parse(&big, &expected(&g)).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert!(problems[0].contains("more than the 65536"), "{problems:?}");
    let mut doc = filled();
    doc["note"] = "y".repeat(MAX_TEXT + 1).into();
    let problems = parse(&doc.to_string(), &expected(&g)).unwrap_err();
    assert!(
        problems[0].starts_with("note: 2001 characters"),
        "{problems:?}"
    );
}

#[test]
fn p1_an_order_without_goals_lets_the_plan_set_its_own() {
    let plan = parse(
        &{
            let mut doc = filled();
            doc["goals"][0]["goal"] = "Egna mål".into();
            doc.to_string()
        },
        &expected(&[]),
    )
    .expect("sound");
    assert_eq!(plan.goals[0].goal, "Egna mål");
}

#[test]
fn p2_an_expense_the_plan_names() {
    let g = goals();
    let plan = parse(&filled().to_string(), &expected(&g)).unwrap();
    assert!(names_expense(&plan, "bussbiljett"));
    assert!(names_expense(&plan, "Fika"));
    assert!(names_expense(&plan, "Vandring i naturreservatet, entré"));
    assert!(!names_expense(&plan, "Biobiljett"));
    assert!(!names_expense(&plan, " "));
}

#[test]
fn p2_amounts_in_kronor() {
    assert_eq!(parse_kronor("120"), Ok(12000));
    assert_eq!(parse_kronor("45,50"), Ok(4550));
    assert_eq!(parse_kronor("45.5"), Ok(4550));
    assert_eq!(parse_kronor("100000"), Ok(10_000_000));
    for bad in ["0", "-5", "100000,01", "1,234", "abc", "", "1e3", "12,"] {
        if bad == "12," {
            assert_eq!(parse_kronor(bad), Ok(1200));
            continue;
        }
        assert!(parse_kronor(bad).is_err(), "{bad}");
    }
    assert_eq!(kronor_sv(12050), "120,50 kr");
    assert_eq!(kronor_sv(12000), "120 kr");
}
