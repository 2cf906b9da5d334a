// The standard shape: the federation gateways benchmark's four subgraphs and query, through
// (a) Lotsen's gateway as it ships (production mode, authentication on, started with the
// larger young generation its start script uses), (b) stock
// @apollo/gateway + @apollo/server with defaults and (c) Hive Gateway with its defaults, in
// one run. The gateway under test runs alone on core 0; subgraphs and load share core 1.
// Every response is checked against the expected result; ratios are computed within the run.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { type LoadResult, runLoad } from '../lib/load.js';
import { cpuSeconds, peakMemoryMb, pin, root, startProcess } from '../lib/processes.js';
import { writeResults } from '../lib/results.js';
import { composeStandardShape } from './contenders.js';
import { benchmarkQuery, expectedResult } from './query.js';
import { definitions, type SubgraphName } from './subgraphs.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const warmUpSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const connections = 50;
const here = new URL('.', import.meta.url).pathname;
const pinned = pin(1, process.pid);

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

interface Row extends LoadResult {
  contender: string;
  peakMemoryMb: number;
  /** Share of one core the contender and the subgraphs used while measured. */
  gatewayCpu: number;
  subgraphsCpu: number;
}

const names = Object.keys(definitions) as SubgraphName[];
const subgraphs = await startProcess([process.execPath, '--import', 'tsx', join(here, 'serve-subgraphs.ts'), '4201'], /^READY/);
pin(1, subgraphs.proc.pid);
const dir = mkdtempSync(join(tmpdir(), 'lotsen-bench-'));
const supergraphFile = join(dir, 'supergraph.graphql');
writeFileSync(supergraphFile, composeStandardShape(Object.fromEntries(names.map((n, i) => [n, `http://127.0.0.1:${4201 + i}/graphql`])) as Record<SubgraphName, string>));

// Ours and stock print READY (with the headers to send); Hive Gateway is ready when it answers.
const allContenders: { name: string; args: string[]; port: number; ready: RegExp | null; env?: NodeJS.ProcessEnv }[] = [
  { name: 'Lotsen gateway', args: [process.execPath, '--max-semi-space-size=64', '--import', 'tsx', join(here, 'serve-gateway.ts'), 'lotsen', supergraphFile, '4300'], port: 4300, ready: /^READY / },
  { name: 'stock @apollo/gateway', args: [process.execPath, '--import', 'tsx', join(here, 'serve-gateway.ts'), 'stock', supergraphFile, '4301'], port: 4301, ready: /^READY / },
  {
    name: 'Hive Gateway',
    args: [join(root, 'node_modules/.bin/hive-gateway'), 'supergraph', supergraphFile, '--port', '4302', '--host', '127.0.0.1'],
    port: 4302,
    ready: null,
    env: { LOG_LEVEL: 'error' },
  },
];
// BENCH_ONLY=lotsen,stock,hive runs a subset while working on one contender; ratios need all three.
const only = process.env.BENCH_ONLY?.split(',');
const contenders = allContenders.filter((c) => !only || only.some((o) => c.name.toLowerCase().includes(o)));

const rows: Row[] = [];
for (const c of contenders) {
  const started = await startProcess(c.args, c.ready, c.env);
  pin(0, started.proc.pid);
  const headers = started.line.startsWith('READY ') ? (JSON.parse(started.line.slice('READY '.length)) as Record<string, string>) : {};
  const url = `http://127.0.0.1:${c.port}/graphql`;
  try {
    await waitForAnswer(url, headers);
    const body = JSON.stringify({ query: benchmarkQuery });
    await runLoad({ url, headers, body, connections, seconds: warmUpSeconds });
    // The first body is checked in full; every later one must equal it byte for byte.
    let expectedText: string | undefined;
    const check = (text: string) => {
      if (expectedText === undefined && isDeepStrictEqual(JSON.parse(text), expectedResult())) expectedText = text;
      return text === expectedText;
    };
    const before = [cpuSeconds(started.proc.pid), cpuSeconds(subgraphs.proc.pid)] as const;
    const result = await runLoad({ url, headers, body, connections, seconds, check });
    const after = [cpuSeconds(started.proc.pid), cpuSeconds(subgraphs.proc.pid)] as const;
    rows.push({
      contender: c.name,
      ...result,
      peakMemoryMb: peakMemoryMb(started.proc.pid),
      gatewayCpu: (after[0] - before[0]) / seconds,
      subgraphsCpu: (after[1] - before[1]) / seconds,
    });
  } catch (error) {
    console.error(started.output().slice(-3000));
    throw error;
  } finally {
    started.proc.kill('SIGKILL');
  }
}
subgraphs.proc.kill('SIGKILL');

const ours = rows[0] as Row;
const other = (name: string) => rows.find((r) => r.contender.startsWith(name));
console.log(
  `\nStandard shape: ${connections} connections, ${warmUpSeconds} s warm-up, ${seconds} s measured, ${pinned ? 'gateway alone on core 0, load and subgraphs on core 1' : 'unpinned (no taskset)'}`,
);
console.log('contender                 req/s  p50 ms  p95 ms  p99 ms  errors  wrong  peak MB  gateway cpu  subgraphs cpu  ours ÷ this');
for (const r of rows) {
  console.log(
    `${r.contender.padEnd(24)}${r.perSecond.toFixed(1).padStart(6)} ${r.p50.toFixed(0).padStart(7)} ${r.p95.toFixed(0).padStart(7)} ${r.p99.toFixed(0).padStart(7)} ${String(r.errors).padStart(7)} ${String(r.wrong).padStart(6)} ${r.peakMemoryMb.toFixed(0).padStart(8)} ${r.gatewayCpu.toFixed(2).padStart(12)} ${r.subgraphsCpu.toFixed(2).padStart(14)}  ${(ours.perSecond / r.perSecond).toFixed(2).padStart(11)}`,
  );
}
const stock = other('stock');
const hive = other('Hive');
if (stock && hive) {
  const targets = [
    ['throughput ≥ 3× stock @apollo/gateway', ours.perSecond >= 3 * stock.perSecond],
    ['throughput ≥ 2× Hive Gateway', ours.perSecond >= 2 * hive.perSecond],
    ['p95 below both', ours.p95 < stock.p95 && ours.p95 < hive.p95],
    ['zero errors, zero wrong answers', ours.errors === 0 && ours.wrong === 0],
  ] as const;
  for (const [target, met] of targets) console.log(`  ${met ? 'met    ' : 'NOT MET'}  ${target}`);
}
writeResults('standard', { seconds, warmUpSeconds, connections, pinned, rows });
process.exit(0);
