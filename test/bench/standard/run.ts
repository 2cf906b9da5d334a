// The standard shape: the federation gateways benchmark's four subgraphs and query, through
// (a) Lotsen's gateway as it ships (production mode, authentication on, started with the
// larger young generation its start script uses), (b) stock
// @apollo/gateway + @apollo/server with defaults and (c) Hive Gateway with its defaults, in
// one run. The gateway under test runs alone on core 0; subgraphs and load share core 1.
// Every response is checked against the expected result; ratios are computed within the run.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { composeStandardShape } from './contenders.js';
import { benchmarkQuery, expectedResult } from './query.js';
import { definitions, type SubgraphName } from './subgraphs.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const warmUpSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const connections = 50;
const root = new URL('../../../', import.meta.url).pathname;
const here = new URL('.', import.meta.url).pathname;
const pin = (core: number, pid: number | undefined) => {
  try {
    if (pid) execFileSync('taskset', ['-a', '-cp', String(core), String(pid)], { stdio: 'ignore' });
  } catch {
    // taskset missing: run unpinned, the table says so
  }
};
pin(1, process.pid);

function startProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ proc: ChildProcess; line: string }> {
  const proc = spawn(args[0] as string, args.slice(1), { cwd: root, env: { ...process.env, LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const line = out.split('\n').find((l) => l.startsWith('READY'));
      if (line) resolve({ proc, line });
    });
    proc.stderr?.on('data', (c: Buffer) => {
      out += c.toString();
    });
    proc.on('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code}:\n${out.slice(-2000)}`)));
  });
}

async function waitForAnswer(url: string, headers: Record<string, string>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: benchmarkQuery }) });
      if (res.ok && isDeepStrictEqual(await res.json(), expectedResult())) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} never answered the benchmark query correctly`);
}

/** CPU seconds a process has used so far (user + system), from /proc. */
const cpuSeconds = (pid: number | undefined) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

const peakMemoryMb = (pid: number | undefined) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

interface Row {
  contender: string;
  requestsPerSecond: number;
  p50: number;
  p97_5: number;
  p99: number;
  errors: number;
  wrong: number;
  peakMemoryMb: number;
  /** Share of one core the contender and the subgraphs used while measured. */
  gatewayCpu: number;
  subgraphsCpu: number;
}

async function measure(name: string, url: string, headers: Record<string, string>, pid: number | undefined): Promise<Row> {
  await waitForAnswer(url, headers);
  const body = JSON.stringify({ query: benchmarkQuery });
  const load = (duration: number, check: boolean) =>
    new Promise<{ result: autocannon.Result; wrong: number }>((resolve, reject) => {
      let expectedText: string | undefined;
      let wrong = 0;
      const instance = autocannon(
        {
          url,
          connections,
          duration,
          requests: [
            {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...headers },
              body,
              onResponse: (status: number, text: string) => {
                if (!check) return;
                // The first body is checked in full; the rest must equal it byte for byte.
                if (expectedText === undefined && status === 200 && isDeepStrictEqual(JSON.parse(text), expectedResult())) expectedText = text;
                if (status !== 200 || text !== expectedText) wrong += 1;
              },
            },
          ],
        },
        (error, result) => (error ? reject(error) : resolve({ result, wrong })),
      );
      void instance;
    });
  await load(warmUpSeconds, false);
  const before = [cpuSeconds(pid), cpuSeconds(subgraphs.proc.pid)] as const;
  const { result, wrong } = await load(seconds, true);
  const after = [cpuSeconds(pid), cpuSeconds(subgraphs.proc.pid)] as const;
  return {
    contender: name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    wrong,
    peakMemoryMb: peakMemoryMb(pid),
    gatewayCpu: (after[0] - before[0]) / seconds,
    subgraphsCpu: (after[1] - before[1]) / seconds,
  };
}

const names = Object.keys(definitions) as SubgraphName[];
// Whatever happens, no benchmark process outlives the run.
const children: ChildProcess[] = [];
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
const subgraphs = await startProcess([process.execPath, '--import', 'tsx', join(here, 'serve-subgraphs.ts'), '4201']);
children.push(subgraphs.proc);
pin(1, subgraphs.proc.pid);
const dir = mkdtempSync(join(tmpdir(), 'lotsen-bench-'));
const supergraphFile = join(dir, 'supergraph.graphql');
writeFileSync(supergraphFile, composeStandardShape(Object.fromEntries(names.map((n, i) => [n, `http://127.0.0.1:${4201 + i}/graphql`])) as Record<SubgraphName, string>));

