import { type RunningServer, startHttpServer } from '@lotsen/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Child, generatePopulation, households, type SchoolRecord } from '../src/index.js';
import { schoolPlatformRoutes } from '../src/school-platform/server.js';
import { ss12000, ss12000Extensions, ss12000File } from '../src/school-platform/ss12000-spec.js';

// SIS's file is not in the repository (no open licence): CI names it, a developer may.
const withSpec = ss12000File() !== undefined;
if (!withSpec && process.env.CI) throw new Error('LOTSEN_SS12000_OPENAPI_FILE must name SIS’s SS 12000 2.1.0 OpenAPI file in CI (docs/agency-systems.md, "The school platform")');

type Enrolled = Child & { school: SchoolRecord };
type Json = Record<string, unknown>;

const today = '2026-11-23';
const population = generatePopulation({ seed: 3, families: 40, today });
const enrolled = population.families.flatMap((f) => f.children).filter((c): c is Enrolled => c.school !== undefined);
const ids = enrolled.map((c) => c.school.personId);
/** Every student the platform has: the coordinated families' children and the other households'. */
const everyStudent = households(population).flatMap((h) => h.children.flatMap((c) => (c.school ? [c.school.personId] : [])));
const pageSize = 20;

let platform: RunningServer;
beforeAll(async () => {
  // A paging server's page size: the seeded population's students take several pages.
  platform = await startHttpServer(schoolPlatformRoutes(population, { maxPageSize: pageSize }).routes, 0);
});
afterAll(() => platform.close());

