import { readFileSync } from 'node:fs';
import { generatePopulation } from '@lotsen/agency-systems';
import { AgencyError, type AgencyHttp } from '@lotsen/kit';
import type { Appointment, Bundle } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { healthRecords } from '../src/adapters/fhir.js';
import { maxPages, searchAll } from '../src/adapters/fhir-search.js';
import { appointmentsOf, referenceKey } from '../src/adapters/fhir-to-sections.js';
import { fixtureChildren } from './fixture-children.js';
import { type Recorded, recordedOrigin, replayHttp } from './recorded-http.js';

// The region's answers as recorded from the simulator (scripts/record-fixtures.ts), paged by 4.
const recorded: Recorded = Object.assign(
  {},
  ...['Patient', 'Encounter', 'CareTeam', 'Appointment', 'Condition', 'Consent'].map((t) => JSON.parse(readFileSync(new URL(`fixtures/fhir/${t}.json`, import.meta.url), 'utf8'))),
);
const [bup, habilitation, newlyArrived, unknown] = fixtureChildren(generatePopulation({ seed: 7, families: 40, today: '2026-11-23' })).map((c) => c.personnummer) as [string, string, string, string];

describe('the region’s recorded FHIR answers as the schema’s sections', () => {
  it('maps every child’s care contacts, appointments and diagnoses, and a child health care never met as not recorded', async () => {
    const http = replayHttp(recorded);
    const adapter = healthRecords(http);
    const sections = await Promise.all([bup, habilitation, newlyArrived, unknown].map((p) => Promise.all([adapter.careContacts(p), adapter.appointments(p), adapter.diagnoses(p)])));
    const visit = (date: string, organisation: string, practitionerRole: string) => ({ date, organisation, kind: 'Besök', practitionerRole });
    const booked = (start: string, organisation: string, serviceType: string) => ({ start, organisation, status: 'booked', serviceType });
    expect(sections).toEqual([
      [
        { items: [visit('2026-10-16', 'BUP', 'Psykolog'), visit('2026-07-01', 'BUP', 'Psykolog'), visit('2026-04-27', 'BUP', 'Psykolog')], careTeams: [{ name: 'BUP-team', organisation: 'BUP' }] },
        { items: [booked('2026-12-01T13:00:00+01:00', 'BUP', 'Uppföljning BUP')] },
        { items: [{ code: 'F41.1', display: 'Diagnos inom BUP', recordedDate: '2026-04-30' }] },
      ],
      [
        {
          items: ['2026-10-12', '2026-08-10', '2026-05-13', '2026-01-30'].map((d) => visit(d, 'Habiliteringen', 'Sjuksköterska')),
          careTeams: [],
        },
        { items: [booked('2026-11-26T08:00:00+01:00', 'Habiliteringen', 'Återbesök'), booked('2026-12-22T09:00:00+01:00', 'Habiliteringen', 'Återbesök')] },
        { items: [] },
      ],
      [
        { items: [visit('2026-08-12', 'Vårdcentralen Centrum', 'Sjuksköterska')], careTeams: [] },
        { items: [booked('2026-11-30T13:00:00+01:00', 'Vårdcentralen Centrum', 'Återbesök'), booked('2027-01-04T13:00:00+01:00', 'Vårdcentralen Centrum', 'Återbesök')] },
        { items: [] },
      ],
      [null, null, null],
    ]);
    // One search per resource type for all four children, each followed to its last page.
    const paths = http.asked.map((k) => k.slice(0, k.indexOf('?')));
    expect(paths.filter((p) => p === '/fhir/Patient')).toHaveLength(1);
    expect(paths.filter((p) => p === '/fhir/Encounter')).toHaveLength(2);
    expect(paths.filter((p) => p === '/fhir/Appointment')).toHaveLength(2);
    expect(http.asked.filter((k) => k.includes('_offset=4'))).toHaveLength(2);
    expect(http.asked[0]).toMatch(/patient\.identifier=.*&_include=\w+%3Apatient&_count=1000$/);
  });

  it('reads the blocks (spärr) recorded for the children in one Consent search: a unit’s withholds every section, one on diagnoses that section alone', async () => {
    const http = replayHttp(recorded);
    const adapter = healthRecords(http);
    const categories = ['CARE_CONTACTS', 'APPOINTMENTS', 'DIAGNOSES'] as const;
    const blocked = await Promise.all([bup, habilitation, newlyArrived, unknown].map((p) => Promise.all(categories.map((c) => adapter.blocked(p, c)))));
    expect(blocked).toEqual([
      [true, true, true],
      [false, false, true],
      [false, false, false],
      [false, false, false],
    ]);
    expect(http.asked).toHaveLength(1);
    expect(http.asked[0]).toMatch(/^\/fhir\/Consent\?patient\.identifier=.*&_include=Consent%3Apatient&_count=1000$/);
  });

  it('reads a reference relative or absolute, and an appointment booked with a Location or HealthcareService, soonest first across UTC offsets', () => {
    expect(['Patient/1', `${recordedOrigin}/fhir/Patient/1`, 'Patient/1/_history/3'].map((reference) => referenceKey({ reference }))).toEqual(['Patient/1', 'Patient/1', 'Patient/1']);
    const at = (start: string, actor: string): Appointment => ({
      resourceType: 'Appointment',
      status: 'booked',
      start,
      participant: [{ actor: { reference: actor, display: actor.split('/')[0] }, status: 'accepted' }],
    });
    expect(appointmentsOf([at('2026-12-01T10:00:00+01:00', 'Location/l'), at('2026-12-01T09:30:00Z', 'HealthcareService/h')]).items.map((a) => a.organisation)).toEqual([
      'Location',
      'HealthcareService',
    ]);
  });
});

