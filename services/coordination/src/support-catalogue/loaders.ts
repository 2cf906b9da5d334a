import { groupBy } from '@lotsen/kit';
import DataLoader from 'dataloader';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import { changesOfServices, type SupportServiceChangeRow, type SupportServiceRow, servicesByIds } from './catalogue-store.js';
import { contactsOfFamilies, type FamilyContactRow } from './family-contacts-store.js';

/** The catalogue's per-request loaders: a list of contacts costs one query for its services, not one per contact. */
export interface CatalogueLoaders {
  service: DataLoader<string, SupportServiceRow | null>;
  changes: DataLoader<string, SupportServiceChangeRow[]>;
  contacts: DataLoader<string, FamilyContactRow[]>;
}

// Keyed by the request's context, which lives as long as its request: no loader outlives it.
const ofRequest = new WeakMap<Ctx, CatalogueLoaders>();

export function catalogueLoaders(ctx: Ctx): CatalogueLoaders {
  let loaders = ofRequest.get(ctx);
  if (!loaders) {
    loaders = {
      service: new DataLoader(async (ids) => {
        const rows = new Map((await servicesByIds(ctx.db, ids)).map((r) => [r.id, r]));
        return ids.map((id) => rows.get(id) ?? null);
      }),
      changes: new DataLoader(async (ids) => {
        const groups = groupBy(await changesOfServices(ctx.db, ids), (c) => c.serviceId);
        return ids.map((id) => groups.get(id) ?? []);
      }),
      contacts: new DataLoader(async (familyIds) => {
        const groups = groupBy(await contactsOfFamilies(ctx.db, familyIds), (c) => c.familyId);
        return familyIds.map((id) => groups.get(id) ?? []);
      }),
    };
    ofRequest.set(ctx, loaders);
  }
  return loaders;
}
