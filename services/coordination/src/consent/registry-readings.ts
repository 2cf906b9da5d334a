import { groupBy, type Queryable } from '@lotsen/kit';
import { LRUCache } from 'lru-cache';
import { consentsForChildren, type StoredConsent } from '../store/consents.js';
import { type ChildStanding, childStandings } from '../store/families.js';

/** What decisions are taken on: where each child stands, and each child's consents. */
export interface ConsentSnapshot {
  children: ReadonlySet<string>;
  standings: Map<string, ChildStanding>;
  consents: Map<string, StoredConsent[]>;
}

type Child = { version: string; standing: ChildStanding | undefined; consents: StoredConsent[] };

/**
 * Readings of the registry kept per child across operations, each valid under the registry
 * version it was read at. Every change decisions rest on moves `registry_version` in its own
 * transaction (migration 003), and a reading reads the version before anything else: a change
 * committed before a reading starts, on any instance, is always seen by it, and a child read
 * under an older version is read again. Decisions are still taken afresh on each reading, so
 * the clock (expiry, a child's age) is never cached.
 */
export class RegistryReadings {
  private readonly known: LRUCache<string, Child>;

  constructor(
    private readonly db: Queryable,
    max = 10_000,
  ) {
    this.known = new LRUCache({ max });
  }

  async read(children: readonly string[]): Promise<ConsentSnapshot> {
    const [row] = await this.db.query<{ version: string | number | bigint }>('SELECT version FROM registry_version');
    // Migration 003 writes the row; without it nothing can be shown current, so nothing is decided.
    if (!row) throw new Error('the registry version is missing');
    const version = String(row.version);
    const found = new Map<string, Child>();
    for (const c of children) {
      const child = this.known.get(c);
      if (child && child.version === version) found.set(c, child);
    }
    const missing = children.filter((c) => !found.has(c));
    if (missing.length > 0) {
      const [standings, consents] = await Promise.all([childStandings(this.db, missing), consentsForChildren(this.db, missing)]);
      // A consent is a child's, and also its subject's when it is a guardian's own.
      const asked = new Set(missing);
      const byPerson = groupBy(
        consents.flatMap((c) => [c.childPersonnummer, ...(c.subjectPersonnummer ? [c.subjectPersonnummer] : [])].filter((p) => asked.has(p)).map((p) => ({ p, c }))),
        (x) => x.p,
      );
      for (const c of missing) {
        const child = { version, standing: standings.get(c), consents: (byPerson.get(c) ?? []).map((x) => x.c) };
        found.set(c, child);
        this.known.set(c, child);
      }
    }
    const standings = new Map<string, ChildStanding>();
    const consents = new Map<string, StoredConsent[]>();
    for (const [c, child] of found) {
      if (child.standing) standings.set(c, child.standing);
      if (child.consents.length > 0) consents.set(c, child.consents);
    }
    return { children: new Set(children), standings, consents };
  }
}
