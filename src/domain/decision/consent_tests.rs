//! The rules of who must ask or agree (K1-K4) and of the ages (K3, K6) around each boundary.

use super::tests::{F, d};
use super::*;
use crate::domain::case::RequestedBy;
use crate::guideline::Guideline;

#[test]
fn k4_umgangesstod_without_a_court_reference_is_refused() {
    let f = F {
        requested_by: RequestedBy::Court,
        ..F::child(InsatsType::Umgangesstod, 8)
    };
    assert_eq!(f.refused_by(), "K4");
    let blank = F {
        court_ref: Some(" "),
        requested_by: RequestedBy::Court,
        ..F::child(InsatsType::Umgangesstod, 8)
    };
    assert_eq!(blank.refused_by(), "K4");
    let ok = F {
        court_ref: Some("T 1234-26"),
        requested_by: RequestedBy::Court,
        consent_guardian: false,
        ..F::child(InsatsType::Umgangesstod, 8)
    };
    assert_eq!(ok.allowed().consent, Some(ConsentBasis::Court));
}

fn lvu(age: u32) -> F {
    F {
        age,
        requested_by: RequestedBy::Committee,
        consent_self: false,
        consent_guardian: false,
        guardians: None,
        ..F::new(InsatsType::KvalificeradLvu)
    }
}

#[test]
fn k3_lvu_from_15_up_to_20_needs_no_consent() {
    for age in [15, 16, 17, 18, 19] {
        assert_eq!(
            lvu(age).allowed().consent,
            Some(ConsentBasis::NotNeeded),
            "{age}"
        );
    }
}

#[test]
fn k3_lvu_at_20_is_refused_and_under_15_needs_a_recorded_crime() {
    assert_eq!(lvu(20).refused_by(), "K3");
    assert_eq!(lvu(25).refused_by(), "K3");
    assert_eq!(lvu(14).refused_by(), "K3");
    assert_eq!(lvu(10).refused_by(), "K3");
    F {
        crime: true,
        ..lvu(14)
    }
    .allowed();
    F {
        crime: true,
        ..lvu(12)
    }
    .allowed();
    // A crime does not lift the upper limit.
    assert_eq!(
        F {
            crime: true,
            ..lvu(20)
        }
        .refused_by(),
        "K3"
    );
}

#[test]
fn k6_kvalificerad_sol_under_21_passes_and_at_21_is_refused() {
    let f = |age| F {
        age,
        ..F::new(InsatsType::KvalificeradSol)
    };
    f(20).allowed();
    f(19).allowed();
    assert_eq!(f(21).refused_by(), "K6");
    assert_eq!(f(30).refused_by(), "K6");
}

#[test]
fn k1_from_15_the_persons_own_request_or_consent() {
    // 15 on the start date: the child's own, and the guardian's does not count.
    let guardian_only = F::child(InsatsType::KontaktpersonSol, 15);
    assert_eq!(guardian_only.refused_by(), "K1");
    let own = F {
        consent_self: true,
        ..F::child(InsatsType::KontaktpersonSol, 15)
    };
    assert_eq!(own.allowed().consent, Some(ConsentBasis::Own));
    let asked = F {
        requested_by: RequestedBy::Myself,
        consent_guardian: false,
        ..F::child(InsatsType::KontaktpersonSol, 16)
    };
    assert_eq!(asked.allowed().consent, Some(ConsentBasis::Own));
    // An adult with neither.
    let none = F {
        consent_self: false,
        requested_by: RequestedBy::Committee,
        ..F::kp()
    };
    assert_eq!(none.refused_by(), "K1");
}

#[test]
fn k1_under_15_the_guardians_request_or_consent() {
    let f = F::child(InsatsType::KontaktpersonSol, 14);
    assert_eq!(f.allowed().consent, Some(ConsentBasis::Guardian));
    let requested = F {
        consent_guardian: false,
        ..F::child(InsatsType::KontaktpersonSol, 14)
    };
    assert_eq!(requested.allowed().consent, Some(ConsentBasis::Guardian));
    let none = F {
        consent_guardian: false,
        requested_by: RequestedBy::Committee,
        ..F::child(InsatsType::KontaktpersonSol, 14)
    };
    assert_eq!(none.refused_by(), "K1");
    // Own consent alone at 14 is not enough without the documented reason...
    let own = F {
        consent_self: true,
        ..none
    };
    assert_eq!(own.refused_by(), "K1");
    // ...and with it, from 12, it is (prop. 2022/23:64).
    let with_reason = F {
        override_reason: Some("Barnet har ett tydligt behov och vill ha insatsen."),
        ..own
    };
    assert_eq!(
        with_reason.allowed().consent,
        Some(ConsentBasis::ChildWithoutGuardians)
    );
}

#[test]
fn k1_the_childs_own_consent_counts_from_12_not_at_11() {
    let at = |age| F {
        age,
        consent_self: true,
        consent_guardian: false,
        requested_by: RequestedBy::Committee,
        override_reason: Some("Lämpligt enligt utredningen."),
        ..F::child(InsatsType::KontaktpersonSol, age)
    };
    at(12).allowed();
    at(13).allowed();
    assert_eq!(at(11).refused_by(), "K1");
    // It applies to särskilt kvalificerad kontaktperson under SoL too, and to LSS kontaktperson.
    F {
        insats: InsatsType::KvalificeradSol,
        ..at(12)
    }
    .allowed();
}

#[test]
fn k1_does_not_apply_to_lvu_or_umgangesstod() {
    lvu(16).allowed();
    let u = F {
        court_ref: Some("T 1-26"),
        requested_by: RequestedBy::Court,
        consent_guardian: false,
        ..F::child(InsatsType::Umgangesstod, 5)
    };
    u.allowed();
}

