-- Tenancy (docs/tenancy.md): the organisations whose families a user's view covers. A
-- municipality belongs to a region; a team serves one or more municipalities, and possibly the
-- region beside them; a family lives in one municipality (where its children are registered),
-- one the team serves. Agency staff's and analysts' views cover their organisation's
-- municipalities: one municipality's, or every municipality of their region.

CREATE TABLE regions (
  name text PRIMARY KEY
);

CREATE TABLE municipalities (
  name text PRIMARY KEY,
  -- Unknown for a store older than this migration until its region is recorded.
  region text REFERENCES regions (name)
);
CREATE INDEX municipalities_region ON municipalities (region);

-- Every municipality a team serves; its home municipality (teams.municipality) among them.
CREATE TABLE team_municipalities (
  team_id text NOT NULL REFERENCES teams (id),
  municipality text NOT NULL REFERENCES municipalities (name),
  PRIMARY KEY (team_id, municipality)
);

-- The region a team also serves (the region's health care takes part in the team), or null.
ALTER TABLE teams ADD COLUMN region text REFERENCES regions (name);

-- The teams already stored serve their one municipality.
INSERT INTO municipalities (name) SELECT DISTINCT municipality FROM teams ON CONFLICT DO NOTHING;
INSERT INTO team_municipalities (team_id, municipality) SELECT id, municipality FROM teams;

-- Where the family's children are registered; the families already stored live in their team's.
ALTER TABLE families ADD COLUMN municipality text REFERENCES municipalities (name);
UPDATE families f SET municipality = t.municipality FROM teams t WHERE t.id = f.team_id;
ALTER TABLE families ALTER COLUMN municipality SET NOT NULL;
CREATE INDEX families_municipality ON families (municipality);

-- A family taken in without a municipality lives in its team's, when the team serves one; a team
-- serving several must say which, and only one of its own. A family moved to a team that does not
-- serve its municipality has moved house: it lives in the new team's home municipality.
CREATE FUNCTION family_municipality() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  served text[];
BEGIN
  served := ARRAY(SELECT tm.municipality FROM team_municipalities tm WHERE tm.team_id = NEW.team_id ORDER BY tm.municipality);
  IF TG_OP = 'INSERT' THEN
    IF NEW.municipality IS NULL AND cardinality(served) = 1 THEN
      NEW.municipality := served[1];
    ELSIF NEW.municipality IS NULL THEN
      RAISE EXCEPTION 'family_municipality_required' USING ERRCODE = 'check_violation';
    ELSIF NOT NEW.municipality = ANY(served) THEN
      RAISE EXCEPTION 'family_municipality_not_served' USING ERRCODE = 'check_violation';
    END IF;
  ELSIF NEW.team_id IS DISTINCT FROM OLD.team_id AND NOT NEW.municipality = ANY(served) THEN
    NEW.municipality := (SELECT t.municipality FROM teams t WHERE t.id = NEW.team_id);
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER families_municipality BEFORE INSERT OR UPDATE OF team_id ON families FOR EACH ROW EXECUTE FUNCTION family_municipality();
