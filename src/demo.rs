//! The demonstration file: realistic cases of every intervention type, people of all ages,
//! children with guardians, umgängesstöd on a court's order, protected identities. Only the
//! official test personal identity numbers of Skatteverket are used (data/README.md).

pub mod register;

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use chrono::{Datelike, Duration, NaiveDate};

use crate::cmd::assess::{CaseFacts, finish};
use crate::domain::assessment::{Answer, ChildSection};
use crate::domain::case::{Application, Housing, InsatsType, RequestedBy, Wishes};
use crate::domain::pnr::{Pnr, Sex};
use crate::store::assessment as store_assessment;
use crate::store::cases::insert_application;
use crate::store::guideline::{Stored, ensure_active};
use crate::store::journal::{EntryKind, append_dated};
use crate::store::{Store, Tx};

mod decisions;

pub mod carry;

/// Skatteverket's test numbers (CC0): they belong to no one.
const TEST_NUMBERS: &str = include_str!("../data/testpersonnummer.txt");

const FEMALE: &[&str] = &[
    "Anna",
    "Eva",
    "Maria",
    "Karin",
    "Sara",
    "Elin",
    "Ida",
    "Maja",
    "Ebba",
    "Alva",
    "Astrid",
    "Linnea",
    "Wilma",
    "Saga",
    "Agnes",
    "Ingrid",
    "Margareta",
    "Birgitta",
    "Kerstin",
    "Lena",
    "Fatima",
    "Amina",
    "Leila",
    "Sofia",
    "Greta",
    "Signe",
];
const MALE: &[&str] = &[
    "Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Nils", "Oskar", "Lucas", "William", "Elias",
    "Hugo", "Liam", "Noah", "Ali", "Mohammed", "Omar", "Gustav", "Sven", "Bengt", "Arvid",
    "Viktor", "Emil", "Axel", "Ture", "Folke",
];
const SURNAMES: &[&str] = &[
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Pettersson",
    "Jonsson",
    "Hansson",
    "Bengtsson",
    "Lindberg",
    "Lindqvist",
    "Berg",
    "Holm",
    "Ahmed",
    "Hassan",
    "Nguyen",
    "Kowalski",
    "Lund",
    "Sandberg",
    "Forsberg",
    "Åberg",
    "Mäkinen",
    "Öberg",
];
const STREETS: &[&str] = &[
    "Storgatan",
    "Kyrkogatan",
    "Skolvägen",
    "Björkvägen",
    "Ringvägen",
    "Parkgatan",
    "Åsgatan",
];
const PLACES: &[&str] = &[
    "Daglig verksamhet Solrosen",
    "Daglig verksamhet Verkstan",
    "Gruppbostad Linden",
    "Gruppbostad Eken",
    "Servicebostad Backen",
];
const NOTES: &[&str] = &[
    "Telefonsamtal med den enskilde om ansökan. Informerat om handläggningen.",
    "Hembesök genomfört. Den enskilde berättade om sin vardag och sitt nätverk.",
    "Inhämtat uppgifter från LSS-handläggare med den enskildes samtycke.",
    "Samtal med vårdnadshavare om barnets behov och önskemål.",
    "Den enskilde önskar en kontaktperson med intresse för friluftsliv.",
    "Den enskilde önskar stöd för att kunna delta i aktiviteter på fritiden.",
    "Utredningen påbörjad. Kallelse till samtal skickad.",
    "Den enskilde har informerats om att insatsen är avgiftsfri men att egna omkostnader betalas av den enskilde.",
];

const AREAS: &[&str] = &["Centrum", "Norr", "Söder", "Väster", "Öster"];
const LANGUAGES: &[&str] = &[
    "arabiska",
    "somaliska",
    "finska",
    "engelska",
    "persiska",
    "tigrinja",
];
const INTERESTS: &[&str] = &[
    "fiske",
    "fotboll",
    "promenader",
    "musik",
    "bowling",
    "matlagning",
    "konst",
    "djur",
    "friluftsliv",
    "dans",
    "film",
    "gaming",
];

