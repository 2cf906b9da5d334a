// Consultations without consent (docs/consultations.md), through the gateway and in a real browser:
// agency staff send anonymised cases to team-1's coordinator, who prioritises them, sets a
// meeting's agenda and records the outcome; each agency records its advice; a case proposed for
// coordination becomes a family taken in with consent, and nothing of the case reaches it. The
// anonymisation check refuses a personnummer, a samordningsnummer and a seeded child's full name.
// Shared with the other browser files: browser/dashboard-session.ts.
import { households } from '@lotsen/agency-systems';
import { isCoordinationNumber } from '@lotsen/kit';
import type { RunningSystem } from '@lotsen/local-stack';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, chromiumAvailable, dashboardSession, eventually, heading, type Json, today } from './browser/dashboard-session.js';
import { gql } from './graphql.js';

const caseFields = `id reference status ageBand schoolYear schoolUnit question requestedByName requestedByAgency priority priorityReason agendaPosition agendaNote
  meeting { id date } advice { agency advice recordedByName } outcome outcomeNote becameFamilyOn history { kind byName agency priority meetingDate outcome }`;
const queue = `query { consultations { ${caseFields} } }`;
const request = `mutation($input: RequestConsultationInput!) { requestConsultation(input: $input) { ${caseFields} } }`;

/** A 12-digit number as people write it: the birth date in six digits, a dash, the last four. */
const written = (twelve: string) => `${twelve.slice(2, 8)}-${twelve.slice(8)}`;

