//! The committee's letters (beslutsbrev), in Swedish: for a grant, a partial grant, a rejection,
//! a change, an extension, an ending, a write-off (F9), a dismissed appeal (F4), the umgängesstöd
//! appointment (K4), an LVU 22 § decision and a judgment carried out (F7).
//!
//! Each letter has the letterhead, the recipient in the window position (never a protected
//! person's address: it goes through the caseworker), the date and numbers, the decision in one
//! sentence, the reasons in the caseworker's words with the assessment's notes as support (F2),
//! the legal basis in force on the day (R3), the decision-maker, and how to appeal where the
//! decision can be appealed (F3). The deviation reason (G2) stays in the case file.

use chrono::NaiveDate;

use super::doc::{Block, Format, escape, render};
use crate::domain::decision::{hours_sv, sentence};

/// What kind of letter, which decides its title, its decision sentence and its reasons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Grant,
    PartialGrant,
    Rejection,
    /// A new decision with other terms (E6); `fewer` when it lowers the hours.
    Change {
        fewer: bool,
    },
    Extension,
    Ending,
    WrittenOff,
    Dismissal,
    /// Umgängesstöd (K4): the committee executes the court's judgment and appoints the person.
    Appointment,
    /// LVU 22 §: the committee decides, with its own appeal and six-monthly reconsideration.
    Lvu,
    /// The court's judgment carried out as a decision (F7).
    Judgment,
}

/// Who asked, for the letter's first section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Person,
    Guardian,
    Court,
    Committee,
}

/// The appeal information (F3): to whom, where to send, the reference.
#[derive(Debug, Clone)]
pub struct AppealInfo {
    pub court: String,
    pub reference: Option<String>,
}

/// Everything a letter says; built by `cmd::letter` from the stored case.
#[derive(Debug, Clone)]
pub struct Letter {
    pub kind: Kind,
    pub case_id: i64,
    pub decision_id: Option<i64>,
    /// The day of the act, the letter's date.
    pub day: NaiveDate,
    pub municipality: Option<String>,
    pub committee: String,
    /// Postal address, telephone, e-mail, web.
    pub contact: Vec<String>,
    /// The recipient as the envelope's window shows them.
    pub window: Vec<String>,
    pub name: String,
    /// `None` for a person with protected identity, always (G5).
    pub pnr: Option<String>,
    pub insats_name: String,
    pub received: NaiveDate,
    pub origin: Origin,
    pub court_ref: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub hours_per_month: Option<f64>,
    pub old_hours: Option<f64>,
    pub meetings_per_month: Option<i64>,
    pub economy: bool,
    pub goals: Vec<String>,
    pub legal_basis: Option<String>,
    /// The caseworker's reasons (motivering, F2).
    pub motivation: Option<String>,
    /// What a partial grant leaves out.
    pub not_granted: Option<String>,
    /// The assessment's notes, as support for the reasons.
    pub support: Vec<String>,
    /// K2: the guardian who objected, and the committee's reasons to decide without them.
    pub objecting_guardian: Option<String>,
    pub override_reason: Option<String>,
    pub replaces: Option<i64>,
    /// An ending's reason in Swedish, a write-off's withdrawal day, a dismissal's facts.
    pub facts: Vec<String>,
    pub lvu_review_months: u32,
    pub appeal: Option<AppealInfo>,
    /// Name, title and delegation; a placeholder line when the register has none.
    pub signature: Vec<String>,
    /// R3: the references this letter needs that the guideline marks unconfirmed.
    pub unconfirmed: Vec<String>,
}

impl Letter {
    pub fn tells_how_to_appeal(&self) -> bool {
        self.appeal.is_some()
    }

    /// Whether the letter is a draft (R3).
    pub fn draft(&self) -> bool {
        !self.unconfirmed.is_empty()
    }

    pub fn title(&self) -> String {
        let n = &self.insats_name;
        match self.kind {
            Kind::Appointment => format!("Beslut om verkställighet av {n}"),
            Kind::WrittenOff => format!("Avskrivning av ärende om {n}"),
            Kind::Dismissal => "Beslut om avvisning av överklagande".to_string(),
            Kind::Ending => format!("Beslut om att avsluta {n}"),
            Kind::Change { .. } => format!("Beslut om ändrad insats, {n}"),
            Kind::Extension => format!("Beslut om fortsatt {n}"),
            Kind::Lvu => format!("Beslut om {n} enligt 22 § LVU"),
            Kind::Judgment => format!("Verkställighet av dom om {n}"),
            _ => format!("Beslut om {n}"),
        }
    }

