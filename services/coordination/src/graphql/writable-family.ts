import type { CoordinationContext as Ctx } from './context.js';
import { badInput, forbidden } from './errors.js';

/**
 * The family a coordinator or team lead works on: one they may see, and still in coordination (a
 * closed family is read, not written to, until it is reopened).
 */
export async function requireWritableFamily(ctx: Ctx, familyId: string) {
  if (ctx.identity.role !== 'COORDINATOR' && ctx.identity.role !== 'TEAM_LEAD')
    throw forbidden('Bara koordinatorer och teamledare ändrar i en familj / only coordinators and team leads change a family');
  const family = /^[0-9a-f-]{36}$/i.test(familyId) ? await ctx.loaders.family.load(familyId) : null;
  if (!family) throw forbidden('Familjen finns inte bland dina / no such family among yours');
  if (family.closedOn) throw badInput(`Familjen avslutades ${family.closedOn}; öppna den igen för att ändra något / the family is closed; reopen it to change anything`);
  return family;
}
