import { describe, expect, it } from 'vitest';
import { type Cell, suppressedRatio, suppressTable } from '../src/statistics/suppression.js';

const values = (cells: Cell[]) => cells.map((c) => c.value);

/** A small seeded generator, so that a failing table can be found again. */
function random(seed: number) {
  let s = seed >>> 0;
  return (max: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % max;
  };
}

describe('small-cell suppression', () => {
  it('hides a count under the threshold and one more cell of its line, so the total cannot give it back', () => {
    const t = suppressTable([[12, 3, 40, 7]], 5);
    expect(values(t.cells[0] as Cell[])).toEqual([12, null, 40, null]);
    expect((t.cells[0] as Cell[])[1]).toMatchObject({ suppressed: true, reason: 'SMALL_COUNT' });
    expect((t.cells[0] as Cell[])[3]).toMatchObject({ suppressed: true, reason: 'COMPLEMENTARY' });
    expect(t.total).toEqual({ value: 62, suppressed: false });
  });

  it('shows zero, and prefers a non-zero cell as the complement', () => {
    const t = suppressTable([[0, 2, 30, 9]], 5);
    expect(values(t.cells[0] as Cell[])).toEqual([0, null, 30, null]);
  });

  it('hides everything when the total itself is small', () => {
    const t = suppressTable([[1, 2, 0]], 5);
    expect(t.total.suppressed).toBe(true);
    expect(values(t.cells[0] as Cell[])).toEqual([null, null, 0]);
  });

  it('keeps the total of two small cells: their sum alone tells neither', () => {
    const t = suppressTable([[3, 3]], 5);
    expect(values(t.cells[0] as Cell[])).toEqual([null, null]);
    expect(t.total).toEqual({ value: 6, suppressed: false });
  });

  it('refuses a threshold under three and a table that is not one of counts', () => {
    expect(() => suppressTable([[1]], 2)).toThrow(/at least 3/);
    expect(() => suppressTable([[1, -1]], 5)).toThrow(/non-negative/);
    expect(() => suppressTable([[1, 2], [3]], 5)).toThrow(/rectangular/);
  });

  it('on thousands of random tables: every small count hidden, and no line with exactly one hidden member', () => {
    const next = random(20261126);
    for (let i = 0; i < 3000; i++) {
      const rows = 1 + next(4);
      const cols = 1 + next(6);
      const counts = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (next(3) === 0 ? next(6) : next(60))));
      const t = suppressTable(counts, 5);
      for (const [ri, r] of counts.entries()) {
        for (const [ci, n] of r.entries()) {
          const cell = t.cells[ri]?.[ci] as Cell;
          if (n > 0 && n < 5) expect(cell.suppressed).toBe(true);
          if (!cell.suppressed) expect(cell.value).toBe(n);
        }
      }
      const lines: Cell[][] = [
        ...t.cells.map((r, ri) => [...r, t.rowTotals[ri] as Cell]),
        ...Array.from({ length: cols }, (_, ci) => [...t.cells.map((r) => r[ci] as Cell), t.columnTotals[ci] as Cell]),
        [...t.rowTotals, t.total],
        [...t.columnTotals, t.total],
      ];
      for (const line of lines) expect(line.filter((c) => c.suppressed).length).not.toBe(1);
    }
  }, 60_000);

  it('hides a mean or share over a base under the threshold', () => {
    expect(suppressedRatio(0.5, 4, 5)).toEqual({ value: null, suppressed: true, reason: 'SMALL_BASE' });
    expect(suppressedRatio(0.5, 5, 5)).toEqual({ value: 0.5, suppressed: false });
  });
});
