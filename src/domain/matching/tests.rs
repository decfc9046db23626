//! Unit tests of matching, named by the rule they guard (M1–M6, M8, D2, D4).

use super::*;
use crate::guideline::Guideline;

// Official test numbers (data/testpersonnummer.txt).
const IND_PNR: &str = "199001012385";
const OTHER_PNR: &str = "200001011493";
const KP: &str = "kontaktperson-sol";

fn d(s: &str) -> NaiveDate {
    crate::domain::dates::parse(s).expect("test date")
}

fn today() -> NaiveDate {
    d("2026-11-23")
}

fn settings() -> &'static Settings {
    &Guideline::builtin().settings
}

fn intervention(key: &str) -> &'static Intervention {
    Guideline::builtin()
        .intervention(key)
        .expect("intervention in the builtin guideline")
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

fn some(s: &str) -> Option<String> {
    Some(s.to_owned())
}

/// An approved, waiting, untrained contact person who passes every rule for an adult and,
/// with a fresh extract, for a child; `f` changes what a test needs.
fn assignee(id: i64, f: impl FnOnce(&mut Assignee)) -> Assignee {
    let mut a = Assignee {
        id,
        birth_date: d("1980-05-05"),
        sex: Sex::Female,
        role: Role::Kontaktperson,
        stage: Stage::Waiting,
        record_checked: Some(d("2026-06-01")),
        trained: false,
        interests: Vec::new(),
        languages: Vec::new(),
        area: None,
        workplace: None,
        residence: None,
        relative_of: Vec::new(),
        capacity: 1,
        active_assignments: 0,
        waiting_since: None,
        available_from: None,
    };
    f(&mut a);
    a
}

fn plain(id: i64) -> Assignee {
    assignee(id, |_| {})
}

fn adult(f: impl FnOnce(&mut Individual)) -> Individual {
    let mut ind = Individual {
        pnr: IND_PNR.to_owned(),
        age: 36,
        ..Individual::default()
    };
    f(&mut ind);
    ind
}

fn child() -> Individual {
    adult(|i| i.age = 12)
}

fn excl_on(a: &Assignee, ind: &Individual, key: &str, s: &Settings, on: &str) -> Vec<Exclusion> {
    exclusions(a, ind, intervention(key), s, d(on))
}

fn excl(a: &Assignee, ind: &Individual, key: &str) -> Vec<Exclusion> {
    exclusions(a, ind, intervention(key), settings(), today())
}

fn rules(a: &Assignee, ind: &Individual, key: &str) -> Vec<&'static str> {
    excl(a, ind, key).into_iter().map(|e| e.rule.id()).collect()
}

/// The one exclusion there is, as (rule, reason).
fn only(found: Vec<Exclusion>) -> (&'static str, String) {
    assert_eq!(found.len(), 1, "{found:?}");
    let e = &found[0];
    (e.rule.id(), e.reason.clone())
}

fn ids(ranked: &Ranked) -> Vec<i64> {
    ranked.iter().map(|(id, _)| *id).collect()
}

fn rank_kp(assignees: &[Assignee], ind: &Individual) -> (Ranked, Excluded) {
    rank(assignees, ind, intervention(KP), settings(), today())
}

#[test]
fn baseline_assignee_passes_every_rule() {
    assert!(rules(&plain(1), &adult(|_| {}), KP).is_empty());
    assert!(rules(&plain(1), &child(), "kontaktperson-lss").is_empty());
}

#[test]
fn m1_eighteenth_birthday_today_is_allowed() {
    let a = assignee(1, |a| a.birth_date = d("2008-11-23"));
    assert!(rules(&a, &adult(|_| {}), KP).is_empty());
}

#[test]
fn m1_day_before_eighteenth_birthday_is_excluded() {
    let a = assignee(1, |a| a.birth_date = d("2008-11-24"));
    let found = only(excl(&a, &adult(|_| {}), KP));
    assert_eq!(found, ("M1", "is 17, under 18 (M1)".to_owned()));
}

#[test]
fn m1_born_on_leap_day_turns_18_on_march_first() {
    let a = assignee(1, |a| a.birth_date = d("2008-02-29"));
    let on = |day| excl_on(&a, &adult(|_| {}), KP, settings(), day);
    assert_eq!(only(on("2026-02-28")).0, "M1");
    assert!(on("2026-03-01").is_empty());
}

