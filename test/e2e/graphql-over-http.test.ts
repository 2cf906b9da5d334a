import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('GraphQL over HTTP compliance (graphql-http audit suite)', () => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem({ families: 10 });
  });
  afterAll(() => system?.close());

  it('passes every MUST at the gateway', async () => {
    const token = await system.token('koordinator1');
    const fetchFn = (input: string | URL | Request, init: RequestInit = {}) =>
      fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init.headers).entries()), authorization: `Bearer ${token}` } });
    const results = await auditServer({ url: system.gatewayUrl, fetchFn });
    const failed = results.filter((r) => r.status !== 'ok');
    const musts = failed.filter((r) => r.name.startsWith('MUST'));
    expect(musts.map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(10);
    // The SHOULDs not met, on purpose, as docs/graphql-over-http.md lists them.
    expect(
      failed
        .filter((r) => r.name.startsWith('SHOULD'))
        .map((r) => r.name)
        .sort(),
    ).toEqual([
      'SHOULD use 200 status code on document parsing failure when accepting application/json',
      'SHOULD use 200 status code on document validation failure when accepting application/json',
      'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
    ]);
  });
});
