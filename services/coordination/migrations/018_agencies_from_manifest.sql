-- The agencies are the manifest's (services/kit/src/domain/agency-manifest.ts), not a list in a
-- constraint: an agency joins by its manifest line, with no migration. What is written here is
-- typed by the manifest where it is written (the graph's Agency enum, the seed).
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_agency_check;