#[test]
fn m1_age_limit_is_the_guideline_setting() {
    let a = assignee(1, |a| a.birth_date = d("2005-01-01"));
    let strict = Settings {
        adult_age: 25,
        ..settings().clone()
    };
    let found = excl_on(&a, &adult(|i| i.age = 30), KP, &strict, "2026-11-23");
    assert_eq!(only(found).1, "is 21, under 25 (M1)");
}

#[test]
fn m2_extract_exactly_the_valid_months_old_is_accepted() {
    assert_eq!(settings().record_extract_valid_months, 12);
    let a = assignee(1, |a| a.record_checked = Some(d("2025-11-23")));
    assert!(rules(&a, &child(), KP).is_empty());
}

#[test]
fn m2_extract_one_day_older_is_excluded_for_a_child() {
    let a = assignee(1, |a| a.record_checked = Some(d("2025-11-22")));
    let reason = "criminal-records extract of 2025-11-22 is older than 12 months, \
                  needed for an individual under 18 (M2)";
    assert_eq!(only(excl(&a, &child(), KP)), ("M2", reason.to_owned()));
}

#[test]
fn m2_validity_clamps_at_month_end() {
    let six = Settings {
        record_extract_valid_months: 6,
        ..settings().clone()
    };
    let a = assignee(1, |a| a.record_checked = Some(d("2026-05-31")));
    assert!(excl_on(&a, &child(), KP, &six, "2026-11-30").is_empty());
    assert_eq!(only(excl_on(&a, &child(), KP, &six, "2026-12-01")).0, "M2");
    assert!(record_extract_valid(d("2026-05-31"), 6, d("2026-11-30")));
    assert!(!record_extract_valid(d("2026-05-31"), 6, d("2026-12-01")));
    assert!(record_extract_valid(d("2026-11-23"), 0, d("2026-11-23")));
}

#[test]
fn m2_missing_extract_excluded_for_a_child_not_for_an_adult() {
    let a = assignee(1, |a| a.record_checked = None);
    let reason = "has no criminal-records extract, needed for an individual under 18 (M2)";
    assert_eq!(only(excl(&a, &child(), KP)), ("M2", reason.to_owned()));
    assert_eq!(rules(&a, &child(), "kontaktperson-lss"), ["M2"]);
    assert!(rules(&a, &adult(|_| {}), KP).is_empty());
}

#[test]
fn m2_individual_age_boundary_17_needs_extract_18_does_not() {
    let a = assignee(1, |a| a.record_checked = None);
    assert_eq!(rules(&a, &adult(|i| i.age = 17), KP), ["M2"]);
    assert!(rules(&a, &adult(|i| i.age = 18), KP).is_empty());
}

#[test]
fn m2_old_extract_is_fine_for_an_adult_contact_person() {
    let a = assignee(1, |a| a.record_checked = Some(d("2019-01-01")));
    assert!(rules(&a, &adult(|_| {}), "kontaktperson-lss").is_empty());
}

#[test]
fn m2_always_needed_for_a_companion() {
    let companion = |checked: Option<&str>| {
        assignee(1, |a| {
            a.role = Role::Ledsagare;
            a.record_checked = checked.map(d);
        })
    };
    let ind = adult(|_| {});
    for key in ["ledsagning-sol", "ledsagarservice-lss"] {
        let reason = "has no criminal-records extract, needed for a companion (M2)";
        assert_eq!(
            only(excl(&companion(None), &ind, key)),
            ("M2", reason.to_owned())
        );
        assert_eq!(rules(&companion(Some("2025-11-22")), &ind, key), ["M2"]);
        assert!(rules(&companion(Some("2025-11-23")), &ind, key).is_empty());
    }
}

#[test]
fn m2_extract_dated_after_today_is_not_accepted() {
    let a = assignee(1, |a| a.record_checked = Some(d("2026-11-24")));
    let reason = "criminal-records extract is dated after today, 2026-11-24 (M2)";
    assert_eq!(only(excl(&a, &child(), KP)), ("M2", reason.to_owned()));
    assert!(!record_extract_valid(d("2026-11-24"), 12, today()));
}

