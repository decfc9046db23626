use chrono::NaiveDate;
use serde_json::{Value, json};

use super::*;

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn facts(age: u32, housing: &str) -> Facts {
    Facts {
        age,
        housing: housing.to_string(),
    }
}

fn default_value() -> Value {
    serde_json::from_str(DEFAULT_JSON).unwrap()
}

fn errors_of(v: &Value) -> Vec<String> {
    Guideline::from_json(&v.to_string()).unwrap_err()
}

fn ids(qs: &[&Question]) -> Vec<String> {
    qs.iter().map(|q| q.id.clone()).collect()
}

#[test]
fn builtin_parses_and_validates_clean() {
    let g = Guideline::builtin();
    assert_eq!(g.validate(), Vec::<String>::new());
    assert_eq!(g.label(), "standard 2026.2");
    assert_eq!(g.id, "standard");
}

#[test]
fn tolerant_parse_agrees_with_plain_serde() {
    let plain: Guideline = serde_json::from_str(DEFAULT_JSON).unwrap();
    assert_eq!(&plain, Guideline::builtin());
}

#[test]
fn criteria_rules_a1_to_a8_c1_c2_k5_k6_are_covered() {
    let g = Guideline::builtin();
    let served: BTreeSet<&str> = g
        .interventions
        .values()
        .flat_map(|i| i.questions.iter().map(|q| q.rule.as_str()))
        .collect();
    for rule in [
        "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "C1", "C2", "K5", "K6", "K3", "K4",
    ] {
        assert!(served.contains(rule), "no question serves {rule}");
    }
}

#[test]
fn every_type_has_questions_and_a_reference_before_and_after_r3_switch() {
    let g = Guideline::builtin();
    assert_eq!(g.interventions.len(), INTERVENTION_TYPES.len());
    for key in INTERVENTION_TYPES {
        let i = g.intervention(key).unwrap();
        assert!(!i.questions.is_empty(), "{key} has no questions");
        for on in ["2020-01-01", "2025-06-30", "2025-07-01", "2030-12-31"] {
            assert!(g.reference(key, date(on)).is_some(), "{key} on {on}");
        }
    }
    for key in OTHER_REFERENCE_KEYS {
        assert!(g.reference(key, date("2026-03-01")).is_some(), "{key}");
    }
    assert!(g.intervention("kontaktfamilj").is_none());
    assert_eq!(g.find_question("ugs-domstolsbeslut").unwrap().rule, "K4");
    assert!(g.find_question("nope").is_none());
    assert!(g.reference("kontaktfamilj", date("2026-03-01")).is_none());
}

#[test]
fn r3_reference_switches_on_2025_07_01() {
    let g = Guideline::builtin();
    for key in [
        "kontaktperson-sol",
        "kvalificerad-sol",
        "ledsagning-sol",
        "appeal-sol",
        "ivo-report-sol",
        "retention-sol",
    ] {
        let old = g.reference(key, date("2025-06-30")).unwrap();
        let new = g.reference(key, date("2025-07-01")).unwrap();
        assert!(old.text.contains("2001:453"), "{key}: {}", old.text);
        assert!(
            new.text.starts_with("socialtjänstlagen (2025:400)"),
            "{key}"
        );
        assert_eq!(old.to, Some(date("2025-06-30")));
        assert_eq!(new.from, date("2025-07-01"));
    }
    // LSS, LVU and FB are not replaced.
    let lss = g
        .reference("kontaktperson-lss", date("2025-07-01"))
        .unwrap();
    assert!(lss.text.starts_with("9 § 4"));
    assert_eq!(
        g.reference("kontaktperson-lss", date("2020-01-01")),
        Some(lss)
    );
}

#[test]
fn r3_export_import_round_trip_and_hash_stable() {
    let g = Guideline::builtin();
    let exported = g.to_json_pretty();
    let back = Guideline::from_json(&exported).unwrap();
    assert_eq!(&back, g);
    assert_eq!(back.content_hash(), g.content_hash());
    assert_eq!(back.to_json_pretty(), exported);

    let hash = g.content_hash();
    assert_eq!(hash.len(), 64);
    assert!(hash.bytes().all(|b| b.is_ascii_hexdigit()));
    // The hash is of the content, not the layout of the file.
    let reparsed = Guideline::from_json(DEFAULT_JSON).unwrap();
    assert_eq!(reparsed.content_hash(), hash);

    let mut changed = g.clone();
    changed
        .interventions
        .get_mut("umgangesstod")
        .unwrap()
        .questions[0]
        .text += " ";
    assert_ne!(changed.content_hash(), hash);
}

