import { type Family, households, testPersonnummer } from '@lotsen/agency-systems';
import { isCoordinationNumber } from '@lotsen/kit';
import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './graphql.js';
import { childView } from './queries.js';
import { registerCopyIs } from './register-copy.js';
import { callSubgraph } from './signed.js';

type Json = Record<string, any>;

const childQuery = `query Child($p: Personnummer!) { child(personnummer: $p) { ${childView} } }`;
const sections = (child: Json) => [
  child.school.enrolment,
  child.school.attendance,
  child.school.supportMeasures,
  child.school.studentHealth,
  child.socialServices.cases,
  child.socialServices.interventions,
  child.healthCare.careContacts,
  child.healthCare.appointments,
  child.healthCare.diagnoses,
];
const record = `mutation Record($input: RecordConsentInput!) { recordConsent(input: $input) { id status statusText parties { personnummer role decision } } }`;
const decide = `mutation Decide($input: ConsentDecisionInput!) { recordConsentDecision(input: $input) { id status statusText } }`;
const everything = [
  { agency: 'SCHOOL', categories: ['ENROLMENT', 'ATTENDANCE', 'SUPPORT_MEASURES', 'STUDENT_HEALTH'] },
  { agency: 'SOCIAL_SERVICES', categories: ['CASE', 'INTERVENTIONS'] },
  { agency: 'HEALTH_CARE', categories: ['CARE_CONTACTS', 'APPOINTMENTS', 'DIAGNOSES'] },
];
const consentInput = (child: string, decisions: string[] = []) => ({
  child,
  purpose: 'COORDINATION',
  scope: everything,
  validFrom: '2026-11-01',
  validUntil: '2027-10-31',
  evidence: { method: 'DIGITAL_SIGNATURE', documentRef: 'DOK-CUSTODY-1' },
  decisions: decisions.map((personnummer) => ({ personnummer, decision: 'GIVEN', method: 'DIGITAL_SIGNATURE' })),
});

