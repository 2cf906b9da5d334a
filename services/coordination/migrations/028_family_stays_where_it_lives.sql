-- A family lives where its children are registered (docs/tenancy.md); a team lead moving it to
-- another team does not move it house. Migration 022 rewrote the municipality of a family moved to
-- a team that does not serve it to that team's home municipality, silently changing which analysts,
-- agency staff and management group see it. The store now refuses such a move, and a municipality
-- set to one its team does not serve, whatever path writes it: the family stays where it lives.
CREATE OR REPLACE FUNCTION family_municipality() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  served text[];
BEGIN
  served := ARRAY(SELECT tm.municipality FROM team_municipalities tm WHERE tm.team_id = NEW.team_id ORDER BY tm.municipality);
  IF TG_OP = 'INSERT' AND NEW.municipality IS NULL AND cardinality(served) = 1 THEN
    NEW.municipality := served[1];
  ELSIF TG_OP = 'INSERT' AND NEW.municipality IS NULL THEN
    RAISE EXCEPTION 'family_municipality_required' USING ERRCODE = 'check_violation';
  ELSIF NOT NEW.municipality = ANY(served) THEN
    RAISE EXCEPTION 'family_municipality_not_served' USING ERRCODE = 'check_violation',
      DETAIL = format('family %s lives in %s, which team %s does not serve', NEW.reference, NEW.municipality, NEW.team_id);
  END IF;
  RETURN NEW;
END;
$$;

DROP TRIGGER families_municipality ON families;
CREATE TRIGGER families_municipality BEFORE INSERT OR UPDATE OF team_id, municipality ON families FOR EACH ROW EXECUTE FUNCTION family_municipality();
