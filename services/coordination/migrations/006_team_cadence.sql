-- Each team's rhythm with its families (configurable per team): a joint home visit at least every
-- so many days, a check-in between the agencies at least every so many days.
ALTER TABLE teams ADD COLUMN home_visit_every_days integer NOT NULL DEFAULT 31 CHECK (home_visit_every_days BETWEEN 1 AND 366);
ALTER TABLE teams ADD COLUMN check_in_every_days integer NOT NULL DEFAULT 14 CHECK (check_in_every_days BETWEEN 1 AND 366);
