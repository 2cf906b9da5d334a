-- Custody comes from the population register (folkbokföringen), read when it matters: who a
-- family's guardians are, and who must consent, is never stored here, so nothing stale or typed
-- by a caller can stand in for it. A family in coordination holds its children only, and a
-- child is in one family at a time.
DELETE FROM family_members WHERE role = 'GUARDIAN';
DELETE FROM persons p
 WHERE NOT EXISTS (SELECT 1 FROM family_members m WHERE m.personnummer = p.personnummer)
   AND NOT EXISTS (SELECT 1 FROM consents c WHERE c.child_personnummer = p.personnummer);
ALTER TABLE family_members DROP COLUMN has_custody;
ALTER TABLE family_members ADD CONSTRAINT family_members_children_only CHECK (role = 'CHILD');
CREATE UNIQUE INDEX family_members_one_family ON family_members (personnummer);

