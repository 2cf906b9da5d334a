// Our shape: the coordinator's caseload (30 families) and the family view through the full
// stack (authentication, consent decisions, audit) over the simulators with a fixed latency on
// every agency endpoint, against the floor of one parallel round trip to each agency system;
// latency at a fixed offered rate, capacity at stepped rates; then the caseload with 1,000,
// 10,000 and 100,000 families stored.
import { type LoadResult, runLoad } from '../lib/load.js';
import { cpuSeconds, peakMemoryMb, postgresCpuSeconds } from '../lib/processes.js';
import { writeResults } from '../lib/results.js';
import { isCaseload, isFamily, sameAnswers } from './check.js';
import { measureFloor } from './floor.js';
import { type BenchSystem, caseloadBody, familyBody, resetCalls, services, startBenchSystem, upstreamCalls } from './system.js';

const latencyMs = Number(process.env.BENCH_AGENCY_LATENCY_MS ?? 20);
const rate = 20;
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const warmUpSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const stepSeconds = 10;
const steps = [2, 5, 10, 15, 20, 30, 40, 60, 80, 100, 125, 150, 200];
const scales = (process.env.BENCH_SCALES ?? '1000,10000,100000').split(',').map(Number);
const fmt = (n: number, width = 7) => (Number.isFinite(n) ? n.toFixed(n >= 100 ? 0 : 1) : '–').padStart(width);

interface Measured extends LoadResult {
  /** CPU milliseconds each service (and the PostgreSQL server) spent per operation answered. */
  cpuMsPerOperation: Record<string, number>;
}

/** Waits until operations a saturated phase left queued have finished: the agency systems go quiet. */
async function quiesce(system: BenchSystem): Promise<void> {
  const total = async () => [...(await upstreamCalls(system)).values()].reduce((a, b) => a + b, 0);
  for (let last = -1, now = await total(); now !== last; last = now, now = await total()) await new Promise((r) => setTimeout(r, 1000));
}

/** Fixed-rate load of one operation (evenly spread unless `steady` is false), with the CPU each service spent on it. */
async function measure(system: BenchSystem, body: string, valid: (d: Record<string, unknown>) => boolean, offered: number, duration: number, connections = 50, steady = true): Promise<Measured> {
  await quiesce(system);
  const cpu = () => [...services.map((s) => cpuSeconds(system.pids[s])), postgresCpuSeconds()];
  const before = cpu();
  const result = await runLoad({ url: system.gatewayUrl, headers: system.headers, body, connections, seconds: duration, rate: offered, steady, check: sameAnswers(valid) });
  const after = cpu();
  return {
    ...result,
    cpuMsPerOperation: Object.fromEntries([...services, 'postgresql'].map((s, i) => [s, (1000 * ((after[i] ?? 0) - (before[i] ?? 0))) / result.requests])),
  };
}

/**
 * Agency calls per operation, counted over a few operations sent one at a time (under load,
 * calls of operations still in flight when a phase ends would blur the count).
 */
async function callsPerOperation(system: BenchSystem, body: string, operations = 5): Promise<{ perOperation: number; endpoints: number }> {
  await quiesce(system);
  await resetCalls(system);
  for (let i = 0; i < operations; i++) await fetch(system.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...system.headers }, body }).then((r) => r.text());
  const calls = [...(await upstreamCalls(system)).values()];
  return { perOperation: calls.reduce((a, b) => a + b, 0) / operations, endpoints: calls.filter((n) => n > 0).length };
}

const first = scales[0] as number;
const system = await startBenchSystem(first, latencyMs);
console.log(`\nOur shape: one process per service on PostgreSQL, ${first.toLocaleString('en')} families, every agency endpoint answering after ${latencyMs} ms`);
const floor = await measureFloor(system, rate, seconds);
await measure(system, caseloadBody, isCaseload, rate, warmUpSeconds);
const caseload = await measure(system, caseloadBody, isCaseload, rate, seconds);
const caseloadBursts = await measure(system, caseloadBody, isCaseload, rate, seconds, 50, false);
await measure(system, familyBody(system.familyId), isFamily, rate, warmUpSeconds);
const family = await measure(system, familyBody(system.familyId), isFamily, rate, seconds);
const caseloadCalls = await callsPerOperation(system, caseloadBody);
const familyCalls = await callsPerOperation(system, familyBody(system.familyId));

