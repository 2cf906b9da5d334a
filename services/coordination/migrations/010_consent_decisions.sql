-- Whether a consent's recorded guardians have all given it, and whether the child has, kept on
-- the consent (docs/analysts.md, "Performance"): the analysts' statuses and the agencies' cohorts
-- read two columns instead of asking the parties of a region's consents one by one. A consent
-- with no guardian recorded has not been given by its guardians. Statement triggers with
-- transition tables keep them, as migration 009 keeps the agencies.
ALTER TABLE consents ADD COLUMN guardians_gave boolean NOT NULL DEFAULT false;
ALTER TABLE consents ADD COLUMN child_gave boolean NOT NULL DEFAULT false;

CREATE FUNCTION refresh_consent_decisions(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE consents SET
    guardians_gave = COALESCE((SELECT bool_and(p.decision IS NOT DISTINCT FROM 'GIVEN') FROM consent_parties p WHERE p.consent_id = consents.id AND p.role = 'GUARDIAN'), false),
    child_gave = EXISTS (SELECT 1 FROM consent_parties p WHERE p.consent_id = consents.id AND p.role = 'CHILD' AND p.decision = 'GIVEN')
  WHERE consents.id = ANY(ids);
$$;

CREATE FUNCTION consent_decisions_after_parties() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_consent_decisions(ARRAY(SELECT DISTINCT consent_id FROM changed));
  RETURN NULL;
END;
$$;
CREATE TRIGGER consent_parties_decisions_added AFTER INSERT ON consent_parties REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION consent_decisions_after_parties();
CREATE TRIGGER consent_parties_decisions_changed AFTER UPDATE ON consent_parties REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION consent_decisions_after_parties();
CREATE TRIGGER consent_parties_decisions_removed AFTER DELETE ON consent_parties REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION consent_decisions_after_parties();

SELECT refresh_consent_decisions(ARRAY(SELECT id FROM consents));
