import { addDays, addMonths, todayInSweden } from '@lotsen/kit';
import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The whole system with this agency started from its manifest entry alone: the section of a
// guardian's own data in the caseload and the family view, released on that guardian's own
// consent and on nothing else. The clock and the population's day are pinned.
const now = new Date('2026-11-26T12:00:00+01:00');
const today = todayInSweden(now);
/** A guardian's own consent recorded today, for six months. */
const validity = { validFrom: today, validUntil: addDays(addMonths(today, 6), -1) };
const coordinator = 'koordinator1';

type Part = { __typename: string; reason?: string; items?: unknown[]; periods?: unknown[] };
type Guardian = { personnummer: string; givenName: string; employmentSupport: { labourMarketMeasures: Part; occupationStatus: Part } };
type Family = { id: string; children: { personnummer: string }[]; guardians: Guardian[] | null };

const section = `employmentSupport {
  labourMarketMeasures { __typename ... on LabourMarketMeasures { items { kind status } } ... on AccessDenied { reason message } }
  occupationStatus { __typename ... on OccupationStatusHistory { periods { status } } ... on AccessDenied { reason message } }
}`;
const caseload = `query Caseload { caseload { id children { personnummer } guardians { personnummer givenName ${section} } } }`;
const familyView = `query FamilyView($id: ID!) { family(id: $id) { id children { personnummer } guardians { personnummer givenName ${section} } } }`;

