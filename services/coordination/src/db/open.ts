import { join } from 'node:path';
import { dataDir } from '@lotsen/kit';
import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

/** PostgreSQL when DATABASE_URL is set, otherwise PGlite under the data directory; migrated. */
export async function openDatabase(options: { databaseUrl?: string; schema?: string; pgliteDir?: string | null } = {}): Promise<Database> {
  const url = options.databaseUrl ?? process.env.DATABASE_URL;
  const db = url
    ? await openPostgres({ connectionString: url, ...(options.schema ? { schema: options.schema } : {}) })
    : await openPglite(options.pgliteDir === null ? undefined : (options.pgliteDir ?? join(dataDir(), 'pglite')));
  await migrate(db);
  return db;
}
