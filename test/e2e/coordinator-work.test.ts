import type { Family } from '@lotsen/agency-systems';
import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counters, gql, resetCounters } from './graphql.js';
import { registerCopyIs } from './register-copy.js';

type Json = Record<string, any>;

// The system's clock and the seeded population's day are pinned, and every day below is counted
// from it (a meeting six days ago, a booking seven weeks ahead), so each keeps its place around
// "today" on any day.
const now = new Date('2026-11-26T12:00:00+01:00');
const todayInSweden = now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
/** A day counted from the pinned today in Sweden. */
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

describe("a coordinator's daily work through the gateway", () => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem({ families: 20, now: () => now });
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
      `mutation($id: ID!) { recordMeeting(input: { familyId: $id, date: "${inDays(-6)}", kind: SIP, agencies: [SCHOOL, HEALTH_CARE], summary: "SIP-möte med familjen" }) { id kind agencies } }`,
      { id: familyId() },
    );
    expect(meeting.data?.recordMeeting).toMatchObject({ kind: 'SIP', agencies: ['SCHOOL', 'HEALTH_CARE'] });
    const plan = await gql<{ updatePlan: Json }>(
      system,
      'koordinator1',
      `mutation($id: ID!) { updatePlan(input: { familyId: $id, leadAgency: SOCIAL_SERVICES, status: ACTIVE, nextFollowUp: "${inDays(50)}", participants: [{ name: "Kurator", agency: SCHOOL, role: "Deltagare" }], goals: [{ area: SCHOOL, description: "Går till skolan varje dag", actions: [{ description: "Anpassat schema", responsibleAgency: SCHOOL, dueDate: "${inDays(14)}", status: IN_PROGRESS }] }] }) { leadAgency nextFollowUp goals { area actions { description status } } } }`,
      { id: familyId() },
    );
    expect(plan.errors).toBeUndefined();
    expect(plan.data?.updatePlan).toEqual({
      leadAgency: 'SOCIAL_SERVICES',
      nextFollowUp: inDays(50),
      goals: [{ area: 'SCHOOL', actions: [{ description: 'Anpassat schema', status: 'IN_PROGRESS' }] }],
    });
    const followUp = await gql<{ recordFollowUp: Json }>(
      system,
      'koordinator1',
      `mutation($id: ID!) { recordFollowUp(input: { familyId: $id, date: "${inDays(-5)}", area: HOME_LIFE, rating: 4, comment: "Lugnare hemma" }) { area rating } }`,
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
        `mutation($id: ID!) { recordMeeting(input: { familyId: $id, date: "${inDays(-7)}", kind: ${kind}, agencies: [SOCIAL_SERVICES], summary: "Hembesök och avstämning" }) { kind } }`,
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
    // The guardian it waits for, by the register's name.
    const [, second] = (system.population.families.find((f) => f.archetype === 2) as Family).guardians.filter((g) => g.hasCustody);
    expect(((attention.data?.family.attention ?? []) as Json[]).find((a) => a.kind === 'CONSENT_PENDING')?.text).toMatch(
      new RegExp(`: Väntar på ${second?.givenName} ${second?.familyName} \\(vårdnadshavare\\)$`),
    );
    // The seeded meetings hold no home visit or check-in: both are asked for, never-happened first.
    expect(kinds.slice(0, 2).sort()).toEqual(['NO_CHECK_IN', 'NO_JOINT_HOME_VISIT']);
    const today = todayInSweden;
    // A check-in booked ahead is not one held; a joint visit with no agency is no joint visit.
    const ahead = inDays(7);
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
    const foreign = await gql(system, 'koordinator1', `mutation($id: ID!) { recordMeeting(input: { familyId: $id, date: "${inDays(-6)}", kind: SIP, agencies: [], summary: "x" }) { id } }`, {
      id: other,
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const rating = await gql(system, 'koordinator1', `mutation($id: ID!) { recordFollowUp(input: { familyId: $id, date: "${inDays(-5)}", area: LEISURE, rating: 9 }) { id } }`, { id: familyId() });
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

  it('writes a SIP with two goals and three actions as its next version; the school marks its overdue action done with a note; the coordinator sees it and the delay signal clears', async () => {
    // F-00001 shares its SIP with all three agencies (an active consent of purpose SIP names them).
    const family = system.population.families.find((f) => f.archetype === 1) as Family;
    const planView = `query($id: ID!) { family(id: $id) { attention { kind text } plan { version nextFollowUp
      versions { number savedAt savedBy savedByName leadAgency goals { description actions { description status } } }
      goals { id description actions { id description responsibleAgency status latestNote { note by byName agency } statusChanges { status note by agency } } } } } }`;
    const read = async () => (await gql<{ family: Json }>(system, 'koordinator1', planView, { id: family.id })).data?.family as Json;
    const before = await read();
    // However the tests above changed it, version 1 is the plan as seeded, saved by the family's coordinator.
    expect(before.plan.versions[0]).toMatchObject({ number: 1, savedBy: 'koordinator1', savedByName: 'Koordinator 1' });
    expect(before.plan.version).toBe(before.plan.versions.at(-1).number);

    const followUp = inDays(30);
    const plan = {
      familyId: family.id,
      basedOnVersion: before.plan.version,
      leadAgency: 'SCHOOL',
      status: 'ACTIVE',
      nextFollowUp: followUp,
      participants: [
        { name: 'Kim Karlsson', role: 'Koordinator' },
        { name: 'Eva Ek', agency: 'SCHOOL', role: 'Kurator' },
        { name: 'Bo Berg', agency: 'HEALTH_CARE', role: 'Läkare, BUP' },
      ],
      goals: [
        {
          area: 'SCHOOL',
          description: 'Går till skolan varje dag',
          actions: [
            // Due long ago: overdue whatever day the test runs.
            { description: 'Anpassat schema med kortare dagar', responsibleAgency: 'SCHOOL', dueDate: inDays(-315), status: 'IN_PROGRESS' },
            { description: 'Utredning av koncentrationen', responsibleAgency: 'HEALTH_CARE', dueDate: inDays(60) },
          ],
        },
        { area: 'HOME_LIFE', description: 'Lugnare morgnar hemma', actions: [{ description: 'Föräldrastöd i grupp', responsibleAgency: 'SOCIAL_SERVICES', dueDate: inDays(45) }] },
      ],
    };
    const save = (input: Json) =>
      gql<{ updatePlan: Json }>(system, 'koordinator1', 'mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { version goals { id actions { id responsibleAgency status } } } }', {
        input,
      });
    const saved = await save(plan);
    expect(saved.errors).toBeUndefined();
    const written = saved.data?.updatePlan as Json;
    expect(written.version).toBe(before.plan.version + 1);
    expect((written.goals as Json[]).map((g) => (g.actions as Json[]).map((a) => [a.responsibleAgency, a.status]))).toEqual([
      [
        ['SCHOOL', 'IN_PROGRESS'],
        ['HEALTH_CARE', 'PLANNED'],
      ],
      [['SOCIAL_SERVICES', 'PLANNED']],
    ]);
    const schoolAction = written.goals[0].actions[0].id as string;

    // Saved again from the version read before: refused in words, and nothing saved.
    const stale = await save({ ...plan, status: 'CLOSED' });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toMatch(/^Planen har sparats av någon annan sedan du läste den \(nu version \d+, du utgick från version \d+\)\. Läs in den igen; inget sparades\. \/ /);

    const after = await read();
    expect(after.plan.version).toBe(written.version);
    const [previous, latest] = (after.plan.versions as Json[]).slice(-2) as [Json, Json];
    expect(latest).toMatchObject({ number: written.version, savedBy: 'koordinator1', leadAgency: 'SCHOOL' });
    expect(Math.abs(now.getTime() - Date.parse(latest.savedAt))).toBeLessThan(60_000);
    expect((latest.goals as Json[]).map((g) => g.description)).toEqual(['Går till skolan varje dag', 'Lugnare morgnar hemma']);
    // The version before reads as it was.
    expect((previous.goals as Json[]).map((g) => g.description)).toEqual((before.plan.goals as Json[]).map((g) => g.description));
    expect((after.attention as Json[]).filter((a) => a.kind === 'ACTION_OVERDUE').map((a) => a.text)).toEqual([`Anpassat schema med kortare dagar (skolan) skulle vara klar ${inDays(-315)}`]);

    // The school's staff see their action, the plan's next follow-up, and no note yet; not health care's action.
    const actionsOf = async (username: string) =>
      ((await gql<{ agencyActions: Json[] }>(system, username, '{ agencyActions { action { id status } nextFollowUp familyReference latestNote { note } } }')).data?.agencyActions ?? []) as Json[];
    const school = await actionsOf('skola1');
    expect(school.find((a) => a.action.id === schoolAction)).toEqual({
      action: { id: schoolAction, status: 'IN_PROGRESS' },
      nextFollowUp: followUp,
      familyReference: family.reference,
      latestNote: null,
    });
    expect(school.some((a) => a.action.id === written.goals[0].actions[1].id)).toBe(false);

    const report = (username: string, note: unknown) =>
      gql<{ updateActionStatus: Json }>(
        system,
        username,
        'mutation($id: ID!, $note: String) { updateActionStatus(actionId: $id, status: DONE, note: $note) { id status latestNote { note by byName agency } } }',
        { id: schoolAction, note },
      );
    expect((await report('skola1', 'x'.repeat(501))).errors?.[0]?.message).toMatch(/^Anteckning: högst 500 tecken \(du angav 501\) \/ /);
    const foreign = await report('halso1', 'Klar');
    expect(foreign.errors?.[0]).toMatchObject({ message: 'Insatsen finns inte bland din verksamhets insatser / no such action for your agency', extensions: { code: 'FORBIDDEN' } });
    expect((await report('koordinator1', 'Klar')).errors?.[0]?.message).toMatch(/^Bara personal i en verksamhet rapporterar/);
    const done = await report('skola1', '  Schemat gäller från måndag.  ');
    expect(done.errors).toBeUndefined();
    const schoolStaff = system.population.users.find((u) => u.username === 'skola1')?.name;
    expect(done.data?.updateActionStatus).toEqual({ id: schoolAction, status: 'DONE', latestNote: { note: 'Schemat gäller från måndag.', by: 'skola1', byName: schoolStaff, agency: 'SCHOOL' } });
    expect((await actionsOf('skola1')).find((a) => a.action.id === schoolAction)).toMatchObject({ action: { status: 'DONE' }, latestNote: { note: 'Schemat gäller från måndag.' } });

    // The coordinator sees it on the next load, and the delay signal is gone.
    const seen = await read();
    const action = (seen.plan.goals[0].actions as Json[])[0] as Json;
    expect(action).toMatchObject({ id: schoolAction, status: 'DONE', latestNote: { note: 'Schemat gäller från måndag.', byName: schoolStaff, agency: 'SCHOOL' } });
    expect(action.statusChanges).toEqual([{ status: 'DONE', note: 'Schemat gäller från måndag.', by: 'skola1', agency: 'SCHOOL' }]);
    expect((seen.attention as Json[]).map((a) => a.kind)).not.toContain('ACTION_OVERDUE');

    // Edited again with the ids sent back and no statuses: the school's report and note stay with its action.
    const ids = (written.goals as Json[]).map((g) => ({ id: g.id as string, actions: (g.actions as Json[]).map((a) => a.id as string) }));
    const edited = await save({
      ...plan,
      basedOnVersion: written.version,
      goals: plan.goals.map((g, gi) => ({ ...g, id: ids[gi]?.id, actions: g.actions.map(({ status: _, ...a }, ai) => ({ ...a, id: ids[gi]?.actions[ai] })) })),
    });
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.updatePlan.goals[0].actions[0]).toMatchObject({ id: schoolAction, status: 'DONE' });
    expect((await read()).plan.goals[0].actions[0].statusChanges).toHaveLength(1);
  });

  it('books a meeting with a time and place, and gives it as an iCalendar file that names no child; refuses bad times and too long texts in Swedish', async () => {
    const family = system.population.families[0] as Family;
    const child = family.children[0] as Family['children'][number];
    const fields = 'id date time endTime durationMinutes place calendarFile';
    const book = (input: Json) =>
      gql<{ recordMeeting: Json }>(system, 'koordinator1', `mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { ${fields} } }`, {
        input: { familyId: family.id, kind: 'SIP', agencies: ['SCHOOL', 'HEALTH_CARE'], summary: `Uppföljning av ${child.givenName}s schema`, ...input },
      });
    const before = await count('meetings');
    const day = inDays(49);
    expect((await book({ date: day, time: '9.30' })).errors?.[0]?.message).toMatch(/^Tid: skriv tiden som TT:MM, t\.ex\. 09:30 \(du angav "9\.30"\) \/ /);
    expect((await book({ date: day, time: '09:30', place: 'p'.repeat(201) })).errors?.[0]?.message).toMatch(/^Plats: högst 200 tecken \(du angav 201\) \/ /);
    expect((await book({ date: day, summary: 's'.repeat(10_000) })).errors?.[0]?.message).toMatch(/^Sammanfattning: högst 2\s000 tecken \(du angav 10\s000\) \/ /);
    expect((await book({ date: day, time: '23:30', durationMinutes: 60 })).errors?.[0]?.message).toMatch(/^Mötet ska sluta samma dag/);
    expect(await count('meetings')).toBe(before);

    const booked = await book({ date: day, time: '09:30', durationMinutes: 90, place: 'Rönnskolan, rum 3' });
    expect(booked.errors).toBeUndefined();
    const meeting = booked.data?.recordMeeting as Json;
    expect(meeting).toMatchObject({ date: day, time: '09:30', endTime: '11:00', durationMinutes: 90, place: 'Rönnskolan, rum 3' });
    // Long lines of an iCalendar file fold onto the next with a leading space (RFC 5545, 3.1).
    const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
    const ics = unfold(meeting.calendarFile as string);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    for (const line of [
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Stockholm',
      `DTSTART;TZID=Europe/Stockholm:${day.replace(/-/g, '')}T093000`,
      `DTEND;TZID=Europe/Stockholm:${day.replace(/-/g, '')}T110000`,
      'LOCATION:Rönnskolan\\, rum 3',
      `SUMMARY:SIP-möte\\, familj ${family.reference}`,
      `UID:${meeting.id}@lotsen`,
    ])
      expect(ics.split('\r\n')).toContain(line);
    // A calendar file travels to other systems: no child's name or number, not the meeting's notes.
    for (const c of family.children) {
      expect(ics).not.toContain(c.givenName);
      expect(ics).not.toContain(c.personnummer);
      expect(ics).not.toContain(c.personnummer.slice(2));
    }
    expect(ics).not.toContain('Uppföljning av');

    // The family's view gives the same file, with the same UID, on every load.
    const listed = async () =>
      (
        ((await gql<{ family: Json }>(system, 'koordinator1', 'query($id: ID!) { family(id: $id) { meetings { id time place calendarFile } } }', { id: family.id })).data?.family.meetings ??
          []) as Json[]
      ).find((m) => m.id === meeting.id) as Json;
    expect(unfold((await listed()).calendarFile)).toContain(`UID:${meeting.id}@lotsen`);
    // A day with no time is an all-day entry.
    const allDay = await book({ date: inDays(55) });
    expect(allDay.data?.recordMeeting).toMatchObject({ time: null, endTime: null, durationMinutes: null, place: null });
    expect(unfold(allDay.data?.recordMeeting.calendarFile).split('\r\n')).toContain(`DTSTART;VALUE=DATE:${inDays(55).replace(/-/g, '')}`);

    // When the register cannot tell whether the family has protected identity, the place stays out of the file.
    const register = system.simulators.populationRegister;
    register.control.setFaults({ down: true });
    try {
      await registerCopyIs(system, false);
      const withheld = unfold((await listed()).calendarFile);
      expect(withheld.split('\r\n').filter((line) => line.startsWith('LOCATION'))).toEqual([]);
      expect(withheld).not.toContain('Rönnskolan');
      expect(withheld).toContain('Platsen står inte i kalenderfilen (skyddade personuppgifter)');
    } finally {
      register.control.setFaults({ down: false });
    }
    await registerCopyIs(system, true);
  });

  it('searches a coordinator’s own families by a child’s name, personnummer or the reference; never another’s, nor a closed one', async () => {
    const search = (as: string, text: string) => gql<{ searchFamilies: Json[] }>(system, as, 'query($t: String!) { searchFamilies(text: $t) { reference } }', { t: text });
    const found = async (as: string, text: string) => {
      const result = await search(as, text);
      expect(result.errors, text).toBeUndefined();
      return (result.data?.searchFamilies ?? []).map((f) => f.reference);
    };
    const second = system.population.families.find((f) => f.archetype === 2) as Family;
    const child = second.children[0] as Family['children'][number];
    expect(await found('koordinator1', child.givenName.toLocaleUpperCase('sv-SE'))).toContain(second.reference);
    expect(await found('koordinator1', `${child.givenName.slice(0, 2)} ${child.familyName.toLocaleLowerCase('sv-SE')}`)).toContain(second.reference);
    for (const text of [child.personnummer, `${child.personnummer.slice(0, 8)}-${child.personnummer.slice(8)}`, `${child.personnummer.slice(2, 8)}-${child.personnummer.slice(8)}`])
      expect(await found('koordinator1', text), text).toEqual([second.reference]);
    expect(await found('koordinator1', 'f-2')).toEqual([second.reference]);
    expect(await found('teamledare1', child.personnummer)).toEqual([second.reference]);

    // Another team's family is not found by anything of it.
    const theirs = system.population.families.find((f) => f.archetype === 8) as Family;
    expect(await found('koordinator1', theirs.children[0]?.personnummer as string)).toEqual([]);
    expect(await found('koordinator1', theirs.reference)).toEqual([]);
    expect(await found('teamledare1', theirs.children[0]?.personnummer as string)).toEqual([]);
    expect(await found('koordinator2', theirs.children[0]?.personnummer as string)).toEqual([theirs.reference]);

    const short = await search('koordinator1', ' 3 ');
    expect(short.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(short.errors?.[0]?.message).toMatch(/^Sökord: skriv minst 2 tecken \(du skrev 1\) \/ /);
    expect((await search('vardnadshavare1', 'F-00001')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await search('skola1', 'F-00001')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // A closed family is off the work list, and so out of the search; reopened, it is found again.
    const seventh = system.population.families.find((f) => f.archetype === 7) as Family;
    const pnr = seventh.children[0]?.personnummer as string;
    expect(await found('koordinator1', pnr)).toEqual([seventh.reference]);
    const closed = await gql(system, 'koordinator1', 'mutation($i: CloseFamilyInput!) { closeFamily(input: $i) { id } }', {
      i: {
        familyId: seventh.id,
        date: inDays(0),
        reason: 'MOVED',
        followUp: ['HOME_LIFE', 'SCHOOL', 'LEISURE', 'PARENTS_OCCUPATION'].map((area) => ({ area, rating: 3 })),
        parentsOccupation: ['WORK'],
      },
    });
    expect(closed.errors).toBeUndefined();
    expect(await found('koordinator1', pnr)).toEqual([]);
    expect(await found('teamledare1', seventh.reference)).toEqual([]);
    expect((await gql(system, 'koordinator1', 'mutation($id: ID!) { reopenFamily(familyId: $id) { id } }', { id: seventh.id })).errors).toBeUndefined();
    expect(await found('koordinator1', pnr)).toEqual([seventh.reference]);
  });

  it('keeps each family’s assignment history: taken in, moved to another team and back, by whom', async () => {
    const family = system.population.families.find((f) => f.archetype === null && f.coordinator === 'koordinator1') as Family;
    const history = async (as = 'koordinator1') =>
      (
        await gql<{ family: Json }>(
          system,
          as,
          'query($id: ID!) { family(id: $id) { assignments { at kind fromTeam { id } fromCoordinator { username name } toTeam { id } toCoordinator { username name } by byName } } }',
          { id: family.id },
        )
      ).data?.family?.assignments as Json[];
    // The seeded family was taken in by its coordinator on the day its coordination began.
    expect(await history()).toEqual([
      {
        at: expect.stringMatching(new RegExp(`^${family.startedOn}T0[78]:00:00`)),
        kind: 'TAKEN_IN',
        fromTeam: null,
        fromCoordinator: null,
        toTeam: { id: 'team-1' },
        toCoordinator: { username: 'koordinator1', name: 'Koordinator 1' },
        by: 'koordinator1',
        byName: 'Koordinator 1',
      },
    ]);
    const reassign = (as: string, coordinator: string) =>
      gql<{ reassignFamily: Json }>(system, as, 'mutation($id: ID!, $c: String!) { reassignFamily(input: { familyId: $id, coordinator: $c }) { coordinator { username } } }', {
        id: family.id,
        c: coordinator,
      });
    expect((await reassign('teamledare1', 'koordinator1')).errors?.[0]?.message).toMatch(/^Koordinator 1 är redan familjens koordinator; inget ändrades \/ /);
    expect((await reassign('teamledare1', 'ingen')).errors?.[0]?.message).toMatch(/^Koordinator: det finns ingen koordinator med användarnamnet "ingen" \/ /);
    expect((await reassign('koordinator1', 'koordinator2')).errors?.[0]?.message).toMatch(/^Bara en teamledare flyttar en familj/);
    // Only to a team serving the municipality the family lives in (docs/tenancy.md): team 2 works in
    // another, the four-municipality team in every one.
    expect((await reassign('teamledare1', 'koordinator2')).errors?.[0]?.message).toMatch(/ bor i Exempelkommun, som Familjesamverkansteamet Syd inte arbetar i; .*Inget ändrades\. \/ /);
    expect((await reassign('teamledare1', 'fst-koordinator1')).errors).toBeUndefined();
    expect((await reassign('fst-teamledare1', 'koordinator1')).errors).toBeUndefined();
    const moves = (await history()).slice(1);
    expect(moves).toEqual([
      expect.objectContaining({ kind: 'MOVED', fromTeam: { id: 'team-1' }, fromCoordinator: expect.objectContaining({ username: 'koordinator1' }), toTeam: { id: 'team-fst' }, by: 'teamledare1' }),
      expect.objectContaining({ kind: 'MOVED', fromTeam: { id: 'team-fst' }, toCoordinator: expect.objectContaining({ username: 'koordinator1' }), by: 'fst-teamledare1' }),
    ]);
    // A family taken in through the graph starts its history the same way.
    const taken = ((await gql<{ caseload: Json[] }>(system, 'koordinator1', '{ caseload { reference assignments { kind by } } }')).data?.caseload ?? []) as Json[];
    for (const f of taken) expect(f.assignments[0], f.reference).toEqual({ kind: 'TAKEN_IN', by: 'koordinator1' });
    // Not shown to a guardian: who piloted the family is for its team.
    expect(await history('vardnadshavare1')).toBeUndefined();
    const own = await gql<{ caseload: Json[] }>(system, 'vardnadshavare1', '{ caseload { assignments { kind } } }');
    for (const f of own.data?.caseload ?? []) expect(f.assignments).toEqual([]);
  });

  it('says what is wrong in Swedish first, naming the field and what was given', async () => {
    const first = system.population.families[0] as Family;
    const message = async (as: string, query: string, variables: Json = {}) => (await gql(system, as, query, variables)).errors?.[0]?.message ?? '';
    expect(await message('analytiker1', '{ caseload { id } }')).toMatch(/^Din roll ger ingen åtkomst till uppgifter om enskilda familjer eller barn \/ /);
    expect(await message('koordinator1', '{ agencyActions { goal } }')).toMatch(/^Insatslistan är till för personal i verksamheterna \/ /);
    expect(await message('koordinator1', '{ familyByReference(reference: "nonsense") { id } }')).toMatch(/^Ingen familj med referensen "nonsense": en referens skrivs F och fem siffror/);
    const plan = (participants: Json[]) =>
      message('koordinator1', 'mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { id } }', {
        input: { familyId: first.id, leadAgency: 'SCHOOL', status: 'DRAFT', participants, goals: [] },
      });
    expect(await plan([{ name: 'n'.repeat(201), role: 'Kurator' }])).toMatch(/^Deltagare 1, namn: högst 200 tecken \(du angav 201\) \/ /);
    expect(await plan([{ name: 'Eva', role: ' ' }])).toMatch(/^Deltagare 1, roll: får inte vara tomt \/ /);
    const comment = await message('koordinator1', `mutation($id: ID!, $c: String) { recordFollowUp(input: { familyId: $id, date: "${inDays(-5)}", area: LEISURE, rating: 3, comment: $c }) { id } }`, {
      id: first.id,
      c: 'c'.repeat(2001),
    });
    expect(comment).toMatch(/^Kommentar: högst 2\s000 tecken \(du angav 2\s001\) \/ /);
    const child = first.children[0]?.personnummer;
    const consent = await message('koordinator1', 'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }', {
      input: {
        child,
        purpose: 'COORDINATION',
        scope: [{ agency: 'SCHOOL', categories: ['ATTENDANCE'] }],
        validFrom: inDays(0),
        validUntil: inDays(30),
        evidence: { method: 'WRITTEN', documentRef: 'D'.repeat(5000) },
        childView: 'Vill',
      },
    });
    expect(consent).toMatch(/^Dokumentreferens: högst 200 tecken \(du angav 5\s000\) \/ documentRef: at most 200 characters/);
  });

  // Last in this file: it closes the first family, whose sections the tests above read.
  it('closes a family: off the work list, every section FAMILY_CLOSED with no agency asked, its consents for coordination ended, counted as closed, reopened within its days', async () => {
    const family = system.population.families[0] as (typeof system.population.families)[number];
    const today = todayInSweden;
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
    for (const child of (after.data?.family.children ?? []) as Json[])
      for (const s of sections(child)) expect(s).toEqual({ __typename: 'AccessDenied', reason: 'FAMILY_CLOSED', message: `Samordningen avslutades ${today}; inga uppgifter hämtas längre` });
    // No agency at all was asked: every section of every agency, a guardian's too, is FAMILY_CLOSED.
    for (const asked of Object.values(counters(system))) expect(asked).toEqual({});

    // Its consents for coordination and for a SIP ended, each with an event; a follow-up consent stands.
    const consents = ((after.data?.family.children ?? []) as Json[]).flatMap((c) => c.consents as Json[]);
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
    expect(sections(((again.data?.family.children ?? []) as Json[])[0] as Json).every((s) => s.__typename === 'AccessDenied' && s.reason !== 'FAMILY_CLOSED')).toBe(true);
  });
});
