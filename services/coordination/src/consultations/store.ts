import { agencies, type Queryable } from '@lotsen/kit';

export type AgeBand = 'UNDER_6' | 'AGE_6_TO_9' | 'AGE_10_TO_12' | 'AGE_13_TO_15' | 'AGE_16_TO_17';
export type Priority = 'HIGH' | 'NORMAL' | 'LOW';
export type Outcome = 'ADVICE_GIVEN' | 'PROPOSED_FOR_COORDINATION' | 'CLOSED_WITHOUT_ADVICE';
export type EventKind = 'REQUESTED' | 'PRIORITISED' | 'PLACED_ON_AGENDA' | 'TAKEN_OFF_AGENDA' | 'ADVICE_RECORDED' | 'OUTCOME_RECORDED' | 'BECAME_FAMILY';

export interface CaseRow {
  id: string;
  reference: string;
  teamId: string;
  ageBand: AgeBand;
  schoolYear: number | null;
  schoolUnit: string | null;
  question: string;
  requestedBy: string;
  requestedByName: string;
  requestedByAgency: string | null;
  requestedAt: string;
  priority: Priority | null;
  priorityReason: string | null;
  meetingId: string | null;
  agendaPosition: number | null;
  agendaNote: string | null;
  outcome: Outcome | null;
  outcomeNote: string | null;
  concludedAt: string | null;
  becameFamilyOn: string | null;
}

export interface MeetingRow {
  id: string;
  teamId: string;
  date: string;
}

export interface AdviceRow {
  caseId: string;
  agency: string;
  advice: string;
  recordedBy: string;
  recordedByName: string;
  recordedAt: string;
}

export interface EventRow {
  caseId: string;
  at: string;
  actor: string;
  actorName: string;
  kind: EventKind;
  detail: Record<string, unknown>;
}

const caseColumns = `c.id, c.reference, c.team_id AS "teamId", c.age_band AS "ageBand", c.school_year AS "schoolYear", c.school_unit AS "schoolUnit",
  c.question, c.requested_by AS "requestedBy", COALESCE(u.name, c.requested_by) AS "requestedByName", c.requested_by_agency AS "requestedByAgency",
  c.requested_at AS "requestedAt", c.priority, c.priority_reason AS "priorityReason", c.meeting_id AS "meetingId", c.agenda_position AS "agendaPosition",
  c.agenda_note AS "agendaNote", c.outcome, c.outcome_note AS "outcomeNote", c.concluded_at AS "concludedAt", l.linked_on::text AS "becameFamilyOn"`;
const caseFrom = 'consultation_cases c LEFT JOIN users u ON u.username = c.requested_by LEFT JOIN consultation_families l ON l.case_id = c.id';

/** Dates and times as the graph gives them (ISO), whatever the driver returned. */
const iso = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value));
const asCase = (row: CaseRow): CaseRow => ({ ...row, requestedAt: iso(row.requestedAt), concludedAt: row.concludedAt === null ? null : iso(row.concludedAt) });

/** The cases of these teams: the queue first by priority (high first, none last), then oldest request first. */
export async function casesOfTeams(db: Queryable, teamIds: readonly string[]): Promise<CaseRow[]> {
  const rows = await db.query<CaseRow>(
    `SELECT ${caseColumns} FROM ${caseFrom} WHERE c.team_id = ANY($1::text[])
      ORDER BY array_position(ARRAY['HIGH', 'NORMAL', 'LOW'], c.priority) NULLS LAST, c.requested_at, c.reference`,
    [teamIds],
  );
  return rows.map(asCase);
}

export async function caseById(db: Queryable, id: string): Promise<CaseRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.query<CaseRow>(`SELECT ${caseColumns} FROM ${caseFrom} WHERE c.id = $1`, [id]);
  return row ? asCase(row) : null;
}