#[test]
fn m3_relative_or_network_is_excluded() {
    let a = assignee(1, |a| a.relative_of = strings(&[OTHER_PNR, IND_PNR]));
    let (rule, reason) = only(excl(&a, &adult(|_| {}), KP));
    assert_eq!(rule, "M3");
    assert!(!reason.contains(IND_PNR), "no numbers in reasons");
}

#[test]
fn m3_written_forms_of_the_number_still_match() {
    let a = assignee(1, |a| a.relative_of = strings(&[" 19900101-2385 "]));
    assert_eq!(rules(&a, &adult(|_| {}), "kontaktperson-lss"), ["M3"]);
}

#[test]
fn m3_related_to_someone_else_is_allowed() {
    let a = assignee(1, |a| a.relative_of = strings(&[OTHER_PNR, "", "-"]));
    assert!(rules(&a, &adult(|_| {}), KP).is_empty());
    // An individual without a number matches no one.
    assert!(rules(&a, &adult(|i| i.pnr.clear()), KP).is_empty());
}

#[test]
fn m4_works_where_the_individual_lives() {
    let a = assignee(1, |a| a.workplace = some("solgläntan"));
    let ind = adult(|i| i.residence = some(" Solgläntan "));
    let reason = "works at Solgläntan, where the individual lives (M4)";
    assert_eq!(
        only(excl(&a, &ind, "kontaktperson-lss")),
        ("M4", reason.to_owned())
    );
}

#[test]
fn m4_works_where_the_individual_works() {
    let a = assignee(1, |a| a.workplace = some("Daglig verksamhet Ljuset"));
    let ind = adult(|i| i.workplace = some("DAGLIG VERKSAMHET LJUSET"));
    let reason = "works at DAGLIG VERKSAMHET LJUSET, where the individual works (M4)";
    assert_eq!(only(excl(&a, &ind, KP)), ("M4", reason.to_owned()));
}

#[test]
fn m4_lives_where_the_individual_works_or_lives() {
    let a = assignee(1, |a| a.residence = some("Gruppbostaden Eken"));
    let works = adult(|i| i.workplace = some("gruppbostaden eken"));
    let reason = "lives at gruppbostaden eken, where the individual works (M4)";
    assert_eq!(only(excl(&a, &works, KP)), ("M4", reason.to_owned()));
    let lives = adult(|i| i.residence = some("Gruppbostaden Eken"));
    assert_eq!(rules(&a, &lives, KP), ["M4"]);
}

#[test]
fn m4_every_clash_in_one_exclusion() {
    let a = assignee(1, |a| {
        a.workplace = some("Eken");
        a.residence = some("Eken");
    });
    let ind = adult(|i| {
        i.workplace = some("Eken");
        i.residence = some("Eken");
    });
    let reason = "works at Eken, where the individual works; works at Eken, where the \
                  individual lives; lives at Eken, where the individual works; lives at \
                  Eken, where the individual lives (M4)";
    assert_eq!(only(excl(&a, &ind, KP)), ("M4", reason.to_owned()));
}

#[test]
fn m4_other_or_blank_places_are_allowed() {
    let a = assignee(1, |a| {
        a.workplace = some("Ljuset");
        a.residence = some("  ");
    });
    let ind = adult(|i| {
        i.workplace = some("Ljusets skola");
        i.residence = some("");
    });
    assert!(rules(&a, &ind, KP).is_empty());
    assert!(rules(&a, &adult(|_| {}), KP).is_empty());
}

/// An untrained assignee of the intervention's role is excluded (M5) exactly when the
/// intervention needs training; a trained one never is.
fn m5_check(key: &str, needs_training: bool) {
    assert_eq!(
        intervention(key).assignee_needs_training,
        needs_training,
        "{key}"
    );
    let role = Role::parse(&intervention(key).assignee_role).expect("role");
    let untrained = assignee(1, |a| a.role = role);
    let expected: &[&str] = if needs_training { &["M5"] } else { &[] };
    assert_eq!(rules(&untrained, &adult(|_| {}), key), expected, "{key}");
    let trained = assignee(1, |a| {
        a.role = role;
        a.trained = true;
    });
    assert!(rules(&trained, &adult(|_| {}), key).is_empty(), "{key}");
}

#[test]
fn m5_kvalificerad_sol_needs_training() {
    m5_check("kvalificerad-sol", true);
    let reason = "has no training or experience of social work, which this intervention needs (M5)";
    let found = excl(&plain(1), &adult(|_| {}), "kvalificerad-sol");
    assert_eq!(only(found), ("M5", reason.to_owned()));
}

