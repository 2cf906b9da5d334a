// npm run soak -- [minutes=10] [rate=20]: drives the family view and the caseload at a fixed rate
// against the whole system (`npm start`, loopback only) while the health-records simulator injects
// 5% errors and 200 ms extra latency; reports throughput, latency percentiles, errors by kind and
// the system's memory after warm-up and at the end.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile } from './lib/load.js';
import { root, startProcess } from './lib/processes.js';

const minutes = Number(process.argv[2] ?? 10);
const rate = Number(process.argv[3] ?? 20);
const dataDir = mkdtempSync(join(tmpdir(), 'lotsen-soak-'));
const env = { ...process.env, LOTSEN_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'error' };

const { proc: system } = await startProcess([process.execPath, '--max-semi-space-size=64', '--import', 'tsx', 'scripts/start.ts'], /Press Ctrl\+C/, env);
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${system.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const token = execFileSync('npm', ['run', '-s', 'token', '--', 'koordinator1'], { cwd: root, env }).toString().trim();
await fetch('http://127.0.0.1:4103/_sim/faults', { method: 'PUT', body: JSON.stringify({ errorRate: 0.05, latencyMs: 200 }) });

const gql = async (query: string, variables: Record<string, unknown> = {}) => {
  const res = await fetch('http://127.0.0.1:4000/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: unknown[] } };
};
const section = '__typename ... on AgencyUnavailable { kind }';
const caseloadQuery = `query Caseload { caseload { id reference children { personnummer school { enrolment { ${section} } attendance { ${section} } } socialServices { cases { ${section} } } healthCare { careContacts { ${section} } diagnoses { ${section} } } } } }`;
const familyQuery = `query FamilyOverview($id: ID!) { family(id: $id) { id reference plan { goals { area } } children { personnummer school { supportMeasures { ${section} } } healthCare { appointments { ${section} } } } } }`;
const expected = (await gql(caseloadQuery)).body.data.caseload as { id: string; reference: string; children: { personnummer: string }[] }[];
const signature = (families: typeof expected) => families.map((f) => `${f.reference}:${f.children.map((c) => c.personnummer).join(',')}`).join('|');
const expectedCaseload = signature(expected);

type Result = { ms: number; outcome: string; unavailable: string[] };
const results: Result[] = [];
async function one(i: number): Promise<Result> {
  const started = performance.now();
  try {
    const family = expected[i % expected.length] as (typeof expected)[number];
    const { status, body } = i % 2 === 0 ? await gql(caseloadQuery) : await gql(familyQuery, { id: family.id });
    const ms = performance.now() - started;
    if (status !== 200 || body.errors || !body.data) return { ms, outcome: `lost:${status}`, unavailable: [] };
    const right = i % 2 === 0 ? signature(body.data.caseload) === expectedCaseload : body.data.family?.reference === family.reference && body.data.family.children.length === family.children.length;
    const unavailable = [...JSON.stringify(body.data).matchAll(/"AgencyUnavailable","kind":"(\w+)"/g)].map((m) => m[1] as string);
    return { ms, outcome: right ? 'ok' : 'wrong', unavailable };
  } catch (error) {
    return { ms: performance.now() - started, outcome: `lost:${(error as Error).message}`, unavailable: [] };
  }
}

async function drive(seconds: number, record: boolean): Promise<void> {
  const total = Math.round(seconds * rate);
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(one(i).then((r) => void (record && results.push(r))));
  }
  await Promise.all(pending);
}

await drive(30, false); // warm-up
const afterWarmUp = rssMb();
const started = performance.now();
await drive(minutes * 60, true);
const elapsed = (performance.now() - started) / 1000;
const atEnd = rssMb();
const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
const pct = (p: number) => percentile(sorted, p).toFixed(1);
const count = (f: (r: Result) => boolean) => results.filter(f).length;
const kinds = new Map<string, number>();
for (const r of results) for (const k of r.unavailable) kinds.set(k, (kinds.get(k) ?? 0) + 1);
console.log(`soak: ${minutes} min at ${rate} req/s offered (caseload and family view alternating), health records with 5% errors and +200 ms`);
console.log(`requests ${results.length}, throughput ${(results.length / elapsed).toFixed(1)} req/s`);
console.log(`latency ms p50 ${pct(50)} p95 ${pct(95)} p99 ${pct(99)} max ${sorted.at(-1)?.toFixed(1)}`);
console.log(`ok ${count((r) => r.outcome === 'ok')}, wrong ${count((r) => r.outcome === 'wrong')}, lost ${count((r) => r.outcome.startsWith('lost'))}`);
console.log(`sections typed AgencyUnavailable by kind: ${JSON.stringify(Object.fromEntries(kinds))}`);
console.log(`system RSS MB after warm-up ${afterWarmUp.toFixed(1)}, at end ${atEnd.toFixed(1)} (${(((atEnd - afterWarmUp) / afterWarmUp) * 100).toFixed(1)}%)`);
system.kill('SIGINT');
await new Promise((r) => system.on('exit', r));
rmSync(dataDir, { recursive: true, force: true });
process.exit(count((r) => r.outcome !== 'ok') === 0 ? 0 : 1);