/// Wishes about the contact person (D4): some ask for a sex, a language or interests.
fn wishes(t: InsatsType, rng: &mut Rng) -> Wishes {
    let mut w = Wishes::default();
    if matches!(
        t,
        InsatsType::LedsagningSol | InsatsType::LedsagarserviceLss
    ) && rng.chance(50)
    {
        return w;
    }
    if rng.chance(30) {
        w.sex = Some(if rng.chance(50) { "female" } else { "male" }.to_string());
    }
    if rng.chance(20) {
        w.languages.push(rng.pick(LANGUAGES).to_string());
    }
    for _ in 0..rng.range(0, 3) {
        let i = rng.pick(INTERESTS).to_string();
        if !w.interests.contains(&i) {
            w.interests.push(i);
        }
    }
    w
}

/// What children said, in their own words (C1).
const CHILD_WORDS: &[&str] = &[
    "Jag vill ha någon att göra roliga saker med på helgerna.",
    "Det är tråkigt efter skolan, jag vill ha en kompis som är vuxen.",
    "Jag vill träffa pappa men det känns lättare om någon är med.",
    "Jag vet inte riktigt, men jag kan testa.",
    "Jag vill spela fotboll och gå på bio.",
];

/// How the conversation with the child was held (C1).
const CHILD_HOW: &[&str] = &[
    "Enskilt samtal i skolan med stöd av samtalsmaterial.",
    "Samtal i hemmet, först med vårdnadshavare och sedan enskilt med barnet.",
    "Samtal på socialkontoret, barnet fick välja om vårdnadshavare skulle vara med.",
];

/// Deterministic random numbers (splitmix64): the same demo file every time.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }
    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below(u64::from(hi - lo + 1)) as u32
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

/// Test numbers by birth year, each handed out once.
struct Numbers {
    by_year: BTreeMap<i32, Vec<&'static str>>,
}

impl Numbers {
    fn new() -> Numbers {
        let mut by_year: BTreeMap<i32, Vec<&'static str>> = BTreeMap::new();
        for line in TEST_NUMBERS
            .lines()
            .map(str::trim)
            .filter(|l| l.len() == 12)
        {
            if let Ok(year) = line[..4].parse::<i32>() {
                by_year.entry(year).or_default().push(line);
            }
        }
        Numbers { by_year }
    }

    /// A number of someone born in `year`, or the nearest year that still has one.
    fn take(&mut self, year: i32, rng: &mut Rng) -> Option<Pnr> {
        for offset in 0..200 {
            for y in [year - offset, year + offset] {
                if let Some(list) = self.by_year.get_mut(&y).filter(|l| !l.is_empty()) {
                    let n = list.swap_remove(rng.below(list.len() as u64) as usize);
                    if let Ok(p) = Pnr::from_stored(n) {
                        return Some(p);
                    }
                }
            }
        }
        None
    }
}

pub struct Summary {
    pub cases: u32,
    pub people: u32,
    pub by_insats: Vec<(String, u32)>,
    pub example_case: i64,
    pub decisions: u32,
    pub orders: u32,
    /// The first case with a decision in force, for the letter example.
    pub example_decided: Option<i64>,
    /// Cases with a completed assessment, and the first of them.
    pub assessed: u32,
    pub assessed_example: Option<i64>,
    /// A case still waiting for its assessment.
    pub unassessed_example: Option<i64>,
}

/// The age range a type's cases are drawn from, roughly as caseloads look.
fn age_for(t: InsatsType, rng: &mut Rng) -> u32 {
    match t {
        InsatsType::KontaktpersonSol => match rng.below(10) {
            0 | 1 => rng.range(8, 17),
            2 | 3 => rng.range(65, 92),
            _ => rng.range(19, 64),
        },
        InsatsType::KontaktpersonLss => rng.range(10, 70),
        InsatsType::KvalificeradSol => rng.range(13, 20),
        InsatsType::KvalificeradLvu => rng.range(15, 19),
        InsatsType::Umgangesstod => rng.range(3, 12),
        InsatsType::LedsagningSol => {
            if rng.chance(5) {
                rng.range(100, 103)
            } else {
                rng.range(30, 95)
            }
        }
        InsatsType::LedsagarserviceLss => rng.range(12, 70),
    }
}

