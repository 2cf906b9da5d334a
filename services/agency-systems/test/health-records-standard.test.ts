import { identifierSystemOf, type Routes } from '@lotsen/kit';
import type { Bundle, CapabilityStatement, Consent, FhirResource, OperationOutcome } from 'fhir/r4.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { fhirR4Problems, indexR4 } from '../../dashboard/test/fhir-r4.js';
import { blockConsent, seededBlocks } from '../src/health-records/blocks.js';
import type { Known } from '../src/health-records/resources.js';
import { healthRecordsRoutes } from '../src/health-records/server.js';
import { generatePopulation, households } from '../src/index.js';

// The seeded population (its default size and seed) on a pinned day.
const population = generatePopulation({ today: '2026-11-26' });
const known = population.families.flatMap((f) => f.children).filter((c) => c.health);
const tokens = known.map((c) => `${identifierSystemOf(c.personnummer)}|${c.personnummer}`).join(',');
const host = 'journal.example:4103';
const base = `http://${host}/fhir`;

/** A GET on the routes as the server would route it, with the Host header a client sends. */
async function get(routes: Routes, pathAndQuery: string) {
  const url = new URL(pathAndQuery, `http://${host}`);
  const route = routes[`GET ${url.pathname}`] ?? routes['GET /fhir/*'];
  if (!route) throw new Error(`no route for ${url.pathname}`);
  const res = await route({ method: 'GET', path: url.pathname, query: url.searchParams, headers: { host }, body: '', clientVerified: false });
  return { status: res.status, type: res.headers?.['content-type'], resource: JSON.parse(String(res.body)) as FhirResource };
}
const bundleOf = (resource: FhirResource): Bundle => {
  if (resource.resourceType !== 'Bundle') throw new Error(`not a Bundle: ${JSON.stringify(resource).slice(0, 300)}`);
  return resource;
};
const issueOf = (resource: FhirResource) => (resource.resourceType === 'OperationOutcome' ? resource.issue[0] : undefined);

/** Every page of a search, following `next` to the end. */
async function allPages(routes: Routes, first: string): Promise<Bundle[]> {
  const pages: Bundle[] = [];
  for (let url: string | undefined = first; url; url = pages.at(-1)?.link?.find((l) => l.relation === 'next')?.url) {
    if (pages.length > 1000) throw new Error('more than 1000 pages');
    pages.push(bundleOf((await get(routes, url.replace(`http://${host}`, ''))).resource));
  }
  return pages;
}
const searches = [
  `/fhir/Patient?identifier=${encodeURIComponent(tokens)}`,
  `/fhir/Encounter?patient.identifier=${encodeURIComponent(tokens)}&_include=Encounter:patient`,
  `/fhir/Appointment?patient.identifier=${encodeURIComponent(tokens)}&_include=Appointment:patient`,
  `/fhir/Condition?patient.identifier=${encodeURIComponent(tokens)}&_include=Condition:patient`,
  `/fhir/CareTeam?patient.identifier=${encodeURIComponent(tokens)}&_include=CareTeam:patient`,
  `/fhir/Consent?patient.identifier=${encodeURIComponent(tokens)}&_include=Consent:patient`,
  '/fhir/Organization',
];
const matchesOf = (pages: Bundle[]) => pages.flatMap((p) => (p.entry ?? []).filter((e) => e.search?.mode === 'match').map((e) => e.resource));

