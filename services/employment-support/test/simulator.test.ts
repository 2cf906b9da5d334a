import { generatePopulation } from '@lotsen/agency-systems';
import { type RunningServer, startHttpServer } from '@lotsen/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { participations } from '../src/simulator/participation.js';
import { simulatorRoutes } from '../src/simulator/routes.js';
import type { DeltagareSvar, Felsvar, InsatserSvar, SysselsattningSvar } from '../src/vendor-api.js';

const options = { seed: 7, families: 40, today: '2026-11-23' };
const population = generatePopulation(options);
const guardians = population.families.flatMap((f) => f.guardians.map((g) => g.personnummer));
const enrolled = participations(population);
const participant = new Set(enrolled.map((p) => p.deltagare.personnummer));
const simulator = simulatorRoutes(population);
let server: RunningServer;

beforeAll(async () => {
  server = await startHttpServer(simulator.routes);
});
afterAll(() => server.close());

const get = async <T>(path: string) => {
  const res = await fetch(`${server.url}${path}`);
  return { status: res.status, body: (await res.json()) as T };
};
const named = (pnrs: readonly string[]) => pnrs.map((p) => `personnummer=${p}`).join('&');

describe('arbetsmarknadsenheten’s participants, derived from the population', () => {
  it('are the same for the same population, and others for another seed', () => {
    expect(participations(generatePopulation(options))).toEqual(enrolled);
    expect(participations(generatePopulation({ ...options, seed: 8 })).map((p) => p.deltagare.personnummer)).not.toEqual(enrolled.map((p) => p.deltagare.personnummer));
  });

  it('are some of the parents coordination recorded as not working or studying, never one it did not', () => {
    expect(enrolled.length).toBeGreaterThan(5);
    expect(enrolled.length).toBeLessThan(guardians.length);
    for (const { deltagare, insatser, perioder } of enrolled) {
      const family = population.families.find((f) => f.guardians.some((g) => g.personnummer === deltagare.personnummer));
      const parent = (family?.guardians.findIndex((g) => g.personnummer === deltagare.personnummer) ?? -1) + 1;
      const recorded = family?.occupations.filter((o) => o.parent === parent) ?? [];
      expect(recorded.some((o) => o.recordedOn < deltagare.inskrivningsdatum && !['WORK', 'STUDIES'].includes(o.occupation))).toBe(true);
      expect(deltagare.inskrivningsdatum <= population.today).toBe(true);
      // A discharge is the day coordination recorded the parent back at work or studies, and the last status.
      if (deltagare.utskrivningsdatum) {
        expect(recorded.find((o) => o.recordedOn === deltagare.utskrivningsdatum)?.occupation).toMatch(/^(WORK|STUDIES)$/);
        expect(perioder.at(-1)?.status).toBe(deltagare.utskrivningsorsak);
      }
      // Periods follow one another, the last one open; measures follow one another, at most one planned.
      for (const [i, p] of perioder.entries()) expect(p.till === null).toBe(i === perioder.length - 1);
      for (const [i, m] of insatser.entries()) {
        expect(m.startdatum >= deltagare.inskrivningsdatum).toBe(true);
        expect(m.status === 'Avslutad').toBe(m.slutdatum !== null);
        expect(m.status === 'Planerad').toBe(m.startdatum > population.today);
        if (i > 0) expect(insatser[i - 1]?.status).toBe('Avslutad');
      }
    }
    const statuses = new Set(enrolled.flatMap((p) => p.insatser.map((i) => i.status)));
    expect([...statuses].sort()).toEqual(['Avslutad', 'Planerad', 'Pågående']);
  });
});

describe('the participant system’s API', () => {
  it('looks up 50 guardians in one call, answering for the participants among them in the order named', async () => {
    simulator.control.reset();
    const asked = guardians.slice(0, 50);
    const { status, body } = await get<DeltagareSvar>(`/api/v1/deltagare?${named(asked)}`);
    expect(status).toBe(200);
    expect(body.deltagare.map((d) => d.personnummer)).toEqual(asked.filter((p) => participant.has(p)));
    expect(simulator.control.counters.get('GET /api/v1/deltagare')).toBe(1);
    // The same numbers comma-separated, and named twice, are the same question.
    const again = await get<DeltagareSvar>(`/api/v1/deltagare?personnummer=${asked.join(',')}&${named(asked.slice(0, 3))}`);
    expect(again.body).toEqual(body);
  });

  it('refuses more than 50 personnummer, none, or one that is not a valid 12-digit number, saying which', async () => {
    const refused = async (query: string) => {
      const { status, body } = await get<Felsvar>(`/api/v1/insatser?${query}`);
      expect(status).toBe(400);
      return body.fel;
    };
    expect(await refused(named(guardians.slice(0, 51)))).toMatchObject({ kod: 'FOR_MANGA_PERSONNUMMER', parameter: 'personnummer' });
    expect(await refused('')).toMatchObject({ kod: 'PERSONNUMMER_SAKNAS' });
    expect(await refused('personnummer=')).toMatchObject({ kod: 'PERSONNUMMER_SAKNAS' });
    const valid = guardians[0] as string;
    for (const wrong of [`${valid.slice(0, 11)}${(Number(valid[11]) + 1) % 10}`, valid.slice(2), `${valid.slice(0, 8)}-${valid.slice(8)}`, '19850322238X']) {
      const fel = await refused(named([valid, wrong]));
      expect(fel).toEqual({ kod: 'OGILTIGT_PERSONNUMMER', meddelande: expect.stringContaining('nummer 2'), parameter: 'personnummer' });
      expect(fel.meddelande).not.toContain(wrong);
    }
  });

  it('pages measures and occupation periods with sida and perSida, the pages together the whole list', async () => {
    const asked = [...participant].slice(0, 20);
    for (const [path, field] of [
      ['/api/v1/insatser', 'insatser'],
      ['/api/v1/sysselsattning', 'perioder'],
    ] as const) {
      const whole = await get<InsatserSvar & SysselsattningSvar>(`${path}?${named(asked)}`);
      const rows = whole.body[field] as unknown[];
      expect(whole.body).toMatchObject({ sida: 1, perSida: 100, totaltAntal: rows.length });
      expect(rows.length).toBeGreaterThan(7);
      const pages: unknown[] = [];
      for (let sida = 1; sida <= Math.ceil(rows.length / 3); sida++) {
        const page = await get<InsatserSvar & SysselsattningSvar>(`${path}?${named(asked)}&sida=${sida}&perSida=3`);
        expect(page.body.totaltAntal).toBe(rows.length);
        pages.push(...(page.body[field] as unknown[]));
      }
      expect(pages).toEqual(rows);
      for (const bad of ['sida=0', 'perSida=101', 'perSida=2.5', 'sida=x']) {
        const { status, body } = await get<Felsvar>(`${path}?${named(asked)}&${bad}`);
        expect(status, bad).toBe(400);
        expect(body.fel.kod).toBe('OGILTIG_SIDA');
      }
    }
  });

  it('answers a guardian never enrolled with nothing: no participant, no measures, no periods', async () => {
    const outsider = guardians.find((p) => !participant.has(p)) as string;
    expect((await get<DeltagareSvar>(`/api/v1/deltagare?${named([outsider])}`)).body.deltagare).toEqual([]);
    expect((await get<InsatserSvar>(`/api/v1/insatser?${named([outsider])}`)).body).toMatchObject({ totaltAntal: 0, insatser: [] });
    expect((await get<SysselsattningSvar>(`/api/v1/sysselsattning?${named([outsider])}`)).body).toMatchObject({ totaltAntal: 0, perioder: [] });
  });
});
