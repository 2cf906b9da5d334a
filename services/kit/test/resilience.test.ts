import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { AgencyError, defaultResilience, resilientAgencyClient } from '../src/index.js';

describe('an agency call within its operation budget', () => {
  it('answers TIMEOUT when the budget is spent, and cancels the request under way', async () => {
    let cancelled: number | null = null;
    const started = performance.now();
    // An agency system that never answers; it notes when the caller goes away.
    const server = createServer((req) => req.on('close', () => (cancelled ??= performance.now() - started)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const client = resilientAgencyClient('SCHOOL', `http://127.0.0.1:${(server.address() as AddressInfo).port}`, { ...defaultResilience, attemptTimeoutMs: 10_000, retries: 0 });
    const call = client.forRequest(Date.now() + 200).get('/v2.0/organisations');
    await expect(call).rejects.toEqual(expect.objectContaining({ kind: 'TIMEOUT' }));
    await expect(call).rejects.toBeInstanceOf(AgencyError);
    await new Promise((r) => setTimeout(r, 100));
    expect(cancelled).not.toBeNull();
    expect(cancelled).toBeLessThan(1000);
    server.closeAllConnections();
    server.close();
  });
});

describe('a report over a cohort', () => {
  it('may take longer than an operation’s budget and an attempt’s timeout, and is asked once', async () => {
    // A statistics report that takes 400 ms to sum, then answers; asks counted per path, since an
    // ordinary call's retries may still arrive after it has given up.
    const asked = new Map<string, number>();
    const server = createServer((req, res) => {
      asked.set(req.url ?? '', (asked.get(req.url ?? '') ?? 0) + 1);
      req.resume();
      setTimeout(() => res.end('{"rader":[]}'), 400);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const client = resilientAgencyClient('SOCIAL_SERVICES', `http://127.0.0.1:${(server.address() as AddressInfo).port}`, { ...defaultResilience, attemptTimeoutMs: 100, reportTimeoutMs: 2000 });
    const http = client.forRequest(Date.now() + 150);
    await expect(http.post('/api/v1/insatser', {})).rejects.toEqual(expect.objectContaining({ kind: 'TIMEOUT' }));
    const answer = await http.report<{ rader: unknown[] }>('/api/v1/statistik/insatser', {});
    expect(answer.data.rader).toEqual([]);
    expect(asked.get('/api/v1/statistik/insatser')).toBe(1);
    server.closeAllConnections();
    server.close();
  });

  it('times out on its own timeout, once, without a retry', async () => {
    let asked = 0;
    const server = createServer((req) => {
      asked += 1;
      req.resume();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const client = resilientAgencyClient('HEALTH_CARE', `http://127.0.0.1:${(server.address() as AddressInfo).port}`, { ...defaultResilience, reportTimeoutMs: 200 });
    await expect(client.forRequest(Date.now() + 10_000).report('/fhir/Measure/x/$evaluate-measure', {})).rejects.toEqual(expect.objectContaining({ kind: 'TIMEOUT' }));
    await new Promise((r) => setTimeout(r, 300));
    expect(asked).toBe(1);
    server.closeAllConnections();
    server.close();
  });
});
