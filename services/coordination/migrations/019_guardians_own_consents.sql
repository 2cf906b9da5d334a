-- A guardian's consent to the sharing of their own data (docs/consent.md, "A guardian's own
-- data"): an agency whose section is a guardian's (the agency manifest) releases it on that
-- guardian's own consent alone. Such a consent is recorded in the family of a child in the
-- guardian's custody (child_personnummer, as every consent), and names its subject, the guardian
-- whose data it is and its only party; a child's own consent has none.
ALTER TABLE consents ADD COLUMN subject_personnummer text CHECK (subject_personnummer ~ '^[0-9]{12}$');

-- The follow-up figures count children's consents only: as migration 012's, with that condition.
CREATE OR REPLACE FUNCTION refresh_statistics_facts(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM family_facts WHERE family_id = ANY(ids) ORDER BY family_id FOR UPDATE;
  DELETE FROM family_facts WHERE family_id = ANY(ids) AND NOT EXISTS (SELECT 1 FROM families f WHERE f.id = family_facts.family_id);
  DELETE FROM consent_facts WHERE family_id = ANY(ids);
  DELETE FROM meeting_facts WHERE family_id = ANY(ids);
  DELETE FROM rating_facts WHERE family_id = ANY(ids);
  DELETE FROM occupation_facts WHERE family_id = ANY(ids);

  INSERT INTO family_facts (family_id, team_id, started_on, closed_on, first_contact_on, children, first_meeting_on, agreed_sip_on, record_key, children_keys)
  SELECT f.id, f.team_id, f.started_on, f.closed_on, f.first_contact_on,
    (SELECT count(*) FROM family_members m WHERE m.family_id = f.id AND m.role = 'CHILD'),
    (SELECT min(mt.date) FROM meetings mt WHERE mt.family_id = f.id AND mt.date >= f.first_contact_on),
    (SELECT p.created_on FROM sip_plans p WHERE p.family_id = f.id AND p.status IN ('ACTIVE', 'CLOSED')),
    f.record_key,
    (SELECT coalesce(sum(child.record_key), 0) % 4294967296 FROM family_members m JOIN persons child ON child.personnummer = m.personnummer WHERE m.family_id = f.id AND m.role = 'CHILD')
  FROM families f WHERE f.id = ANY(ids)
  ON CONFLICT (family_id) DO UPDATE SET team_id = EXCLUDED.team_id, started_on = EXCLUDED.started_on, closed_on = EXCLUDED.closed_on,
    first_contact_on = EXCLUDED.first_contact_on, children = EXCLUDED.children, first_meeting_on = EXCLUDED.first_meeting_on, agreed_sip_on = EXCLUDED.agreed_sip_on,
    record_key = EXCLUDED.record_key, children_keys = EXCLUDED.children_keys;

  INSERT INTO consent_facts (consent_id, family_id, team_id, started_on, closed_on, child_personnummer, child_birth_date, purpose, agencies, categories,
    recorded_on, revoked_on, valid_from, valid_until, guardians_gave, child_gave, record_key)
  SELECT c.id, f.id, f.team_id, f.started_on, f.closed_on, c.child_personnummer, child.birth_date, c.purpose, c.agencies,
    ARRAY(SELECT s.category FROM consent_scope s WHERE s.consent_id = c.id ORDER BY s.category),
    (c.recorded_at AT TIME ZONE 'Europe/Stockholm')::date, (c.revoked_at AT TIME ZONE 'Europe/Stockholm')::date,
    c.valid_from, c.valid_until, c.guardians_gave, c.child_gave, c.record_key
  FROM families f JOIN family_members m ON m.family_id = f.id
    JOIN consents c ON c.child_personnummer = m.personnummer AND c.subject_personnummer IS NULL JOIN persons child ON child.personnummer = c.child_personnummer
  WHERE f.id = ANY(ids);

  INSERT INTO meeting_facts (family_id, team_id, started_on, closed_on, month, kind, meetings, meeting_keys)
  SELECT f.id, f.team_id, f.started_on, f.closed_on, date_trunc('month', mt.date)::date, mt.kind, count(*), sum(mt.record_key) % 4294967296
  FROM families f JOIN meetings mt ON mt.family_id = f.id WHERE f.id = ANY(ids)
  GROUP BY f.id, f.team_id, f.started_on, f.closed_on, date_trunc('month', mt.date), mt.kind;

  INSERT INTO rating_facts (family_id, area, team_id, started_on, closed_on, since, until, ratings, first_rating, latest_rating, record_key)
  SELECT family_id, area, team_id, started_on, closed_on, since, until, ratings, first_rating, rating, record_key FROM (
    SELECT f.id AS family_id, u.area, f.team_id, f.started_on, f.closed_on, u.date AS since, lead(u.date) OVER w AS until,
      row_number() OVER w AS ratings, first_value(u.rating) OVER w AS first_rating, u.rating, f.record_key
    FROM families f JOIN follow_ups u ON u.family_id = f.id WHERE f.id = ANY(ids)
    WINDOW w AS (PARTITION BY f.id, u.area ORDER BY u.date, u.id)) stood
  WHERE until IS NULL OR until > since;

  INSERT INTO occupation_facts (family_id, parent, team_id, started_on, closed_on, since, until, first_occupation, latest_occupation, record_key)
  SELECT family_id, parent, team_id, started_on, closed_on, since, until, first_occupation, occupation, parent_record_key(family_key, parent) FROM (
    SELECT f.id AS family_id, o.parent, f.team_id, f.started_on, f.closed_on, o.recorded_on AS since, lead(o.recorded_on) OVER w AS until,
      first_value(o.occupation) OVER w AS first_occupation, o.occupation, f.record_key AS family_key
    FROM families f JOIN occupation_records o ON o.family_id = f.id WHERE f.id = ANY(ids)
    WINDOW w AS (PARTITION BY f.id, o.parent ORDER BY o.recorded_on)) stood;
END;
$$;
