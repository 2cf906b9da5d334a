-- Consultations without consent (docs/consultations.md): an agency asks a team's coordinator to
-- take up a pupil's difficulty at a consultation meeting, anonymised. A case holds no personal
-- identity number and no name: an age band, a year (årskurs), a unit (skolenhet) and free text that was
-- checked before it was stored. Nothing here refers to a person.

CREATE TABLE consultation_meetings (
  id uuid PRIMARY KEY,
  team_id text NOT NULL REFERENCES teams (id),
  date date NOT NULL,
  planned_by text NOT NULL,
  planned_at timestamptz NOT NULL
);
CREATE INDEX consultation_meetings_team ON consultation_meetings (team_id, date);

CREATE TABLE consultation_cases (
  id uuid PRIMARY KEY,
  -- K-00001: the team's name for the case, never a person's.
  reference text NOT NULL UNIQUE,
  team_id text NOT NULL REFERENCES teams (id),
  age_band text NOT NULL CHECK (age_band IN ('UNDER_6', 'AGE_6_TO_9', 'AGE_10_TO_12', 'AGE_13_TO_15', 'AGE_16_TO_17')),
  -- 0 förskoleklass, 1-9 grundskolan, 10-12 gymnasiet år 1-3; null when the child is in none.
  school_year smallint CHECK (school_year BETWEEN 0 AND 12),
  school_unit text,
  question text NOT NULL,
  requested_by text NOT NULL,
  requested_by_agency text,
  requested_at timestamptz NOT NULL,
  priority text CHECK (priority IN ('HIGH', 'NORMAL', 'LOW')),
  priority_reason text,
  meeting_id uuid REFERENCES consultation_meetings (id),
  agenda_position integer,
  agenda_note text,
  outcome text CHECK (outcome IN ('ADVICE_GIVEN', 'PROPOSED_FOR_COORDINATION', 'CLOSED_WITHOUT_ADVICE')),
  outcome_note text,
  concluded_at timestamptz,
  CHECK ((meeting_id IS NULL) = (agenda_position IS NULL)),
  CHECK ((outcome IS NULL) = (concluded_at IS NULL))
);
CREATE INDEX consultation_cases_team ON consultation_cases (team_id);
CREATE INDEX consultation_cases_meeting ON consultation_cases (meeting_id);

-- Each agency's advice from its perspective: one standing text per agency and case (a later one
-- replaces it; the history says who recorded each, and when).
CREATE TABLE consultation_advice (
  case_id uuid NOT NULL REFERENCES consultation_cases (id),
  agency text NOT NULL,
  advice text NOT NULL,
  recorded_by text NOT NULL,
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (case_id, agency)
);

-- A case that became a family in coordination (with consent): the link and the day, nothing else.
-- Neither side's graph shows the other: the case says that it became a family, not which.
CREATE TABLE consultation_families (
  case_id uuid PRIMARY KEY REFERENCES consultation_cases (id),
  family_id uuid NOT NULL UNIQUE REFERENCES families (id),
  linked_on date NOT NULL
);

-- Every write to a case, who and when; the detail is structured (a priority, a day, an agency),
-- never the free text.
CREATE TABLE consultation_events (
  id bigserial PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES consultation_cases (id),
  at timestamptz NOT NULL,
  actor text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('REQUESTED', 'PRIORITISED', 'PLACED_ON_AGENDA', 'TAKEN_OFF_AGENDA', 'ADVICE_RECORDED', 'OUTCOME_RECORDED', 'BECAME_FAMILY')),
  detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX consultation_events_case ON consultation_events (case_id, id);
CREATE TRIGGER consultation_events_append_only BEFORE UPDATE OR DELETE ON consultation_events FOR EACH ROW EXECUTE FUNCTION forbid_change();
