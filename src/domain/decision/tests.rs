//! The decision rules around each boundary: birthdays on the start date, period lengths to the
//! day, and every way consent can be given or missing.

use chrono::NaiveDate;

use super::*;
use crate::guideline::Guideline;

fn d(s: &str) -> NaiveDate {
    crate::domain::dates::parse(s).expect("test date")
}

fn heard() -> ChildView {
    ChildView {
        heard: Some(true),
        own_words: "Jag vill ha någon att spela fotboll med.".into(),
        how: "Enskilt samtal i skolan.".into(),
        maturity: "Mogen för sin ålder.".into(),
        not_heard_reason: String::new(),
    }
}

fn assessed(rec: Outcome) -> AssessmentFacts {
    AssessmentFacts {
        recommendation: rec,
        child: heard(),
    }
}

/// A builder around the built-in guideline: an adult's lawful kontaktperson-sol grant.
struct F {
    insats: InsatsType,
    outcome: Outcome,
    age: u32,
    age_now: Option<u32>,
    requested_by: RequestedBy,
    consent_self: bool,
    consent_guardian: bool,
    guardians: Option<u8>,
    court_ref: Option<&'static str>,
    guardian_objects: bool,
    crime: bool,
    override_reason: Option<&'static str>,
    deviation: Option<&'static str>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    meetings: Option<u32>,
    purpose: Option<Purpose>,
    goals: Vec<String>,
    assessment: Option<AssessmentFacts>,
}

impl F {
    fn new(insats: InsatsType) -> F {
        F {
            insats,
            outcome: Outcome::Grant,
            age: 40,
            age_now: None,
            requested_by: RequestedBy::Myself,
            consent_self: true,
            consent_guardian: false,
            guardians: None,
            court_ref: None,
            guardian_objects: false,
            crime: false,
            override_reason: None,
            deviation: None,
            from: Some(d("2027-01-01")),
            to: Some(d("2027-06-30")),
            meetings: None,
            purpose: None,
            goals: vec!["Bryta isolering".into()],
            assessment: Some(assessed(Outcome::Grant)),
        }
    }

    fn kp() -> F {
        F::new(InsatsType::KontaktpersonSol)
    }

    /// A child's case under 15: the guardian asked and consents.
    fn child(insats: InsatsType, age: u32) -> F {
        F {
            age,
            requested_by: RequestedBy::Guardian,
            consent_self: false,
            consent_guardian: true,
            guardians: Some(2),
            ..F::new(insats)
        }
    }

    fn check(&self) -> Result<Checked, Refusal> {
        let g = Guideline::builtin();
        let intervention = g.intervention(self.insats.as_str()).expect("intervention");
        check(&DecisionFacts {
            insats: self.insats,
            outcome: self.outcome,
            age_on_start: self.age,
            age_on_decision: self.age_now.unwrap_or(self.age),
            requested_by: self.requested_by,
            consent_self: self.consent_self,
            consent_guardian: self.consent_guardian,
            guardians: self.guardians,
            court_ref: self.court_ref,
            guardian_objects: self.guardian_objects,
            crime_recorded: self.crime,
            override_reason: self.override_reason,
            deviation_reason: self.deviation,
            from: self.from,
            to: self.to,
            meetings_per_month: self.meetings,
            purpose: self.purpose,
            goals: &self.goals,
            assessment: self.assessment.as_ref(),
            intervention,
            settings: &g.settings,
        })
    }

    fn refused_by(&self) -> &'static str {
        match self.check() {
            Err(r) => r.rule.id(),
            Ok(c) => panic!("expected a refusal, got {c:?}"),
        }
    }

    fn allowed(&self) -> Checked {
        match self.check() {
            Ok(c) => c,
            Err(r) => panic!("expected allowed, refused: {r}"),
        }
    }
}

#[test]
fn an_adults_lawful_grant_passes_on_own_consent() {
    let c = F::kp().allowed();
    assert!(c.warnings.is_empty());
    assert_eq!(c.consent, Some(ConsentBasis::Own));
}

#[test]
fn g6_grant_without_assessment_is_refused_but_a_rejection_is_not() {
    let f = F {
        assessment: None,
        ..F::kp()
    };
    assert_eq!(f.refused_by(), "G6");
    let reject = F {
        outcome: Outcome::Reject,
        from: None,
        to: None,
        ..f
    };
    reject.allowed();
}

