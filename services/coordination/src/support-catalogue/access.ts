import type { Role } from '@lotsen/kit';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import { forbidden } from '../graphql/errors.js';

/**
 * Who may search the catalogue: everyone who works with families or is one, not analysts (whose
 * every view is aggregates). The catalogue holds no personal data (docs/support-catalogue.md).
 */
const searchers: ReadonlySet<Role> = new Set<Role>(['COORDINATOR', 'TEAM_LEAD', 'AGENCY_STAFF', 'MANAGEMENT_GROUP', 'CATALOGUE_KEEPER', 'GUARDIAN', 'FAMILY_REPRESENTATIVE']);

export function requireSearcher(ctx: Ctx): void {
  if (!searchers.has(ctx.identity.role)) throw forbidden('Stödkatalogen är inte till för din roll / the support catalogue is not for your role');
}

export const isKeeper = (ctx: Ctx) => ctx.identity.role === 'CATALOGUE_KEEPER';

/** Only the catalogue keeper adds, changes and retires services. */
export function requireKeeper(ctx: Ctx): void {
  if (!isKeeper(ctx)) throw forbidden('Bara den som ansvarar för stödkatalogen ändrar i den / only the catalogue keeper changes the catalogue');
}
