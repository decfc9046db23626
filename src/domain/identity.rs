//! Who a person is in the file: a personnummer or samordningsnummer ([`Pnr`]), or, for someone
//! without a Swedish number (a newly arrived child, say), a reserve number.
//!
//! A reserve number is the birth date, `T` and three digits: `20150301T123`, written
//! `20150301-T123` (the form IVO asks for of a person without a personnummer). Its middle digit
//! (the third position counting the `T`: the `2` in `T123`) is even for a woman and odd for a
//! man. It carries a letter, so it can never pass as a personnummer; it is unique in the file.

use chrono::{Datelike, NaiveDate};

use crate::domain::pnr::{Pnr, Sex};

/// A reserve number (reservnummer), as stored: 8 digits of the birth date, `T`, 3 digits.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Reserve {
    text: String,
    birth: NaiveDate,
}

impl std::fmt::Debug for Reserve {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Reserve({})", self.masked())
    }
}

impl Reserve {
    /// The reserve number for someone born on `born` of `sex`, the `serial`-th of its kind
    /// (0, 1, ...): the digits run `T0s0`, `T0s1`, ... with `s` the sex digit. `None` past the
    /// fiftieth person of one birth date and sex.
    pub fn nth(born: NaiveDate, sex: Sex, serial: u32) -> Option<Reserve> {
        if serial >= 50 {
            return None;
        }
        let parity = match sex {
            Sex::Female => 0,
            Sex::Male => 1,
        };
        // serial = 10 * k + d3, with the sex digit 2k + parity running 0..=9.
        let (k, last) = (serial / 10, serial % 10);
        let middle = 2 * k + parity;
        let text = format!(
            "{:04}{:02}{:02}T{}{}{}",
            born.year(),
            born.month(),
            born.day(),
            k % 10,
            middle,
            last
        );
        Reserve::from_stored(&text)
    }

    /// A stored reserve number, checked: a real date, `T`, three digits.
    pub fn from_stored(text: &str) -> Option<Reserve> {
        let b = text.as_bytes();
        if b.len() != 12 || b[8] != b'T' || !b[..8].iter().chain(&b[9..]).all(u8::is_ascii_digit) {
            return None;
        }
        let birth =
            crate::domain::dates::parse(&format!("{}-{}-{}", &text[..4], &text[4..6], &text[6..8]))
                .ok()?;
        Some(Reserve {
            text: text.to_owned(),
            birth,
        })
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// `YYYYMMDD-T123`.
    pub fn formatted(&self) -> String {
        format!("{}-{}", &self.text[..8], &self.text[8..])
    }

    pub fn masked(&self) -> String {
        format!("{}-****", &self.text[..8])
    }

    pub fn birth_date(&self) -> NaiveDate {
        self.birth
    }

    /// The sex its middle digit records.
    pub fn sex(&self) -> Sex {
        if (self.text.as_bytes()[10] - b'0').is_multiple_of(2) {
            Sex::Female
        } else {
            Sex::Male
        }
    }
}

/// A person's identity as the file holds it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Identity {
    Pnr(Pnr),
    Reserve(Reserve),
}

impl Identity {
    /// What the file stores: a number or a reserve number; anything else is damaged.
    pub fn from_stored(text: &str) -> Option<Identity> {
        if let Ok(p) = Pnr::from_stored(text) {
            return Some(Identity::Pnr(p));
        }
        Reserve::from_stored(text).map(Identity::Reserve)
    }

    pub fn as_str(&self) -> &str {
        match self {
            Identity::Pnr(p) => p.as_str(),
            Identity::Reserve(r) => r.as_str(),
        }
    }

    pub fn formatted(&self) -> String {
        match self {
            Identity::Pnr(p) => p.formatted(),
            Identity::Reserve(r) => r.formatted(),
        }
    }

    /// For lists and reports (G5).
    pub fn masked(&self) -> String {
        match self {
            Identity::Pnr(p) => p.masked(),
            Identity::Reserve(r) => r.masked(),
        }
    }

    pub fn birth_date(&self) -> NaiveDate {
        match self {
            Identity::Pnr(p) => p.birth_date(),
            Identity::Reserve(r) => r.birth_date(),
        }
    }

    /// Full years on `date` (born on 29 February: a year older on 1 March in other years).
    pub fn age_on(&self, date: NaiveDate) -> u32 {
        crate::domain::dates::years_between(self.birth_date(), date)
    }

    pub fn is_reserve(&self) -> bool {
        matches!(self, Identity::Reserve(_))
    }

    /// The personnummer or samordningsnummer, when the person has one.
    pub fn pnr(&self) -> Option<&Pnr> {
        match self {
            Identity::Pnr(p) => Some(p),
            Identity::Reserve(_) => None,
        }
    }
}

impl From<Pnr> for Identity {
    fn from(p: Pnr) -> Identity {
        Identity::Pnr(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::domain::dates::parse(s).unwrap()
    }

    /// The sex is the middle digit's parity, for both sexes, and a reserve number is never a
    /// personnummer.
    #[test]
    fn reserve_numbers_carry_the_birth_date_and_the_sex_in_the_third_position() {
        let f = Reserve::nth(d("2015-03-01"), Sex::Female, 0).unwrap();
        assert_eq!(f.formatted(), "20150301-T000");
        assert_eq!(f.sex(), Sex::Female);
        let m = Reserve::nth(d("2015-03-01"), Sex::Male, 0).unwrap();
        assert_eq!(m.formatted(), "20150301-T010");
        assert_eq!(m.sex(), Sex::Male);
        let m12 = Reserve::nth(d("2015-03-01"), Sex::Male, 12).unwrap();
        assert_eq!(m12.formatted(), "20150301-T132");
        assert_eq!(m12.sex(), Sex::Male);
        assert_eq!(m12.birth_date(), d("2015-03-01"));
        assert!(Pnr::from_stored(m12.as_str()).is_err());
        assert!(Pnr::parse("20150301-T132", d("2026-01-01")).is_err());
        assert!(Reserve::nth(d("2015-03-01"), Sex::Male, 50).is_none());
        let all: std::collections::BTreeSet<String> = (0..50)
            .map(|i| {
                Reserve::nth(d("2015-03-01"), Sex::Female, i)
                    .unwrap()
                    .formatted()
            })
            .collect();
        assert_eq!(all.len(), 50, "every serial is its own number");
    }

    #[test]
    fn stored_identities_read_back() {
        assert!(matches!(
            Identity::from_stored("199001012385"),
            Some(Identity::Pnr(_))
        ));
        assert!(matches!(
            Identity::from_stored("20150301T123"),
            Some(Identity::Reserve(_))
        ));
        assert!(Identity::from_stored("20150230T123").is_none());
        assert!(Identity::from_stored("2015030XT123").is_none());
        let r = Identity::from_stored("20150301T123").unwrap();
        assert_eq!(r.masked(), "20150301-****");
        assert_eq!(r.age_on(d("2026-02-28")), 10);
        assert_eq!(r.age_on(d("2026-03-01")), 11);
    }
}