/// Makes `n` cases in one transaction.
pub fn generate(store: &mut Store, n: u32) -> Result<Summary> {
    let today = store.actor().today;
    let mut rng = Rng(2026);
    let mut numbers = Numbers::new();
    let mut people: Vec<(Pnr, String, bool)> = Vec::new();
    let mut counts: BTreeMap<InsatsType, u32> = BTreeMap::new();
    let mut example_case = 1;
    let (mut decisions, mut orders) = (0, 0);
    let mut example_decided = None;
    let mut assessed = 0;
    let mut assessed_example = None;
    let mut unassessed_example = None;

    store.write(|tx| {
        tx.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('demo', '1')",
            [],
        )?;
        tx.audit("demo file made", None)?;
        let guideline = ensure_active(tx)?;
        for i in 0..n {
            // Every type appears in the first seven; after that, kontaktperson dominates.
            let t = if i < 7 {
                InsatsType::ALL[i as usize]
            } else {
                match rng.below(20) {
                    0..=6 => InsatsType::KontaktpersonSol,
                    7..=9 => InsatsType::KontaktpersonLss,
                    10 | 11 => InsatsType::KvalificeradSol,
                    12 => InsatsType::KvalificeradLvu,
                    13 | 14 => InsatsType::Umgangesstod,
                    15..=17 => InsatsType::LedsagningSol,
                    _ => InsatsType::LedsagarserviceLss,
                }
            };
            let reuse = !people.is_empty() && rng.chance(8) && t != InsatsType::Umgangesstod;
            let (pnr, name, protected) = if reuse {
                people[rng.below(people.len() as u64) as usize].clone()
            } else {
                let age = age_for(t, &mut rng);
                let pnr = numbers
                    .take(today.year() - age as i32, &mut rng)
                    .context("the demo ran out of test personal identity numbers")?;
                let first = match pnr.sex() {
                    Sex::Female => rng.pick(FEMALE),
                    Sex::Male => rng.pick(MALE),
                };
                let name = format!("{first} {}", rng.pick(SURNAMES));
                let person = (pnr, name, rng.chance(4));
                people.push(person.clone());
                person
            };
            let back = rng.below(540) as i64;
            let received = (today - Duration::days(back)).max(pnr.birth_date());
            let age = pnr.age_on(received);
            let child = age < 18;
            let lss = t.is_lss();
            let app = Application {
                insats: t,
                received,
                requested_by: match t {
                    InsatsType::Umgangesstod => RequestedBy::Court,
                    InsatsType::KvalificeradLvu => RequestedBy::Committee,
                    _ if child => RequestedBy::Guardian,
                    _ => RequestedBy::Myself,
                },
                consent_self: !child || age >= 15,
                consent_guardian: child && t != InsatsType::KvalificeradLvu,
                guardians: child.then(|| if rng.chance(75) { 2 } else { 1 }),
                court_ref: (t == InsatsType::Umgangesstod)
                    .then(|| format!("T {}-{:02}", rng.range(1000, 9999), received.year() % 100)),
                lss_group: lss.then(|| rng.range(1, 3) as u8),
                housing: if (lss || age >= 80) && rng.chance(25) {
                    Housing::Special
                } else {
                    Housing::Ordinary
                },
                protected,
                address: (!protected).then(|| {
                    format!(
                        "{} {}, {} {:02} Exempelstad",
                        rng.pick(STREETS),
                        rng.range(1, 60),
                        rng.range(100, 199),
                        rng.range(10, 99)
                    )
                }),
                workplace: (lss && age >= 18 && rng.chance(60))
                    .then(|| rng.pick(&PLACES[..2]).to_string()),
                residence: (lss && rng.chance(30)).then(|| rng.pick(&PLACES[2..]).to_string()),
                area: Some(rng.pick(AREAS).to_string()),
                wishes: wishes(t, &mut rng),
                name,
                pnr,
            };
            let r = insert_application(tx, &app)?;
            append_dated(
                tx,
                r.case_id,
                EntryKind::Event,
                &format!(
                    "Ansökan om {} ({}) registrerad, inkom {}.",
                    t.swedish(),
                    t.as_str(),
                    received
                ),
                received,
            )?;
            let mut day = received;
            for _ in 0..rng.range(0, 3) {
                day = (day + Duration::days(rng.range(2, 20) as i64)).min(today);
                append_dated(tx, r.case_id, EntryKind::Note, rng.pick(NOTES), day)?;
            }
            // Cases received more than two weeks ago have often been assessed by now, and most
            // of those decided and ordered.
            if (today - received).num_days() > 14 && rng.chance(60) {
                let done = (day + Duration::days(rng.range(5, 14) as i64)).min(today);
                let assessment = assess(tx, &guideline, r.case_id, done, &mut rng)?;
                assessed += 1;
                if assessed_example.is_none() {
                    assessed_example = Some(r.case_id);
                }
                let steps = decisions::decide_and_order(
                    tx,
                    &mut rng,
                    &guideline,
                    &app,
                    r.case_id,
                    &assessment,
                    today,
                )?;
                decisions += u32::from(steps.decided);
                if steps.decided && example_decided.is_none() {
                    example_decided = Some(r.case_id);
                }
                orders += u32::from(steps.ordered);
            } else if unassessed_example.is_none() {
                unassessed_example = Some(r.case_id);
            }
            *counts.entry(t).or_default() += 1;
            if i == 0 {
                example_case = r.case_id;
            }
        }
        Ok(())
    })?;
    Ok(Summary {
        cases: n,
        people: people.len() as u32,
        by_insats: counts
            .into_iter()
            .map(|(t, c)| (t.as_str().to_string(), c))
            .collect(),
        example_case,
        decisions,
        orders,
        example_decided,
        assessed,
        assessed_example,
        unassessed_example,
    })
}

