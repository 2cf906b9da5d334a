// Child processes of a benchmark run: started and awaited, pinned to a core, measured from /proc,
// and never left behind.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export const root = new URL('../../../', import.meta.url).pathname;
const children: ChildProcess[] = [];
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** Pins a process and its threads to one core; without taskset the run is unpinned. */
export function pin(core: number, pid: number | undefined): boolean {
  try {
    if (pid) execFileSync('taskset', ['-a', '-cp', String(core), String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Starts a process and waits until a line of its output matches `ready` (null: no wait); returns that line. */
export function startProcess(args: string[], ready: RegExp | null, env: NodeJS.ProcessEnv = {}, timeoutMs = 600_000): Promise<{ proc: ChildProcess; line: string; output: () => string }> {
  const proc = spawn(args[0] as string, args.slice(1), { cwd: root, env: { ...process.env, LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(proc);
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} not ready after ${timeoutMs} ms:\n${out.slice(-2000)}`)), timeoutMs);
    const onData = (c: Buffer) => {
      out += c.toString();
      const line = ready && out.split('\n').find((l) => ready.test(l));
      if (line) {
        clearTimeout(timer);
        resolve({ proc, line, output: () => out });
      }
    };
    if (!ready) {
      clearTimeout(timer);
      resolve({ proc, line: '', output: () => out });
    }
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited ${code}:\n${out.slice(-2000)}`));
    });
  });
}

/** CPU seconds a process has used so far (user + system). */
export function cpuSeconds(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds used so far by the PostgreSQL server on this machine: its processes alive now,
 * and through the postmaster's children's time those that have ended (a pool closing an idle
 * connection ends its backend). 0 where PostgreSQL does not run here.
 */
export function postgresCpuSeconds(): number {
  const stats = new Map<number, string[]>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') stats.set(Number(pid), readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []);
    } catch {
      // The process ended meanwhile.
    }
  }
  let ticks = 0;
  for (const fields of stats.values()) {
    const postmaster = !stats.has(Number(fields[1]));
    ticks += Number(fields[11]) + Number(fields[12]) + (postmaster ? Number(fields[13]) + Number(fields[14]) : 0);
  }
  return ticks / 100;
}

/** Peak resident memory of a process (VmHWM), in MB. */
export function peakMemoryMb(pid: number | undefined): number {
  return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
}