#[test]
fn g6_comes_before_every_other_rule() {
    let f = F {
        assessment: None,
        to: None,
        goals: vec![],
        consent_self: false,
        requested_by: RequestedBy::Committee,
        ..F::kp()
    };
    assert_eq!(f.refused_by(), "G6");
}

#[test]
fn g1_no_end_date_is_refused() {
    assert_eq!(
        F {
            to: None,
            ..F::kp()
        }
        .refused_by(),
        "G1"
    );
    assert_eq!(
        F {
            from: None,
            to: None,
            ..F::kp()
        }
        .refused_by(),
        "G1"
    );
}

#[test]
fn g1_max_months_exactly_passes_and_one_day_over_is_refused() {
    // kontaktperson-sol: 12 months in the built-in guideline.
    let exact = F {
        from: Some(d("2027-01-15")),
        to: Some(d("2028-01-14")),
        ..F::kp()
    };
    exact.allowed();
    let over = F {
        to: Some(d("2028-01-15")),
        ..exact
    };
    assert_eq!(over.refused_by(), "G1");
    // kvalificerad-lvu: 12 months too, reconsidered every six within them (E9).
    let lvu = F {
        from: Some(d("2027-03-01")),
        to: Some(d("2028-02-29")),
        age: 16,
        ..F::new(InsatsType::KvalificeradLvu)
    };
    lvu.allowed();
    let lvu_over = F {
        to: Some(d("2028-03-01")),
        ..lvu
    };
    assert_eq!(lvu_over.refused_by(), "G1");
}

#[test]
fn g1_message_names_the_latest_end_date() {
    let r = F {
        to: Some(d("2028-01-01")),
        ..F::kp()
    }
    .check()
    .unwrap_err();
    assert!(r.message.contains("2027-12-31"), "{}", r.message);
    assert!(r.message.contains("12 months"), "{}", r.message);
}

#[test]
fn d1_a_grant_without_goals_is_refused() {
    assert_eq!(
        F {
            goals: vec![],
            ..F::kp()
        }
        .refused_by(),
        "D1"
    );
    assert_eq!(
        F {
            goals: vec!["  ".into()],
            ..F::kp()
        }
        .refused_by(),
        "D1"
    );
}

#[test]
fn c1_a_child_without_the_childs_view_is_refused() {
    let mut f = F::child(InsatsType::KontaktpersonSol, 10);
    f.assessment = Some(AssessmentFacts {
        recommendation: Outcome::Grant,
        child: ChildView::default(),
    });
    assert_eq!(f.refused_by(), "C1");
    // Heard, but without the child's own words.
    f.assessment = Some(AssessmentFacts {
        recommendation: Outcome::Grant,
        child: ChildView {
            own_words: " ".into(),
            ..heard()
        },
    });
    assert_eq!(f.refused_by(), "C1");
    // Heard, but not how.
    f.assessment = Some(AssessmentFacts {
        recommendation: Outcome::Grant,
        child: ChildView {
            how: String::new(),
            ..heard()
        },
    });
    assert_eq!(f.refused_by(), "C1");
    // Not heard, without a reason.
    f.assessment = Some(AssessmentFacts {
        recommendation: Outcome::Grant,
        child: ChildView {
            heard: Some(false),
            ..ChildView::default()
        },
    });
    assert_eq!(f.refused_by(), "C1");
}

#[test]
fn c1_heard_or_not_heard_with_a_reason_passes() {
    F::child(InsatsType::KontaktpersonSol, 10).allowed();
    let mut f = F::child(InsatsType::KontaktpersonSol, 10);
    f.assessment = Some(AssessmentFacts {
        recommendation: Outcome::Grant,
        child: ChildView {
            heard: Some(false),
            not_heard_reason: "Barnet är för litet för ett samtal.".into(),
            ..ChildView::default()
        },
    });
    f.allowed();
}

