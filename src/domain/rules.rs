//! The rules the tool applies, by ID, with the source each comes from (docs/rules.md says what
//! each rule requires and what the tool does with it).
//!
//! A rule is a [`Rule`], never a string: a mistyped ID does not compile. The list below is the
//! one place the IDs are written; a test holds it equal to the headings of docs/rules.md.
//! Seeds: 000 guideline, 001 recruiting page, 002 provider requirements (Gotland), 003 contact
//! persons under LSS (Krokom), 004 ledsagning (Värmdö).

use serde::Serialize;

macro_rules! rules {
    ($($id:ident => $source:expr,)*) => {
        /// A rule of docs/rules.md.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rule {
            $($id,)*
        }

        impl Rule {
            /// Every rule, in the order of docs/rules.md.
            pub const ALL: &'static [Rule] = &[$(Rule::$id,)*];

            /// The rule's ID, e.g. "K4".
            pub fn id(self) -> &'static str {
                match self {
                    $(Rule::$id => stringify!($id),)*
                }
            }

            /// Where the rule comes from, for messages.
            pub fn source(self) -> &'static str {
                match self {
                    $(Rule::$id => $source,)*
                }
            }
        }
    };
}

rules! {
    G1 => "seed 000, riktlinjer: inga beslut tillsvidare",
    G2 => "seed 000, riktlinjer: vägledning, individuella behov",
    G3 => "seed 002, kvalitetskrav: insatsen föregås av beslut",
    G4 => "seed 000, riktlinjer: fortlöpande dokumentation",
    G5 => "seeds 000 and 003: tystnadsplikt, OSL 26 kap 1 §",
    G6 => "seed 000, riktlinjer: utredning före beslut",
    G7 => "förvaltningslagen (2017:900): beslutet gäller från den dag det fattas",
    C1 => "seed 000, riktlinjer: barnperspektiv",
    C2 => "seed 000, riktlinjer: barnets ålder och mognad",
    K1 => "seed 000 and prop. 2022/23:64: samtycke",
    K2 => "seed 000: två vårdnadshavare, FB 6 kap 13 a §",
    K3 => "seed 000: särskilt kvalificerad kontaktperson enligt LVU",
    K4 => "seed 000: umgängesstöd beslutas av domstol",
    K5 => "seed 000: den enskilde förstår och vill ha insatsen",
    K6 => "seed 000: särskilt kvalificerad kontaktperson enligt SoL",
    A1 => "seed 000: kontaktperson SoL",
    A2 => "seed 000: kontaktperson SoL, 65 år och äldre",
    A3 => "seed 000: ekonomihjälp som tillfällig brygga",
    A4 => "seed 000: kontaktperson LSS",
    A5 => "seed 000: särskilt kvalificerad kontaktperson",
    A6 => "seed 000: umgängesstöd",
    A7 => "seeds 000 and 004: ledsagning och ledsagarservice",
    A8 => "seed 000: anhöriga och nätverk",
    D1 => "seeds 002 and 004: nivå, period och mål",
    D2 => "seeds 002 and 004: beställningen",
    D3 => "seed 002: verkställighet inom tre månader",
    D4 => "seeds 002 and 003: den enskildes önskemål",
    D5 => "seeds 002 and 004: avgiftsfri insats",
    M1 => "seed 001: uppdragstagare 18 år",
    M2 => "seeds 001 and 003: utdrag ur belastningsregistret",
    M3 => "seed 000: inte anhörig eller nätverk",
    M4 => "seed 003: arbetsplats och boende",
    M5 => "seed 000: utbildning eller erfarenhet av socialt arbete",
    M6 => "seed 003: rekrytering",
    M7 => "seeds 001 and 003: långsiktigt uppdrag",
    M8 => "seeds 000 and 003: ingen ekonomisk uppgift",
    E1 => "seeds 002 and 004: timmar per period",
    E2 => "seeds 002 and 004: återbud från utföraren",
    E3 => "seed 004: vårdnadshavaren avbokar",
    E4 => "seed 004: sen avbokning",
    E5 => "seed 004: tre avbokningar",
    E6 => "seed 000: uppföljning",
    E7 => "seed 000: avslut",
    E8 => "seed 003: årlig uppföljning av uppdraget",
    E9 => "22 § med 13 § LVU: omprövning minst var sjätte månad",
    R1 => "SoL 2001:453 16 kap 6 f §, LSS 28 f §: rapport till IVO",
    R2 => "SoL 2001:453 12 kap 1 §: gallring",
    R3 => "SoL 2025:400: lagrum som data",
    R4 => "SoL 2001:453 16 kap 6 f-6 h §§, LSS 28 f-28 h §§: rapport till fullmäktige",
    R5 => "SOSFS 2005:21: Socialstyrelsens register över insatser enligt LSS",
    F1 => "förvaltningslagen 25 §: kommunicering",
    F2 => "förvaltningslagen 32 §: motivering",
    F3 => "förvaltningslagen 33 §: underrättelse om beslut",
    F4 => "förvaltningslagen 43-45 §§: överklagande",
    F5 => "förvaltningslagen 37-39 §§: omprövning",
    F6 => "förvaltningslagen 46 §: överlämnande till förvaltningsrätten",
    F7 => "förvaltningslagen: dom som bifaller verkställs",
    F8 => "förvaltningslagen 11-12 §§, SoL 2001:453 11 kap 2 §: dröjsmål",
    F9 => "förvaltningslagen: återkallad ansökan avskrivs",
    S1 => "OSL 26 kap 1 §, lag 2001:454: vem som handlar",
    S2 => "lag 2001:454, delegationsordningen: roller och delegation",
    S3 => "OSL 26 kap 1 §: enheter och behörighet",
    S4 => "lag 2001:454: loggning och loggkontroll",
    S5 => "OSL 26 kap 1 §: utförarens del av ärendet",
    P1 => "seeds 002 and 004: genomförandeplan",
    P2 => "seed 004: ledsagarens omkostnader",
    P3 => "seed 002: förändrade behov",
    P4 => "seed 004: avstämning med ledsagaren",
}

impl Rule {
    /// The rule with this ID, if there is one (IDs from data: a guideline's questions).
    pub fn parse(id: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.id() == id)
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

impl Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// The source of a rule given by its ID, for messages; unknown IDs say where to look.
pub fn source(rule: &str) -> &'static str {
    Rule::parse(rule).map_or("docs/rules.md", Rule::source)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_one_id_and_a_source() {
        let mut ids: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Rule::ALL.len());
        assert_eq!(source("K4"), "seed 000: umgängesstöd beslutas av domstol");
        assert_eq!(source("X9"), "docs/rules.md");
        assert_eq!(Rule::parse("M6"), Some(Rule::M6));
        assert_eq!(Rule::parse("m6"), None);
        assert_eq!(serde_json::to_string(&Rule::E5).unwrap(), "\"E5\"");
    }

    /// The rules in code are the rules of the project's own document, no more and no fewer,
    /// in its order.
    #[test]
    fn the_rules_are_those_of_docs_rules_md() {
        let doc = include_str!("../../docs/rules.md");
        let headed: Vec<&str> = doc
            .lines()
            .filter_map(|l| l.strip_prefix("### "))
            .filter_map(|l| l.split(" · ").next())
            .collect();
        let code: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
        assert_eq!(headed, code, "docs/rules.md and domain::rules disagree");
    }
}