    /// The letterhead: municipality, committee, contact lines.
    pub fn letterhead(&self) -> Vec<String> {
        let mut l = Vec::new();
        l.extend(self.municipality.clone());
        l.push(self.committee.clone());
        l.extend(self.contact.clone());
        l
    }

    /// The reference block: date, case, decision.
    pub fn reference(&self) -> Vec<String> {
        let mut r = vec![
            format!("Datum: {}", self.day),
            format!("Ärende: {}", self.case_id),
        ];
        if let Some(d) = self.decision_id {
            r.push(format!("Beslut: {d}"));
        }
        if let Some(p) = &self.pnr {
            r.push(format!("Personnummer: {p}"));
        }
        r
    }

    /// The R3 lines of a draft.
    pub fn draft_lines(&self) -> Vec<String> {
        self.unconfirmed
            .iter()
            .map(|r| {
                format!(
                    "UTKAST – lagrummet är inte bekräftat i riktlinjen: {r}. Brevet kan inte \
                     skickas som slutligt förrän kommunen har bekräftat hänvisningen."
                )
            })
            .collect()
    }

    /// The body, after letterhead, window and reference.
    pub fn body(&self) -> Vec<Block> {
        let mut b = vec![Block::Title(self.title())];
        if self.draft() {
            b.push(Block::Para(self.draft_lines().join(" ")));
        }
        b.push(Block::Heading("Ärendet".into()));
        b.push(Block::Para(self.what_was_asked()));
        b.push(Block::Heading("Beslut".into()));
        b.push(Block::Para(self.decided()));
        b.extend(self.details());
        b.push(Block::Heading("Skäl för beslutet".into()));
        b.extend(self.reasons());
        if let Some(basis) = &self.legal_basis {
            b.push(Block::Para(format!(
                "Beslutet är fattat med stöd av {basis}."
            )));
        }
        // The intervention is free of charge; the individual pays their own costs (D5).
        if matches!(
            self.kind,
            Kind::Grant | Kind::PartialGrant | Kind::Extension
        ) {
            b.push(Block::Heading("Avgift".into()));
            b.push(Block::Para(
                "Insatsen är avgiftsfri. Egna kostnader under aktiviteterna betalar den enskilde \
                 själv."
                    .into(),
            ));
        }
        if let Some(a) = &self.appeal {
            b.push(Block::Heading("Hur man överklagar".into()));
            b.extend(self.how_to_appeal(a));
        }
        b.push(Block::Lines(self.signature.clone()));
        b
    }

    /// The whole letter as blocks, for the formats without a page of their own.
    pub fn blocks(&self) -> Vec<Block> {
        let mut b = vec![
            Block::Lines(self.letterhead()),
            Block::Lines(self.window.clone()),
            Block::Lines(self.reference()),
        ];
        b.extend(self.body());
        b
    }

    fn what_was_asked(&self) -> String {
        let n = &self.insats_name;
        let received = self.received;
        match self.origin {
            Origin::Person => format!(
                "{} har ansökt om {n}. Ansökan kom in den {received}.",
                self.name
            ),
            Origin::Guardian => format!(
                "Vårdnadshavare har ansökt om {n} för {}. Ansökan kom in den {received}.",
                self.name
            ),
            Origin::Court => format!(
                "Domstolen har beslutat om {n}{}. Ärendet kom in den {received}.",
                self.court_ref
                    .as_deref()
                    .map(|r| format!(" (mål {r})"))
                    .unwrap_or_default()
            ),
            Origin::Committee => format!(
                "{} har på eget initiativ utrett behovet av {n} för {}. Ärendet inleddes den \
                 {received}.",
                self.committee, self.name
            ),
        }
    }

    fn period(&self) -> String {
        format!(
            "under perioden {} – {}",
            self.from.map(|d| d.to_string()).unwrap_or_default(),
            self.to.map(|d| d.to_string()).unwrap_or_default()
        )
    }

    fn level(&self) -> String {
        let mut t = hours_sv(self.hours_per_month.unwrap_or_default()) + " per månad";
        if let Some(m) = self.meetings_per_month {
            t.push_str(&format!(", fördelat på {m} träffar"));
        }
        t
    }

