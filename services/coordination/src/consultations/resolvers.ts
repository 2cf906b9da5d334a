import type { FeatureResolvers } from '../features.js';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import { allTeams } from '../store/directory.js';
import { consultingTeams } from './access.js';
import {
  linkConsultationToFamily,
  placeConsultationOnAgenda,
  planConsultationMeeting,
  prioritiseConsultation,
  recordConsultationAdvice,
  recordConsultationOutcome,
  requestConsultation,
} from './mutations.js';
import { adviceOf, agendaOf, type CaseRow, casesOfTeams, type EventRow, historyOf, type MeetingRow, meetingById, meetingsOfTeams } from './store.js';

/** Where a case is, from what is recorded on it. */
const statusOf = (c: CaseRow) => (c.outcome ? 'CONCLUDED' : c.meetingId ? 'SCHEDULED' : c.priority ? 'PRIORITISED' : 'REQUESTED');

type Args<T> = { input: T };

/** Consultations without consent (docs/consultations.md): the queue, the meetings, and every write to a case. */
export const consultationResolvers: FeatureResolvers = {
  Query: {
    consultations: async (_: unknown, args: { status?: string[] | null }, ctx: Ctx) => {
      const cases = await casesOfTeams(ctx.db, await consultingTeams(ctx));
      return args.status ? cases.filter((c) => args.status?.includes(statusOf(c))) : cases;
    },
    consultationMeetings: async (_: unknown, __: unknown, ctx: Ctx) => meetingsOfTeams(ctx.db, await consultingTeams(ctx)),
    consultationTeams: async (_: unknown, __: unknown, ctx: Ctx) => {
      const ids = await consultingTeams(ctx);
      return (await allTeams(ctx.db)).filter((t) => ids.includes(t.id));
    },
  },
  Mutation: {
    requestConsultation: (_: unknown, { input }: Args<Parameters<typeof requestConsultation>[1]>, ctx: Ctx) => requestConsultation(ctx, input),
    prioritiseConsultation: (_: unknown, { input }: Args<Parameters<typeof prioritiseConsultation>[1]>, ctx: Ctx) => prioritiseConsultation(ctx, input),
    planConsultationMeeting: (_: unknown, { input }: Args<Parameters<typeof planConsultationMeeting>[1]>, ctx: Ctx) => planConsultationMeeting(ctx, input),
    placeConsultationOnAgenda: (_: unknown, { input }: Args<Parameters<typeof placeConsultationOnAgenda>[1]>, ctx: Ctx) => placeConsultationOnAgenda(ctx, input),
    recordConsultationAdvice: (_: unknown, { input }: Args<Parameters<typeof recordConsultationAdvice>[1]>, ctx: Ctx) => recordConsultationAdvice(ctx, input),
    recordConsultationOutcome: (_: unknown, { input }: Args<Parameters<typeof recordConsultationOutcome>[1]>, ctx: Ctx) => recordConsultationOutcome(ctx, input),
    linkConsultationToFamily: (_: unknown, { input }: Args<Parameters<typeof linkConsultationToFamily>[1]>, ctx: Ctx) => linkConsultationToFamily(ctx, input),
  },
  ConsultationCase: {
    team: (c: CaseRow, _: unknown, ctx: Ctx) => ctx.loaders.team.load(c.teamId),
    status: statusOf,
    meeting: (c: CaseRow, _: unknown, ctx: Ctx) => (c.meetingId ? meetingById(ctx.db, c.meetingId) : null),
    advice: (c: CaseRow, _: unknown, ctx: Ctx) => adviceOf(ctx.db, c.id),
    // That a case became a family is the coordinators' to know; agency staff see the outcome only,
    // in its history as well as in becameFamilyOn.
    history: async (c: CaseRow, _: unknown, ctx: Ctx) => {
      const events = await historyOf(ctx.db, c.id);
      return knowsOfFamily(ctx, c) ? events : events.filter((e) => e.kind !== 'BECAME_FAMILY');
    },
    becameFamilyOn: (c: CaseRow, _: unknown, ctx: Ctx) => (knowsOfFamily(ctx, c) ? c.becameFamilyOn : null),
  },
  ConsultationMeeting: {
    team: (m: MeetingRow, _: unknown, ctx: Ctx) => ctx.loaders.team.load(m.teamId),
    agenda: (m: MeetingRow, _: unknown, ctx: Ctx) => agendaOf(ctx.db, m.id),
  },
  ConsultationEvent: {
    byName: (e: EventRow) => e.actorName,
    agency: (e: EventRow) => e.detail.agency ?? null,
    priority: (e: EventRow) => e.detail.priority ?? null,
    meetingDate: (e: EventRow) => e.detail.meetingDate ?? null,
    outcome: (e: EventRow) => e.detail.outcome ?? null,
  },
};

/** The case's own team's coordinators: the only ones told that it became a family, and when. */
function knowsOfFamily(ctx: Ctx, c: CaseRow): boolean {
  return ctx.identity.role === 'COORDINATOR' && ctx.identity.teamId === c.teamId;
}
