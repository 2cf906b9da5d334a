import { describe, expect, it } from 'vitest';
import { firstDayOf, lastDayOf, parseQuarterKey, periodInWords, periodProblem, quarterKey, quarterName, quarterOf, quartersUpTo } from '../src/statistics/quarters.js';

describe('quarters, the only periods statistics take', () => {
  it('finds the quarter of a day and its first and last days', () => {
    expect(quarterOf('2026-11-26')).toEqual({ year: 2026, quarter: 4 });
    expect(quarterOf('2026-01-01')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf('2026-03-31')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf('2026-04-01')).toEqual({ year: 2026, quarter: 2 });
    expect([1, 2, 3, 4].map((quarter) => [firstDayOf({ year: 2025, quarter }), lastDayOf({ year: 2025, quarter })])).toEqual([
      ['2025-01-01', '2025-03-31'],
      ['2025-04-01', '2025-06-30'],
      ['2025-07-01', '2025-09-30'],
      ['2025-10-01', '2025-12-31'],
    ]);
  });

  it('lists the quarters up to the present one, the oldest first, across a new year', () => {
    expect(quartersUpTo({ year: 2026, quarter: 2 }, 4).map(quarterKey)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    expect(quarterName({ year: 2026, quarter: 3 })).toBe('Kvartal 3 2026 (juli–september)');
  });

  it('reads back only a quarter it wrote', () => {
    expect(parseQuarterKey('2026-Q4')).toEqual({ year: 2026, quarter: 4 });
    for (const bad of ['2026-Q5', '2026-Q0', '2026-4', '', 'x2026-Q1', '2026-Q1 ']) expect(parseQuarterKey(bad), bad).toBeNull();
  });

  it('takes one to eight quarters in order, and says what is wrong otherwise', () => {
    expect(periodProblem({ year: 2026, quarter: 1 }, { year: 2026, quarter: 1 })).toBeNull();
    expect(periodProblem({ year: 2025, quarter: 1 }, { year: 2026, quarter: 4 })).toBeNull();
    expect(periodProblem({ year: 2026, quarter: 2 }, { year: 2026, quarter: 1 })).toMatch(/före från-kvartalet/);
    expect(periodProblem({ year: 2024, quarter: 4 }, { year: 2026, quarter: 4 })).toBe('Perioden kan vara högst 8 kvartal. Du har valt 9.');
  });

  it('words a period as the graph applied it', () => {
    expect(periodInWords('2026-01-01', '2026-12-31')).toBe('2026-01-01 – 2026-12-31 (kvartal 1–4 2026)');
    expect(periodInWords('2026-10-01', '2026-12-31')).toBe('2026-10-01 – 2026-12-31 (kvartal 4 2026)');
    expect(periodInWords('2025-04-01', '2026-03-31')).toBe('2025-04-01 – 2026-03-31 (kvartal 2 2025 – kvartal 1 2026)');
  });
});
