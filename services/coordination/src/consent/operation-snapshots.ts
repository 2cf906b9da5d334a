import type { Queryable } from '@lotsen/kit';
import { LRUCache } from 'lru-cache';
import { type ConsentSnapshot, RegistryReadings } from './registry-readings.js';

/**
 * One reading of the consents per operation: the agency subgraphs of an operation ask within
 * milliseconds of each other about the same children, and one operation is decided on one
 * state. A reading is kept per operation (the gateway's request id) and caller for `ttlMs` at
 * most, never for another operation, and every reading is dropped when a consent on this
 * instance is revoked or narrowed (`clear`). A batch without an operation is read afresh.
 */
export class OperationSnapshots {
  private readonly readings: LRUCache<string, Promise<ConsentSnapshot>>;
  private readonly registry: RegistryReadings;

  constructor(db: Queryable, ttlMs = 2000) {
    this.readings = new LRUCache({ max: 1000, ttl: ttlMs });
    this.registry = new RegistryReadings(db);
  }

  read(operation: string | undefined, caller: string, children: readonly string[]): Promise<ConsentSnapshot> {
    const key = operation ? `${operation}|${caller}` : null;
    const known = key ? this.readings.get(key) : undefined;
    if (known) {
      const afresh = () => this.registry.read(children);
      return known.then((snapshot) => (children.every((c) => snapshot.children.has(c)) ? snapshot : afresh()), afresh);
    }
    // Kept before anything is awaited, so that a batch arriving meanwhile waits for this reading.
    const fresh = this.registry.read(children);
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
