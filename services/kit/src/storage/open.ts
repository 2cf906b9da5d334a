import { join } from 'node:path';
import { dataDir } from '../config.js';
import type { Database } from './database.js';
import { type MigrationSet, migrate } from './migrate.js';
import { openPglite } from './pglite.js';
import { openSnapshotPglite, type StoreSnapshot } from './pglite-snapshot.js';
import { openPostgres } from './postgres.js';

export interface OpenOptions {
  /** PostgreSQL URL; unset falls back to DATABASE_URL, '' forces the embedded store. */
  databaseUrl?: string;
  /** PostgreSQL schema to work in (tests isolate themselves in one). */
  schema?: string;
  /** PGlite directory; null keeps it in memory. */
  pgliteDir?: string | null;
  migrations: readonly MigrationSet[];
  /**
   * For an in-memory PGlite (tests): the content it is filled with, loaded from a kept copy
   * (pglite-snapshot.ts). Other stores are opened as they are, and filling them is the caller's.
   */
  snapshot?: StoreSnapshot;
}

/** PostgreSQL when a URL is given or DATABASE_URL is set, otherwise PGlite under the data directory; migrated. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  const url = options.databaseUrl ?? process.env.DATABASE_URL;
  if (!url && options.pgliteDir === null && options.snapshot) return openSnapshotPglite(options.migrations, options.snapshot);
  const db = url
    ? await openPostgres({ connectionString: url, ...(options.schema ? { schema: options.schema } : {}) })
    : await openPglite(options.pgliteDir === null ? undefined : (options.pgliteDir ?? join(dataDir(), 'pglite')));
  await migrate(db, options.migrations);
  return db;
}
