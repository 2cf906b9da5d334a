// The system as it would be deployed, one process per service: the agency-system simulators
// (a fixed latency on every endpoint), coordination, the three agency subgraphs and the gateway,
// in production mode, on a PostgreSQL database of their own seeded with a population of the
// given size; tokens from an issuer the bench runs, as an organisation's identity provider.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePopulation } from '@lotsen/agency-systems';
import { openCoordinationDatabase, seed } from '@lotsen/coordination';
import { defaultAudience, devIssuer, generateDevKeys, generateRegistryKeys, json, signToken, startHttpServer, todayInSweden } from '@lotsen/kit';
import { testDatabaseUrl } from '@lotsen/kit/testing';
import { identityOf } from '@lotsen/local-stack';
import pg from 'pg';
import { root, startProcess } from '../lib/processes.js';

// The heavy shapes the bench and the peer-gateway test send: every child's sections for a whole caseload, one family's full view.
const operations = join(root, 'test/operations');
export const caseloadBody = JSON.stringify({ query: readFileSync(join(operations, 'caseload.graphql'), 'utf8'), operationName: 'Caseload' });
export const familyBody = (id: string) => JSON.stringify({ query: readFileSync(join(operations, 'family-overview.graphql'), 'utf8'), operationName: 'FamilyOverview', variables: { id } });

export const services = ['simulators', 'coordination', 'school', 'social-services', 'health-care', 'gateway'] as const;
export type Service = (typeof services)[number];
const entry: Record<Service, string> = {
  simulators: 'services/agency-systems/src/main.ts',
  coordination: 'services/coordination/src/main.ts',
  school: 'services/school/src/main.ts',
  'social-services': 'services/social-services/src/main.ts',
  'health-care': 'services/health-care/src/main.ts',
  gateway: 'gateway/src/main.ts',
};
const simulatorUrls = { school: 'http://127.0.0.1:4101', socialServices: 'http://127.0.0.1:4102', healthCare: 'http://127.0.0.1:4103' };
/** The population register: an existing system like the agencies', with their latency, but not an agency call of the floor. */
const registerUrl = 'http://127.0.0.1:4104';

export interface BenchSystem {
  gatewayUrl: string;
  headers: Record<string, string>;
  /** A bearer token of another seeded user (e.g. analytiker1). */
  tokenFor(username: string): Promise<string>;
  /** The end of a service's output (its warnings and errors), to say why an operation failed. */
  output(service: Service): string;
  familyId: string;
  simulators: typeof simulatorUrls;
  pids: Record<Service, number | undefined>;
  stop(): Promise<void>;
}

const serverUrl = process.env.BENCH_DATABASE_URL ?? testDatabaseUrl;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Node options per service: CPU profiles written on SIGTERM into `profileDir`/<service> when given.
 * The simulators keep the whole population in one heap (2.6 GB at 100,000 families); under a
 * light steady load V8's memory reducer takes them for idle and marks that heap again and again
 * on its worker threads, 23 ms of CPU per caseload at 5/s taken from the two cores the system
 * under test runs on. Real agency systems run on machines of their own; their stand-ins here
 * share ours, and must not spend it on housekeeping. They collect once when started (`--expose-gc`,
 * docs/agency-systems.md "The simulators' memory"), so what generating left is not marked mid-run,
 * and have a young generation large enough for a region's cohort: a 9 MB measure request parses
 * into about 30 MB that a scavenge in the middle of it copies (45-50 ms) and soon promotes.
 */
function nodeArgs(service: Service, profileDir: string | undefined): string[] {
  const base = service === 'simulators' ? ['--max-semi-space-size=256', '--no-memory-reducer', '--expose-gc'] : ['--max-semi-space-size=64'];
  return profileDir ? [...base, '--cpu-prof', `--cpu-prof-dir=${join(profileDir, service)}`, '--import', join(root, 'test/bench/ours/exit-on-term.mjs')] : base;
}

