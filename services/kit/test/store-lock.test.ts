import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openPglite, StoreOpenError } from '../src/storage/pglite.js';
import { acquireStoreLock, lockFileName, StoreInUseError } from '../src/storage/store-lock.js';

const root = mkdtempSync(join(tmpdir(), 'lotsen-store-lock-'));
const packageDir = new URL('../', import.meta.url).pathname;
const fixture = new URL('./fixtures/hold-store.ts', import.meta.url).pathname;
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

/** Runs the fixture as a process of its own and waits until it prints `until`. */
async function startFixture(args: string[], until: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, ...args], { cwd: packageDir, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(until)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => (output.includes(until) ? resolve() : reject(new Error(`fixture exited with ${code}:\n${output}`))));
  });
  return child;
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.on('exit', resolve)));

describe('an embedded store has one owner', () => {
  it('refuses a second process before PGlite touches the directory, and opens again once the owner is killed', async () => {
    const dir = join(root, 'held');
    const owner = await startFixture([dir], 'ready');

    const create = vi.spyOn(PGlite, 'create');
    const refusal = await openPglite(dir).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(create).not.toHaveBeenCalled();
    expect(refusal).toBeInstanceOf(StoreInUseError);
    const message = (refusal as Error).message;
    expect(message).toContain(dir);
    expect(message).toContain(`process ${owner.pid}`);
    expect(message).toContain('stop `npm start`');
    expect(message).toContain('DATABASE_URL');

    // SIGKILL: no exit handler runs, the lock file stays behind with a dead pid.
    owner.kill('SIGKILL');
    await exited(owner);
    expect(existsSync(join(dir, lockFileName))).toBe(true);

    const db = await openPglite(dir);
    expect(create).toHaveBeenCalledTimes(1);
    create.mockRestore();
    expect(await db.query('SELECT note FROM held')).toEqual([{ note: 'written by the first owner' }]);
    await expect(openPglite(dir)).rejects.toThrow('already open in this process');
    await db.close();
    expect(existsSync(join(dir, lockFileName))).toBe(false);

    // Given back by close: the same process opens it again.
    const again = await openPglite(dir);
    expect(await again.query('SELECT count(*)::int AS n FROM held')).toEqual([{ n: 1 }]);
    await again.close();

    // A store PGlite cannot read any more: the error says what to do, and the lock is given back.
    rmSync(join(dir, 'global', 'pg_control'));
    const failure = await openPglite(dir).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StoreOpenError);
    expect((failure as Error).message).toContain(dir);
    expect((failure as Error).message).toContain('`npm start` seeds a removed store anew');
    expect((failure as Error).message).toContain('audit trail');
    expect(existsSync(join(dir, lockFileName))).toBe(false);
  }, 60_000);

  it('gives the lock back when its process ends normally', async () => {
    const dir = join(root, 'exit');
    mkdirSync(dir);
    const owner = await startFixture([dir, '--exit'], 'locked');
    expect(await exited(owner)).toBe(0);
    expect(existsSync(join(dir, lockFileName))).toBe(false);
  }, 30_000);

  it('takes over a lock carrying its own pid: an earlier process that had the same pid left it', () => {
    const dir = join(root, 'own-pid');
    mkdirSync(dir);
    writeFileSync(join(dir, lockFileName), JSON.stringify({ pid: process.pid, start: 'an earlier process' }));
    const lock = acquireStoreLock(dir);
    expect(JSON.parse(readFileSync(lock.file, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
  });

  it.runIf(existsSync('/proc/self/stat'))('takes over a lock whose pid now belongs to a process started later', () => {
    const dir = join(root, 'reused-pid');
    mkdirSync(dir);
    // The parent process is alive, but it is not the one that wrote this lock.
    writeFileSync(join(dir, lockFileName), JSON.stringify({ pid: process.ppid, start: 'another-boot/1' }));
    const lock = acquireStoreLock(dir);
    lock.release();
  });

  it('takes over a lock file that names no process (not written by this module)', () => {
    const dir = join(root, 'garbage');
    mkdirSync(dir);
    writeFileSync(join(dir, lockFileName), '');
    const lock = acquireStoreLock(dir);
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
  });
});
