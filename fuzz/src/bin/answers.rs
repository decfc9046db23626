//! The answers document of `assess --answers`: any text, never a panic.
use insats::domain::answers::{self, Expected};

fn main() {
    let questions = insats_fuzz::questions();
    afl::fuzz!(|data: &[u8]| {
        let Ok(text) = std::str::from_utf8(data) else {
            return;
        };
        for child in [false, true] {
            let expected = Expected {
                case_id: 1,
                insats: "kontaktperson-sol",
                guideline: insats::guideline::Guideline::builtin().label(),
                questions: questions.clone(),
                child,
            };
            let _ = answers::parse(text, &expected);
        }
    });
}
