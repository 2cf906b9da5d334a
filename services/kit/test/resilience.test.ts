import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { AgencyError, resilientAgencyClient } from '../src/index.js';

describe('an agency call within its operation budget', () => {
  it('answers TIMEOUT when the budget is spent, and cancels the request under way', async () => {
    let cancelled: number | null = null;
    const started = performance.now();
    // An agency system that never answers; it notes when the caller goes away.
    const server = createServer((req) => req.on('close', () => (cancelled ??= performance.now() - started)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const client = resilientAgencyClient('SCHOOL', `http://127.0.0.1:${(server.address() as AddressInfo).port}`, { attemptTimeoutMs: 10_000, retries: 0, breakAfter: 5, halfOpenAfterMs: 5000 });
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
