import type { CohortMembers, DataCategory, Queryable } from '@lotsen/kit';
import { followUpCohort } from './figures.js';
import { countedMunicipalities, type StatisticsFilter } from './filter.js';

/**
 * Follow-up cohorts read once per registry version (docs/analysts.md, "Performance"). A region's
 * cohort is tens of thousands of children, and reading it is most of an agency figure's time; it
 * changes only when something the registry decides on does (consents, parties, scope, families,
 * members), and every such change moves `registry_version` in its own transaction. The version is
 * read first: a change committed after that is at worst already in the cohort read, which is then
 * kept under the older version and read again by the next request. Each answer is still signed
 * afresh for its caller and request; only the reading is shared.
 */
export class CohortReadings {
  private readonly kept = new Map<string, Promise<CohortMembers>>();
  private readonly combined = new Map<string, { parts: (CohortMembers | undefined)[]; members: Partial<Record<DataCategory, CohortMembers>> }>();

  constructor(
    private readonly db: Queryable,
    private readonly size = 32,
  ) {}

  async read(f: StatisticsFilter, categories: readonly DataCategory[]): Promise<Partial<Record<DataCategory, CohortMembers>>> {
    const [row] = await this.db.query<{ version: string | number | bigint }>('SELECT version FROM registry_version');
    if (!row) throw new Error('the registry version is missing');
    const filter = [f.from, f.to, f.asOf, f.childConsentAge, countedMunicipalities(f), f.teamId];
    const keyOf = (c: DataCategory) => JSON.stringify([String(row.version), ...filter, c]);
    const readings = new Map(categories.map((c) => [c, this.kept.get(keyOf(c))]));
    const missing = categories.filter((c) => !readings.get(c));
    if (missing.length > 0) {
      const reading = followUpCohort(this.db, f, missing);
      for (const c of missing) {
        const one = reading.then((all) => all.get(c) ?? {});
        // A failed reading is not kept: the next request reads again.
        one.catch(() => this.kept.delete(keyOf(c)));
        readings.set(c, one);
      }
    }
    for (const [c, one] of readings) this.keep(this.kept, keyOf(c), one as Promise<CohortMembers>);
    const entries = await Promise.all([...readings].map(async ([c, one]) => [c, await one] as const));
    return this.sameAsBefore(JSON.stringify([...filter, categories]), entries);
  }

  /**
   * The members of a cohort as one object, the same object as the last time this filter's
   * categories were read while none of their readings has changed: the registry encodes a
   * cohort once per object (kit's `issueCohort`), not once per answer.
   */
  private sameAsBefore(key: string, entries: (readonly [DataCategory, CohortMembers | undefined])[]): Partial<Record<DataCategory, CohortMembers>> {
    const before = this.combined.get(key);
    if (before && before.parts.length === entries.length && before.parts.every((part, i) => part === entries[i]?.[1])) return before.members;
    const members = Object.fromEntries(entries);
    this.keep(this.combined, key, { parts: entries.map(([, m]) => m), members });
    return members;
  }

  /** The most recently used are kept; an older version's fall out as new ones come. */
  private keep<V>(map: Map<string, V>, key: string, value: V) {
    map.delete(key);
    map.set(key, value);
    while (map.size > this.size) map.delete(map.keys().next().value as string);
  }
}
