import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';

/**
 * A new in-memory PGlite starts by initialising a database cluster (initdb, in WebAssembly): 10-20
 * seconds on a 2-core machine, for every test system and every store a test opens. The cluster is
 * the same each time, so it is made once per machine and PGlite version, kept as a copy in the
 * temporary directory, and every in-memory store is loaded from that copy instead (2-4 seconds).
 * A new store in a directory (`npm start` on a bare machine) is written from the same copy.
 */
const packageDir = (from: string): string => (existsSync(join(from, 'package.json')) ? from : packageDir(dirname(from)));
const installed = packageDir(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')));
/** The installed PGlite's version: a copy made by another cannot be trusted to load. */
export const { version: pgliteVersion } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { version: string };
const copy = join(tmpdir(), `lotsen-pglite-${pgliteVersion}-cluster.tar`);
let made: Promise<Blob> | undefined;

/** The copy of a newly initialised cluster, made if this machine has none. */
function freshCluster(options: PGliteOptions): Promise<Blob> {
  made ??= (async () => {
    if (existsSync(copy)) return new Blob([readFileSync(copy)]);
    const db = await PGlite.create(options);
    const dump = await db.dumpDataDir('none');
    await db.close();
    // Written aside and renamed: another process making it at the same time never reads half a copy.
    const aside = `${copy}.${process.pid}`;
    writeFileSync(aside, Buffer.from(await dump.arrayBuffer()));
    renameSync(aside, copy);
    return dump;
  })();
  return made;
}

/** An in-memory PGlite, loaded from the copy of a fresh cluster; a copy that will not load is made again. */
export async function inMemoryPglite(options: PGliteOptions): Promise<PGlite> {
  try {
    return await PGlite.create({ ...options, loadDataDir: await freshCluster(options) });
  } catch {
    forgetCluster();
    return PGlite.create({ ...options, loadDataDir: await freshCluster(options) });
  }
}

/**
 * A PGlite in a directory that holds no cluster yet, written from the copy of a fresh one. A copy
 * that will not load is forgotten (the next store makes it again), and the error is the caller's:
 * the directory may hold part of it.
 */
export async function newPgliteIn(dir: string, options: PGliteOptions): Promise<PGlite> {
  try {
    return await PGlite.create(dir, { ...options, loadDataDir: await freshCluster(options) });
  } catch (error) {
    forgetCluster();
    throw error;
  }
}

function forgetCluster(): void {
  made = undefined;
  rmSync(copy, { force: true });
}
