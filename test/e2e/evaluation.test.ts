// The family's evaluation (docs/evaluation.md) through the whole seeded system, on the pinned day:
// a follow-up meeting opens a survey round; a guardian answers on the family's page, with their
// child of 16 answering the child's own questions, and changes the answer; the other guardian can
// neither see nor change the child's; a closed round, too long a text and someone else's child are
// refused in Swedish; the coordinator reads the answers with the free text, the team lead without
// it; an analyst counts them as protected cells, in the graph and on the statistics page.
// Screenshots at 1280 and 768 px with axe.
import { agencies } from '@lotsen/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  type Cell,
  cellsOf,
  chromiumAvailable,
  countInWords,
  dashboardSession,
  eventually,
  heading,
  type Json,
  operation,
  quarterOnPage,
  rowsOf,
  showFigureGroup,
  today,
} from './browser/dashboard-session.js';
import { gql } from './graphql.js';

const rounds = `query($id: ID!) { family(id: $id) { surveyRounds { id followUpDate closesOn open respondents { kind personnummer name answered mayAnswer questions { text } answer { support repeated knowsWhom freeText submittedBy } } } } }`;
const answer = `mutation($input: SurveyAnswerInput!) { answerSurvey(input: $input) { support repeated knowsWhom freeText submittedAt } }`;
const followUpMeeting = `mutation($id: ID!, $date: Date!) { recordMeeting(input: { familyId: $id, date: $date, kind: FOLLOW_UP, agencies: [${agencies[0]}], summary: "Uppföljning med familjen" }) { id } }`;