#[test]
fn m5_kvalificerad_lvu_needs_training() {
    m5_check("kvalificerad-lvu", true);
}

#[test]
fn m5_umgangesstod_needs_training() {
    m5_check("umgangesstod", true);
}

#[test]
fn m5_other_types_need_no_training() {
    for key in [
        KP,
        "kontaktperson-lss",
        "ledsagning-sol",
        "ledsagarservice-lss",
    ] {
        m5_check(key, false);
    }
}

#[test]
fn m6_only_approved_waiting_or_assigned_may_be_offered() {
    for stage in Stage::ALL {
        let a = assignee(1, |a| a.stage = stage);
        let offerable = matches!(stage, Stage::Approved | Stage::Waiting | Stage::Assigned);
        let expected: &[&str] = if offerable { &[] } else { &["M6"] };
        assert_eq!(rules(&a, &adult(|_| {}), KP), expected, "{stage:?}");
    }
}

#[test]
fn m6_reasons_name_the_stage() {
    let reason = |stage| only(excl(&assignee(1, |a| a.stage = stage), &adult(|_| {}), KP)).1;
    let interview = "is still being recruited (interview), not approved (M6)";
    assert_eq!(reason(Stage::Interview), interview);
    assert_eq!(reason(Stage::NotApproved), "was not approved (M6)");
    assert_eq!(reason(Stage::Offered), "has an offer open (M6)");
    assert_eq!(reason(Stage::Paused), "is paused (M6)");
    assert_eq!(reason(Stage::Ended), "has ended as an assignee (M6)");
}

#[test]
fn m6_at_capacity_is_excluded_below_is_allowed() {
    let holding = |active| {
        assignee(1, |a| {
            a.stage = Stage::Assigned;
            a.capacity = 2;
            a.active_assignments = active;
        })
    };
    let reason = "is at capacity, 2 of 2 assignments (M6)";
    assert_eq!(
        only(excl(&holding(2), &adult(|_| {}), KP)),
        ("M6", reason.to_owned())
    );
    assert!(rules(&holding(1), &adult(|_| {}), KP).is_empty());
    let none = assignee(1, |a| a.capacity = 0);
    assert_eq!(rules(&none, &adult(|_| {}), KP), ["M6"]);
}

#[test]
fn m6_not_yet_available_is_excluded_available_is_allowed() {
    let from = |day: &str| assignee(1, |a| a.available_from = Some(d(day)));
    assert_eq!(
        only(excl(&from("2026-12-01"), &adult(|_| {}), KP)),
        ("M6", "is not available until 2026-12-01 (M6)".to_owned())
    );
    assert!(rules(&from("2026-11-23"), &adult(|_| {}), KP).is_empty());
    assert!(rules(&from("2025-01-01"), &adult(|_| {}), KP).is_empty());
}

#[test]
fn d2_role_must_fit_the_ordered_intervention() {
    let companion = assignee(1, |a| a.role = Role::Ledsagare);
    let reason = "is a ledsagare, the order needs a kontaktperson (D2)";
    assert_eq!(
        only(excl(&companion, &adult(|_| {}), KP)),
        ("D2", reason.to_owned())
    );
    assert_eq!(rules(&plain(1), &adult(|_| {}), "ledsagning-sol"), ["D2"]);
    let odd = Intervention {
        assignee_role: "chaperone".to_owned(),
        ..intervention(KP).clone()
    };
    let found = exclusions(&plain(1), &adult(|_| {}), &odd, settings(), today());
    assert_eq!(only(found).0, "D2");
}

#[test]
fn exclusions_list_every_rule_that_applies_in_rule_order() {
    let a = assignee(7, |a| {
        a.birth_date = d("2009-01-01");
        a.record_checked = None;
        a.relative_of = strings(&[IND_PNR]);
        a.workplace = some("Eken");
        a.stage = Stage::Interest;
        a.role = Role::Ledsagare;
    });
    let ind = adult(|i| {
        i.age = 12;
        i.residence = some("eken");
    });
    let all = ["M1", "M2", "M3", "M4", "M5", "M6", "D2"];
    assert_eq!(rules(&a, &ind, "kvalificerad-lvu"), all);
    let (ranked, excluded) = rank(
        &[a],
        &ind,
        intervention("kvalificerad-lvu"),
        settings(),
        today(),
    );
    assert!(ranked.is_empty());
    let listed: Vec<&str> = excluded[0].1.iter().map(|e| e.rule.id()).collect();
    assert_eq!(
        (excluded.len(), excluded[0].0, listed),
        (1, 7, all.to_vec())
    );
}

