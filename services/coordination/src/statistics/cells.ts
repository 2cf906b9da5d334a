import { type Cell, suppressedRatio, suppressTable } from '@lotsen/kit';

/** A count as the schema's Count: a suppressed one says so and why, never a silent null or 0. */
export type CountCell = { value: number | null; suppressed: boolean; reason: string | null };

export const countOf = (cell: Cell): CountCell => (cell.suppressed ? { value: null, suppressed: true, reason: cell.reason } : { value: cell.value, suppressed: false, reason: null });

/** Counts that overlap (started, ongoing, closed) have no total to give one back: each stands alone. */
export function alone(value: number, threshold: number): CountCell {
  return countOf((suppressTable([[value]], threshold).cells[0] as Cell[])[0] as Cell);
}

/** A table of counts with its totals, suppressed together (kit: suppressTable). */
export function table(counts: number[][], threshold: number) {
  const t = suppressTable(counts, threshold);
  return { cells: t.cells.map((r) => r.map(countOf)), rowTotals: t.rowTotals.map(countOf), columnTotals: t.columnTotals.map(countOf), total: countOf(t.total) };
}

/** A mean or share over `base` people, to two decimals, or suppressed under the threshold. */
export function ratio(value: number, base: number, threshold: number): CountCell {
  const r = suppressedRatio(Math.round(value * 100) / 100, base, threshold);
  return r.suppressed ? { value: null, suppressed: true, reason: r.reason } : { value: r.value, suppressed: false, reason: null };
}
