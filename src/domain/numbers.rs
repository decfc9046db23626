//! One parser for each kind of number the command line takes, so that every command accepts and
//! refuses the same values: hours a month (at most the hours of a month), hours of one meeting
//! (at most a day), and amounts in kronor. Each refuses what is not finite (`1e308`, `inf`).

/// The hours of the longest month (31 × 24).
pub const MAX_MONTHLY_HOURS: f64 = 744.0;

/// `x` rounded to hundredths, never `-0` (a loss of 0.001 hours is no loss): what every table,
/// CSV and JSON shows of a number with decimals.
pub fn hundredths(x: f64) -> f64 {
    // Adding 0.0 turns -0.0 into 0.0 and leaves every other value as it is.
    (x * 100.0).round() / 100.0 + 0.0
}

/// `x` to at most two decimals, trailing zeros dropped: "3", "5.89", never "-0".
pub fn short(x: f64) -> String {
    let s = format!("{:.2}", hundredths(x));
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

fn number(s: &str) -> Option<f64> {
    let t = s.trim().replace(',', ".");
    // Only plain decimals: no exponents, no "inf" or "nan".
    if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    t.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// Hours per month: above 0 and at most 744.
pub fn monthly_hours(s: &str) -> Result<f64, String> {
    match number(s) {
        Some(h) if h > 0.0 && h <= MAX_MONTHLY_HOURS => Ok(h),
        _ => Err(format!(
            "'{s}' is not a number of hours per month: give a number above 0 and at most 744, e.g. 10 or 7.5"
        )),
    }
}

/// Hours of one meeting: above 0 and at most 24.
pub fn meeting_hours(s: &str) -> Result<f64, String> {
    match number(s) {
        Some(h) if h > 0.0 && h <= 24.0 => Ok(h),
        _ => Err(format!(
            "'{s}' is not the hours of one meeting: give a number above 0 and at most 24, e.g. 3 or 2.5"
        )),
    }
}

/// An amount in kronor: at least 0 and below a million, with at most two decimals' worth.
pub fn kronor(s: &str) -> Result<f64, String> {
    match number(s) {
        Some(k) if (0.0..1_000_000.0).contains(&k) => Ok((k * 100.0).round() / 100.0),
        _ => Err(format!(
            "'{s}' is not an amount in kronor: give a number from 0 below 1 000 000, e.g. 150 or 89,50"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_negative_zero() {
        assert!(hundredths(-0.001).is_sign_positive());
        assert!(hundredths(-0.0).is_sign_positive());
        assert_eq!(hundredths(-1.234), -1.23);
        assert_eq!(short(-0.001), "0");
        assert_eq!(short(5.891), "5.89");
        assert_eq!(short(3.0), "3");
        assert_eq!(serde_json::json!(hundredths(-0.0)).to_string(), "0.0");
    }

    #[test]
    fn hours_are_plain_finite_numbers_in_range() {
        assert_eq!(monthly_hours("10"), Ok(10.0));
        assert_eq!(monthly_hours("7,5"), Ok(7.5));
        assert_eq!(monthly_hours("744"), Ok(744.0));
        for bad in ["0", "744.5", "1e308", "inf", "NaN", "-3", "", "10h"] {
            assert!(monthly_hours(bad).is_err(), "{bad}");
        }
        assert_eq!(meeting_hours("2.5"), Ok(2.5));
        assert!(meeting_hours("25").is_err());
        assert_eq!(kronor("89,50"), Ok(89.5));
        assert!(kronor("1e6").is_err());
    }
}
