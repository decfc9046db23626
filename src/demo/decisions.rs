//! The demo's decisions and orders: most older cases are assessed, decided (through the same
//! rule checks as `insats decide`) and ordered from a provider.

use anyhow::Result;
use chrono::{Duration, NaiveDate};

use super::Rng;
use crate::domain::case::{Application, InsatsType};
use crate::domain::consent::{Consents, Fact};
use crate::domain::decision::{
    AssessmentFacts, Decision, DecisionFacts, Outcome, check, day_before_birthday, last_day,
};
use crate::domain::order::execute_by;
use crate::store::Tx;
use crate::store::guideline::Stored;
use crate::store::order::{self, NewOrder};

const PROVIDERS: &[&str] = &[
    "Kontaktpersonsenheten",
    "Stöd och service, Ledsagarservice",
    "Familjestöd Exempelstad",
];

/// What happened to one demo case.
#[derive(Debug, Default, Clone, Copy)]
pub struct Steps {
    pub decided: bool,
    /// The order's day, when the grant was ordered.
    pub ordered: Option<NaiveDate>,
}

/// Assesses, decides and orders a demo case that has waited long enough. `day` is the case's
/// last journal day so far.
pub fn decide_and_order(
    tx: &Tx,
    rng: &mut Rng,
    g: &Stored,
    app: &Application,
    case_id: i64,
    assessment: &super::DemoAssessment,
    today: NaiveDate,
) -> Result<Steps> {
    let mut steps = Steps::default();
    let waited = (today - assessment.day).num_days();
    if waited < 7 || !rng.chance(if waited > 60 { 97 } else { 85 }) {
        return Ok(steps);
    }
    let Some(intervention) = g.guideline.intervention(app.insats.as_str()) else {
        return Ok(steps);
    };
    let assessed = assessment.day;
    let recommendation = if assessment.grant {
        Outcome::Grant
    } else {
        Outcome::Reject
    };
    let birth = app.applicant.birth_date();
    let age = app.applicant.age_on(assessed);
    let child = assessment.child.clone().unwrap_or_default();
    let assessment_id = assessment.id;

    let decided_day = (assessed + Duration::days(rng.range(1, 10) as i64)).min(today);
    // Umgängesstöd is the court's (K4): the committee executes it whatever the assessment
    // found, and says why it departs from a recommendation to reject (G2).
    let outcome = if app.insats == InsatsType::Umgangesstod {
        Outcome::Grant
    } else {
        recommendation
    };
    let deviation = (outcome != recommendation).then(|| {
        "Domstolen har beslutat om umgängesstöd; nämnden verkställer avgörandet och planerar \
         stödet utifrån utredningen."
            .to_string()
    });
    let from = decided_day + Duration::days(7);
    let Some(to) = last_day_of(app, intervention, from, rng) else {
        return Ok(steps);
    };
    let (hours, meetings) = level(app.insats, age, intervention.counts_meetings, rng);
    let goals = goals(app.insats);
    let crime = app.insats == InsatsType::KvalificeradLvu && app.applicant.age_on(decided_day) < 15;
    let facts = AssessmentFacts {
        recommendation,
        child,
    };
    let consents = consents_of(app);
    let checked = check(&DecisionFacts {
        insats: app.insats,
        outcome,
        decided: decided_day,
        birth_date: birth,
        consents: &consents,
        guardians: app.guardians,
        guardian_names: [None, None],
        court_ref: app.court_ref.as_deref(),
        guardian_objects: false,
        crime_recorded: crime,
        override_reason: None,
        deviation_reason: deviation.as_deref(),
        from: Some(from),
        to: Some(to),
        meetings_per_month: meetings,
        purpose: None,
        goals: &goals,
        assessment: Some(&facts),
        intervention,
        settings: &g.guideline.settings,
    });
    // A case the rules would refuse stays assessed, as it would for a caseworker.
    let Ok(checked) = checked else {
        return Ok(steps);
    };
    let Some(legal) = g.guideline.reference(app.insats.as_str(), decided_day) else {
        return Ok(steps);
    };
    let grant = outcome == Outcome::Grant;
    let decision = Decision {
        case_id,
        insats: app.insats,
        outcome,
        decided_day,
        from: grant.then_some(from),
        to: grant.then_some(to),
        hours_per_month: grant.then_some(hours),
        meetings_per_month: if grant { meetings } else { None },
        purpose: None,
        goals: if grant { goals } else { Vec::new() },
        reason: (!grant).then(|| {
            "Behovet kan tillgodoses på annat sätt, genom befintliga aktiviteter och nätverk."
                .to_string()
        }),
        deviation_reason: deviation.clone(),
        override_reason: None,
        guardian_objects: false,
        crime_recorded: crime,
        legal_basis: legal.text.clone(),
        assessment_id: Some(assessment_id),
        guideline_id: g.id,
        consent: checked.consent,
    };
    let recorded =
        super::notice::record_noticed(tx, &decision, &checked.warnings, assessed, today)?;
    steps.decided = true;

    if grant && rng.chance(if waited > 60 { 95 } else { 75 }) {
        let ordered_day = (decided_day + Duration::days(rng.range(0, 14) as i64)).min(today);
        order_grant(tx, g, app, &decision, recorded.decision_id, ordered_day)?;
        steps.ordered = Some(ordered_day);
    }
    Ok(steps)
}

