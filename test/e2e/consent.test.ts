import type { Family } from '@lotsen/agency-systems';
import { addDays, addMonths, agencyOf, categoriesAbout, type DataCategory, generateRegistryKeys, grantKeysOf, type SectionField, sectionField, todayInSweden } from '@lotsen/kit';
import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counters, gql, resetCounters } from './graphql.js';
import { childView } from './queries.js';
import { withSecondSchool } from './second-school.js';

type Json = Record<string, any>;

/** The system's pinned moment, and its day in Sweden. */
const now = new Date('2026-11-23T12:00:00+01:00');
const today = todayInSweden(now);

const childQuery = `query Child($p: Personnummer!) { child(personnummer: $p) { ${childView} } }`;
const record = `mutation Record($input: RecordConsentInput!) { recordConsent(input: $input) { id status statusText parties { personnummer role decision } } }`;
const revoke = `mutation Revoke($input: RevokeConsentInput!) { revokeConsent(input: $input) { id status revocation { reason } events { kind } } }`;
const decideParty = `mutation Decide($input: ConsentDecisionInput!) { recordConsentDecision(input: $input) { id status statusText } }`;

/** Which section field answers which category. */
const sectionOf = (child: Json) => ({
  ENROLMENT: child.school.enrolment,
  ATTENDANCE: child.school.attendance,
  SUPPORT_MEASURES: child.school.supportMeasures,
  STUDENT_HEALTH: child.school.studentHealth,
  CASE: child.socialServices.cases,
  INTERVENTIONS: child.socialServices.interventions,
  CARE_CONTACTS: child.healthCare.careContacts,
  APPOINTMENTS: child.healthCare.appointments,
  DIAGNOSES: child.healthCare.diagnoses,
});
const agencyOfCategory = (c: DataCategory): SectionField => sectionField(agencyOf(c));