#[test]
fn validation_lists_every_problem_at_once() {
    let mut v = default_value();
    v["interventions"]["umgangesstod"]["questions"][0]["colour"] = json!("blå");
    v["interventions"]["kontaktperson-lss"]["questions"][1]["id"] = json!("kp-sol-isolering");
    v["interventions"]["umgangesstod"]["questions"][2]["rule"] = json!("X9");
    v["interventions"]
        .as_object_mut()
        .unwrap()
        .remove("ledsagarservice-lss");
    for r in v["references"].as_array_mut().unwrap() {
        if r["key"] == "kontaktperson-sol" && r["from"] == "2025-07-01" {
            r["from"] = json!("2025-08-01");
        }
    }
    let errors = errors_of(&v);
    let has = |needle: &str| errors.iter().any(|e| e.contains(needle));
    assert!(
        has("interventions.umgangesstod.questions[0].colour: unknown field 'colour'"),
        "{errors:#?}"
    );
    assert!(
        has(".id: duplicate question id 'kp-sol-isolering'"),
        "{errors:#?}"
    );
    assert!(
        has("interventions.umgangesstod.questions[2].rule: unknown rule ID 'X9'"),
        "{errors:#?}"
    );
    assert!(
        has("interventions: missing intervention type 'ledsagarservice-lss'"),
        "{errors:#?}"
    );
    assert!(
        has("'kontaktperson-sol' has a gap after references[0]"),
        "{errors:#?}"
    );
    assert_eq!(errors.len(), 5, "{errors:#?}");
}

#[test]
fn type_errors_and_missing_fields_name_their_paths() {
    let mut v = default_value();
    v["settings"]["cancellation"]["flag_count"] = json!("tre");
    v["interventions"]["umgangesstod"]["hours_model"] = json!("weekly");
    v["interventions"]["umgangesstod"]["questions"][1]
        .as_object_mut()
        .unwrap()
        .remove("rule");
    v["interventions"]["umgangesstod"]["questions"][1]
        .as_object_mut()
        .unwrap()
        .remove("text");
    v["references"][0]["from"] = json!("2025-13-01");
    v["settings"]["retention"]["unknown"] = json!(1);
    // serde alone would read a struct from an array of its fields; a document may not.
    v["interventions"]["kontaktperson-sol"]["questions"][10]["when"] = json!([65, null, null]);
    let errors = errors_of(&v);
    let starts = |p: &str| errors.iter().any(|e| e.starts_with(p));
    assert!(
        starts("settings.cancellation.flag_count: invalid type"),
        "{errors:#?}"
    );
    assert!(
        starts("interventions.umgangesstod.hours_model: unknown variant"),
        "{errors:#?}"
    );
    assert!(
        starts("interventions.umgangesstod.questions[1].rule: missing field"),
        "{errors:#?}"
    );
    assert!(
        starts("interventions.umgangesstod.questions[1].text: missing field"),
        "{errors:#?}"
    );
    assert!(
        starts("references[0].from: invalid date '2025-13-01'"),
        "{errors:#?}"
    );
    assert!(
        starts("settings.retention.unknown: unknown field"),
        "{errors:#?}"
    );
    assert!(
        errors.contains(
            &"interventions.kontaktperson-sol.questions[10].when: invalid type: array, expected an object"
                .to_string()
        ),
        "{errors:#?}"
    );
    assert_eq!(errors.len(), 7, "{errors:#?}");
}

#[test]
fn from_json_rejects_garbage_without_panicking() {
    let deep = "[".repeat(10_000);
    let inputs = [
        "",
        "null",
        "42",
        "[]",
        "{",
        "{}",
        "\"standard\"",
        "{\"id\": 1e999}",
        "{\"settings\": {\"consent_age\": 99999999999999999999999}}",
        "{\"settings\": {\"consent_age\": -1}}",
        "{\"settings\": {\"consent_age\": 1.5}}",
        "{\"interventions\": []}",
        "{\"interventions\": {\"umgangesstod\": 5}}",
        "{\"interventions\": {\"umgangesstod\": {\"questions\": [1, null, {}]}}}",
        "{\"references\": [{\"from\": \"+99999-01-01\"}]}",
        "{\"references\": [{\"key\": \"x\", \"text\": \"y\", \"from\": \"9999-12-31\", \"to\": \"9999-12-31\"}]}",
        deep.as_str(),
    ];
    for input in inputs {
        let errors = Guideline::from_json(input).unwrap_err();
        assert!(!errors.is_empty(), "{input}");
    }
    let errors = Guideline::from_json("{}").unwrap_err();
    assert!(
        errors.contains(&"settings: missing field".to_string()),
        "{errors:#?}"
    );
    assert!(
        errors.contains(&"id: missing field".to_string()),
        "{errors:#?}"
    );
}

