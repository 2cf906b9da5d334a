-- A meeting's time of day (Swedish time, HH:MM), its length and its place, for the calendar file
-- a booked meeting is sent with. All optional: a meeting recorded afterwards may have a day only.
ALTER TABLE meetings ADD COLUMN start_time text CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');
ALTER TABLE meetings ADD COLUMN duration_minutes integer CHECK (duration_minutes BETWEEN 5 AND 720);
ALTER TABLE meetings ADD COLUMN place text;
ALTER TABLE meetings ADD CONSTRAINT meetings_duration_needs_time CHECK (duration_minutes IS NULL OR start_time IS NOT NULL);
