import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counters, gql, resetCounters } from './graphql.js';
import { caseload } from './queries.js';

type Json = Record<string, any>;

/**
 * Agency systems that page, as real ones do (HAPI, Azure and Medplum page FHIR searches by 20
 * with Bundle.link next; an SS 12000 platform has its own largest page): the view through the
 * gateway is the same as when every answer fits one page, never a silent cut.
 */
describe('caseloads through the gateway when the agency systems page by 20', () => {
  let system: RunningSystem;
  const coordinators = () => [...new Set(system.population.families.map((f) => f.coordinator))].sort();
  /** Every coordinator's caseload: each child's health-care and school sections, by personnummer. */
  const sections = async () => {
    const out: Record<string, Record<string, { healthCare: Json; school: Json }>> = {};
    for (const username of coordinators()) {
      const result = await gql<{ caseload: Json[] }>(system, username, caseload);
      expect(result.errors, username).toBeUndefined();
      out[username] = Object.fromEntries((result.data?.caseload ?? []).flatMap((f) => f.children as Json[]).map((c) => [c.personnummer, { healthCare: c.healthCare, school: c.school }]));
    }
    return out;
  };
  /** Turns a simulator's forced largest page on (a number) or off (null). */
  const paging = async (simulator: { url: string }, maxPageSize: number | null) => {
    const res = await fetch(`${simulator.url}/_sim/paging`, { method: 'PUT', body: JSON.stringify({ maxPageSize }) });
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    system = await startSystem({ ports: 'ephemeral', families: 24, now: () => new Date('2026-11-26T12:00:00+01:00') });
  });
  afterAll(() => system?.close());

  it('gives every caseload the same health-care and school sections, the pages followed to the end', async () => {
    const whole = await sections();
    const released = Object.values(whole).flatMap((caseload) => Object.values(caseload).flatMap((c) => Object.values(c.healthCare) as Json[]));
    expect(released.filter((s) => s.__typename === 'CareContacts').length).toBeGreaterThan(5);
    expect(released.map((s) => s.__typename)).not.toContain('AgencyUnavailable');

    await Promise.all([paging(system.simulators.healthCare, 20), paging(system.simulators.school, 20)]);
    resetCounters(system);
    try {
      expect(await sections()).toEqual(whole);
      // Each caseload's encounters were read a page of 20 at a time, to the last: one search per
      // caseload whose care contacts were asked for, and a page more for every further 20.
      const pages = Object.values(whole).map((caseload) => {
        const asked = Object.values(caseload)
          .map((c) => c.healthCare.careContacts)
          .filter((s) => s.__typename === 'CareContacts' || s.__typename === 'NotRecorded');
        const encounters = asked.reduce((n, s) => n + (s.items?.length ?? 0), 0);
        return asked.length === 0 ? 0 : Math.max(1, Math.ceil(encounters / 20));
      });
      expect(pages.some((n) => n > 1)).toBe(true);
      const calls = counters(system);
      expect(calls.healthCare?.['GET /fhir/Encounter']).toBe(pages.reduce((a, b) => a + b, 0));
      expect(calls.school?.['GET /v2.0/aggregatedAttendance']).toBeGreaterThan(coordinators().length);
    } finally {
      await Promise.all([paging(system.simulators.healthCare, null), paging(system.simulators.school, null)]);
    }
  });
});
