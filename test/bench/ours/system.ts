// The system as it would be deployed, one process per service: the agency-system simulators
// (a fixed latency on every endpoint), coordination, each agency's subgraph of the manifest and
// the gateway, in production mode, on a PostgreSQL database of their own seeded with a population
// of the given size; tokens from an issuer the bench runs, as an organisation's identity provider.
// With `peer`, Hive Gateway beside it as docs/security.md runs it: gateway/hive/'s configuration,
// mutual TLS to a second set of the same subgraphs over the same store and agency systems.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type AgencyClients, accessToken, agencyClientsFile, agencyCredentials, generatePopulation, randomAgencyClients, simulatorPorts } from '@lotsen/agency-systems';
import { openCoordinationDatabase, seed } from '@lotsen/coordination';
import {
  agencies,
  agencyManifest,
  defaultAudience,
  devIssuer,
  generateDevKeys,
  generateRegistryKeys,
  json,
  perAgency,
  type SectionField,
  signToken,
  startHttpServer,
  todayInSweden,
} from '@lotsen/kit';
import { testDatabaseUrl } from '@lotsen/kit/testing';
import { identityOf } from '@lotsen/local-stack';
import { subgraphs as composed } from '@lotsen/schema';
import pg from 'pg';
import { makeCertificates } from '../../e2e/certificates.js';
import { root, startProcess } from '../lib/processes.js';
import { credentialEnv } from './agency-credentials.js';

// The heavy shapes the bench and the peer-gateway test send: every child's sections for a whole caseload, one family's full view.
const operations = join(root, 'test/operations');
export const caseloadBody = JSON.stringify({ query: readFileSync(join(operations, 'caseload.graphql'), 'utf8'), operationName: 'Caseload' });
export const familyBody = (id: string) => JSON.stringify({ query: readFileSync(join(operations, 'family-overview.graphql'), 'utf8'), operationName: 'FamilyOverview', variables: { id } });

/** Every subgraph of the supergraph by its name: coordination and each agency's of the manifest. */
const subgraphNames = composed.map((s) => s.name);
export const services = ['simulators', ...subgraphNames, 'gateway'];
export type Service = string;
/** The peer's processes: Hive Gateway and its own set of the subgraphs (mutual TLS), beside the shared simulators. */
export const peerServices = ['simulators', ...subgraphNames, 'hive-gateway'];
/** The peer's subgraphs listen here (PORT), its gateway on docs/security.md's port. */
const peerPorts = Object.fromEntries(subgraphNames.map((name, i) => [name, 4411 + i]));
const hivePort = 4500;

/** A gateway under load and the processes whose CPU an operation through it costs. */
export interface Target {
  name: string;
  url: string;
  pids: Record<string, number | undefined>;
}

// Each agency's subgraph as its package runs it alone (`npm start -w`): the main beside its index.
const resolve = createRequire(import.meta.url).resolve;
const entry: Record<Service, string> = {
  simulators: join(root, 'services/agency-systems/src/main.ts'),
  coordination: join(root, 'services/coordination/src/main.ts'),
  ...Object.fromEntries(agencies.map((a) => [agencyManifest[a].subgraph.name, join(dirname(resolve(agencyManifest[a].subgraph.package)), 'main.ts')])),
  gateway: join(root, 'gateway/src/main.ts'),
};
const simulatorUrls = perAgency((a) => `http://127.0.0.1:${agencyManifest[a].system.port}`);
/** The population register: an existing system like the agencies', with their latency, but not an agency call of the floor. */
const registerUrl = `http://127.0.0.1:${simulatorPorts.populationRegister}`;

