-- The child's view (barnets inställning) may be recorded after the consent: a consent recorded
-- before the child could be heard, or one from before the policy asked for it, gets it later,
-- as an event of its own in the consent's history.
ALTER TABLE consent_events DROP CONSTRAINT consent_events_kind_check;
ALTER TABLE consent_events ADD CONSTRAINT consent_events_kind_check CHECK (kind IN ('RECORDED', 'PARTY_DECIDED', 'NARROWED', 'REVOKED', 'CHILD_VIEW_RECORDED'));
