import { addDays, generatePopulation } from '@lotsen/agency-systems';
import { ageOn, type Database } from '@lotsen/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { familySurvey } from '../src/evaluation/figures.js';
import { questionsFor, surveyVersion } from '../src/evaluation/questions.js';
import { isOpen, roundOf, surveyOpenDays } from '../src/evaluation/rounds.js';
import { answerOf, saveAnswer } from '../src/evaluation/store.js';
import { seed } from '../src/index.js';
import type { StatisticsFilter } from '../src/statistics/filter.js';
import { backends } from '../src/testing.js';

const today = '2026-11-23';
const population = generatePopulation({ seed: 20261123, families: 300, today });
const filter = (over: Partial<StatisticsFilter> = {}): StatisticsFilter => ({
  from: '2025-01-01',
  to: '2026-12-31',
  municipality: null,
  teamId: null,
  asOf: today,
  threshold: 5,
  childConsentAge: 15,
  ...over,
});

describe('a survey round', () => {
  const round = roundOf({ id: 'm', familyId: 'f', date: '2026-10-01' });
  it('is open from the follow-up’s day through 30 days after, pinned to the day given', () => {
    expect(round.closesOn).toBe(addDays('2026-10-01', surveyOpenDays));
    expect(isOpen(round, '2026-09-30')).toBe(false);
    expect(isOpen(round, '2026-10-01')).toBe(true);
    expect(isOpen(round, '2026-10-31')).toBe(true);
    expect(isOpen(round, '2026-11-01')).toBe(false);
  });
  it('asks a child in a child’s words and a guardian the issue’s questions', () => {
    expect(questionsFor('GUARDIAN').map((q) => q.text)).toEqual(['Hur har stödet varit?', 'Har ni behövt upprepa er historia?', 'Vet ni vem ni ska vända er till?', 'Vill du berätta mer?']);
    expect(questionsFor('CHILD')[1]?.text).toBe('Har du behövt berätta samma sak för flera olika vuxna?');
    expect(questionsFor('GUARDIAN')[0]?.options).toHaveLength(5);
    expect(questionsFor('GUARDIAN')[3]?.required).toBe(false);
  });
});

describe.each(await backends())('the family’s evaluation on $name', ({ open }) => {
  let db: Database & { dispose(): Promise<void> };
  beforeAll(async () => {
    db = await open();
    await seed(db, population);
  }, 60_000);
  afterAll(() => db?.dispose());

  it('seeds answers only for closed rounds of follow-up meetings, from guardians with custody and children of 12 or more', async () => {
    const rows = await db.query<{ respondent: string; kind: string; followUpOn: string; familyId: string; roundId: string }>(
      `SELECT a.respondent, a.respondent_kind AS kind, a.follow_up_on AS "followUpOn", a.family_id AS "familyId", a.round_id AS "roundId"
         FROM survey_answers a JOIN meetings m ON m.id = a.round_id AND m.kind = 'FOLLOW_UP' AND m.date = a.follow_up_on AND m.family_id = a.family_id`,
    );
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((r) => r.kind === 'CHILD').length).toBeGreaterThan(10);
    const families = new Map(population.families.map((f) => [f.id, f]));
    for (const r of rows) {
      const family = families.get(r.familyId);
      expect(addDays(r.followUpOn, surveyOpenDays) < today).toBe(true);
      if (r.kind === 'GUARDIAN') {
        const custodians = family?.guardians.filter((g) => g.hasCustody);
        expect(custodians?.map((g) => g.personnummer)).toContain(r.respondent);
      } else {
        const child = family?.children.find((c) => c.personnummer === r.respondent);
        expect(ageOn(child?.birthDate as string, r.followUpOn)).toBeGreaterThanOrEqual(12);
      }
    }
  });

  it('counts each quarter’s answers as protected cells, the whole period as its own cell, and never the free text', async () => {
    const answer = await familySurvey(db, filter());
    expect(answer.byQuarter.map((q) => q.quarter)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    const [truth] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM survey_answers WHERE follow_up_on BETWEEN '2025-01-01' AND '2026-12-31'`);
    const total = answer.period.answers;
    expect(total.perturbed).toBe(true);
    expect(total.suppressed).toBe(false);
    expect(Math.abs((total.value as number) - (truth?.n ?? 0))).toBeLessThanOrEqual(4);
    expect(answer.period.didNotRepeat.suppressed).toBe(false);
    expect(answer.period.didNotRepeat.value).toBeGreaterThan(0);
    expect(answer.period.didNotRepeat.value).toBeLessThan(1);
    expect(JSON.stringify(answer)).not.toMatch(/Skönt|handläggare|ringa/);
    // A quarter of few answers is hidden, as every small count is.
    for (const q of answer.byQuarter) if (q.answers.suppressed) expect(q.answers.reason).toBe('SMALL_COUNT');
  });

  it('keeps an answer’s record key when it is changed, so the same people give the same noise; counts one team only when asked', async () => {
    const [row] = await db.query<{ roundId: string; respondent: string; key: number }>(`SELECT round_id AS "roundId", respondent, record_key AS key FROM survey_answers LIMIT 1`);
    const before = await answerOf(db, row?.roundId as string, row?.respondent as string);
    if (!before) throw new Error('no seeded answer');
    await saveAnswer(db, { ...before, support: before.support === 'GOOD' ? 'BAD' : 'GOOD', submittedAt: new Date().toISOString() });
    const [after] = await db.query<{ key: number; support: string }>('SELECT record_key AS key, support FROM survey_answers WHERE round_id = $1 AND respondent = $2', [row?.roundId, row?.respondent]);
    expect(after?.key).toBe(row?.key);
    expect(after?.support).not.toBe(before.support);
    const team = await familySurvey(db, filter({ teamId: 'team-1' }));
    const all = await familySurvey(db, filter());
    const [inTeam] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM survey_answers a JOIN families f ON f.id = a.family_id WHERE f.team_id = 'team-1' AND a.follow_up_on BETWEEN '2025-01-01' AND '2026-12-31'`,
    );
    expect(Math.abs((team.period.answers.value ?? 0) - (inTeam?.n ?? 0))).toBeLessThanOrEqual(4);
    expect(team.period.answers.value).toBeLessThan(all.period.answers.value as number);
  });

  it('counts only answers to the present questions’ version', async () => {
    await db.query('UPDATE survey_answers SET version = $1', [surveyVersion + 1]);
    const other = await familySurvey(db, filter());
    await db.query('UPDATE survey_answers SET version = $1', [surveyVersion]);
    expect(other.period.answers.value).toBe(0);
    expect((await familySurvey(db, filter())).period.answers.value).toBeGreaterThan(0);
  });
});
