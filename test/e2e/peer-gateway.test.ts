import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Family } from '@lotsen/agency-systems';
import { populationRegisterClient, startCoordinationSubgraph } from '@lotsen/coordination';
import {
  type AgencyCredentials,
  type AgencyServiceConfig,
  AuditLog,
  agencies,
  agencyManifest,
  createTokenVerifier,
  defaultAudience,
  devIssuer,
  grantKeysOf,
  type MutualTls,
  type RunningSubgraph,
  sectionField,
  tlsFromEnv,
} from '@lotsen/kit';
import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { subgraphs as composed } from '@lotsen/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCertificates } from './certificates.js';

type Json = Record<string, any>;

const operation = (name: string) => readFileSync(new URL(`../operations/${name}.graphql`, import.meta.url), 'utf8');
const root = new URL('../../', import.meta.url).pathname;

/**
 * docs/security.md's Hive Gateway steps, read here so that the test runs what the document says:
 * each step's text, the command of step 3 and the variables each step names.
 */
const steps = (() => {
  const doc = readFileSync(join(root, 'docs/security.md'), 'utf8');
  const section = doc.slice(doc.indexOf('**Hive Gateway**'), doc.indexOf('**Apollo Router**'));
  const step = (n: number) => section.slice(section.indexOf(`\n${n}. `), section.indexOf(`\n${n + 1}. `));
  const variables = (text: string) => [...new Set([...text.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1] as string))].sort();
  const command = /^\s*(npx hive-gateway .+)$/m.exec(step(3))?.[1];
  if (!command) throw new Error('docs/security.md: step 3 of Hive Gateway has no `npx hive-gateway` command');
  // Step 3's variables are named after its command ("with `COORDINATION_URL`, …").
  return { tlsVariables: variables(step(1)), hiveVariables: variables(step(3).slice(step(3).lastIndexOf('```'))), command };
})();

/**
 * The same supergraph behind Hive Gateway, started by docs/security.md's command as written
 * (gateway/hive/gateway.config.ts, the variables step 3 names): mutual TLS to a second set of
 * the subgraphs (the same store, agency systems and registry key; their certificates by step 1's
 * variables), the user's JWT verified and forwarded. Its answers equal Lotsen's own gateway's,
 * every section and every denial, because consent travels in the graph as the registry's grants.
 */
