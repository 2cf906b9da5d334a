-- Every saved version of a SIP (samordnad individuell plan): who saved it, when, and the plan as it
-- was saved (its goals with their actions, lead agency, participants, next follow-up and status),
-- so that an earlier version can be read as the parties agreed it. The plan's own tables hold the
-- current version; a version is never changed afterwards.
CREATE TABLE sip_plan_versions (
  plan_id uuid NOT NULL REFERENCES sip_plans (id),
  number integer NOT NULL CHECK (number >= 1),
  saved_at timestamptz NOT NULL,
  saved_by text NOT NULL,
  content jsonb NOT NULL,
  PRIMARY KEY (plan_id, number)
);
CREATE TRIGGER sip_plan_versions_append_only BEFORE UPDATE OR DELETE ON sip_plan_versions FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- The plan as it stands, in the shape a version keeps (the graph's SipPlanVersion).
CREATE FUNCTION sip_plan_snapshot(plan uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object(
    'leadAgency', p.lead_agency,
    'status', p.status,
    'nextFollowUp', p.next_follow_up,
    'participants', p.participants,
    'goals', COALESCE((
      SELECT jsonb_agg(jsonb_build_object(
        'id', g.id, 'area', g.area, 'description', g.description,
        'actions', COALESCE((
          SELECT jsonb_agg(jsonb_build_object(
            'id', a.id, 'description', a.description, 'responsibleAgency', a.responsible_agency,
            'dueDate', a.due_date, 'status', a.status, 'followUpDate', a.follow_up_date) ORDER BY a.position)
          FROM sip_actions a WHERE a.goal_id = g.id), '[]'::jsonb)) ORDER BY g.position)
      FROM sip_goals g WHERE g.plan_id = p.id), '[]'::jsonb))
  FROM sip_plans p WHERE p.id = plan
$$;

-- A plan made before versions were kept (or loaded by the seed) is its own version 1, saved on the
-- day it was made by the family's coordinator.
CREATE FUNCTION record_first_sip_plan_versions() RETURNS void LANGUAGE sql AS $$
  INSERT INTO sip_plan_versions (plan_id, number, saved_at, saved_by, content)
  SELECT p.id, 1, (p.created_on + time '09:00') AT TIME ZONE 'Europe/Stockholm',
         COALESCE((SELECT min(a.username) FROM assignments a WHERE a.family_id = p.family_id), 'okänd'), sip_plan_snapshot(p.id)
    FROM sip_plans p
   WHERE NOT EXISTS (SELECT 1 FROM sip_plan_versions v WHERE v.plan_id = p.id)
$$;

SELECT record_first_sip_plan_versions();
