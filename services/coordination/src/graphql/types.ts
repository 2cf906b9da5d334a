import { ageOn, todayInSweden } from '@lotsen/kit';
import { consentStatus } from '../consent/status.js';
import type { StoredConsent } from '../store/consents.js';
import type { FamilyRow, MemberRow } from '../store/families.js';
import type { GoalRow, PlanRow } from '../store/plans.js';
import type { CoordinationContext as Ctx } from './context.js';

const guardiansOf = (members: MemberRow[]) => members.filter((m) => m.role === 'GUARDIAN');

/** Resolvers of the coordination types; every list comes through a per-request loader. */
export const typeResolvers = {
  User: {
    team: (u: { teamId: string | null }, _: unknown, ctx: Ctx) => (u.teamId ? ctx.loaders.team.load(u.teamId) : null),
  },
  Family: {
    __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.family.load(ref.id),
    team: (f: FamilyRow, _: unknown, ctx: Ctx) => ctx.loaders.team.load(f.teamId),
    coordinators: async (f: FamilyRow, _: unknown, ctx: Ctx) => (await ctx.loaders.coordinators.load(f.id)).map((c) => ({ username: c.username, name: c.name, role: 'COORDINATOR', teamId: f.teamId })),
    guardians: async (f: FamilyRow, _: unknown, ctx: Ctx) => guardiansOf(await ctx.loaders.members.load(f.id)),
    children: async (f: FamilyRow, _: unknown, ctx: Ctx) => (await ctx.loaders.members.load(f.id)).filter((m) => m.role === 'CHILD'),
    plan: (f: FamilyRow, _: unknown, ctx: Ctx) => ctx.loaders.plan.load(f.id),
    meetings: (f: FamilyRow, _: unknown, ctx: Ctx) => ctx.loaders.meetings.load(f.id),
    followUps: async (f: FamilyRow, args: { area?: string | null }, ctx: Ctx) => (await ctx.loaders.followUps.load(f.id)).filter((u) => !args.area || u.area === args.area),
  },
  Child: {
    /** A child resolves only when the caller may see the child's family. */
    __resolveReference: async (ref: { personnummer: string }, ctx: Ctx) => {
      const child = await ctx.loaders.child.load(ref.personnummer);
      return child && (await ctx.loaders.family.load(child.familyId)) ? child : null;
    },
    age: (c: MemberRow, _: unknown, ctx: Ctx) => ageOn(c.birthDate, todayInSweden(ctx.now)),
    family: (c: MemberRow, _: unknown, ctx: Ctx) => ctx.loaders.family.load(c.familyId),
    custody: async (c: MemberRow, _: unknown, ctx: Ctx) => {
      const withCustody = guardiansOf(await ctx.loaders.members.load(c.familyId)).filter((g) => g.hasCustody);
      return { kind: withCustody.length > 1 ? 'JOINT' : 'SOLE', guardians: withCustody };
    },
    consents: async (c: MemberRow, _: unknown, ctx: Ctx) => [...(await ctx.loaders.consents.load(c.personnummer))].reverse(),
  },
  Consent: {
    status: (c: StoredConsent, _: unknown, ctx: Ctx) => consentStatus(c, ctx.now, ctx.policy).status,
    statusText: (c: StoredConsent, _: unknown, ctx: Ctx) => {
      const s = consentStatus(c, ctx.now, ctx.policy);
      if (s.status === 'ACTIVE') return null;
      if (s.status === 'REVOKED') return `Återkallat ${c.revocation?.at.slice(0, 10)}`;
      if (s.status === 'EXPIRED') return `Gällde till och med ${c.validUntil}`;
      return s.waitingFor?.role === 'CHILD' ? 'Väntar på barnets samtycke' : s.waitingFor ? `Väntar på vårdnadshavare ${s.waitingFor.position}` : `Gäller från ${c.validFrom}`;
    },
    scope: (c: StoredConsent) => {
      const byAgency = new Map<string, string[]>();
      for (const s of c.scope) byAgency.set(s.agency, [...(byAgency.get(s.agency) ?? []), s.category]);
      return [...byAgency].map(([agency, categories]) => ({ agency, categories }));
    },
    recipientTeams: async (c: StoredConsent, _: unknown, ctx: Ctx) => (await Promise.all(c.recipientTeamIds.map((id) => ctx.loaders.team.load(id)))).filter(Boolean),
    events: (c: StoredConsent, _: unknown, ctx: Ctx) => ctx.loaders.events.load(c.id),
  },
  SipPlan: {
    participants: (p: PlanRow) => p.participants,
    goals: (p: PlanRow, _: unknown, ctx: Ctx) => ctx.loaders.goals.load(p.id),
  },
  SipGoal: {
    actions: (g: GoalRow, _: unknown, ctx: Ctx) => ctx.loaders.actions.load(g.id),
  },
};