export interface BenchSystem {
  gatewayUrl: string;
  headers: Record<string, string>;
  /** A bearer token of another seeded user (e.g. analytiker1). */
  tokenFor(username: string): Promise<string>;
  /** The end of a service's output (its warnings and errors), to say why an operation failed. */
  output(service: Service): string;
  familyId: string;
  simulators: typeof simulatorUrls;
  /** A token of the agency system's own token endpoint, as its registered client (the floor calls the systems directly). */
  agencyToken(system: SectionField): Promise<string>;
  pids: Record<Service, number | undefined>;
  /** Lotsen's gateway and its processes. */
  ours: Target;
  /** Hive Gateway and its processes, when started with `peer`. */
  peer?: Target;
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

export async function startBenchSystem(families: number, latencyMs: number, profileDir?: string, options: { peer?: boolean } = {}): Promise<BenchSystem> {
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
  const dataDir = mkdtempSync(join(tmpdir(), 'lotsen-bench-'));
  // The clients the simulators register (written where they read them) and the agency subgraphs present.
  const clients: AgencyClients = randomAgencyClients();
  writeFileSync(agencyClientsFile(dataDir), JSON.stringify(clients), { mode: 0o600 });
  const credentials = agencyCredentials(clients, simulatorUrls);
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    LOTSEN_DATA_DIR: dataDir,
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
    ...credentialEnv(credentials),
  };
  const started: Partial<Record<Service, Awaited<ReturnType<typeof startProcess>>>> = {};
  const peer: Partial<Record<Service, Awaited<ReturnType<typeof startProcess>>>> = {};
  const stop = async () => {
    await Promise.all(
      [...Object.values(started), ...Object.values(peer)].map((s) => {
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
      started[service] = await startProcess([process.execPath, ...nodeArgs(service, profileDir), '--import', 'tsx', entry[service] as string], / on http|simulators: /, env);
    }
    if (options.peer) Object.assign(peer, await startPeer(env, issuer.url));
  } catch (error) {
    await stop();
    throw error;
  }
  for (const url of [...Object.values(simulatorUrls), registerUrl]) await fetch(`${url}/_sim/faults`, { method: 'PUT', body: JSON.stringify({ latencyMs }) });
  const pids = Object.fromEntries(services.map((s) => [s, started[s]?.proc.pid])) as BenchSystem['pids'];
  return {
    gatewayUrl: 'http://127.0.0.1:4000/graphql',
    headers: { authorization: `Bearer ${await signToken(identityOf(population, 'koordinator1'), keys)}` },
    tokenFor: (username) => signToken(identityOf(population, username), keys),
    output: (service) => started[service]?.output().slice(-3000) ?? '',
    familyId: population.families.find((f) => f.archetype === 3)?.id ?? '',
    simulators: simulatorUrls,
    agencyToken: (system) => accessToken(simulatorUrls[system], clients[system], credentials[system].scope),
    pids,
    ours: { name: 'Lotsen gateway', url: 'http://127.0.0.1:4000/graphql', pids },
    ...(options.peer
      ? { peer: { name: 'Hive Gateway', url: `http://127.0.0.1:${hivePort}/graphql`, pids: { ...Object.fromEntries(peerServices.map((s) => [s, peer[s]?.proc.pid])), simulators: pids.simulators } } }
      : {}),
    stop,
  };
}

/**
 * Hive Gateway as docs/security.md's step 3 runs it (gateway/hive/gateway.config.ts, its port),
 * in front of its own processes of the same subgraphs: mutual TLS (step 1) and the same store,
 * registry key, issuer and agency systems as ours (step 2). Its bin is started itself, not through
 * npx, so that the process measured is the gateway.
 */
async function startPeer(env: NodeJS.ProcessEnv, issuerUrl: string) {
  const dir = mkdtempSync(join(tmpdir(), 'lotsen-bench-tls-'));
  const certs = makeCertificates();
  const pem = (name: keyof typeof certs) => {
    const file = join(dir, `${name}.pem`);
    writeFileSync(file, certs[name], { mode: 0o600 });
    return file;
  };
  const tls = { SUBGRAPH_TLS_CERT: pem('serverCert'), SUBGRAPH_TLS_KEY: pem('serverKey'), SUBGRAPH_TLS_CLIENT_CA: pem('ca') };
  const started: Partial<Record<Service, Awaited<ReturnType<typeof startProcess>>>> = {};
  for (const name of subgraphNames) {
    started[name] = await startProcess([process.execPath, ...nodeArgs(name, undefined), '--import', 'tsx', entry[name] as string], / on http/, { ...env, ...tls, PORT: String(peerPorts[name]) });
  }
  const hiveEnv = {
    ...env,
    ...Object.fromEntries(subgraphNames.map((name) => [`${name.toUpperCase().replace(/-/g, '_')}_URL`, `https://127.0.0.1:${peerPorts[name]}`])),
    GATEWAY_TLS_CERT: pem('clientCert'),
    GATEWAY_TLS_KEY: pem('clientKey'),
    SUBGRAPH_TLS_CA: pem('ca'),
    AUTH_JWKS_URL: `${issuerUrl}/.well-known/jwks.json`,
  };
  const args = [join(root, 'node_modules/.bin/hive-gateway'), 'supergraph', 'schema/supergraph.graphql', '--config-path', 'gateway/hive/gateway.config.ts', '--port', String(hivePort)];
  started['hive-gateway'] = await startProcess(args, null, hiveEnv);
  for (let i = 0; ; i++) {
    const ready = await fetch(`http://127.0.0.1:${hivePort}/readiness`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (i === 240 || started['hive-gateway']?.proc.exitCode !== null) throw new Error(`Hive Gateway not ready (or ended) within a minute:\n${started['hive-gateway']?.output().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return started;
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
