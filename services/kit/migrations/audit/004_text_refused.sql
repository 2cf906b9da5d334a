-- A free text refused because it identified someone (a consultation's, an obstacle's): who wrote
-- it, in which field, what kind of datum was found, never the text or the datum.
ALTER TABLE audit_events DROP CONSTRAINT audit_events_kind_check;
ALTER TABLE audit_events ADD CONSTRAINT audit_events_kind_check CHECK (kind IN ('DISCLOSURE', 'DENIAL', 'CONSENT_CHANGE', 'ASSIGNMENT_CHANGE', 'STATISTICAL_RELEASE', 'TEXT_REFUSED'));
