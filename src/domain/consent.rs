//! Consent and request as recorded facts (K1, K2): who asked for the intervention or agreed to
//! it, which guardian, on which day, and when it was withdrawn or refused. Nothing is assumed: a
//! case where nobody was asked has no consent.

use chrono::NaiveDate;
use serde::Serialize;

crate::domain::named! {
    /// Who a fact is about: the individual, or one of a child's two guardians.
    pub enum Party {
        Myself => "self",
        Guardian1 => "guardian-1",
        Guardian2 => "guardian-2",
    }
}

crate::domain::named! {
    /// What the party did.
    pub enum Kind {
        /// Asked for the intervention (ansökan, begäran).
        Request => "request",
        /// Agreed to it (samtycke).
        Given => "given",
        /// Took an earlier agreement back.
        Withdrawn => "withdrawn",
        /// Objected (K2: one of two guardians objects).
        Refused => "refused",
    }
}

impl Party {
    /// The guardian in slot 1 or 2.
    pub fn guardian(slot: u8) -> Option<Party> {
        match slot {
            1 => Some(Party::Guardian1),
            2 => Some(Party::Guardian2),
            _ => None,
        }
    }

    /// The guardian's slot, for a guardian.
    pub fn slot(self) -> Option<u8> {
        match self {
            Party::Myself => None,
            Party::Guardian1 => Some(1),
            Party::Guardian2 => Some(2),
        }
    }

    /// As the journal and letters name the party.
    pub fn swedish(self) -> &'static str {
        match self {
            Party::Myself => "den enskilde",
            Party::Guardian1 => "vårdnadshavare 1",
            Party::Guardian2 => "vårdnadshavare 2",
        }
    }
}

impl Kind {
    pub fn swedish(self) -> &'static str {
        match self {
            Kind::Request => "ansökan eller begäran",
            Kind::Given => "samtycke",
            Kind::Withdrawn => "återkallat samtycke",
            Kind::Refused => "invändning",
        }
    }
}

/// One recorded fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    pub by: Party,
    pub kind: Kind,
    pub day: NaiveDate,
}

/// Where a party stands on a day: their latest fact on or before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stand {
    /// Asked for it or agreed.
    Agrees,
    /// Withdrew an earlier agreement.
    Withdrew,
    /// Objects.
    Objects,
    /// Never asked, or nothing recorded.
    NotAsked,
}

/// A case's facts, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Consents {
    pub facts: Vec<Fact>,
}

impl Consents {
    pub fn new(facts: Vec<Fact>) -> Consents {
        Consents { facts }
    }

    /// The party's stand on `on`.
    pub fn stand(&self, by: Party, on: NaiveDate) -> Stand {
        match self
            .facts
            .iter()
            .rev()
            .find(|f| f.by == by && f.day <= on)
            .map(|f| f.kind)
        {
            Some(Kind::Request | Kind::Given) => Stand::Agrees,
            Some(Kind::Withdrawn) => Stand::Withdrew,
            Some(Kind::Refused) => Stand::Objects,
            None => Stand::NotAsked,
        }
    }

    pub fn agrees(&self, by: Party, on: NaiveDate) -> bool {
        self.stand(by, on) == Stand::Agrees
    }

    /// The party withdrew a consent they had given (K5: the intervention ends).
    pub fn withdrawn(&self, by: Party, on: NaiveDate) -> bool {
        self.stand(by, on) == Stand::Withdrew
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::domain::dates::parse(s).unwrap()
    }

    /// K1: nothing recorded is no consent; the latest fact on the day decides.
    #[test]
    fn k1_the_latest_fact_on_the_day_is_the_stand() {
        let c = Consents::new(vec![
            Fact {
                by: Party::Myself,
                kind: Kind::Given,
                day: d("2026-01-10"),
            },
            Fact {
                by: Party::Myself,
                kind: Kind::Withdrawn,
                day: d("2026-03-01"),
            },
            Fact {
                by: Party::Guardian2,
                kind: Kind::Refused,
                day: d("2026-01-05"),
            },
        ]);
        assert_eq!(c.stand(Party::Myself, d("2026-01-09")), Stand::NotAsked);
        assert!(c.agrees(Party::Myself, d("2026-02-28")));
        assert!(c.withdrawn(Party::Myself, d("2026-03-01")));
        assert_eq!(c.stand(Party::Guardian2, d("2026-06-01")), Stand::Objects);
        assert_eq!(c.stand(Party::Guardian1, d("2026-06-01")), Stand::NotAsked);
        assert_eq!(Party::parse("guardian-2"), Some(Party::Guardian2));
        assert_eq!(Party::Guardian1.slot(), Some(1));
    }
}
