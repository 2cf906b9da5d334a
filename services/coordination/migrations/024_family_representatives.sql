-- Family representatives (familjeombud, docs/representatives.md): what each guardian with custody
-- lets a representative do for the family, as an append-only history. A guardian's GIVEN states
-- the permissions they allow; a WITHDRAWN by any guardian ends every earlier statement. What the
-- representative may do is what every guardian with custody today allows since the last
-- withdrawal, decided when read (custody is the population register's, never stored here).
CREATE TABLE representative_events (
  seq bigserial PRIMARY KEY,
  family_id uuid NOT NULL REFERENCES families (id),
  representative text NOT NULL REFERENCES users (username),
  at timestamptz NOT NULL,
  kind text NOT NULL CHECK (kind IN ('GIVEN', 'WITHDRAWN')),
  -- For GIVEN: the permissions this guardian allows (at least one); empty for WITHDRAWN.
  permissions text[] NOT NULL CHECK (permissions <@ ARRAY['READ_PAGE', 'RECORD_OBSTACLES', 'SIP_PARTICIPANT']::text[]),
  by_personnummer text NOT NULL,
  by_username text NOT NULL,
  CHECK ((kind = 'GIVEN') = (cardinality(permissions) > 0))
);
CREATE INDEX representative_events_family ON representative_events (family_id, representative, seq);
CREATE INDEX representative_events_representative ON representative_events (representative);

CREATE FUNCTION representative_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the representatives'' history is append-only';
END;
$$;
CREATE TRIGGER representative_events_append_only BEFORE UPDATE OR DELETE ON representative_events FOR EACH ROW EXECUTE FUNCTION representative_events_append_only();
