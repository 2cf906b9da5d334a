import { randomUUID } from 'node:crypto';
import { type Queryable, todayInSweden } from '@lotsen/kit';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import { badInput, forbidden } from '../graphql/errors.js';
import { requireWritableFamily } from '../graphql/writable-family.js';
import { consultingTeams, coordinatedCase, coordinatedMeeting, requireCoordinator, visibleCase } from './access.js';
import { checkedTexts, consultationFields as fields } from './checked-text.js';
import {
  type AgeBand,
  type CaseRow,
  caseById,
  type EventKind,
  insertCase,
  insertMeeting,
  linkFamily,
  meetingById,
  type Outcome,
  type Priority,
  placeOnAgenda,
  recordEvent,
  saveAdvice,
  setOutcome,
  setPriority,
} from './store.js';

/** One write and its event in the case's history, in one transaction; answers the case as stored. */
async function written(ctx: Ctx, caseId: string, kind: EventKind, detail: Record<string, unknown>, write: (tx: Queryable) => Promise<void>): Promise<CaseRow> {
  await ctx.db.transaction(async (tx) => {
    await write(tx);
    await recordEvent(tx, { caseId, at: ctx.now.toISOString(), actor: ctx.identity.username, kind, detail });
  });
  return (await caseById(ctx.db, caseId)) as CaseRow;
}

const concludedAlready = (c: CaseRow) => badInput(`Ärendet ${c.reference} är redan avslutat med ett utfall / the case is concluded`);

export async function requestConsultation(ctx: Ctx, input: { teamId: string; ageBand: AgeBand; schoolYear?: number | null; schoolUnit?: string | null; question: string }): Promise<CaseRow> {
  if (!(await consultingTeams(ctx)).includes(input.teamId)) throw forbidden('Teamet finns inte bland dem du kan skicka en konsultation till / not a team you may send a consultation to');
  const year = input.schoolYear ?? null;
  if (year !== null && (!Number.isInteger(year) || year < 0 || year > 12)) throw badInput(`Årskurs: 0 (förskoleklass) till 12 (gymnasiet år 3) (du angav ${year}) / schoolYear must be 0 to 12`);
  const texts = await checkedTexts(ctx, input.teamId, {
    question: { value: input.question, field: fields.question },
    schoolUnit: { value: input.schoolUnit, field: fields.schoolUnit, optional: true },
  });
  const id = randomUUID();
  return written(ctx, id, 'REQUESTED', {}, (tx) =>
    insertCase(tx, {
      id,
      teamId: input.teamId,
      ageBand: input.ageBand,
      schoolYear: year,
      schoolUnit: texts.schoolUnit,
      question: texts.question as string,
      requestedBy: ctx.identity.username,
      requestedByAgency: ctx.identity.role === 'AGENCY_STAFF' ? ctx.identity.agency : null,
      requestedAt: ctx.now.toISOString(),
    }),
  );
}

export async function prioritiseConsultation(ctx: Ctx, input: { caseId: string; priority: Priority; reason?: string | null }): Promise<CaseRow> {
  const c = await coordinatedCase(ctx, input.caseId);
  if (c.outcome) throw concludedAlready(c);
  const texts = await checkedTexts(ctx, c.teamId, { reason: { value: input.reason, field: fields.priorityReason, optional: true } });
  return written(ctx, c.id, 'PRIORITISED', { priority: input.priority }, (tx) => setPriority(tx, c.id, input.priority, texts.reason));
}

export async function planConsultationMeeting(ctx: Ctx, input: { date: string }) {
  const teamId = requireCoordinator(ctx);
  if (input.date < todayInSweden(ctx.now)) throw badInput(`Ett konsultationsmöte planeras i dag eller senare (du angav ${input.date}) / a meeting is planned today or later`);
  const meeting = { id: randomUUID(), teamId, date: input.date };
  await insertMeeting(ctx.db, { ...meeting, plannedBy: ctx.identity.username, plannedAt: ctx.now.toISOString() });
  return meeting;
}

