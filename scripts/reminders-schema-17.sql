-- The statements of report reminders at schema version 17 (49872c1), as `report reminders --sql`
-- printed them with INSATS_TODAY=2026-11-23: scripts/bench times the sqlite3 shell on them (issue 21).
SELECT c.id, c.insats, c.caseworker, c.status, p.id, p.pnr, p.protected, p.birth_date, p.sex, d.id, d.from_day, d.to_day, d.hours_per_month,
    (SELECT max(f.day) FROM follow_up f WHERE f.case_id = d.case_id AND f.decision_id = d.id),
    d.decided_day
         FROM decision d INDEXED BY decision_grant_end
         JOIN cases c ON c.id = d.case_id JOIN person p ON p.id = c.person_id
         WHERE d.status = 'in_force' AND d.outcome = 'grant' AND d.to_day BETWEEN '2026-11-23' AND '2026-12-23'
           AND c.status NOT IN ('ended', 'rejected', 'written_off', 'closed')
         ORDER BY d.to_day, d.case_id;
SELECT c.id, c.insats, c.caseworker, c.status, p.id, p.pnr, p.protected, p.birth_date, p.sex, d.id, d.decided_day, o.id, o.provider, o.execute_by
         FROM orders o INDEXED BY orders_execute_by
         JOIN decision d ON d.id = o.decision_id
         JOIN cases c ON c.id = o.case_id JOIN person p ON p.id = c.person_id
         WHERE o.status = 'open' AND o.execute_by <= '2026-12-23' AND c.status NOT IN ('ended', 'rejected', 'written_off', 'closed')
         ORDER BY o.execute_by, o.case_id;
SELECT c.id, c.insats, c.caseworker, c.status, p.id, p.pnr, p.protected, p.birth_date, p.sex, d.id, d.decided_day
         FROM cases c INDEXED BY cases_status
         JOIN decision d ON d.case_id = c.id AND d.status = 'in_force' AND d.outcome = 'grant'
         JOIN person p ON p.id = c.person_id
         WHERE c.status = 'decided' AND d.decided_day <= '2026-09-26'
           AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.case_id = d.case_id)
         ORDER BY d.decided_day, d.case_id;
SELECT c.id, c.insats, c.caseworker, c.status, p.id, p.pnr, p.protected, p.birth_date, p.sex, d.id, d.from_day, d.to_day, d.hours_per_month,
    (SELECT max(f.day) FROM follow_up f WHERE f.case_id = d.case_id AND f.decision_id = d.id),
    d.decided_day
         FROM decision d INDEXED BY decision_grant_end
         JOIN cases c ON c.id = d.case_id JOIN person p ON p.id = c.person_id
         WHERE d.status = 'in_force' AND d.outcome = 'grant' AND d.to_day <= '2027-02-03'
           AND c.status NOT IN ('ended', 'rejected', 'written_off', 'closed')
           AND (c.insats = 'kvalificerad-lvu' OR NOT EXISTS (SELECT 1 FROM follow_up f
                                             WHERE f.case_id = d.case_id AND f.decision_id = d.id))
         ORDER BY max(date(d.to_day, '-42 days'), d.from_day), d.case_id;
WITH candidate AS (
         SELECT x.case_id FROM cancellation x INDEXED BY cancellation_day
         WHERE x.day BETWEEN '2026-05-20' AND '2026-11-23' AND x.rebooked_day IS NULL AND x.by_whom IN ('individual', 'guardian')
             AND x.voided IS NULL
         GROUP BY x.case_id HAVING count(*) >= 3)
     SELECT x.case_id, x.day, x.by_whom, x.rebooked_day IS NOT NULL
     FROM candidate JOIN cancellation x INDEXED BY cancellation_case_day
         ON x.case_id = candidate.case_id AND x.day > '2026-05-19' AND x.day <= '2026-11-23'
             AND x.voided IS NULL
     ORDER BY x.case_id, x.day;
SELECT c.id, c.insats, c.caseworker, c.status, p.id, p.pnr, p.protected, p.birth_date, p.sex, a.id, a.start_day, a.last_review
         FROM agreement a INDEXED BY agreement_review_base
         JOIN cases c ON c.id = a.case_id JOIN person p ON p.id = c.person_id
         WHERE a.status = 'active' AND coalesce(a.last_review, a.start_day) <= '2025-12-26'
           AND c.status NOT IN ('ended', 'rejected', 'written_off', 'closed')
         ORDER BY coalesce(a.last_review, a.start_day), a.case_id;
SELECT c.id, c.insats, c.caseworker, c.status, p.id, p.pnr, p.protected, p.birth_date, p.sex, d.id, d.from_day, d.to_day, d.hours_per_month,
    (SELECT max(f.day) FROM follow_up f WHERE f.case_id = d.case_id AND f.decision_id = d.id),
    d.decided_day
         FROM cases c INDEXED BY cases_insats_status
         JOIN decision d ON d.case_id = c.id AND d.status = 'in_force' AND d.outcome = 'grant'
         JOIN person p ON p.id = c.person_id
         WHERE c.insats = 'kvalificerad-lvu' AND c.status NOT IN ('ended', 'rejected', 'written_off', 'closed')
         ORDER BY coalesce((SELECT max(f.day) FROM follow_up f
                            WHERE f.case_id = d.case_id AND f.decision_id = d.id), d.decided_day),
                  c.id;