/// A completed assessment of a demo case on `day`, through the same store functions and
/// completion as `insats assess`: most answers support a grant, a few do not or are unsure.
/// A demo assessment made through the real assessment code, for the decision that follows.
pub struct DemoAssessment {
    pub id: i64,
    pub day: NaiveDate,
    pub grant: bool,
    pub child: Option<ChildSection>,
}

fn assess(
    tx: &Tx,
    guideline: &Stored,
    case_id: i64,
    day: NaiveDate,
    rng: &mut Rng,
) -> Result<DemoAssessment> {
    let g = &guideline.guideline;
    let mut facts = CaseFacts::load(tx, case_id, day)?;
    let f = facts.for_guideline(g);
    let questions = g.questions_for(&facts.case.insats, &f);
    let id = store_assessment::start(tx, case_id, guideline.id, day)?;
    let mut answered = Vec::with_capacity(questions.len());
    for q in questions {
        let answer = match rng.below(100) {
            0..=1 => Answer::Unsure,
            2..=3 => {
                if q.grant_if {
                    Answer::No
                } else {
                    Answer::Yes
                }
            }
            _ => {
                if q.grant_if {
                    Answer::Yes
                } else {
                    Answer::No
                }
            }
        };
        let note = if answer == Answer::Unsure {
            "Uppgift saknas, kompletteras."
        } else {
            ""
        };
        store_assessment::save_answer(tx, id, &q.id, &q.rule, answer, note)?;
        answered.push((q, answer));
    }
    let child = facts.child.then(|| {
        if facts.age >= 7 {
            ChildSection {
                heard: Some(true),
                own_words: rng.pick(CHILD_WORDS).to_string(),
                how: rng.pick(CHILD_HOW).to_string(),
                maturity: "Barnet uttrycker sig tydligt; synpunkterna väger tungt med hänsyn till ålder och mognad."
                    .to_string(),
                not_heard_reason: String::new(),
            }
        } else {
            ChildSection {
                heard: Some(false),
                not_heard_reason: "Barnet är för ungt för ett samtal; barnets situation har belysts genom vårdnadshavare och förskola."
                    .to_string(),
                ..ChildSection::default()
            }
        }
    });
    if let Some(c) = &child {
        store_assessment::save_child(tx, id, c)?;
    }
    let done = finish(tx, &facts, id, &g.label(), &answered, child.as_ref(), day)?;
    Ok(DemoAssessment {
        id,
        day,
        grant: done.outcome.recommendation == crate::domain::assessment::Recommendation::Grant,
        child,
    })
}
