-- insats: indexes for the batch reports and reminders (issue 7), so that no report reads a whole
-- journal, visit or decision table.

-- report stats (decisions of a year), report unexecuted and reminders (grants without an order).
CREATE INDEX decision_decided_day ON decision (decided_day);

-- report unexecuted / ivo / hours: orders by execution day; orders ended without execution.
CREATE INDEX orders_executed_day ON orders (executed_day) WHERE executed_day IS NOT NULL;
CREATE INDEX orders_ended_day ON orders (ended_day) WHERE status = 'ended';

-- Reminders (E9 reviews of LVU decisions), report retention (files by law), report caseload,
-- report stats (applications of a year).
CREATE INDEX cases_insats_status ON cases (insats, status);
CREATE INDEX cases_caseworker_status ON cases (caseworker, status);
CREATE INDEX cases_received ON cases (received);

-- Reminders (E8): the yearly review counts from the last review, or from the start.
CREATE INDEX agreement_review_base ON agreement (coalesce(last_review, start_day))
    WHERE status = 'active';
-- report compensation (agreements of a month); deletion under R2 (by case).
CREATE INDEX agreement_start ON agreement (start_day);
CREATE INDEX agreement_case ON agreement (case_id);

-- Reminders (E5): recent cancellations across cases.
CREATE INDEX cancellation_day ON cancellation (day);

-- report retention (R2): a case's last journal entry without reading its whole journal.
CREATE INDEX journal_case_day ON journal (case_id, day);

-- Deletion under R2: SQLite checks every foreign key pointing at a deleted row, and without an
-- index on the pointing column it reads the whole table for each one.
CREATE INDEX journal_corrects ON journal (corrects) WHERE corrects IS NOT NULL;
CREATE INDEX visit_order ON visit (order_id);
CREATE INDEX cancellation_order ON cancellation (order_id);
CREATE INDEX offer_order ON offer (order_id);
CREATE INDEX agreement_order ON agreement (order_id);
CREATE INDEX orders_decision ON orders (decision_id);
CREATE INDEX follow_up_decision ON follow_up (decision_id);
CREATE INDEX follow_up_new_decision ON follow_up (new_decision_id) WHERE new_decision_id IS NOT NULL;
CREATE INDEX decision_replaces ON decision (replaces) WHERE replaces IS NOT NULL;
CREATE INDEX decision_assessment ON decision (assessment_id) WHERE assessment_id IS NOT NULL;