describe.runIf(chromiumAvailable)('consultations without consent: the queue, the agenda, the advice, the outcome and a family after', () => {
  const session = dashboardSession();
  const { as, capture } = session;
  let system: RunningSystem;
  const ask = <T = Json>(username: string, query: string, variables: Record<string, unknown> = {}) => gql<T>(system, username, query, variables);
  /** A seeded staff member's agency, as the token carries it. */
  const agencyOf = (username: string) => system.population.users.find((u) => u.username === username)?.agency;
  const cases = async (username: string) => ((await ask<{ consultations: Json[] }>(username, queue)).data?.consultations ?? []) as Json[];
  beforeAll(() => {
    ({ system } = session);
  });

  it("shows team-1's seeded cases to its coordinator and the municipality's agency staff, in priority order, and to nobody else", async () => {
    const mine = await cases('koordinator1');
    expect(mine.map((c) => c.priority)).toEqual(['HIGH', 'NORMAL', 'LOW', null]);
    expect(mine.map((c) => c.status)).toEqual(['SCHEDULED', 'SCHEDULED', 'PRIORITISED', 'REQUESTED']);
    expect(mine[0]).toMatchObject({ ageBand: 'AGE_10_TO_12', schoolYear: 5, requestedByName: 'Elevhälsan', requestedByAgency: agencyOf('skola1'), agendaPosition: 1 });
    expect((await cases('socialtjanst1')).map((c) => c.reference)).toEqual(mine.map((c) => c.reference));
    // The region's BUP serves every municipality of the region; another municipality's coordinator and staff see none of them.
    expect((await cases('regionhalsa1')).map((c) => c.reference)).toEqual(mine.map((c) => c.reference));
    expect(await cases('koordinator2')).toEqual([]);
    expect(await cases('skola2')).toEqual([]);
    for (const who of ['analytiker1', 'teamledare1']) expect((await ask(who, queue)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const meetings = await ask<{ consultationMeetings: Json[] }>('skola1', '{ consultationMeetings { date agenda { reference agendaPosition } } }');
    expect(meetings.data?.consultationMeetings).toEqual([{ date: mine[0]?.meeting.date, agenda: mine.slice(0, 2).map((c) => ({ reference: c.reference, agendaPosition: c.agendaPosition })) }]);
  });

  it('refuses a question holding a personnummer, a samordningsnummer or a seeded child’s or guardian’s full name, saying which kind and never echoing it, and stores nothing', async () => {
    const population = system.population;
    const child = population.families[0]?.children[0] as Json;
    const guardian = population.families[0]?.guardians[0] as Json;
    const coordinationNumber = households(population)
      .flatMap((h) => [...h.children, ...h.guardians])
      .find((p) => isCoordinationNumber(p.personnummer))?.personnummer as string;
    expect(coordinationNumber).toBeDefined();
    const before = (await cases('skola1')).length;
    const refusals = [
      { text: `Eleven ${written(child.personnummer)} är borta ofta.`, kind: 'PERSONNUMMER', datum: written(child.personnummer), words: 'ett personnummer' },
      { text: `Eleven har samordningsnummer ${coordinationNumber}.`, kind: 'SAMORDNINGSNUMMER', datum: coordinationNumber, words: 'ett samordningsnummer' },
      {
        text: `Hur stöttar vi  ${child.givenName.toLocaleLowerCase('sv')}   ${child.familyName.toLocaleUpperCase('sv')} på rasterna?`,
        kind: 'NAME',
        datum: child.familyName,
        words: 'ett för- och efternamn',
      },
      { text: `Mamman ${guardian.givenName} ${guardian.familyName} har hört av sig.`, kind: 'NAME', datum: guardian.familyName, words: 'ett för- och efternamn' },
      // A child's name in the genitive, and written in decomposed characters (as some systems paste it).
      { text: `${child.givenName} ${child.familyName}s frånvaro ökar.`, kind: 'NAME', datum: child.familyName, words: 'ett för- och efternamn' },
      { text: `Gäller ${child.givenName.normalize('NFD')} ${child.familyName.normalize('NFD')}.`, kind: 'NAME', datum: child.familyName.normalize('NFD'), words: 'ett för- och efternamn' },
      // A personnummer with the dash a word processor writes.
      { text: `Eleven ${written(child.personnummer).replace('-', '\u2013')} är borta ofta.`, kind: 'PERSONNUMMER', datum: child.personnummer.slice(8), words: 'ett personnummer' },
    ];
    for (const { text, kind, datum, words } of refusals) {
      const answer = await ask('skola1', request, { input: { teamId: 'team-1', ageBand: 'AGE_10_TO_12', schoolYear: 5, question: text } });
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', identifying: kind });
      expect(answer.errors?.[0]?.message).toMatch(new RegExp(`^Frågan: texten innehåller ${words}\\.`));
      expect(JSON.stringify(answer)).not.toContain(datum);
    }
    // The skolenhet is checked as the question is.
    const unit = await ask('skola1', request, { input: { teamId: 'team-1', ageBand: 'AGE_6_TO_9', question: 'Hur kan vi anpassa?', schoolUnit: `${child.givenName} ${child.familyName}` } });
    expect(unit.errors?.[0]?.extensions?.identifying).toBe('NAME');
    expect((await cases('skola1')).length).toBe(before);
    // Each refusal is in the audit trail: who, the field and the kind found, never the text or the datum.
    const trail = await system.db.query<{ actor: string; team_id: string; categories: string[]; reason: string }>(
      "SELECT actor, team_id, categories, reason FROM audit_events WHERE source = 'coordination' AND kind = 'TEXT_REFUSED' AND actor = 'skola1' ORDER BY seq",
    );
    expect(trail.map((e) => [e.team_id, e.reason, e.categories])).toEqual([...refusals.map((r) => ['team-1', 'question', [r.kind]]), ['team-1', 'schoolUnit', ['NAME']]]);
    for (const { datum } of refusals) expect(JSON.stringify(trail)).not.toContain(datum);
    // Another municipality's team is not one to send to.
    const elsewhere = await ask('skola1', request, { input: { teamId: 'team-2', ageBand: 'AGE_6_TO_9', question: 'Hur kan vi anpassa?' } });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('takes a request through the queue, onto a meeting held today, gets each agency’s advice and the outcome, every step in its history', async () => {
    const asked = await ask<{ requestConsultation: Json }>('skola1', request, {
      input: { teamId: 'team-1', ageBand: 'AGE_13_TO_15', schoolYear: 9, schoolUnit: 'Norrskolan', question: 'En elev i årskurs 9 har slutat äta i skolan. Ring oss på 023-824 18.' },
    });
    expect(asked.errors).toBeUndefined();
    const id = asked.data?.requestConsultation.id as string;
    expect(asked.data?.requestConsultation).toMatchObject({ status: 'REQUESTED', requestedByName: 'Elevhälsan', history: [{ kind: 'REQUESTED', byName: 'Elevhälsan' }] });
    // Only the coordinator prioritises.
    const prioritise = `mutation($input: PrioritiseConsultationInput!) { prioritiseConsultation(input: $input) { status priority priorityReason } }`;
    expect((await ask('skola1', prioritise, { input: { caseId: id, priority: 'HIGH' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await ask('koordinator1', prioritise, { input: { caseId: id, priority: 'HIGH', reason: 'Brådskande.' } })).data?.prioritiseConsultation).toEqual({
      status: 'PRIORITISED',
      priority: 'HIGH',
      priorityReason: 'Brådskande.',
    });
    const planned = await ask<{ planConsultationMeeting: Json }>('koordinator1', 'mutation($d: Date!) { planConsultationMeeting(input: { date: $d }) { id date } }', { d: today });
    const meetingId = planned.data?.planConsultationMeeting.id as string;
    const place = `mutation($input: PlaceOnAgendaInput!) { placeConsultationOnAgenda(input: $input) { status agendaPosition agendaNote meeting { agenda { id } } } }`;
    const placed = await ask<{ placeConsultationOnAgenda: Json }>('koordinator1', place, { input: { caseId: id, meetingId, position: 1, note: 'Rektor presenterar.' } });
    expect(placed.data?.placeConsultationOnAgenda).toMatchObject({ status: 'SCHEDULED', agendaPosition: 1, agendaNote: 'Rektor presenterar.', meeting: { agenda: [{ id }] } });
    // The agenda note is checked too.
    const named = await ask('koordinator1', place, {
      input: { caseId: id, meetingId, note: `Med ${session.familyOf('F-00001').children[0]?.givenName} ${session.familyOf('F-00001').children[0]?.familyName}` },
    });
    expect(named.errors?.[0]?.extensions?.identifying).toBe('NAME');

    const advise = `mutation($input: RecordConsultationAdviceInput!) { recordConsultationAdvice(input: $input) { advice { agency advice recordedByName } } }`;
    await ask('skola1', advise, { input: { caseId: id, advice: 'Elevhälsan erbjuder samtal med skolsköterskan varje vecka.' } });
    const advised = await ask<{ recordConsultationAdvice: Json }>('halso1', advise, { input: { caseId: id, advice: 'BUP kan ge konsultation till elevhälsan om ätandet.' } });
    expect(advised.data?.recordConsultationAdvice.advice).toEqual([
      { agency: agencyOf('skola1'), advice: 'Elevhälsan erbjuder samtal med skolsköterskan varje vecka.', recordedByName: 'Elevhälsan' },
      { agency: agencyOf('halso1'), advice: 'BUP kan ge konsultation till elevhälsan om ätandet.', recordedByName: 'BUP' },
    ]);
    expect((await ask('koordinator1', advise, { input: { caseId: id, advice: 'Råd.' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const conclude = `mutation($input: RecordConsultationOutcomeInput!) { recordConsultationOutcome(input: $input) { ${caseFields} } }`;
    const concluded = await ask<{ recordConsultationOutcome: Json }>('koordinator1', conclude, {
      input: { caseId: id, outcome: 'PROPOSED_FOR_COORDINATION', note: 'Skolan frågar vårdnadshavarna om samtycke till samordning.' },
    });
    expect(concluded.data?.recordConsultationOutcome).toMatchObject({ status: 'CONCLUDED', outcome: 'PROPOSED_FOR_COORDINATION', becameFamilyOn: null });
    expect(concluded.data?.recordConsultationOutcome.history).toEqual([
      { kind: 'REQUESTED', byName: 'Elevhälsan', agency: null, priority: null, meetingDate: null, outcome: null },
      { kind: 'PRIORITISED', byName: 'Koordinator 1', agency: null, priority: 'HIGH', meetingDate: null, outcome: null },
      { kind: 'PLACED_ON_AGENDA', byName: 'Koordinator 1', agency: null, priority: null, meetingDate: today, outcome: null },
      { kind: 'ADVICE_RECORDED', byName: 'Elevhälsan', agency: agencyOf('skola1'), priority: null, meetingDate: null, outcome: null },
      { kind: 'ADVICE_RECORDED', byName: 'BUP', agency: agencyOf('halso1'), priority: null, meetingDate: null, outcome: null },
      { kind: 'OUTCOME_RECORDED', byName: 'Koordinator 1', agency: null, priority: null, meetingDate: null, outcome: 'PROPOSED_FOR_COORDINATION' },
    ]);
    // Once concluded, the case takes no more advice.
    expect((await ask('socialtjanst1', advise, { input: { caseId: id, advice: 'Sent råd.' } })).errors?.[0]?.message).toMatch(/redan avslutat/);
  });

  it('links a case proposed for coordination to the family taken in with consent: the link and the day only, nothing of the case in the family, and the case says that, not which', async () => {
    const proposed = (await cases('koordinator1')).find((c) => c.outcome === 'PROPOSED_FOR_COORDINATION') as Json;
    const household = system.population.outside[2] as Json;
    const created = await ask<{ createFamily: Json }>('koordinator1', 'mutation($c: [Personnummer!]!) { createFamily(input: { children: $c }) { id reference } }', {
      c: household.children.map((c: Json) => c.personnummer),
    });
    expect(created.errors).toBeUndefined();
    const family = created.data?.createFamily as Json;
    const link = `mutation($input: LinkConsultationInput!) { linkConsultationToFamily(input: $input) { becameFamilyOn history { kind byName } } }`;
    // Agency staff link nothing; the coordinator links it once.
    expect((await ask('skola1', link, { input: { caseId: proposed.id, familyId: family.id } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const linked = await ask<{ linkConsultationToFamily: Json }>('koordinator1', link, { input: { caseId: proposed.id, familyId: family.id } });
    expect(linked.errors).toBeUndefined();
    expect(linked.data?.linkConsultationToFamily.becameFamilyOn).toBe(today);
    expect(linked.data?.linkConsultationToFamily.history.at(-1)).toEqual({ kind: 'BECAME_FAMILY', byName: 'Koordinator 1' });
    expect((await ask('koordinator1', link, { input: { caseId: proposed.id, familyId: family.id } })).errors?.[0]?.message).toMatch(/redan kopplad/);
    // The case says that it became a family, never which: no field names it, and agency staff are not told at all.
    const seen = (await cases('koordinator1')).find((c) => c.id === proposed.id) as Json;
    expect(JSON.stringify(seen)).not.toContain(family.id);
    expect(JSON.stringify(seen)).not.toContain(family.reference);
    const toStaff = (await cases('skola1')).find((c) => c.id === proposed.id) as Json;
    expect(toStaff.becameFamilyOn).toBeNull();
    expect(toStaff.history.map((h: Json) => h.kind)).not.toContain('BECAME_FAMILY');
    // The family shows none of the case's text.
    const view = await ask<{ family: Json }>(
      'koordinator1',
      'query($id: ID!) { family(id: $id) { reference children { givenName } meetings { summary } followUps { comment } attention { kind } assignments { kind } plan { status } } }',
      { id: family.id },
    );
    expect(view.errors).toBeUndefined();
    const text = JSON.stringify(view.data);
    for (const words of [proposed.question, proposed.outcomeNote, ...proposed.advice.map((a: Json) => a.advice), proposed.agendaNote]) expect(text).not.toContain(words);
    // A case not proposed for coordination becomes no family.
    const other = (await cases('koordinator1')).find((c) => c.status === 'REQUESTED') as Json;
    expect((await ask('koordinator1', link, { input: { caseId: other.id, familyId: family.id } })).errors?.[0]?.message).toMatch(/inte föreslagits för samordning/);
  });
  /** The case card of a reference on the page. */
  const caseCard = (p: import('playwright-core').Page, reference: string) => p.locator('li.consultation-case', { has: p.getByRole('heading', { level: 3, name: new RegExp(`^${reference}:`) }) });
  let sent = '';

  it('lets skola1 send a question from the dashboard, refused in Swedish while it names a child, taken once it does not', async () => {
    const child = session.familyOf('F-00003').children[0] as Json;
    await as('skola1', async (staff) => {
      await staff.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Konsultationer' }).click();
      await heading(staff, 'Konsultationer').waitFor();
      await eventually(() => staff.locator('li.consultation-case').count()).toBeGreaterThanOrEqual(4);
      const form = staff.getByRole('form', { name: 'Skicka en konsultationsfråga' });
      await form.getByLabel('Team', { exact: true }).selectOption('team-1');
      await form.getByLabel('Barnets ålder').selectOption({ label: '10–12 år' });
      await form.getByLabel('Årskurs (frivillig)').selectOption({ label: 'Årskurs 6' });
      await form.getByLabel('Skolenhet (frivillig)').fill('Norrskolan');
      await form.getByLabel('Frågan').fill(`${child.givenName} ${child.familyName} har svårt att komma igång på morgnarna. Vad kan skolan göra?`);
      await form.getByRole('button', { name: 'Skicka till koordinatorn' }).click();
      await eventually(() => form.getByRole('alert').textContent()).toMatch(/^Frågan: texten innehåller ett för- och efternamn\./);
      expect(await form.getByRole('alert').textContent()).not.toContain(child.familyName);
      await capture(staff, 'consultations-refused');
      await form.getByLabel('Frågan').fill('En elev i årskurs 6 har svårt att komma igång på morgnarna. Vad kan skolan göra?');
      await form.getByRole('button', { name: 'Skicka till koordinatorn' }).click();
      await eventually(() => form.getByRole('status').textContent()).toMatch(/^Frågan är skickad till koordinatorn som ärende K-\d{5}\.$/);
      sent = ((await form.getByRole('status').textContent()) as string).match(/K-\d{5}/)?.[0] as string;
      await eventually(() => caseCard(staff, sent).count()).toBe(1);
      expect(await caseCard(staff, sent).textContent()).toContain('Ny, inte prioriterad');
      await capture(staff, 'consultations-agency');
    });
  }, 90_000);

  it('lets koordinator1 plan a meeting, prioritise the new case and put it first on the agenda of today’s', async () => {
    await as('koordinator1', async (coordinator) => {
      await coordinator.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Konsultationer' }).click();
      await heading(coordinator, 'Konsultationer').waitFor();
      const card = caseCard(coordinator, sent);
      await eventually(() => card.count()).toBe(1);
      // A meeting two weeks ahead, planned from the page, joins the meetings with an empty agenda.
      const later = addDays(today, 14);
      const plan = coordinator.getByRole('form', { name: 'Planera ett konsultationsmöte' });
      await plan.getByLabel('Nytt möte, datum').fill(later);
      await plan.getByRole('button', { name: 'Planera mötet' }).click();
      await eventually(() => plan.getByRole('status').textContent()).toBe(`Ett konsultationsmöte är planerat ${later}.`);
      await eventually(() => coordinator.locator('ul.consultation-meetings > li', { hasText: later }).textContent()).toContain('Dagordningen är tom.');
      const prioritise = card.getByRole('form', { name: `Prioritera ${sent}` });
      await prioritise.getByLabel('Prioritet').selectOption({ label: 'Hög' });
      await prioritise.getByLabel('Skäl (frivilligt)').fill('Närvaron sjunker.');
      await prioritise.getByRole('button', { name: 'Spara prioriteringen' }).click();
      await eventually(() => caseCard(coordinator, sent).textContent()).toContain('Hög: Närvaron sjunker.');
      // The meeting of today the API test planned is there already; the agenda puts the new case first.
      const agenda = caseCard(coordinator, sent).getByRole('form', { name: `Dagordning för ${sent}` });
      await agenda.getByLabel('Möte').selectOption({ label: today });
      await agenda.getByLabel('Plats på dagordningen').fill('1');
      await agenda.getByLabel('Anteckning på dagordningen (frivillig)').fill('Rektor presenterar.');
      await agenda.getByRole('button', { name: 'Spara dagordningen' }).click();
      await eventually(() =>
        coordinator
          .getByRole('list', { name: `Dagordning ${today}` })
          .locator('li')
          .first()
          .textContent(),
      ).toBe(sent);
      expect(await caseCard(coordinator, sent).textContent()).toContain(`${today}, punkt 1 (Rektor presenterar.)`);
      await capture(coordinator, 'consultations-coordinator');
    });
  }, 90_000);

  it('lets halso1 record BUP’s advice, and koordinator1 the outcome after the meeting and the family it became, each in the history', async () => {
    await as('halso1', async (staff) => {
      await staff.goto(`${session.origin}/konsultationer`);
      await heading(staff, 'Konsultationer').waitFor();
      const form = caseCard(staff, sent).getByRole('form', { name: `Råd om ${sent}` });
      await form.getByLabel('Råd från er verksamhet').fill('BUP kan ge elevhälsan konsultation om sömn och rutiner.');
      await form.getByRole('button', { name: 'Spara rådet' }).click();
      await eventually(() => caseCard(staff, sent).locator('ul.consultation-advice').textContent()).toContain('Hälso- och sjukvården');
      await capture(staff, 'consultations-advice');
    });
    await as('koordinator1', async (coordinator) => {
      await coordinator.goto(`${session.origin}/konsultationer`);
      await heading(coordinator, 'Konsultationer').waitFor();
      const form = caseCard(coordinator, sent).getByRole('form', { name: `Utfall för ${sent}` });
      await form.getByLabel('Utfall', { exact: true }).selectOption({ label: 'Familjen föreslås samordning, med samtycke' });
      await form.getByLabel('Kort om utfallet (frivilligt)').fill('Skolan frågar vårdnadshavarna om samtycke.');
      await form.getByRole('button', { name: 'Spara utfallet' }).click();
      const card = caseCard(coordinator, sent);
      await eventually(() => card.locator('.badge').textContent()).toBe('Avslutad');
      // The guardians consented: the coordinator takes the family in, then links the case to it by its reference.
      const household = system.population.outside[1] as Json;
      const created = await ask<{ createFamily: Json }>('koordinator1', 'mutation($c: [Personnummer!]!) { createFamily(input: { children: $c }) { reference } }', {
        c: household.children.map((c: Json) => c.personnummer),
      });
      const reference = created.data?.createFamily.reference as string;
      const link = card.getByRole('form', { name: `Koppla ${sent} till en familj` });
      await link.getByLabel('Familjens referens').fill('F-99999');
      await link.getByRole('button', { name: 'Koppla till familjen' }).click();
      await eventually(() => link.getByRole('status').textContent()).toBe('Ingen av dina familjer har referensen F-99999.');
      await link.getByLabel('Familjens referens').fill(reference);
      await link.getByRole('button', { name: 'Koppla till familjen' }).click();
      await eventually(() => card.textContent()).toContain(`Blev en familj i samordning${today}, med samtycke. Vilken familj visas inte här.`);
      expect(await card.textContent()).not.toContain(reference);
      await card.locator('summary', { hasText: `Historik för ${sent}` }).click();
      const history = await card.locator('.consultation-history li').allTextContents();
      expect(history.map((h) => h.replace(/^[\d-]+ [\d:]+: /, ''))).toEqual([
        'Skickade frågan, Elevhälsan',
        'Prioriterade: hög, Koordinator 1',
        `Satte på dagordningen: mötet ${today}, Koordinator 1`,
        'Skrev råd (hälso- och sjukvården), BUP',
        'Skrev utfallet: familjen föreslås samordning, med samtycke, Koordinator 1',
        'Kopplade till en familj i samordning, Koordinator 1',
      ]);
      await capture(coordinator, 'consultations-concluded');
    });
    session.expectViewsClean(['consultations-refused', 'consultations-agency', 'consultations-coordinator', 'consultations-advice', 'consultations-concluded']);
  }, 120_000);
});
