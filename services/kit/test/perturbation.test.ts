import { describe, expect, it } from 'vitest';
import { addRecordKeys, cellKeyOf, derivedRecordKey, drawFromKey, recordKeyModulus } from '../src/statistics/cell-key.js';
import { chosenParameters } from '../src/statistics/perturbation-parameters.js';
import { generatePerturbationTable, lastDistinctRow, perturbCount, supportOf } from '../src/statistics/perturbation-table.js';
import { perturbationTable } from '../src/statistics/perturbation-table-values.js';
import { countCell, magnitudeShare, meanCell, medianCell, perturbed, shareCell, together } from '../src/statistics/perturbed-cells.js';

const { maxDeviation: D, variance: V } = perturbationTable;
/** Every row's mean and variance around its true count. */
const moments = (n: number) => {
  const r = perturbationTable.rows[n] ?? perturbationTable.rows[perturbationTable.rows.length - 1];
  const shift = Math.max(0, n - (perturbationTable.rows.length - 1));
  const values = (r?.values ?? []).map((v) => v + shift);
  const p = r?.probabilities ?? [];
  const mean = values.reduce((s, v, i) => s + v * (p[i] as number), 0);
  return { values, p, mean, variance: values.reduce((s, v, i) => s + (v - n) ** 2 * (p[i] as number), 0) };
};
/** A deterministic stream of keys in [0, 1), evenly spread. */
const keys = (count: number) => Array.from({ length: count }, (_, i) => ((i + 0.5) * 0.6180339887) % 1);

describe('the perturbation table', () => {
  it('is what the script generates for the chosen D and V (npm run perturbation-table -w @lotsen/kit)', () => {
    expect(perturbationTable).toEqual(generatePerturbationTable(chosenParameters.maxDeviation, chosenParameters.variance));
    expect([D, V]).toEqual([chosenParameters.maxDeviation, chosenParameters.variance]);
    expect(perturbationTable.rows).toHaveLength(lastDistinctRow(D) + 1);
  });

  it('is unbiased, has the stated variance, moves no count by more than D, and never publishes 1 or 2', () => {
    for (let n = 0; n <= 60; n++) {
      const m = moments(n);
      expect(
        m.p.reduce((s, x) => s + x, 0),
        `row ${n} sums to 1`,
      ).toBeCloseTo(1, 12);
      expect(m.mean, `row ${n} is unbiased`).toBeCloseTo(n, 9);
      // Rows 1 and 2 cannot be unbiased with less than 2: their only values are 0 and 3 or more.
      if (n === 0) expect(m.variance).toBe(0);
      else expect(m.variance, `row ${n}'s variance`).toBeCloseTo(Math.max(V, 2), 9);
      for (const v of m.values) {
        expect(Math.abs(v - n)).toBeLessThanOrEqual(D);
        expect(v === 1 || v === 2, `row ${n} publishes ${v}`).toBe(false);
        expect(v).toBeGreaterThanOrEqual(0);
      }
      expect(m.values).toEqual(n <= lastDistinctRow(D) ? supportOf(n, D) : supportOf(n, D).filter((v) => v >= 3));
    }
  });

  it('gives the same count and key the same answer, and over many keys the row’s own distribution', () => {
    for (const n of [0, 1, 2, 3, 4, 7, 25, 400]) {
      const answers = keys(20_000).map((k) => perturbCount(perturbationTable, n, k));
      expect(keys(20_000).map((k) => perturbCount(perturbationTable, n, k))).toEqual(answers);
      const mean = answers.reduce((s, v) => s + v, 0) / answers.length;
      const variance = answers.reduce((s, v) => s + (v - n) ** 2, 0) / answers.length;
      expect(mean, `count ${n}`).toBeCloseTo(n, 1);
      expect(variance, `count ${n}`).toBeCloseTo(n === 0 ? 0 : Math.max(V, 2), 1);
    }
    expect(new Set(keys(5_000).map((k) => perturbCount(perturbationTable, 1, k)))).toEqual(new Set([0, 3, 4, 5]));
  });

  it('refuses parameters it cannot honour, and input that is not a count or a key', () => {
    expect(() => generatePerturbationTable(2, 1)).toThrow(/D is an integer of at least 3/);
    expect(() => generatePerturbationTable(4, 16)).toThrow(/V is between 0 and D²/);
    expect(() => perturbCount(perturbationTable, -1, 0.5)).toThrow(/non-negative integer/);
    expect(() => perturbCount(perturbationTable, 2.5, 0.5)).toThrow(/non-negative integer/);
    expect(() => perturbCount(perturbationTable, 3, 1)).toThrow(/\[0, 1\)/);
  });
});