export async function startBenchSystem(families: number, latencyMs: number, profileDir?: string): Promise<BenchSystem> {
  const database = `lotsen_bench_${families}`;
  await admin(`DROP DATABASE IF EXISTS ${database}`).catch((error: Error) => {
    throw new Error(`the our-shape benchmark needs PostgreSQL (BENCH_DATABASE_URL, default ${serverUrl}): ${error.message}`);
  });
  await admin(`CREATE DATABASE ${database}`);
  const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();

  const generating = performance.now();
  const population = generatePopulation({ seed: 20261123, families, today: todayInSweden() });
  console.log(`generated ${families.toLocaleString('en')} families in ${((performance.now() - generating) / 1000).toFixed(1)} s`);
  const db = await openCoordinationDatabase({ databaseUrl });
  await seed(db, population);
  // As after any bulk load: the planner's statistics and the visibility map are brought up to date
  // now, not whenever autovacuum comes round in the middle of a measurement.
  await db.query('VACUUM ANALYZE');
  await db.close();

  const keys = await generateDevKeys();
  const registry = await generateRegistryKeys();
  const issuer = await startHttpServer({ 'GET /.well-known/jwks.json': () => json(200, { keys: [keys.publicJwk] }) });
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    LOTSEN_DATA_DIR: mkdtempSync(join(tmpdir(), 'lotsen-bench-')),
    LOTSEN_SEED: '20261123',
    LOTSEN_FAMILIES: String(families),
    DATABASE_URL: databaseUrl,
    GATEWAY_SIGNING_KEY: randomBytes(32).toString('base64'),
    // The registry's key is its own; the agency subgraphs get its public half and never ask it.
    REGISTRY_SIGNING_KEY: JSON.stringify(registry.privateJwk),
    REGISTRY_PUBLIC_KEY: JSON.stringify(registry.publicJwk),
    AUTH_JWKS_URL: `${issuer.url}/.well-known/jwks.json`,
    AUTH_ISSUER: devIssuer,
    AUTH_AUDIENCE: defaultAudience,
  };
  const started: Partial<Record<Service, Awaited<ReturnType<typeof startProcess>>>> = {};
  const stop = async () => {
    await Promise.all(
      Object.values(started).map((s) => {
        if (!profileDir || !s) return s?.proc.kill('SIGKILL');
        // A profile is written when the process exits of itself.
        const exited = new Promise((resolve) => s.proc.once('exit', resolve));
        s.proc.kill('SIGTERM');
        return exited;
      }),
    );
    await issuer.close();
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  };
  try {
    // One at a time: the subgraphs that keep an audit trail migrate the same database.
    for (const service of services) {
      started[service] = await startProcess([process.execPath, ...nodeArgs(service, profileDir), '--import', 'tsx', join(root, entry[service])], / on http|simulators: /, env);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  for (const url of [...Object.values(simulatorUrls), registerUrl]) await fetch(`${url}/_sim/faults`, { method: 'PUT', body: JSON.stringify({ latencyMs }) });
  return {
    gatewayUrl: 'http://127.0.0.1:4000/graphql',
    headers: { authorization: `Bearer ${await signToken(identityOf(population, 'koordinator1'), keys)}` },
    tokenFor: (username) => signToken(identityOf(population, username), keys),
    output: (service) => started[service]?.output().slice(-3000) ?? '',
    familyId: population.families.find((f) => f.archetype === 3)?.id ?? '',
    simulators: simulatorUrls,
    pids: Object.fromEntries(services.map((s) => [s, started[s]?.proc.pid])) as BenchSystem['pids'],
    stop,
  };
}

/** Calls made to the agency systems so far, per endpoint. */
export async function upstreamCalls(system: BenchSystem): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const [name, url] of Object.entries(system.simulators)) {
    const { endpoints } = (await (await fetch(`${url}/_sim/counters`)).json()) as { endpoints: Record<string, number> };
    for (const [endpoint, n] of Object.entries(endpoints)) counts.set(`${name} ${endpoint}`, n);
  }
  return counts;
}

export async function resetCalls(system: BenchSystem): Promise<void> {
  await Promise.all(Object.values(system.simulators).map((url) => fetch(`${url}/_sim/reset`, { method: 'POST' })));
}
