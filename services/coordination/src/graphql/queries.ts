import { todayInSweden } from '@lotsen/kit';
import { GraphQLError } from 'graphql';
import { allTeams, userByUsername } from '../store/directory.js';
import { familyByReference, visibleFamilies } from '../store/families.js';
import { visibleAgencyActions } from './agency-actions.js';
import type { CoordinationContext as Ctx } from './context.js';
import { forbidden } from './errors.js';
import { maySeeChild } from './visible-children.js';

/** Analysts reach aggregates only, agency staff their own agency's data: no family or child here. */
function personLevel(ctx: Ctx): void {
  if (ctx.identity.role === 'ANALYST' || ctx.identity.role === 'AGENCY_STAFF') throw forbidden('Your role has no access to person-level data');
}

export const queryResolvers = {
  Query: {
    me: async (_: unknown, __: unknown, ctx: Ctx) => {
      const stored = await userByUsername(ctx.db, ctx.identity.username);
      return stored ?? { username: ctx.identity.username, name: ctx.identity.username, role: ctx.identity.role, teamId: ctx.identity.teamId };
    },
    teams: async (_: unknown, __: unknown, ctx: Ctx) => {
      if (ctx.identity.role !== 'TEAM_LEAD') return [];
      const teams = await allTeams(ctx.db);
      return [...teams.filter((t) => t.id === ctx.identity.teamId), ...teams.filter((t) => t.id !== ctx.identity.teamId)];
    },
    caseload: async (_: unknown, __: unknown, ctx: Ctx) => {
      personLevel(ctx);
      const families = await visibleFamilies(ctx.db, ctx.identity, await ctx.custodyOfCaller(), todayInSweden(ctx.now));
      for (const f of families) ctx.loaders.family.prime(f.id, f);
      return families;
    },
    familyByReference: async (_: unknown, args: { reference: string }, ctx: Ctx) => {
      personLevel(ctx);
      const reference = args.reference.trim().toUpperCase();
      const found = /^F-\d{5}$/.test(reference) ? await familyByReference(ctx.db, ctx.identity, await ctx.custodyOfCaller(), reference, todayInSweden(ctx.now)) : null;
      if (!found)
        throw new GraphQLError(`Ingen familj med referensen ${/^F-\d{5}$/.test(reference) ? reference : '(ogiltig: F-NNNNN)'} bland dina familjer / no such family among yours`, {
          extensions: { code: 'NOT_FOUND' },
        });
      ctx.loaders.family.prime(found.id, found);
      return found;
    },
    family: (_: unknown, args: { id: string }, ctx: Ctx) => {
      personLevel(ctx);
      return /^[0-9a-f-]{36}$/i.test(args.id) ? ctx.loaders.family.load(args.id) : null;
    },
    agencyActions: (_: unknown, args: { status?: string[] | null }, ctx: Ctx) => visibleAgencyActions(ctx, { statuses: args.status ?? null }),
    child: async (_: unknown, args: { personnummer: string }, ctx: Ctx) => {
      personLevel(ctx);
      const child = await ctx.loaders.child.load(args.personnummer);
      return child && (await maySeeChild(ctx, child)) ? child : null;
    },
  },
};
