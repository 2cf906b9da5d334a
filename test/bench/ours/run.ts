// Our shape: the coordinator's caseload (30 families) and the family view through the full
// stack (authentication, consent decisions, audit) over the simulators with a fixed latency on
// every agency endpoint, against the floor of one parallel round trip to each agency system;
// through Lotsen's gateway and, beside it in the same run, Hive Gateway configured by
// gateway/hive/ over its own processes of the same subgraphs (docs/security.md, "Behind another
// gateway"): latency at a fixed offered rate once warm, CPU per operation, capacity at stepped
// rates; then the caseload through ours with 1,000, 10,000 and 100,000 families stored.
import { isDeepStrictEqual } from 'node:util';
import { type LoadResult, runLoad } from '../lib/load.js';
import { cpuSeconds, peakMemoryMb, postgresCpuSeconds } from '../lib/processes.js';
import { writeResults } from '../lib/results.js';
import { isCaseload, isFamily, sameAnswers } from './check.js';
import { measureFloor } from './floor.js';
import { type BenchSystem, caseloadBody, familyBody, resetCalls, startBenchSystem, type Target, upstreamCalls } from './system.js';
import { type Warming, warmUntilStable } from './warm-up.js';

const latencyMs = Number(process.env.BENCH_AGENCY_LATENCY_MS ?? 20);
const rate = 20;
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const warmUpSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const stepSeconds = Number(process.env.BENCH_STEP_SECONDS ?? 10);
const steps = [2, 5, 10, 15, 20, 30, 40, 60, 80, 100, 125, 150, 200];
const scales = (process.env.BENCH_SCALES ?? '1000,10000,100000').split(',').map(Number);
// BENCH_PEER=0 leaves Hive Gateway out (working on ours alone).
const withPeer = process.env.BENCH_PEER !== '0';
const fmt = (n: number, width = 7) => (Number.isFinite(n) ? n.toFixed(n >= 100 ? 0 : 1) : '–').padStart(width);

interface Measured extends LoadResult {
  /** CPU milliseconds each process (and the PostgreSQL server) spent per operation answered. */
  cpuMsPerOperation: Record<string, number>;
}

/** Waits until operations a saturated phase left queued have finished: the agency systems go quiet. */
async function quiesce(system: BenchSystem): Promise<void> {
  const total = async () => [...(await upstreamCalls(system)).values()].reduce((a, b) => a + b, 0);
  for (let last = -1, now = await total(); now !== last; last = now, now = await total()) await new Promise((r) => setTimeout(r, 1000));
}

/** Fixed-rate load of one operation through a gateway (evenly spread unless `steady` is false), with the CPU each of its processes spent on it. */
async function measure(
  sys: BenchSystem,
  target: Target,
  body: string,
  valid: (d: Record<string, unknown>) => boolean,
  offered: number,
  duration: number,
  connections = 50,
  steady = true,
): Promise<Measured> {
  await quiesce(sys);
  const processes = Object.keys(target.pids);
  const cpu = () => [...processes.map((s) => cpuSeconds(target.pids[s])), postgresCpuSeconds()];
  const before = cpu();
  const result = await runLoad({ url: target.url, headers: sys.headers, body, connections, seconds: duration, rate: offered, steady, check: sameAnswers(valid) });
  const after = cpu();
  return {
    ...result,
    cpuMsPerOperation: Object.fromEntries([...processes, 'postgresql'].map((s, i) => [s, (1000 * ((after[i] ?? 0) - (before[i] ?? 0))) / result.requests])),
  };
}

/**
 * Agency calls per operation, counted over a few operations sent one at a time (under load,
 * calls of operations still in flight when a phase ends would blur the count).
 */
async function callsPerOperation(sys: BenchSystem, target: Target, body: string, operations = 5): Promise<{ perOperation: number; endpoints: number }> {
  await quiesce(sys);
  await resetCalls(sys);
  for (let i = 0; i < operations; i++) await post(sys, target, body);
  const calls = [...(await upstreamCalls(sys)).values()];
  return { perOperation: calls.reduce((a, b) => a + b, 0) / operations, endpoints: calls.filter((n) => n > 0).length };
}

