import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import type { Family } from '@lotsen/agency-systems';
import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './graphql.js';

type Json = Record<string, any>;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** A private redis-server, so killing it touches no one else's Redis. */
function startRedis(port: number): Promise<ChildProcess> {
  const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    const probe = new Redis({ port, lazyConnect: true, retryStrategy: () => 100, maxRetriesPerRequest: 0 });
    probe.on('error', () => {});
    const deadline = Date.now() + 10_000;
    const tick = async () => {
      try {
        await probe.connect().catch(() => {});
        if ((await probe.ping()) === 'PONG') {
          probe.disconnect();
          return resolve(proc);
        }
      } catch {}
      if (Date.now() > deadline) return reject(new Error('redis-server did not start'));
      setTimeout(tick, 100);
    };
    void tick();
  });
}

const redisServer = spawnSync('redis-server', ['--version']).status === 0;
if (!redisServer && process.env.CI) throw new Error('redis-server is required in CI (.ci/run starts Redis from its package)');
if (!redisServer) console.warn('redis-server not installed: the Redis restart test does not run here');

describe.runIf(redisServer)('Redis killed and restarted while the system runs', () => {
  let system: RunningSystem;
  let redis: ChildProcess;
  let port: number;
  const nonces = async () => {
    const client = new Redis({ port, maxRetriesPerRequest: 0 });
    client.on('error', () => {});
    try {
      return (await client.keys('lotsen:nonce:*')).length;
    } finally {
      client.disconnect();
    }
  };
  const caseload = async () => {
    const r = await gql<{ caseload: Json[] }>(system, 'koordinator1', '{ caseload { reference children { school { enrolment { __typename } } } } }');
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
    return r.data?.caseload ?? [];
  };

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    system = await startSystem({ families: 12, redisUrl: `redis://127.0.0.1:${port}` });
  });
  afterAll(async () => {
    await system?.close();
    redis?.kill('SIGKILL');
  });

  it('keeps answering, keeps consent correct, and uses Redis again once it is back', async () => {
    expect((await caseload()).length).toBeGreaterThan(0);
    expect(await nonces()).toBeGreaterThan(0); // the replay cache really is in Redis

    redis.kill('SIGKILL');
    await new Promise((r) => redis.on('exit', r));
    for (let i = 0; i < 3; i++) expect((await caseload()).length).toBeGreaterThan(0);

    // A revocation while Redis is down takes effect at once.
    const family = system.population.families.find((f) => f.archetype === 1) as Family;
    const child = family.children[0] as Family['children'][number];
    const consents = ((await gql<{ child: Json }>(system, 'koordinator1', `{ child(personnummer: "${child.personnummer}") { consents { id purpose } } }`)).data?.child.consents ?? []) as Json[];
    const consentId = consents.find((c) => c.purpose === 'COORDINATION')?.id;
    const revoked = await gql<{ revokeConsent: Json }>(
      system,
      'koordinator1',
      'mutation($id: ID!, $by: Personnummer!) { revokeConsent(input: { consentId: $id, revokedBy: $by, reason: "Medan Redis låg nere" }) { status } }',
      { id: consentId, by: family.guardians[0]?.personnummer },
    );
    expect(revoked.data?.revokeConsent.status).toBe('REVOKED');
    const after = await gql<{ child: Json }>(system, 'koordinator1', `{ child(personnummer: "${child.personnummer}") { school { enrolment { __typename ... on AccessDenied { reason } } } } }`);
    expect(after.data?.child.school.enrolment).toEqual({ __typename: 'AccessDenied', reason: 'REVOKED' });

    redis = await startRedis(port);
    await new Promise((r) => setTimeout(r, 2500)); // the clients reconnect by themselves
    for (let i = 0; i < 3; i++) expect((await caseload()).length).toBeGreaterThan(0);
    expect(await nonces()).toBeGreaterThan(0);
  }, 60_000);
});
