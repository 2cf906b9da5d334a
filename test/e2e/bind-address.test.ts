import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ephemeralSimulatorPorts, generatePopulation, type RunningSimulators, startSimulators } from '@lotsen/agency-systems';
import { openCoordinationDatabase, seed } from '@lotsen/coordination';
import {
  createTokenVerifier,
  type DevKeys,
  defaultAudience,
  devIssuer,
  generateDevKeys,
  generateSharedKey,
  json,
  type RunningServer,
  type RunningSubgraph,
  type SharedKey,
  signToken,
  startHttpServer,
  startSubgraph,
  todayInSweden,
} from '@lotsen/kit';
import { identityOf } from '@lotsen/local-stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, startProcess } from '../bench/lib/processes.js';
import { callSubgraph } from './signed.js';

/** This machine's first non-loopback IPv4 address: what a container or a second host would call. */
const external = Object.values(networkInterfaces())
  .flat()
  .find((a) => a?.family === 'IPv4' && !a.internal)?.address;
const noAddress = 'this machine has no non-loopback IPv4 address (os.networkInterfaces())';

/** A port free on every address now (the processes below are told it, as an orchestrator would). */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '0.0.0.0', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/**
 * Lotsen past one machine: the gateway and the coordination subgraph as their own processes
 * (each package's main, as `npm start -w` runs it), on other ports than the defaults, bound to
 * every address (HOST=0.0.0.0), the gateway calling coordination at this machine's external
 * address, and coordination told that address is its authority (SUBGRAPH_AUTHORITY).
 */
describe.skipIf(!external)(`HOST and PORT: services reached on ${external ?? noAddress}`, () => {
  const key = generateSharedKey('bind-test');
  let keys: DevKeys;
  let issuer: RunningServer;
  let simulators: RunningSimulators;
  let population: ReturnType<typeof generatePopulation>;
  let coordinationPort: number;
  let gatewayPort: number;
  let processes: Awaited<ReturnType<typeof startProcess>>[] = [];
  let dataDir: string;

  beforeAll(async () => {
    const today = todayInSweden();
    population = generatePopulation({ seed: 20261123, families: 12, today });
    keys = await generateDevKeys();
    issuer = await startHttpServer({ 'GET /.well-known/jwks.json': () => json(200, { keys: [keys.publicJwk] }) });
    simulators = await startSimulators(population, ephemeralSimulatorPorts);
    dataDir = mkdtempSync(join(tmpdir(), 'lotsen-bind-'));
    // The store is seeded here and closed; the coordination process opens it as npm start would.
    const db = await openCoordinationDatabase({ databaseUrl: '', pgliteDir: join(dataDir, 'pglite') });
    await seed(db, population);
    await db.close();
    [coordinationPort, gatewayPort] = [await freePort(), await freePort()];
    const env = {
      HOST: '0.0.0.0',
      LOTSEN_DATA_DIR: dataDir,
      DATABASE_URL: '',
      GATEWAY_SIGNING_KEY: key.secret.toString('base64'),
      GATEWAY_SIGNING_KEY_ID: key.id,
      AUTH_JWKS_URL: `${issuer.url}/.well-known/jwks.json`,
      AUTH_ISSUER: devIssuer,
      AUTH_AUDIENCE: defaultAudience,
    };
    const main = (path: string) => [process.execPath, '--import', 'tsx', join(root, path)];
    processes = await Promise.all([
      startProcess(main('services/coordination/src/main.ts'), / on http/, {
        ...env,
        PORT: String(coordinationPort),
        SUBGRAPH_AUTHORITY: `${external}:${coordinationPort}`,
        POPULATION_REGISTER_URL: simulators.populationRegister.url,
      }),
      startProcess(main('gateway/src/main.ts'), / on http/, { ...env, PORT: String(gatewayPort), COORDINATION_URL: `http://${external}:${coordinationPort}` }),
    ]);
  }, 120_000);
  afterAll(async () => {
    for (const { proc } of processes) proc.kill('SIGKILL');
    await simulators?.close();
    await issuer?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const token = () => signToken(identityOf(population, 'koordinator1'), keys);

  it('the gateway answers at the external address and a query passes through to coordination there', async () => {
    const res = await fetch(`http://${external}:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token()}` },
      body: JSON.stringify({ query: '{ caseload { reference } }' }),
    });
    const body = (await res.json()) as { data?: { caseload: { reference: string }[] }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const first = population.families.find((f) => f.archetype === 1);
    expect(body.data?.caseload.map((f) => f.reference)).toContain(first?.reference);
  });

  it('coordination serves a request signed for its configured authority, and refuses one signed for its loopback address', async () => {
    const query = { query: '{ caseload { reference } }' };
    const configured = await callSubgraph(`http://${external}:${coordinationPort}/graphql`, await token(), query, key);
    expect(configured.status).toBe(200);
    // SUBGRAPH_AUTHORITY replaces the defaults: a signature made for another name of it does not pass.
    const loopback = await callSubgraph(`http://127.0.0.1:${coordinationPort}/graphql`, await token(), query, key);
    expect(loopback).toMatchObject({ status: 401, body: { errors: [{ message: expect.stringMatching(/addressed to another service/) }] } });
  });
});

/**
 * Bound to every address without SUBGRAPH_AUTHORITY, a subgraph still answers only signatures
 * made for its own names (localhost, 127.0.0.1, [::1], this machine's name): one made for the
 * external address is refused, so a request signed for one service is never good at another
 * that happens to share the machine.
 */
describe.skipIf(!external)(`a subgraph on 0.0.0.0 without SUBGRAPH_AUTHORITY (${external ?? noAddress})`, () => {
  let subgraph: RunningSubgraph;
  let keys: DevKeys;
  const key: SharedKey = generateSharedKey('bind-test');
  beforeAll(async () => {
    keys = await generateDevKeys();
    const previous = process.env.SUBGRAPH_AUTHORITY;
    delete process.env.SUBGRAPH_AUTHORITY;
    subgraph = await startSubgraph({
      name: 'probe',
      sdl: 'type Query { probe: String }',
      resolvers: { Query: { probe: () => 'answered' } },
      verifier: createTokenVerifier({ issuer: devIssuer, audience: defaultAudience, jwks: { keys: [keys.publicJwk] } }),
      context: (base) => base,
      trustedKeys: [key],
      port: 0,
      host: '0.0.0.0',
    });
    if (previous !== undefined) process.env.SUBGRAPH_AUTHORITY = previous;
  });
  afterAll(() => subgraph?.close());

  it('answers a signature for its loopback authority at its loopback address, and refuses one for the external address there', async () => {
    const token = await signToken({ username: 'koordinator1', role: 'COORDINATOR', teamId: 'team-1', agency: null, personnummer: null, municipality: null }, keys);
    expect(subgraph.url).toBe(`http://127.0.0.1:${subgraph.port}`);
    expect(await callSubgraph(`${subgraph.url}/graphql`, token, { query: '{ probe }' }, key)).toMatchObject({ status: 200, body: { data: { probe: 'answered' } } });
    const outside = await callSubgraph(`http://${external}:${subgraph.port}/graphql`, token, { query: '{ probe }' }, key);
    expect(outside).toMatchObject({ status: 401, body: { errors: [{ message: expect.stringMatching(/addressed to another service/) }] } });
  });
});
