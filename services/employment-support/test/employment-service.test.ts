import { generatePopulation } from '@lotsen/agency-systems';
import { type AgencyHttp, createHttpClient, type RunningServer, startHttpServer } from '@lotsen/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employmentService, maxPages } from '../src/adapters/employment-service.js';
import { labourMarketMeasuresOf, occupationStatusOf } from '../src/adapters/employment-service-mapping.js';
import { participations } from '../src/simulator/participation.js';
import { simulatorRoutes } from '../src/simulator/routes.js';

const population = generatePopulation({ seed: 7, families: 40, today: '2026-11-23' });
const guardians = population.families.flatMap((f) => f.guardians.map((g) => g.personnummer));
const enrolled = new Map(participations(population).map((p) => [p.deltagare.personnummer, p]));
const simulator = simulatorRoutes(population);
let server: RunningServer;

beforeAll(async () => {
  server = await startHttpServer(simulator.routes);
});
afterAll(() => server.close());

/** The client as the subgraph has it; `perSida` forces the system's own smaller pages. */
const client = (perSida?: number): AgencyHttp => {
  const http = createHttpClient(server.url, 2000);
  if (perSida)
    http.interceptors.request.use((config) => {
      if (config.params instanceof URLSearchParams) config.params.set('perSida', String(perSida));
      return config;
    });
  return http as unknown as AgencyHttp;
};

/** Every guardian's two parts, asked for at once as one operation's resolvers do. */
const loadAll = (service: ReturnType<typeof employmentService>, pnrs: readonly string[]) =>
  Promise.all(pnrs.map(async (p) => ({ p, measures: await service.labourMarketMeasures(p), status: await service.occupationStatus(p) })));
/** What the client must give for a guardian: the system's own records of them, mapped. */
const expected = (p: string) => {
  const truth = enrolled.get(p);
  return { measures: truth ? labourMarketMeasuresOf(truth.deltagare, truth.insatser) : null, status: truth ? occupationStatusOf(truth.perioder) : null };
};

describe('the employment service’s client', () => {
  it('asks once per endpoint for up to 50 guardians, and gives each guardian their own rows', async () => {
    simulator.control.reset();
    const asked = guardians.slice(0, 50);
    const answers = await loadAll(employmentService(client()), asked);
    expect(Object.fromEntries(simulator.control.counters)).toEqual({ 'GET /api/v1/deltagare': 1, 'GET /api/v1/insatser': 1, 'GET /api/v1/sysselsattning': 1 });
    for (const { p, measures, status } of answers) expect({ measures, status }, p).toEqual(expected(p));
    expect(answers.filter((a) => a.measures).length).toBeGreaterThan(5);
    expect(answers.filter((a) => !a.measures).length).toBeGreaterThan(5);
  });

  it('splits more than 50 guardians into calls of 50, the API’s limit', async () => {
    simulator.control.reset();
    expect(guardians.length).toBeGreaterThan(50);
    await loadAll(employmentService(client()), guardians);
    expect(simulator.control.counters.get('GET /api/v1/deltagare')).toBe(Math.ceil(guardians.length / 50));
  });

  it('follows the pages of a system that answers fewer rows a page than asked for', async () => {
    simulator.control.reset();
    const asked = [...enrolled.keys()].slice(0, 10);
    const answers = await loadAll(employmentService(client(2)), asked);
    const rows = asked.reduce((n, p) => n + (enrolled.get(p)?.insatser.length ?? 0), 0);
    expect(simulator.control.counters.get('GET /api/v1/insatser')).toBe(Math.ceil(rows / 2));
    expect(answers.map((a) => a.measures)).toEqual(asked.map((p) => expected(p).measures));
  });

  it('fails rather than answer part of a list: a page size under 1, or rows still coming after the most pages it follows', async () => {
    const answering = (page: (sida: number) => object): AgencyHttp => {
      const get = async (path: string, config?: { params?: URLSearchParams }) => ({ data: path.endsWith('/deltagare') ? { deltagare: [] } : page(Number(config?.params?.get('sida'))) });
      return { get } as unknown as AgencyHttp;
    };
    const someone = [...enrolled.keys()][0] as string;
    const endless = employmentService(answering((sida) => ({ sida, perSida: 1, totaltAntal: 1000, perioder: [{ personnummer: someone, status: 'Arbete', fran: '2026-01-01', till: null }] })));
    await expect(endless.occupationStatus(someone)).rejects.toThrow(`still more after ${maxPages} pages`);
    const stuck = employmentService(answering((sida) => ({ sida, perSida: 0, totaltAntal: 3, perioder: [] })));
    await expect(stuck.occupationStatus(someone)).rejects.toThrow(/perSida 0/);
  });
});
