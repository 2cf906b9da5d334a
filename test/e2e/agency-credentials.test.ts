import { generateKeyPairSync } from 'node:crypto';
import { randomAgencyClients } from '@lotsen/agency-systems';
import { logTo } from '@lotsen/kit';
import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './graphql.js';
import { caseload } from './queries.js';

type Json = Record<string, any>;
const agencies = ['school', 'socialServices', 'healthCare'] as const;
// The systems' clock and their population's day.
const now = () => new Date('2026-11-26T09:00:00+01:00');
const sectionsOf = (data: Json | undefined): Json[] =>
  ((data?.caseload ?? []) as Json[]).flatMap((f) =>
    (f.children as Json[]).flatMap((c) => agencies.flatMap((a) => Object.entries(c[a] ?? {}).map(([field, s]) => ({ ...(s as Json), section: a, field })))),
  );
/**
 * The school's sections read by the platform's person id: the school adapter takes a failed person
 * lookup for a child the platform does not know (ss12000.ts, personIds: DataLoader's loadMany
 * gives failures back as values), so they answer NotRecorded where they should be AgencyUnavailable.
 */
const readByPersonId = (s: Json) => s.section === 'school' && s.field !== 'enrolment';

describe('credentials between the agency subgraphs and the agency systems', () => {
  const lines: string[] = [];
  const registered = randomAgencyClients();
  // What the refused system's subgraphs present: no client at all, a wrong secret, and a key the region never registered.
  const impostor = randomAgencyClients();
  const unregisteredKey = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey.export({ format: 'jwk' });
  let refused: RunningSystem;
  let accepted: RunningSystem;

  beforeAll(async () => {
    const level = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = 'info';
    logTo({ write: (line: string) => lines.push(line) });
    try {
      refused = await startSystem({
        families: 12,
        now,
        agencyClients: registered,
        presentedClients: {
          school: null,
          socialServices: { ...registered.socialServices, secret: impostor.socialServices.secret },
          healthCare: { ...registered.healthCare, privateJwk: { ...unregisteredKey, kid: registered.healthCare.publicJwk.kid } },
        },
        agencyCalls: { resilience: { attemptTimeoutMs: 1000, retries: 1 }, operationBudgetMs: 2000 },
      });
      accepted = await startSystem({ families: 12, now, agencyClients: registered });
    } finally {
      logTo(undefined);
      if (level === undefined) delete process.env.LOG_LEVEL;
      else process.env.LOG_LEVEL = level;
    }
  });
  afterAll(async () => {
    await refused?.close();
    await accepted?.close();
  });

  it('without them every agency section is AgencyUnavailable, the logs say why, and the agency systems gave out nothing', async () => {
    const result = await gql(refused, 'koordinator1', caseload);
    expect(result.errors).toBeUndefined();
    // The same population and consents with credentials: what the consent denies never reaches an agency system, the rest is refused.
    const withCredentials = sectionsOf((await gql(accepted, 'koordinator1', caseload)).data);
    const sections = sectionsOf(result.data);
    expect(sections).toHaveLength(withCredentials.length);
    for (const [i, s] of sections.entries()) {
      const granted = withCredentials[i] as Json;
      if (readByPersonId(s)) continue;
      if (granted.__typename === 'AccessDenied') expect(s).toEqual(granted);
      else
        expect(s, `${s.section} (${granted.__typename} with credentials)`).toMatchObject({
          __typename: 'AgencyUnavailable',
          kind: 'UNAVAILABLE',
          message: 'Verksamhetssystemet är inte tillgängligt just nu',
        });
    }
    for (const agency of agencies) expect(sections.filter((s) => s.section === agency && s.__typename === 'AgencyUnavailable').length, agency).toBeGreaterThan(5);
    for (const sim of [refused.simulators.school, refused.simulators.socialServices, refused.simulators.healthCare]) expect(sim.control.total()).toBe(0);
    const failures = lines.map((l) => JSON.parse(l) as Json).filter((l) => l.msg === 'agency call failed');
    const why = (agency: string) => new Set(failures.filter((l) => l.agency === agency).map((l) => l.detail));
    expect(why('SCHOOL')).toEqual(new Set(['agency system refused a request without credentials (401): none are configured']));
    expect(why('SOCIAL_SERVICES')).toEqual(new Set(['token endpoint refused our credentials (401 invalid_client)']));
    expect(why('HEALTH_CARE')).toEqual(new Set(['token endpoint refused our credentials (401 invalid_client)']));
  });

  it('the school’s sections read by person id are AgencyUnavailable too: a failed person lookup is no "not recorded"', async () => {
    const sections = sectionsOf((await gql(refused, 'koordinator1', caseload)).data).filter((s) => readByPersonId(s) && s.__typename !== 'AccessDenied');
    expect(sections.length).toBeGreaterThan(0);
    for (const s of sections) expect(s.__typename, s.field).toBe('AgencyUnavailable');
  });

  it('with them the sections come', async () => {
    const result = await gql(accepted, 'koordinator1', caseload);
    expect(result.errors).toBeUndefined();
    const sections = sectionsOf(result.data);
    expect(sections.filter((s) => s.__typename === 'AgencyUnavailable')).toEqual([]);
    const first = ((result.data?.caseload ?? []) as Json[]).find((f) => f.reference === 'F-00001')?.children[0] as Json;
    expect(first.school.enrolment.__typename).toBe('SchoolEnrolment');
    expect(first.socialServices.interventions.__typename).toBe('Interventions');
    expect(first.healthCare.diagnoses.__typename).toBe('Diagnoses');
  });

  it('no log line carries a secret, a private key or a token', () => {
    expect(lines.length).toBeGreaterThan(20);
    const secrets = [registered, impostor].flatMap((c) => [c.school.secret, c.socialServices.secret, c.healthCare.secret, c.healthCare.privateJwk.d as string]);
    for (const line of lines) {
      for (const secret of [...secrets, unregisteredKey.d as string]) expect(line).not.toContain(secret);
      // No JWT: no access token, client assertion or user's bearer token.
      expect(line).not.toMatch(/eyJ[\w-]+\.eyJ/);
    }
  });
});
