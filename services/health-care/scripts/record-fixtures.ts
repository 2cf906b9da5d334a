// Records the FHIR simulator's answers to the adapter's searches for a few children into
// test/fixtures/fhir/, once: the adapter's mapping is tested on them as on a region's recorded
// payloads (npx tsx scripts/record-fixtures.ts). The simulator pages by 4 here, so the recorded
// Encounter search has next links to follow. The first child has blocked (spärr) its unit and the
// second its diagnoses, recorded at the simulator first, so the Consent search has both kinds.
import { writeFileSync } from 'node:fs';
import { generatePopulation } from '@lotsen/agency-systems';
import type { AgencyHttp } from '@lotsen/kit';
import { blockConsent } from '../../agency-systems/src/health-records/blocks.js';
import { healthRecordsRoutes } from '../../agency-systems/src/health-records/server.js';
import { healthRecords } from '../src/adapters/fhir.js';
import { fixtureChildren } from '../test/fixture-children.js';
import { type Recorded, recordedOrigin, requestKey } from '../test/recorded-http.js';

const population = generatePopulation({ seed: 7, families: 40, today: '2026-11-23' });
const { routes } = healthRecordsRoutes(population, { maxPageSize: 4 });
const recorded: Record<string, Recorded> = {};
const http: AgencyHttp = {
  get: async (url, config) => {
    const key = requestKey(url, config?.params as Record<string, string>);
    const u = new URL(key, recordedOrigin);
    const route = routes[`GET ${u.pathname}`];
    if (!route) throw new Error(`no route for ${u.pathname}`);
    const res = await route({ method: 'GET', path: u.pathname, query: u.searchParams, headers: { host: new URL(recordedOrigin).host }, body: '', clientVerified: false });
    const answer = { status: res.status, data: JSON.parse(String(res.body)) };
    const type = u.pathname.split('/')[2] as string;
    recorded[type] = { ...recorded[type], [key]: answer };
    if (res.status >= 400) throw Object.assign(new Error(`status ${res.status}`), { response: answer });
    return { ...answer, statusText: '', headers: {}, config: { baseURL: recordedOrigin, url } } as never;
  },
  post: async () => {
    throw new Error('not recorded');
  },
  report: async () => {
    throw new Error('not recorded');
  },
};

const children = fixtureChildren(population);
for (const [child, block] of [
  [children[0], { unit: 'BUP' }],
  [children[1], { resourceType: 'Condition' }],
] as const) {
  const body = JSON.stringify(blockConsent('x', { reference: `Patient/${child?.health?.patientId}` }, block, population.today));
  await routes['POST /_sim/Consent']?.({ method: 'POST', path: '/_sim/Consent', query: new URLSearchParams(), headers: {}, body, clientVerified: false });
}
const adapter = healthRecords(http);
await Promise.all(
  children.flatMap((c) => [
    adapter.careContacts(c.personnummer),
    adapter.appointments(c.personnummer),
    adapter.diagnoses(c.personnummer),
    ...(['CARE_CONTACTS', 'APPOINTMENTS', 'DIAGNOSES'] as const).map((category) => adapter.blocked(c.personnummer, category)),
  ]),
);
for (const [type, answers] of Object.entries(recorded)) writeFileSync(new URL(`../test/fixtures/fhir/${type}.json`, import.meta.url), `${JSON.stringify(answers, null, 2)}\n`);
console.log(
  `recorded ${Object.entries(recorded)
    .map(([type, answers]) => `${type} (${Object.keys(answers).length} pages)`)
    .join(', ')} for ${children.length} children`,
);
