import { isAxiosError } from 'axios';
import { describe, expect, it } from 'vitest';
import { createHttpClient, json, startHttpServer } from '../src/index.js';

describe('agency HTTP client on undici', () => {
  it('sends repeated parameters and JSON, and parses the JSON answer', async () => {
    const server = await startHttpServer({
      'POST /echo': (req) => json(200, { query: req.query.getAll('student'), body: JSON.parse(req.body), accept: req.headers.accept }),
    });
    const { data } = await createHttpClient(server.url, 1000).post<{ query: string[]; body: unknown; accept: string }>('/echo', { civicNos: ['1'] }, { params: { student: ['a', 'b'] } });
    expect(data).toEqual({ query: ['a', 'b'], body: { civicNos: ['1'] }, accept: 'application/json' });
    await server.close();
  });

  it("answers a status outside 2xx with axios's error and the response", async () => {
    const server = await startHttpServer({ 'GET /missing': () => json(404, { error: 'no such person' }) });
    const error = await createHttpClient(server.url, 1000)
      .get('/missing')
      .catch((e: unknown) => e);
    expect(isAxiosError(error) && { code: error.code, status: error.response?.status, data: error.response?.data }).toEqual({
      code: 'ERR_BAD_REQUEST',
      status: 404,
      data: { error: 'no such person' },
    });
    await server.close();
  });

  it("times out as axios does (ECONNABORTED), and a refused connection is axios's error with the system's code", async () => {
    const server = await startHttpServer({ 'GET /slow': () => new Promise((r) => setTimeout(() => r(json(200, {})), 1000)) });
    const timedOut = await createHttpClient(server.url, 100)
      .get('/slow')
      .catch((e: unknown) => e);
    expect(isAxiosError(timedOut) && timedOut.code).toBe('ECONNABORTED');
    const refused = await createHttpClient('http://127.0.0.1:9', 1000)
      .get('/')
      .catch((e: unknown) => e);
    expect(isAxiosError(refused) && refused.code).toBe('ECONNREFUSED');
    await server.close();
  });
});