#[test]
fn validation_catches_unsound_values() {
    let mut g = Guideline::builtin().clone();
    g.source.clear();
    g.settings.consent_age = 11; // below child_consent_age 12
    g.settings.retention.lss_delete = true;
    g.settings.prisbasbelopp.insert("20x6".into(), 0);
    g.settings.notes.insert("colour".into(), "blå".into());
    let kp = g.interventions.get_mut("kontaktperson-sol").unwrap();
    kp.max_months = 0;
    kp.law = "BrB".into();
    kp.questions[0].text = "Har den enskilde behov".into();
    kp.questions[1].kind = QuestionKind::Exclusion; // grant_if true
    kp.questions[2].when = Some(When {
        housing: Some("castle".into()),
        ..When::default()
    });
    let lvu = g.interventions.get_mut("kvalificerad-lvu").unwrap();
    lvu.questions[0].when = Some(When {
        min_age: Some(65),
        ..When::default()
    });
    g.references.push(LegalRef {
        key: "umgangesstod".into(),
        text: "6 kap. 15 c § FB".into(),
        from: date("2024-01-01"),
        to: None,
        note: None,
        unconfirmed: false,
    });
    let errors = g.validate();
    for needle in [
        "source: must name at least one document",
        "settings.consent_age: must be greater than child_consent_age",
        "settings.retention.lss_years_after_last_entry: must be at least 1",
        "settings.prisbasbelopp.20x6: '20x6' is not a year",
        "settings.prisbasbelopp.20x6: must be greater than 0",
        "settings.notes.colour: 'colour' is not a setting",
        "interventions.kontaktperson-sol.max_months: 0 is outside",
        "interventions.kontaktperson-sol.law: 'BrB'",
        "interventions.kontaktperson-sol.questions[0].text: must be a yes/no question",
        "interventions.kontaktperson-sol.questions[1].grant_if: an exclusion",
        "interventions.kontaktperson-sol.questions[2].when.housing: 'castle'",
        "interventions.kvalificerad-lvu.questions[0].when: matches no age",
        "'umgangesstod' overlaps references",
    ] {
        assert!(
            errors.iter().any(|e| e.contains(needle)),
            "{needle}: {errors:#?}"
        );
    }
}

#[test]
fn r3_reference_without_end_or_with_late_start_is_reported() {
    let mut g = Guideline::builtin().clone();
    g.references
        .retain(|r| r.key != "retention-sol" || r.to.is_some());
    for r in &mut g.references {
        if r.key == "umgangesstod" {
            r.from = date("2021-01-01");
        }
    }
    let errors = g.validate();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("'retention-sol' has no reference in force after 2025-06-30")),
        "{errors:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("'umgangesstod' has no reference in force from 2020-01-01")),
        "{errors:#?}"
    );
}

#[test]
fn a2_questions_only_for_65_and_older() {
    let g = Guideline::builtin();
    let young = ids(&g.questions_for("kontaktperson-sol", &facts(40, "ordinary")));
    let old = ids(&g.questions_for("kontaktperson-sol", &facts(65, "ordinary")));
    assert!(!young.iter().any(|id| id.starts_with("kp-sol-65-")));
    assert!(old.contains(&"kp-sol-65-traffpunkt".to_string()));
    assert!(old.contains(&"kp-sol-65-planering".to_string()));
    // Special housing for 65+ (A2) only when living there.
    assert!(!old.contains(&"kp-sol-65-sarskilt-boende".to_string()));
    let old_special = ids(&g.questions_for("kontaktperson-sol", &facts(80, "special")));
    assert!(old_special.contains(&"kp-sol-65-sarskilt-boende".to_string()));
    let young_special = ids(&g.questions_for("kontaktperson-sol", &facts(40, "special")));
    assert!(!young_special.contains(&"kp-sol-65-sarskilt-boende".to_string()));
}

#[test]
fn c1_c2_questions_only_for_children_under_18() {
    let g = Guideline::builtin();
    for key in INTERVENTION_TYPES {
        let child: Vec<String> = g
            .questions_for(key, &facts(17, "ordinary"))
            .iter()
            .map(|q| q.rule.clone())
            .collect();
        let adult: Vec<String> = g
            .questions_for(key, &facts(18, "ordinary"))
            .iter()
            .map(|q| q.rule.clone())
            .collect();
        assert!(
            child.contains(&"C1".into()) && child.contains(&"C2".into()),
            "{key}"
        );
        assert!(
            !adult.contains(&"C1".into()) && !adult.contains(&"C2".into()),
            "{key}"
        );
    }
}

