// The analysts' cookbook (docs/analysts.md) through the whole system, one process per service on
// PostgreSQL, at 1,000 and 100,000 families: each question's latency (median of five after one
// warm-up) and its calls to the agency systems, which must not grow with the population.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../lib/processes.js';
import { resetCalls, startBenchSystem, upstreamCalls } from '../ours/system.js';

const scales = (process.env.BENCH_ANALYST_SCALES ?? '1000,100000').split(',').map(Number);
const latencyMs = Number(process.env.BENCH_AGENCY_LATENCY_MS ?? 20);
const runs = 5;
const cookbook = readFileSync(join(root, 'docs/analysts.md'), 'utf8');
const questions = [...cookbook.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] as string);

type Row = { question: number; families: number; medianMs: number; maxMs: number; agencyCalls: number; error?: string };
const rows: Row[] = [];

for (const families of scales) {
  const system = await startBenchSystem(families, latencyMs);
  try {
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${await system.tokenFor('analytiker1')}` };
    const ask = async (query: string) => {
      const started = performance.now();
      const res = await fetch(system.gatewayUrl, { method: 'POST', headers, body: JSON.stringify({ query }) });
      const body = (await res.json()) as { errors?: { message: string }[] };
      if (body.errors) throw new Error(body.errors[0]?.message ?? 'error');
      return performance.now() - started;
    };
    for (const [i, query] of questions.entries()) {
      try {
        await ask(query);
        await resetCalls(system);
        const times: number[] = [];
        for (let r = 0; r < runs; r++) times.push(await ask(query));
        const calls = [...(await upstreamCalls(system)).entries()].filter(([k]) => !k.startsWith('populationRegister')).reduce((a, [, n]) => a + n, 0) / runs;
        times.sort((a, b) => a - b);
        rows.push({ question: i + 1, families, medianMs: times[Math.floor(runs / 2)] as number, maxMs: times[runs - 1] as number, agencyCalls: calls });
      } catch (error) {
        // A failed question is a figure too: reported with what the services said, the rest still measured.
        rows.push({ question: i + 1, families, medianMs: Number.NaN, maxMs: Number.NaN, agencyCalls: Number.NaN, error: error instanceof Error ? error.message : String(error) });
        for (const service of ['coordination', 'school', 'gateway'] as const) console.error(`${service} said:\n${system.output(service).split('\n').slice(-8).join('\n')}`);
      }
    }
  } finally {
    await system.stop();
  }
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1)).padStart(8);
console.log(`\nAnalysts' cookbook (docs/analysts.md): ${questions.length} questions, median of ${runs} after a warm-up, agency endpoints answering after ${latencyMs} ms`);
console.log('question  families  median ms  max ms  agency calls/query');
for (const r of rows)
  console.log(
    `${String(r.question).padStart(8)}  ${String(r.families).padStart(8)}  ${fmt(r.medianMs)}  ${fmt(r.maxMs)}  ${String(r.agencyCalls).padStart(18)}${r.error ? `  failed: ${r.error}` : ''}`,
  );
const largest = Math.max(...scales);
const slow = rows.filter((r) => r.families === largest && !(r.medianMs < 1000));
console.log(
  `  ${slow.length === 0 ? 'met    ' : 'MISSED '} every question under 1 s at ${largest.toLocaleString('en')} families${slow.length ? ` (slow: ${slow.map((r) => r.question).join(', ')})` : ''}`,
);
const growing = questions.map((_, i) => rows.filter((r) => r.question === i + 1).map((r) => r.agencyCalls)).filter((calls) => new Set(calls).size > 1);
console.log(`  ${growing.length === 0 ? 'met    ' : 'MISSED '} agency calls per question the same at every population`);