const only = process.env.BENCH_ONLY?.split(',');
const allContenders: { name: string; args: string[]; port: number; env?: NodeJS.ProcessEnv }[] = [
  { name: 'Lotsen gateway', args: [process.execPath, '--max-semi-space-size=64', '--import', 'tsx', join(here, 'serve-gateway.ts'), 'lotsen', supergraphFile, '4300'], port: 4300 },
  { name: 'stock @apollo/gateway', args: [process.execPath, '--import', 'tsx', join(here, 'serve-gateway.ts'), 'stock', supergraphFile, '4301'], port: 4301 },
  { name: 'Hive Gateway', args: [join(root, 'node_modules/.bin/hive-gateway'), 'supergraph', supergraphFile, '--port', '4302', '--host', '127.0.0.1'], port: 4302, env: { LOG_LEVEL: 'error' } },
];
// BENCH_ONLY=lotsen,stock,hive runs a subset while working on one contender; ratios need all three.
const contenders = allContenders.filter((c) => !only || only.some((o) => c.name.toLowerCase().includes(o)));

const rows: Row[] = [];
for (const c of contenders) {
  const proc = spawn(c.args[0] as string, c.args.slice(1), { cwd: root, env: { ...process.env, LOG_LEVEL: 'silent', ...c.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  proc.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  children.push(proc);
  pin(0, proc.pid);
  let headers: Record<string, string> = {};
  for (let i = 0; i < 100 && !/READY|Serving|listening|started/i.test(out); i++) await new Promise((r) => setTimeout(r, 200));
  const ready = out.split('\n').find((l) => l.startsWith('READY '));
  if (ready) headers = JSON.parse(ready.slice('READY '.length));
  try {
    rows.push(await measure(c.name, `http://127.0.0.1:${c.port}/graphql`, headers, proc.pid));
  } catch (error) {
    console.error(out.slice(-3000));
    throw error;
  } finally {
    proc.kill('SIGKILL');
  }
}
subgraphs.proc.kill('SIGKILL');

const ours = rows[0] as Row;
console.log(`\nStandard shape: ${connections} connections, ${warmUpSeconds} s warm-up, ${seconds} s measured, gateway alone on core 0`);
console.log('contender                 req/s     p50 ms p97.5 ms p99 ms  errors  wrong  peak MB  cpu  subgraphs cpu  ours ÷ this');
for (const r of rows) {
  console.log(
    `${r.contender.padEnd(24)} ${r.requestsPerSecond.toFixed(1).padStart(7)}  ${String(r.p50).padStart(7)} ${String(r.p97_5).padStart(8)} ${String(r.p99).padStart(7)} ${String(r.errors).padStart(7)} ${String(r.wrong).padStart(6)} ${r.peakMemoryMb.toFixed(0).padStart(8)} ${r.gatewayCpu.toFixed(2).padStart(4)} ${r.subgraphsCpu.toFixed(2).padStart(14)}  ${(ours.requestsPerSecond / r.requestsPerSecond).toFixed(2).padStart(10)}`,
  );
}
mkdirSync(join(here, '../results'), { recursive: true });
writeFileSync(join(here, '../results/standard.json'), JSON.stringify({ at: new Date().toISOString(), seconds, warmUpSeconds, connections, rows }, null, 2));
process.exit(0);
