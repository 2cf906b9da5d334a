-- Statistics facts (docs/analysts.md, "How the figures are kept"): what the analysts' figures
-- count, kept per family in narrow rows that carry the family's team and span, so that a figure
-- over a region's hundred thousand families is one scan of one table, with no join and no sort
-- per question.
-- A family's facts are computed again, in the transaction of the change, whenever anything they
-- rest on changes: the family, its children, their consents (scope and parties move the consent's
-- row, migrations 009 and 010), its meetings, plan, follow-up ratings and occupation records.

-- One row per family: its span, its children, and the first day of each waited-for event.
CREATE TABLE family_facts (
  family_id uuid PRIMARY KEY,
  team_id text NOT NULL,
  started_on date NOT NULL,
  closed_on date,
  first_contact_on date,
  children integer NOT NULL,
  -- The first meeting on or after the first contact, and the plan's date once it is agreed.
  first_meeting_on date,
  agreed_sip_on date
);
-- A team lead's figures read their own team's rows only.
CREATE INDEX family_facts_team ON family_facts (team_id);

-- One row per consent of a child in a family, with what its status on any day is read from.
CREATE TABLE consent_facts (
  consent_id uuid PRIMARY KEY,
  family_id uuid NOT NULL,
  team_id text NOT NULL,
  started_on date NOT NULL,
  closed_on date,
  child_personnummer text NOT NULL,
  child_birth_date date NOT NULL,
  purpose text NOT NULL,
  agencies text[] NOT NULL,
  categories text[] NOT NULL,
  -- Days in Sweden, as statuses are taken.
  recorded_on date NOT NULL,
  revoked_on date,
  valid_from date NOT NULL,
  valid_until date NOT NULL,
  guardians_gave boolean NOT NULL,
  child_gave boolean NOT NULL
);
CREATE INDEX consent_facts_family ON consent_facts (family_id);
CREATE INDEX consent_facts_team ON consent_facts (team_id);

-- Meetings per family, month and kind.
CREATE TABLE meeting_facts (
  family_id uuid NOT NULL,
  team_id text NOT NULL,
  started_on date NOT NULL,
  closed_on date,
  month date NOT NULL,
  kind text NOT NULL,
  meetings integer NOT NULL,
  PRIMARY KEY (family_id, month, kind)
);
CREATE INDEX meeting_facts_month ON meeting_facts (month);
CREATE INDEX meeting_facts_team ON meeting_facts (team_id);

-- A family's ratings of one area as they stood from `since` until the day before `until` (open
-- when null): how many there were, the first and the latest. A rating followed by another on the
-- same day never stood at the end of a day, and has no row.
CREATE TABLE rating_facts (
  family_id uuid NOT NULL,
  area text NOT NULL,
  team_id text NOT NULL,
  started_on date NOT NULL,
  closed_on date,
  since date NOT NULL,
  until date,
  ratings integer NOT NULL,
  first_rating integer NOT NULL,
  latest_rating integer NOT NULL,
  PRIMARY KEY (family_id, area, since)
);
CREATE INDEX rating_facts_team ON rating_facts (team_id);

-- A parent's occupation records as they stood from `since` until the day before `until`: the
-- first and the latest.
CREATE TABLE occupation_facts (
  family_id uuid NOT NULL,
  parent integer NOT NULL,
  team_id text NOT NULL,
  started_on date NOT NULL,
  closed_on date,
  since date NOT NULL,
  until date,
  first_occupation text NOT NULL,
  latest_occupation text NOT NULL,
  PRIMARY KEY (family_id, parent, since)
);
CREATE INDEX occupation_facts_team ON occupation_facts (team_id);