/** A meeting's agenda, in its order. */
export async function agendaOf(db: Queryable, meetingId: string): Promise<CaseRow[]> {
  const rows = await db.query<CaseRow>(`SELECT ${caseColumns} FROM ${caseFrom} WHERE c.meeting_id = $1 ORDER BY c.agenda_position`, [meetingId]);
  return rows.map(asCase);
}

/** The teams serving any of these municipalities, by id. */
export async function teamsServing(db: Queryable, municipalities: readonly string[]): Promise<string[]> {
  if (municipalities.length === 0) return [];
  const rows = await db.query<{ teamId: string }>('SELECT DISTINCT team_id AS "teamId" FROM team_municipalities WHERE municipality = ANY($1::text[]) ORDER BY team_id', [municipalities]);
  return rows.map((r) => r.teamId);
}

export function meetingsOfTeams(db: Queryable, teamIds: readonly string[]): Promise<MeetingRow[]> {
  return db.query<MeetingRow>('SELECT id, team_id AS "teamId", date::text AS date FROM consultation_meetings WHERE team_id = ANY($1::text[]) ORDER BY date, id', [teamIds]);
}

export async function meetingById(db: Queryable, id: string): Promise<MeetingRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.query<MeetingRow>('SELECT id, team_id AS "teamId", date::text AS date FROM consultation_meetings WHERE id = $1', [id]);
  return row ?? null;
}

export async function adviceOf(db: Queryable, caseId: string): Promise<AdviceRow[]> {
  const rows = await db.query<AdviceRow>(
    `SELECT a.case_id AS "caseId", a.agency, a.advice, a.recorded_by AS "recordedBy", COALESCE(u.name, a.recorded_by) AS "recordedByName", a.recorded_at AS "recordedAt"
       FROM consultation_advice a LEFT JOIN users u ON u.username = a.recorded_by WHERE a.case_id = $1`,
    [caseId],
  );
  // In the agencies' own order (the manifest's), as the meeting goes round the table.
  const order = (agency: string) => agencies.indexOf(agency as (typeof agencies)[number]);
  return rows.map((r) => ({ ...r, recordedAt: iso(r.recordedAt) })).sort((a, b) => order(a.agency) - order(b.agency));
}

export async function historyOf(db: Queryable, caseId: string): Promise<EventRow[]> {
  const rows = await db.query<EventRow>(
    `SELECT e.case_id AS "caseId", e.at, e.actor, COALESCE(u.name, e.actor) AS "actorName", e.kind, e.detail
       FROM consultation_events e LEFT JOIN users u ON u.username = e.actor WHERE e.case_id = $1 ORDER BY e.id`,
    [caseId],
  );
  return rows.map((r) => ({ ...r, at: iso(r.at) }));
}

export async function recordEvent(tx: Queryable, event: Omit<EventRow, 'actorName'>): Promise<void> {
  await tx.query('INSERT INTO consultation_events (case_id, at, actor, kind, detail) VALUES ($1, $2, $3, $4, $5)', [event.caseId, event.at, event.actor, event.kind, JSON.stringify(event.detail)]);
}

/** What a request gives a case; the reference is drawn as it is stored, the rest comes later. */
export type NewCase = Pick<CaseRow, 'id' | 'teamId' | 'ageBand' | 'schoolYear' | 'schoolUnit' | 'question' | 'requestedBy' | 'requestedByAgency' | 'requestedAt'>;

