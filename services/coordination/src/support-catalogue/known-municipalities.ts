import type { Queryable } from '@lotsen/kit';
import { badInput } from '../graphql/errors.js';
import type { SupportServiceEntry } from './catalogue-store.js';
import { cleanEntry, type SupportServiceInput } from './entry-input.js';

/**
 * The municipalities a service names, each one Lotsen knows (the tenancy's `municipalities`,
 * docs/tenancy.md), spelled as Lotsen spells it: a name nobody serves would be offered to every
 * searcher as a place to look (docs/support-catalogue.md). The first unknown one is refused by name.
 */
export async function knownMunicipalities(db: Queryable, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const known = await db.query<{ name: string }>('SELECT name FROM municipalities WHERE lower(name) = ANY($1::text[])', [names.map((n) => n.toLowerCase())]);
  const byLower = new Map(known.map((k) => [k.name.toLowerCase(), k.name]));
  const unknown = names.find((n) => !byLower.has(n.toLowerCase()));
  if (unknown !== undefined)
    throw badInput(
      `Kommun: ${JSON.stringify(unknown)} finns inte bland kommunerna i Lotsen; skriv namnet på en kommun som finns där, eller ingen kommun för en verksamhet för alla / municipality: not a municipality Lotsen knows`,
    );
  return [...new Set(names.map((n) => byLower.get(n.toLowerCase()) as string))];
}

/** A service as the keeper wrote it, every field checked and each municipality one Lotsen knows. */
export async function checkedEntry(db: Queryable, input: SupportServiceInput): Promise<SupportServiceEntry> {
  const entry = cleanEntry(input);
  return { ...entry, municipalities: await knownMunicipalities(db, entry.municipalities) };
}