export async function placeConsultationOnAgenda(ctx: Ctx, input: { caseId: string; meetingId?: string | null; position?: number | null; note?: string | null }): Promise<CaseRow> {
  const c = await coordinatedCase(ctx, input.caseId);
  if (c.outcome) throw concludedAlready(c);
  const meeting = input.meetingId ? await coordinatedMeeting(ctx, input.meetingId) : null;
  if (meeting && meeting.date < todayInSweden(ctx.now)) throw badInput(`Mötet den ${meeting.date} har redan varit; välj ett kommande möte / the meeting has been held`);
  const position = input.position ?? null;
  if (position !== null && (!Number.isInteger(position) || position < 1)) throw badInput(`Plats på dagordningen: 1 eller senare (du angav ${position}) / position must be 1 or more`);
  const texts = await checkedTexts(ctx, c.teamId, { note: { value: input.note, field: fields.agendaNote, optional: true } });
  if (!meeting) return written(ctx, c.id, 'TAKEN_OFF_AGENDA', {}, (tx) => placeOnAgenda(tx, c.id, null, null, null));
  return written(ctx, c.id, 'PLACED_ON_AGENDA', { meetingDate: meeting.date }, (tx) => placeOnAgenda(tx, c.id, meeting.id, position, texts.note));
}

export async function recordConsultationAdvice(ctx: Ctx, input: { caseId: string; advice: string }): Promise<CaseRow> {
  const { role, agency, username } = ctx.identity;
  if (role !== 'AGENCY_STAFF' || !agency) throw forbidden('Råd skrivs av personalen i verksamheterna, var och en för sin verksamhet / advice is recorded by agency staff');
  const c = await visibleCase(ctx, input.caseId);
  if (c.outcome) throw concludedAlready(c);
  if (!c.meetingId) throw badInput(`Ärendet ${c.reference} står inte på något mötes dagordning än; råd skrivs när det tas upp / the case is on no agenda yet`);
  const texts = await checkedTexts(ctx, c.teamId, { advice: { value: input.advice, field: fields.advice } });
  return written(ctx, c.id, 'ADVICE_RECORDED', { agency }, (tx) => saveAdvice(tx, { caseId: c.id, agency, advice: texts.advice as string, recordedBy: username, recordedAt: ctx.now.toISOString() }));
}

export async function recordConsultationOutcome(ctx: Ctx, input: { caseId: string; outcome: Outcome; note?: string | null }): Promise<CaseRow> {
  const c = await coordinatedCase(ctx, input.caseId);
  if (c.outcome) throw concludedAlready(c);
  const meeting = c.meetingId ? await meetingById(ctx.db, c.meetingId) : null;
  if (!meeting) throw badInput(`Ärendet ${c.reference} har inte tagits upp på något möte; sätt det på en dagordning först / the case was taken up at no meeting`);
  if (meeting.date > todayInSweden(ctx.now)) throw badInput(`Mötet är den ${meeting.date}; utfallet skrivs när mötet har hållits / the meeting has not been held yet`);
  const texts = await checkedTexts(ctx, c.teamId, { note: { value: input.note, field: fields.outcomeNote, optional: true } });
  return written(ctx, c.id, 'OUTCOME_RECORDED', { outcome: input.outcome }, (tx) => setOutcome(tx, c.id, input.outcome, texts.note, ctx.now.toISOString()));
}

/**
 * Links a case proposed for coordination to the family the coordinator took in (with consent,
 * through createFamily): the link and the day only. The history's event names no family, and
 * nothing of the case is written to the family.
 */
export async function linkConsultationToFamily(ctx: Ctx, input: { caseId: string; familyId: string }): Promise<CaseRow> {
  const c = await coordinatedCase(ctx, input.caseId);
  if (c.outcome !== 'PROPOSED_FOR_COORDINATION') throw badInput(`Ärendet ${c.reference} har inte föreslagits för samordning / the case was not proposed for coordination`);
  const family = await requireWritableFamily(ctx, input.familyId);
  if (family.teamId !== c.teamId) throw forbidden('Familjen finns inte bland dina / no such family among yours');
  return written(ctx, c.id, 'BECAME_FAMILY', {}, async (tx) => {
    if (!(await linkFamily(tx, c.id, family.id, todayInSweden(ctx.now))))
      throw badInput(`Ärendet ${c.reference} eller familjen är redan kopplad till en konsultation / the case or the family is linked already`);
  });
}
