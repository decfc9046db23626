//! The domain: cases, rules with their IDs, dates, personal identity numbers.
//! No SQL and no printing here.

pub mod answers;
pub mod assessment;
pub mod case;
pub mod dates;
pub mod pnr;
pub mod rules;