#[test]
fn a4_a7_special_housing_questions_only_in_special_housing() {
    let g = Guideline::builtin();
    for (key, rule) in [
        ("kontaktperson-lss", "A4"),
        ("ledsagning-sol", "A7"),
        ("ledsagarservice-lss", "A7"),
    ] {
        let special = g.questions_for(key, &facts(30, "special"));
        let ordinary = g.questions_for(key, &facts(30, "ordinary"));
        let housing_qs = |qs: &[&Question]| {
            qs.iter()
                .filter(|q| q.when.as_ref().is_some_and(|w| w.housing.is_some()))
                .count()
        };
        assert!(housing_qs(&special) >= 1, "{key}");
        assert_eq!(housing_qs(&ordinary), 0, "{key}");
        assert!(special.len() > ordinary.len());
        assert!(
            special
                .iter()
                .filter(|q| q.when.as_ref().is_some_and(|w| w.housing.is_some()))
                .all(|q| q.rule == rule),
            "{key}"
        );
    }
    assert!(g.questions_for("nope", &facts(30, "special")).is_empty());
}

#[test]
fn k3_lvu_under_15_question_only_for_children_under_15() {
    let g = Guideline::builtin();
    let under = ids(&g.questions_for("kvalificerad-lvu", &facts(14, "ordinary")));
    let over = ids(&g.questions_for("kvalificerad-lvu", &facts(16, "ordinary")));
    assert!(under.contains(&"kq-lvu-under-15-brott".to_string()));
    assert!(!over.contains(&"kq-lvu-under-15-brott".to_string()));
}

#[test]
fn k1_k3_k4_k6_m5_e1_intervention_fields() {
    let g = Guideline::builtin();
    let i = |k: &str| g.intervention(k).unwrap();
    assert_eq!(i("kvalificerad-sol").max_age_exclusive, Some(21)); // K6
    assert_eq!(i("kvalificerad-lvu").max_age_exclusive, Some(20)); // K3
    assert_eq!(i("kvalificerad-lvu").min_age, Some(15)); // K3
    assert_eq!(i("kvalificerad-lvu").consent, ConsentModel::None); // K3
    assert_eq!(i("kvalificerad-lvu").max_months, 12); // G1; E9 reviews within it
    assert_eq!(g.settings.lvu_review_months, 6); // E9
    assert_eq!(i("umgangesstod").consent, ConsentModel::Court); // K4
    assert_eq!(i("kontaktperson-sol").consent, ConsentModel::Individual); // K1
    assert!(i("kontaktperson-sol").counts_meetings); // A2
    for key in INTERVENTION_TYPES {
        let trained = ["kvalificerad-sol", "kvalificerad-lvu", "umgangesstod"].contains(&key);
        assert_eq!(i(key).assignee_needs_training, trained, "M5 {key}");
        let flex = ["ledsagning-sol", "ledsagarservice-lss"].contains(&key);
        let model = if flex {
            HoursModel::Flex
        } else {
            HoursModel::Strict
        };
        assert_eq!(i(key).hours_model, model, "E1 {key}");
        let role = if flex { "ledsagare" } else { "kontaktperson" };
        assert_eq!(i(key).assignee_role, role);
    }
}

#[test]
fn settings_carry_the_rule_numbers() {
    let s = &Guideline::builtin().settings;
    assert_eq!(
        (s.consent_age, s.child_consent_age, s.adult_age),
        (15, 12, 18)
    ); // K1
    assert_eq!(s.elderly_max_meetings_per_month, 2); // A2
    assert_eq!(s.economy_max_months, 4); // A3
    assert_eq!(s.execute_within_months, 3); // D3
    assert_eq!(s.lvu_review_months, 6); // E9
    assert_eq!(s.agreement_review_months, 12); // E8
    assert_eq!(s.flex_period_months, 3); // E1
    assert_eq!(s.cancellation.provider_min_notice_days, 7); // E2
    assert_eq!(s.cancellation.individual_lost_if_notice_days_at_most, 7); // E4
    assert_eq!(
        (s.cancellation.flag_count, s.cancellation.flag_window_months),
        (3, 3)
    ); // E5
    assert_eq!(s.retention.research_birth_days, vec![5, 15, 25]); // R2
    assert!(!s.retention.lss_delete);
    assert_eq!(s.prisbasbelopp.get("2026"), Some(&59200));
    assert!(!s.compensation.levels.is_empty());
}

#[test]
fn when_conditions_combine_as_and() {
    let w = When {
        min_age: Some(65),
        max_age_exclusive: None,
        housing: Some("special".into()),
    };
    assert!(w.applies(&facts(65, "special")));
    assert!(!w.applies(&facts(64, "special")));
    assert!(!w.applies(&facts(70, "ordinary")));
    let child = When {
        max_age_exclusive: Some(18),
        ..When::default()
    };
    assert!(child.applies(&facts(0, "ordinary")));
    assert!(!child.applies(&facts(18, "ordinary")));
}

use std::collections::BTreeSet;
