//! The date parser: any text, never a panic; what it accepts prints back as it was written.
use insats::domain::dates;

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let Ok(text) = std::str::from_utf8(data) else {
            return;
        };
        if let Ok(d) = dates::parse(text) {
            assert_eq!(d.format("%Y-%m-%d").to_string(), text);
            let _ = dates::add_months(d, 1200);
            let _ = dates::sub_months(d, 1200);
            let _ = dates::years_between(d, insats_fuzz::today());
        }
    });
}
