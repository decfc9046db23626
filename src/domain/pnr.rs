//! Swedish personal identity numbers: personnummer and samordningsnummer.
//!
//! A [`Pnr`] is only ever built from input that passed every check, so its
//! accessors cannot fail. Errors never repeat the input (secrecy rule G5).

use std::fmt;

use chrono::{Datelike, NaiveDate};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PnrKind {
    Personnummer,
    /// Coordination number: the day of birth plus 60.
    Samordningsnummer,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Female,
    Male,
}

impl Sex {
    pub const NAMES: [&'static str; 2] = ["female", "male"];

    pub fn as_str(self) -> &'static str {
        match self {
            Sex::Female => "female",
            Sex::Male => "male",
        }
    }

    pub fn parse(s: &str) -> Option<Sex> {
        match s {
            "female" => Some(Sex::Female),
            "male" => Some(Sex::Male),
            _ => None,
        }
    }
}

/// A validated number, stored as 12 ASCII digits `YYYYMMDDNNNC`.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Pnr {
    digits: String,
    // Real birth date, derived from `digits` when validated.
    birth: NaiveDate,
}

/// Debug output is masked, so that a stray `{:?}` in a log or an error never leaks a number (G5).
impl std::fmt::Debug for Pnr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Pnr({})", self.masked())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PnrError {
    /// Not one of the accepted written forms.
    Format,
    /// The date part is not a real date (or not day + 60 of one).
    Date,
    /// Birth number 000 is never issued.
    BirthNumber,
    /// The Luhn check digit does not match.
    Checksum,
    /// The birth date is after today.
    Future,
}

impl fmt::Display for PnrError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self {
            Self::Format => {
                "expected 10 or 12 digits, with at most a '-' or '+' before the last four"
            }
            Self::Date => "the date part is not a real date",
            Self::BirthNumber => "the three digits after the date must not be 000",
            Self::Checksum => "the check digit is wrong",
            Self::Future => "the birth date is in the future",
        };
        write!(
            f,
            "not a valid personal identity number: {what} \
             (use YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN or YYMMDD+NNNN)"
        )
    }
}

impl std::error::Error for PnrError {}

impl Pnr {
    /// Accepts `YYYYMMDD-NNNN`, `YYYYMMDDNNNN`, `YYMMDD-NNNN`, `YYMMDD+NNNN`, `YYMMDDNNNN` and
    /// `YYYYMMDD+NNNN`. Surrounding whitespace is trimmed; any other separator is rejected.
    /// 10-digit forms: the century is the latest one that puts the birth date on or before
    /// `today`; with '+' a further 100 years back (the person is 100 or older).
    /// Checks: the date is real (samordningsnummer: day + 60), not after `today`, and the
    /// Luhn check digit over the 10-digit form.
    pub fn parse(input: &str, today: NaiveDate) -> Result<Pnr, PnrError> {
        // Work on bytes: slicing them cannot panic, and non-ASCII is never a digit.
        let s = input.trim().as_bytes();
        let (date_part, sep, tail) = match s.len() {
            10 | 12 => (&s[..s.len() - 4], None, &s[s.len() - 4..]),
            11 | 13 => (&s[..s.len() - 5], Some(s[s.len() - 5]), &s[s.len() - 4..]),
            _ => return Err(PnrError::Format),
        };
        let plus = match sep {
            None | Some(b'-') => false,
            Some(b'+') => true,
            Some(_) => return Err(PnrError::Format),
        };
        if !date_part.iter().chain(tail).all(u8::is_ascii_digit) {
            return Err(PnrError::Format);
        }
        let mut long = String::with_capacity(12);
        if date_part.len() == 8 {
            // The century is written out, so a '+' adds nothing here.
            long.extend(date_part.iter().map(|&b| char::from(b)));
        } else {
            let (month, raw_day) = (num(&date_part[2..4]), num(&date_part[4..6]));
            let day = if raw_day > 60 { raw_day - 60 } else { raw_day };
            let mut year =
                today.year() - today.year().rem_euclid(100) + num(&date_part[..2]) as i32;
            // Tuples, not dates: the date may not exist, which is reported later as a date error.
            if (year, month, day) > (today.year(), today.month(), today.day()) {
                year -= 100;
            }
            if plus {
                year -= 100;
            }
            if !(0..=9999).contains(&year) {
                return Err(PnrError::Date);
            }
            long.extend(format!("{year:04}").chars());
            long.extend(date_part[2..].iter().map(|&b| char::from(b)));
        }
        long.extend(tail.iter().map(|&b| char::from(b)));
        let pnr = Self::from_stored(&long)?;
        if pnr.birth > today {
            return Err(PnrError::Future);
        }
        Ok(pnr)
    }

