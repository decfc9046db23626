//! The demonstration file: realistic cases of every intervention type, people of all ages,
//! children with guardians, umgängesstöd on a court's order, protected identities. Only the
//! official test personal identity numbers of Skatteverket are used (data/README.md).

pub mod register;

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use chrono::{Datelike, Duration, NaiveDate};

use crate::act::assess::{CaseFacts, finish};
use crate::domain::assessment::{Answer, ChildSection};
use crate::domain::case::{Applicant, Application, Housing, InsatsType, RequestedBy, Wishes};
use crate::domain::consent::{Kind as ConsentKind, Party};
use crate::domain::pnr::{Pnr, Sex};
use crate::store::Tx;
use crate::store::assessment as store_assessment;
use crate::store::cases::insert_case;
use crate::store::guideline::Stored;
use crate::store::journal::{EntryKind, append_dated};
use crate::store::people::{self, NewPerson};

mod decisions;
mod ivo;
mod notice;

pub mod carry;
pub mod pool;
pub mod provider;
pub mod sim;
pub mod staff;

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
/// Why an applicant took the application back.
const WITHDRAWN: &[&str] = &[
    "Sökanden har meddelat per telefon att ansökan återkallas.",
    "Ansökan återkallad skriftligen; stödet har ordnats på annat sätt.",
    "Sökanden har flyttat från kommunen och återkallar ansökan.",
    "Sökanden önskar inte längre insatsen och återkallar ansökan.",
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
pub struct Rng(u64);

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
pub struct Numbers {
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

    /// A number of someone born within `within` years of `year`, nearest first.
    fn take_near(&mut self, year: i32, within: i32, rng: &mut Rng) -> Option<Pnr> {
        for offset in 0..=within {
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

    /// Moves up to `count` numbers of people born `from..=to` into a list of their own, spread
    /// over the years.
    fn split_off(&mut self, from: i32, to: i32, count: usize, rng: &mut Rng) -> Numbers {
        let mut taken: BTreeMap<i32, Vec<&'static str>> = BTreeMap::new();
        let mut moved = 0;
        while moved < count {
            let before = moved;
            for y in from..=to {
                if moved == count {
                    break;
                }
                if let Some(list) = self.by_year.get_mut(&y).filter(|l| !l.is_empty()) {
                    let n = list.swap_remove(rng.below(list.len() as u64) as usize);
                    taken.entry(y).or_default().push(n);
                    moved += 1;
                }
            }
            if moved == before {
                break;
            }
        }
        Numbers { by_year: taken }
    }

    /// How many numbers of people born after `year` are left.
    fn left_after(&self, year: i32) -> usize {
        self.by_year.range(year + 1..).map(|(_, l)| l.len()).sum()
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

/// The demo's individuals: Skatteverket's test numbers, each handed out once, and the people
/// already made, by birth year, for the cases of people who have had one before. There are
/// about 41,000 test numbers: a large file has several cases per person, and keeps numbers back
/// for the assignees.
pub(crate) struct People {
    numbers: Numbers,
    list: Vec<(Pnr, String, bool)>,
    by_year: BTreeMap<i32, Vec<usize>>,
    /// How many different people the file may have.
    budget: usize,
}

impl People {
    pub(crate) fn new(budget: usize) -> People {
        People {
            numbers: Numbers::new(),
            list: Vec::new(),
            by_year: BTreeMap::new(),
            budget,
        }
    }

    pub(crate) fn numbers(&mut self) -> &mut Numbers {
        &mut self.numbers
    }

    pub(crate) fn len(&self) -> usize {
        self.list.len()
    }

    /// Someone of about `age` for a case of type `t`: now and then someone who has had a case
    /// before; always so once the budget of people is spent or the birth year has no numbers
    /// left.
    fn pick(
        &mut self,
        t: InsatsType,
        age: u32,
        today: NaiveDate,
        rng: &mut Rng,
    ) -> Result<(Pnr, String, bool)> {
        let year = today.year() - age as i32;
        let again = !self.list.is_empty() && t != InsatsType::Umgangesstod && rng.chance(8);
        if again && let Some(p) = self.known(year, rng, 200) {
            return Ok(p);
        }
        if self.list.len() < self.budget
            && let Some(pnr) = self.numbers.take_near(year, 2, rng)
        {
            return Ok(self.made(pnr, rng));
        }
        if let Some(p) = self.known(year, rng, 3) {
            return Ok(p);
        }
        match self.numbers.take(year, rng) {
            Some(pnr) => Ok(self.made(pnr, rng)),
            None => self
                .known(year, rng, 200)
                .context("the demo ran out of test personal identity numbers"),
        }
    }

    /// A person already made, born within `within` years of `year`, nearest first.
    fn known(&self, year: i32, rng: &mut Rng, within: i32) -> Option<(Pnr, String, bool)> {
        for offset in 0..=within {
            for y in [year - offset, year + offset] {
                if let Some(list) = self.by_year.get(&y).filter(|l| !l.is_empty()) {
                    return Some(self.list[list[rng.below(list.len() as u64) as usize]].clone());
                }
            }
        }
        None
    }

    fn made(&mut self, pnr: Pnr, rng: &mut Rng) -> (Pnr, String, bool) {
        let first = match pnr.sex() {
            Sex::Female => rng.pick(FEMALE),
            Sex::Male => rng.pick(MALE),
        };
        let name = format!("{first} {}", rng.pick(SURNAMES));
        let person = (pnr, name, rng.chance(4));
        self.by_year
            .entry(person.0.birth_date().year())
            .or_default()
            .push(self.list.len());
        self.list.push(person.clone());
        person
    }
}

/// The intervention type of the demo's `i`th case: every type among the first seven; after
/// that, kontaktperson dominates.
fn insats_for(i: u32, rng: &mut Rng) -> InsatsType {
    if i < 7 {
        return InsatsType::ALL[i as usize];
    }
    match rng.below(20) {
        0..=6 => InsatsType::KontaktpersonSol,
        7..=9 => InsatsType::KontaktpersonLss,
        10 | 11 => InsatsType::KvalificeradSol,
        12 => InsatsType::KvalificeradLvu,
        13 | 14 => InsatsType::Umgangesstod,
        15..=17 => InsatsType::LedsagningSol,
        _ => InsatsType::LedsagarserviceLss,
    }
}

/// What became of a new demo case.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Made {
    pub case_id: i64,
    pub insats: Option<InsatsType>,
    pub assessed: bool,
    pub written_off: bool,
    pub decided: bool,
    /// The day of its order to the provider, when it got that far.
    pub ordered: Option<NaiveDate>,
}

/// The demo's `i`th case, received on `received`: the application through the same store
/// functions as `insats apply`, journal notes, and for cases old enough an assessment,
/// decision and order through the rules of `assess`, `decide` and `order`.
pub(crate) fn make_case(
    tx: &Tx,
    guideline: &Stored,
    people: &mut People,
    i: u32,
    received: NaiveDate,
    rng: &mut Rng,
) -> Result<Made> {
    let today = tx.actor().today;
    let t = insats_for(i, rng);
    let age = age_for(t, rng);
    let (pnr, name, protected) = people.pick(t, age, received, rng)?;
    let pnr_text = &pnr.as_str().to_owned();
    let received = received.max(pnr.birth_date());
    let age = pnr.age_on(received);
    let child = age < 18;
    let lss = t.is_lss();
    let requested_by = match t {
        InsatsType::Umgangesstod => RequestedBy::Court,
        InsatsType::KvalificeradLvu => RequestedBy::Committee,
        _ if child => RequestedBy::Guardian,
        _ => RequestedBy::Myself,
    };
    let guardians = child.then(|| if rng.chance(75) { 2 } else { 1 });
    let consents = consents_for(t, requested_by, age, guardians);
    let app = Application {
        insats: t,
        received,
        requested_by: Some(requested_by),
        consents,
        guardians,
        guardian_details: Default::default(),
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
        workplace: (lss && age >= 18 && rng.chance(60)).then(|| rng.pick(&PLACES[..2]).to_string()),
        residence: (lss && rng.chance(30)).then(|| rng.pick(&PLACES[2..]).to_string()),
        area: Some(rng.pick(AREAS).to_string()),
        wishes: wishes(t, rng),
        name,
        applicant: Applicant::Numbered(pnr),
    };
    let person_id = match people::by_identity(tx, pnr_text)? {
        Some(p) => p.person_id,
        None => {
            people::insert_person(
                tx,
                &NewPerson {
                    applicant: &app.applicant,
                    name: &app.name,
                    protected: app.protected,
                    address: app.address.as_deref(),
                    guardians: app.guardians,
                    guardian_details: &app.guardian_details,
                },
            )?
            .0
        }
    };
    let case_id = insert_case(tx, person_id, &app)?;
    append_dated(
        tx,
        case_id,
        EntryKind::Event,
        &format!(
            "Ansökan om {} ({}) registrerad, inkom {}.",
            t.swedish(),
            t.as_str(),
            received
        ),
        received,
    )?;
    let mut made = Made {
        case_id,
        insats: Some(t),
        ..Made::default()
    };
    let mut day = received;
    for _ in 0..rng.range(0, 3) {
        day = (day + Duration::days(rng.range(2, 20) as i64)).min(today);
        append_dated(tx, case_id, EntryKind::Note, rng.pick(NOTES), day)?;
    }
    // Cases received more than two weeks ago have often been assessed by now, and most of those
    // decided and ordered; cases from months back nearly always.
    let waited = (today - received).num_days();
    if waited > 14 && rng.chance(if waited > 90 { 94 } else { 60 }) {
        let done = (day + Duration::days(rng.range(5, 14) as i64)).min(today);
        let assessment = assess(tx, guideline, case_id, done, rng)?;
        made.assessed = true;
        let steps =
            decisions::decide_and_order(tx, rng, guideline, &app, case_id, &assessment, today)?;
        made.decided = steps.decided;
        made.ordered = steps.ordered;
    }
    // An application left undecided for months is, more often than not, taken back by the
    // applicant (F9): written off rather than waiting forever.
    let by_applicant = !matches!(t, InsatsType::Umgangesstod | InsatsType::KvalificeradLvu);
    if by_applicant && !made.decided && waited > 120 && rng.chance(85) {
        let off = (day + Duration::days(rng.range(30, 110) as i64)).min(today);
        crate::act::person::withdraw_recorded_on(tx, case_id, off, rng.pick(WITHDRAWN), off)?;
        made.written_off = true;
    }
    Ok(made)
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
    let questions = g.questions_for(facts.case.insats, &f);
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

/// The consent facts of a demo case, as a caseworker would record them from the application:
/// who asked, and who agreed (K1); none for LVU 22 § or a court's umgängesstöd.
fn consents_for(
    t: InsatsType,
    by: RequestedBy,
    age: u32,
    guardians: Option<u8>,
) -> Vec<(Party, ConsentKind)> {
    let mut out = Vec::new();
    match by {
        RequestedBy::Myself => {
            out.push((Party::Myself, ConsentKind::Request));
            out.push((Party::Myself, ConsentKind::Given));
        }
        RequestedBy::Guardian if t != InsatsType::KvalificeradLvu => {
            for slot in 1..=guardians.unwrap_or(1) {
                if let Some(p) = Party::guardian(slot) {
                    out.push((p, ConsentKind::Request));
                    out.push((p, ConsentKind::Given));
                }
            }
            if age >= 15 {
                out.push((Party::Myself, ConsentKind::Given));
            }
        }
        _ => {}
    }
    out
}
