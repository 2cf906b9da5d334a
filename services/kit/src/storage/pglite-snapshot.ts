import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Database } from './database.js';
import { type MigrationSet, migrate, migrationFiles } from './migrate.js';
import { pgliteDatabase, pgliteOptions } from './pglite.js';
import { inMemoryPglite, pgliteVersion } from './pglite-template.js';

/** What an in-memory store is filled with after its migrations, and everything that content depends on. */
export interface StoreSnapshot {
  /**
   * Every input of `fill` besides the migrations, as text (the population it writes, the code that
   * writes it): two stores with the same text and migrations must hold the same rows.
   */
  content: string;
  fill(db: Database): Promise<void>;
}

/**
 * Seeding a test system's store repeats the same work in every test file: the migrations, then
 * thousands of rows and the statistics facts computed from them (seconds per system on a 2-core
 * machine). As with the empty cluster (pglite-template.ts), the first store with a given content
 * and migrations is kept as a copy in the temporary directory, and every later one is loaded from
 * it: each store its own copy, never a shared one. What the fill draws at random (the record keys
 * of migration 012) is then the same in stores loaded from one copy.
 */
const dir = join(tmpdir(), `lotsen-pglite-${pgliteVersion}-snapshots`);
/** Copies unused for this long go when a new one is written: a pinned day or a changed migration leaves old ones behind. */
const keptFor = 24 * 3600_000;

/** The key of a content over the migrations: their names and text, in the order they apply. */
function keyOf(snapshot: StoreSnapshot, migrations: readonly MigrationSet[]): string {
  const hash = createHash('sha256').update(snapshot.content);
  for (const set of migrations) for (const file of migrationFiles(set)) hash.update(`\0${set.name}/${file}\0`).update(readFileSync(new URL(file, set.dir)));
  return hash.digest('hex').slice(0, 32);
}

/** An in-memory store, migrated and filled, loaded from the copy of that content; the first of its kind (or after a copy that will not load) makes the copy. */
export async function openSnapshotPglite(migrations: readonly MigrationSet[], snapshot: StoreSnapshot): Promise<Database> {
  const copy = join(dir, `${keyOf(snapshot, migrations)}.tar`);
  if (existsSync(copy)) {
    try {
      const db = await PGlite.create({ ...pgliteOptions, loadDataDir: new Blob([readFileSync(copy)]) });
      const now = new Date();
      utimesSync(copy, now, now);
      return pgliteDatabase(db);
    } catch {
      rmSync(copy, { force: true });
    }
  }
  const raw = await inMemoryPglite(pgliteOptions);
  const db = pgliteDatabase(raw);
  await migrate(db, migrations);
  await snapshot.fill(db);
  // Written to the data files, so a loaded copy starts without replaying the log.
  await raw.exec('CHECKPOINT');
  const dump = await raw.dumpDataDir('none');
  mkdirSync(dir, { recursive: true });
  pruneUnused();
  // Written aside and renamed: another process making the same copy at the same time never reads half of one.
  const aside = `${copy}.${process.pid}`;
  writeFileSync(aside, Buffer.from(await dump.arrayBuffer()));
  renameSync(aside, copy);
  return db;
}

function pruneUnused(): void {
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    try {
      if (Date.now() - statSync(file).mtimeMs > keptFor) rmSync(file, { force: true });
    } catch {
      // Removed by another process meanwhile.
    }
  }
}
