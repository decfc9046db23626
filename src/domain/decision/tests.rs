//! The decision rules around each boundary: birthdays on the start date, period lengths to the
//! day, and every way consent can be given or missing.

use chrono::NaiveDate;

use super::*;
use crate::domain::case::RequestedBy;
use crate::domain::consent::{Fact, Kind};
use crate::guideline::Guideline;

pub(super) fn d(s: &str) -> NaiveDate {
    crate::domain::dates::parse(s).expect("test date")
}

pub(super) fn heard() -> ChildView {
    ChildView {
        heard: Some(true),
        own_words: "Jag vill ha någon att spela fotboll med.".into(),
        how: "Enskilt samtal i skolan.".into(),
        maturity: "Mogen för sin ålder.".into(),
        not_heard_reason: String::new(),
    }
}

pub(super) fn assessed(rec: Outcome) -> AssessmentFacts {
    AssessmentFacts {
        recommendation: rec,
        child: heard(),
    }
}

/// A builder around the built-in guideline: an adult's lawful kontaktperson-sol grant.
pub(super) struct F {
    pub(super) insats: InsatsType,
    pub(super) outcome: Outcome,
    pub(super) age: u32,
    pub(super) age_now: Option<u32>,
    pub(super) requested_by: RequestedBy,
    pub(super) consent_self: bool,
    pub(super) consent_guardian: bool,
    pub(super) guardians: Option<u8>,
    pub(super) court_ref: Option<&'static str>,
    pub(super) guardian_objects: bool,
    pub(super) crime: bool,
    pub(super) override_reason: Option<&'static str>,
    pub(super) deviation: Option<&'static str>,
    pub(super) from: Option<NaiveDate>,
    pub(super) to: Option<NaiveDate>,
    pub(super) meetings: Option<u32>,
    pub(super) purpose: Option<Purpose>,
    pub(super) goals: Vec<String>,
    pub(super) assessment: Option<AssessmentFacts>,
}

impl F {
    pub(super) fn new(insats: InsatsType) -> F {
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

    pub(super) fn kp() -> F {
        F::new(InsatsType::KontaktpersonSol)
    }

    /// A child's case under 15: the guardian asked and consents.
    pub(super) fn child(insats: InsatsType, age: u32) -> F {
        F {
            age,
            requested_by: RequestedBy::Guardian,
            consent_self: false,
            consent_guardian: true,
            guardians: Some(2),
            ..F::new(insats)
        }
    }

    /// The consent facts the builder's flags stand for, recorded the day before the decision:
    /// the individual's own, and the guardians' (each of them, with two).
    fn consents(&self, decided: NaiveDate) -> Consents {
        let day = decided.pred_opt().unwrap_or(decided);
        let mut facts = Vec::new();
        let mut add = |by, kind| facts.push(Fact { by, kind, day });
        if self.requested_by == RequestedBy::Myself {
            add(Party::Myself, Kind::Request);
        }
        if self.consent_self {
            add(Party::Myself, Kind::Given);
        }
        let guardians = if self.guardians == Some(2) { 2 } else { 1 };
        for slot in 1..=guardians {
            let p = Party::guardian(slot).expect("slot");
            if self.requested_by == RequestedBy::Guardian {
                add(p, Kind::Request);
            }
            if self.consent_guardian {
                add(p, Kind::Given);
            }
        }
        Consents::new(facts)
    }

    pub(super) fn check(&self) -> Result<Checked, Refusal> {
        let g = Guideline::builtin();
        let intervention = g.intervention(self.insats.as_str()).expect("intervention");
        // Decided on the first day of the grant (G7 allows no earlier start).
        let decided = match self.outcome {
            Outcome::Grant => self.from.unwrap_or(d("2027-01-01")),
            Outcome::Reject => d("2027-01-01"),
        };
        let age = self.age_now.unwrap_or(self.age);
        let birth_date = crate::domain::dates::sub_months(decided, age * 12);
        let consents = self.consents(decided);
        check(&DecisionFacts {
            insats: self.insats,
            outcome: self.outcome,
            decided,
            birth_date,
            consents: &consents,
            guardians: self.guardians.or(Some(1)
                .filter(|_| self.consent_guardian || self.requested_by == RequestedBy::Guardian)),
            guardian_names: [None, Some("Karin Berg")],
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

    pub(super) fn refused_by(&self) -> &'static str {
        match self.check() {
            Err(r) => r.rule.id(),
            Ok(c) => panic!("expected a refusal, got {c:?}"),
        }
    }

    pub(super) fn allowed(&self) -> Checked {
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
fn hours_read_in_swedish() {
    assert_eq!(hours_sv(10.0), "10 timmar");
    assert_eq!(hours_sv(7.5), "7,5 timmar");
    assert_eq!(hours_sv(1.0), "1 timme");
}