    /// The decision in one sentence.
    fn decided(&self) -> String {
        let (c, n, who) = (&self.committee, &self.insats_name, &self.name);
        let (period, level) = (self.period(), self.level());
        let old = self
            .replaces
            .map(|o| format!(" nr {o}"))
            .unwrap_or_default();
        match self.kind {
            Kind::Grant => format!("{c} beviljar {who} {n} {period}, {level}."),
            Kind::PartialGrant => format!(
                "{c} beviljar ansökan delvis: {who} beviljas {n} {period}, {level}. Det som inte \
                 beviljas är: {}",
                sentence(
                    self.not_granted
                        .as_deref()
                        .unwrap_or("det som ansökan i övrigt avser")
                )
            ),
            Kind::Rejection => format!("{c} avslår ansökan om {n} för {who}."),
            Kind::Change { .. } => {
                format!("{c} ändrar beslutet{old}: {who} har {n} {period}, {level}.")
            }
            Kind::Extension => format!("{c} beslutar om fortsatt {n} för {who} {period}, {level}."),
            Kind::Ending => format!(
                "{c} beslutar att insatsen {n} för {who} (beslut{old}) avslutas den {}.",
                self.day
            ),
            Kind::WrittenOff => {
                format!("{c} avskriver ärendet om {n} för {who} från vidare handläggning.")
            }
            Kind::Dismissal => format!(
                "{c} avvisar överklagandet av beslut{old} eftersom det har kommit in för sent."
            ),
            Kind::Appointment => self.appointed(),
            Kind::Lvu => format!("{c} beslutar att {who} ska ha en {n} {period}, {level}."),
            Kind::Judgment => {
                format!("{c} verkställer förvaltningsrättens dom: {who} har {n} {period}, {level}.")
            }
        }
    }

    /// K4: the committee executes the court's judgment and appoints the person.
    fn appointed(&self) -> String {
        let judgment = self
            .court_ref
            .as_deref()
            .map(|r| format!("domstolens avgörande i mål {r}"))
            .unwrap_or_else(|| "domstolens avgörande".to_string());
        let mut t = format!(
            "{} verkställer {judgment} om {} för {} och utser en person att medverka vid \
             umgänget {}, som domstolen har bestämt",
            self.committee,
            self.insats_name,
            self.name,
            self.period()
        );
        if let Some(h) = self.hours_per_month {
            t.push_str(&format!(". Stödet omfattar {} per månad", hours_sv(h)));
        }
        t.push('.');
        t
    }

    fn details(&self) -> Vec<Block> {
        let mut b = Vec::new();
        if self.economy {
            b.push(Block::Para(
                "Insatsen avser tillfällig hjälp att få ordning och struktur på ekonomin. En \
                 kontaktperson ansvarar aldrig för någons ekonomi."
                    .into(),
            ));
        }
        if let (Kind::Change { .. }, Some(o)) = (self.kind, self.old_hours) {
            b.push(Block::Para(format!(
                "Tidigare beslut omfattade {} per månad.",
                hours_sv(o)
            )));
        }
        if self.kind == Kind::Lvu {
            b.push(Block::Para(format!(
                "Beslutet ska omprövas minst var {} månad. Nämnden prövar då om insatsen \
                 fortfarande behövs.",
                ordinal(self.lvu_review_months)
            )));
        }
        let grants = !matches!(
            self.kind,
            Kind::Rejection | Kind::Ending | Kind::WrittenOff | Kind::Dismissal
        );
        if grants && !self.goals.is_empty() {
            b.push(Block::Heading("Mål med insatsen".into()));
            b.push(Block::Bullets(self.goals.clone()));
        }
        b
    }

    fn reasons(&self) -> Vec<Block> {
        let mut b = Vec::new();
        for f in &self.facts {
            b.push(Block::Para(sentence(f)));
        }
        if let Some(m) = &self.motivation {
            b.push(Block::Para(sentence(m)));
        }
        match self.support.as_slice() {
            [] => {}
            [one] => b.push(Block::Para(format!(
                "Av utredningen framgår: {}",
                sentence(one)
            ))),
            many => {
                b.push(Block::Para("Av utredningen framgår:".into()));
                b.push(Block::Bullets(many.iter().map(|s| sentence(s)).collect()));
            }
        }
        if let Some(r) = &self.override_reason {
            let who = self
                .objecting_guardian
                .clone()
                .unwrap_or_else(|| "En av vårdnadshavarna".to_string());
            b.push(Block::Para(format!(
                "{who} har motsatt sig insatsen. Nämnden beslutar ändå om insatsen, eftersom \
                 det behövs med hänsyn till barnets bästa (6 kap. 13 a § föräldrabalken): {}",
                sentence(r)
            )));
            b.push(Block::Para(format!(
                "{who} kan överklaga beslutet på det sätt som beskrivs nedan."
            )));
        }
        if b.is_empty() {
            b.push(Block::Para(match self.kind {
                Kind::Appointment => format!(
                    "Domstolen har beslutat om {}. Nämnden ska verkställa avgörandet och utse den \
                     person som medverkar vid umgänget.",
                    self.insats_name
                ),
                _ => "Beslutet grundar sig på utredningen i ärendet.".into(),
            }));
        }
        b
    }

