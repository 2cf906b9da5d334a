import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import type { Database } from './database.js';
import { inMemoryPglite, newPgliteIn } from './pglite-template.js';
import { acquireStoreLock, type StoreLock } from './store-lock.js';

/**
 * PGlite would not open an embedded store directory. What it throws then (`RuntimeError:
 * Aborted()`, with its minified source) tells nobody what to do, so this says it instead.
 */
export class StoreOpenError extends Error {
  override readonly name = 'StoreOpenError';
  constructor(
    readonly dir: string,
    cause: unknown,
  ) {
    const reason = String(cause instanceof Error ? cause.message : cause)
      .replace(/\n[\s\S]*/, '')
      .slice(0, 200);
    super(
      `PGlite could not open the embedded store ${dir} (${reason}). ` +
        'It may have been damaged by two processes using it at once or by a crash. ' +
        `Move the directory aside (or remove it) and start again: \`npm start\` seeds a removed store anew, ` +
        'but the audit trail recorded in it (who accessed which data) is not recreated, so keep the moved copy if that trail matters.',
      { cause },
    );
  }
}

// DATE stays an ISO string, as with the pg driver.
export const pgliteOptions: PGliteOptions = { parsers: { 1082: (v: string) => v, 1184: (v: string) => new Date(v).toISOString(), 20: (v: string) => Number(v) } };

/**
 * Embedded PostgreSQL (WASM): the default when DATABASE_URL is unset. No `dir` keeps it in memory.
 * A directory has one owner at a time (store-lock.ts): taken before PGlite touches it, given back
 * by `close()` or when the process exits.
 */
export async function openPglite(dir?: string): Promise<Database> {
  let lock: StoreLock | undefined;
  let db: PGlite;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    lock = acquireStoreLock(dir);
    try {
      // A new store is written from the copy of a fresh cluster, not initialised in place (seconds).
      db = existsSync(join(dir, 'PG_VERSION')) ? await PGlite.create(dir, pgliteOptions) : await newPgliteIn(dir, pgliteOptions);
    } catch (error) {
      lock.release();
      throw new StoreOpenError(resolve(dir), error);
    }
  } else {
    db = await inMemoryPglite(pgliteOptions);
  }
  return pgliteDatabase(db, lock);
}

/** A PGlite as a store; closing it gives its directory's lock back. */
export function pgliteDatabase(db: PGlite, lock?: StoreLock): Database {
  return {
    kind: 'pglite',
    query: async (sql, params) => (await db.query(sql, params)).rows as never[],
    transaction: (work) => db.transaction((tx) => work({ query: async (sql, params) => (await tx.query(sql, params)).rows as never[] })),
    async exec(sql) {
      await db.exec(sql);
    },
    ping: () =>
      db.query('SELECT 1').then(
        () => true,
        () => false,
      ),
    async close() {
      try {
        await db.close();
      } finally {
        lock?.release();
      }
    },
  };
}