-- Computes the facts of the families `ids` again from their rows. Two changes to one family
-- refresh it one after the other: the first holds the family's row of family_facts until it
-- commits, and the next computes from what the first committed. That row is therefore updated in
-- place, never deleted and inserted again, while its family exists: a waiter locks its newest
-- version. The lock is taken after any the change itself takes (the registry version's among
-- them, migration 003), and on nothing else.
CREATE FUNCTION refresh_statistics_facts(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM family_facts WHERE family_id = ANY(ids) ORDER BY family_id FOR UPDATE;
  DELETE FROM family_facts WHERE family_id = ANY(ids) AND NOT EXISTS (SELECT 1 FROM families f WHERE f.id = family_facts.family_id);
  DELETE FROM consent_facts WHERE family_id = ANY(ids);
  DELETE FROM meeting_facts WHERE family_id = ANY(ids);
  DELETE FROM rating_facts WHERE family_id = ANY(ids);
  DELETE FROM occupation_facts WHERE family_id = ANY(ids);

  INSERT INTO family_facts
  SELECT f.id, f.team_id, f.started_on, f.closed_on, f.first_contact_on,
    (SELECT count(*) FROM family_members m WHERE m.family_id = f.id AND m.role = 'CHILD'),
    (SELECT min(mt.date) FROM meetings mt WHERE mt.family_id = f.id AND mt.date >= f.first_contact_on),
    (SELECT p.created_on FROM sip_plans p WHERE p.family_id = f.id AND p.status IN ('ACTIVE', 'CLOSED'))
  FROM families f WHERE f.id = ANY(ids)
  ON CONFLICT (family_id) DO UPDATE SET team_id = EXCLUDED.team_id, started_on = EXCLUDED.started_on, closed_on = EXCLUDED.closed_on,
    first_contact_on = EXCLUDED.first_contact_on, children = EXCLUDED.children, first_meeting_on = EXCLUDED.first_meeting_on, agreed_sip_on = EXCLUDED.agreed_sip_on;

  INSERT INTO consent_facts
  SELECT c.id, f.id, f.team_id, f.started_on, f.closed_on, c.child_personnummer, child.birth_date, c.purpose, c.agencies,
    ARRAY(SELECT s.category FROM consent_scope s WHERE s.consent_id = c.id ORDER BY s.category),
    (c.recorded_at AT TIME ZONE 'Europe/Stockholm')::date, (c.revoked_at AT TIME ZONE 'Europe/Stockholm')::date,
    c.valid_from, c.valid_until, c.guardians_gave, c.child_gave
  FROM families f JOIN family_members m ON m.family_id = f.id
    JOIN consents c ON c.child_personnummer = m.personnummer JOIN persons child ON child.personnummer = c.child_personnummer
  WHERE f.id = ANY(ids);

  INSERT INTO meeting_facts
  SELECT f.id, f.team_id, f.started_on, f.closed_on, date_trunc('month', mt.date)::date, mt.kind, count(*)
  FROM families f JOIN meetings mt ON mt.family_id = f.id WHERE f.id = ANY(ids)
  GROUP BY f.id, f.team_id, f.started_on, f.closed_on, date_trunc('month', mt.date), mt.kind;

  INSERT INTO rating_facts
  SELECT family_id, area, team_id, started_on, closed_on, since, until, ratings, first_rating, rating FROM (
    SELECT f.id AS family_id, u.area, f.team_id, f.started_on, f.closed_on, u.date AS since, lead(u.date) OVER w AS until,
      row_number() OVER w AS ratings, first_value(u.rating) OVER w AS first_rating, u.rating
    FROM families f JOIN follow_ups u ON u.family_id = f.id WHERE f.id = ANY(ids)
    WINDOW w AS (PARTITION BY f.id, u.area ORDER BY u.date, u.id)) stood
  WHERE until IS NULL OR until > since;

  INSERT INTO occupation_facts
  SELECT family_id, parent, team_id, started_on, closed_on, since, until, first_occupation, occupation FROM (
    SELECT f.id AS family_id, o.parent, f.team_id, f.started_on, f.closed_on, o.recorded_on AS since, lead(o.recorded_on) OVER w AS until,
      first_value(o.occupation) OVER w AS first_occupation, o.occupation
    FROM families f JOIN occupation_records o ON o.family_id = f.id WHERE f.id = ANY(ids)
    WINDOW w AS (PARTITION BY f.id, o.parent ORDER BY o.recorded_on)) stood;
END;
$$;

-- A bulk load (the seed) sets lotsen.bulk_load for its transaction and refreshes every family
-- once at its end, instead of once per statement of every table.
CREATE FUNCTION statistics_facts_deferred() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('lotsen.bulk_load', true), '') = 'on'
$$;