describe('health records: FHIR R4 as a standard server answers it', () => {
  const { routes } = healthRecordsRoutes(population);
  beforeAll(indexR4, 60_000);

  it('serves only resources that are valid R4, every one the seeded population has, each with its absolute fullUrl', async () => {
    const served: FhirResource[] = [];
    for (const search of searches) {
      const pages = await allPages(routes, `${search}${search.includes('?') ? '&' : '?'}_count=1000`);
      expect(pages, search).toHaveLength(1);
      for (const page of pages) {
        expect(fhirR4Problems(page), search).toEqual([]);
        for (const e of page.entry ?? []) {
          expect(e.fullUrl).toBe(`${base}/${e.resource?.resourceType}/${e.resource?.id}`);
          served.push(e.resource as FhirResource);
        }
      }
    }
    const count = (type: string) => served.filter((r) => r.resourceType === type).length;
    expect(count('Patient')).toBeGreaterThanOrEqual(known.length);
    expect(count('Encounter')).toBe(known.reduce((n, c) => n + (c.health?.encounters.length ?? 0), 0));
    expect(count('Appointment')).toBe(known.reduce((n, c) => n + (c.health?.appointments.length ?? 0), 0));
    expect(count('Condition')).toBe(known.reduce((n, c) => n + (c.health?.conditions.length ?? 0), 0));
    expect(count('CareTeam')).toBe(known.filter((c) => c.health?.careTeam).length);
    expect(count('Appointment')).toBeGreaterThan(0);
    // The seeded blocks (spärr): a few patients', each an active privacy Consent that denies.
    const blocks = served.filter((r): r is Consent => r.resourceType === 'Consent');
    expect(blocks.length).toBeGreaterThan(3);
    expect(blocks.length).toBeLessThan(known.length / 10);
    expect(new Set(blocks.map((b) => `${b.status} ${b.scope.coding?.[0]?.code} ${b.provision?.type} ${b.provision?.actor ? 'unit' : 'class'}`))).toEqual(
      new Set(['active patient-privacy deny unit', 'active patient-privacy deny class']),
    );
    // Each resource on its own too, and what a booked appointment is booked with.
    const services = new Set(served.flatMap((r) => (r.resourceType === 'Appointment' ? r.participant.flatMap((p) => p.actor?.reference ?? []) : [])).values());
    for (const ref of [...services].filter((r) => r.startsWith('HealthcareService/'))) served.push((await get(routes, `/fhir/${ref}`)).resource);
    const problems = served.flatMap((r) => fhirR4Problems(r).map((p) => `${r.resourceType}/${r.id} ${p}`));
    expect(problems).toEqual([]);
  });

  it('answers GET /fhir/metadata with its CapabilityStatement', async () => {
    const { status, type, resource } = await get(routes, '/fhir/metadata');
    expect([status, type]).toEqual([200, 'application/fhir+json']);
    const statement = resource as CapabilityStatement;
    expect(fhirR4Problems(statement)).toEqual([]);
    expect(statement).toMatchObject({ resourceType: 'CapabilityStatement', kind: 'instance', fhirVersion: '4.0.1', implementation: { url: base } });
    const encounter = statement.rest?.[0]?.resource?.find((r) => r.type === 'Encounter');
    expect(encounter?.searchParam?.map((p) => p.name)).toEqual(['patient', 'subject']);
    expect(statement.rest?.[0]?.resource?.find((r) => r.type === 'Measure')?.operation?.[0]?.definition).toBe('http://hl7.org/fhir/OperationDefinition/Measure-evaluate-measure');
  });

  it('reads a resource by id, and answers an unknown id or type 404 with an OperationOutcome', async () => {
    const child = known.find((c) => c.health?.encounters.length);
    const encounter = child?.health?.encounters[0];
    const patient = await get(routes, `/fhir/Patient/${child?.health?.patientId}`);
    expect(patient).toMatchObject({ status: 200, resource: { resourceType: 'Patient', id: child?.health?.patientId, identifier: [{ value: child?.personnummer }] } });
    expect((await get(routes, `/fhir/Encounter/${encounter?.id}`)).resource).toMatchObject({ resourceType: 'Encounter', id: encounter?.id, period: { start: encounter?.date } });
    for (const [path, code] of [
      ['/fhir/Patient/no-such-id', 'not-found'],
      ['/fhir/Observation/1', 'not-supported'],
      [`/fhir/Patient/${child?.health?.patientId}/_history`, 'not-supported'],
    ]) {
      const { status, type, resource } = await get(routes, path as string);
      expect([status, type, resource.resourceType, issueOf(resource)?.code], path).toEqual([404, 'application/fhir+json', 'OperationOutcome', code]);
      expect(fhirR4Problems(resource)).toEqual([]);
    }
  });

  it('takes R4’s chains to the patient (patient.identifier, subject:Patient.identifier, actor:Patient.identifier) alike', async () => {
    const some = encodeURIComponent(tokens.split(',').slice(0, 12).join(','));
    for (const [type, typed] of [
      ['Encounter', 'subject:Patient'],
      ['Condition', 'subject:Patient'],
      ['CareTeam', 'subject:Patient'],
      ['Appointment', 'actor:Patient'],
    ]) {
      const untyped = bundleOf((await get(routes, `/fhir/${type}?patient.identifier=${some}`)).resource);
      expect(untyped.total, type).toBeGreaterThan(0);
      expect(bundleOf((await get(routes, `/fhir/${type}?${typed}.identifier=${some}`)).resource).entry, type).toEqual(untyped.entry);
    }
  });

  it('refuses with 400 and an OperationOutcome what a strict server refuses: an ambiguous chain, an unknown parameter or include, a bad _count', async () => {
    const one = encodeURIComponent(tokens.split(',')[0] as string);
    for (const [query, code, diagnostics] of [
      [`/fhir/Condition?subject.identifier=${one}`, 'invalid', /subject may refer to Patient, Group: .*subject:Patient.identifier/],
      [`/fhir/CareTeam?subject.identifier=${one}`, 'invalid', /subject:Patient.identifier, or use patient.identifier/],
      [`/fhir/Encounter?patient.name=${one}`, 'invalid', /unknown search parameter for Encounter: patient.name/],
      [`/fhir/Encounter?patient.identifier=${one}&status=finished`, 'invalid', /unknown search parameter for Encounter: status/],
      [`/fhir/Encounter?subject:Group.identifier=${one}`, 'not-supported', /only chains to the Patient/],
      [`/fhir/Appointment?patient.identifier=${one}&_include=Appointment:actor`, 'not-supported', /only the Patient is included/],
      [`/fhir/Appointment?patient.identifier=${one}&_include=Encounter:subject`, 'invalid', /not a reference search parameter of Appointment/],
      [`/fhir/Encounter?patient.identifier=${one}&_count=-1`, 'invalid', /_count must be a non-negative integer/],
      ['/fhir/Encounter', 'invalid', /patient.identifier is required/],
      ['/fhir/Patient?name=Alva', 'invalid', /unknown search parameter for Patient: name/],
    ] as const) {
      const { status, type, resource } = await get(routes, query);
      expect([status, type, resource.resourceType, issueOf(resource)?.code], query).toEqual([400, 'application/fhir+json', 'OperationOutcome', code]);
      expect(issueOf(resource)?.diagnostics, query).toMatch(diagnostics);
    }
  });

  it('answers a POST it does not take with an OperationOutcome, not a plain JSON error', async () => {
    const route = routes['POST /fhir/*'];
    const res = await route?.({ method: 'POST', path: '/fhir/Patient', query: new URLSearchParams(), headers: { host }, body: '{}', clientVerified: false });
    expect([res?.status, (JSON.parse(String(res?.body)) as OperationOutcome).resourceType]).toEqual([404, 'OperationOutcome']);
  });
});