describe('cell keys', () => {
  it('are the sum of the contributors’ record keys modulo 2³², whatever the order or the size of the sum', () => {
    const records = [4_000_000_000, 3_999_999_999, 17, 2 ** 31];
    const sum = records.reduce((s, k) => s + k, 0);
    expect(cellKeyOf(sum)).toBe(cellKeyOf(String(sum)));
    expect(cellKeyOf(sum)).toBe(addRecordKeys(...records.reverse()) / recordKeyModulus);
    expect(cellKeyOf(0)).toBe(0);
    expect(() => cellKeyOf(-1)).toThrow(/not negative/);
  });

  it('draw a second number that depends on the salt, evenly spread', () => {
    expect(drawFromKey(0.25, 'a')).toBe(drawFromKey(0.25, 'a'));
    expect(drawFromKey(0.25, 'a')).not.toBe(drawFromKey(0.25, 'b'));
    const draws = keys(10_000).map((k) => drawFromKey(k, 'days'));
    expect(draws.every((d) => d >= 0 && d < 1)).toBe(true);
    expect(draws.filter((d) => d < 0.5).length / draws.length).toBeCloseTo(0.5, 1);
  });

  it('are derived for an agency with its own secret: the same person the same key, another secret another key', () => {
    expect(derivedRecordKey('hemlig', '201701012393')).toBe(derivedRecordKey('hemlig', '201701012393'));
    expect(derivedRecordKey('hemlig', '201701012393')).not.toBe(derivedRecordKey('annan', '201701012393'));
    expect(derivedRecordKey('hemlig', '201701012393')).toBeLessThan(recordKeyModulus);
  });
});

describe('perturbed cells', () => {
  const c = (n: number, k: number) => ({ n, keys: k });

  it('show a count as the table publishes it, hide one under the threshold, and show 0 as 0', () => {
    for (let k = 0; k < recordKeyModulus; k += 97_654_321) {
      // One person is published as 0, hidden (3 or 4), or as 5: never as 1 or 2.
      const cell = countCell(c(1, k), 5);
      expect(cell.perturbed).toBe(true);
      expect(cell.value === 0 || cell.value === 5 || (cell.suppressed && cell.reason === 'SMALL_COUNT'), JSON.stringify(cell)).toBe(true);
      const big = countCell(c(40, k), 5);
      expect(Math.abs((big.value as number) - 40)).toBeLessThanOrEqual(D);
    }
    expect(countCell(c(0, 0), 5)).toEqual({ value: 0, suppressed: false, reason: null, perturbed: true });
  });

  it('count a total from its own people: the parts’ keys added, not the published parts', () => {
    const parts = [c(3, 11), c(4, 4_000_000_000), c(9, 123_456)];
    const total = together(...parts);
    expect(total).toEqual({ n: 16, keys: (11 + 4_000_000_000 + 123_456) % recordKeyModulus });
    expect(countCell(total, 5).value).toBe(perturbed(total));
  });

  it('withhold a mean, median or share whose published base is under the threshold, and move a mean’s sum by between half of E and E times its largest value', () => {
    let moved = 0;
    for (let k = 1; k < recordKeyModulus; k += 123_456_789) {
      const base = c(10, k);
      const n = perturbed(base);
      const mean = meanCell(base, 3000, 600, 'days', 5, 6);
      const exact = 3000 / n;
      const shift = Math.abs((mean.value as number) * n - 3000);
      expect(shift).toBeGreaterThanOrEqual(0.5 * magnitudeShare * 600 - 1e-3);
      expect(shift).toBeLessThanOrEqual(magnitudeShare * 600 + 1e-3);
      if (mean.value !== exact) moved++;
      const median = medianCell(base, 280, 600, 'days', 5, 6);
      expect(Math.abs((median.value as number) - 280)).toBeGreaterThanOrEqual((0.5 * magnitudeShare * 600) / n - 1e-3);
    }
    expect(moved).toBeGreaterThan(0);
    const small = c(2, 3);
    expect(meanCell(small, 10, 5, 'x', 5)).toEqual({ value: null, suppressed: true, reason: 'SMALL_BASE', perturbed: true });
    expect(shareCell(c(1, 5), small, 5).reason).toBe('SMALL_BASE');
    expect(shareCell(c(40, 5), c(40, 5), 5).value).toBe(1);
  });
});
