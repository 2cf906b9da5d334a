import type { Queryable } from '@lotsen/kit';

export interface MeetingRow {
  id: string;
  familyId: string;
  date: string;
  kind: string;
  agencies: string[];
  summary: string;
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
  return db.query<MeetingRow>('SELECT id, family_id AS "familyId", date, kind, agencies, summary FROM meetings WHERE family_id = ANY($1::uuid[]) ORDER BY date DESC, id', [familyIds]);
}

export function followUpsOfFamilies(db: Queryable, familyIds: readonly string[]): Promise<FollowUpRow[]> {
  return db.query<FollowUpRow>('SELECT id, family_id AS "familyId", date, area, rating, comment FROM follow_ups WHERE family_id = ANY($1::uuid[]) ORDER BY date, area, id', [familyIds]);
}

export async function insertMeeting(db: Queryable, row: MeetingRow): Promise<MeetingRow> {
  await db.query('INSERT INTO meetings (id, family_id, date, kind, agencies, summary) VALUES ($1, $2, $3, $4, $5::jsonb, $6)', [
    row.id,
    row.familyId,
    row.date,
    row.kind,
    JSON.stringify(row.agencies),
    row.summary,
  ]);
  return row;
}

export async function insertFollowUp(db: Queryable, row: FollowUpRow): Promise<FollowUpRow> {
  await db.query('INSERT INTO follow_ups (id, family_id, date, area, rating, comment) VALUES ($1, $2, $3, $4, $5, $6)', [row.id, row.familyId, row.date, row.area, row.rating, row.comment]);
  return row;
}