SELECT c.id, c.insats, c.caseworker, c.status, p.id, p.pnr, p.protected, p.birth_date, p.sex, o.id, o.executed_day,
            (SELECT max(v.day) FROM visit v
             WHERE v.case_id = o.case_id AND v.order_id = o.id AND v.voided IS NULL),
            (SELECT max(f.day) FROM follow_up f WHERE f.case_id = o.case_id)
         FROM orders o INDEXED BY orders_executed
         JOIN cases c ON c.id = o.case_id JOIN person p ON p.id = c.person_id
         WHERE o.status = 'executed' AND o.executed_day <= '2026-09-26'
           AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.case_id = o.case_id AND v.day > '2026-09-26'
                           AND v.order_id = o.id AND v.voided IS NULL)
           AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.case_id = o.case_id AND f.day > '2026-09-26')
         ORDER BY o.executed_day, o.case_id;
SELECT c.id, c.insats, c.caseworker, c.status, p.id, p.pnr, p.protected, p.birth_date, p.sex, c.received, c.decision_demanded, c.requested_by
         FROM cases c INDEXED BY cases_waiting JOIN person p ON p.id = c.person_id
         WHERE c.status IN ('application', 'assessed') AND c.received <= '2026-08-23'
         ORDER BY c.received, c.id;
SELECT c.id, c.insats, c.caseworker, c.status, p.id, p.pnr, p.protected, p.birth_date, p.sex, c.received, c.decision_demanded, c.requested_by
         FROM cases c INDEXED BY cases_demanded JOIN person p ON p.id = c.person_id
         WHERE c.decision_demanded IS NOT NULL AND c.decision_demanded <= '2026-11-25'
           AND c.status IN ('application', 'assessed')
         ORDER BY c.decision_demanded, c.id;
SELECT c.id, c.insats, c.caseworker, c.status, p.id, p.pnr, p.protected, p.birth_date, p.sex, k.day, k.by_whom
         FROM consent k INDEXED BY consent_withdrawn
         JOIN cases c ON c.id = k.case_id JOIN person p ON p.id = c.person_id
         WHERE k.kind = 'withdrawn' AND c.status IN ('decided', 'ordered', 'executed')
           AND c.insats IN ('kontaktperson-sol', 'kontaktperson-lss', 'kvalificerad-sol')
           AND NOT EXISTS (SELECT 1 FROM consent g
                           WHERE g.case_id = k.case_id AND g.by_whom = k.by_whom
                             AND g.kind IN ('given', 'request') AND g.day > k.day)
           AND NOT EXISTS (SELECT 1 FROM follow_up f
                           WHERE f.case_id = k.case_id AND f.day >= k.day)
         ORDER BY k.day, c.id;
SELECT c.id, c.insats, c.caseworker, c.status, p.id, p.pnr, p.protected, p.birth_date, p.sex, l.decision_id, l.received
         FROM letter l INDEXED BY letter_appeal_clock
         JOIN cases c ON c.id = l.case_id JOIN person p ON p.id = c.person_id
         WHERE l.appealable = 1 AND l.received IS NOT NULL
           AND l.received BETWEEN '2026-10-28' AND '2026-11-09'
           AND NOT EXISTS (SELECT 1 FROM appeal a INDEXED BY appeal_case
                           WHERE a.case_id = l.case_id AND a.came >= l.received)
         ORDER BY l.received, c.id;
SELECT c.id, c.insats, c.caseworker, c.status, p.id, p.pnr, p.protected, p.birth_date, p.sex, a.id, a.came
         FROM appeal a INDEXED BY appeal_waiting
         JOIN cases c ON c.id = a.case_id JOIN person p ON p.id = c.person_id
         WHERE a.status = 'open' AND a.in_time = 1 AND a.came <= '2026-12-16'
         ORDER BY a.came, c.id;
SELECT c.id, c.insats, c.caseworker, c.status, p.id, p.pnr, p.protected, p.birth_date, p.sex, o.id, o.executed_day, NULL
         FROM orders o INDEXED BY orders_executed
         JOIN cases c ON c.id = o.case_id JOIN person p ON p.id = c.person_id
         WHERE o.status = 'executed' AND o.executed_day <= '2026-11-23' AND c.status NOT IN ('ended', 'rejected', 'written_off', 'closed')
           AND NOT EXISTS (SELECT 1 FROM plan_version v INDEXED BY plan_version_order
                           WHERE v.order_id = o.id)
         ORDER BY o.executed_day, o.case_id;
SELECT c.id, c.insats, c.caseworker, c.status, p.id, p.pnr, p.protected, p.birth_date, p.sex, n.day
         FROM changed_needs n INDEXED BY changed_needs_day
         JOIN cases c ON c.id = n.case_id JOIN person p ON p.id = c.person_id
         WHERE n.day <= '2026-11-23' AND c.status NOT IN ('ended', 'rejected', 'written_off', 'closed')
           AND NOT EXISTS (SELECT 1 FROM changed_needs m INDEXED BY changed_needs_case
                           WHERE m.case_id = n.case_id
                             AND (m.day < n.day OR (m.day = n.day AND m.id < n.id))
                             AND NOT EXISTS (SELECT 1 FROM follow_up g INDEXED BY follow_up_case
                                             WHERE g.case_id = m.case_id AND g.day >= m.day))
           AND NOT EXISTS (SELECT 1 FROM follow_up f INDEXED BY follow_up_case
                           WHERE f.case_id = n.case_id AND f.day >= n.day)
         ORDER BY n.day, n.case_id;
