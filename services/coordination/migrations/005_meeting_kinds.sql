-- The coordinator's rhythm with the family and the agencies: joint home visits (gemensamma
-- hembesök) at least monthly and check-ins between the agencies (avstämningar) every second week
-- are meetings of their own kinds, beside coordination, SIP and follow-up meetings.
ALTER TABLE meetings DROP CONSTRAINT meetings_kind_check;
ALTER TABLE meetings ADD CONSTRAINT meetings_kind_check CHECK (kind IN ('COORDINATION', 'SIP', 'FOLLOW_UP', 'JOINT_HOME_VISIT', 'CHECK_IN'));
