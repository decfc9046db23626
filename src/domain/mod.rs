//! The domain: cases, rules with their IDs, dates, personal identity numbers.
//! No SQL and no printing here.

pub mod cancellation;
pub mod case;
pub mod dates;
pub mod followup;
pub mod hours;
pub mod matching;
pub mod pnr;
pub mod recruitment;
pub mod report;
pub mod rules;