/** Stores a new case with the next reference (K-00001…); run in a transaction with its REQUESTED event. */
export async function insertCase(tx: Queryable, c: NewCase): Promise<void> {
  const [row] = await tx.query<{ n: number }>("SELECT COALESCE(MAX(substring(reference from 3)::int), 0) + 1 AS n FROM consultation_cases WHERE reference ~ '^K-[0-9]+$'");
  await tx.query(
    `INSERT INTO consultation_cases (id, reference, team_id, age_band, school_year, school_unit, question, requested_by, requested_by_agency, requested_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [c.id, `K-${String(row?.n ?? 1).padStart(5, '0')}`, c.teamId, c.ageBand, c.schoolYear, c.schoolUnit, c.question, c.requestedBy, c.requestedByAgency, c.requestedAt],
  );
}

export async function insertMeeting(tx: Queryable, m: MeetingRow & { plannedBy: string; plannedAt: string }): Promise<void> {
  await tx.query('INSERT INTO consultation_meetings (id, team_id, date, planned_by, planned_at) VALUES ($1, $2, $3, $4, $5)', [m.id, m.teamId, m.date, m.plannedBy, m.plannedAt]);
}

export async function setPriority(tx: Queryable, caseId: string, priority: Priority, reason: string | null): Promise<void> {
  await tx.query('UPDATE consultation_cases SET priority = $2, priority_reason = $3 WHERE id = $1', [caseId, priority, reason]);
}

/**
 * Puts a case on a meeting's agenda at `position` (1-based; at the end when null or past it), or
 * takes it off (meetingId null); the agendas it leaves and joins are numbered 1, 2, 3… again.
 */
export async function placeOnAgenda(tx: Queryable, caseId: string, meetingId: string | null, position: number | null, note: string | null): Promise<void> {
  const [before] = await tx.query<{ meetingId: string | null }>('SELECT meeting_id AS "meetingId" FROM consultation_cases WHERE id = $1 FOR UPDATE', [caseId]);
  await tx.query('UPDATE consultation_cases SET meeting_id = NULL, agenda_position = NULL, agenda_note = $2 WHERE id = $1', [caseId, note]);
  if (before?.meetingId && before.meetingId !== meetingId) await numberAgenda(tx, before.meetingId, []);
  if (!meetingId) return;
  const order = (await tx.query<{ id: string }>('SELECT id FROM consultation_cases WHERE meeting_id = $1 ORDER BY agenda_position', [meetingId])).map((r) => r.id);
  const at = position === null ? order.length : Math.min(Math.max(position - 1, 0), order.length);
  order.splice(at, 0, caseId);
  await tx.query('UPDATE consultation_cases SET meeting_id = $2, agenda_position = 0 WHERE id = $1', [caseId, meetingId]);
  await numberAgenda(tx, meetingId, order);
}

/** Numbers a meeting's agenda in the order given (the present order when empty). */
async function numberAgenda(tx: Queryable, meetingId: string, order: readonly string[]): Promise<void> {
  const ids = order.length > 0 ? order : (await tx.query<{ id: string }>('SELECT id FROM consultation_cases WHERE meeting_id = $1 ORDER BY agenda_position', [meetingId])).map((r) => r.id);
  await tx.query(
    `UPDATE consultation_cases c SET agenda_position = o.position
       FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position) WHERE c.id = o.id AND c.meeting_id = $1`,
    [meetingId, ids],
  );
}

export async function saveAdvice(tx: Queryable, a: Omit<AdviceRow, 'recordedByName'>): Promise<void> {
  await tx.query(
    `INSERT INTO consultation_advice (case_id, agency, advice, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (case_id, agency) DO UPDATE SET advice = EXCLUDED.advice, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at`,
    [a.caseId, a.agency, a.advice, a.recordedBy, a.recordedAt],
  );
}

export async function setOutcome(tx: Queryable, caseId: string, outcome: Outcome, note: string | null, at: string): Promise<void> {
  await tx.query('UPDATE consultation_cases SET outcome = $2, outcome_note = $3, concluded_at = $4 WHERE id = $1', [caseId, outcome, note, at]);
}

/** The case became this family: false when either is linked already (each is linked once). */
export async function linkFamily(tx: Queryable, caseId: string, familyId: string, on: string): Promise<boolean> {
  const rows = await tx.query('INSERT INTO consultation_families (case_id, family_id, linked_on) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING case_id', [caseId, familyId, on]);
  return rows.length === 1;
}