-- After a statement on any table the facts rest on: the families its rows belong to. Rows with
-- a family_id (members, meetings, plans, ratings, occupation records) name it; a family is its
-- own; consents and persons name a child, whose family it is.
CREATE FUNCTION statistics_facts_after_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed_families uuid[];
BEGIN
  IF statistics_facts_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_TABLE_NAME = 'families' THEN
    changed_families := ARRAY(SELECT id FROM changed);
  ELSIF TG_TABLE_NAME = 'consents' THEN
    changed_families := ARRAY(SELECT DISTINCT m.family_id FROM changed JOIN family_members m ON m.personnummer = changed.child_personnummer);
  ELSIF TG_TABLE_NAME = 'persons' THEN
    changed_families := ARRAY(SELECT DISTINCT m.family_id FROM changed JOIN family_members m ON m.personnummer = changed.personnummer);
  ELSE
    changed_families := ARRAY(SELECT DISTINCT family_id FROM changed);
  END IF;
  PERFORM refresh_statistics_facts(changed_families);
  RETURN NULL;
END;
$$;

CREATE TRIGGER families_facts_added AFTER INSERT ON families REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();
CREATE TRIGGER families_facts_changed AFTER UPDATE ON families REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();
CREATE TRIGGER families_facts_removed AFTER DELETE ON families REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();

CREATE TRIGGER consents_facts_added AFTER INSERT ON consents REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();
CREATE TRIGGER consents_facts_changed AFTER UPDATE ON consents REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();
CREATE TRIGGER consents_facts_removed AFTER DELETE ON consents REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();

CREATE TRIGGER persons_facts_changed AFTER UPDATE ON persons REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();

CREATE TRIGGER family_members_facts_added AFTER INSERT ON family_members REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();
CREATE TRIGGER family_members_facts_changed_to AFTER UPDATE ON family_members REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();
CREATE TRIGGER family_members_facts_changed_from AFTER UPDATE ON family_members REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();
CREATE TRIGGER family_members_facts_removed AFTER DELETE ON family_members REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();

CREATE TRIGGER meetings_facts_added AFTER INSERT ON meetings REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();
CREATE TRIGGER meetings_facts_changed_to AFTER UPDATE ON meetings REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();
CREATE TRIGGER meetings_facts_changed_from AFTER UPDATE ON meetings REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();
CREATE TRIGGER meetings_facts_removed AFTER DELETE ON meetings REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();

CREATE TRIGGER sip_plans_facts_added AFTER INSERT ON sip_plans REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();
CREATE TRIGGER sip_plans_facts_changed AFTER UPDATE ON sip_plans REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();
CREATE TRIGGER sip_plans_facts_removed AFTER DELETE ON sip_plans REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();

CREATE TRIGGER follow_ups_facts_added AFTER INSERT ON follow_ups REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();
CREATE TRIGGER follow_ups_facts_changed_to AFTER UPDATE ON follow_ups REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();
CREATE TRIGGER follow_ups_facts_changed_from AFTER UPDATE ON follow_ups REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();
CREATE TRIGGER follow_ups_facts_removed AFTER DELETE ON follow_ups REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();

CREATE TRIGGER occupation_records_facts_added AFTER INSERT ON occupation_records REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();
CREATE TRIGGER occupation_records_facts_changed_to AFTER UPDATE ON occupation_records REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();
CREATE TRIGGER occupation_records_facts_changed_from AFTER UPDATE ON occupation_records REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();
CREATE TRIGGER occupation_records_facts_removed AFTER DELETE ON occupation_records REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_facts_after_change();

SELECT refresh_statistics_facts(ARRAY(SELECT id FROM families));
