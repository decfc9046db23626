//! The recruitment steps an assignee is registered with (M6).
//!
//! A coordinator often registers someone whose recruitment is partly or wholly done. The dates
//! given are kept; a later step implies the earlier ones, dated as early as the later steps allow
//! and marked as implied:
//! - approval implies the checks: the social services register check, when not given, is dated
//!   with the criminal-records extract (they are ordered together), else with the approval;
//! - a check implies the consent, dated with the earliest check (the consent comes first);
//! - the consent implies the interview, the interview the interest, each dated with the next.
//!
//! The criminal-records extract is never implied: its date decides M2 at matching, so approval
//! without it is refused.

use chrono::NaiveDate;

use super::{Check, CheckProblem, Checks, Stage, approval_problems};

/// The dates given on the command line; `None` is "not given".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Given {
    pub interest: Option<NaiveDate>,
    pub interview: Option<NaiveDate>,
    pub consent: Option<NaiveDate>,
    pub record_extract: Option<NaiveDate>,
    pub social_register: Option<NaiveDate>,
    pub approved: Option<NaiveDate>,
}

/// One dated step; `implied` when its date was not given but follows from a later step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub stage: Stage,
    pub day: NaiveDate,
    pub implied: bool,
}

/// The dates to store and the steps to journal, in order; the last step is the stage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filled {
    pub interview: Option<NaiveDate>,
    pub consent: Option<NaiveDate>,
    pub record_extract: Option<NaiveDate>,
    pub social_register: Option<NaiveDate>,
    pub approved: Option<NaiveDate>,
    pub steps: Vec<Step>,
}

impl Filled {
    /// Where the assignee stands after the last step.
    pub fn stage(&self) -> Stage {
        self.steps.last().map_or(Stage::Interest, |s| s.stage)
    }
}

/// Why the dates given do not make a recruitment (each an English line naming M6).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepProblem {
    Check(CheckProblem),
    /// A step dated before the step that comes before it.
    Before {
        later: Stage,
        earlier: Stage,
    },
}

impl std::fmt::Display for StepProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StepProblem::Check(p) => p.fmt(f),
            StepProblem::Before { later, earlier } => write!(
                f,
                "the {later} step is dated before the {earlier} step; recruitment goes \
                 interest, interview, consent, checks, approval (M6)"
            ),
        }
    }
}

fn min_of(days: &[Option<NaiveDate>]) -> Option<NaiveDate> {
    days.iter().flatten().min().copied()
}