#[test]
fn role_names_round_trip() {
    for role in [Role::Kontaktperson, Role::Ledsagare] {
        assert_eq!(Role::parse(role.as_str()), Some(role));
        let json = serde_json::to_string(&role).expect("serializes");
        assert_eq!(json, format!("\"{}\"", role.as_str()));
    }
    assert_eq!(Role::parse("Ledsagare"), None);
    for name in crate::guideline::ASSIGNEE_ROLES {
        assert!(Role::parse(name).is_some(), "{name}");
    }
}

/// Wishes a man who speaks Arabic and fishes; has interests of their own, in Brunflo.
fn wishing() -> Individual {
    adult(|i| {
        i.wishes = Wishes {
            sex: Some(Sex::Male),
            languages: strings(&["Arabic"]),
            interests: strings(&["fishing"]),
        };
        i.interests = strings(&["chess", "football", "music", "films", "fishing"]);
        i.area = some("Brunflo");
    })
}

#[test]
fn d4_wished_sex_and_language_outrank_more_shared_plain_interests() {
    let wished = assignee(2, |a| {
        a.sex = Sex::Male;
        a.languages = strings(&[" ARABIC ", "swedish"]);
    });
    let other = assignee(1, |a| {
        a.interests = strings(&["Chess", "football", "music", "films"]);
        a.area = some("brunflo");
        a.waiting_since = Some(d("2024-01-01"));
    });
    let (ranked, excluded) = rank_kp(&[other, wished], &wishing());
    assert!(excluded.is_empty());
    assert_eq!(ids(&ranked), [2, 1]);
    assert_eq!((ranked[0].1.score, ranked[1].1.score), (10.0, 4.0));
}

#[test]
fn d4_each_point_is_explained_in_words() {
    let a = assignee(1, |a| {
        a.sex = Sex::Male;
        a.languages = strings(&["arabic"]);
        a.interests = strings(&["Fishing", "chess", "football", "music"]);
        a.area = some(" BRUNFLO");
        a.waiting_since = Some(d("2026-05-27"));
    });
    let scored = score(&a, &wishing(), today());
    assert_eq!(
        scored.reasons,
        [
            "is male as wished (D4) +5",
            "speaks arabic as wished (D4) +5",
            "shares the wished interest fishing (D4) +5",
            "shares the interest chess +1",
            "shares the interest football +1",
            "shares the interest music, beyond the 2 counted +0",
            "lives in the same area, brunflo +1",
            "waiting since 2026-05-27, 180 days (fairness) +0.49",
        ]
    );
    assert_eq!(scored.score, 18.49);
}

#[test]
fn d4_unmet_wishes_are_listed_with_no_points() {
    let scored = score(&plain(1), &wishing(), today());
    let unmet = [
        "is not male as wished (D4) +0",
        "does not speak arabic as wished (D4) +0",
        "does not share the wished interest fishing (D4) +0",
    ];
    assert_eq!(
        (scored.reasons, scored.score),
        (unmet.map(String::from).to_vec(), 0.0)
    );
    // No wishes, nothing in common: nothing to say.
    assert!(score(&plain(1), &adult(|_| {}), today()).reasons.is_empty());
}

#[test]
fn d4_repeated_or_blank_wishes_count_once() {
    let ind = adult(|i| {
        i.wishes.languages = strings(&["Somali", " somali", ""]);
        i.wishes.interests = strings(&["  ", "Chess", "chess "]);
        // Wished as well: counted once, as a wish.
        i.interests = strings(&["CHESS"]);
    });
    let a = assignee(1, |a| {
        a.languages = strings(&["SOMALI", "somali"]);
        a.interests = strings(&["chess", " Chess"]);
    });
    let scored = score(&a, &ind, today());
    let met = [
        "speaks somali as wished (D4) +5",
        "shares the wished interest chess (D4) +5",
    ];
    assert_eq!(
        (scored.reasons, scored.score),
        (met.map(String::from).to_vec(), 10.0)
    );
}

