//! Secrecy (G5): how a personal identity number is shown. Lists and reports mask it unless the
//! user asks to reveal it (which is audited); a person with protected identity (skyddad
//! identitet) is never shown by number there, not even then. One place, so that every list,
//! report and export masks alike.

use crate::domain::identity::Identity;

/// What lists and reports print instead of the number of a person with protected identity.
pub const PROTECTED: &str = "skyddad identitet";

/// A stored number as a list shows it: masked (`19900101-****`), or whole when revealed.
pub fn show_pnr(stored: &str, reveal: bool) -> String {
    match Identity::from_stored(stored) {
        Some(p) if reveal => p.formatted(),
        Some(p) => p.masked(),
        None => "(damaged)".to_string(),
    }
}

/// A person's number as a list or report shows it: protected identity never by number.
pub fn identity(stored: &str, protected: bool, reveal: bool) -> String {
    if protected {
        PROTECTED.to_string()
    } else {
        show_pnr(stored, reveal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// G5: masked by default, whole when revealed, never for a protected identity.
    #[test]
    fn g5_numbers_are_masked_and_protected_identities_never_shown() {
        assert_eq!(show_pnr("199001012385", false), "19900101-****");
        assert_eq!(show_pnr("199001012385", true), "19900101-2385");
        assert_eq!(identity("199001012385", true, true), PROTECTED);
        assert_eq!(identity("199001012385", false, false), "19900101-****");
        assert_eq!(show_pnr("x", true), "(damaged)");
        assert_eq!(show_pnr("20150301T123", false), "20150301-****");
        assert_eq!(show_pnr("20150301T123", true), "20150301-T123");
    }
}
