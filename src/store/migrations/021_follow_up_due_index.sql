-- insats schema version 21: the grants in force in the order their follow-ups fall due
-- (issue 21).
--
-- A grant's follow-up (G1, E6) falls due six weeks before its last day, or on its first day
-- when the grant is shorter. `report reminders` read every grant in force ending within the
-- window and six weeks, and sorted them by that day on every run: a fifth of the statement's
-- work at 100,000 cases. This index holds the grants in force in that order, with what the
-- statement reads of each. The six weeks are the guideline's default
-- (`follow_up_weeks_before_end`); with another setting the reminders sort as before.
CREATE INDEX decision_follow_up_due ON decision (
    max(date(to_day, '-42 days'), from_day), case_id, from_day, to_day, hours_per_month,
    decided_day) WHERE status = 'in_force' AND outcome = 'grant';
