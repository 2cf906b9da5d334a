-- Who has piloted a family, and in which team: each assignment with the one it replaced, when and
-- by whom (the coordinator who took the family in, or the team lead who moved it). The present
-- assignment stays in `assignments`, which every decision reads; this is its history, for people.
CREATE TABLE assignment_changes (
  id bigserial PRIMARY KEY,
  family_id uuid NOT NULL REFERENCES families (id),
  at timestamptz NOT NULL,
  kind text NOT NULL CHECK (kind IN ('TAKEN_IN', 'REASSIGNED', 'MOVED', 'BEFORE_HISTORY')),
  from_team_id text,
  from_coordinator text,
  to_team_id text NOT NULL,
  to_coordinator text NOT NULL,
  -- Null only for BEFORE_HISTORY: who made an assignment that predates this table is not known.
  changed_by text CHECK ((changed_by IS NULL) = (kind = 'BEFORE_HISTORY'))
);
CREATE INDEX assignment_changes_family ON assignment_changes (family_id, id);
CREATE TRIGGER assignment_changes_append_only BEFORE UPDATE OR DELETE ON assignment_changes FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- The families in coordination before the history was kept: their present assignment, as it stood.
INSERT INTO assignment_changes (family_id, at, kind, to_team_id, to_coordinator)
SELECT f.id, (a.since + time '09:00') AT TIME ZONE 'Europe/Stockholm', 'BEFORE_HISTORY', f.team_id, a.username
  FROM families f JOIN assignments a ON a.family_id = f.id
 ORDER BY a.since, f.reference, a.username;
