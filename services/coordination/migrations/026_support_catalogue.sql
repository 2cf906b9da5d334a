-- The local support catalogue (docs/support-catalogue.md): the services that exist for families
-- in each municipality and the region, how to reach them and when they are open, kept by the
-- catalogue keeper. No family's personal data is here.
-- The seed writes a synthetic catalogue (support-catalogue/seed-catalogue.ts).
CREATE TABLE support_services (
  id uuid PRIMARY KEY,
  -- Who runs it: a municipality, a region, a non-profit association, a national service.
  organisation text NOT NULL,
  -- The municipalities it serves; empty: every municipality (a region's or a national service).
  municipalities text[] NOT NULL DEFAULT '{}',
  -- The manifest's agency it belongs to, or null for any other organisation (as 018: not a list here).
  agency text,
  name text NOT NULL,
  offers text NOT NULL,
  for_whom text NOT NULL,
  phone text,
  email text,
  web text,
  visiting_address text,
  -- [{ "day": "MONDAY", "opens": "08:00", "closes": "16:30" }, …], checked where it is written.
  opening_hours jsonb NOT NULL DEFAULT '[]',
  opening_note text,
  reviewed_on date NOT NULL,
  reviewed_by text NOT NULL,
  -- A retired service is out of search, and stays for the families' lists and the history.
  retired_at timestamptz,
  retired_by text,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX support_services_active ON support_services (name) WHERE retired_at IS NULL;

-- Every version of a service as it was written, who wrote it and when: added, changed, retired.
CREATE TABLE support_service_changes (
  service_id uuid NOT NULL REFERENCES support_services (id),
  version integer NOT NULL,
  at timestamptz NOT NULL,
  changed_by text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('ADDED', 'CHANGED', 'RETIRED')),
  -- The service as it stood after the change.
  entry jsonb NOT NULL,
  PRIMARY KEY (service_id, version)
);
CREATE TRIGGER support_service_changes_append_only BEFORE UPDATE OR DELETE ON support_service_changes FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- A family's own list of who to turn to: a service of the catalogue, or a named member of staff.
CREATE TABLE family_contacts (
  id uuid PRIMARY KEY,
  family_id uuid NOT NULL REFERENCES families (id),
  service_id uuid REFERENCES support_services (id),
  person_name text,
  person_role text,
  person_organisation text,
  person_agency text,
  person_phone text,
  person_email text,
  -- What to turn to them about.
  about text,
  added_at timestamptz NOT NULL,
  -- The order contacts were added in, also within one moment (the list reads in that order).
  added_order bigint GENERATED ALWAYS AS IDENTITY,
  added_by text NOT NULL,
  removed_at timestamptz,
  removed_by text,
  -- Either a service of the catalogue or a named person, never both, never neither.
  CHECK ((service_id IS NULL) <> (person_name IS NULL)),
  CHECK (person_name IS NULL OR person_role IS NOT NULL)
);
CREATE INDEX family_contacts_family ON family_contacts (family_id, added_at) WHERE removed_at IS NULL;