    /// For 12 digits read back from the database (still validated, but not against today).
    pub fn from_stored(digits: &str) -> Result<Pnr, PnrError> {
        let b = digits.as_bytes();
        if b.len() != 12 || !b.iter().all(u8::is_ascii_digit) {
            return Err(PnrError::Format);
        }
        let raw_day = num(&b[6..8]);
        let day = if raw_day > 60 { raw_day - 60 } else { raw_day };
        let birth = NaiveDate::from_ymd_opt(num(&b[..4]) as i32, num(&b[4..6]), day)
            .ok_or(PnrError::Date)?;
        if &b[8..11] == b"000" {
            return Err(PnrError::BirthNumber);
        }
        if !luhn_ok(&b[2..]) {
            return Err(PnrError::Checksum);
        }
        Ok(Pnr {
            digits: digits.to_owned(),
            birth,
        })
    }

    /// The 12 digits, e.g. `199001011234`.
    pub fn as_str(&self) -> &str {
        &self.digits
    }

    /// `YYYYMMDD-NNNN`.
    pub fn formatted(&self) -> String {
        format!("{}-{}", &self.digits[..8], &self.digits[8..])
    }

    /// `YYYYMMDD-****`, for reports that must not show the full number (rule G5).
    pub fn masked(&self) -> String {
        format!("{}-****", &self.digits[..8])
    }

    /// The real birth date (for a samordningsnummer, the written day minus 60).
    pub fn birth_date(&self) -> NaiveDate {
        self.birth
    }

    pub fn kind(&self) -> PnrKind {
        if num(&self.digits.as_bytes()[6..8]) > 60 {
            PnrKind::Samordningsnummer
        } else {
            PnrKind::Personnummer
        }
    }

    /// The ninth digit of the 10-digit form: even for women, odd for men.
    pub fn sex(&self) -> Sex {
        if num(&self.digits.as_bytes()[10..11]).is_multiple_of(2) {
            Sex::Female
        } else {
            Sex::Male
        }
    }

    /// Full years on `date`, 0 before birth. Comparing (month, day) means someone born on
    /// Feb 29 turns a year older on Mar 1 in non-leap years.
    pub fn age_on(&self, date: NaiveDate) -> u32 {
        let b = self.birth;
        let mut years = date.year() - b.year();
        if (date.month(), date.day()) < (b.month(), b.day()) {
            years -= 1;
        }
        u32::try_from(years).unwrap_or(0)
    }
}

/// Value of a run of ASCII digits (callers have checked them; at most 4 here).
fn num(digits: &[u8]) -> u32 {
    digits
        .iter()
        .fold(0, |n, &c| n * 10 + u32::from(c.wrapping_sub(b'0')))
}

