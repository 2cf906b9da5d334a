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

async function read(db: Queryable, children: readonly string[]): Promise<ConsentSnapshot> {
  const [standings, consents] = await Promise.all([childStandings(db, children), consentsForChildren(db, children)]);
  return { children: new Set(children), standings, consents: groupBy(consents, (c) => c.childPersonnummer) };
}

/**
 * One reading of the consents per operation: the agency subgraphs of an operation ask within
 * milliseconds of each other about the same children, and one operation is decided on one
 * state. A reading is kept per operation (the gateway's request id) and caller for `ttlMs` at
 * most, never for another operation, and every reading is dropped when a consent on this
 * instance is revoked or narrowed (`clear`). A batch without an operation is read afresh.
 */
export class OperationSnapshots {
  private readonly readings: LRUCache<string, Promise<ConsentSnapshot>>;

  constructor(
    private readonly db: Queryable,
    ttlMs = 2000,
  ) {
    this.readings = new LRUCache({ max: 1000, ttl: ttlMs });
  }

  read(operation: string | undefined, caller: string, children: readonly string[]): Promise<ConsentSnapshot> {
    const key = operation ? `${operation}|${caller}` : null;
    const known = key ? this.readings.get(key) : undefined;
    if (known) {
      const afresh = () => read(this.db, children);
      return known.then((snapshot) => (children.every((c) => snapshot.children.has(c)) ? snapshot : afresh()), afresh);
    }
    // Kept before anything is awaited, so that a batch arriving meanwhile waits for this reading.
    const fresh = read(this.db, children);
    if (key) {
      this.readings.set(key, fresh);
      fresh.catch(() => this.readings.delete(key));
    }
    return fresh;
  }

  clear(): void {
    this.readings.clear();
  }
}
