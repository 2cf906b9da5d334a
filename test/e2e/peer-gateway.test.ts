import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { Family } from '@lotsen/agency-systems';
import { populationRegisterClient, startCoordinationSubgraph } from '@lotsen/coordination';
import { hiveGatewayConfig } from '@lotsen/gateway/hive';
import { startHealthCareSubgraph } from '@lotsen/health-care';
import { AuditLog, createTokenVerifier, defaultAudience, devIssuer, grantKeysOf, type RunningSubgraph } from '@lotsen/kit';
import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { readSupergraph } from '@lotsen/schema';
import { startSchoolSubgraph } from '@lotsen/school';
import { startSocialServicesSubgraph } from '@lotsen/social-services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCertificates } from './certificates.js';

type Json = Record<string, any>;

// Hive Gateway's logger reads LOG_LEVEL and throws on pino's `silent` (the level these tests run
// at): Hive's own word for it is `false`. Under vitest our services are silent without it.
if (process.env.LOG_LEVEL === 'silent') delete process.env.LOG_LEVEL;

const operation = (name: string) => readFileSync(new URL(`../operations/${name}.graphql`, import.meta.url), 'utf8');

/**
 * The same supergraph behind Hive Gateway, configured by gateway/hive/config.ts alone: mutual
 * TLS to a second set of the subgraphs (the same store, agency systems and registry key), the
 * user's JWT verified and forwarded. Its answers equal Lotsen's own gateway's, every section and
 * every denial, because consent travels in the graph as the registry's grants.
 */
describe('Hive Gateway in front of the same supergraph', () => {
  let system: RunningSystem;
  let subgraphs: RunningSubgraph[] = [];
  let hive: Server;
  let hiveUrl: string;

  beforeAll(async () => {
    system = await startSystem({ families: 20 });
    const certs = makeCertificates();
    const tls = { cert: certs.serverCert, key: certs.serverKey, clientCa: certs.ca };
    const verifier = createTokenVerifier({ issuer: devIssuer, audience: defaultAudience, jwks: { keys: [system.keys.publicJwk] } });
    const agency = (name: string, agencySystemUrl: string) => ({
      port: 0,
      agencySystemUrl,
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
    const school = await startSchoolSubgraph(agency('school', system.simulators.school.url));
    const socialServices = await startSocialServicesSubgraph(agency('social-services', system.simulators.socialServices.url));
    const healthCare = await startHealthCareSubgraph(agency('health-care', system.simulators.healthCare.url));
    subgraphs = [coordination, school, socialServices, healthCare];
    const runtime = createGatewayRuntime(
      hiveGatewayConfig({
        supergraph: readSupergraph(),
        subgraphUrls: {
          coordination: `${coordination.url}/graphql`,
          school: `${school.url}/graphql`,
          'social-services': `${socialServices.url}/graphql`,
          'health-care': `${healthCare.url}/graphql`,
        },
        tls: { cert: certs.clientCert, key: certs.clientKey, ca: certs.ca },
        auth: { issuer: devIssuer, audience: defaultAudience, jwksUrl: `${system.gateway.url}/.well-known/jwks.json` },
      }),
    );
    hive = createServer(runtime);
    await new Promise<void>((resolve) => hive.listen(0, '127.0.0.1', resolve));
    hiveUrl = `http://127.0.0.1:${(hive.address() as AddressInfo).port}/graphql`;
  }, 60_000);
  afterAll(async () => {
    if (hive) await new Promise((resolve) => hive.close(resolve));
    await Promise.all(subgraphs.map((s) => s.close()));
    await system?.close();
  });

  const ask = async (url: string, username: string | null, query: string, variables: Json = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (username) headers.authorization = `Bearer ${await system.token(username)}`;
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return { status: res.status, body: (await res.json()) as { data?: Json; errors?: Json[] } };
  };
  const both = async (username: string, query: string, variables: Json = {}) => {
    const [ours, theirs] = [await ask(system.gatewayUrl, username, query, variables), await ask(hiveUrl, username, query, variables)];
    expect(ours.body.errors).toBeUndefined();
    expect(theirs.body.errors).toBeUndefined();
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
    expect(grant.body.errors?.[0]?.message).toMatch(/grant/);
    expect(grant.body.data?.child?.grant).toBeUndefined();
  });
});