describe('a FHIR search followed page by page', () => {
  const page = (n: number, next?: string): Bundle => ({
    resourceType: 'Bundle',
    type: 'searchset',
    link: next ? [{ relation: 'next', url: next }] : [],
    entry: [{ resource: { resourceType: 'Patient', id: `p${n}` }, search: { mode: 'match' } }],
  });
  /** A server whose every page links to the next, `pages` of them. */
  const paging = (pages: number, nextOrigin = recordedOrigin): AgencyHttp & { asked: number } => {
    let asked = 0;
    return {
      get asked() {
        return asked;
      },
      get: async (url: string) => {
        asked += 1;
        const n = Number(new URL(url, recordedOrigin).searchParams.get('page') ?? 1);
        return { data: page(n, n < pages ? `${nextOrigin}/fhir/Patient?page=${n + 1}` : undefined), status: 200, config: { baseURL: recordedOrigin, url } } as never;
      },
    } as never;
  };

  it('follows next to the last page and keeps every entry', async () => {
    const http = paging(7);
    expect((await searchAll(http, 'Patient', { identifier: 'x' })).map((r) => r.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);
    expect(http.asked).toBe(7);
  });

  it('fails, never cuts silently, when the pages do not end within the bound', async () => {
    const http = paging(maxPages + 1);
    await expect(searchAll(http, 'Patient', { identifier: 'x' })).rejects.toThrow(
      new AgencyError('HEALTH_CARE', 'UNAVAILABLE', `FHIR Patient search: still a next page after ${maxPages} pages; nothing shown rather than part`),
    );
    expect(http.asked).toBe(maxPages);
  });

  it('does not follow a next link to another origin', async () => {
    await expect(searchAll(paging(2, 'http://elsewhere.example'), 'Patient', { identifier: 'x' })).rejects.toThrow(/next page is on another origin \(http:\/\/elsewhere\.example\)/);
  });

  it('reads an OperationOutcome error into the failure, personal identity numbers masked', async () => {
    const http = replayHttp({
      '/fhir/Condition?patient.identifier=x&_count=1000': {
        status: 400,
        data: { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'invalid', diagnostics: 'Unknown patient 201301242382 in chain' }] },
      },
    });
    const failure = await searchAll(http, 'Condition', { 'patient.identifier': 'x' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AgencyError);
    expect((failure as AgencyError).message).toBe('FHIR Condition search 400: error invalid: Unknown patient 20130124-**** in chain');
  });

  it('refuses an answer that is not a searchset Bundle', async () => {
    const http = replayHttp({ '/fhir/Patient?identifier=x&_count=1000': { status: 200, data: '<Bundle xmlns="http://hl7.org/fhir"/>' } });
    await expect(searchAll(http, 'Patient', { identifier: 'x' })).rejects.toThrow(/not a searchset Bundle/);
  });
});
