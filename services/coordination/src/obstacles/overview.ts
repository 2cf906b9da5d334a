import type { ObstacleKind, ObstacleRow } from './store.js';

/** The whole months of the last `months`, this one included: the first day of the first, and today. */
export function lastMonths(months: number, today: string): { from: string; to: string; monthList: string[] } {
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const monthList = Array.from({ length: months }, (_, i) => {
    const index = year * 12 + (month - 1) - (months - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
  return { from: `${monthList[0]}-01`, to: today, monthList };
}

/** "2026-03" → "2026-Q1". */
export const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

interface Period {
  period: string;
  count: number;
  handled: number;
}

function perPeriod(rows: readonly ObstacleRow[], periods: readonly string[], periodOf: (month: string) => string): Period[] {
  const table = new Map(periods.map((p) => [p, { period: p, count: 0, handled: 0 }]));
  for (const r of rows) {
    const p = table.get(periodOf(r.occurredOn.slice(0, 7)));
    if (!p) continue;
    p.count += 1;
    if (r.handledAt) p.handled += 1;
  }
  return [...table.values()];
}

/**
 * The management group's grouping of a municipality's obstacles (docs/obstacles.md): by agency and
 * kind (groups with any, the largest first), per month and per quarter (every one of the period).
 * Exact counts: the group sees each obstacle itself, so a count tells it nothing more.
 */
export function groupObstacles(rows: readonly ObstacleRow[], monthList: readonly string[]) {
  const groups = new Map<string, { agency: string | null; kind: ObstacleKind; count: number; open: number }>();
  for (const r of rows) {
    const key = `${r.agency ?? ''}|${r.kind}`;
    const g = groups.get(key) ?? { agency: r.agency, kind: r.kind, count: 0, open: 0 };
    g.count += 1;
    if (!r.handledAt) g.open += 1;
    groups.set(key, g);
  }
  return {
    byAgencyAndKind: [...groups.values()].sort((a, b) => b.count - a.count || (a.agency ?? '~').localeCompare(b.agency ?? '~') || a.kind.localeCompare(b.kind)),
    perMonth: perPeriod(rows, monthList, (m) => m),
    perQuarter: perPeriod(rows, [...new Set(monthList.map(quarterOf))], quarterOf),
  };
}
