//! The workflows: one module per step of the case process. Each gathers its facts from the
//! store, lets the domain check them (refusals by rule), and writes, inside the write the
//! command opened; the command only parses flags before and renders the result after. The demo
//! calls these same functions, so its cases pass every rule a caseworker's would.
//!
//! A new workflow goes here, as a module named for the step (README, "For developers").

pub mod appeal;
pub mod apply;
pub mod assess;
pub mod carry_out;
pub mod decide;
pub mod due_process;
pub mod end;
pub mod follow_up;
pub mod ivo;
pub mod letter;
pub mod matching;
pub mod order;
pub mod person;
pub mod plan;
pub mod provider_work;
pub mod retain;
pub mod staff;
pub mod unit;
