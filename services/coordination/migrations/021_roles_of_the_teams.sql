-- The roles of the teams' own ways of working (family representative, management group,
-- catalogue keeper) are the kit's role list; the store no longer repeats it, as 018 did for agencies.
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_role_check;