describe('health records: paged searches', () => {
  it('pages by _count with Bundle.link self and next, no page above a forced largest page, every match once over the pages', async () => {
    const paged = healthRecordsRoutes(population, { maxPageSize: 20 }).routes;
    const whole = healthRecordsRoutes(population).routes;
    for (const search of searches.slice(0, 5)) {
      const everything = matchesOf(await allPages(whole, `${search}&_count=1000`));
      for (const [asked, perPage] of [
        ['&_count=1000', 20],
        ['', 20],
        ['&_count=7', 7],
      ] as const) {
        const pages = await allPages(paged, `${search}${asked}`);
        expect(pages.length, search).toBe(Math.ceil(everything.length / perPage));
        expect(matchesOf(pages), search).toEqual(everything);
        for (const [i, page] of pages.entries()) {
          expect(page.total).toBe(everything.length);
          expect(page.entry?.filter((e) => e.search?.mode === 'match').length).toBeLessThanOrEqual(perPage);
          const self = new URL(page.link?.find((l) => l.relation === 'self')?.url ?? '');
          expect([self.origin + self.pathname, self.searchParams.get('_count'), self.searchParams.get('_offset')]).toEqual([
            `${base}/${search.slice(6, search.indexOf('?'))}`,
            String(perPage),
            String(i * perPage),
          ]);
          // The Patients of the page's own matches come with it, each once.
          const included = (page.entry ?? []).filter((e) => e.search?.mode === 'include').map((e) => `Patient/${e.resource?.id}`);
          expect(new Set(included).size).toBe(included.length);
          if (search.includes('_include')) {
            const referenced = new Set((page.entry ?? []).filter((e) => e.search?.mode === 'match').map((e) => JSON.stringify(e.resource).match(/"reference":"(Patient\/[^"]+)"/)?.[1]));
            expect(new Set(included)).toEqual(referenced);
          }
        }
      }
    }
  });

  it('takes a forced largest page at run time, PUT /_sim/paging, and gives its own back with null', async () => {
    const { routes } = healthRecordsRoutes(population);
    const put = (body: string) => routes['PUT /_sim/paging']?.({ method: 'PUT', path: '/_sim/paging', query: new URLSearchParams(), headers: {}, body, clientVerified: false });
    const matchesOnFirstPage = async () => bundleOf((await get(routes, `${searches[1]}&_count=1000`)).resource).entry?.filter((e) => e.search?.mode === 'match').length;
    const all = await matchesOnFirstPage();
    expect(all).toBeGreaterThan(20);
    expect((await put('{"maxPageSize":20}'))?.status).toBe(200);
    expect(await matchesOnFirstPage()).toBe(20);
    expect((await put('{"maxPageSize":null}'))?.status).toBe(200);
    expect(await matchesOnFirstPage()).toBe(all);
    expect((await put('{"maxPageSize":0}'))?.status).toBe(400);
  });

  it('records a block (spärr) for a known patient at run time, POST /_sim/Consent, served by the next search until DELETE /_sim/Consent', async () => {
    const { routes } = healthRecordsRoutes(population);
    const control = (method: 'POST' | 'DELETE', body = '') =>
      routes[`${method} /_sim/Consent`]?.({ method, path: '/_sim/Consent', query: new URLSearchParams(), headers: {}, body, clientVerified: false });
    const child = known.find((c) => c.health?.conditions.length) as (typeof known)[number];
    const search = `/fhir/Consent?patient.identifier=${encodeURIComponent(`${identifierSystemOf(child.personnummer)}|${child.personnummer}`)}`;
    const blocksOf = async () => matchesOf([bundleOf((await get(routes, search)).resource)]) as Consent[];
    const seeded = (await blocksOf()).length;
    const block = blockConsent('ignored', { reference: `Patient/${child.health?.patientId}` }, { resourceType: 'Condition' }, population.today);
    const stored = await control('POST', JSON.stringify(block));
    expect(stored?.status).toBe(201);
    const after = await blocksOf();
    expect(after).toHaveLength(seeded + 1);
    expect(after.at(-1)).toMatchObject({ provision: { type: 'deny', class: [{ code: 'Condition' }] }, patient: block.patient });
    expect(fhirR4Problems(after.at(-1) as Consent)).toEqual([]);
    expect((await control('POST', JSON.stringify({ ...block, patient: { reference: 'Patient/unknown' } })))?.status).toBe(400);
    // A whole-record opt-out: policyRule OPTOUT and no provision, valid R4 (consent-0 holds by the policy rule).
    const { provision: _none, ...optOut } = block;
    expect((await control('POST', JSON.stringify(optOut)))?.status).toBe(201);
    const wholeRecord = (await blocksOf()).at(-1) as Consent;
    expect([wholeRecord.provision, wholeRecord.policyRule?.coding?.[0]?.code]).toEqual([undefined, 'OPTOUT']);
    expect(fhirR4Problems(wholeRecord)).toEqual([]);
    expect((await control('DELETE'))?.status).toBe(200);
    expect(await blocksOf()).toHaveLength(seeded);
  });

  it('seeds the same blocks on every run, a few children’s, none in the archetype families', () => {
    const withRecords = (p: typeof population) => new Map(households(p).flatMap((h) => h.children.flatMap((c) => (c.health ? [[c.personnummer, c as Known] as const] : []))));
    const seeded = seededBlocks(population, withRecords(population));
    expect(seededBlocks(generatePopulation({ today: '2026-11-26' }), withRecords(population))).toEqual(seeded);
    const archetypes = new Set(population.families.filter((f) => f.archetype !== null).flatMap((f) => f.children.map((c) => c.personnummer)));
    expect([...seeded.keys()].filter((p) => archetypes.has(p))).toEqual([]);
    expect(seeded.size).toBeGreaterThan(3);
    expect(new Set([...seeded.values()].flat().map((b) => ('unit' in b ? 'unit' : b.resourceType)))).toEqual(new Set(['unit', 'Condition', 'Encounter', 'Appointment']));
  });

  it('answers _count=0 with the total and no entries', async () => {
    const bundle = bundleOf((await get(healthRecordsRoutes(population).routes, `${searches[1]}&_count=0`)).resource);
    expect([bundle.total, bundle.entry, bundle.link?.map((l) => l.relation)]).toEqual([known.reduce((n, c) => n + (c.health?.encounters.length ?? 0), 0), undefined, ['self']]);
  });
});
