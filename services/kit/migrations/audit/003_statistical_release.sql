-- A statistics answer is audited as a statistical release: who asked for which figures under
-- which filters, about no one person (child_personnummer is empty).
ALTER TABLE audit_events DROP CONSTRAINT audit_events_kind_check;
ALTER TABLE audit_events ADD CONSTRAINT audit_events_kind_check CHECK (kind IN ('DISCLOSURE', 'DENIAL', 'CONSENT_CHANGE', 'ASSIGNMENT_CHANGE', 'STATISTICAL_RELEASE'));
