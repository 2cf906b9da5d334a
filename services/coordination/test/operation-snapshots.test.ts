import type { Queryable } from '@lotsen/kit';
import { describe, expect, it } from 'vitest';
import { OperationSnapshots } from '../src/consent/operation-snapshots.js';

/** The registry version, moved on every reading so that only the operation's snapshot is kept. */
const moving = (sql: string, versions: { n: number }) => (sql.includes('registry_version') ? [{ version: ++versions.n }] : []);

/** A store with nobody in it that counts the queries it is asked. */
function countingStore() {
  const store = { queries: 0 };
  const versions = { n: 0 };
  const db: Queryable = {
    query: async <T>(sql: string) => {
      store.queries += 1;
      return moving(sql, versions) as T[];
    },
  };
  return { store, db };
}

const kids = ['201503152389', '201009282387'];

/** A register that knows nobody and counts its lookups; `down` makes it fail. */
function countingRegister() {
  const register = {
    lookups: 0,
    down: false,
    async lookup() {
      register.lookups += 1;
      if (register.down) throw new Error('register down');
      return new Map();
    },
    ready: async () => !register.down,
  };
  return register;
}

describe('one reading of the consents per operation', () => {
  it('serves every batch of one operation and caller from one reading, concurrent ones included', async () => {
    const { store, db } = countingStore();
    const snapshots = new OperationSnapshots(db, countingRegister());
    const [a, b] = await Promise.all([snapshots.read('op-1', 'koordinator1', kids), snapshots.read('op-1', 'koordinator1', [kids[0] as string])]);
    expect(store.queries).toBe(3);
    expect(b).toBe(a);
    await snapshots.read('op-1', 'koordinator1', kids);
    expect(store.queries).toBe(3);
  });

  it('reads afresh for another operation, another caller, a batch without an operation, or children the reading lacks', async () => {
    const { store, db } = countingStore();
    const snapshots = new OperationSnapshots(db, countingRegister());
    await snapshots.read('op-1', 'koordinator1', [kids[0] as string]);
    await snapshots.read('op-2', 'koordinator1', [kids[0] as string]);
    await snapshots.read('op-1', 'koordinator2', [kids[0] as string]);
    await snapshots.read(undefined, 'koordinator1', [kids[0] as string]);
    await snapshots.read('op-1', 'koordinator1', kids);
    expect(store.queries).toBe(15);
  });

  it('forgets every reading when a consent is narrowed, and each after its time', async () => {
    const { store, db } = countingStore();
    const snapshots = new OperationSnapshots(db, countingRegister(), 50);
    await snapshots.read('op-1', 'koordinator1', kids);
    snapshots.clear();
    await snapshots.read('op-1', 'koordinator1', kids);
    expect(store.queries).toBe(6);
    await new Promise((r) => setTimeout(r, 80));
    await snapshots.read('op-1', 'koordinator1', kids);
    expect(store.queries).toBe(9);
  });

  it('does not keep a failed reading', async () => {
    let fail = true;
    const versions = { n: 0 };
    const db: Queryable = { query: async <T>(sql: string) => (fail ? Promise.reject(new Error('store down')) : (moving(sql, versions) as T[])) };
    const snapshots = new OperationSnapshots(db, countingRegister());
    await expect(snapshots.read('op-1', 'koordinator1', kids)).rejects.toThrow('store down');
    fail = false;
    await expect(snapshots.read('op-1', 'koordinator1', kids)).resolves.toMatchObject({ children: new Set(kids) });
  });

  it('asks the population register once per operation, and says so when it cannot answer', async () => {
    const { store, db } = countingStore();
    const register = countingRegister();
    const snapshots = new OperationSnapshots(db, register);
    await Promise.all([snapshots.read('op-1', 'koordinator1', kids), snapshots.read('op-1', 'koordinator1', kids)]);
    expect(register.lookups).toBe(1);
    await snapshots.read('op-2', 'koordinator1', kids);
    expect(register.lookups).toBe(2);
    register.down = true;
    // The reading says the register did not answer; whatever rests on custody is then denied.
    const without = await snapshots.read('op-3', 'koordinator1', kids);
    expect(without.register).toBeNull();
    expect(store.queries).toBeGreaterThan(0);
  });
});