#[test]
fn k2_one_of_two_guardians_objects_needs_a_reason() {
    let objects = F {
        guardian_objects: true,
        ..F::child(InsatsType::KontaktpersonSol, 9)
    };
    assert_eq!(objects.refused_by(), "K2");
    let with_reason = F {
        override_reason: Some("Barnets bästa kräver insatsen."),
        ..objects
    };
    assert_eq!(
        with_reason.allowed().consent,
        Some(ConsentBasis::OneOfTwoGuardians)
    );
}

#[test]
fn k2_with_one_guardian_an_objection_is_refused_even_with_a_reason() {
    let f = F {
        guardian_objects: true,
        guardians: Some(1),
        override_reason: Some("Barnets bästa kräver insatsen."),
        ..F::child(InsatsType::KontaktpersonSol, 9)
    };
    assert_eq!(f.refused_by(), "K2");
    let unknown = F {
        guardians: None,
        ..f
    };
    assert_eq!(unknown.refused_by(), "K2");
}

#[test]
fn k2_a_child_from_12_who_consents_is_not_stopped_by_one_guardians_objection() {
    let f = F {
        guardian_objects: true,
        guardians: Some(1),
        consent_self: true,
        override_reason: Some("Barnet vill ha insatsen och den är lämplig."),
        ..F::child(InsatsType::KontaktpersonSol, 13)
    };
    assert_eq!(
        f.allowed().consent,
        Some(ConsentBasis::ChildWithoutGuardians)
    );
}

#[test]
fn k2_an_objection_from_15_does_not_matter() {
    let f = F {
        guardian_objects: true,
        consent_self: true,
        ..F::child(InsatsType::KontaktpersonSol, 15)
    };
    assert_eq!(f.allowed().consent, Some(ConsentBasis::Own));
}

#[test]
fn birthdays_on_the_decision_date_count_as_turned() {
    use crate::domain::pnr::Pnr;
    // 20120101-2380 turns 15 on 2027-01-01: decided on the 15th birthday is the first day of K3
    // without a crime, and the first day the child's own consent counts (K1).
    let p = Pnr::from_stored("201201012380").expect("test number");
    assert_eq!(p.age_on(d("2026-12-31")), 14);
    assert_eq!(p.age_on(d("2027-01-01")), 15);
    assert_eq!(lvu(p.age_on(d("2026-12-31"))).refused_by(), "K3");
    lvu(p.age_on(d("2027-01-01"))).allowed();
    // 20060101-2388 turns 20 on 2026-01-01 and 21 on 2027-01-01 (K3 ends at 20, K6 at 21).
    let y = Pnr::from_stored("200601012388").expect("test number");
    assert_eq!(lvu(y.age_on(d("2026-01-01"))).refused_by(), "K3");
    lvu(y.age_on(d("2025-12-31"))).allowed();
    let sol = |age| F {
        age,
        ..F::new(InsatsType::KvalificeradSol)
    };
    sol(y.age_on(d("2026-12-31"))).allowed();
    assert_eq!(sol(y.age_on(d("2027-01-01"))).refused_by(), "K6");
}

/// K6 (Ages): the grant ends at the latest the day before the birthday that closes the band;
/// for someone born on 29 February that is 28 February in other years.
#[test]
fn k6_the_grant_ends_by_the_day_before_the_21st_birthday_and_29_february_too() {
    assert_eq!(day_before_birthday(d("2006-01-01"), 21), d("2026-12-31"));
    assert_eq!(day_before_birthday(d("2008-02-29"), 21), d("2029-02-28"));
    assert_eq!(day_before_birthday(d("2008-02-29"), 20), d("2028-02-28"));
}

/// G7: a grant starting before the day it is decided is refused; umgängesstöd keeps the
/// period the court set.
#[test]
fn g7_a_grant_is_never_back_dated_but_a_courts_period_stands() {
    // Decided the day after the grant's first day: refused.
    let g = Guideline::builtin();
    let consents = Consents::default();
    let i = g.intervention("kontaktperson-sol").unwrap();
    let goals = vec!["Mål".to_string()];
    let facts = DecisionFacts {
        insats: InsatsType::KontaktpersonSol,
        outcome: Outcome::Grant,
        decided: d("2027-01-02"),
        birth_date: d("1980-01-01"),
        consents: &consents,
        guardians: None,
        guardian_names: [None, None],
        court_ref: None,
        guardian_objects: false,
        crime_recorded: false,
        override_reason: None,
        deviation_reason: None,
        from: Some(d("2027-01-01")),
        to: Some(d("2027-06-30")),
        meetings_per_month: None,
        purpose: None,
        goals: &goals,
        assessment: Some(&super::tests::assessed(Outcome::Grant)),
        intervention: i,
        settings: &g.settings,
    };
    assert_eq!(check(&facts).unwrap_err().rule.id(), "G7");
    let u = g.intervention("umgangesstod").unwrap();
    let court = DecisionFacts {
        insats: InsatsType::Umgangesstod,
        intervention: u,
        court_ref: Some("T 1-27"),
        birth_date: d("2019-01-01"),
        assessment: Some(&AssessmentFacts {
            recommendation: Outcome::Grant,
            child: super::tests::heard(),
        }),
        ..facts
    };
    check(&court).expect("the court's period stands");
    let reject = DecisionFacts {
        outcome: Outcome::Reject,
        from: None,
        to: None,
        ..court
    };
    assert_eq!(check(&reject).unwrap_err().rule.id(), "K4");
}
