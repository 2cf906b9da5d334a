import { agencies, type Counted, countCell, keySum, nobody, type Queryable, together } from '@lotsen/kit';
import { counted, params } from '../statistics/figures.js';
import type { StatisticsFilter } from '../statistics/filter.js';
import { type ObstacleKind, obstacleKinds } from './store.js';

/** One quarter's obstacles by agency (null: another part of the support), kind and whether handled. */
interface Line {
  quarter: string;
  agency: string | null;
  kind: ObstacleKind;
  handled: boolean;
  counted: Counted;
}

/**
 * The obstacles the statistics count (docs/obstacles.md, "In the statistics"): those that happened
 * in the period, of the families every other figure counts (in coordination in the period, in the
 * team or the municipalities asked for and covered: `counted`), each with its own record key;
 * whether handled is taken on the day statuses are (the period's last day, or today if sooner), so
 * an answer about a past period stays.
 */
async function obstacleLines(db: Queryable, f: StatisticsFilter): Promise<Line[]> {
  const rows = await db.query<{ quarter: string; agency: string | null; kind: ObstacleKind; handled: boolean; n: unknown; keys: unknown }>(
    `SELECT date_trunc('quarter', o.occurred_on)::date AS quarter, o.agency, o.kind, coalesce(o.handled_at::date <= $5::date, false) AS handled,
            count(*) AS n, sum(o.record_key) AS keys
       FROM obstacles o JOIN family_facts ff ON ff.family_id = o.family_id
      WHERE o.occurred_on BETWEEN $1::date AND $2::date AND ${counted('ff')}
      GROUP BY 1, 2, 3, 4`,
    params(f, f.asOf),
  );
  return rows.map((r) => ({ quarter: String(r.quarter).slice(0, 10), agency: r.agency, kind: r.kind, handled: r.handled, counted: { n: Number(r.n), keys: keySum(r.keys) } }));
}

const quarterIndex = (day: string) => Number(day.slice(0, 4)) * 4 + Math.floor((Number(day.slice(5, 7)) - 1) / 3);

/** The first day of every quarter of the period (whole quarters, as the filter holds them). */
function quartersOf(f: StatisticsFilter): string[] {
  const first = quarterIndex(f.from);
  return Array.from({ length: quarterIndex(f.to) - first + 1 }, (_, i) => `${Math.floor((first + i) / 4)}-${String(((first + i) % 4) * 3 + 1).padStart(2, '0')}-01`);
}

/**
 * Each quarter's obstacles as protected cells: every agency and kind of the fixed lists, even with
 * none, each cell its own obstacles perturbed on its own keys, the total and the handled each a cell
 * of their own, never a sum of published parts (docs/analysts.md, "Differencing").
 */
export async function obstacleFigures(db: Queryable, f: StatisticsFilter) {
  const lines = await obstacleLines(db, f);
  const cell = (keep: (l: Line) => boolean) => countCell(together(nobody, ...lines.filter(keep).map((l) => l.counted)), f.threshold);
  return quartersOf(f).map((from) => {
    const inQuarter = (l: Line) => l.quarter === from;
    return {
      from,
      total: cell(inQuarter),
      handled: cell((l) => inQuarter(l) && l.handled),
      byAgency: [...agencies, null].map((agency) => ({ agency, count: cell((l) => inQuarter(l) && l.agency === agency) })),
      byKind: obstacleKinds.map((kind) => ({ kind, count: cell((l) => inQuarter(l) && l.kind === kind) })),
    };
  });
}
