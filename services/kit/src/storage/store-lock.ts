import { linkSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * One owner per embedded store directory, across processes.
 *
 * PGlite has no lock of its own: its `postmaster.pid` always says pid -42, so a second process
 * opens a directory in use without complaint, and two processes writing the same files can damage
 * the store for both (seen as `RuntimeError: Aborted()` on the next open). Before PGlite touches a
 * directory we create `lotsen.lock` in it, holding the owner's process id.
 *
 * The question a lock must answer after a crash is "is the owner still running?", and a pid
 * answers it exactly and at once. A lock judged by its age (mtime-based lock libraries) needs the
 * owner to keep touching it and a timeout before a killed owner's lock counts as stale, and it
 * takes over from a live owner that merely stalled (a long migration, a paused debugger).
 *
 * A pid alone can be reused: after a restart (typical in a container, where `npm start` gets the
 * same small pid every time) an unrelated process may carry the dead owner's pid. So the lock also
 * records when its owner started (Linux: boot id and start tick from /proc), and a live pid with
 * another start is not the owner. A lock carrying our own pid that this process does not hold was
 * left by an earlier process with the same pid. Where /proc is missing, a live pid counts as the
 * owner: a wrong refusal, which names the lock file to remove, is safe; a wrong takeover is not.
 *
 * The lock is for processes on one machine. Processes in separate containers or hosts sharing a
 * store need PostgreSQL (DATABASE_URL), which is also the answer for sharing a store at all.
 */

export const lockFileName = 'lotsen.lock';

interface Owner {
  pid: number;
  /** Boot id and start tick of the owner (Linux); undefined where /proc is missing. */
  start?: string;
  command?: string;
}

/** A second process (or a second open in this one) wants an embedded store that has an owner. */
export class StoreInUseError extends Error {
  override readonly name = 'StoreInUseError';
  constructor(
    readonly dir: string,
    readonly lockFile: string,
    /** The owner's process id; undefined when other processes kept taking the lock first. */
    readonly ownerPid: number | undefined,
    command?: string,
  ) {
    const owner = ownerPid === undefined ? 'another process' : `process ${ownerPid}${command ? ` (${command})` : ''}`;
    super(
      ownerPid === process.pid
        ? `The embedded store ${dir} is already open in this process (pid ${ownerPid}); close that Database before opening the directory again.`
        : `The embedded store ${dir} is in use by ${owner}. ` +
            'An embedded store has one owner at a time: stop `npm start` (or that other process) first, ' +
            'or set DATABASE_URL to a PostgreSQL server to share one store between processes. ' +
            `If ${ownerPid === undefined ? 'no other process uses it' : `process ${ownerPid} is not Lotsen`}, remove ${lockFile}.`,
    );
  }
}

export interface StoreLock {
  readonly file: string;
  /** Removes the lock file if it is still ours; idempotent. */
  release(): void;
}

/** Takes the store directory `dir` (which must exist) for this process, or throws StoreInUseError. */
export function acquireStoreLock(dir: string): StoreLock {
  const path = resolve(dir);
  const file = join(path, lockFileName);
  const held = heldLocks();
  if (held.has(file)) throw new StoreInUseError(path, file, process.pid);
  const mine = JSON.stringify({ pid: process.pid, start: procStat(process.pid)?.start, command: process.argv.slice(1).join(' ').slice(0, 200) } satisfies Owner);
  // Written in full under a private name and linked into place: the lock appears atomically
  // (link fails if it exists) and never half-written, so a reader never mistakes a lock being
  // created for a damaged one.
  const draft = `${file}.${process.pid}`;
  writeFileSync(draft, mine);
  try {
    let owner: Owner | undefined;
    // Each round either takes the lock or finds its owner alive; a stale lock costs one round.
    for (let round = 0; round < 3; round += 1) {
      try {
        linkSync(draft, file);
        held.set(file, mine);
        return { file, release: () => release(file) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const text = readIfExists(file);
      if (text === undefined) continue; // released meanwhile
      const found = parseOwner(text);
      if (found && isRunning(found)) {
        owner = found;
        break;
      }
      removeIfUnchanged(file, text);
    }
    throw new StoreInUseError(path, file, owner?.pid, owner?.command);
  } finally {
    rmSync(draft, { force: true });
  }
}

function release(file: string): void {
  const held = heldLocks();
  const mine = held.get(file);
  if (mine === undefined) return;
  held.delete(file);
  if (readIfExists(file) === mine) rmSync(file, { force: true });
}

/**
 * The locks this process holds, shared through globalThis so that two copies of this module in
 * one process (a test runner's and a dependency's) still see each other's locks; released when
 * the process exits normally (a process killed by a signal leaves a stale lock, see above).
 */
function heldLocks(): Map<string, string> {
  const key = Symbol.for('lotsen.storeLocks');
  const global = globalThis as unknown as Record<symbol, Map<string, string> | undefined>;
  const existing = global[key];
  if (existing) return existing;
  const held = new Map<string, string>();
  global[key] = held;
  process.once('exit', () => {
    for (const file of [...held.keys()]) {
      try {
        release(file);
      } catch {
        // The process is ending either way; a lock it could not remove is stale from now on.
      }
    }
  });
  return held;
}

function isRunning(owner: Owner): boolean {
  // Our own pid, not in our held locks: an earlier process that had this pid.
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: alive, another user's process.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const now = procStat(owner.pid);
  if (!now) return true; // no /proc (or hidden): the live pid is all we know
  return now.state !== 'Z' && (owner.start === undefined || owner.start === now.start);
}

/** The state and start (boot id and start tick) of a process from /proc; undefined without it. */
function procStat(pid: number): { state: string; start: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces; fields 3… follow it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    return { state: fields[0] ?? '', start: `${bootId}/${fields[19]}` };
  } catch {
    return undefined;
  }
}

function parseOwner(text: string): Owner | undefined {
  try {
    const owner = JSON.parse(text) as Owner;
    return Number.isInteger(owner.pid) && owner.pid > 0 ? owner : undefined;
  } catch {
    // Not written by this module (it never leaves a partial lock): no owner to respect.
    return undefined;
  }
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Removes a stale lock only if it is still the one judged stale: two processes finding the same
 * stale lock must not remove the lock the faster one has just created. Renaming is atomic, so one
 * of them gets the file; if what it got is not the stale lock, it puts it back.
 */
function removeIfUnchanged(file: string, staleText: string): void {
  const aside = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // someone else removed it
    throw error;
  }
  try {
    if (readFileSync(aside, 'utf8') !== staleText) linkSync(aside, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(aside);
  }
}
