import { type Cell, suppressedRatio, suppressTable } from './suppression.js';

/** A count or a mean as the schema's Count and Ratio cells: a suppressed one says so and why, never a silent null or 0. */
export type FigureCell = { value: number | null; suppressed: boolean; reason: string | null };

export const cellOf = (cell: Cell): FigureCell => (cell.suppressed ? { value: null, suppressed: true, reason: cell.reason } : { value: cell.value, suppressed: false, reason: null });

/** A count with no total beside it to give it back (rows that overlap): suppressed as a table of one. */
export const countCell = (n: number, threshold: number): FigureCell => cellOf((suppressTable([[n]], threshold).cells[0] as Cell[])[0] as Cell);

/** A mean or share over `base` people, rounded to `decimals`, or suppressed when the base is under the threshold. */
export function ratioCell(value: number, base: number, threshold: number, decimals = 1): FigureCell {
  const scale = 10 ** decimals;
  const r = suppressedRatio(Math.round(value * scale) / scale, base, threshold);
  return r.suppressed ? { value: null, suppressed: true, reason: r.reason } : { value: r.value, suppressed: false, reason: null };
}
