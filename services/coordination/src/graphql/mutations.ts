import { randomUUID } from 'node:crypto';
import { ageOn, birthDateOf, todayInSweden } from '@lotsen/kit';
import { setActionStatus } from '../store/agency-actions.js';
import { insertFamily, nextFamilyReference } from '../store/create-family.js';
import { insertFollowUp, insertMeeting } from '../store/follow-up.js';
import { type PlanInput, savePlan } from '../store/plans.js';
import type { CoordinationContext as Ctx } from './context.js';
import { badInput, forbidden } from './errors.js';

type PersonIn = { personnummer: string; givenName: string; familyName: string };

const sexOf = (pnr: string) => (Number(pnr[10]) % 2 === 0 ? 'FEMALE' : 'MALE') as 'FEMALE' | 'MALE';
const clean = (text: string, field: string, max = 2000) => {
  const value = text.trim();
  if (!value) throw badInput(`${field} must not be empty`);
  if (value.length > max) throw badInput(`${field} is longer than ${max} characters`);
  return value;
};

/** The coordinator's daily work happens on families they may see and work on. */
async function requireWritableFamily(ctx: Ctx, familyId: string) {
  if (ctx.identity.role !== 'COORDINATOR' && ctx.identity.role !== 'TEAM_LEAD') throw forbidden('Only coordinators and team leads change a family');
  const family = /^[0-9a-f-]{36}$/i.test(familyId) ? await ctx.loaders.family.load(familyId) : null;
  if (!family) throw forbidden('No such family among yours');
  return family;
}

export const mutationResolvers = {
  Mutation: {
    createFamily: async (_: unknown, { input }: { input: { guardians: (PersonIn & { hasCustody: boolean })[]; children: PersonIn[] } }, ctx: Ctx) => {
      if (ctx.identity.role !== 'COORDINATOR' || !ctx.identity.teamId) throw forbidden('Only a coordinator in a team creates a family');
      const today = todayInSweden(ctx.now);
      if (input.guardians.length < 1 || input.guardians.length > 2) throw badInput('A family has one or two guardians');
      if (!input.guardians.some((g) => g.hasCustody)) throw badInput('At least one guardian must have custody (vårdnad)');
      if (input.children.length < 1) throw badInput('A family in coordination has at least one child');
      const everyone = [...input.guardians, ...input.children].map((p) => p.personnummer);
      if (new Set(everyone).size !== everyone.length) throw badInput('The same personnummer appears twice');
      for (const c of input.children) {
        const age = ageOn(birthDateOf(c.personnummer), today);
        if (age < 0 || age > 17) throw badInput(`Child ${c.givenName} must be 0-17 years old`);
      }
      for (const g of input.guardians) if (ageOn(birthDateOf(g.personnummer), today) < 18) throw badInput(`Guardian ${g.givenName} must be an adult`);
      const person = (p: PersonIn) => ({
        personnummer: p.personnummer,
        givenName: clean(p.givenName, 'givenName', 100),
        familyName: clean(p.familyName, 'familyName', 100),
        birthDate: birthDateOf(p.personnummer),
        sex: sexOf(p.personnummer),
      });
      const id = randomUUID();
      const identity = ctx.identity;
      await ctx.db.transaction(async (tx) => {
        await insertFamily(tx, {
          id,
          reference: await nextFamilyReference(tx),
          teamId: identity.teamId as string,
          coordinator: identity.username,
          since: today,
          guardians: input.guardians.map((g) => ({ ...person(g), hasCustody: g.hasCustody })),
          children: input.children.map(person),
        });
      });
      return ctx.loaders.family.load(id);
    },
    recordMeeting: async (_: unknown, { input }: { input: { familyId: string; date: string; kind: string; agencies: string[]; summary: string } }, ctx: Ctx) => {
      const family = await requireWritableFamily(ctx, input.familyId);
      return insertMeeting(ctx.db, { id: randomUUID(), familyId: family.id, date: input.date, kind: input.kind, agencies: [...new Set(input.agencies)], summary: clean(input.summary, 'summary') });
    },
    updatePlan: async (_: unknown, { input }: { input: PlanInput & { familyId: string } }, ctx: Ctx) => {
      const family = await requireWritableFamily(ctx, input.familyId);
      if (input.goals.length > 50 || input.goals.some((g) => g.actions.length > 50)) throw badInput('At most 50 goals, and 50 actions per goal');
      const plan: PlanInput = {
        ...input,
        participants: input.participants.map((p) => ({ ...p, name: clean(p.name, 'participant name', 200), agency: p.agency ?? null })),
        goals: input.goals.map((g) => ({
          ...g,
          description: clean(g.description, 'goal description'),
          actions: g.actions.map((a) => ({ ...a, description: clean(a.description, 'action description'), dueDate: a.dueDate ?? null, followUpDate: a.followUpDate ?? null })),
        })),
        nextFollowUp: input.nextFollowUp ?? null,
      };
      await ctx.db.transaction((tx) => savePlan(tx, family.id, plan, todayInSweden(ctx.now), randomUUID));
      ctx.loaders.plan.clear(family.id);
      return ctx.loaders.plan.load(family.id);
    },
    updateActionStatus: async (_: unknown, args: { actionId: string; status: string }, ctx: Ctx) => {
      if (ctx.identity.role !== 'AGENCY_STAFF' || !ctx.identity.agency) throw forbidden('Agency staff report on their own agency’s actions');
      const action = /^[0-9a-f-]{36}$/i.test(args.actionId) ? await setActionStatus(ctx.db, args.actionId, ctx.identity.agency, args.status) : null;
      if (!action) throw forbidden('No such action for your agency');
      return action;
    },
    recordFollowUp: async (_: unknown, { input }: { input: { familyId: string; date: string; area: string; rating: number; comment?: string | null } }, ctx: Ctx) => {
      const family = await requireWritableFamily(ctx, input.familyId);
      if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) throw badInput('rating must be 1 to 5');
      if (input.date > todayInSweden(ctx.now)) throw badInput('A follow-up cannot be dated in the future');
      return insertFollowUp(ctx.db, { id: randomUUID(), familyId: family.id, date: input.date, area: input.area, rating: input.rating, comment: (input.comment ?? '').trim() });
    },
  },
};
