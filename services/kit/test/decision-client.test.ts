import { describe, expect, it } from 'vitest';
import { createDecisionLoader, createHttpClient, createLogger, generateSharedKey, json, startHttpServer, unavailable } from '../src/index.js';

const log = createLogger('test');

describe('consent decisions from an agency subgraph', () => {
  it('asks once per operation, however many children and categories', async () => {
    const calls: unknown[] = [];
    const registry = await startHttpServer({
      'POST /consent/decisions': (req) => {
        const body = JSON.parse(req.body) as { queries: unknown[] };
        calls.push(body);
        return json(200, { decisions: body.queries.map((_, i) => ({ permit: true, consentId: `c${i}` })) });
      },
    });
    const loader = createDecisionLoader(createHttpClient(registry.url, 1000), generateSharedKey(), 'COORDINATION', { authorization: 'Bearer t', requestId: 'op-1', log });
    const answers = await Promise.all(['201503152389', '201009282387'].flatMap((p) => (['ATTENDANCE', 'ENROLMENT'] as const).map((category) => loader.load({ personnummer: p, category }))));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ purpose: 'COORDINATION', operation: 'op-1' });
    expect(answers.every((a) => a.permit)).toBe(true);
    await registry.close();
  });

  it.each([
    ['is unreachable', async () => ({ url: 'http://127.0.0.1:9', close: async () => {} })],
    ['answers 503', () => startHttpServer({ 'POST /consent/decisions': () => json(503, {}) })],
    ['answers too few decisions', () => startHttpServer({ 'POST /consent/decisions': () => json(200, { decisions: [] }) })],
    ['answers nonsense', () => startHttpServer({ 'POST /consent/decisions': () => json(200, { decisions: [{ permit: 'yes' }] }) })],
  ])('denies everything with UNAVAILABLE when the registry %s', async (_, start) => {
    const registry = await start();
    const loader = createDecisionLoader(createHttpClient(registry.url, 1000), generateSharedKey(), 'COORDINATION', { authorization: 'Bearer t', requestId: 'op-1', log });
    expect(await loader.load({ personnummer: '201503152389', category: 'DIAGNOSES' })).toEqual(unavailable);
    await registry.close();
  });
});
