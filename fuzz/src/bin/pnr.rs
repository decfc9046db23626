//! The personnummer parser: any text, never a panic; what it accepts reads back the same.
use insats::domain::pnr::Pnr;

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let Ok(text) = std::str::from_utf8(data) else {
            return;
        };
        if let Ok(p) = Pnr::parse(text, insats_fuzz::today()) {
            let again = Pnr::from_stored(p.as_str()).expect("a parsed number is stored again");
            assert_eq!(again.as_str(), p.as_str());
            let _ = (p.formatted(), p.masked(), p.sex(), p.kind());
            let _ = p.age_on(insats_fuzz::today());
        }
        let _ = Pnr::from_stored(text);
    });
}
