//! Ending an intervention (E7): the decision, the order and the agreement end on the same day,
//! and the case with them; an assignee left without an assignment goes back to waiting (M6).

use anyhow::Result;
use chrono::NaiveDate;

use crate::domain::case::CaseEvent;
use crate::domain::recruitment::Stage;
use crate::store::Tx;
use crate::store::assignee::{self as register, Field};
use crate::store::carry::active_agreement;
use crate::store::cases::advance;
use crate::store::followup::{end_agreement, end_decision, end_order};

/// What ending an intervention touched besides the decision.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ended {
    pub order_id: Option<i64>,
    pub agreement_id: Option<i64>,
    /// The assignee who went back to waiting for a new assignment (M6).
    pub assignee_back_to_waiting: Option<i64>,
}

/// Ends the decision, the order and the agreement on `on`, and the case with them (E7). An
/// assigned assignee without another active agreement goes back to waiting (M6).
pub fn end_intervention(tx: &Tx, case_id: i64, decision_id: i64, on: NaiveDate) -> Result<Ended> {
    end_decision(tx, decision_id, on)?;
    let order_id = crate::store::order::open(tx, case_id)?.map(|o| o.order_id);
    if let Some(id) = order_id {
        end_order(tx, id, on)?;
    }
    let agreement = active_agreement(tx, case_id)?;
    let mut back = None;
    if let Some(a) = &agreement {
        let assignee_id = a.assignee_id;
        end_agreement(tx, a.agreement_id, on)?;
        let others = register::held_case(tx, assignee_id)?;
        let stage = register::get(tx, assignee_id)?.stage;
        if others.is_none() && stage == Stage::Assigned {
            register::set(tx, assignee_id, Field::Stage, Stage::Waiting.as_str())?;
            register::set(tx, assignee_id, Field::WaitingSince, on)?;
            register::add_step(
                tx,
                assignee_id,
                Stage::Waiting,
                on,
                Some(&format!("uppdraget i ärende {case_id} avslutat")),
            )?;
            back = Some(assignee_id);
        }
    }
    advance(tx, case_id, CaseEvent::Ended)?;
    tx.audit("intervention ended", Some(case_id))?;
    Ok(Ended {
        order_id,
        agreement_id: agreement.map(|a| a.agreement_id),
        assignee_back_to_waiting: back,
    })
}
