//! The domain: cases, rules with their IDs, dates, personal identity numbers.
//! No SQL and no printing here.

pub mod case;
pub mod dates;
pub mod decision;
pub mod order;
pub mod pnr;
pub mod rules;
