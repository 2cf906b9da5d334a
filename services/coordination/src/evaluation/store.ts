import type { Queryable } from '@lotsen/kit';
import type { RepeatedStep, RespondentKind, SupportStep } from './questions.js';

/** One respondent's answer in one round (migration 027). */
export interface AnswerRow {
  roundId: string;
  familyId: string;
  followUpOn: string;
  respondent: string;
  respondentKind: RespondentKind;
  version: number;
  support: SupportStep;
  repeated: RepeatedStep;
  knowsWhom: boolean;
  freeText: string | null;
  submittedBy: string;
  submittedAt: string;
}

const columns = `round_id AS "roundId", family_id AS "familyId", follow_up_on AS "followUpOn", respondent, respondent_kind AS "respondentKind",
  version, support, repeated, knows_whom AS "knowsWhom", free_text AS "freeText", submitted_by AS "submittedBy", submitted_at AS "submittedAt"`;

export function answersOfFamilies(db: Queryable, familyIds: readonly string[]): Promise<AnswerRow[]> {
  return db.query<AnswerRow>(`SELECT ${columns} FROM survey_answers WHERE family_id = ANY($1::uuid[]) ORDER BY follow_up_on DESC, respondent`, [familyIds]);
}

export async function answerOf(db: Queryable, roundId: string, respondent: string): Promise<AnswerRow | null> {
  const [row] = await db.query<AnswerRow>(`SELECT ${columns} FROM survey_answers WHERE round_id = $1 AND respondent = $2`, [roundId, respondent]);
  return row ?? null;
}

/** Sends or changes an answer: a changed answer keeps its row, and so its record key. */
export async function saveAnswer(db: Queryable, a: AnswerRow): Promise<void> {
  await db.query(
    `INSERT INTO survey_answers (round_id, family_id, follow_up_on, respondent, respondent_kind, version, support, repeated, knows_whom, free_text, submitted_by, submitted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT (round_id, respondent) DO UPDATE SET version = EXCLUDED.version, support = EXCLUDED.support, repeated = EXCLUDED.repeated,
       knows_whom = EXCLUDED.knows_whom, free_text = EXCLUDED.free_text, submitted_by = EXCLUDED.submitted_by, submitted_at = EXCLUDED.submitted_at`,
    [a.roundId, a.familyId, a.followUpOn, a.respondent, a.respondentKind, a.version, a.support, a.repeated, a.knowsWhom, a.freeText, a.submittedBy, a.submittedAt],
  );
}

/** A follow-up meeting by its id (a round's id), with its family: null for any other id or meeting. */
export async function followUpMeeting(db: Queryable, id: string): Promise<{ id: string; familyId: string; date: string; kind: string } | null> {
  const [row] = await db.query<{ id: string; familyId: string; date: string; kind: string }>(`SELECT id, family_id AS "familyId", date, kind FROM meetings WHERE id = $1 AND kind = 'FOLLOW_UP'`, [id]);
  return row ?? null;
}
