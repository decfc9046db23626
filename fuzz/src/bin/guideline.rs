//! `guideline import`: parsing and validating any text, never a panic; a guideline accepted
//! prints as a document that reads back to the same guideline.
use insats::guideline::Guideline;

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let Ok(text) = std::str::from_utf8(data) else {
            return;
        };
        if let Ok(g) = Guideline::from_json(text) {
            let _ = g.validate();
            let _ = g.content_hash();
            let again = Guideline::from_json(&g.to_json_pretty());
            assert!(again.is_ok(), "a guideline accepted reads back: {again:?}");
        }
    });
}
