-- The family's evaluation (docs/evaluation.md): at each follow-up meeting held (a meeting of kind
-- FOLLOW_UP), each guardian with custody and each child from 12 may answer a short survey. A
-- round is the meeting itself, derived when read; only the answers are stored, one per
-- respondent and round, changed in place until the round closes. The free text is never counted.
CREATE TABLE survey_answers (
  round_id uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  family_id uuid NOT NULL REFERENCES families (id) ON DELETE CASCADE,
  -- The follow-up's day, as the meeting had it when answered: the quarter a figure counts it in.
  follow_up_on date NOT NULL,
  respondent text NOT NULL,
  respondent_kind text NOT NULL CHECK (respondent_kind IN ('GUARDIAN', 'CHILD')),
  -- The questions' version the answer was given to.
  version integer NOT NULL,
  support text NOT NULL CHECK (support IN ('VERY_BAD', 'BAD', 'OK', 'GOOD', 'VERY_GOOD')),
  repeated text NOT NULL CHECK (repeated IN ('MANY_TIMES', 'SOMETIMES', 'NO')),
  knows_whom boolean NOT NULL,
  free_text text CHECK (free_text IS NULL OR char_length(free_text) <= 1000),
  submitted_by text NOT NULL,
  submitted_at timestamptz NOT NULL,
  -- The answer's record key (migration 012): kept when the answer is changed.
  record_key bigint NOT NULL DEFAULT floor(random() * 4294967296)::bigint CHECK (record_key >= 0 AND record_key < 4294967296),
  PRIMARY KEY (round_id, respondent)
);
CREATE INDEX survey_answers_family ON survey_answers (family_id);
CREATE INDEX survey_answers_follow_up ON survey_answers (follow_up_on);
