import type { Queryable } from '@lotsen/kit';

export interface MeetingRow {
  id: string;
  familyId: string;
  date: string;
  kind: string;
  agencies: string[];
  summary: string;
  /** Swedish time of day, HH:MM; null for a meeting with a day only. */
  time?: string | null;
  /** The meeting's length in minutes (only with a time). */
  durationMinutes?: number | null;
  place?: string | null;
}
export interface FollowUpRow {
  id: string;
  familyId: string;
  date: string;
  area: string;
  rating: number;
  comment: string;
}

export function meetingsOfFamilies(db: Queryable, familyIds: readonly string[]): Promise<MeetingRow[]> {
  return db.query<MeetingRow>(
    `SELECT id, family_id AS "familyId", date, kind, agencies, summary, start_time AS time, duration_minutes AS "durationMinutes", place
       FROM meetings WHERE family_id = ANY($1::uuid[]) ORDER BY date DESC, start_time DESC NULLS LAST, id`,
    [familyIds],
  );
}

export function followUpsOfFamilies(db: Queryable, familyIds: readonly string[]): Promise<FollowUpRow[]> {
  return db.query<FollowUpRow>('SELECT id, family_id AS "familyId", date, area, rating, comment FROM follow_ups WHERE family_id = ANY($1::uuid[]) ORDER BY date, area, id', [familyIds]);
}

export async function insertMeeting(db: Queryable, row: MeetingRow): Promise<MeetingRow> {
  await db.query('INSERT INTO meetings (id, family_id, date, kind, agencies, summary, start_time, duration_minutes, place) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9)', [
    row.id,
    row.familyId,
    row.date,
    row.kind,
    JSON.stringify(row.agencies),
    row.summary,
    row.time ?? null,
    row.durationMinutes ?? null,
    row.place ?? null,
  ]);
  return { ...row, time: row.time ?? null, durationMinutes: row.durationMinutes ?? null, place: row.place ?? null };
}

export async function insertFollowUp(db: Queryable, row: FollowUpRow): Promise<FollowUpRow> {
  await db.query('INSERT INTO follow_ups (id, family_id, date, area, rating, comment) VALUES ($1, $2, $3, $4, $5, $6)', [row.id, row.familyId, row.date, row.area, row.rating, row.comment]);
  return row;
}