#[test]
fn d4_one_met_wish_outweighs_every_other_ground() {
    let rest = SHARED_INTERESTS_COUNTED as f64 * SHARED_INTEREST_POINTS
        + SAME_AREA_POINTS
        + FAIRNESS_MAX_POINTS;
    assert!(WISH_POINTS > rest);
}

#[test]
fn d4_fairness_breaks_ties_longer_waiting_first() {
    let male = |id, since: Option<&str>| {
        assignee(id, |a| {
            a.sex = Sex::Male;
            a.waiting_since = since.map(d);
        })
    };
    let all = [
        male(1, Some("2026-10-01")),
        male(3, None),
        male(2, Some("2026-02-01")),
    ];
    let (ranked, _) = rank_kp(&all, &wishing());
    assert_eq!(ids(&ranked), [2, 1, 3]);
    assert!(ranked[0].1.score > ranked[1].1.score);
}

#[test]
fn d4_fairness_is_capped_then_waiting_then_id_decide() {
    let since = |id, day: &str| assignee(id, |a| a.waiting_since = Some(d(day)));
    let long = since(5, "2023-01-01");
    let s = score(&long, &adult(|_| {}), today());
    let reason = "waiting since 2023-01-01, 1422 days, counted up to 365 (fairness) +1";
    assert_eq!(
        (s.score, s.reasons),
        (FAIRNESS_MAX_POINTS, vec![reason.to_owned()])
    );
    let all = [plain(4), long, plain(3), since(9, "2020-01-01")];
    let (ranked, _) = rank_kp(&all, &adult(|_| {}));
    assert_eq!(ids(&ranked), [9, 5, 3, 4]);
}

#[test]
fn d4_waiting_since_today_or_later_adds_nothing() {
    let since_today = assignee(1, |a| a.waiting_since = Some(today()));
    let reasons = score(&since_today, &adult(|_| {}), today()).reasons;
    assert_eq!(reasons, ["waiting since 2026-11-23, 0 days (fairness) +0"]);
    let future = assignee(1, |a| a.waiting_since = Some(d("2027-01-01")));
    assert!(score(&future, &adult(|_| {}), today()).reasons.is_empty());
}

#[test]
fn d4_score_is_deterministic_and_adds_up() {
    let a = assignee(1, |a| {
        a.sex = Sex::Male;
        a.languages = strings(&["arabic"]);
        a.interests = strings(&["chess"]);
        a.waiting_since = Some(d("2026-01-17"));
    });
    let first = score(&a, &wishing(), today());
    assert_eq!(first, score(&a, &wishing(), today()));
    let sum: f64 = first
        .reasons
        .iter()
        .filter_map(|r| r.rsplit_once(" +"))
        .map(|(_, p)| p.parse::<f64>().expect("points"))
        .sum();
    assert!((sum - first.score).abs() < 1e-9, "{sum} vs {}", first.score);
}

#[test]
fn rank_splits_candidates_from_excluded() {
    let relative = assignee(2, |a| a.relative_of = strings(&[IND_PNR]));
    let recruiting = assignee(1, |a| a.stage = Stage::Consent);
    let (ranked, excluded) = rank_kp(&[plain(3), relative, recruiting], &adult(|_| {}));
    assert_eq!(ids(&ranked), [3]);
    let first: Vec<(i64, &str)> = excluded
        .iter()
        .map(|(id, e)| (*id, e[0].rule.id()))
        .collect();
    assert_eq!(first, [(1, "M6"), (2, "M3")]);
    let (none, none_excluded) = rank_kp(&[], &adult(|_| {}));
    assert!(none.is_empty() && none_excluded.is_empty());
}

#[test]
fn m8_agreement_says_no_finances_and_no_representation() {
    let text = AGREEMENT_BOUNDARIES_SV;
    assert!(text.contains("ekonomiska uppdrag") && text.contains("den enskildes ekonomi"));
    assert!(text.contains("företräda den enskilde") && text.contains("legala"));
    assert!(!text.contains('\n') && !text.contains("  ") && text.ends_with('.'));
}

#[test]
fn points_are_written_briefly() {
    let written: Vec<String> = [5.0, 0.5, 0.49, 0.0, 10.0].map(points).to_vec();
    assert_eq!(written, ["+5", "+0.5", "+0.49", "+0", "+10"]);
}
