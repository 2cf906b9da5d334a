import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Database } from './database.js';

/** Embedded PostgreSQL (WASM): the default when DATABASE_URL is unset. No `dir` keeps it in memory. */
export async function openPglite(dir?: string): Promise<Database> {
  if (dir) mkdirSync(dir, { recursive: true });
  // DATE stays an ISO string, as with the pg driver.
  const db = await PGlite.create(dir, { parsers: { 1082: (v: string) => v, 1184: (v: string) => new Date(v).toISOString(), 20: (v: string) => Number(v) } });
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
    close: () => db.close(),
  };
}