/// Fills in the implied steps and checks the order of the dates. `today` dates the interest
/// when nothing at all is given (registering is the interest).
pub fn fill(given: &Given, today: NaiveDate) -> Result<Filled, Vec<StepProblem>> {
    let approved = given.approved;
    let record_extract = given.record_extract;
    let social_register = given
        .social_register
        .or_else(|| approved.and(record_extract.or(approved)));
    let consent = given
        .consent
        .or_else(|| min_of(&[record_extract, social_register, approved]));
    let interview = given.interview.or(consent);
    let interest = given.interest.or(interview).unwrap_or(today);

    let mut steps = vec![Step {
        stage: Stage::Interest,
        day: interest,
        implied: given.interest.is_none() && interview.is_some(),
    }];
    let mut push = |stage, day: Option<NaiveDate>, given_day: Option<NaiveDate>| {
        if let Some(day) = day {
            steps.push(Step {
                stage,
                day,
                implied: given_day.is_none(),
            });
        }
    };
    push(Stage::Interview, interview, given.interview);
    push(Stage::Consent, consent, given.consent);
    let checked = match (record_extract, social_register) {
        (Some(r), Some(s)) => Some(r.max(s)),
        _ => None,
    };
    let checks_given = given.record_extract.is_some() && given.social_register.is_some();
    push(
        Stage::Checked,
        checked,
        checks_given.then_some(checked).flatten(),
    );
    push(Stage::Approved, approved, approved);

    let mut problems = Vec::new();
    let order = [
        (Stage::Interest, Some(interest)),
        (Stage::Interview, interview),
        (Stage::Consent, consent),
    ];
    for pair in order.windows(2) {
        if let ((earlier, Some(a)), (later, Some(b))) = (pair[0], pair[1])
            && b < a
        {
            problems.push(StepProblem::Before { later, earlier });
        }
    }
    let checks = Checks {
        consent,
        record_extract,
        social_register,
    };
    match approved {
        Some(day) => problems.extend(
            approval_problems(&checks, day)
                .into_iter()
                .map(StepProblem::Check),
        ),
        None => {
            for (check, date) in [
                (Check::RecordExtract, record_extract),
                (Check::SocialRegister, social_register),
            ] {
                if let (Some(c), Some(d)) = (consent, date)
                    && d < c
                {
                    problems.push(StepProblem::Check(CheckProblem::BeforeConsent(check)));
                }
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Filled {
        interview,
        consent,
        record_extract,
        social_register,
        approved,
        steps,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::domain::dates::parse(s).expect("test date")
    }

    fn today() -> NaiveDate {
        d("2026-11-23")
    }

    fn stages(f: &Filled) -> Vec<(Stage, String, bool)> {
        f.steps
            .iter()
            .map(|s| (s.stage, s.day.to_string(), s.implied))
            .collect()
    }

    #[test]
    fn m6_nothing_given_is_an_interest_today() {
        let f = fill(&Given::default(), today()).expect("fills");
        assert_eq!(f.stage(), Stage::Interest);
        assert_eq!(stages(&f), [(Stage::Interest, "2026-11-23".into(), false)]);
        assert_eq!(f.consent, None);
    }

    #[test]
    fn m6_approval_with_the_extract_implies_the_steps_before_it() {
        let given = Given {
            record_extract: Some(d("2026-03-10")),
            approved: Some(d("2026-04-01")),
            ..Given::default()
        };
        let f = fill(&given, today()).expect("fills");
        assert_eq!(f.stage(), Stage::Approved);
        assert_eq!(f.social_register, Some(d("2026-03-10")));
        assert_eq!(f.consent, Some(d("2026-03-10")));
        assert_eq!(
            stages(&f),
            [
                (Stage::Interest, "2026-03-10".into(), true),
                (Stage::Interview, "2026-03-10".into(), true),
                (Stage::Consent, "2026-03-10".into(), true),
                (Stage::Checked, "2026-03-10".into(), true),
                (Stage::Approved, "2026-04-01".into(), false),
            ]
        );
    }

    #[test]
    fn m6_given_dates_are_kept_and_not_implied() {
        let given = Given {
            interest: Some(d("2026-01-05")),
            interview: Some(d("2026-01-20")),
            consent: Some(d("2026-01-20")),
            record_extract: Some(d("2026-02-01")),
            social_register: Some(d("2026-02-03")),
            approved: Some(d("2026-02-10")),
        };
        let f = fill(&given, today()).expect("fills");
        assert!(f.steps.iter().all(|s| !s.implied), "{:?}", f.steps);
        assert_eq!(
            f.steps[3].day,
            d("2026-02-03"),
            "checked when both are done"
        );
    }

    #[test]
    fn m6_approval_without_the_extract_is_refused() {
        let given = Given {
            approved: Some(d("2026-04-01")),
            ..Given::default()
        };
        let problems = fill(&given, today()).expect_err("refused");
        assert_eq!(
            problems,
            [StepProblem::Check(CheckProblem::Missing(
                Check::RecordExtract
            ))]
        );
        assert_eq!(
            problems[0].to_string(),
            "the criminal-records extract has no date (M6)"
        );
    }

    #[test]
    fn m6_dates_out_of_order_are_refused() {
        let late_interview = Given {
            interview: Some(d("2026-02-01")),
            consent: Some(d("2026-01-01")),
            ..Given::default()
        };
        let problems = fill(&late_interview, today()).expect_err("refused");
        assert_eq!(
            problems,
            [StepProblem::Before {
                later: Stage::Consent,
                earlier: Stage::Interview
            }]
        );
        assert!(problems[0].to_string().ends_with("(M6)"));
        let early_check = Given {
            consent: Some(d("2026-02-01")),
            record_extract: Some(d("2026-01-01")),
            ..Given::default()
        };
        assert_eq!(
            fill(&early_check, today()).expect_err("refused"),
            [StepProblem::Check(CheckProblem::BeforeConsent(
                Check::RecordExtract
            ))]
        );
        let approved_early = Given {
            record_extract: Some(d("2026-03-10")),
            approved: Some(d("2026-03-01")),
            ..Given::default()
        };
        assert!(fill(&approved_early, today()).is_err());
    }

    #[test]
    fn m6_one_check_done_stays_at_consent() {
        let given = Given {
            record_extract: Some(d("2026-03-10")),
            ..Given::default()
        };
        let f = fill(&given, today()).expect("fills");
        assert_eq!(f.stage(), Stage::Consent);
        assert_eq!(f.social_register, None);
        assert_eq!(f.consent, Some(d("2026-03-10")));
    }
}
