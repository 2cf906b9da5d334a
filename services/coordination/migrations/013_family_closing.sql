-- Closing a family (docs/consent.md, "When coordination ends"): when, why and by whom, kept on the
-- family beside closed_on (migration 008). Its consents for coordination and for a SIP end with
-- the closing, each with an event of its own; a consent for follow-up (uppföljning) stands, since
-- following up comes after coordination.
ALTER TABLE families ADD COLUMN closed_reason text CHECK (closed_reason IN ('GOALS_MET', 'MOVED', 'DECLINED_TO_CONTINUE', 'OTHER'));
ALTER TABLE families ADD COLUMN closed_reason_text text;
ALTER TABLE families ADD COLUMN closed_by text;
ALTER TABLE families ADD CONSTRAINT families_closing CHECK ((closed_on IS NULL) = (closed_reason IS NULL) AND (closed_on IS NULL) = (closed_by IS NULL));

ALTER TABLE consent_events DROP CONSTRAINT consent_events_kind_check;
ALTER TABLE consent_events ADD CONSTRAINT consent_events_kind_check CHECK (kind IN ('RECORDED', 'PARTY_DECIDED', 'NARROWED', 'REVOKED', 'CHILD_VIEW_RECORDED', 'ENDED'));