/// Hours (and meetings) a month as caseloads look.
fn level(t: InsatsType, age: u32, counts_meetings: bool, rng: &mut Rng) -> (f64, Option<u32>) {
    let hours = match t {
        InsatsType::KontaktpersonSol | InsatsType::KontaktpersonLss => rng.range(6, 16),
        InsatsType::KvalificeradSol | InsatsType::KvalificeradLvu => rng.range(20, 40),
        InsatsType::Umgangesstod => rng.range(4, 12),
        InsatsType::LedsagningSol | InsatsType::LedsagarserviceLss => rng.range(8, 30),
    };
    let meetings = counts_meetings.then(|| if age >= 65 { 2 } else { rng.range(2, 4) });
    (f64::from(hours), meetings)
}

fn goals(t: InsatsType) -> Vec<String> {
    let g: &[&str] = match t {
        InsatsType::KontaktpersonSol | InsatsType::KontaktpersonLss => &[
            "Bryta social isolering",
            "Hitta en meningsfull fritidsaktivitet",
        ],
        InsatsType::KvalificeradSol | InsatsType::KvalificeradLvu => &[
            "Minska risken för missbruk och kriminalitet",
            "Regelbunden skolgång",
        ],
        InsatsType::Umgangesstod => &["Umgänge med föräldern enligt domstolens beslut"],
        InsatsType::LedsagningSol | InsatsType::LedsagarserviceLss => {
            &["Kunna delta i aktiviteter utanför hemmet"]
        }
    };
    g.iter().map(|s| s.to_string()).collect()
}

/// Orders a grant from the provider of its type (D2, D3), on `ordered_day`.
fn order_grant(
    tx: &Tx,
    g: &Stored,
    app: &Application,
    decision: &Decision,
    decision_id: i64,
    ordered_day: NaiveDate,
) -> Result<()> {
    let provider = match app.insats {
        InsatsType::LedsagningSol | InsatsType::LedsagarserviceLss => PROVIDERS[1],
        InsatsType::Umgangesstod => PROVIDERS[2],
        _ => PROVIDERS[0],
    };
    order::insert(
        tx,
        &NewOrder {
            case_id: decision.case_id,
            decision_id,
            provider: provider.to_string(),
            note: None,
            hours_per_month: decision.hours_per_month.unwrap_or_default(),
            goals: decision.goals.clone(),
            ordered_day,
            execute_by: execute_by(
                decision.decided_day,
                g.guideline.settings.execute_within_months,
            ),
        },
    )?;
    Ok(())
}

/// A grant's last day: six months or a year, as the guideline allows, and under an age band
/// (K3, K6) before the birthday that closes it; `None` when nothing is left of the band.
fn last_day_of(
    app: &Application,
    intervention: &crate::guideline::Intervention,
    from: NaiveDate,
    rng: &mut Rng,
) -> Option<NaiveDate> {
    let months = intervention
        .max_months
        .min(if rng.chance(30) { 6 } else { 12 });
    let to = match intervention.max_age_exclusive {
        Some(max)
            if matches!(
                app.insats,
                InsatsType::KvalificeradSol | InsatsType::KvalificeradLvu
            ) =>
        {
            last_day(from, months).min(day_before_birthday(app.applicant.birth_date(), max))
        }
        _ => last_day(from, months),
    };
    (to >= from).then_some(to)
}

/// The application's consent facts, dated the day it came in (K1).
fn consents_of(app: &Application) -> Consents {
    Consents::new(
        app.consents
            .iter()
            .map(|(by, kind)| Fact {
                by: *by,
                kind: *kind,
                day: app.received,
            })
            .collect(),
    )
}