const post = (sys: BenchSystem, target: Target, body: string) => fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', ...sys.headers }, body }).then((r) => r.json());

/** The latency figures of one gateway: each operation warmed until stable, then measured at the fixed rate. */
async function latencyOf(target: Target, bursts: boolean) {
  const warm = (body: string, valid: (d: Record<string, unknown>) => boolean) =>
    warmUntilStable((duration) => measure(system, target, body, valid, rate, duration), { roundSeconds: warmUpSeconds, tolerance: 0.1, maxRounds: Number(process.env.BENCH_WARMUP_MAX_ROUNDS ?? 12) });
  const caseloadWarming = await warm(caseloadBody, isCaseload);
  const caseload = await measure(system, target, caseloadBody, isCaseload, rate, seconds);
  const caseloadBursts = bursts ? await measure(system, target, caseloadBody, isCaseload, rate, seconds, 50, false) : null;
  const familyWarming = await warm(familyBody(system.familyId), isFamily);
  const family = await measure(system, target, familyBody(system.familyId), isFamily, rate, seconds);
  return {
    target,
    warming: { caseload: caseloadWarming, family: familyWarming },
    caseload: { ...caseload, calls: await callsPerOperation(system, target, caseloadBody) },
    caseloadBursts,
    family: { ...family, calls: await callsPerOperation(system, target, familyBody(system.familyId)) },
  };
}

/** Stepped offered rates of the caseload until p95 reaches 300 ms, errors appear or the rate is not held. */
async function capacityOf(target: Target) {
  console.log(`\nCaseload capacity through ${target.name}: stepped offered rates, ${stepSeconds} s each; the goal is p95 < 300 ms`);
  console.log('offered/s  achieved/s  p50 ms  p95 ms  p99 ms  errors  wrong  CPU ms/op');
  const rows: (Measured & { offered: number })[] = [];
  for (const offered of steps) {
    const r = { offered, ...(await measure(system, target, caseloadBody, isCaseload, offered, stepSeconds, Math.max(50, offered))) };
    rows.push(r);
    console.log(
      `${String(offered).padStart(9)} ${fmt(r.perSecond, 11)} ${fmt(r.p50)} ${fmt(r.p95)} ${fmt(r.p99)} ${String(r.errors).padStart(7)} ${String(r.wrong).padStart(6)} ${fmt(cpuTotal(r), 10)}`,
    );
    if (r.p95 >= 300 || r.errors > 0 || r.perSecond < 0.95 * offered) break;
  }
  const held = rows.filter((r) => r.p95 < 300 && r.errors === 0 && r.wrong === 0 && r.perSecond >= 0.95 * r.offered).at(-1);
  const peaks = Object.keys(target.pids)
    .map((s) => `${s} ${peakMemoryMb(target.pids[s]).toFixed(0)}`)
    .join(', ');
  console.log(`  highest offered rate with caseload p95 < 300 ms: ${held ? `${held.offered}/s` : 'none'}; peak memory MB: ${peaks}`);
  return { rows, held: held?.offered ?? null };
}

const cpuTotal = (r: Measured) => Object.values(r.cpuMsPerOperation).reduce((a, b) => a + b, 0);
const describeWarming = (w: Warming) =>
  `p95 ${w.p95s.map((p) => p.toFixed(0)).join(', ')} ms in ${w.p95s.length} rounds of ${warmUpSeconds} s (${w.stable ? 'the last two within 10 %' : "NOT stable: the figures below are not a warm system's"})`;

