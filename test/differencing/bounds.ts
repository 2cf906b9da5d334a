import type { PerturbationTable } from '@lotsen/kit';
import type { Relation } from './relations.js';

/** What a published cell says about its true count: its value, or that it was hidden as small. */
export type Published = { value: number } | { hidden: 'SMALL_COUNT'; threshold: number };

export type Bounds = Map<string, [lo: number, hi: number]>;

/**
 * The true counts a published cell allows, by the perturbation table the analyst can read in the
 * docs: every n whose row can publish what was published. A hidden cell was published under the
 * threshold, so as one of the values from 3 up to it.
 */
export function allowed(table: PerturbationTable, cell: Published): [number, number] {
  const publishable = (n: number, v: number) => {
    const last = table.rows.length - 1;
    const row = table.rows[Math.min(n, last)];
    const shift = Math.max(0, n - last);
    return row?.values.some((x, i) => x + shift === v && (row.probabilities[i] as number) > 0) ?? false;
  };
  const values = 'value' in cell ? [cell.value] : Array.from({ length: cell.threshold - 3 }, (_, i) => 3 + i);
  const top = Math.max(...values) + table.maxDeviation;
  const possible: number[] = [];
  for (let n = 0; n <= top; n++) if (values.some((v) => publishable(n, v))) possible.push(n);
  return [Math.min(...possible), Math.max(...possible)];
}

/**
 * The strongest an attacker does with linear relations and bounded noise: start from what each
 * published cell allows (or nothing below 0 where nothing was published), then narrow every
 * variable by every relation it is in (x = −Σ others, within the others' bounds), in whole
 * numbers, until nothing narrows. Sound: the truth stays inside every interval.
 */
export function propagate(start: Bounds, relations: readonly Relation[], rounds = 100): Bounds {
  const bounds: Bounds = new Map(start);
  const get = (v: string) => bounds.get(v) ?? [0, Number.POSITIVE_INFINITY];
  for (let round = 0; round < rounds; round++) {
    let narrowed = false;
    for (const r of relations) {
      for (const [target, sign] of r.terms) {
        // sign·target = −Σ s·x over the others.
        let lo = 0;
        let hi = 0;
        for (const [other, s] of r.terms) {
          if (other === target) continue;
          const [a, b] = get(other);
          if (s === 1) {
            lo -= b;
            hi -= a;
          } else {
            lo += a;
            hi += b;
          }
        }
        const [tlo, thi] = sign === 1 ? [lo, hi] : [-hi, -lo];
        const [clo, chi] = get(target);
        const nlo = Math.max(clo, Math.ceil(tlo));
        const nhi = Math.min(chi, Math.floor(thi));
        if (nlo > clo || nhi < chi) {
          bounds.set(target, [nlo, nhi]);
          narrowed = true;
        }
      }
    }
    if (!narrowed) break;
  }
  return bounds;
}