describe('Hive Gateway in front of the same supergraph, as docs/security.md says', () => {
  let system: RunningSystem;
  let subgraphs: RunningSubgraph[] = [];
  let hive: ChildProcess | undefined;
  let hiveOutput = '';
  let hiveUrl: string;
  const dir = mkdtempSync(join(tmpdir(), 'lotsen-hive-'));
  const pem = (name: string, content: string | Buffer) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };

  beforeAll(async () => {
    system = await startSystem({ families: 20 });
    const certs = makeCertificates();
    const tls = subgraphTls({ SUBGRAPH_TLS_CERT: pem('server.pem', certs.serverCert), SUBGRAPH_TLS_KEY: pem('server-key.pem', certs.serverKey), SUBGRAPH_TLS_CLIENT_CA: pem('ca.pem', certs.ca) });
    const verifier = createTokenVerifier({ issuer: devIssuer, audience: defaultAudience, jwks: { keys: [system.keys.publicJwk] } });
    const agency = (name: string, agencySystemUrl: string, credentials: AgencyCredentials) => ({
      port: 0,
      agencySystemUrl,
      credentials,
      grantKeys: grantKeysOf(system.registryKeys.publicJwk),
      verifier,
      audit: new AuditLog(system.db, name),
      // Hive proves itself by its client certificate; no key is shared with it.
      signingKey: { id: 'not-shared-with-hive', secret: Buffer.alloc(32, 1) },
      tls,
    });
    const coordination = await startCoordinationSubgraph({
      port: 0,
      db: system.db,
      register: populationRegisterClient(system.simulators.populationRegister.url),
      registryKeys: system.registryKeys,
      verifier,
      trustedKeys: [],
      tls,
    });
    const started: Record<string, string> = { coordination: coordination.url };
    subgraphs = [coordination];
    // Each agency's subgraph from the package its manifest entry names, as the system starts them.
    for (const a of agencies) {
      const { subgraph } = agencyManifest[a];
      const { startSubgraph } = (await import(subgraph.package)) as { startSubgraph(config: AgencyServiceConfig): Promise<RunningSubgraph> };
      const running = await startSubgraph(agency(subgraph.name, system.simulators[sectionField(a)].url, system.agencyCredentials[sectionField(a)]));
      subgraphs.push(running);
      started[subgraph.name] = running.url;
    }
    // Step 3: exactly the variables it names, and its command as written, from the repository's root.
    const hiveEnv: Record<string, string> = {
      ...Object.fromEntries(
        composed.map((s) => {
          const url = started[s.name];
          if (!url) throw new Error(`no subgraph started for ${s.name} of the supergraph`);
          return [`${s.name.toUpperCase().replace(/-/g, '_')}_URL`, url];
        }),
      ),
      GATEWAY_TLS_CERT: pem('client.pem', certs.clientCert),
      GATEWAY_TLS_KEY: pem('client-key.pem', certs.clientKey),
      SUBGRAPH_TLS_CA: pem('ca.pem', certs.ca),
      AUTH_ISSUER: devIssuer,
      AUTH_JWKS_URL: `${system.gateway.url}/.well-known/jwks.json`,
      AUTH_AUDIENCE: defaultAudience,
      LOG_LEVEL: 'error',
    };
    // The step names its variables, and one per subgraph by a rule (`<NAME>_URL`): each it names is given, and nothing else.
    const perSubgraph = composed.map((s) => `${s.name.toUpperCase().replace(/-/g, '_')}_URL`);
    expect(Object.keys(hiveEnv).sort()).toEqual([...new Set([...steps.hiveVariables, ...perSubgraph])].sort());
    // The command as written, on a port no other process holds: at the step's own port a Hive
    // Gateway left by an earlier run, or another run's (the bench's peer), would answer instead,
    // over subgraphs and an issuer not these, while this one stops with EADDRINUSE.
    const port = await freePort();
    const command = steps.command.replace(/--port \d+/, `--port ${port}`);
    // Its own process group: npx starts hive-gateway as a child of its own, and both go at the end.
    hive = spawn('sh', ['-c', command], { cwd: root, env: { ...process.env, ...hiveEnv }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [hive.stdout, hive.stderr]) stream?.on('data', (chunk: Buffer) => (hiveOutput = (hiveOutput + chunk.toString()).slice(-8000)));
    hiveUrl = `http://127.0.0.1:${port}/graphql`;
    const exited = new Promise<never>((_, reject) => hive?.once('exit', (code) => reject(new Error(`${command} exited ${code}:\n${hiveOutput}`))));
    await Promise.race([answering(`http://127.0.0.1:${port}/readiness`, () => hiveOutput), exited]);
  }, 120_000);
  afterAll(async () => {
    if (hive?.pid && hive.exitCode === null) process.kill(-hive.pid, 'SIGKILL');
    await Promise.all(subgraphs.map((s) => s.close()));
    await system?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the steps’ commands with the variables they name: a port of its own, and step 1’s certificates', () => {
    expect(steps.command).toMatch(/--port (?!4000\b)\d+/);
    expect(steps.tlsVariables).toEqual(['SUBGRAPH_TLS_CERT', 'SUBGRAPH_TLS_CLIENT_CA', 'SUBGRAPH_TLS_KEY']);
  });

  const ask = async (url: string, username: string | null, query: string, variables: Json = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (username) headers.authorization = `Bearer ${await system.token(username)}`;
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return { status: res.status, body: (await res.json()) as { data?: Json; errors?: Json[] } };
  };
  /** Hive Gateway's own log (its masked errors' causes, at LOG_LEVEL `error`), for a failure's message. */
  const hiveSays = () => `Hive Gateway's output:\n${hiveOutput || '(none)'}`;
  const both = async (username: string, query: string, variables: Json = {}) => {
    const [ours, theirs] = [await ask(system.gatewayUrl, username, query, variables), await ask(hiveUrl, username, query, variables)];
    expect(ours.body.errors).toBeUndefined();
    expect(theirs.body.errors, hiveSays()).toBeUndefined();
    return { ours: ours.body.data as Json, theirs: theirs.body.data as Json };
  };
  const sections = (data: Json) => JSON.stringify(data).match(/"__typename":"\w+"/g) ?? [];

  it('answers koordinator1’s caseload and family view exactly as Lotsen’s own gateway does', async () => {
    const caseload = await both('koordinator1', operation('caseload'));
    expect(caseload.theirs).toEqual(caseload.ours);
    const kinds = new Set(sections(caseload.theirs));
    for (const kind of ['SchoolEnrolment', 'AccessDenied', 'NotRecorded']) expect(kinds).toContain(`"__typename":"${kind}"`);
    for (const n of [1, 2, 3, 6, 7]) {
      const family = system.population.families.find((f) => f.archetype === n) as Family;
      const view = await both('koordinator1', operation('family-overview'), { id: family.id });
      expect(view.theirs, `F-0000${n}`).toEqual(view.ours);
    }
  });

  it('answers a guardian the same: their family, where each agency’s records are read, and their children’s access log', async () => {
    const family = system.population.families.find((f) => f.archetype === 1) as Family;
    const caseload = await both('vardnadshavare1', operation('caseload'));
    expect(caseload.theirs).toEqual(caseload.ours);
    expect(JSON.stringify(caseload.theirs)).toContain('READ_AT_AGENCY');
    const view = await both('vardnadshavare1', operation('family-overview'), { id: family.id });
    expect(view.theirs).toEqual(view.ours);
    const log = await both('vardnadshavare1', operation('access-log'), { personnummer: family.children[0]?.personnummer });
    expect(log.theirs.child.school.accessLog.length).toBeGreaterThan(0);
  });

  it('refuses what Lotsen’s gateway refuses: no token, and a client asking for the grant', async () => {
    expect((await ask(hiveUrl, null, '{ caseload { id } }')).body.data?.caseload ?? null).toBeNull();
    const grant = await ask(hiveUrl, 'koordinator1', `{ child(personnummer: "${system.population.families[0]?.children[0]?.personnummer}") { grant } }`);
    expect(grant.body.errors?.[0]?.message, hiveSays()).toMatch(/grant/);
    expect(grant.body.data?.child?.grant).toBeUndefined();
  });
});

/** The subgraphs' mutual TLS as a subgraph process reads it (tlsFromEnv), from step 1's variables. */
function subgraphTls(files: Record<string, string>): MutualTls {
  const saved = Object.fromEntries(Object.keys(files).map((name) => [name, process.env[name]]));
  Object.assign(process.env, files);
  try {
    const { tls } = tlsFromEnv();
    if (!tls) throw new Error('tlsFromEnv read no certificate');
    return tls;
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** A port the OS has just given out and taken back: free for the process started next. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('the OS gave no TCP port');
  return address.port;
}

/** Waits until `url` answers 200; the process's own output says why when it never does. */
async function answering(url: string, output: () => string, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await fetch(url).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${output()}`);
}
