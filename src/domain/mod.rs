//! The domain: cases, rules with their IDs, dates, personal identity numbers.
//! No SQL and no printing here.

/// An enum whose values are stored and shown by name: `as_str`, `parse`, `NAMES`, `ALL`,
/// `Display` and `Serialize`, from one list.
macro_rules! named {
    ($(#[$m:meta])* pub enum $t:ident { $($(#[$vm:meta])* $v:ident => $s:literal,)* }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $t { $($(#[$vm])* $v,)* }

        impl $t {
            pub const ALL: &'static [$t] = &[$($t::$v,)*];
            pub const NAMES: &'static [&'static str] = &[$($s,)*];

            pub fn as_str(self) -> &'static str {
                match self { $($t::$v => $s,)* }
            }

            pub fn parse(s: &str) -> Option<$t> {
                match s { $($s => Some($t::$v),)* _ => None }
            }
        }

        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}
pub(crate) use named;

pub mod access;
pub mod acting;
pub mod agreement;
pub mod answers;
pub mod assessment;
pub mod cancellation;
pub mod case;
pub mod consent;
pub mod dates;
pub mod decision;
pub mod due_process;
pub mod followup;
pub mod holidays;
pub mod hours;
pub mod identity;
pub mod ids;
pub mod ivo;
pub mod matching;
pub mod numbers;
pub mod order;
pub mod plan;
pub mod pnr;
pub mod recruitment;
pub mod report;
pub mod rules;
pub mod secrecy;
pub mod text;
pub mod warning;