let system: RunningSystem;
async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(system.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await system.token(coordinator)}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors) throw new Error(`the graph answered ${res.status}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The guardians whose own consent the seed recorded and that holds today: given by them, not revoked, in force. */
const consentedGuardians = () =>
  new Set(
    system.population.families.flatMap((f) =>
      f.consents.filter((c) => c.subjectPersonnummer && c.revocation === null && c.validUntil >= today && c.parties.every((p) => p.decision === 'GIVEN')).map((c) => c.subjectPersonnummer as string),
    ),
  );
const released = (g: Guardian) =>
  [g.employmentSupport.labourMarketMeasures, g.employmentSupport.occupationStatus].every((p) => p.__typename !== 'AccessDenied' && p.__typename !== 'AgencyUnavailable');
const denied = (g: Guardian) => [g.employmentSupport.labourMarketMeasures, g.employmentSupport.occupationStatus].every((p) => p.__typename === 'AccessDenied');

beforeAll(async () => {
  system = await startSystem({ families: 16, now: () => now });
}, 120_000);
afterAll(() => system?.close());

describe('a guardian’s own section, started from the manifest', () => {
  it('is released in the caseload for a guardian who consented and denied for one who did not, one call per endpoint', async () => {
    const control = system.simulators.employmentSupport.control;
    control.reset();
    const { caseload: families } = await gql<{ caseload: Family[] }>(caseload);
    const calls = Object.fromEntries(control.counters);
    const guardians = families.flatMap((f) => f.guardians ?? []);
    const consented = consentedGuardians();
    const withConsent = guardians.filter((g) => consented.has(g.personnummer));
    const without = guardians.filter((g) => !consented.has(g.personnummer));
    expect(withConsent.length).toBeGreaterThan(0);
    expect(without.length).toBeGreaterThan(0);
    for (const g of withConsent) expect(released(g), g.givenName).toBe(true);
    for (const g of without) {
      expect(denied(g), g.givenName).toBe(true);
      expect(g.employmentSupport.labourMarketMeasures.reason).toBe('NO_CONSENT');
    }
    // Some of those released have measures on record, and their data is there.
    expect(withConsent.some((g) => g.employmentSupport.labourMarketMeasures.__typename === 'LabourMarketMeasures')).toBe(true);
    // However many guardians, each endpoint the participant system has was asked at most once, and only for those released.
    expect(Object.keys(calls).length).toBeGreaterThan(0);
    for (const [endpoint, n] of Object.entries(calls)) expect(n, endpoint).toBe(1);
  });

  it('is the same in the family view, and a guardian’s own consent recorded there releases theirs and no one else’s', async () => {
    const consented = consentedGuardians();
    const { caseload: families } = await gql<{ caseload: Family[] }>(caseload);
    // A family with a guardian who has given no consent of their own, and a child in their custody.
    const family = families.find((f) => (f.guardians ?? []).some((g) => !consented.has(g.personnummer)) && (f.guardians ?? []).length === 2) as Family;
    expect(family).toBeDefined();
    const view = async () => (await gql<{ family: Family }>(familyView, { id: family.id })).family;
    const before = await view();
    const other = (before.guardians ?? []).find((g) => !consented.has(g.personnummer)) as Guardian;
    const first = (before.guardians ?? []).find((g) => g.personnummer !== other.personnummer) as Guardian;
    expect(denied(other)).toBe(true);
    expect(released(first)).toBe(consented.has(first.personnummer));

    const control = system.simulators.employmentSupport.control;
    control.reset();
    await view();
    for (const [endpoint, n] of Object.entries(Object.fromEntries(control.counters))) expect(n, endpoint).toBe(1);

    // The other guardian consents to sharing their own data, recorded by the coordinator.
    const recorded = await gql<{ recordConsent: { guardian: string; status: string; parties: { personnummer: string }[] } }>(
      `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { guardian status parties { personnummer } } }`,
      {
        input: {
          child: family.children[0]?.personnummer,
          guardian: other.personnummer,
          purpose: 'COORDINATION',
          scope: [{ agency: 'EMPLOYMENT_SUPPORT', categories: ['LABOUR_MARKET_MEASURES', 'OCCUPATION_STATUS'] }],
          ...validity,
          evidence: { method: 'WRITTEN', documentRef: 'DOK-ARB-1' },
          decisions: [{ personnummer: other.personnummer, decision: 'GIVEN', method: 'WRITTEN' }],
        },
      },
    );
    expect(recorded.recordConsent).toEqual({ guardian: other.personnummer, status: 'ACTIVE', parties: [{ personnummer: other.personnummer }] });
    const after = await view();
    expect(released((after.guardians ?? []).find((g) => g.personnummer === other.personnummer) as Guardian)).toBe(true);
    // The first guardian's section is as it was: the other's consent released nothing of theirs.
    expect(released((after.guardians ?? []).find((g) => g.personnummer === first.personnummer) as Guardian)).toBe(consented.has(first.personnummer));
  });

  it('refuses a guardian’s own consent that names a child’s agency, or a guardian without custody', async () => {
    const { caseload: families } = await gql<{ caseload: Family[] }>(caseload);
    const family = families[0] as Family;
    const guardian = family.guardians?.[0]?.personnummer as string;
    const record = async (input: Record<string, unknown>) => {
      const res = await fetch(system.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await system.token(coordinator)}` },
        body: JSON.stringify({
          query: 'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
          variables: {
            input: {
              child: family.children[0]?.personnummer,
              purpose: 'COORDINATION',
              ...validity,
              evidence: { method: 'WRITTEN', documentRef: 'DOK-X' },
              ...input,
            },
          },
        }),
      });
      return ((await res.json()) as { errors?: { message: string }[] }).errors?.[0]?.message ?? '';
    };
    const before = await system.db.query<{ n: number }>('SELECT count(*)::int AS n FROM consents');
    expect(await record({ guardian, scope: [{ agency: 'SCHOOL', categories: ['ATTENDANCE'] }] })).toMatch(/gäller barnet/);
    expect(await record({ scope: [{ agency: 'EMPLOYMENT_SUPPORT', categories: ['OCCUPATION_STATUS'] }] })).toMatch(/ange vårdnadshavaren/);
    const stranger = system.population.families.at(-1)?.guardians[0]?.personnummer as string;
    expect(await record({ guardian: stranger, scope: [{ agency: 'EMPLOYMENT_SUPPORT', categories: ['OCCUPATION_STATUS'] }] })).toMatch(/har inte vårdnaden/);
    expect(await system.db.query<{ n: number }>('SELECT count(*)::int AS n FROM consents')).toEqual(before);
  });
});
