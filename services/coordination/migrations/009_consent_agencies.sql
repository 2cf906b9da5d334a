-- Which agencies each consent's scope covers, kept on the consent (docs/analysts.md): the
-- analysts' figures by agency read one column instead of the scope's nine rows per consent.
-- Statement triggers with transition tables keep it, so a bulk load is one update per statement.
ALTER TABLE consents ADD COLUMN agencies text[] NOT NULL DEFAULT '{}';
UPDATE consents SET agencies = covered.agencies
FROM (SELECT consent_id, array_agg(DISTINCT agency ORDER BY agency) AS agencies FROM consent_scope GROUP BY consent_id) covered
WHERE covered.consent_id = consents.id;

CREATE FUNCTION consent_agencies_after_scope() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE consents SET agencies = COALESCE((SELECT array_agg(DISTINCT s.agency ORDER BY s.agency) FROM consent_scope s WHERE s.consent_id = consents.id), '{}')
  WHERE consents.id IN (SELECT consent_id FROM changed);
  RETURN NULL;
END;
$$;
CREATE TRIGGER consent_scope_agencies_added AFTER INSERT ON consent_scope REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION consent_agencies_after_scope();
CREATE TRIGGER consent_scope_agencies_removed AFTER DELETE ON consent_scope REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION consent_agencies_after_scope();