const call = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${platform.url}/v2.0${path}`, { method, body: typeof body === 'string' ? body : body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Json };
};
/** An answer as the client got it, checked against the spec by the test itself (not by the platform's own check). */
const valid = (spec: ReturnType<typeof ss12000>, method: string, path: string, answer: { status: number; body: unknown }) =>
  expect(spec.checkResponse(method, path, answer.status, answer.body), `${method} ${path}`).toBeNull();
const attendancePath = (query: string) => `/aggregatedAttendance?startDate=2026-08-15&endDate=${today}&${query}`;

/** Every page of a query, following pageToken alone as the spec says a client may. */
async function allPages(first: string) {
  const pages: { data: { student: { id: string } }[]; pageToken: string | null }[] = [];
  let next: string | null = first;
  while (next !== null) {
    const page = await call('GET', next);
    expect(page.status).toBe(200);
    valid(ss12000(), 'GET', '/aggregatedAttendance', page);
    pages.push(page.body as never);
    const token = page.body.pageToken as string | null;
    next = token === null ? null : `/aggregatedAttendance?pageToken=${encodeURIComponent(token)}`;
  }
  return pages;
}

describe.skipIf(!withSpec)('school platform against SS 12000 2.1.0', () => {
  it('answers every endpoint the school adapter uses, for the whole seeded population, as the spec and the extensions file say', async () => {
    expect(enrolled.length).toBeGreaterThan(2 * pageSize);
    const persons = await call('POST', '/persons/lookup?expand=groupMemberships&expandReferenceNames=true', { civicNos: enrolled.map((c) => c.personnummer) });
    expect(persons.status).toBe(200);
    valid(ss12000(), 'POST', '/persons/lookup', persons);
    expect((persons.body as unknown as { id: string }[]).map((p) => p.id)).toEqual(ids);

    const pages = await allPages(attendancePath(ids.map((id) => `student=${id}`).join('&')));
    expect(pages.flatMap((p) => p.data.map((r) => r.student.id))).toEqual(ids);

    for (const path of ['/ext/supportMeasures/lookup', '/ext/studentHealthContacts/lookup']) {
      const answer = await call('POST', path, { ids });
      expect(answer.status).toBe(200);
      valid(ss12000Extensions(), 'POST', path, answer);
    }
    const cohort = { startedIn: { '2026-01': enrolled.map((c) => c.personnummer) }, to: today };
    for (const path of ['/ext/statistics/absenceSinceStart', '/ext/statistics/supportMeasures']) {
      const answer = await call('POST', path, cohort);
      expect(answer.status).toBe(200);
      valid(ss12000Extensions(), 'POST', path, answer);
    }
  });

  it('refuses its own answer with 500 when it would not follow the spec', async () => {
    const broken = generatePopulation({ seed: 3, families: 40, today });
    const child = broken.families.flatMap((f) => f.children).find((c) => c.school) as Enrolled;
    (child.school as { schoolType: string }).schoolType = 'Mellanstadiet';
    const server = await startHttpServer(schoolPlatformRoutes(broken).routes, 0);
    try {
      const res = await fetch(`${server.url}/v2.0/persons/lookup`, { method: 'POST', body: JSON.stringify({ civicNos: [child.personnummer] }) });
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ code: 'INVALID_ANSWER', message: expect.stringContaining('schoolType') });
    } finally {
      await server.close();
    }
  });
});

describe.skipIf(!withSpec)('paging with limit and pageToken', () => {
  it('answers at most the forced page size, and a pageToken alone continues the query to the end', async () => {
    const pages = await allPages(attendancePath(''));
    const sizes = pages.map((p) => p.data.length);
    expect(sizes).toHaveLength(Math.ceil(everyStudent.length / pageSize));
    expect(sizes.slice(0, -1).every((n) => n === pageSize)).toBe(true);
    expect(pages.flatMap((p) => p.data.map((r) => r.student.id))).toEqual(everyStudent);
    expect(pages.at(-1)?.pageToken).toBeNull();
  });

  it('takes the smaller of limit and the page size, and a new limit with a pageToken', async () => {
    const first = await call('GET', attendancePath('limit=7'));
    expect((first.body.data as unknown[]).length).toBe(7);
    const token = encodeURIComponent(first.body.pageToken as string);
    const second = await call('GET', `/aggregatedAttendance?pageToken=${token}`);
    expect((second.body.data as { student: { id: string } }[]).map((r) => r.student.id)).toEqual(ids.slice(7, 14));
    const wider = await call('GET', `/aggregatedAttendance?pageToken=${token}&limit=500`);
    expect((wider.body.data as unknown[]).length).toBe(pageSize);
  });

  it('pages organisations too', async () => {
    const res = await call('GET', '/organisations?limit=1');
    expect(res.status).toBe(200);
    valid(ss12000(), 'GET', '/organisations', res);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.pageToken).toEqual(expect.any(String));
  });

  it('takes a forced page size at run time, and refuses one that is not a whole number', async () => {
    const set = (maxPageSize: unknown) => fetch(`${platform.url}/_sim/paging`, { method: 'PUT', body: JSON.stringify({ maxPageSize }) });
    try {
      expect((await set(5)).status).toBe(200);
      expect(((await call('GET', attendancePath(''))).body.data as unknown[]).length).toBe(5);
      expect((await set(null)).status).toBe(200);
      expect(((await call('GET', attendancePath(''))).body.data as unknown[]).length).toBe(everyStudent.length);
      expect((await set(0)).status).toBe(400);
      expect((await set('20')).status).toBe(400);
    } finally {
      await set(pageSize);
    }
  });
});

describe.skipIf(!withSpec)('errors in the spec’s shape (code, message)', () => {
  const refused = (status: number, message: RegExp) => ({ status, body: { code: expect.any(String), message: expect.stringMatching(message) } });

  it('refuses what the spec does not allow with 400', async () => {
    const first = await call('GET', attendancePath('limit=2'));
    const token = encodeURIComponent(first.body.pageToken as string);
    for (const [path, message] of [
      [attendancePath('student=not-a-uuid'), /student\/0 must match format "uuid"/],
      [`/aggregatedAttendance?endDate=${today}`, /property 'startDate'/],
      [attendancePath('limit=0'), /limit must be >= 1/],
      [attendancePath('schoolType=XX'), /schoolType/],
      [attendancePath('colour=blue'), /unknown query parameter colour/],
      [`/aggregatedAttendance?pageToken=${token}&student=${ids[0]}`, /pageToken cannot be combined with filters \(student\)/],
      ['/aggregatedAttendance?pageToken=bm90LWEtdG9rZW4', /pageToken is not one this platform gave/],
      [`/aggregatedAttendance?pageToken=${Buffer.from(JSON.stringify({ q: 'student=x', o: 0 })).toString('base64url')}`, /pageToken is not one this platform gave/],
    ] as const) {
      const answer = await call('GET', path);
      expect(answer, path).toEqual(refused(400, message));
      valid(ss12000(), 'GET', '/aggregatedAttendance', answer);
    }
    expect(await call('POST', '/persons/lookup', { ids: ['x'] })).toEqual(refused(400, /ids\/0 must match format "uuid"/));
    expect(await call('POST', '/persons/lookup', {})).toEqual(refused(400, /ids or civicNos required/));
    expect(await call('POST', '/persons/lookup', '{nope')).toEqual(refused(400, /not JSON/));
    expect(await call('POST', '/persons/lookup?expand=everything', { ids })).toEqual(refused(400, /expand\/0 must be equal to one of the allowed values/));
    expect(await call('POST', '/ext/supportMeasures/lookup', { ids: ['x'] })).toEqual(refused(400, /ids\/0 must match format "uuid"/));
  });

  it('answers a path it does not have with 404', async () => {
    expect(await call('GET', '/persons/not-served-here')).toEqual(refused(404, /no such resource: GET \/v2.0\/persons\/not-served-here/));
    expect(await call('DELETE', '/aggregatedAttendance')).toEqual(refused(404, /no such resource/));
  });
});
