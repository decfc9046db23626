//! The domain: cases, rules with their IDs, dates, personal identity numbers.
//! No SQL and no printing here.

pub mod agreement;
pub mod answers;
pub mod assessment;
pub mod cancellation;
pub mod case;
pub mod dates;
pub mod decision;
pub mod followup;
pub mod holidays;
pub mod hours;
pub mod matching;
pub mod order;
pub mod pnr;
pub mod recruitment;
pub mod report;
pub mod rules;