    fn how_to_appeal(&self, a: &AppealInfo) -> Vec<Block> {
        let c = &self.committee;
        let decision = self
            .decision_id
            .map(|d| format!(", beslut {d}"))
            .unwrap_or_default();
        let address = self
            .contact
            .first()
            .map(|a| format!(", {a}"))
            .unwrap_or_default();
        let mut b = vec![
            Block::Para(format!(
                "Om du inte är nöjd med beslutet kan du överklaga det till {}. Skriv vilket beslut \
                 du överklagar (ärende {}{decision}), varför du anser att det är fel och vilken \
                 ändring du vill ha. Skriv under överklagandet och uppge namn, adress och \
                 telefonnummer.",
                a.court, self.case_id
            )),
            Block::Para(format!(
                "Skicka eller lämna överklagandet till {c}{address}, inte direkt till \
                 förvaltningsrätten. Överklagandet ska ha kommit in inom tre veckor från den dag \
                 då du fick del av beslutet. Nämnden prövar först om överklagandet har kommit in \
                 i rätt tid och om beslutet ska ändras, och skickar det annars vidare till \
                 förvaltningsrätten. Handläggaren hjälper dig gärna."
            )),
        ];
        if let Some(r) = &a.reference {
            b.push(Block::Para(format!("Lagrum: {}", sentence(r))));
        }
        b
    }

    pub fn render(&self, f: Format) -> String {
        match f {
            Format::Html => self.html(),
            _ => render(&self.title(), &self.blocks(), f),
        }
    }

    /// HTML ready to print: A4 with page numbers, the letterhead, and the address in the
    /// window position of a C5/C4 window envelope (DIN 5008 form B, as the PDF).
    fn html(&self) -> String {
        let lines = |ls: &[String]| {
            ls.iter()
                .map(|l| escape(l))
                .collect::<Vec<_>>()
                .join("<br>\n")
        };
        let body = render(&self.title(), &self.body(), Format::Html);
        let inner = body
            .split_once("<body>\n")
            .and_then(|(_, rest)| rest.rsplit_once("</body>"))
            .map(|(inner, _)| inner.to_string())
            .unwrap_or_default();
        let draft = if self.draft() {
            "<div class=\"draft\">UTKAST</div>\n"
        } else {
            ""
        };
        format!(
            "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n\
             <title>{title}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n{draft}\
             <header class=\"letterhead\">{head}</header>\n\
             <div class=\"reference\">{reference}</div>\n\
             <address class=\"window\">{window}</address>\n\
             <main>\n{inner}</main>\n<footer>{footer}</footer>\n</body>\n</html>\n",
            title = escape(&self.title()),
            head = lines(&self.letterhead()),
            reference = lines(&self.reference()),
            window = lines(&self.window),
            footer = escape(&self.footer()),
        )
    }

    /// The bottom line of every page.
    pub fn footer(&self) -> String {
        format!("{} · Ärende {}", self.committee, self.case_id)
    }
}

/// "sjätte" for 6, as in "var sjätte månad".
fn ordinal(n: u32) -> String {
    match n {
        1 => "första".into(),
        2 => "andra".into(),
        3 => "tredje".into(),
        4 => "fjärde".into(),
        6 => "sjätte".into(),
        12 => "tolfte".into(),
        n => format!("{n}:e"),
    }
}

const CSS: &str = "@page { size: A4; margin: 25mm 20mm 25mm 25mm; \
  @bottom-right { content: \"Sida \" counter(page) \" av \" counter(pages); font-size: 9pt; } }
body { font-family: 'DejaVu Serif', 'Liberation Serif', serif; font-size: 11pt; \
  line-height: 1.35; max-width: 165mm; position: relative; }
.letterhead { font-size: 9pt; min-height: 30mm; }
.reference { position: absolute; top: 0; left: 100mm; font-size: 9pt; }
.window { position: absolute; top: 37.7mm; left: -5mm; width: 85mm; height: 27.3mm; \
  font-style: normal; }
main { margin-top: 50mm; }
h1 { font-size: 15pt; } h2 { font-size: 11.5pt; margin-bottom: 0.2em; }
footer { font-size: 9pt; border-top: 0.5pt solid #888; margin-top: 2em; }
.draft { position: fixed; top: 40%; left: 10%; font-size: 72pt; color: rgba(160,0,0,0.25); \
  transform: rotate(-30deg); }
@media print { footer { position: fixed; bottom: 0; } }
";
