import type { CoordinationContext as Ctx } from '../graphql/context.js';
import { forbidden } from '../graphql/errors.js';

/**
 * The municipality a management group works for: its team's (the group sits with the team's
 * municipality), or the municipality its sign-in names. Anyone else is refused.
 */
export async function managedMunicipality(ctx: Ctx): Promise<string> {
  if (ctx.identity.role !== 'MANAGEMENT_GROUP') throw forbidden('Hindren i kommunen är till för ledningsgruppen / obstacles are for the management group');
  const team = ctx.identity.teamId ? await ctx.loaders.team.load(ctx.identity.teamId) : null;
  const municipality = team?.municipality ?? ctx.identity.municipality;
  if (!municipality) throw forbidden('Din inloggning säger inte vilken kommun du arbetar för / your sign-in names no municipality');
  return municipality;
}
