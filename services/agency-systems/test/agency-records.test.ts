import { identifierSystemOf, type Routes } from '@lotsen/kit';
import { describe, expect, it } from 'vitest';
import { caseSystemRoutes } from '../src/case-system/server.js';
import { healthRecordsRoutes } from '../src/health-records/server.js';
import { generatePopulation } from '../src/index.js';
import { agencyRecords } from '../src/population/agency-records.js';
import { populationRegisterRoutes } from '../src/population-register/server.js';
import { schoolPlatformRoutes } from '../src/school-platform/server.js';

const today = '2026-11-23';
const population = generatePopulation({ seed: 11, families: 60, today });
const held = agencyRecords(population);
const children = population.families.flatMap((f) => f.children);

const ask = async (routes: Routes, route: string, body: unknown) => {
  const res = await routes[route]?.({
    method: route.split(' ')[0] as string,
    path: route.split(' ')[1] as string,
    query: new URLSearchParams(),
    headers: {},
    body: JSON.stringify(body),
    clientVerified: false,
  });
  return { status: res?.status, body: JSON.parse(String(res?.body)) as unknown };
};

describe('what the agency systems hold of a population', () => {
  it('is every person and agency record, none of the coordination team’s, and leaves the population whole', () => {
    expect(held.families.map((f) => [f.id, f.guardians, f.children, f.custody, f.protectedIdentity])).toEqual(
      population.families.map((f) => [f.id, f.guardians, f.children, f.custody, f.protectedIdentity]),
    );
    expect(held.families.every((f) => f.consents.length === 0 && f.plan === null && f.meetings.length === 0 && f.followUps.length === 0)).toBe(true);
    // The parents' occupations stay: the employment support system draws its participants from them.
    expect(held.families.map((f) => f.occupations)).toEqual(population.families.map((f) => f.occupations));
    expect(population.families.some((f) => f.consents.length > 0 && f.meetings.length > 0)).toBe(true);
    expect(held.teams).toEqual(population.teams);
  });

  it('answers every statistics report and register lookup as the whole population does', async () => {
    const startedIn: Record<string, string[]> = {};
    for (const f of population.families) {
      const month = f.startedOn.slice(0, 7);
      startedIn[month] = [...(startedIn[month] ?? []), ...f.children.map((c) => c.personnummer)];
    }
    const pnrs = children.map((c) => c.personnummer);
    const group = { resourceType: 'Group', type: 'person', actual: true, member: pnrs.map((value) => ({ entity: { identifier: { system: identifierSystemOf(value), value } } })) };
    // The same statistics key secret for both, so that their key sums are comparable.
    const keyed = { statisticsSecret: 'one secret for both' };
    const asked: [(p: typeof population) => { routes: Routes }, string, unknown][] = [
      [(p) => schoolPlatformRoutes(p, keyed), 'POST /v2.0/ext/statistics/absenceSinceStart', { startedIn, to: today }],
      [(p) => schoolPlatformRoutes(p, keyed), 'POST /v2.0/ext/statistics/supportMeasures', { startedIn, to: today }],
      [(p) => caseSystemRoutes(p, keyed), 'POST /api/v1/statistik/insatser', { personnummer: pnrs, till: today }],
      [populationRegisterRoutes, 'POST /navet/v1/personposter/sok', { personNr: [...pnrs.slice(0, 40), ...population.families.slice(0, 20).flatMap((f) => f.guardians.map((g) => g.personnummer))] }],
      [
        (p) => healthRecordsRoutes(p, keyed),
        'POST /fhir/Measure/vardkontakter-per-enhetstyp/$evaluate-measure',
        {
          resourceType: 'Parameters',
          parameter: [
            { name: 'periodStart', valueDate: '2024-01-01' },
            { name: 'periodEnd', valueDate: today },
            { name: 'reportType', valueCode: 'population' },
            { name: 'subject', valueString: 'Group/urval' },
            { name: 'additionalData', resource: { resourceType: 'Bundle', type: 'collection', entry: [{ resource: { ...group, id: 'urval' } }] } },
          ],
        },
      ],
    ];
    for (const [routesOf, route, body] of asked) {
      const whole = await ask(routesOf(population).routes, route, body);
      expect(whole.status, route).toBe(200);
      expect(await ask(routesOf(held).routes, route, body), route).toEqual(whole);
    }
  });
});
