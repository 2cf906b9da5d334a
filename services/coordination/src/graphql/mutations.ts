import { randomUUID } from 'node:crypto';
import { todayInSweden } from '@lotsen/kit';
import { setActionStatus } from '../store/agency-actions.js';
import { insertFollowUp, insertMeeting } from '../store/follow-up.js';
import { saveOccupations } from '../store/occupations.js';
import { type PlanInput, savePlan } from '../store/plans.js';
import { visibleAgencyActions } from './agency-actions.js';
import { type CloseFamilyInput, closeFamily, reopenFamily } from './close-family.js';
import type { CoordinationContext as Ctx } from './context.js';
import { createFamily } from './create-family.js';
import { badInput, forbidden } from './errors.js';
import { reassignFamily } from './reassign-family.js';
import { cleanText } from './text.js';

/** The coordinator's daily work happens on families they may see and work on. */
async function requireWritableFamily(ctx: Ctx, familyId: string) {
  if (ctx.identity.role !== 'COORDINATOR' && ctx.identity.role !== 'TEAM_LEAD')
    throw forbidden('Bara koordinatorer och teamledare ändrar i en familj / only coordinators and team leads change a family');
  const family = /^[0-9a-f-]{36}$/i.test(familyId) ? await ctx.loaders.family.load(familyId) : null;
  if (!family) throw forbidden('Familjen finns inte bland dina / no such family among yours');
  return family;
}

export const mutationResolvers = {
  Mutation: {
    createFamily: (_: unknown, { input }: { input: { children: string[] } }, ctx: Ctx) => createFamily(ctx, input.children),
    reassignFamily: (_: unknown, { input }: { input: { familyId: string; coordinator: string } }, ctx: Ctx) => reassignFamily(ctx, input),
    closeFamily: (_: unknown, { input }: { input: CloseFamilyInput }, ctx: Ctx) => closeFamily(ctx, input),
    reopenFamily: (_: unknown, { familyId }: { familyId: string }, ctx: Ctx) => reopenFamily(ctx, familyId),
    recordMeeting: async (_: unknown, { input }: { input: { familyId: string; date: string; kind: string; agencies: string[]; summary: string } }, ctx: Ctx) => {
      const family = await requireWritableFamily(ctx, input.familyId);
      // A joint home visit or a check-in is the agencies' together: at least one takes part.
      if ((input.kind === 'JOINT_HOME_VISIT' || input.kind === 'CHECK_IN') && input.agencies.length === 0)
        throw badInput('Ett gemensamt hembesök eller en avstämning har minst en verksamhet med / a joint home visit or check-in has at least one agency');
      return insertMeeting(ctx.db, { id: randomUUID(), familyId: family.id, date: input.date, kind: input.kind, agencies: [...new Set(input.agencies)], summary: cleanText(input.summary, 'summary') });
    },
    updatePlan: async (_: unknown, { input }: { input: PlanInput & { familyId: string } }, ctx: Ctx) => {
      const family = await requireWritableFamily(ctx, input.familyId);
      if (input.goals.length > 50 || input.goals.some((g) => g.actions.length > 50)) throw badInput('Högst 50 mål och 50 insatser per mål / at most 50 goals, and 50 actions per goal');
      const plan: PlanInput = {
        ...input,
        participants: input.participants.map((p) => ({ ...p, name: cleanText(p.name, 'participant name', 200), role: cleanText(p.role, 'participant role', 200), agency: p.agency ?? null })),
        goals: input.goals.map((g) => ({
          ...g,
          description: cleanText(g.description, 'goal description'),
          actions: g.actions.map((a) => ({ ...a, description: cleanText(a.description, 'action description'), dueDate: a.dueDate ?? null, followUpDate: a.followUpDate ?? null })),
        })),
        nextFollowUp: input.nextFollowUp ?? null,
      };
      await ctx.db.transaction((tx) => savePlan(tx, family.id, plan, todayInSweden(ctx.now), randomUUID));
      ctx.loaders.plan.clear(family.id);
      return ctx.loaders.plan.load(family.id);
    },
    updateActionStatus: async (_: unknown, args: { actionId: string; status: string }, ctx: Ctx) => {
      if (ctx.identity.role !== 'AGENCY_STAFF' || !ctx.identity.agency) throw forbidden('Agency staff report on their own agency’s actions');
      // Only an action the staff member may see: the same answer for one that does not exist.
      const visible = /^[0-9a-f-]{36}$/i.test(args.actionId) ? await visibleAgencyActions(ctx, { actionId: args.actionId }) : [];
      const action = visible.length > 0 ? await setActionStatus(ctx.db, args.actionId, ctx.identity.agency, args.status) : null;
      if (!action) throw forbidden('No such action for your agency');
      return action;
    },
    recordFollowUp: async (_: unknown, { input }: { input: { familyId: string; date: string; area: string; rating: number; comment?: string | null } }, ctx: Ctx) => {
      const family = await requireWritableFamily(ctx, input.familyId);
      if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) throw badInput('Skattningen är 1 till 5 / rating must be 1 to 5');
      if (input.date > todayInSweden(ctx.now)) throw badInput('En uppföljning kan inte dateras framåt i tiden / a follow-up cannot be dated in the future');
      return insertFollowUp(ctx.db, {
        id: randomUUID(),
        familyId: family.id,
        date: input.date,
        area: input.area,
        rating: input.rating,
        comment: cleanText(input.comment ?? '', 'comment', 2000, true),
      });
    },
    recordParentsOccupation: async (_: unknown, { input }: { input: { familyId: string; date: string; parents: string[] } }, ctx: Ctx) => {
      const family = await requireWritableFamily(ctx, input.familyId);
      if (input.parents.length < 1 || input.parents.length > 2) throw badInput('En eller två föräldrar / one or two parents');
      if (input.date > todayInSweden(ctx.now)) throw badInput('Sysselsättningen registreras för i dag eller tidigare / not in the future');
      const records = input.parents.map((occupation, i) => ({ parent: (i + 1) as 1 | 2, occupation }));
      await ctx.db.transaction((tx) => saveOccupations(tx, family.id, input.date, records));
      return { date: input.date, parents: input.parents };
    },
  },
};
