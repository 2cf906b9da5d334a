-- The agencies' share of a SIP: every change of an action's status, with a short note, who made it
-- and for which agency (null: the family's coordinator, in the plan). Append-only; the action's own
-- row keeps its present status. Kept when an action is later taken out of the plan.
CREATE TABLE sip_action_changes (
  id bigserial PRIMARY KEY,
  action_id uuid NOT NULL,
  at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
  note text,
  changed_by text NOT NULL,
  agency text
);
CREATE INDEX sip_action_changes_action ON sip_action_changes (action_id, id);
CREATE TRIGGER sip_action_changes_append_only BEFORE UPDATE OR DELETE ON sip_action_changes FOR EACH ROW EXECUTE FUNCTION forbid_change();
