import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counters, gql, resetCounters } from './graphql.js';

type Json = Record<string, any>;

describe("a coordinator's daily work through the gateway", () => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem({ families: 20 });
  });
  afterAll(() => system?.close());
  const familyId = () => system.population.families[0]?.id as string;
  const count = async (table: string) => (await system.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n ?? -1;

  it('creates a family from the children named: names and custody from the population register', async () => {
    const household = system.population.outside[1] as (typeof system.population.outside)[number];
    const before = await count('families');
    const result = await gql<{ createFamily: Json }>(
      system,
      'koordinator1',
      `mutation($input: CreateFamilyInput!) { createFamily(input: $input) { reference coordinators { username } guardians { personnummer givenName hasCustody } children { givenName age custody { kind } } } }`,
      { input: { children: household.children.map((c) => c.personnummer) } },
    );
    expect(result.errors).toBeUndefined();
    const custodians = household.guardians.filter((g) => g.hasCustody);
    expect(result.data?.createFamily).toMatchObject({
      coordinators: [{ username: 'koordinator1' }],
      guardians: custodians.map((g) => ({ personnummer: g.personnummer, givenName: g.givenName, hasCustody: true })),
      children: household.children.map((c) => ({ givenName: c.givenName, custody: { kind: custodians.length > 1 ? 'JOINT' : 'SOLE' } })),
    });
    expect(await count('families')).toBe(before + 1);
    // Who pilots the family is in each child's audit trail.
    const [audited] = await system.db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_events WHERE kind = 'ASSIGNMENT_CHANGE' AND child_personnummer = ANY($1::text[])", [
      household.children.map((c) => c.personnummer),
    ]);
    expect(audited?.n).toBe(household.children.length);
  });

  it('refuses an invalid personnummer, someone the register does not know, and typed guardians, with a clear error and writing nothing', async () => {
    const before = await count('families');
    const valid = system.population.outside[2]?.children[0]?.personnummer as string;
    const bad = `${valid.slice(0, 11)}${(Number(valid.slice(11)) + 1) % 10}`; // wrong check digit
    const create = (children: string[]) => gql(system, 'koordinator1', 'mutation($c: [Personnummer!]!) { createFamily(input: { children: $c }) { id } }', { c: children });
    expect((await create([bad])).errors?.[0]?.message).toMatch(/Ogiltigt personnummer/);
    // 1890-01-01: a valid number nobody in the register has.
    expect((await create(['189001019802'])).errors?.[0]?.message).toMatch(/finns inte i folkbokföringen/);
    const typed = await gql(
      system,
      'koordinator1',
      `mutation { createFamily(input: { children: ["${valid}"], guardians: [{ personnummer: "198001019806", givenName: "A", familyName: "B", hasCustody: true }] }) { id } }`,
    );
    expect(typed.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await count('families')).toBe(before);
  });

  it('records a meeting, updates the plan and records a follow-up', async () => {
    const meeting = await gql<{ recordMeeting: Json }>(
      system,
      'koordinator1',
      `mutation($id: ID!) { recordMeeting(input: { familyId: $id, date: "2026-11-20", kind: SIP, agencies: [SCHOOL, HEALTH_CARE], summary: "SIP-möte med familjen" }) { id kind agencies } }`,
      { id: familyId() },
    );
    expect(meeting.data?.recordMeeting).toMatchObject({ kind: 'SIP', agencies: ['SCHOOL', 'HEALTH_CARE'] });
    const plan = await gql<{ updatePlan: Json }>(
      system,
      'koordinator1',
      `mutation($id: ID!) { updatePlan(input: { familyId: $id, leadAgency: SOCIAL_SERVICES, status: ACTIVE, nextFollowUp: "2027-01-15", participants: [{ name: "Kurator", agency: SCHOOL, role: "Deltagare" }], goals: [{ area: SCHOOL, description: "Går till skolan varje dag", actions: [{ description: "Anpassat schema", responsibleAgency: SCHOOL, dueDate: "2026-12-10", status: IN_PROGRESS }] }] }) { leadAgency nextFollowUp goals { area actions { description status } } } }`,
      { id: familyId() },
    );
    expect(plan.errors).toBeUndefined();
    expect(plan.data?.updatePlan).toEqual({
      leadAgency: 'SOCIAL_SERVICES',
      nextFollowUp: '2027-01-15',
      goals: [{ area: 'SCHOOL', actions: [{ description: 'Anpassat schema', status: 'IN_PROGRESS' }] }],
    });
    const followUp = await gql<{ recordFollowUp: Json }>(
      system,
      'koordinator1',
      `mutation($id: ID!) { recordFollowUp(input: { familyId: $id, date: "2026-11-21", area: HOME_LIFE, rating: 4, comment: "Lugnare hemma" }) { area rating } }`,
      { id: familyId() },
    );
    expect(followUp.data?.recordFollowUp).toEqual({ area: 'HOME_LIFE', rating: 4 });
    const family = await gql<{ family: Json }>(system, 'koordinator1', `query($id: ID!) { family(id: $id) { meetings { summary } followUps(area: HOME_LIFE) { rating comment } } }`, {
      id: familyId(),
    });
    expect(family.data?.family.meetings.map((m: Json) => m.summary)).toContain('SIP-möte med familjen');
    expect(family.data?.family.followUps.at(-1)).toEqual({ rating: 4, comment: 'Lugnare hemma' });
  });

  it('finds a family by its reference, and says so when a reference finds nothing of theirs', async () => {
    const found = await gql<{ familyByReference: Json }>(system, 'koordinator1', '{ familyByReference(reference: "f-00001") { reference children { givenName } } }');
    expect(found.data?.familyByReference.reference).toBe('F-00001');
    for (const reference of ['F-00008', 'F-99999', 'nonsense']) {
      const missing = await gql(system, 'koordinator1', `{ familyByReference(reference: "${reference}") { id } }`);
      expect(missing.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
      expect(missing.errors?.[0]?.message).toMatch(/Ingen familj med referensen/);
    }
    // Another team's family and one that does not exist are told apart by nothing.
    const theirs = await gql(system, 'koordinator1', '{ familyByReference(reference: "F-00008") { id } }');
    const none = await gql(system, 'koordinator1', '{ familyByReference(reference: "F-09999") { id } }');
    expect(theirs.errors?.[0]?.message.replace('F-00008', 'X')).toBe(none.errors?.[0]?.message.replace('F-09999', 'X'));
  });

  it('records joint home visits and check-ins between the agencies as meetings of their own kinds', async () => {
    for (const kind of ['JOINT_HOME_VISIT', 'CHECK_IN']) {
      const meeting = await gql<{ recordMeeting: Json }>(
        system,
        'koordinator1',
        `mutation($id: ID!) { recordMeeting(input: { familyId: $id, date: "2026-11-19", kind: ${kind}, agencies: [SOCIAL_SERVICES], summary: "Hembesök och avstämning" }) { kind } }`,
        {
          id: familyId(),
        },
      );
      expect(meeting.data?.recordMeeting).toEqual({ kind });
    }
  });

  it('lists what needs action in a family: a consent waiting for a guardian, and the team’s rhythm', async () => {
    const pending = system.population.families.find((f) => f.archetype === 2)?.id;
    const attention = await gql<{ family: Json }>(system, 'koordinator1', 'query($id: ID!) { family(id: $id) { team { homeVisitEveryDays checkInEveryDays } attention { kind text since } } }', {
      id: pending,
    });
    expect(attention.data?.family.team).toEqual({ homeVisitEveryDays: 31, checkInEveryDays: 14 });
    const kinds = ((attention.data?.family.attention ?? []) as Json[]).map((a) => a.kind);
    expect(kinds).toContain('CONSENT_PENDING');
    expect(((attention.data?.family.attention ?? []) as Json[]).find((a) => a.kind === 'CONSENT_PENDING')?.text).toMatch(/Väntar på vårdnadshavare 2/);
    // The seeded meetings hold no home visit or check-in: both are asked for, never-happened first.
    expect(kinds.slice(0, 2).sort()).toEqual(['NO_CHECK_IN', 'NO_JOINT_HOME_VISIT']);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    // A check-in booked ahead is not one held; a joint visit with no agency is no joint visit.
    const ahead = new Date(Date.now() + 7 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    const booked = await gql(
      system,
      'koordinator1',
      'mutation($id: ID!, $d: Date!) { recordMeeting(input: { familyId: $id, date: $d, kind: CHECK_IN, agencies: [SCHOOL], summary: "Bokad" }) { id } }',
      { id: pending, d: ahead },
    );
    expect(booked.errors).toBeUndefined();
    const stillDue = await gql<{ family: Json }>(system, 'koordinator1', 'query($id: ID!) { family(id: $id) { attention { kind } } }', { id: pending });
    expect(((stillDue.data?.family.attention ?? []) as Json[]).map((a) => a.kind)).toContain('NO_CHECK_IN');
    const alone = await gql(
      system,
      'koordinator1',
      'mutation($id: ID!, $d: Date!) { recordMeeting(input: { familyId: $id, date: $d, kind: JOINT_HOME_VISIT, agencies: [], summary: "Ensam" }) { id } }',
      { id: pending, d: today },
    );
    expect(alone.errors?.[0]?.message).toMatch(/minst en verksamhet/);
    for (const kind of ['JOINT_HOME_VISIT', 'CHECK_IN']) {
      await gql(system, 'koordinator1', `mutation($id: ID!, $d: Date!) { recordMeeting(input: { familyId: $id, date: $d, kind: ${kind}, agencies: [SCHOOL], summary: "Enligt rytmen" }) { id } }`, {
        id: pending,
        d: today,
      });
    }
    const after = await gql<{ family: Json }>(system, 'koordinator1', 'query($id: ID!) { family(id: $id) { attention { kind } } }', { id: pending });
    const left = ((after.data?.family.attention ?? []) as Json[]).map((a) => a.kind);
    expect(left).not.toContain('NO_JOINT_HOME_VISIT');
    expect(left).not.toContain('NO_CHECK_IN');
  });

  it('shows the seeded rhythm per family: most within it, some with a home visit or check-in overdue, in grammatical Swedish', async () => {
    const result = await gql<{ caseload: Json[] }>(system, 'koordinator1', '{ caseload { reference attention { kind text } } }');
    const signals = (result.data?.caseload ?? []).map((f) => ({ reference: f.reference, kinds: (f.attention as Json[]).map((a) => a.kind) }));
    const overdue = signals.filter((f) => f.kinds.includes('NO_CHECK_IN'));
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBeLessThan(signals.length);
    const texts = (result.data?.caseload ?? []).flatMap((f) => (f.attention as Json[]).map((a) => a.text as string));
    expect(texts.filter((t) => t.startsWith('Ingen avstämning')).length).toBeGreaterThan(0);
    expect(texts.some((t) => /Inget avstämning|Ingen gemensamt/.test(t))).toBe(false);
  });

  it('records the child’s view later on a consent that has none, once, in its history', async () => {
    const read = async (): Promise<Json[]> => {
      const result = await gql<{ caseload: Json[] }>(system, 'koordinator1', '{ caseload { children { age consents { id status childView events { kind } } } } }');
      return (result.data?.caseload ?? []).flatMap((f) => (f.children as Json[]).flatMap((c) => (c.consents as Json[]).map((consent) => ({ ...consent, age: c.age }))));
    };
    const without = (await read()).find((c) => c.age >= 12 && c.childView === null && c.status !== 'REVOKED');
    expect(without).toBeDefined();
    const record = (as: string, view: string) =>
      gql<{ recordChildView: Json }>(system, as, 'mutation($id: ID!, $v: String!) { recordChildView(input: { consentId: $id, view: $v }) { childView events { kind } } }', {
        id: without?.id,
        v: view,
      });
    expect((await record('koordinator1', '   ')).errors?.[0]?.message).toMatch(/får inte vara tomt/);
    expect((await record('vardnadshavare1', 'Jag vill')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await record('koordinator2', 'Jag vill')).errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|BAD_USER_INPUT/);
    const done = await record('koordinator1', 'Vill att skolan och BUP pratar med varandra.');
    expect(done.errors).toBeUndefined();
    expect(done.data?.recordChildView.childView).toBe('Vill att skolan och BUP pratar med varandra.');
    expect(((done.data?.recordChildView.events ?? []) as Json[]).map((e) => e.kind).at(-1)).toBe('CHILD_VIEW_RECORDED');
    const again = await record('koordinator1', 'Något annat');
    expect(again.errors?.[0]?.message).toMatch(/redan registrerad/);
    expect((await read()).find((c) => c.id === without?.id)?.childView).toBe('Vill att skolan och BUP pratar med varandra.');
  });

  it('lists teams and their coordinators to a team lead, the own team’s to a coordinator, none to others; a guardian’s own personnummer on me', async () => {
    const query = '{ me { personnummer } teams { id coordinators { username } } caseload { team { id coordinators { username } } } }';
    const lead = await gql<{ teams: Json[] }>(system, 'teamledare1', query);
    expect(lead.data?.teams.map((t) => t.id)).toEqual(['team-1', ...system.population.teams.filter((t) => t.id !== 'team-1').map((t) => t.id)]);
    expect(lead.data?.teams[0]?.coordinators.map((c: Json) => c.username)).toContain('koordinator1');
    expect(lead.data?.teams[1]?.coordinators.map((c: Json) => c.username)).toContain('koordinator2');
    const coordinator = await gql<{ teams: Json[]; caseload: Json[]; me: Json }>(system, 'koordinator1', query);
    expect(coordinator.data?.teams).toEqual([]);
    expect(coordinator.data?.me.personnummer).toBeNull();
    expect(coordinator.data?.caseload[0]?.team.coordinators.map((c: Json) => c.username)).toContain('koordinator1');
    const guardian = await gql<{ teams: Json[]; caseload: Json[]; me: Json }>(system, 'vardnadshavare1', query);
    const own = system.population.users.find((u) => u.username === 'vardnadshavare1')?.personnummer;
    expect(guardian.data?.me.personnummer).toBe(own);
    expect(guardian.data?.teams).toEqual([]);
    for (const f of guardian.data?.caseload ?? []) expect(f.team.coordinators).toEqual([]);
  });

  it('refuses work on a family the coordinator is not assigned to, and bad values', async () => {
    const other = system.population.families.find((f) => f.coordinator === 'koordinator2')?.id;
    const before = await count('meetings');
    const foreign = await gql(system, 'koordinator1', `mutation($id: ID!) { recordMeeting(input: { familyId: $id, date: "2026-11-20", kind: SIP, agencies: [], summary: "x" }) { id } }`, {
      id: other,
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const rating = await gql(system, 'koordinator1', `mutation($id: ID!) { recordFollowUp(input: { familyId: $id, date: "2026-11-21", area: LEISURE, rating: 9 }) { id } }`, { id: familyId() });
    expect(rating.errors?.[0]?.message).toMatch(/rating must be 1 to 5/);
    const date = await gql(system, 'koordinator1', `mutation($id: ID!) { recordMeeting(input: { familyId: $id, date: "2026-02-30", kind: SIP, agencies: [], summary: "x" }) { id } }`, {
      id: familyId(),
    });
    expect(date.errors?.[0]?.message).toMatch(/Invalid Date/);
    // Year 0 is a valid ISO date that PostgreSQL refuses: the scalar refuses it first.
    const year0 = await gql(system, 'koordinator1', `mutation($id: ID!) { recordFollowUp(input: { familyId: $id, date: "0000-01-01", area: LEISURE, rating: 3 }) { id } }`, { id: familyId() });
    expect(year0.errors?.[0]?.message).toMatch(/Invalid Date/);
    expect(await count('meetings')).toBe(before);
  });

  // Last in this file: it closes the first family, whose sections the tests above read.
  it('closes a family: off the work list, every section FAMILY_CLOSED with no agency asked, its consents for coordination ended, counted as closed, reopened within its days', async () => {
    const family = system.population.families[0] as (typeof system.population.families)[number];
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    const S = '{ __typename ... on AccessDenied { reason message } }';
    const view = `query($id: ID!) { family(id: $id) { reference closing { date reason reasonText closedBy readableUntil }
      children { consents { purpose status } school { enrolment ${S} attendance ${S} supportMeasures ${S} studentHealth ${S} }
        socialServices { cases ${S} interventions ${S} } healthCare { careContacts ${S} appointments ${S} diagnoses ${S} } } } }`;
    const sections = (child: Json) => [...Object.values(child.school as Json), ...Object.values(child.socialServices as Json), ...Object.values(child.healthCare as Json)] as Json[];
    const close = (input: Json) =>
      gql<{ closeFamily: Json }>(system, 'koordinator1', 'mutation($i: CloseFamilyInput!) { closeFamily(input: $i) { reference closing { date reason } } }', { i: { familyId: family.id, ...input } });
    const followUp = ['HOME_LIFE', 'SCHOOL', 'LEISURE', 'PARENTS_OCCUPATION'].map((area) => ({ area, rating: 4 }));
    const valid = { date: today, reason: 'GOALS_MET', followUp, parentsOccupation: ['WORK', 'STUDIES'] };

    // Bad input is refused in words, and closes nothing.
    expect((await close({ ...valid, followUp: followUp.slice(1) })).errors?.[0]?.message).toMatch(/fyra områdena/);
    expect((await close({ ...valid, reason: 'OTHER' })).errors?.[0]?.message).toMatch(/Skäl \(annat\): får inte vara tomt/);
    expect((await close({ ...valid, date: '2100-01-01' })).errors?.[0]?.message).toMatch(/i dag eller tidigare/);
    expect((await gql(system, 'koordinator2', 'mutation($i: CloseFamilyInput!) { closeFamily(input: $i) { id } }', { i: { familyId: family.id, ...valid } })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await system.db.query<{ closed_on: string | null }>('SELECT closed_on FROM families WHERE id = $1', [family.id]))[0]?.closed_on).toBeNull();

    const closed = await close(valid);
    expect(closed.errors).toBeUndefined();
    expect(closed.data?.closeFamily.closing).toEqual({ date: today, reason: 'GOALS_MET' });
    expect((await close(valid)).errors?.[0]?.message).toMatch(/avslutades redan/);

    // Off the work list, still readable to its coordinator, with nothing read from any agency.
    const caseload = await gql<{ caseload: Json[] }>(system, 'koordinator1', '{ caseload { reference } }');
    expect(caseload.data?.caseload.map((f) => f.reference)).not.toContain(family.reference);
    resetCounters(system);
    const after = await gql<{ family: Json }>(system, 'koordinator1', view, { id: family.id });
    expect(after.errors).toBeUndefined();
    expect(after.data?.family.closing).toMatchObject({ date: today, reason: 'GOALS_MET', closedBy: 'koordinator1' });
    for (const child of after.data?.family.children as Json[])
      for (const s of sections(child)) expect(s).toEqual({ __typename: 'AccessDenied', reason: 'FAMILY_CLOSED', message: `Samordningen avslutades ${today}; inga uppgifter hämtas längre` });
    expect(counters(system)).toEqual({ school: {}, socialServices: {}, healthCare: {} });

    // Its consents for coordination and for a SIP ended, each with an event; a follow-up consent stands.
    const consents = (after.data?.family.children as Json[]).flatMap((c) => c.consents as Json[]);
    expect(consents.filter((c) => c.purpose !== 'FOLLOW_UP').every((c) => c.status === 'EXPIRED')).toBe(true);
    const [ended] = await system.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM consent_events e JOIN consents c ON c.id = e.consent_id WHERE e.kind = 'ENDED' AND c.child_personnummer = ANY($1::text[])",
      [family.children.map((c) => c.personnummer)],
    );
    expect(ended?.n).toBeGreaterThan(0);
    // Counted as closed by the statistics, with its closing follow-up and occupation.
    const [facts] = await system.db.query<{ closed_on: string }>('SELECT closed_on FROM family_facts WHERE family_id = $1', [family.id]);
    expect(facts?.closed_on).toBe(today);
    const [rated] = await system.db.query<{ n: number }>('SELECT count(*)::int AS n FROM follow_ups WHERE family_id = $1 AND date = $2', [family.id, today]);
    expect(rated?.n).toBeGreaterThanOrEqual(4);

    // A guardian's page says that coordination ended.
    const guardian = await gql<{ caseload: Json[] }>(system, 'vardnadshavare1', '{ caseload { reference closing { date readableUntil } } }');
    expect(guardian.data?.caseload.find((f) => f.reference === family.reference)?.closing.date).toBe(today);

    // Reopened within its days: back on the work list; its ended consents stay ended.
    const reopened = await gql<{ reopenFamily: Json }>(system, 'koordinator1', 'mutation($id: ID!) { reopenFamily(familyId: $id) { closing { date } } }', { id: family.id });
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data?.reopenFamily.closing).toBeNull();
    expect((await gql<{ caseload: Json[] }>(system, 'koordinator1', '{ caseload { reference } }')).data?.caseload.map((f) => f.reference)).toContain(family.reference);
    const again = await gql<{ family: Json }>(system, 'koordinator1', view, { id: family.id });
    expect(sections((again.data?.family.children as Json[])[0] as Json).every((s) => s.__typename === 'AccessDenied' && s.reason !== 'FAMILY_CLOSED')).toBe(true);
  });
});
