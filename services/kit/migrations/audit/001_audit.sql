-- Audit trail of a data owner: every disclosure and denial of agency data, and consent changes.
-- Append-only and hash-chained per source (each data owner is one source), so an altered,
-- inserted or deleted event is detected by verification.

CREATE TABLE audit_heads (
  source text PRIMARY KEY,
  seq bigint NOT NULL,
  hash text NOT NULL
);

CREATE TABLE audit_events (
  source text NOT NULL,
  seq bigint NOT NULL,
  at timestamptz NOT NULL,
  kind text NOT NULL CHECK (kind IN ('DISCLOSURE', 'DENIAL', 'CONSENT_CHANGE')),
  actor text NOT NULL,
  role text NOT NULL,
  team_id text,
  child_personnummer text NOT NULL,
  agency text,
  categories jsonb NOT NULL,
  consent_ids jsonb NOT NULL,
  reason text,
  operation_name text,
  document_hash text,
  request_id text NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  PRIMARY KEY (source, seq)
);
CREATE INDEX audit_events_child ON audit_events (child_personnummer, at);

CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only';
END;
$$;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_append_only();
