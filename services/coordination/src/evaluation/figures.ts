import { type Counted, countCell, type FigureCell, nobody, type Queryable, shareCell, together } from '@lotsen/kit';
import { counted, countedOf, params } from '../statistics/figures.js';
import type { StatisticsFilter } from '../statistics/filter.js';
import { repeatedSteps, supportSteps, surveyVersion } from './questions.js';

/**
 * The survey's figures (docs/evaluation.md, "In the statistics"): answers of the counted
 * families, by the quarter of the follow-up they answered, each count a cell of its own answers'
 * record keys (the cell key method, docs/analysts.md). Only answers to the present questions'
 * version are counted; the free text never is.
 */
const conditions: Record<string, string> = {
  answers: 'true',
  guardians: `a.respondent_kind = 'GUARDIAN'`,
  children: `a.respondent_kind = 'CHILD'`,
  knowsWhom: 'a.knows_whom',
  goodSupport: `a.support IN ('GOOD', 'VERY_GOOD')`,
  ...Object.fromEntries(supportSteps.map((s) => [`support_${s}`, `a.support = '${s}'`])),
  ...Object.fromEntries(repeatedSteps.map((s) => [`repeated_${s}`, `a.repeated = '${s}'`])),
};

type Cells = Record<string, Counted>;

/** The counts of one group of answers (a quarter, or the whole period): each cell its own answers. */
async function answerCells(db: Queryable, f: StatisticsFilter): Promise<Map<string, Cells>> {
  const columns = Object.entries(conditions)
    .map(([name, where]) => `count(*) FILTER (WHERE ${where}) AS "${name}", sum(a.record_key) FILTER (WHERE ${where}) AS "${name}_keys"`)
    .join(',\n       ');
  const rows = await db.query<Record<string, unknown> & { quarter: string }>(
    `SELECT to_char(date_trunc('quarter', a.follow_up_on), 'YYYY-MM-DD') AS quarter,
       ${columns}
     FROM survey_answers a JOIN family_facts f ON f.family_id = a.family_id
     WHERE ${counted('f')} AND a.follow_up_on BETWEEN $1::date AND $2::date AND a.version = $5
     GROUP BY 1`,
    params(f, surveyVersion),
  );
  return new Map(rows.map((r) => [r.quarter, Object.fromEntries(Object.keys(conditions).map((name) => [name, countedOf(r, name, `${name}_keys`)]))]));
}

const quarterStarts = (from: string, to: string) => {
  const starts: string[] = [];
  for (let y = Number(from.slice(0, 4)), m = Number(from.slice(5, 7)); `${y}-${String(m).padStart(2, '0')}-01` <= to; m += 3) {
    if (m > 12) {
      y += 1;
      m -= 12;
    }
    starts.push(`${y}-${String(m).padStart(2, '0')}-01`);
  }
  return starts;
};

const quarterName = (start: string) => `${start.slice(0, 4)}-Q${(Number(start.slice(5, 7)) + 2) / 3}`;

function figures(c: Cells, threshold: number) {
  const cell = (name: string): FigureCell => countCell(c[name] ?? nobody, threshold);
  const share = (name: string) => shareCell(c[name] ?? nobody, c.answers ?? nobody, threshold);
  return {
    answers: cell('answers'),
    guardians: cell('guardians'),
    children: cell('children'),
    support: { veryBad: cell('support_VERY_BAD'), bad: cell('support_BAD'), neither: cell('support_OK'), good: cell('support_GOOD'), veryGood: cell('support_VERY_GOOD') },
    goodSupport: share('goodSupport'),
    repeated: { manyTimes: cell('repeated_MANY_TIMES'), sometimes: cell('repeated_SOMETIMES'), no: cell('repeated_NO') },
    didNotRepeat: share('repeated_NO'),
    knowsWhom: cell('knowsWhom'),
    knowsWhomShare: share('knowsWhom'),
  };
}

/** The whole period's cells are the answers of all its quarters together, never a sum of published quarters. */
export async function familySurvey(db: Queryable, f: StatisticsFilter) {
  const byQuarter = await answerCells(db, f);
  const starts = quarterStarts(f.from, f.to);
  const empty = (): Cells => Object.fromEntries(Object.keys(conditions).map((name) => [name, nobody]));
  const quarters = starts.map((start) => ({ start, cells: byQuarter.get(start) ?? empty() }));
  const period = Object.fromEntries(Object.keys(conditions).map((name) => [name, together(nobody, ...quarters.map((q) => q.cells[name] ?? nobody))]));
  return {
    period: figures(period, f.threshold),
    byQuarter: quarters.map((q) => ({ quarter: quarterName(q.start), ...figures(q.cells, f.threshold) })),
  };
}
