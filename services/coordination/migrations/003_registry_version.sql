-- A counter that every change the consent registry decides on moves, in the transaction of
-- the change: consents with their scope and parties, who belongs to which family, the
-- persons, the families' teams and their coordinators. A reading of these taken after reading
-- the counter is current for as long as the counter has not moved, on every instance.
-- Statement triggers, so a seed of many rows moves it once per statement. Every change takes
-- its locks in one order (a lifecycle change its consent's row first, then this row, then the
-- audit trail's head), so two changes cannot deadlock on it.

CREATE TABLE registry_version (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  version bigint NOT NULL
);
INSERT INTO registry_version (id, version) VALUES (true, 0);

CREATE FUNCTION registry_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE registry_version SET version = version + 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER consents_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON consents FOR EACH STATEMENT EXECUTE FUNCTION registry_changed();
CREATE TRIGGER consent_scope_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON consent_scope FOR EACH STATEMENT EXECUTE FUNCTION registry_changed();
CREATE TRIGGER consent_parties_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON consent_parties FOR EACH STATEMENT EXECUTE FUNCTION registry_changed();
CREATE TRIGGER families_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON families FOR EACH STATEMENT EXECUTE FUNCTION registry_changed();
CREATE TRIGGER family_members_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON family_members FOR EACH STATEMENT EXECUTE FUNCTION registry_changed();
CREATE TRIGGER persons_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON persons FOR EACH STATEMENT EXECUTE FUNCTION registry_changed();
CREATE TRIGGER assignments_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON assignments FOR EACH STATEMENT EXECUTE FUNCTION registry_changed();
