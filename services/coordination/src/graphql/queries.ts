import { todayInSweden } from '@lotsen/kit';
import { GraphQLError } from 'graphql';
import { allTeams, userByUsername } from '../store/directory.js';
import { familyByReference, visibleFamilies } from '../store/families.js';
import { searchCandidates } from '../store/search.js';
import { visibleAgencyActions } from './agency-actions.js';
import type { CoordinationContext as Ctx } from './context.js';
import { forbidden } from './errors.js';
import { answers, parseSearch } from './family-search.js';
import { maySeeChild } from './visible-children.js';

/** Analysts reach aggregates only, agency staff their own agency's data: no family or child here. */
function personLevel(ctx: Ctx): void {
  if (ctx.identity.role === 'ANALYST' || ctx.identity.role === 'AGENCY_STAFF')
    throw forbidden('Din roll ger ingen åtkomst till uppgifter om enskilda familjer eller barn / your role has no access to person-level data');
}

/** A reference as people write it: "F-00012", "f-12" or "12" are F-00012; null when it is none. */
function referenceOf(text: string): string | null {
  const m = /^(?:F-?)?(\d{1,5})$/i.exec(text.trim());
  return m ? `F-${(m[1] as string).padStart(5, '0')}` : null;
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
      const reference = referenceOf(args.reference);
      const found = reference ? await familyByReference(ctx.db, ctx.identity, await ctx.custodyOfCaller(), reference, todayInSweden(ctx.now)) : null;
      if (!found)
        throw new GraphQLError(
          reference
            ? `Ingen familj med referensen ${reference} bland dina familjer / no such family among yours`
            : `Ingen familj med referensen ${JSON.stringify(args.reference.slice(0, 20))}: en referens skrivs F och fem siffror, t.ex. F-00012 / not a family reference (F-NNNNN)`,
          { extensions: { code: 'NOT_FOUND' } },
        );
      ctx.loaders.family.prime(found.id, found);
      return found;
    },
    family: (_: unknown, args: { id: string }, ctx: Ctx) => {
      personLevel(ctx);
      return /^[0-9a-f-]{36}$/i.test(args.id) ? ctx.loaders.family.load(args.id) : null;
    },
    /** A coordinator's or team lead's own families in coordination, by a child's name or personnummer, or the reference. */
    searchFamilies: async (_: unknown, args: { text: string }, ctx: Ctx) => {
      if (ctx.identity.role !== 'COORDINATOR' && ctx.identity.role !== 'TEAM_LEAD') throw forbidden('Sökningen är till för koordinatorer och teamledare / search is for coordinators and team leads');
      const query = parseSearch(args.text);
      const found = (await searchCandidates(ctx.db, ctx.identity)).filter((f) => answers(query, f)).map(({ children: _, ...family }) => family);
      for (const f of found) ctx.loaders.family.prime(f.id, f);
      return found;
    },
    agencyActions: (_: unknown, args: { status?: string[] | null }, ctx: Ctx) => visibleAgencyActions(ctx, { statuses: args.status ?? null }),
    child: async (_: unknown, args: { personnummer: string }, ctx: Ctx) => {
      personLevel(ctx);
      const child = await ctx.loaders.child.load(args.personnummer);
      return child && (await maySeeChild(ctx, child)) ? child : null;
    },
  },
};
