// Our shape: the coordinator's caseload (30 families) and the family view through the full
// stack (authentication, consent decisions, audit) over the simulators with a fixed latency on
// every agency endpoint, against the floor of one parallel round trip to each agency system;
// latency at a fixed offered rate, capacity at stepped rates; then the caseload with 1,000,
// 10,000 and 100,000 families stored.
import { type LoadResult, runLoad } from '../lib/load.js';
import { peakMemoryMb } from '../lib/processes.js';
import { writeResults } from '../lib/results.js';
import { isCaseload, isFamily, sameAnswers } from './check.js';
import { measureFloor } from './floor.js';
import { type BenchSystem, caseloadBody, familyBody, resetCalls, startBenchSystem, upstreamCalls } from './system.js';

const latencyMs = Number(process.env.BENCH_AGENCY_LATENCY_MS ?? 20);
const rate = 20;
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const warmUpSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const stepSeconds = 10;
const steps = [20, 40, 60, 80, 100, 120, 150, 200];
const scales = (process.env.BENCH_SCALES ?? '1000,10000,100000').split(',').map(Number);
const fmt = (n: number, width = 7) => (Number.isFinite(n) ? n.toFixed(n >= 100 ? 0 : 1) : '–').padStart(width);

interface Measured extends LoadResult {
  callsPerOperation: number;
  endpoints: number;
}

/** Fixed-rate load of one operation, with the agency calls it caused counted. */
async function measure(system: BenchSystem, body: string, valid: (d: Record<string, unknown>) => boolean, offered: number, duration: number, connections = 50): Promise<Measured> {
  await resetCalls(system);
  const result = await runLoad({ url: system.gatewayUrl, headers: system.headers, body, connections, seconds: duration, rate: offered, check: sameAnswers(valid) });
  const calls = await upstreamCalls(system);
  const total = [...calls.values()].reduce((a, b) => a + b, 0);
  return { ...result, callsPerOperation: total / result.requests, endpoints: [...calls.values()].filter((n) => n > 0).length };
}

const [first, ...larger] = scales as [number, ...number[]];
const system = await startBenchSystem(first, latencyMs);
console.log(`\nOur shape: whole system in one process on ${system.storage}, ${first.toLocaleString('en')} families, every agency endpoint answering after ${latencyMs} ms`);
const floor = await measureFloor(system, rate, seconds);
await measure(system, caseloadBody, isCaseload, rate, warmUpSeconds);
const caseload = await measure(system, caseloadBody, isCaseload, rate, seconds);
await measure(system, familyBody(system.familyId), isFamily, rate, warmUpSeconds);
const family = await measure(system, familyBody(system.familyId), isFamily, rate, seconds);

console.log(`\nLatency at a fixed ${rate} operations/s (${seconds} s after ${warmUpSeconds} s warm-up)`);
console.log('operation                 ops/s  p50 ms  p95 ms  p99 ms  p95 − floor  errors  wrong  agency calls/op  endpoints');
const latencyRow = (name: string, r: Measured | null, f = floor) =>
  console.log(
    `${name.padEnd(24)}${r ? fmt(r.perSecond, 6) : '     –'} ${fmt(r?.p50 ?? f.p50)} ${fmt(r?.p95 ?? f.p95)} ${fmt(r?.p99 ?? f.p99)} ${r ? fmt(r.p95 - f.p95, 12) : '           –'} ${r ? String(r.errors).padStart(7) : '      –'} ${r ? String(r.wrong).padStart(6) : '     –'} ${r ? fmt(r.callsPerOperation, 16) : '               3'} ${r ? String(r.endpoints).padStart(10) : '         3'}`,
  );
latencyRow('floor (1 parallel trip)', null);
latencyRow('caseload (30 families)', caseload);
latencyRow('family view', family);

console.log(`\nCaseload capacity: stepped offered rates, ${stepSeconds} s each; the goal is p95 < 300 ms`);
console.log('offered/s  achieved/s  p50 ms  p95 ms  p99 ms  errors  wrong');
const capacity: (Measured & { offered: number })[] = [];
for (const offered of steps) {
  const r = { offered, ...(await measure(system, caseloadBody, isCaseload, offered, stepSeconds, Math.max(50, offered))) };
  capacity.push(r);
  console.log(`${String(offered).padStart(9)} ${fmt(r.perSecond, 11)} ${fmt(r.p50)} ${fmt(r.p95)} ${fmt(r.p99)} ${String(r.errors).padStart(7)} ${String(r.wrong).padStart(6)}`);
  if (r.p95 >= 300 || r.errors > 0 || r.perSecond < 0.95 * offered) break;
}
const held = capacity.filter((r) => r.p95 < 300 && r.errors === 0 && r.wrong === 0 && r.perSecond >= 0.95 * r.offered).at(-1);
console.log(`  highest offered rate with caseload p95 < 300 ms: ${held ? `${held.offered}/s` : 'none'}; system peak memory ${peakMemoryMb(system.pid).toFixed(0)} MB`);
await system.stop();

const scale: { families: number; result: Measured }[] = [{ families: first, result: caseload }];
for (const families of larger) {
  const started = performance.now();
  const big = await startBenchSystem(families, latencyMs);
  const startSeconds = (performance.now() - started) / 1000;
  await measure(big, caseloadBody, isCaseload, rate, warmUpSeconds);
  scale.push({ families, result: await measure(big, caseloadBody, isCaseload, rate, seconds) });
  console.log(`  (${families.toLocaleString('en')} families generated, stored and served in ${startSeconds.toFixed(0)} s)`);
  await big.stop();
}
console.log(`\nScale: the caseload at a fixed ${rate}/s with more families stored (koordinator1 carries 30 in every population)`);
console.log('families stored   p50 ms  p95 ms  p99 ms  errors  wrong  agency calls/op  p95 ÷ first');
for (const { families, result } of scale)
  console.log(
    `${families.toLocaleString('en').padStart(15)} ${fmt(result.p50, 8)} ${fmt(result.p95)} ${fmt(result.p99)} ${String(result.errors).padStart(7)} ${String(result.wrong).padStart(6)} ${fmt(result.callsPerOperation, 16)} ${(result.p95 / caseload.p95).toFixed(2).padStart(12)}`,
  );

writeResults('ours', { latencyMs, rate, seconds, warmUpSeconds, storage: system.storage, floor, caseload, family, capacity, scale });
process.exit(0);