#[test]
fn c1_also_guards_a_rejection_and_ends_at_18() {
    let mut f = F::child(InsatsType::KontaktpersonSol, 17);
    f.outcome = Outcome::Reject;
    f.assessment = Some(AssessmentFacts {
        recommendation: Outcome::Reject,
        child: ChildView::default(),
    });
    assert_eq!(f.refused_by(), "C1");
    f.assessment = None;
    assert_eq!(f.refused_by(), "C1", "no assessment: no child's view");
    // 18 on both dates: an adult, no child's view needed.
    let adult = F {
        age: 18,
        assessment: Some(AssessmentFacts {
            recommendation: Outcome::Grant,
            child: ChildView::default(),
        }),
        ..F::kp()
    };
    adult.allowed();
    // 17 today, 18 on the start date: still a child's case when decided.
    let turning = F {
        age_now: Some(17),
        ..adult
    };
    assert_eq!(turning.refused_by(), "C1");
}

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

fn economy(to: &str) -> F {
    F {
        purpose: Some(Purpose::Economy),
        from: Some(d("2027-01-01")),
        to: Some(d(to)),
        ..F::kp()
    }
}

#[test]
fn a3_economy_four_months_passes_and_a_day_more_is_refused() {
    economy("2027-04-30").allowed();
    assert_eq!(economy("2027-05-01").refused_by(), "A3");
    assert_eq!(economy("2027-12-31").refused_by(), "A3");
    // Month ends clamp: from 2026-10-31, four months end on 2027-02-27.
    let clamp = F {
        from: Some(d("2026-10-31")),
        ..economy("2027-02-27")
    };
    clamp.allowed();
    let clamp_over = F {
        to: Some(d("2027-02-28")),
        ..clamp
    };
    assert_eq!(clamp_over.refused_by(), "A3");
}

#[test]
fn g2_against_the_recommendation_needs_a_written_reason() {
    let f = F {
        assessment: Some(assessed(Outcome::Reject)),
        ..F::kp()
    };
    assert_eq!(f.refused_by(), "G2");
    let blank = F {
        deviation: Some("  "),
        assessment: Some(assessed(Outcome::Reject)),
        ..F::kp()
    };
    assert_eq!(blank.refused_by(), "G2");
    F {
        deviation: Some("Behovet är större än bedömningen visar."),
        ..blank
    }
    .allowed();
    let reject = F {
        outcome: Outcome::Reject,
        ..F::kp()
    };
    assert_eq!(reject.refused_by(), "G2");
    F {
        deviation: Some("Den enskilde har återkallat ansökan."),
        ..reject
    }
    .allowed();
}

#[test]
fn g2_comes_after_the_legal_limits() {
    let f = F {
        assessment: Some(assessed(Outcome::Reject)),
        purpose: Some(Purpose::Economy),
        to: Some(d("2027-12-31")),
        ..F::kp()
    };
    assert_eq!(f.refused_by(), "A3");
}

#[test]
fn a2_more_than_two_meetings_at_65_warns() {
    let f = |age, meetings| F {
        age,
        meetings: Some(meetings),
        ..F::kp()
    };
    assert!(f(65, 2).allowed().warnings.is_empty());
    assert!(f(64, 4).allowed().warnings.is_empty());
    let w = f(65, 3).allowed().warnings;
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].rule.id(), "A2");
    assert!(w[0].journal.contains("3 träffar"), "{}", w[0].journal);
    // Only kontaktperson under SoL.
    let lss = F {
        insats: InsatsType::KontaktpersonLss,
        ..f(70, 4)
    };
    assert!(lss.allowed().warnings.is_empty());
}

#[test]
fn a_rejection_is_not_held_to_the_grant_limits() {
    let f = F {
        outcome: Outcome::Reject,
        from: None,
        to: None,
        goals: vec![],
        consent_self: false,
        requested_by: RequestedBy::Committee,
        assessment: Some(assessed(Outcome::Reject)),
        ..F::new(InsatsType::KvalificeradSol)
    };
    let c = F { age: 30, ..f }.allowed();
    assert_eq!(c.consent, None);
}

#[test]
fn birthdays_on_the_start_date_count_as_turned() {
    use crate::domain::pnr::Pnr;
    // 20120101-2380 turns 15 on 2027-01-01: the 15th birthday is the first day of K3 without a
    // crime, and the first day the child's own consent counts (K1).
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

#[test]
fn hours_read_in_swedish() {
    assert_eq!(hours_sv(10.0), "10 timmar");
    assert_eq!(hours_sv(7.5), "7,5 timmar");
    assert_eq!(hours_sv(1.0), "1 timme");
}
