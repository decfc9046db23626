//! The rules of RULES.md by ID, with the seed document each comes from.
//!
//! Refusals name the rule and its source; the rule logic itself lives next to the domain it
//! governs (`case.rs`, `decision.rs`, ...) and always refers to these IDs.

/// (rule ID, where it comes from). Seeds: 000 guideline, 001 recruiting page, 002 provider
/// requirements (Gotland), 003 contact persons under LSS (Krokom), 004 ledsagning (Värmdö).
pub const RULES: &[(&str, &str)] = &[
    ("G1", "seed 000, riktlinjer: inga beslut tillsvidare"),
    ("G2", "seed 000, riktlinjer: vägledning, individuella behov"),
    ("G3", "seed 002, kvalitetskrav: insatsen föregås av beslut"),
    ("G4", "seed 000, riktlinjer: fortlöpande dokumentation"),
    ("G5", "seeds 000 and 003: tystnadsplikt, OSL 26 kap 1 §"),
    ("G6", "seed 000, riktlinjer: utredning före beslut"),
    ("C1", "seed 000, riktlinjer: barnperspektiv"),
    ("C2", "seed 000, riktlinjer: barnets ålder och mognad"),
    ("K1", "seed 000 and prop. 2022/23:64: samtycke"),
    ("K2", "seed 000: två vårdnadshavare, FB 6 kap 13 a §"),
    (
        "K3",
        "seed 000: särskilt kvalificerad kontaktperson enligt LVU",
    ),
    ("K4", "seed 000: umgängesstöd beslutas av domstol"),
    ("K5", "seed 000: den enskilde förstår och vill ha insatsen"),
    (
        "K6",
        "seed 000: särskilt kvalificerad kontaktperson enligt SoL",
    ),
    ("A1", "seed 000: kontaktperson SoL"),
    ("A2", "seed 000: kontaktperson SoL, 65 år och äldre"),
    ("A3", "seed 000: ekonomihjälp som tillfällig brygga"),
    ("A4", "seed 000: kontaktperson LSS"),
    ("A5", "seed 000: särskilt kvalificerad kontaktperson"),
    ("A6", "seed 000: umgängesstöd"),
    ("A7", "seeds 000 and 004: ledsagning och ledsagarservice"),
    ("A8", "seed 000: anhöriga och nätverk"),
    ("D1", "seeds 002 and 004: nivå, period och mål"),
    ("D2", "seeds 002 and 004: beställningen"),
    ("D3", "seed 002: verkställighet inom tre månader"),
    ("D4", "seeds 002 and 003: den enskildes önskemål"),
    ("D5", "seeds 002 and 004: avgiftsfri insats"),
    ("M1", "seed 001: uppdragstagare 18 år"),
    ("M2", "seeds 001 and 003: utdrag ur belastningsregistret"),
    ("M3", "seed 000: inte anhörig eller nätverk"),
    ("M4", "seed 003: arbetsplats och boende"),
    (
        "M5",
        "seed 000: utbildning eller erfarenhet av socialt arbete",
    ),
    ("M6", "seed 003: rekrytering"),
    ("M7", "seeds 001 and 003: långsiktigt uppdrag"),
    ("M8", "seeds 000 and 003: ingen ekonomisk uppgift"),
    ("E1", "seeds 002 and 004: timmar per period"),
    ("E2", "seeds 002 and 004: återbud från utföraren"),
    ("E3", "seed 004: vårdnadshavaren avbokar"),
    ("E4", "seed 004: sen avbokning"),
    ("E5", "seed 004: tre avbokningar"),
    ("E6", "seed 000: uppföljning"),
    ("E7", "seed 000: avslut"),
    ("E8", "seed 003: årlig uppföljning av uppdraget"),
    ("E9", "seed 000: LVU 22 § omprövas var sjätte månad"),
    (
        "R1",
        "SoL 2001:453 16 kap 6 f §, LSS 28 f §: rapport till IVO",
    ),
    ("R2", "SoL 2001:453 12 kap 1 §: gallring"),
    ("R3", "SoL 2025:400: lagrum som data"),
];

/// The source of a rule, for messages; unknown IDs say so rather than panic.
pub fn source(rule: &str) -> &'static str {
    RULES
        .iter()
        .find(|(id, _)| *id == rule)
        .map(|(_, s)| *s)
        .unwrap_or("RULES.md")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_one_source() {
        let mut ids: Vec<&str> = RULES.iter().map(|(id, _)| *id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), RULES.len());
        assert_eq!(source("K4"), "seed 000: umgängesstöd beslutas av domstol");
        assert_eq!(source("X9"), "RULES.md");
    }
}
