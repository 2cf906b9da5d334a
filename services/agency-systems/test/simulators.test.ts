import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessToken, ephemeralSimulatorPorts, generatePopulation, personnummerSystem, type RunningSimulators, startSimulators } from '../src/index.js';

const population = generatePopulation({ seed: 3, families: 40, today: '2026-11-23' });
const children = population.families.flatMap((f) => f.children);
const inSchool = children.filter((c) => c.school);
const clients = children.filter((c) => c.social);
const patients = children.filter((c) => c.health);
const unknownToHealth = children.find((c) => !c.health);
let sims: RunningSimulators;

beforeAll(async () => {
  sims = await startSimulators(population, ephemeralSimulatorPorts);
});
afterAll(() => sims.close());

/** A bearer token of the system's registered client (the population register takes none). */
const authorised = async (base: string): Promise<Record<string, string>> => {
  const system = (['school', 'socialServices', 'healthCare'] as const).find((s) => sims[s].url === base);
  return system ? { authorization: `Bearer ${await accessToken(base, sims.clients[system])}` } : {};
};
const get = async (base: string, path: string) => {
  const res = await fetch(`${base}${path}`, { headers: await authorised(base) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & unknown[] };
};
const post = async (base: string, path: string, body: unknown) => {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(await authorised(base)) }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as never };
};

describe('school platform (SS 12000)', () => {
  it('looks up many persons by civicNo in one call, with enrolments and group memberships', async () => {
    const civicNos = [...inSchool.slice(0, 5).map((c) => c.personnummer), '189001019802'];
    const { status, body } = await post(sims.school.url, '/v2.0/persons/lookup?expand=groupMemberships', { civicNos });
    expect(status).toBe(200);
    const persons = body as { id: string; civicNo: { value: string }; enrolments: { schoolType: string }[]; _embedded: { groupMemberships: unknown[] } }[];
    expect(persons.map((p) => p.civicNo.value)).toEqual(civicNos.slice(0, 5));
    expect(persons[0]?.enrolments[0]?.schoolType).toMatch(/^(FS|GR|GY)$/);
    expect(persons[0]?._embedded.groupMemberships).toHaveLength(1);
  });

  it('answers aggregated attendance for several students (the date range required: school-platform-spec.test.ts)', async () => {
    const ids = inSchool.slice(0, 3).map((c) => c.school?.personId);
    const { body } = await get(sims.school.url, `/v2.0/aggregatedAttendance?startDate=2026-08-15&endDate=2026-11-23&${ids.map((i) => `student=${i}`).join('&')}`);
    expect((body as unknown as { data: { student: { id: string } }[] }).data.map((d) => d.student.id)).toEqual(ids);
  });
});

describe('case system (vendor REST)', () => {
  it('lists clients by many personnummer with its own client ids, paged', async () => {
    const pnrs = clients.slice(0, 5).map((c) => c.personnummer);
    const page1 = await get(sims.socialServices.url, `/api/v1/klienter?personnummer=${pnrs.join(',')}&sida=1&perSida=2`);
    expect(page1.body).toMatchObject({ sida: 1, perSida: 2, totaltAntal: 5 });
    expect((page1.body as unknown as { klienter: { klientId: string }[] }).klienter[0]?.klientId).toMatch(/^K-/);
    const page3 = await get(sims.socialServices.url, `/api/v1/klienter?personnummer=${pnrs.join(',')}&sida=3&perSida=2`);
    expect((page3.body as unknown as { klienter: unknown[] }).klienter).toHaveLength(1);
    expect((await get(sims.socialServices.url, '/api/v1/arenden?personnummer=x&perSida=1000')).status).toBe(400);
  });
});

describe('health records (FHIR R4)', () => {
  it('searches Patients by several identifiers at once and answers a searchset Bundle', async () => {
    const tokens = [...patients.slice(0, 3), unknownToHealth].map((c) => `${personnummerSystem}|${c?.personnummer}`).join(',');
    const { body } = await get(sims.healthCare.url, `/fhir/Patient?identifier=${encodeURIComponent(tokens)}`);
    expect(body).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 3 });
  });

  it('chains clinical searches on the patient identifier and includes the Patient', async () => {
    const child = patients.find((c) => (c.health?.encounters.length ?? 0) > 0);
    const { body } = await get(sims.healthCare.url, `/fhir/Encounter?patient.identifier=${encodeURIComponent(`${personnummerSystem}|${child?.personnummer}`)}&_include=Encounter:subject`);
    const entries = (body as unknown as { entry: { resource: { resourceType: string }; search: { mode: string } }[] }).entry;
    expect(entries.filter((e) => e.resource.resourceType === 'Encounter')).toHaveLength(child?.health?.encounters.length ?? -1);
    expect(entries.filter((e) => e.search.mode === 'include').map((e) => e.resource.resourceType)).toEqual(['Patient']);
  });
});

describe('simulator control', () => {
  it('counts requests per endpoint and resets', async () => {
    sims.healthCare.control.reset();
    await get(sims.healthCare.url, `/fhir/Patient?identifier=${personnummerSystem}|1`);
    await get(sims.healthCare.url, `/fhir/Patient?identifier=${personnummerSystem}|2`);
    const { body } = await get(sims.healthCare.url, '/_sim/counters');
    expect(body).toMatchObject({ total: 2, endpoints: { 'GET /fhir/Patient': 2 } });
  });

  it('takes latency, error rate and down as faults', async () => {
    const base = sims.socialServices.url;
    const q = `/api/v1/klienter?personnummer=${clients[0]?.personnummer}`;
    await fetch(`${base}/_sim/faults`, { method: 'PUT', body: JSON.stringify({ latencyMs: 150 }) });
    const started = performance.now();
    expect((await get(base, q)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    await fetch(`${base}/_sim/faults`, { method: 'PUT', body: JSON.stringify({ latencyMs: 0, errorRate: 1 }) });
    expect((await get(base, q)).status).toBe(500);
    await fetch(`${base}/_sim/faults`, { method: 'PUT', body: JSON.stringify({ errorRate: 0, down: true }) });
    expect((await get(base, q)).status).toBe(503);
    expect((await get(base, '/ready')).status).toBe(503);
    await fetch(`${base}/_sim/faults`, { method: 'PUT', body: JSON.stringify({ down: false }) });
    expect((await get(base, q)).status).toBe(200);
  });

  it('answers malformed JSON with 400', async () => {
    const res = await fetch(`${sims.school.url}/v2.0/persons/lookup`, { method: 'POST', headers: await authorised(sims.school.url), body: '{nope' });
    expect(res.status).toBe(400);
  });
});
