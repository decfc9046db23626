//! Who may see and do what (S1-S5): who acts, the role table, delegation, units, the provider's
//! view, and the access log with its review.

mod log;
mod provider;
mod roles;
mod units;
mod who;
