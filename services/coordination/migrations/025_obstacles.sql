-- Obstacles (hinder) families meet in the support (docs/obstacles.md): recorded by a guardian, a
-- family representative or the family's coordinator; the management group of the municipality
-- marks each handled with the measure taken. Counted in the statistics as protected cells, each
-- obstacle with its own record key (as migration 012 gives every counted row).
CREATE TABLE obstacles (
  id uuid PRIMARY KEY,
  family_id uuid NOT NULL REFERENCES families (id),
  -- The agency the family met it at; NULL for another part of the support (described in the text).
  agency text,
  kind text NOT NULL CHECK (kind IN ('WAITING_TIME', 'NO_CONTACT', 'SENT_BETWEEN', 'INFORMATION_NOT_SHARED', 'DECISION_NOT_FOLLOWED', 'OTHER')),
  description text NOT NULL CHECK (char_length(description) BETWEEN 1 AND 2000),
  occurred_on date NOT NULL,
  recorded_at timestamptz NOT NULL,
  recorded_by text NOT NULL,
  recorded_by_role text NOT NULL,
  handled_at timestamptz,
  handled_by text,
  measure text CHECK (measure IS NULL OR char_length(measure) BETWEEN 1 AND 2000),
  record_key bigint NOT NULL DEFAULT floor(random() * 4294967296)::bigint CHECK (record_key >= 0 AND record_key < 4294967296),
  CHECK ((handled_at IS NULL) = (measure IS NULL) AND (handled_at IS NULL) = (handled_by IS NULL))
);
CREATE INDEX obstacles_family ON obstacles (family_id, occurred_on);
CREATE INDEX obstacles_occurred ON obstacles (occurred_on);