describe('consent: record, decide, enforce, revoke', () => {
  let system: RunningSystem;
  const archetype = (n: number) => system.population.families.find((f) => f.archetype === n) as Family;
  const guardians = (f: Family) => f.guardians.filter((g) => g.hasCustody).map((g) => g.personnummer);
  const given = (pnrs: string[]) => pnrs.map((personnummer) => ({ personnummer, decision: 'GIVEN', method: 'DIGITAL_SIGNATURE' }));
  // The system's clock and the population's day are pinned (beforeAll); the dates below are counted
  // from that day, so they stand in the same place around "today" on any day the tests run.
  const validFrom = addDays(today, -22);
  const validity = { validFrom, validUntil: addDays(addMonths(validFrom, 12), -1) };
  const evidence = { method: 'DIGITAL_SIGNATURE', documentRef: 'DOK-TEST-1' };
  const view = async (pnr: string, as = 'koordinator1', url?: string) => {
    const result = await gql<{ child: Json }>(system, as, childQuery, { p: pnr }, url);
    expect(result.errors).toBeUndefined();
    return result.data?.child as Json;
  };

  beforeAll(async () => {
    system = await startSystem({ families: 40, now: () => now });
  });
  afterAll(() => system?.close());

  it('for every agency and category: data only under a consent covering exactly it, and no agency call for the rest', async () => {
    const family = archetype(5); // its only consent is revoked: nothing covers the child
    const child = family.children[0] as Family['children'][number];
    for (const s of Object.values(sectionOf(await view(child.personnummer)))) expect(s.__typename).toBe('AccessDenied');
    // A child's data: every category of the agencies whose data is a child's.
    for (const category of categoriesAbout('CHILD')) {
      const agency = agencyOf(category);
      const recorded = await gql<{ recordConsent: Json }>(system, 'koordinator1', record, {
        input: {
          child: child.personnummer,
          purpose: 'COORDINATION',
          scope: [{ agency, categories: [category] }],
          ...validity,
          evidence,
          childView: 'Vill att skolan och BUP pratar med varandra',
          decisions: given(guardians(family)),
        },
      });
      expect(recorded.errors).toBeUndefined();
      expect(recorded.data?.recordConsent.status).toBe('ACTIVE');
      resetCounters(system);
      const sections = sectionOf(await view(child.personnummer));
      for (const [c, section] of Object.entries(sections)) {
        if (c === category) expect(section.__typename, c).not.toMatch(/AccessDenied|AgencyUnavailable/);
        // Every other category was covered only by consents since revoked: that is the reason shown.
        else expect(section, `${c} under a ${category} consent`).toMatchObject({ __typename: 'AccessDenied', reason: 'REVOKED' });
      }
      const calls = counters(system);
      for (const [other, made] of Object.entries(calls)) {
        if (other !== agencyOfCategory(category)) expect(made, `${other} called under a ${category} consent`).toEqual({});
      }
      expect(Object.keys(calls[agencyOfCategory(category)] ?? {}).length).toBeGreaterThan(0);
      const revoked = await gql<{ revokeConsent: Json }>(system, 'koordinator1', revoke, {
        input: { consentId: recorded.data?.recordConsent.id, revokedBy: guardians(family)[0], reason: 'Nästa kategori' },
      });
      expect(revoked.data?.revokeConsent).toMatchObject({ status: 'REVOKED', events: [{ kind: 'RECORDED' }, { kind: 'PARTY_DECIDED' }, { kind: 'PARTY_DECIDED' }, { kind: 'REVOKED' }] });
    }
  });

  it('joint custody with one guardian only is PENDING and releases nothing, until the second guardian consents', async () => {
    const family = archetype(1);
    const child = family.children[0] as Family['children'][number];
    const [first, second] = guardians(family) as [string, string];
    const old = await gql<{ child: Json }>(system, 'koordinator1', `{ child(personnummer: "${child.personnummer}") { consents { id purpose } } }`);
    const coordination = ((old.data?.child.consents ?? []) as Json[]).find((c) => c.purpose === 'COORDINATION');
    await gql(system, 'koordinator1', revoke, { input: { consentId: coordination?.id, revokedBy: first, reason: 'Ersätts' } });
    const recorded = await gql<{ recordConsent: Json }>(system, 'koordinator1', record, {
      input: { child: child.personnummer, purpose: 'COORDINATION', scope: [{ agency: 'SCHOOL', categories: ['ATTENDANCE'] }], ...validity, evidence, decisions: given([first]) },
    });
    // The consent names the guardian it waits for as the register does; an agency's section says only which one.
    const waited = family.guardians.find((g) => g.personnummer === second);
    expect(recorded.data?.recordConsent).toMatchObject({ status: 'PENDING', statusText: `Väntar på ${waited?.givenName} ${waited?.familyName} (vårdnadshavare)` });
    resetCounters(system);
    expect(sectionOf(await view(child.personnummer)).ATTENDANCE).toMatchObject({ __typename: 'AccessDenied', reason: 'PENDING', message: 'Väntar på vårdnadshavare 2' });
    expect(counters(system).school).toEqual({});
    // The second guardian records their own decision, signed in as themself: recorded as DIGITAL.
    const guardianUser = system.population.users.find((u) => u.personnummer === second)?.username as string;
    const decided = await gql<{ recordConsentDecision: Json }>(system, guardianUser, decideParty, {
      input: { consentId: recorded.data?.recordConsent.id, personnummer: second, decision: 'GIVEN', method: 'DIGITAL' },
    });
    expect(decided.errors).toBeUndefined();
    expect(decided.data?.recordConsentDecision.status).toBe('ACTIVE');
    expect(sectionOf(await view(child.personnummer)).ATTENDANCE.__typename).toBe('SchoolAttendance');
  });

  it('a guardian gives their own pending decision (recorded DIGITAL), narrows the consent and then revokes it without a reason; the party shows the revocation with its date', async () => {
    const family = archetype(1);
    const child = family.children[0] as Family['children'][number];
    const [first, second] = guardians(family) as [string, string];
    const user = (pnr: string) => system.population.users.find((u) => u.personnummer === pnr)?.username as string;
    const read = `{ id status statusText scope { agency categories } revocation { at reason } parties { personnummer name role decision method revokedAt } events { kind } }`;
    const recorded = await gql<{ recordConsent: Json }>(system, 'koordinator1', `mutation($input: RecordConsentInput!) { recordConsent(input: $input) ${read} }`, {
      input: {
        child: child.personnummer,
        purpose: 'SIP',
        scope: [
          { agency: 'SCHOOL', categories: ['ENROLMENT', 'ATTENDANCE'] },
          { agency: 'HEALTH_CARE', categories: ['CARE_CONTACTS'] },
        ],
        ...validity,
        evidence,
        decisions: [{ personnummer: first, decision: 'GIVEN', method: 'WRITTEN' }],
      },
    });
    expect(recorded.errors).toBeUndefined();
    const consentId = recorded.data?.recordConsent.id as string;
    const named = (pnr: string) => family.guardians.find((g) => g.personnummer === pnr) as Family['guardians'][number];
    expect(recorded.data?.recordConsent.statusText).toBe(`Väntar på ${named(second).givenName} ${named(second).familyName} (vårdnadshavare)`);
    expect(recorded.data?.recordConsent.parties).toEqual([
      { personnummer: first, name: `${named(first).givenName} ${named(first).familyName}`, role: 'GUARDIAN', decision: 'GIVEN', method: 'WRITTEN', revokedAt: null },
      { personnummer: second, name: `${named(second).givenName} ${named(second).familyName}`, role: 'GUARDIAN', decision: null, method: null, revokedAt: null },
    ]);

    const decide = (as: string, input: Json) => gql<{ recordConsentDecision: Json }>(system, as, `mutation($input: ConsentDecisionInput!) { recordConsentDecision(input: $input) ${read} }`, { input });
    // A guardian's own decision is digital, nothing else; DIGITAL is never what a coordinator records.
    expect((await decide(user(second), { consentId, personnummer: second, decision: 'GIVEN', method: 'DIGITAL_SIGNATURE' })).errors?.[0]?.message).toMatch(
      /^Metod: ett beslut du lämnar själv här registreras som digitalt \(DIGITAL\) \/ /,
    );
    expect((await decide('koordinator1', { consentId, personnummer: second, decision: 'GIVEN', method: 'DIGITAL' })).errors?.[0]?.message).toMatch(/^Metod: DIGITAL är för en vårdnadshavare/);
    expect((await decide('koordinator1', { consentId, personnummer: second, decision: 'GIVEN' })).errors?.[0]?.message).toMatch(/^Metod: ange hur beslutet lämnades/);
    expect((await decide(user(second), { consentId, personnummer: first, decision: 'REFUSED' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await decide(user(second), { consentId, personnummer: second, decision: 'GIVEN' });
    expect(own.errors).toBeUndefined();
    expect(own.data?.recordConsentDecision).toMatchObject({ status: 'ACTIVE', statusText: null });
    expect(own.data?.recordConsentDecision.parties[1]).toMatchObject({ personnummer: second, decision: 'GIVEN', method: 'DIGITAL' });

    // The guardian narrows it on their page: health care is left out, no reason needed; never wider.
    const narrow = (as: string, scope: Json[], reason?: string) =>
      gql<{ narrowConsent: Json }>(system, as, `mutation($input: NarrowConsentInput!) { narrowConsent(input: $input) ${read} }`, { input: { consentId, scope, ...(reason ? { reason } : {}) } });
    const wider = await narrow(user(second), [{ agency: 'SCHOOL', categories: ['ENROLMENT', 'ATTENDANCE', 'SUPPORT_MEASURES'] }]);
    expect(wider.errors?.[0]?.message).toMatch(/^Omfattning: ett samtycke kan bara begränsas/);
    // A guardian of another family's child cannot touch it: answered as a consent that does not exist.
    const stranger = guardians(archetype(6))[0] as string;
    expect((await narrow(user(stranger), [{ agency: 'SCHOOL', categories: ['ATTENDANCE'] }])).errors?.[0]?.message).toMatch(/^Det samtycket finns inte bland dina familjer/);
    const narrowed = await narrow(user(second), [{ agency: 'SCHOOL', categories: ['ENROLMENT', 'ATTENDANCE'] }]);
    expect(narrowed.errors).toBeUndefined();
    expect(narrowed.data?.narrowConsent).toMatchObject({ status: 'ACTIVE', scope: [{ agency: 'SCHOOL', categories: ['ATTENDANCE', 'ENROLMENT'] }] });
    expect(((narrowed.data?.narrowConsent.events ?? []) as Json[]).at(-1)).toEqual({ kind: 'NARROWED' });
    const [event] = await system.db.query<{ detail: Json }>("SELECT detail FROM consent_events WHERE consent_id = $1 AND kind = 'NARROWED'", [consentId]);
    expect(event?.detail).toEqual({ removed: ['CARE_CONTACTS'], reason: null, by: second });

    // Then revokes it, giving no reason; a reason too long would have been refused in words.
    const revoke = (reason?: string) =>
      gql<{ revokeConsent: Json }>(system, user(second), `mutation($input: RevokeConsentInput!) { revokeConsent(input: $input) ${read} }`, {
        input: { consentId, revokedBy: second, ...(reason === undefined ? {} : { reason }) },
      });
    expect((await revoke('r'.repeat(501))).errors?.[0]?.message).toMatch(/^Skäl: högst 500 tecken \(du angav 501\) \/ /);
    const revoked = await revoke();
    expect(revoked.errors).toBeUndefined();
    const consent = revoked.data?.revokeConsent as Json;
    expect(consent).toMatchObject({ status: 'REVOKED', statusText: `Återkallat ${today}`, revocation: { at: now.toISOString(), reason: null } });
    expect((consent.parties as Json[]).map((p) => [p.personnummer, p.decision, p.revokedAt])).toEqual([
      [first, 'GIVEN', null],
      [second, 'GIVEN', now.toISOString()],
    ]);
    expect((await revoke()).errors?.[0]?.message).toMatch(/^Samtycket är redan återkallat \/ /);
  });

  it('a child of 15 or more: nothing released without the child’s own consent', async () => {
    const family = archetype(3);
    const teen = family.children[0] as Family['children'][number];
    const consentId = (await gql<{ child: Json }>(system, 'koordinator1', `{ child(personnummer: "${teen.personnummer}") { consents { id parties { role decision } } } }`)).data?.child.consents[0].id;
    for (const s of Object.values(sectionOf(await view(teen.personnummer)))) expect(s).toMatchObject({ reason: 'PENDING', message: 'Väntar på barnets samtycke' });
    const decided = await gql<{ recordConsentDecision: Json }>(system, 'koordinator1', decideParty, { input: { consentId, personnummer: teen.personnummer, decision: 'GIVEN', method: 'WRITTEN' } });
    expect(decided.data?.recordConsentDecision.status).toBe('ACTIVE');
    expect(sectionOf(await view(teen.personnummer)).ENROLMENT.__typename).toBe('SchoolEnrolment');
  });

  it('refuses bad consents with a clear error and writes nothing', async () => {
    const family = archetype(7);
    const child = family.children[0] as Family['children'][number];
    const count = async () => (await system.db.query<{ n: number }>('SELECT count(*)::int AS n FROM consents'))[0]?.n;
    const before = await count();
    const attempt = async (override: Json) =>
      (
        await gql(system, 'koordinator1', record, {
          input: { child: child.personnummer, purpose: 'COORDINATION', scope: [{ agency: 'SCHOOL', categories: ['ENROLMENT'] }], ...validity, evidence, ...override },
        })
      ).errors?.[0]?.message;
    expect(await attempt({ child: '201503152388' })).toMatch(/Ogiltigt personnummer/);
    expect(await attempt({ decisions: given([system.population.families[20]?.guardians[0]?.personnummer as string]) })).toMatch(/not a party/);
    expect(await attempt({ validFrom: addMonths(today, -23), validUntil: addMonths(today, -11) })).toMatch(/already ended/);
    expect(await attempt({ validUntil: addMonths(validFrom, 12) })).toMatch(/at most 12 months/);
    expect(await attempt({ scope: [{ agency: 'SCHOOL', categories: ['DIAGNOSES'] }] })).toMatch(/not a data category of SCHOOL/);
    expect(await attempt({ scope: [{ agency: 'SCHOOL', categories: ['GRADES'] }] })).toMatch(/GRADES/);
    expect(await count()).toBe(before);
  });

  it('refuses a wider scope on an existing consent, and a revocation by someone who did not give it', async () => {
    const family = archetype(6);
    const child = family.children[0] as Family['children'][number];
    const consentId = (await gql<{ child: Json }>(system, 'koordinator1', `{ child(personnummer: "${child.personnummer}") { consents { id } } }`)).data?.child.consents[0].id;
    const widen = await gql(
      system,
      'koordinator1',
      `mutation($id: ID!) { narrowConsent(input: { consentId: $id, reason: "mer", scope: [{ agency: SCHOOL, categories: [ENROLMENT, ATTENDANCE, SUPPORT_MEASURES, STUDENT_HEALTH] }, { agency: HEALTH_CARE, categories: [DIAGNOSES] }] }) { id } }`,
      { id: consentId },
    );
    expect(widen.errors?.[0]?.message).toMatch(/wider scope needs a new consent/);
    const narrowed = await gql<{ narrowConsent: Json }>(
      system,
      'koordinator1',
      `mutation($id: ID!) { narrowConsent(input: { consentId: $id, reason: "bara närvaro", scope: [{ agency: SCHOOL, categories: [ATTENDANCE] }] }) { scope { categories } events { kind } } }`,
      { id: consentId },
    );
    expect(narrowed.data?.narrowConsent.scope).toEqual([{ categories: ['ATTENDANCE'] }]);
    expect(sectionOf(await view(child.personnummer)).ENROLMENT).toMatchObject({ reason: 'CATEGORY_NOT_COVERED' });
    const stranger = await gql(system, 'koordinator1', revoke, { input: { consentId, revokedBy: archetype(7).guardians[0]?.personnummer, reason: 'x' } });
    expect(stranger.errors?.[0]?.message).toMatch(/not a party/);
  });

  it('revocation reaches every instance: the next request after revokeConsent returns is denied on both', async () => {
    const family = archetype(8);
    const child = family.children[0] as Family['children'][number];
    // A second instance of the school subgraph, behind a second gateway, sharing the registry.
    await withSecondSchool(system, {}, async (gateway2) => {
      const both = async () => [await view(child.personnummer, 'koordinator2'), await view(child.personnummer, 'koordinator2', gateway2)].map((c) => sectionOf(c).ATTENDANCE);
      for (const s of await both()) expect(s.__typename).toBe('SchoolAttendance');
      const consentId = (await gql<{ child: Json }>(system, 'koordinator2', `{ child(personnummer: "${child.personnummer}") { consents { id } } }`)).data?.child.consents[0].id;
      const revoked = await gql<{ revokeConsent: Json }>(system, 'koordinator2', revoke, { input: { consentId, revokedBy: guardians(family)[1], reason: 'Vill inte längre' } });
      expect(revoked.data?.revokeConsent.status).toBe('REVOKED');
      for (const s of await both()) expect(s).toMatchObject({ __typename: 'AccessDenied', reason: 'REVOKED' });
    });
  });

  it('an agency subgraph that knows no address of coordination releases under a valid grant', async () => {
    await withSecondSchool(system, {}, async (gatewayUrl) => {
      resetCounters(system);
      const child = archetype(7).children[0] as Family['children'][number];
      const result = await gql<{ child: Json }>(system, 'koordinator1', childQuery, { p: child.personnummer }, gatewayUrl);
      const direct = await gql<{ child: Json }>(system, 'koordinator1', childQuery, { p: child.personnummer });
      expect(result.data?.child.school.enrolment.__typename).toBe('SchoolEnrolment');
      expect(result.data?.child.school).toEqual(direct.data?.child.school);
      expect(counters(system).school?.['POST /v2.0/persons/lookup']).toBeGreaterThan(0);
    });
  });

  it('grants the school cannot verify (another registry key): every section denied with UNAVAILABLE, the coordination data still returned', async () => {
    const stranger = await generateRegistryKeys();
    await withSecondSchool(system, { grantKeys: grantKeysOf(stranger.publicJwk) }, async (gatewayUrl) => {
      resetCounters(system);
      const result = await gql<{ caseload: Json[] }>(
        system,
        'koordinator1',
        '{ caseload { reference children { givenName school { enrolment { __typename ... on AccessDenied { reason message } } } } } }',
        {},
        gatewayUrl,
      );
      expect(result.errors).toBeUndefined();
      const children = (result.data?.caseload ?? []).flatMap((f) => f.children as Json[]);
      expect(children.length).toBeGreaterThan(25);
      expect(children.every((c) => typeof c.givenName === 'string')).toBe(true);
      for (const c of children) expect(c.school.enrolment).toEqual({ __typename: 'AccessDenied', reason: 'UNAVAILABLE', message: 'Samtycket kunde inte kontrolleras, så inget lämnas ut' });
      expect(counters(system).school).toEqual({});
    });
  });
});