/// Luhn over the 10-digit form, check digit included: weights 2,1,2,1,...
fn luhn_ok(ten: &[u8]) -> bool {
    let sum: u32 = ten
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let d = u32::from(c.wrapping_sub(b'0')) * if i % 2 == 0 { 2 } else { 1 };
            d / 10 + d % 10
        })
        .sum();
    sum.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
    }

    fn parse(s: &str) -> Result<Pnr, PnrError> {
        Pnr::parse(s, today())
    }

    /// Appends the right check digit to 11 digits `YYYYMMDDNNN`.
    fn with_check(first11: &str) -> String {
        (0..10)
            .map(|c| format!("{first11}{c}"))
            .find(|s| luhn_ok(&s.as_bytes()[2..]))
            .expect("one digit fits")
    }

    #[test]
    fn meta_list_every_form() {
        let list: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/data/personnummer-meta-list.json"))
                .expect("meta list is JSON");
        let entries = list.as_array().expect("meta list is an array");
        assert_eq!(entries.len(), 14);
        let mut checked = 0;
        for e in entries {
            let long = e["long_format"].as_str().expect("long_format");
            let plus = e["separated_format"]
                .as_str()
                .is_some_and(|s| s.contains('+'));
            for form in "long_format short_format separated_format separated_long".split(' ') {
                let input = e[form].as_str().expect("form present");
                let result = parse(input);
                checked += 1;
                if e["valid"] != true {
                    assert!(result.is_err(), "{form} {input} should be rejected");
                    continue;
                }
                let p = result.unwrap_or_else(|err| panic!("{form} {input}: {err}"));
                // Without a separator the 10-digit form cannot say "100 or older", so it
                // resolves to the later century.
                let expected = if form == "short_format" && plus {
                    format!("20{}", &long[2..])
                } else {
                    long.to_owned()
                };
                assert_eq!(p.as_str(), expected, "{form} {input}");
                let con = e["type"] == "con";
                assert_eq!(p.kind() == PnrKind::Samordningsnummer, con, "{input}");
                assert_eq!(p.sex() == Sex::Male, e["isMale"] == true, "{input}");
            }
        }
        assert_eq!(checked, 56);
    }

    #[test]
    fn skatteverket_numbers_round_trip_in_every_form() {
        let mut count = 0;
        for line in include_str!("../../data/testpersonnummer.txt").lines() {
            let p = parse(line).unwrap_or_else(|e| panic!("{line}: {e}"));
            assert_eq!(p.as_str(), line);
            let sep = if p.age_on(today()) >= 100 { '+' } else { '-' };
            let short = format!("{}{sep}{}", &line[2..8], &line[8..]);
            for form in [p.formatted(), short] {
                let q = parse(&form).unwrap_or_else(|e| panic!("{form}: {e}"));
                assert_eq!(q.as_str(), line, "{form}");
            }
            assert_eq!(Pnr::from_stored(line).as_ref(), Ok(&p));
            count += 1;
        }
        assert_eq!(count, 41_127);
    }

    #[test]
    fn accessors() {
        let p = parse(" 19900101-2385\n").expect("valid");
        assert_eq!(p.as_str(), "199001012385");
        assert_eq!(p.formatted(), "19900101-2385");
        assert_eq!(p.masked(), "19900101-****");
        assert_eq!(p.birth_date(), NaiveDate::from_ymd_opt(1990, 1, 1).unwrap());
        assert_eq!((p.kind(), p.sex()), (PnrKind::Personnummer, Sex::Female));
        assert_eq!(parse("9001012385"), Ok(p.clone()));
        assert_eq!(parse("900101-2385"), Ok(p));
        let json = serde_json::to_string(&(PnrKind::Samordningsnummer, Sex::Female)).unwrap();
        assert_eq!(json, r#"["samordningsnummer","female"]"#);
    }

    #[test]
    fn wrong_check_digit() {
        assert_eq!(parse("19900101-2386"), Err(PnrError::Checksum));
        assert_eq!(parse("900101-2384"), Err(PnrError::Checksum));
        assert_eq!(Pnr::from_stored("199001012386"), Err(PnrError::Checksum));
    }

    #[test]
    fn impossible_dates() {
        // Feb 30, month 13, day 0, day 32, Feb 29 in a non-leap century year.
        for s in ["900230", "901301", "900100", "900132", "000229"] {
            assert_eq!(
                parse(&with_check(&format!("19{s}123"))),
                Err(PnrError::Date)
            );
        }
        assert!(parse(&with_check("20000229123")).is_ok());
    }

    #[test]
    fn samordningsnummer_days() {
        for day in 61..=91 {
            let p = parse(&with_check(&format!("199001{day}123"))).expect("valid");
            assert_eq!(p.kind(), PnrKind::Samordningsnummer);
            assert_eq!(p.birth_date().day(), day - 60);
            assert_eq!(p.sex(), Sex::Male);
        }
        for day in [60, 92, 99] {
            let s = with_check(&format!("199001{day}123"));
            assert_eq!(parse(&s), Err(PnrError::Date), "{s}");
        }
        // Day 31 + 60 in a 30-day month.
        assert_eq!(parse(&with_check("19900491123")), Err(PnrError::Date));
    }

    #[test]
    fn future_and_century() {
        let born = |s: &str| parse(s).map(|p| p.birth_date().year());
        let ten = |s: &str, sep: char| format!("{}{sep}{}", &s[2..8], &s[8..]);
        let (today, tomorrow) = (with_check("20261123123"), with_check("20261124123"));
        assert_eq!(born(&tomorrow), Err(PnrError::Future));
        assert_eq!(born(&today), Ok(2026));
        // 10-digit forms never land in the future: they fall back a century.
        assert_eq!(born(&tomorrow[2..]), Ok(1926));
        assert_eq!(born(&ten(&tomorrow, '-')), Ok(1926));
        assert_eq!(born(&ten(&today, '-')), Ok(2026));
        assert_eq!(born(&ten(&today, '+')), Ok(1926));
        assert_eq!(born("900101-2385"), Ok(1990));
        // '+' for someone under 100 means 100 years further back.
        assert_eq!(born("900101+2385"), Ok(1890));
    }

    #[test]
    fn birth_number_000_rejected() {
        assert_eq!(
            parse(&with_check("19900101000")),
            Err(PnrError::BirthNumber)
        );
    }

    #[test]
    fn malformed_input_rejected_without_panic() {
        let long = "1".repeat(1_000_000);
        // '|'-separated so that the blank and whitespace-only cases stay visible.
        let cases = "|   |19900101 2385|900101 2385|19900101/2385|1990-01-01-2385|19900101--2385\
                     |19900101-238|1990010123851|abcdefghijkl|19900101-23A5|١٢٣|١٩٩٠٠١٠١-٢٣٨٥\
                     |١٩٩٠٠١٠١٢٣٨٥|199001é-2385|19900101-238é|-199001012385|+90010123851";
        for s in cases.split('|').chain([long.as_str()]) {
            assert_eq!(parse(s), Err(PnrError::Format), "{s:?}");
        }
        for s in "|19900101-2385|1990010123851|١٩٩٠٠١٠١٢|9001012385".split('|') {
            assert_eq!(Pnr::from_stored(s), Err(PnrError::Format), "{s:?}");
        }
    }

    #[test]
    fn error_messages_are_one_line_and_never_echo_input() {
        use PnrError::*;
        for e in [Format, Date, BirthNumber, Checksum, Future] {
            let msg = e.to_string();
            assert!(msg.starts_with("not a valid personal identity number: "));
            assert!(!msg.contains('\n') && !msg.contains("2385"));
        }
    }

    #[test]
    fn age_on() {
        let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("date");
        let leap = parse(&with_check("20000229123")).expect("valid");
        assert_eq!(leap.age_on(on(2001, 2, 28)), 0);
        assert_eq!(leap.age_on(on(2001, 3, 1)), 1);
        assert_eq!(leap.age_on(on(2004, 2, 29)), 4);
        assert_eq!(leap.age_on(on(1999, 12, 31)), 0);
        let p = parse("19900101-2385").expect("valid");
        assert_eq!(p.age_on(on(2025, 12, 31)), 35);
        assert_eq!(p.age_on(on(2026, 1, 1)), 36);
    }
}
