-- Coordination store: families, custody, teams and assignments, consents with their events,
-- SIP plans, coordination meetings and follow-up ratings.

CREATE TABLE teams (
  id text PRIMARY KEY,
  name text NOT NULL,
  municipality text NOT NULL
);

CREATE TABLE users (
  username text PRIMARY KEY,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('COORDINATOR', 'TEAM_LEAD', 'GUARDIAN', 'AGENCY_STAFF', 'ANALYST')),
  team_id text REFERENCES teams (id),
  agency text CHECK (agency IN ('SCHOOL', 'SOCIAL_SERVICES', 'HEALTH_CARE')),
  personnummer text
);

CREATE TABLE persons (
  personnummer text PRIMARY KEY CHECK (personnummer ~ '^[0-9]{12}$'),
  given_name text NOT NULL,
  family_name text NOT NULL,
  birth_date date NOT NULL,
  sex text NOT NULL CHECK (sex IN ('FEMALE', 'MALE')),
  synthetic boolean NOT NULL DEFAULT false
);

CREATE TABLE families (
  id uuid PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  team_id text NOT NULL REFERENCES teams (id),
  archetype integer,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX families_team ON families (team_id);

-- Which coordinator pilots which family (the assignment every decision checks).
CREATE TABLE assignments (
  family_id uuid NOT NULL REFERENCES families (id),
  username text NOT NULL REFERENCES users (username),
  since date NOT NULL,
  PRIMARY KEY (family_id, username)
);
CREATE INDEX assignments_user ON assignments (username);

CREATE TABLE family_members (
  family_id uuid NOT NULL REFERENCES families (id),
  personnummer text NOT NULL REFERENCES persons (personnummer),
  role text NOT NULL CHECK (role IN ('GUARDIAN', 'CHILD')),
  -- vårdnad: only guardians with custody are consent parties
  has_custody boolean NOT NULL DEFAULT false,
  position integer NOT NULL,
  PRIMARY KEY (family_id, personnummer)
);
CREATE INDEX family_members_person ON family_members (personnummer);

CREATE TABLE consents (
  id uuid PRIMARY KEY,
  child_personnummer text NOT NULL REFERENCES persons (personnummer),
  purpose text NOT NULL CHECK (purpose IN ('COORDINATION', 'SIP')),
  recipient_team_ids jsonb NOT NULL,
  valid_from date NOT NULL,
  valid_until date NOT NULL CHECK (valid_until >= valid_from),
  evidence_method text NOT NULL CHECK (evidence_method IN ('WRITTEN', 'DIGITAL_SIGNATURE', 'DOCUMENTED_VERBAL')),
  evidence_document_ref text NOT NULL,
  recorded_at timestamptz NOT NULL,
  recorded_by text NOT NULL,
  revoked_at timestamptz,
  revoked_by text,
  revocation_reason text
);
CREATE INDEX consents_child ON consents (child_personnummer);

CREATE TABLE consent_scope (
  consent_id uuid NOT NULL REFERENCES consents (id),
  agency text NOT NULL,
  category text NOT NULL,
  PRIMARY KEY (consent_id, category)
);

CREATE TABLE consent_parties (
  consent_id uuid NOT NULL REFERENCES consents (id),
  personnummer text NOT NULL,
  role text NOT NULL CHECK (role IN ('GUARDIAN', 'CHILD')),
  decision text CHECK (decision IN ('GIVEN', 'REFUSED')),
  decided_at timestamptz,
  method text,
  position integer NOT NULL,
  PRIMARY KEY (consent_id, personnummer)
);

-- Append-only history of each consent.
CREATE TABLE consent_events (
  id bigserial PRIMARY KEY,
  consent_id uuid NOT NULL REFERENCES consents (id),
  at timestamptz NOT NULL,
  kind text NOT NULL CHECK (kind IN ('RECORDED', 'PARTY_DECIDED', 'NARROWED', 'REVOKED')),
  actor text NOT NULL,
  detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX consent_events_consent ON consent_events (consent_id);

CREATE FUNCTION forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER consent_events_append_only BEFORE UPDATE OR DELETE ON consent_events FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- SIP (samordnad individuell plan)
CREATE TABLE sip_plans (
  id uuid PRIMARY KEY,
  family_id uuid NOT NULL UNIQUE REFERENCES families (id),
  lead_agency text NOT NULL,
  status text NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'CLOSED')),
  created_on date NOT NULL,
  next_follow_up date,
  participants jsonb NOT NULL DEFAULT '[]',
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sip_goals (
  id uuid PRIMARY KEY,
  plan_id uuid NOT NULL REFERENCES sip_plans (id) ON DELETE CASCADE,
  area text NOT NULL CHECK (area IN ('HOME_LIFE', 'SCHOOL', 'LEISURE', 'PARENTS_OCCUPATION')),
  description text NOT NULL,
  position integer NOT NULL
);
CREATE INDEX sip_goals_plan ON sip_goals (plan_id);

CREATE TABLE sip_actions (
  id uuid PRIMARY KEY,
  goal_id uuid NOT NULL REFERENCES sip_goals (id) ON DELETE CASCADE,
  description text NOT NULL,
  responsible_agency text NOT NULL,
  due_date date,
  status text NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
  follow_up_date date,
  position integer NOT NULL
);
CREATE INDEX sip_actions_goal ON sip_actions (goal_id);

-- samverkansmöten
CREATE TABLE meetings (
  id uuid PRIMARY KEY,
  family_id uuid NOT NULL REFERENCES families (id),
  date date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('COORDINATION', 'SIP', 'FOLLOW_UP')),
  agencies jsonb NOT NULL DEFAULT '[]',
  summary text NOT NULL
);
CREATE INDEX meetings_family ON meetings (family_id, date);

-- uppföljning per outcome area
CREATE TABLE follow_ups (
  id uuid PRIMARY KEY,
  family_id uuid NOT NULL REFERENCES families (id),
  date date NOT NULL,
  area text NOT NULL CHECK (area IN ('HOME_LIFE', 'SCHOOL', 'LEISURE', 'PARENTS_OCCUPATION')),
  rating integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment text NOT NULL DEFAULT ''
);
CREATE INDEX follow_ups_family ON follow_ups (family_id, date);

-- Which synthetic population the store was seeded with (npm start reseeds when the day changes).
CREATE TABLE seed_info (
  seed integer NOT NULL,
  families integer NOT NULL,
  today date NOT NULL,
  seeded_at timestamptz NOT NULL DEFAULT now()
);
