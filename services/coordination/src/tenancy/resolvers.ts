import type { FeatureResolvers } from '../features.js';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import { teamsServing } from '../store/directory.js';
import { type Organisation, organisationOf } from './coverage.js';

/** Tenancy's share of the schema (tenancy.graphql); Team and Family read their columns as stored. */
export const tenancyResolvers: FeatureResolvers = {
  Query: {
    myOrganisation: (_: unknown, __: unknown, ctx: Ctx) => (ctx.identity.role === 'AGENCY_STAFF' || ctx.identity.role === 'ANALYST' ? organisationOf(ctx.db, ctx.identity) : null),
  },
  Organisation: {
    teams: (o: Organisation, _: unknown, ctx: Ctx) => teamsServing(ctx.db, o.municipalities),
  },
};