console.log(`\nLatency at a fixed ${rate} operations/s (${seconds} s after ${warmUpSeconds} s warm-up)`);
console.log('operation                 ops/s  p50 ms  p95 ms  p99 ms  p95 − floor  errors  wrong  agency calls/op  endpoints');
const latencyRow = (name: string, r: Measured | null, calls = { perOperation: 3, endpoints: 3 }, f = floor) =>
  console.log(
    `${name.padEnd(24)}${r ? fmt(r.perSecond, 6) : '     –'} ${fmt(r?.p50 ?? f.p50)} ${fmt(r?.p95 ?? f.p95)} ${fmt(r?.p99 ?? f.p99)} ${r ? fmt(r.p95 - f.p95, 12) : '           –'} ${r ? String(r.errors).padStart(7) : '      –'} ${r ? String(r.wrong).padStart(6) : '     –'} ${fmt(calls.perOperation, 16)} ${String(calls.endpoints).padStart(10)}`,
  );
latencyRow('floor (1 parallel trip)', null);
latencyRow('caseload (30 families)', caseload, caseloadCalls);
latencyRow(`  same, ${rate} at once each s`, caseloadBursts, caseloadCalls);
latencyRow('family view', family, familyCalls);
const cpuTotal = (r: Measured) => Object.values(r.cpuMsPerOperation).reduce((a, b) => a + b, 0);
console.log(
  `CPU ms per operation (caseload/family view): ${[...services, 'postgresql'].map((s) => `${s} ${fmt(caseload.cpuMsPerOperation[s] ?? 0, 0)}/${fmt(family.cpuMsPerOperation[s] ?? 0, 0)}`).join(', ')}; total ${fmt(cpuTotal(caseload), 0)}/${fmt(cpuTotal(family), 0)}`,
);

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
const peaks = services.map((s) => `${s} ${peakMemoryMb(system.pids[s]).toFixed(0)}`).join(', ');
console.log(`  highest offered rate with caseload p95 < 300 ms: ${held ? `${held.offered}/s` : 'none'}; peak memory MB: ${peaks}`);
await system.stop();

// Scale: every population in a fresh system of its own, warmed alike (the JIT has compiled the
// hot paths before latency is compared), then measured at a rate the system holds, so that
// latency shows the cost of an operation and not a queue.
const scaleRate = Number(process.env.BENCH_SCALE_RATE ?? 5);
const scaleWarmUpSeconds = Number(process.env.BENCH_SCALE_WARMUP_SECONDS ?? 60);
const scale = [];
for (const families of scales) {
  const started = performance.now();
  const s = await startBenchSystem(families, latencyMs);
  const startSeconds = (performance.now() - started) / 1000;
  await runLoad({ url: s.gatewayUrl, headers: s.headers, body: caseloadBody, connections: 4, seconds: scaleWarmUpSeconds });
  const result = { families, startSeconds, ...(await measure(s, caseloadBody, isCaseload, scaleRate, seconds)), calls: await callsPerOperation(s, caseloadBody) };
  await s.stop();
  scale.push(result);
}
const base = scale[0] as (typeof scale)[number];
console.log(`\nScale: the caseload at a fixed ${scaleRate}/s with more families stored (koordinator1 carries 30 in every population)`);
console.log('families stored   p50 ms  p95 ms  p99 ms  errors  wrong  agency calls/op  CPU ms/op  p50 ÷ first  p95 ÷ first  started in s');
for (const r of scale)
  console.log(
    `${r.families.toLocaleString('en').padStart(15)} ${fmt(r.p50, 8)} ${fmt(r.p95)} ${fmt(r.p99)} ${String(r.errors).padStart(7)} ${String(r.wrong).padStart(6)} ${fmt(r.calls.perOperation, 16)} ${fmt(cpuTotal(r), 10)} ${(r.p50 / base.p50).toFixed(2).padStart(12)} ${(r.p95 / base.p95).toFixed(2).padStart(12)} ${r.startSeconds.toFixed(0).padStart(13)}`,
  );

writeResults('ours', {
  latencyMs,
  rate,
  seconds,
  warmUpSeconds,
  floor,
  caseload: { ...caseload, calls: caseloadCalls },
  caseloadBursts,
  family: { ...family, calls: familyCalls },
  capacity,
  scaleRate,
  scale,
});
process.exit(0);