describe('consent rests on who really has custody (the population register)', () => {
  let system: RunningSystem;
  // An adult of Skatteverket's test numbers whom the population does not use.
  let stranger: string;
  const archetype = (n: number) => system.population.families.find((f) => f.archetype === n) as Family;
  const view = async (pnr: string, as = 'koordinator1') => (await gql<{ child: Json }>(system, as, childQuery, { p: pnr })).data?.child ?? null;
  const setCustody = async (child: string, guardians: string[]) => {
    const res = await fetch(`${system.simulators.populationRegister.url}/_sim/custody`, {
      method: 'POST',
      body: JSON.stringify({ child, guardians: guardians.map((personNr) => ({ personNr, fornamn: 'Ny', efternamn: 'Vårdnadshavare' })) }),
    });
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    // 60 families: the first protected ones come after the fortieth.
    system = await startSystem({ families: 60, now: () => new Date('2026-11-23T12:00:00+01:00') });
    const used = new Set(households(system.population).flatMap((h) => [...h.guardians, ...h.children].map((p) => p.personnummer)));
    stranger = testPersonnummer().find((p) => p.startsWith('1970') && !used.has(p)) as string;
  });
  afterAll(() => system?.close());

  it('refuses the hijack at its first step: another team’s child cannot be taken in, and nothing about it is told', async () => {
    const family = archetype(8); // koordinator2's
    const child = family.children[0] as Family['children'][number];
    const [before] = await system.db.query<{ n: number }>('SELECT count(*)::int AS n FROM families');
    const taken = await gql(system, 'koordinator1', 'mutation($c: [Personnummer!]!) { createFamily(input: { children: $c }) { id reference guardians { personnummer } } }', {
      c: [child.personnummer],
    });
    expect(taken.data?.createFamily ?? null).toBeNull();
    expect(taken.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const told = JSON.stringify(taken.errors);
    expect(told).not.toMatch(/\d{8}/);
    for (const p of [...family.guardians, ...family.children]) expect(told).not.toContain(p.givenName);
    expect(told).not.toContain(family.reference);
    // The same answer as for a child of one's own team: the refusal tells where the child is not.
    const own = await gql(system, 'koordinator1', 'mutation($c: [Personnummer!]!) { createFamily(input: { children: $c }) { id } }', { c: [archetype(1).children[0]?.personnummer] });
    expect(own.errors?.[0]?.message).toBe(taken.errors?.[0]?.message);
    const [after] = await system.db.query<{ n: number }>('SELECT count(*)::int AS n FROM families');
    expect(after?.n).toBe(before?.n);
    // Every next step of the hijack has nothing to stand on.
    expect(await view(child.personnummer)).toBeNull();
    const consent = await gql(system, 'koordinator1', record, { input: consentInput(child.personnummer, [stranger]) });
    expect(consent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The rightful coordinator keeps the child, with its data.
    const theirs = await view(child.personnummer, 'koordinator2');
    expect(theirs?.givenName).toBe(child.givenName);
    expect(theirs?.school.enrolment.__typename).toBe('SchoolEnrolment');
  });

  it('refuses a consent party who is not a custodian per the register, and a decision by one', async () => {
    const family = archetype(6); // sole custody: the second adult has none
    const child = family.children[0] as Family['children'][number];
    const [custodian, other] = family.guardians;
    for (const party of [other?.personnummer, stranger]) {
      const refused = await gql(system, 'koordinator1', record, { input: consentInput(child.personnummer, [party as string]) });
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(refused.errors?.[0]?.message).toMatch(/not a party to this consent/);
    }
    const recorded = await gql<{ recordConsent: Json }>(system, 'koordinator1', record, { input: consentInput(child.personnummer) });
    expect(recorded.data?.recordConsent.parties).toEqual([{ personnummer: custodian?.personnummer, role: 'GUARDIAN', decision: null }]);
    const decided = await gql(system, 'koordinator1', decide, {
      input: { consentId: recorded.data?.recordConsent.id, personnummer: other?.personnummer, decision: 'GIVEN', method: 'WRITTEN' },
    });
    expect(decided.errors?.[0]?.message).toMatch(/not a party to this consent/);
  });

  it('a custody change in the register turns an active consent PENDING on the next request, until the new custodian consents', async () => {
    const family = archetype(7);
    const child = family.children[0] as Family['children'][number];
    const [first] = family.guardians;
    expect((await view(child.personnummer))?.school.enrolment.__typename).toBe('SchoolEnrolment');
    await setCustody(child.personnummer, [first?.personnummer as string, stranger]);
    const after = await view(child.personnummer);
    for (const s of sections(after as Json)) {
      // Health care has no record of this child (archetype 7): still the consent decides first.
      expect(s).toMatchObject({ __typename: 'AccessDenied', reason: 'PENDING', message: 'Väntar på vårdnadshavare 2' });
    }
    expect(after?.custody).toEqual({ kind: 'JOINT', guardians: [{ givenName: first?.givenName }, { givenName: 'Ny' }] });
    const consent = ((after?.consents ?? []) as Json[]).find((c) => c.status === 'PENDING');
    expect(consent?.statusText).toBe('Väntar på Ny Vårdnadshavare (vårdnadshavare)');
    // The new custodian's decision is recorded (they become a party); the consent holds again.
    const decided = await gql<{ recordConsentDecision: Json }>(system, 'koordinator1', decide, {
      input: { consentId: consent?.id, personnummer: stranger, decision: 'GIVEN', method: 'WRITTEN' },
    });
    expect(decided.errors).toBeUndefined();
    expect(decided.data?.recordConsentDecision.status).toBe('ACTIVE');
    expect((await view(child.personnummer))?.school.enrolment.__typename).toBe('SchoolEnrolment');
  });

  it('shows a guardian only the children in their custody, never a half-sibling’s identity, address or consents', async () => {
    const family = archetype(2);
    const [first, second] = family.children as [Family['children'][number], Family['children'][number]];
    const [guardian] = family.guardians;
    const user = system.population.users.find((u) => u.personnummer === guardian?.personnummer)?.username as string;
    // The first child's custody passes to someone else; the guardian keeps the second.
    await setCustody(first.personnummer, [stranger]);
    const seen = await gql<{ caseload: Json[] }>(system, user, '{ caseload { reference guardians { personnummer } children { personnummer givenName address { city } consents { id } } } }');
    expect(seen.data?.caseload.map((f) => f.reference)).toEqual(['F-00002']);
    expect(seen.data?.caseload[0]?.children.map((c: Json) => c.personnummer)).toEqual([second.personnummer]);
    expect(JSON.stringify(seen.data)).not.toContain(first.personnummer);
    expect(JSON.stringify(seen.data)).not.toContain(stranger);
    expect(await view(first.personnummer, user)).toBeNull();
    expect((await view(second.personnummer, user))?.givenName).toBe(second.givenName);
  });

  it('does not count a decision again when custody begins anew: the returning guardian decides again', async () => {
    const today = '2026-11-23';
    const family = system.population.families.find(
      (f) =>
        f.archetype === null &&
        f.coordinator === 'koordinator1' &&
        f.guardians.length === 2 &&
        f.guardians.every((g) => g.hasCustody) &&
        f.children[0]?.school &&
        f.children[0].birthDate > '2012-01-01' &&
        f.consents.some(
          (c) => c.childPersonnummer === f.children[0]?.personnummer && c.purpose === 'COORDINATION' && !c.revocation && c.validUntil >= today && c.parties.every((p) => p.decision === 'GIVEN'),
        ),
    ) as Family;
    const child = family.children[0] as Family['children'][number];
    const [g1, g2] = family.guardians.map((g) => g.personnummer) as [string, string];
    expect((await view(child.personnummer))?.school.enrolment.__typename).toBe('SchoolEnrolment');
    await setCustody(child.personnummer, [g1, stranger]);
    expect((await view(child.personnummer))?.school.enrolment).toMatchObject({ reason: 'PENDING' });
    await setCustody(child.personnummer, [g1, g2]);
    const back = await view(child.personnummer);
    expect(back?.school.enrolment).toMatchObject({ reason: 'PENDING', message: 'Väntar på vårdnadshavare 2' });
    const consents = await gql<{ child: Json }>(system, 'koordinator1', 'query($p: Personnummer!) { child(personnummer: $p) { consents { id purpose status } } }', { p: child.personnummer });
    const consent = ((consents.data?.child.consents ?? []) as Json[]).find((c) => c.purpose === 'COORDINATION' && c.status === 'PENDING');
    const decided = await gql<{ recordConsentDecision: Json }>(system, 'koordinator1', decide, { input: { consentId: consent?.id, personnummer: g2, decision: 'GIVEN', method: 'WRITTEN' } });
    expect(decided.data?.recordConsentDecision.status).toBe('ACTIVE');
    expect((await view(child.personnummer))?.school.enrolment.__typename).toBe('SchoolEnrolment');
  });

  it('tells a guardian truthfully where the agencies’ records are read, never "not assigned"', async () => {
    const family = archetype(1);
    const child = await view(family.children[0]?.personnummer as string, 'vardnadshavare1');
    const denied = sections(child as Json);
    for (const s of denied) expect(s.reason).toBe('READ_AT_AGENCY');
    expect(child?.school.enrolment.message).toMatch(/skolan/);
    expect(child?.socialServices.cases.message).toMatch(/socialtjänsten|socialkontoret/);
    expect(child?.healthCare.diagnoses.message).toMatch(/1177/);
    expect(JSON.stringify(child)).not.toMatch(/tilldelad/);
  });

  it('shows no address for a child with protected identity', async () => {
    const protectedFamily = system.population.families.find((f) => f.protectedIdentity);
    const open = archetype(1);
    const query = 'query($p: Personnummer!) { child(personnummer: $p) { protectedIdentity address { street postalCode city } } }';
    const shown = await gql<{ child: Json }>(system, 'koordinator1', query, { p: open.children[0]?.personnummer });
    expect(shown.data?.child).toMatchObject({ protectedIdentity: false, address: { city: 'EXEMPELSTAD' } });
    expect(protectedFamily).toBeDefined();
    const hidden = await gql<{ child: Json }>(system, protectedFamily?.coordinator as string, query, { p: protectedFamily?.children[0]?.personnummer });
    expect(hidden.data?.child).toEqual({ protectedIdentity: true, address: null });
  });

  it('reads custody from the copy the register’s change notices keep: a repeated caseload asks the register nothing', async () => {
    const lookups = () => system.simulators.populationRegister.control.counters.get('POST /navet/v1/personposter/sok') ?? 0;
    await registerCopyIs(system, true);
    const caseload = '{ caseload { reference guardians { givenName } children { custody { kind } consents { status } } } }';
    const first = await gql<{ caseload: Json[] }>(system, 'koordinator1', caseload);
    expect(first.errors).toBeUndefined();
    const before = lookups();
    const again = await gql<{ caseload: Json[] }>(system, 'koordinator1', caseload);
    expect(again.data).toEqual(first.data);
    expect(lookups()).toBe(before);
  });

  it('with the register down, every section is denied UNAVAILABLE and nothing is taken in', async () => {
    const register = system.simulators.populationRegister;
    register.control.setFaults({ down: true });
    try {
      await registerCopyIs(system, false);
      const result = await gql<{ child: Json }>(system, 'koordinator1', childQuery, { p: archetype(1).children[0]?.personnummer });
      const child = result.data?.child as Json;
      // The rest of the view renders; custody is unknown, and so nothing resting on it holds.
      expect(child.givenName).toBe(archetype(1).children[0]?.givenName);
      for (const s of sections(child)) expect(s).toMatchObject({ __typename: 'AccessDenied', reason: 'UNAVAILABLE' });
      expect(child.custody).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
      for (const c of child.consents as Json[]) expect(c).toMatchObject({ status: 'PENDING', statusText: expect.stringMatching(/Folkbokföringen svarar inte/) });
      const actions = await gql<{ agencyActions: Json[] }>(system, 'skola1', '{ agencyActions { familyReference } }');
      expect(actions.data?.agencyActions).toEqual([]);
      const created = await gql(system, 'koordinator1', 'mutation($c: [Personnummer!]!) { createFamily(input: { children: $c }) { id } }', {
        c: [system.population.outside[0]?.children[0]?.personnummer],
      });
      expect(created.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    } finally {
      register.control.setFaults({ down: false });
    }
    await registerCopyIs(system, true);
  });

  it('a team lead moves a family to another team, audited; the old coordinator loses it and the new team needs the family’s consent', async () => {
    // To a team serving the municipality the family lives in (docs/tenancy.md): the four-municipality team.
    const family = archetype(3);
    const moved = await gql<{ reassignFamily: Json }>(
      system,
      'teamledare1',
      'mutation($id: ID!) { reassignFamily(input: { familyId: $id, coordinator: "fst-koordinator1" }) { familyReference team { id } coordinator { username } } }',
      { id: family.id },
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.reassignFamily).toEqual({ familyReference: 'F-00003', team: { id: 'team-fst' }, coordinator: { username: 'fst-koordinator1' } });
    const child = family.children[1] as Family['children'][number];
    expect(await view(child.personnummer)).toBeNull();
    expect((await view(child.personnummer, 'fst-koordinator1'))?.school.enrolment).toMatchObject({ reason: 'RECIPIENT_NOT_COVERED' });
    const audited = await system.db.query<{ reason: string; actor: string }>("SELECT reason, actor FROM audit_events WHERE kind = 'ASSIGNMENT_CHANGE' AND child_personnummer = $1", [
      child.personnummer,
    ]);
    expect(audited).toEqual([{ reason: 'FAMILY_MOVED: team-1 → team-fst fst-koordinator1', actor: 'teamledare1' }]);
    // A coordinator cannot move a family; a team lead cannot move another team's.
    const byCoordinator = await gql(system, 'koordinator2', 'mutation($id: ID!) { reassignFamily(input: { familyId: $id, coordinator: "koordinator2" }) { familyReference } }', {
      id: family.id,
    });
    expect(byCoordinator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byOtherLead = await gql(system, 'teamledare1', 'mutation($id: ID!) { reassignFamily(input: { familyId: $id, coordinator: "koordinator1" }) { familyReference } }', {
      id: family.id,
    });
    expect(byOtherLead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a newly arrived child with only a samordningsnummer', () => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem({ families: 20 });
  });
  afterAll(() => system?.close());

  it('is taken into coordination, consented for by the custodians the register names, and released', async () => {
    const household = system.population.outside[0] as (typeof system.population.outside)[number];
    const child = household.children[0] as (typeof household.children)[number];
    expect(isCoordinationNumber(child.personnummer)).toBe(true);
    const created = await gql<{ createFamily: Json }>(
      system,
      'koordinator1',
      'mutation($c: [Personnummer!]!) { createFamily(input: { children: $c }) { reference children { personnummer givenName age } } }',
      {
        c: [child.personnummer],
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createFamily.children[0]).toMatchObject({ personnummer: child.personnummer, givenName: child.givenName });
    const custodians = household.guardians.filter((g) => g.hasCustody).map((g) => g.personnummer);
    const input = { ...consentInput(child.personnummer, custodians), validFrom: new Date().toISOString().slice(0, 10) };
    const age = created.data?.createFamily.children[0].age as number;
    const recorded = await gql<{ recordConsent: Json }>(system, 'koordinator1', record, {
      input:
        age >= 12
          ? {
              ...input,
              childView: 'Barnet vill ha hjälp i skolan',
              ...(age >= 15 ? { decisions: [...input.decisions, { personnummer: child.personnummer, decision: 'GIVEN', method: 'WRITTEN' }] } : {}),
            }
          : input,
    });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordConsent.status).toBe('ACTIVE');
    const view = await gql<{ child: Json }>(system, 'koordinator1', childQuery, { p: child.personnummer });
    expect(view.data?.child.school.enrolment.__typename).toBe('SchoolEnrolment');
    for (const s of sections(view.data?.child as Json)) expect(s.__typename).not.toBe('AccessDenied');
  });

  it('is refused a second time, and a NUL byte in text gets a 400 with a clear message', async () => {
    const again = await gql(system, 'koordinator1', 'mutation($c: [Personnummer!]!) { createFamily(input: { children: $c }) { id } }', {
      c: [system.population.outside[0]?.children[0]?.personnummer],
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const nul = await gql(system, 'koordinator1', 'mutation($id: ID!, $s: String!) { recordMeeting(input: { familyId: $id, date: "2026-11-20", kind: SIP, agencies: [], summary: $s }) { id } }', {
      id: system.population.families[0]?.id,
      s: 'Möte\u0000',
    });
    expect(nul.status).toBe(400);
    expect(nul.errors?.[0]?.message).toMatch(/Kontrolltecken/);
  });

  it('refuses control characters in the coordination store when reached past the gateway, with a clear error, never an internal one', async () => {
    const token = await system.token('koordinator1');
    const res = await callSubgraph(
      `${system.subgraphs.coordination.url}/graphql`,
      token,
      {
        query: 'mutation($id: ID!, $s: String!) { recordMeeting(input: { familyId: $id, date: "2026-11-20", kind: SIP, agencies: [], summary: $s }) { id } }',
        variables: { id: system.population.families[0]?.id, s: 'a\u0000b' },
      },
      system.signingKey,
    );
    expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.body.errors?.[0]?.message).toMatch(/kontrolltecken|Kontrolltecken/);
  });
});
