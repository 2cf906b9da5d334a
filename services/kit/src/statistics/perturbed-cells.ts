import { addRecordKeys, cellKeyOf, drawFromKey, recordKeyModulus } from './cell-key.js';
import type { FigureCell } from './cells.js';
import { perturbCount } from './perturbation-table.js';
import { perturbationTable } from './perturbation-table-values.js';
import { checkThreshold } from './threshold.js';

/**
 * Cells protected by the cell key method (docs/analysts.md, "Differencing"). Each count is
 * published as the perturbation table gives it for its true value and its key; a total is a cell
 * like any other (its own people, its own key), never a sum of perturbed parts; a mean or median
 * is computed from a perturbed count and a perturbed magnitude; a share from two perturbed counts.
 * Beside it, a published count under the threshold is not shown (SMALL_COUNT), and a mean, median
 * or share whose published base is under the threshold is withheld (SMALL_BASE): both depend on
 * the cell's own people alone, so a cell is hidden the same way in every answer it appears in.
 */

/** A count and the sum of its contributors' record keys (modulo 2³²). */
export interface Counted {
  n: number;
  keys: number;
}

/** A count of no one: a cell nobody is in. */
export const nobody: Counted = { n: 0, keys: 0 };

/** The sum of record keys a query returns (any integer, often as text), reduced modulo 2³². */
export const keySum = (v: unknown) => (v === null || v === undefined ? 0 : Number(BigInt(String(v)) % BigInt(recordKeyModulus)));

/** Two disjoint groups of people as one: their counts and keys added. */
export const together = (...parts: Counted[]): Counted => ({ n: parts.reduce((s, p) => s + p.n, 0), keys: addRecordKeys(...parts.map((p) => p.keys)) });

/**
 * E: how far a magnitude's sum may move, as a share of its largest single contribution. At least
 * half of it, always, so that a sum over few is never published exact; at most all of it. Half
 * the largest: two answers a family apart then read that family's value no better than a guess
 * at the group's mean does (test/differencing/attack.ts measures both), while a mean over a
 * hundred moves by a quarter of a percent of the largest value at most.
 */
export const magnitudeShare = 0.5;

const withheld = (reason: 'SMALL_COUNT' | 'SMALL_BASE'): FigureCell => ({ value: null, suppressed: true, reason, perturbed: true });
const shown = (value: number): FigureCell => ({ value, suppressed: false, reason: null, perturbed: true });
const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** The published value of a count. */
export const perturbed = (c: Counted) => perturbCount(perturbationTable, c.n, cellKeyOf(c.keys));

/** A count as published: perturbed, and not shown when under the threshold (0 is shown). */
export function countCell(c: Counted, threshold: number): FigureCell {
  checkThreshold(threshold);
  const value = perturbed(c);
  return value > 0 && value < threshold ? withheld('SMALL_COUNT') : shown(value);
}

/** Noise for a magnitude: ± between half of and all of E times the largest contribution, drawn from the cell's key. */
function magnitudeNoise(c: Counted, largest: number, salt: string): number {
  const u = drawFromKey(cellKeyOf(c.keys), salt);
  const size = 0.5 + Math.abs(2 * u - 1) * 0.5;
  return (u < 0.5 ? -1 : 1) * size * magnitudeShare * Math.abs(largest);
}

/** The published base of a mean, median or share, or why it is withheld. */
function publishedBase(base: Counted, threshold: number): number | FigureCell {
  checkThreshold(threshold);
  const n = perturbed(base);
  return n < threshold ? withheld('SMALL_BASE') : n;
}

/**
 * A mean over c's people: the sum of their values (`sum`, with `largest` the largest in size)
 * perturbed, over their perturbed count. `salt` names the magnitude (each its own noise).
 */
export function meanCell(c: Counted, sum: number, largest: number, salt: string, threshold: number, decimals = 2): FigureCell {
  const base = publishedBase(c, threshold);
  if (typeof base !== 'number') return base;
  return shown(round((sum + magnitudeNoise(c, largest, salt)) / base, decimals));
}

/** A median over c's people, moved by the magnitude's noise shared out over the published count. */
export function medianCell(c: Counted, median: number, largest: number, salt: string, threshold: number, decimals = 2): FigureCell {
  const base = publishedBase(c, threshold);
  if (typeof base !== 'number') return base;
  return shown(round(median + magnitudeNoise(c, largest, salt) / base, decimals));
}

/** A share: the part's published count over the base's, at most 1. */
export function shareCell(part: Counted, base: Counted, threshold: number, decimals = 2): FigureCell {
  const b = publishedBase(base, threshold);
  if (typeof b !== 'number') return b;
  return shown(round(Math.min(1, perturbed(part) / b), decimals));
}

/** A rate of two counts of different things (meetings per family): published count over published count. */
export function rateCell(count: Counted, per: Counted, threshold: number, decimals = 2): FigureCell {
  const b = publishedBase(per, threshold);
  if (typeof b !== 'number') return b;
  return shown(round(perturbed(count) / b, decimals));
}
