import { type RunningServer, startHttpServer } from '@lotsen/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseSystemRoutes, maxPerPage } from '../src/case-system/server.js';
import { generatePopulation } from '../src/index.js';

const population = generatePopulation({ seed: 3, families: 40, today: '2026-11-23' });
const clients = population.families.flatMap((f) => f.children).filter((c) => c.social);
const pnrs = clients.map((c) => c.personnummer).join(',');

let system: RunningServer;
beforeAll(async () => {
  system = await startHttpServer(caseSystemRoutes(population).routes, 0);
});
afterAll(() => system.close());

const call = async (method: string, path: string, body?: string) => {
  const res = await fetch(`${system.url}${path}`, { method, body });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
const refused = (status: number, code: string, message: RegExp) => ({ status, body: { code, message: expect.stringMatching(message) } });

describe('case system inputs and errors', () => {
  it('refuses a list request that is not as documented with 400, naming the parameter and what was given', async () => {
    const one = clients[0]?.personnummer;
    for (const [query, message] of [
      ['', /^personnummer: one or more are required/],
      ['personnummer=', /^personnummer: one or more are required/],
      ['personnummer=x', /^personnummer: "x" is not a personnummer/],
      [`personnummer=${one},201701012390`, /^personnummer: "201701012390" is not a personnummer/],
      [`personnummer=${one}&sida=0`, /^sida: a whole number from 1 is required, not "0"/],
      [`personnummer=${one}&sida=1.0`, /^sida: .* not "1.0"/],
      [`personnummer=${one}&perSida=${maxPerPage + 1}`, new RegExp(`^perSida: a whole number from 1 to ${maxPerPage} is required, not "${maxPerPage + 1}"`)],
      [`personnummer=${one}&perSida=`, /^perSida: .* not ""/],
      [`personnummer=${one}&klientId=K-1`, /^unknown parameter klientId/],
    ] as const) {
      for (const list of ['klienter', 'arenden', 'insatser']) expect(await call('GET', `/api/v1/${list}?${query}`), `${list}?${query}`).toEqual(refused(400, 'BAD_REQUEST', message));
    }
  });

  it('takes personnummer comma-separated or repeated, and a samordningsnummer', async () => {
    const [a, b] = clients.map((c) => c.personnummer);
    const repeated = await call('GET', `/api/v1/klienter?personnummer=${a}&personnummer=${b}`);
    expect(repeated.body.totaltAntal).toBe(2);
    expect((await call('GET', `/api/v1/klienter?personnummer=${a},${b}`)).body).toEqual(repeated.body);
    expect(await call('GET', '/api/v1/klienter?personnummer=201401612385')).toEqual({ status: 200, body: { sida: 1, perSida: maxPerPage, totaltAntal: 0, klienter: [] } });
  });

  it('refuses a statistics request that is not as documented with 400', async () => {
    for (const [body, message] of [
      ['{nope', /^the body is not JSON/],
      ['[]', /^the body must be an object/],
      ['{"personnummer":["2017010123"],"till":"2026-11-23"}', /^personnummer: "2017010123" is not 12 digits/],
      ['{"personnummer":[],"till":"2026-02-30"}', /^till: a date \(YYYY-MM-DD\) is required, not "2026-02-30"/],
      ['{"personnummer":[],"till":"2026-13-01"}', /^till: a date/],
    ] as const) {
      expect(await call('POST', '/api/v1/statistik/insatser', body), body).toEqual(refused(400, 'BAD_REQUEST', message));
    }
  });

  it('answers a path it does not have with 404 in the same shape', async () => {
    expect(await call('GET', '/api/v1/barn')).toEqual(refused(404, 'NOT_FOUND', /^no such resource: GET \/api\/v1\/barn$/));
    expect(await call('DELETE', '/api/v1/klienter')).toEqual(refused(404, 'NOT_FOUND', /no such resource/));
  });
});

describe('case system forced page size', () => {
  it('caps perSida at the forced size and says so in the answer, so a client following sida gets every row', async () => {
    const set = (maxPageSize: unknown) => fetch(`${system.url}/_sim/paging`, { method: 'PUT', body: JSON.stringify({ maxPageSize }) });
    try {
      expect((await set(3)).status).toBe(200);
      const rows: unknown[] = [];
      let page: Record<string, unknown> = {};
      for (let sida = 1; sida === 1 || (sida - 1) * (page.perSida as number) < (page.totaltAntal as number); sida++) {
        page = (await call('GET', `/api/v1/arenden?personnummer=${pnrs}&sida=${sida}&perSida=${maxPerPage}`)).body;
        expect(page.perSida).toBe(3);
        rows.push(...(page.arenden as unknown[]));
      }
      expect(rows.length).toBe(page.totaltAntal);
      expect(rows.length).toBe(clients.reduce((n, c) => n + (c.social?.cases.length ?? 0), 0));
      expect((await set(-1)).status).toBe(400);
    } finally {
      await set(null);
    }
    expect((await call('GET', `/api/v1/arenden?personnummer=${pnrs}`)).body.perSida).toBe(maxPerPage);
  });
});
