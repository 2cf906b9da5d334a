import type { Queryable } from '@lotsen/kit';
import { LRUCache } from 'lru-cache';
import type { PopulationRegister, RegisterPerson } from '../register/population-register.js';
import { type ConsentSnapshot, RegistryReadings } from './registry-readings.js';

/** What an operation is decided on: the registry's reading, and the children as folkbokföringen has them now. */
export interface OperationSnapshot extends ConsentSnapshot {
  /**
   * The children found in the population register (custody, protection); an unknown child is
   * absent. Null when the register did not answer: then nothing that rests on custody is decided.
   */
  register: Map<string, RegisterPerson> | null;
}

/**
 * One reading of the consents and of custody per operation: an operation's own `consents`
 * fields and the grants it signs for the agency subgraphs rest on one state, even when the
 * gateway fetches from coordination more than once for it. A reading is kept per operation (the
 * gateway's request id) and caller for `ttlMs` at most, never for another operation, and every
 * reading is dropped when a consent on this instance is revoked or narrowed (`clear`). Custody
 * is asked of the register for every operation, so a change there counts from the next request
 * on; if the register cannot answer, the reading says so (`register: null`) and every decision
 * resting on custody is a denial.
 */
export class OperationSnapshots {
  private readonly readings: LRUCache<string, Promise<OperationSnapshot>>;
  private readonly registry: RegistryReadings;

  constructor(
    db: Queryable,
    private readonly register: PopulationRegister,
    ttlMs = 2000,
  ) {
    this.readings = new LRUCache({ max: 1000, ttl: ttlMs });
    this.registry = new RegistryReadings(db);
  }

  read(operation: string | undefined, caller: string, children: readonly string[]): Promise<OperationSnapshot> {
    const key = operation ? `${operation}|${caller}` : null;
    const known = key ? this.readings.get(key) : undefined;
    if (known) {
      const afresh = () => this.readBoth(children);
      return known.then((snapshot) => (children.every((c) => snapshot.children.has(c)) ? snapshot : afresh()), afresh);
    }
    // Kept before anything is awaited, so that a batch arriving meanwhile waits for this reading.
    const fresh = this.readBoth(children);
    if (key) {
      this.readings.set(key, fresh);
      fresh.catch(() => this.readings.delete(key));
    }
    return fresh;
  }

  private async readBoth(children: readonly string[]): Promise<OperationSnapshot> {
    const [registry, register] = await Promise.all([this.registry.read(children), this.register.lookup(children).catch(() => null)]);
    return { ...registry, register };
  }

  clear(): void {
    this.readings.clear();
  }
}
