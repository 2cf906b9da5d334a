-- Who pilots a family is audited like a consent change: a team lead's reassignment, and a move
-- of a family from one team to another, each leave one event per child of the family.
ALTER TABLE audit_events DROP CONSTRAINT audit_events_kind_check;
ALTER TABLE audit_events ADD CONSTRAINT audit_events_kind_check CHECK (kind IN ('DISCLOSURE', 'DENIAL', 'CONSENT_CHANGE', 'ASSIGNMENT_CHANGE'));
