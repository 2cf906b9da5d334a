-- What analysts follow coordination up with (docs/analysts.md): when a family first came into
-- contact, when its coordination began and ended, and the parents' occupation at the start and
-- at each follow-up (first and second parent, never who). A consent may name follow-up
-- (uppföljning) as its purpose: what an agency figure may count.
ALTER TABLE families ADD COLUMN started_on date;
UPDATE families SET started_on = (created_at AT TIME ZONE 'Europe/Stockholm')::date;
ALTER TABLE families ALTER COLUMN started_on SET NOT NULL;
ALTER TABLE families ADD COLUMN first_contact_on date;
ALTER TABLE families ADD COLUMN closed_on date;
ALTER TABLE families ADD CONSTRAINT families_dates CHECK ((first_contact_on IS NULL OR first_contact_on <= started_on) AND (closed_on IS NULL OR closed_on >= started_on));
CREATE INDEX families_period ON families (started_on, closed_on);

CREATE TABLE occupation_records (
  family_id uuid NOT NULL REFERENCES families (id),
  recorded_on date NOT NULL,
  parent integer NOT NULL CHECK (parent IN (1, 2)),
  occupation text NOT NULL CHECK (occupation IN ('WORK', 'STUDIES', 'SICK_LEAVE', 'UNEMPLOYED', 'OTHER')),
  PRIMARY KEY (family_id, recorded_on, parent)
);

ALTER TABLE consents DROP CONSTRAINT consents_purpose_check;
ALTER TABLE consents ADD CONSTRAINT consents_purpose_check CHECK (purpose IN ('COORDINATION', 'SIP', 'FOLLOW_UP'));
