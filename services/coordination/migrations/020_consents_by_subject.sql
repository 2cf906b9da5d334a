-- A guardian's own consents are read by the guardian (migration 019), whichever child of theirs
-- they were recorded with.
CREATE INDEX consents_subject ON consents (subject_personnummer) WHERE subject_personnummer IS NOT NULL;
