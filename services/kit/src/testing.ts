import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from './storage/database.js';
import type { MigrationSet } from './storage/migrate.js';
import { openDatabase } from './storage/open.js';

/** The real PostgreSQL the contract tests run against (CI sets it; the default is this machine's). */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function postgresReachable(url = testDatabaseUrl): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export type TestDatabase = Database & { dispose(): Promise<void> };

/**
 * The storage backends every contract test runs on: PGlite, and the real PostgreSQL in a
 * schema of its own, dropped afterwards. PostgreSQL must be there in CI; elsewhere a missing
 * server is reported, not hidden.
 */
export async function storageBackends(migrations: readonly MigrationSet[]): Promise<{ name: 'pglite' | 'postgres'; open: () => Promise<TestDatabase> }[]> {
  const list: Awaited<ReturnType<typeof storageBackends>> = [
    {
      name: 'pglite',
      open: async () => {
        const db = await openDatabase({ databaseUrl: '', pgliteDir: null, migrations });
        return Object.assign(db, { dispose: () => db.close() });
      },
    },
  ];
  if (await postgresReachable()) {
    list.push({
      name: 'postgres',
      open: async () => {
        const schema = `t_${randomBytes(6).toString('hex')}`;
        const db = await openDatabase({ databaseUrl: testDatabaseUrl, schema, migrations });
        return Object.assign(db, {
          dispose: async () => {
            await db.exec(`DROP SCHEMA "${schema}" CASCADE`);
            await db.close();
          },
        });
      },
    });
  } else if (process.env.CI) {
    throw new Error(`PostgreSQL at ${testDatabaseUrl} is not reachable: CI must run the storage contract on it`);
  } else {
    console.warn(`PostgreSQL at ${testDatabaseUrl} not reachable: storage contract runs on PGlite only`);
  }
  return list;
}
