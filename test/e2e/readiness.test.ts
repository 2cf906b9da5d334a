import { startGateway } from '@lotsen/gateway';
import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { readSupergraph } from '@lotsen/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './graphql.js';
import { registerCopyIs } from './register-copy.js';
import { verifierOf } from './second-school.js';

type Json = Record<string, any>;
const get = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Json };
};

describe('health and readiness tell an orchestrator which dependency fails', () => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem({ families: 10 });
  });
  afterAll(() => system?.close());

  it('reports every service ready when all is well', async () => {
    const gateway = await get(`${system.gateway.url}/ready`);
    expect(gateway).toMatchObject({ status: 200, body: { checks: { coordination: true, school: true, 'social-services': true, 'health-care': true } } });
    expect(await get(`${system.subgraphs.coordination.url}/ready`)).toMatchObject({ status: 200, body: { checks: { database: true } } });
    expect(await get(`${system.subgraphs.coordination.url}/health`)).toMatchObject({ status: 200, body: { degradable: { populationRegister: true } } });
    expect(await get(`${system.subgraphs.school.url}/ready`)).toMatchObject({ status: 200, body: { checks: { registryKey: true, auditStore: true } } });
  });

  it('an agency system down leaves its subgraph ready (it answers, typed) and says so on /health', async () => {
    system.simulators.healthCare.control.setFaults({ down: true });
    try {
      const child = system.population.families[0]?.children[0]?.personnummer;
      // Two views asked while it is down: each tries the region's blocks first (three attempts),
      // so together they pass the breaker's five consecutive failures.
      for (let i = 0; i < 2; i++) await gql(system, 'koordinator1', `{ child(personnummer: "${child}") { healthCare { diagnoses { __typename } } } }`);
      expect((await get(`${system.subgraphs.healthCare.url}/ready`)).status).toBe(200);
      expect((await get(`${system.subgraphs.healthCare.url}/health`)).body.degradable).toMatchObject({ agencySystem: { circuit: 'Open', lastCall: { ok: false } } });
    } finally {
      system.simulators.healthCare.control.setFaults({ down: false });
    }
  });

  it('the population register down leaves coordination ready and says so on /health', async () => {
    system.simulators.populationRegister.control.setFaults({ down: true });
    try {
      await registerCopyIs(system, false);
      expect((await get(`${system.subgraphs.coordination.url}/ready`)).status).toBe(200);
      expect((await get(`${system.subgraphs.coordination.url}/health`)).body.degradable).toEqual({ populationRegister: false, registerCopy: false });
    } finally {
      system.simulators.populationRegister.control.setFaults({ down: false });
    }
    await registerCopyIs(system, true);
    expect((await get(`${system.subgraphs.coordination.url}/health`)).body.degradable).toEqual({ populationRegister: true, registerCopy: true });
  });

  it('the gateway is not ready while a subgraph is not, and names it', async () => {
    const urls = {
      coordination: `${system.subgraphs.coordination.url}/graphql`,
      school: 'http://127.0.0.1:9/graphql',
      'social-services': `${system.subgraphs.socialServices.url}/graphql`,
      'health-care': `${system.subgraphs.healthCare.url}/graphql`,
    };
    const gateway = await startGateway({ port: 0, supergraphSdl: readSupergraph(), verifier: verifierOf(system), subgraphUrls: urls, signingKey: system.signingKey });
    try {
      expect(await get(`${gateway.url}/ready`)).toMatchObject({ status: 503, body: { checks: { school: false, coordination: true } } });
      expect((await get(`${gateway.url}/health`)).status).toBe(200);
    } finally {
      await gateway.close();
    }
  });
});
