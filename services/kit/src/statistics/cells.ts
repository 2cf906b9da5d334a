import { type Cell, suppressedRatio, suppressTable } from './suppression.js';

/**
 * A count or a mean as the schema's Count and Ratio cells: a suppressed one says so and why, never
 * a silent null or 0; `perturbed` says whether the cell key method protects it (perturbed-cells.ts).
 */
export type FigureCell = { value: number | null; suppressed: boolean; reason: string | null; perturbed: boolean };

export const cellOf = (cell: Cell): FigureCell =>
  cell.suppressed ? { value: null, suppressed: true, reason: cell.reason, perturbed: false } : { value: cell.value, suppressed: false, reason: null, perturbed: false };

/** A count with no total beside it to give it back (rows that overlap), suppressed as a table of one but not perturbed. */
export const suppressedCountCell = (n: number, threshold: number): FigureCell => cellOf((suppressTable([[n]], threshold).cells[0] as Cell[])[0] as Cell);

/** A mean or share over `base` people, rounded to `decimals`, or suppressed when the base is under the threshold; not perturbed. */
export function suppressedRatioCell(value: number, base: number, threshold: number, decimals = 1): FigureCell {
  const scale = 10 ** decimals;
  const r = suppressedRatio(Math.round(value * scale) / scale, base, threshold);
  return r.suppressed ? { value: null, suppressed: true, reason: r.reason, perturbed: false } : { value: r.value, suppressed: false, reason: null, perturbed: false };
}