describe.runIf(chromiumAvailable)('the family’s evaluation: answered on the family’s page, read by its coordinator, counted for analysts', () => {
  const session = dashboardSession();
  const { as, capture, familyOf, openFamily } = session;
  // F-00003: two guardians with custody (vardnadshavare5 and 6) and Ella, 16, answering her own questions.
  let family: ReturnType<typeof familyOf>;
  let ella: { personnummer: string; givenName: string };
  let roundId: string;
  let closedRoundId: string;
  beforeAll(async () => {
    family = familyOf('F-00003');
    ella = family.children.find((c) => c.givenName === 'Ella') as { personnummer: string; givenName: string };
    const held = await gql<{ recordMeeting: Json }>(session.system, 'koordinator1', followUpMeeting, { id: family.id, date: today });
    roundId = held.data?.recordMeeting.id;
    const longAgo = await gql<{ recordMeeting: Json }>(session.system, 'koordinator1', followUpMeeting, { id: family.id, date: addDays(today, -40) });
    closedRoundId = longAgo.data?.recordMeeting.id;
  });

  it('opens a round at a follow-up meeting for each guardian with custody and the child of 12 or more, and the guardian answers it on the page, the child too', async () => {
    const own = await gql<{ family: Json }>(session.system, 'vardnadshavare5', rounds, { id: family.id });
    const [open, closed] = own.data?.family.surveyRounds ?? [];
    expect(open).toMatchObject({ id: roundId, followUpDate: today, closesOn: addDays(today, 30), open: true });
    expect(closed).toMatchObject({ id: closedRoundId, open: false });
    expect(open.respondents.map((r: Json) => [r.kind, r.mayAnswer])).toEqual([
      ['GUARDIAN', true],
      ['CHILD', true],
    ]);
    expect(open.respondents[1].personnummer).toBe(ella.personnummer);
    expect(open.respondents.map((r: Json) => r.questions[1].text)).toEqual(['Har ni behövt upprepa er historia?', 'Har du behövt berätta samma sak för flera olika vuxna?']);

    await as('vardnadshavare5', async (guardian) => {
      await heading(guardian, 'Vår familj').waitFor();
      const survey = guardian.locator('section.family-survey');
      await survey.getByRole('heading', { name: 'Hur har stödet varit?' }).waitFor();
      const mine = survey.locator('form.survey-form', { has: guardian.getByRole('heading', { name: 'Dina frågor' }) });
      // Nothing chosen: each question says what to do, and nothing is sent.
      await mine.getByRole('button', { name: 'Skicka svaret' }).click();
      await eventually(() => mine.locator('.field-problem').count()).toBe(3);
      const question = (name: string) => mine.getByRole('group', { name });
      await question('Hur har stödet varit?').getByLabel('Ganska bra').check();
      await question('Har ni behövt upprepa er historia?').getByLabel('Nej').check();
      await question('Vet ni vem ni ska vända er till?').getByLabel('Ja').check();
      await mine.getByLabel('Vill du berätta mer? (frivilligt)').fill('Skönt att slippa berätta allt igen för varje ny person.');
      await mine.getByRole('button', { name: 'Skicka svaret' }).click();
      await eventually(() => mine.getByRole('status').textContent()).toBe(`Tack! Svaret skickades ${today} 10:00. Det går att ändra till och med ${addDays(today, 30)}.`);

      const child = survey.locator('form.survey-form', { has: guardian.getByRole('heading', { name: /Ella .+ egna frågor/ }) });
      expect(await child.textContent()).toContain('För barnet att fylla i själv');
      await child.getByRole('group', { name: 'Hur har hjälpen du och din familj fått varit?' }).getByLabel('Varken bra eller dålig').check();
      await child.getByRole('group', { name: 'Har du behövt berätta samma sak för flera olika vuxna?' }).getByLabel('Ja, någon gång').check();
      await child.getByRole('group', { name: 'Vet du vem du kan prata med om du behöver hjälp?' }).getByLabel('Nej').check();
      await child.getByRole('button', { name: 'Skicka svaret' }).click();
      await eventually(() => child.getByRole('status').textContent()).toMatch(/^Tack! Svaret skickades/);
      await capture(guardian, 'evaluation-guardian');

      // On the next visit the answer is there to change until the round closes.
      await guardian.reload();
      await heading(guardian, 'Vår familj').waitFor();
      await eventually(() => question('Hur har stödet varit?').getByLabel('Ganska bra').isChecked()).toBe(true);
      await question('Hur har stödet varit?').getByLabel('Mycket bra').check();
      await mine.getByRole('button', { name: 'Ändra svaret' }).click();
      await eventually(() => mine.getByRole('status').textContent()).toMatch(/^Tack! Svaret skickades/);
      await capture(guardian, 'evaluation-guardian-changed');
    });
    const after = await gql<{ family: Json }>(session.system, 'vardnadshavare5', rounds, { id: family.id });
    expect(after.data?.family.surveyRounds[0].respondents.map((r: Json) => r.answer?.support)).toEqual(['VERY_GOOD', 'OK']);
  }, 120_000);

  it('keeps the child’s answer from the other guardian, and refuses a closed round, too long a text and someone else’s child in Swedish, writing nothing', async () => {
    const other = await gql<{ family: Json }>(session.system, 'vardnadshavare6', rounds, { id: family.id });
    const [self, child] = other.data?.family.surveyRounds[0].respondents ?? [];
    expect(self).toMatchObject({ kind: 'GUARDIAN', answered: false, mayAnswer: true, answer: null });
    expect(child).toMatchObject({ kind: 'CHILD', answered: true, mayAnswer: false, answer: null });
    const input = { roundId, respondent: ella.personnummer, support: 'BAD', repeated: 'NO', knowsWhom: true };
    const overwrite = await gql(session.system, 'vardnadshavare6', answer, { input });
    expect(overwrite.errors?.[0]?.message).toMatch(/^Barnets svar skickades av den andra vårdnadshavaren/);

    const closed = await gql(session.system, 'vardnadshavare5', answer, { input: { ...input, roundId: closedRoundId } });
    expect(closed.errors?.[0]?.message).toContain(`Enkäten efter uppföljningen ${addDays(today, -40)} stängde ${addDays(today, -10)}`);
    const long = await gql(session.system, 'vardnadshavare5', answer, { input: { ...input, freeText: 'å'.repeat(1001) } });
    expect(long.errors?.[0]?.message).toMatch(/^Vill du berätta mer\?: högst 1\s000 tecken \(du angav 1\s001\)/);
    const notTheirs = familyOf('F-00002').children[0]?.personnummer;
    const stranger = await gql(session.system, 'vardnadshavare5', answer, { input: { ...input, respondent: notTheirs } });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const coordinator = await gql(session.system, 'koordinator1', answer, { input });
    expect(coordinator.errors?.[0]?.message).toMatch(/^Enkäten besvaras av familjen/);
    const still = await gql<{ family: Json }>(session.system, 'vardnadshavare5', rounds, { id: family.id });
    expect(still.data?.family.surveyRounds[0].respondents[1].answer).toMatchObject({ support: 'OK', repeated: 'SOMETIMES', knowsWhom: false });
    expect(still.data?.family.surveyRounds[1].respondents.every((r: Json) => !r.answered)).toBe(true);
  }, 60_000);

  it('shows the coordinator every answer with the free text, the team lead without it, and counts the answers for an analyst as protected cells', async () => {
    await as('koordinator1', async (coordinator) => {
      await openFamily(coordinator, 'F-00003');
      const table = coordinator.locator('table.survey-answers', { has: coordinator.locator('caption', { hasText: `Uppföljningen ${today}` }) });
      await eventually(() => table.locator('caption').textContent()).toBe(`Uppföljningen ${today}: öppen till och med ${addDays(today, 30)}, 2 av 3 har svarat`);
      const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((r) => Array.from(r.querySelectorAll('th, td'), (c) => (c.textContent ?? '').trim())));
      const [first, second] = family.guardians.filter((g) => g.hasCustody);
      expect(rows).toEqual([
        [`${first?.givenName} ${first?.familyName} (vårdnadshavare)`, 'Mycket bra', 'Nej', 'Ja', 'Skönt att slippa berätta allt igen för varje ny person.'],
        [`${second?.givenName} ${second?.familyName} (vårdnadshavare)`, 'Inget svar än'],
        [`Ella ${family.children.find((c) => c.givenName === 'Ella')?.familyName} (barn)`, 'Varken bra eller dåligt', 'Ja, någon gång', 'Nej', '–'],
      ]);
      await capture(coordinator, 'evaluation-coordinator');
    });
    const lead = await gql<{ family: Json }>(session.system, 'teamledare1', rounds, { id: family.id });
    expect(lead.data?.family.surveyRounds[0].respondents[0].answer).toMatchObject({ support: 'VERY_GOOD', freeText: null });
    const analyst = await gql<{ statistics: Json }>(
      session.system,
      'analytiker1',
      '{ statistics(filter: { lastQuarters: 4 }) { familySurvey { period { answers { value suppressed perturbed } didNotRepeat { value suppressed } } byQuarter { quarter answers { value suppressed } } } } }',
    );
    expect(analyst.errors).toBeUndefined();
    const survey = analyst.data?.statistics.familySurvey;
    expect(survey.period.answers).toMatchObject({ suppressed: false, perturbed: true });
    expect(survey.byQuarter).toHaveLength(4);
    expect(JSON.stringify(survey)).not.toContain('Skönt');
    const person = await gql(session.system, 'analytiker1', rounds, { id: family.id });
    expect(person.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }, 90_000);

  it('shows the analyst the survey’s figures on the statistics page as tables and a chart, each cell the graph’s, hidden cells in words', async () => {
    const name = 'Familjernas enkät: hur har stödet varit?';
    await as('analytiker1', async (analyst) => {
      const figures = await showFigureGroup(analyst, name);
      // The page's own question (the last four quarters, everything the analyst covers), asked of the graph.
      const answer = await gql<{ statistics: Json }>(session.system, 'analytiker1', operation('StatisticsFamilySurvey'), { filter: { lastQuarters: 4 } });
      expect(answer.errors).toBeUndefined();
      const s = answer.data?.statistics as Json;
      const { period, byQuarter } = s.familySurvey as Json;
      const t = s.threshold as number;
      expect(byQuarter.map((q: Json) => q.quarter)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
      const share = (c: Cell) =>
        c.suppressed
          ? ({ SMALL_COUNT: `Dold: antalet är färre än ${t}`, SMALL_BASE: `Underlaget är färre än ${t}`, COMPLEMENTARY: 'Dold för att skydda ett litet tal' } as Record<string, string>)[
              c.reason as string
            ]
          : `${Math.round((c.value as number) * 100)} %`;
      await eventually(() => rowsOf(figures, 'Svar och andelar per kvartal')).toEqual(
        [...byQuarter.map((q: Json) => ({ ...q, header: quarterOnPage(q.quarter) })), { ...period, header: 'Hela perioden' }].map((f: Json) => [
          f.header,
          countInWords(f.answers, t),
          countInWords(f.guardians, t),
          countInWords(f.children, t),
          share(f.goodSupport),
          share(f.didNotRepeat),
          share(f.knowsWhomShare),
        ]),
      );
      expect(await rowsOf(figures, 'Hur har stödet varit? Hela perioden')).toEqual(
        [
          ['Mycket dåligt', 'veryBad'],
          ['Ganska dåligt', 'bad'],
          ['Varken bra eller dåligt', 'neither'],
          ['Ganska bra', 'good'],
          ['Mycket bra', 'veryGood'],
        ].map(([words, key]) => [words, countInWords(period.support[key as string], t)]),
      );
      expect(await rowsOf(figures, 'Har ni behövt upprepa er historia? Hela perioden')).toEqual(
        [
          ['Ja, många gånger', 'manyTimes'],
          ['Ja, någon gång', 'sometimes'],
          ['Nej', 'no'],
        ].map(([words, key]) => [words, countInWords(period.repeated[key as string], t)]),
      );
      expect(await figures.locator('dl.facts').textContent()).toBe(
        `Svar under perioden${countInWords(period.answers, t)}Svarade ja på ”Vet ni vem ni ska vända er till?”${countInWords(period.knowsWhom, t)}`,
      );
      // The seeded answers are few in a quarter: some cells are hidden, and the page says so in words, not with a number.
      const hidden = cellsOf(s.familySurvey).filter((c) => c.suppressed);
      expect(hidden.length).toBeGreaterThan(0);
      expect(await figures.locator('.suppressed').count()).toBe(hidden.length);
      expect(await figures.locator('p.perturbed').count()).toBe(1);
      expect(await figures.locator('figure.bar-chart svg[role="img"] title').textContent()).toBe('Hur har stödet varit? Svar under hela perioden');
      expect(await figures.textContent()).not.toContain('Skönt');
      await capture(analyst, 'evaluation-statistics');
    });
  }, 60_000);

  it('has no accessibility finding in any view, no English word on any page, and nothing refused by the browser', () => {
    session.expectViewsClean(['evaluation-guardian', 'evaluation-guardian-changed', 'evaluation-coordinator', 'evaluation-statistics']);
  });
});
