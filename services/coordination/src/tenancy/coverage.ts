import type { Identity, Queryable } from '@lotsen/kit';

/** An organisation a user serves (docs/tenancy.md): a municipality, or a region and so every municipality in it. */
export interface Organisation {
  kind: 'MUNICIPALITY' | 'REGION';
  name: string;
  /** The municipalities it covers, in name order: itself, or the region's. */
  municipalities: string[];
}

/**
 * The organisation of an agency staff member or analyst, from their token's claims, with the
 * municipalities the store knows in it. A token naming both a municipality and a region is read
 * as the municipality, the narrower; a name the store does not know covers nothing. Null when the
 * token names neither: such a caller covers nothing (fail closed).
 */
export async function organisationOf(db: Queryable, identity: Identity): Promise<Organisation | null> {
  if (identity.municipality) {
    const known = await db.query<{ name: string }>('SELECT name FROM municipalities WHERE name = $1', [identity.municipality]);
    return { kind: 'MUNICIPALITY', name: identity.municipality, municipalities: known.map((m) => m.name) };
  }
  if (identity.region) {
    const inRegion = await db.query<{ name: string }>('SELECT name FROM municipalities WHERE region = $1 ORDER BY name', [identity.region]);
    return { kind: 'REGION', name: identity.region, municipalities: inRegion.map((m) => m.name) };
  }
  return null;
}

/** The municipalities an organisation covers; none without one. */
export const covered = (organisation: Organisation | null): string[] => organisation?.municipalities ?? [];
