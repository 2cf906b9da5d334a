/**
 * Small-cell suppression of a table of counts (docs/analysts.md, "Suppression"). A count of
 * people under the threshold is never shown (primary suppression), and neither is any cell that
 * would let one be recomputed from a total and the other cells of the same answer
 * (complementary suppression): every row and every column, with its total, holds either no
 * suppressed cell or at least two, and a total under the threshold hides its whole line.
 */

/** The smallest count shown; the policy never lets it go below three. */
export const minimumThreshold = 3;

export type Cell = { value: number; suppressed: false } | { value: null; suppressed: true; reason: 'SMALL_COUNT' | 'COMPLEMENTARY' };

export interface SuppressedTable {
  /** cells[row][column] */
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  total: Cell;
}

type Mark = 'shown' | 'SMALL_COUNT' | 'COMPLEMENTARY';

const isSmall = (n: number, threshold: number) => n > 0 && n < threshold;

export function checkThreshold(threshold: number): number {
  if (!Number.isInteger(threshold) || threshold < minimumThreshold) throw new Error(`the suppression threshold is an integer of at least ${minimumThreshold}, not ${threshold}`);
  return threshold;
}

/**
 * Suppresses a table of counts with its row, column and grand totals. A one-way table is one
 * row. Zero is shown: that nobody is counted in a cell tells nothing about a person.
 */
export function suppressTable(counts: readonly (readonly number[])[], threshold: number): SuppressedTable {
  checkThreshold(threshold);
  const rows = counts.length;
  const cols = counts[0]?.length ?? 0;
  if (counts.some((r) => r.length !== cols || r.some((n) => !Number.isInteger(n) || n < 0))) throw new Error('a table of counts is rectangular, of non-negative integers');
  const rowTotals = counts.map((r) => r.reduce((a, b) => a + b, 0));
  const columnTotals = Array.from({ length: cols }, (_, c) => counts.reduce((a, r) => a + (r[c] as number), 0));
  const total = rowTotals.reduce((a, b) => a + b, 0);

  const marks: Mark[][] = counts.map((r) => r.map((n) => (isSmall(n, threshold) ? 'SMALL_COUNT' : 'shown')));
  const rowMarks: Mark[] = rowTotals.map((n) => (isSmall(n, threshold) ? 'SMALL_COUNT' : 'shown'));
  const colMarks: Mark[] = columnTotals.map((n) => (isSmall(n, threshold) ? 'SMALL_COUNT' : 'shown'));
  const totalMark: Mark = isSmall(total, threshold) ? 'SMALL_COUNT' : 'shown';

  // A total under the threshold needs nothing more here: every count of its line is at most the
  // total, so each one that is not zero is already hidden, and a zero tells nothing.
  // Until stable: a line (cells and its total) with exactly one hidden member gets a second, the
  // smallest shown cell of the line, preferring one that is not zero (a hidden zero protects nothing).
  type Member = { value: number; get: () => Mark; hide: () => void };
  const cellMember = (r: number, c: number): Member => ({
    value: counts[r]?.[c] as number,
    get: () => marks[r]?.[c] as Mark,
    hide: () => {
      (marks[r] as Mark[])[c] = 'COMPLEMENTARY';
    },
  });
  const lineMember = (list: Mark[], i: number, value: number): Member => ({
    value,
    get: () => list[i] as Mark,
    hide: () => {
      list[i] = 'COMPLEMENTARY';
    },
  });
  const totals: { mark: Mark } = { mark: totalMark };
  const totalMember: Member = {
    value: total,
    get: () => totals.mark,
    hide: () => {
      totals.mark = 'COMPLEMENTARY';
    },
  };
  const lines: Member[][] = [
    ...Array.from({ length: rows }, (_, r) => [...Array.from({ length: cols }, (_, c) => cellMember(r, c)), lineMember(rowMarks, r, rowTotals[r] as number)]),
    ...Array.from({ length: cols }, (_, c) => [...Array.from({ length: rows }, (_, r) => cellMember(r, c)), lineMember(colMarks, c, columnTotals[c] as number)]),
    // The totals of rows and of columns each add up to the grand total.
    [...Array.from({ length: rows }, (_, r) => lineMember(rowMarks, r, rowTotals[r] as number)), totalMember],
    [...Array.from({ length: cols }, (_, c) => lineMember(colMarks, c, columnTotals[c] as number)), totalMember],
  ];
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const hidden = line.filter((m) => m.get() !== 'shown');
      if (hidden.length !== 1) continue;
      const shown = line.filter((m) => m.get() === 'shown');
      const pick = [...shown].sort((a, b) => Number(a.value === 0) - Number(b.value === 0) || a.value - b.value)[0];
      if (!pick) continue;
      pick.hide();
      changed = true;
    }
  }

  const cell = (value: number, mark: Mark): Cell => (mark === 'shown' ? { value, suppressed: false } : { value: null, suppressed: true, reason: mark });
  return {
    cells: counts.map((r, ri) => r.map((n, ci) => cell(n, marks[ri]?.[ci] as Mark))),
    rowTotals: rowTotals.map((n, i) => cell(n, rowMarks[i] as Mark)),
    columnTotals: columnTotals.map((n, i) => cell(n, colMarks[i] as Mark)),
    total: cell(total, totals.mark),
  };
}

/** A mean or a share is shown only over a base of at least the threshold. */
export function suppressedRatio(value: number, base: number, threshold: number): { value: number; suppressed: false } | { value: null; suppressed: true; reason: 'SMALL_BASE' } {
  checkThreshold(threshold);
  return base < threshold ? { value: null, suppressed: true, reason: 'SMALL_BASE' } : { value, suppressed: false };
}