const first = scales[0] as number;
const system = await startBenchSystem(first, latencyMs, undefined, { peer: withPeer });
console.log(
  `\nOur shape: one process per service on PostgreSQL, ${first.toLocaleString('en')} families, every agency endpoint answering after ${latencyMs} ms${withPeer ? "; Hive Gateway (gateway/hive/, mutual TLS) beside Lotsen's gateway, over its own processes of the same subgraphs" : ''}`,
);
const targets = [system.ours, ...(system.peer ? [system.peer] : [])];
// Both gateways answer alike before either is measured (the peer-gateway test holds them to it too).
if (system.peer) {
  for (const [name, body] of [
    ['caseload', caseloadBody],
    ['family view', familyBody(system.familyId)],
  ] as const) {
    const [ours, theirs] = [await post(system, system.ours, body), await post(system, system.peer, body)];
    if (!isDeepStrictEqual(ours, theirs)) throw new Error(`Hive Gateway's ${name} differs from Lotsen's gateway's:\n${JSON.stringify(theirs).slice(0, 2000)}`);
  }
  console.log("Hive Gateway's caseload and family view equal Lotsen's gateway's");
}
const latency = [];
for (const target of targets) latency.push(await latencyOf(target, target === system.ours));
// Measured once the simulators are warm too, at the same rate.
const floor = await measureFloor(system, rate, seconds);

console.log(`\nWarm-up, each operation at ${rate}/s until two consecutive rounds' p95 agree within 10 %:`);
for (const l of latency) {
  console.log(`  ${l.target.name}, caseload: ${describeWarming(l.warming.caseload)}`);
  console.log(`  ${l.target.name}, family view: ${describeWarming(l.warming.family)}`);
}
console.log(`\nLatency at a fixed ${rate} operations/s (${seconds} s, once warm)`);
console.log('operation                                 ops/s  p50 ms  p95 ms  p99 ms  p95 − floor  errors  wrong  agency calls/op  endpoints  CPU ms/op');
const latencyRow = (name: string, r: (Measured & { calls?: { perOperation: number; endpoints: number } }) | null, calls = r?.calls ?? { perOperation: 3, endpoints: 3 }) =>
  console.log(
    `${name.padEnd(40)}${r ? fmt(r.perSecond, 6) : '     –'} ${fmt(r?.p50 ?? floor.p50)} ${fmt(r?.p95 ?? floor.p95)} ${fmt(r?.p99 ?? floor.p99)} ${r ? fmt(r.p95 - floor.p95, 12) : '           –'} ${r ? String(r.errors).padStart(7) : '      –'} ${r ? String(r.wrong).padStart(6) : '     –'} ${fmt(calls.perOperation, 16)} ${String(calls.endpoints).padStart(10)} ${r ? fmt(cpuTotal(r), 10) : '         –'}`,
  );
latencyRow('floor (1 parallel trip)', null);
for (const l of latency) {
  const via = l.target === system.ours ? '' : ` via ${l.target.name}`;
  latencyRow(`caseload (30 families)${via}`, l.caseload);
  if (l.caseloadBursts) latencyRow(`  same, ${rate} at once each s`, l.caseloadBursts, l.caseload.calls);
  latencyRow(`family view${via}`, l.family);
}
for (const l of latency) {
  const names = Object.keys(l.caseload.cpuMsPerOperation);
  console.log(
    `CPU ms per operation through ${l.target.name} (caseload/family view): ${names.map((s) => `${s} ${fmt(l.caseload.cpuMsPerOperation[s] ?? 0, 0)}/${fmt(l.family.cpuMsPerOperation[s] ?? 0, 0)}`).join(', ')}; total ${fmt(cpuTotal(l.caseload), 0)}/${fmt(cpuTotal(l.family), 0)}`,
  );
}

const capacity = [];
for (const target of targets) capacity.push({ gateway: target.name, ...(await capacityOf(target)) });
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
  const result = { families, startSeconds, ...(await measure(s, s.ours, caseloadBody, isCaseload, scaleRate, seconds)), calls: await callsPerOperation(s, s.ours, caseloadBody) };
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
  gateways: latency.map((l) => ({ gateway: l.target.name, warming: l.warming, caseload: l.caseload, caseloadBursts: l.caseloadBursts, family: l.family })),
  capacity,
  scaleRate,
  scale,
});
process.exit(0);
