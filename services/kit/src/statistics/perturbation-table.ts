/**
 * The perturbation table of the cell key method (docs/analysts.md, "Differencing"): for each true
 * count n, the values it may be published as and the probability of each, chosen once and for
 * all. A cell's key (a number in [0, 1) fixed by who is in the cell) picks the value from the
 * row's cumulative probabilities, so the same people always give the same published count.
 *
 * Each row is unbiased (the published value's mean is n), has the stated variance V where its
 * support allows it (rows 1 and 2 have at least 2: their only unbiased values are 0 and 3 or
 * more), never moves a count by more than D, and never publishes 1 or 2: a small count becomes 0
 * or at least 3. Within those constraints a row spreads its probability as evenly as it can (the
 * maximum-entropy distribution, as Destatis' and Statistik Austria's `ptable` package does).
 */
export interface PerturbationTable {
  /** D: the largest difference between a true and a published count. */
  maxDeviation: number;
  /** V: each row's variance around its true count (rows 1 and 2: at least their least possible). */
  variance: number;
  /** rows[n] for true counts 0 … rows.length - 1; a larger count uses the last row, shifted. */
  rows: PerturbationRow[];
}

export interface PerturbationRow {
  /** The published values, ascending. */
  values: number[];
  /** Their probabilities, in the same order. */
  probabilities: number[];
}

/** The values a true count n may be published as: within D of n, never negative, never 1 or 2. */
export function supportOf(n: number, maxDeviation: number): number[] {
  if (n === 0) return [0];
  const values: number[] = [];
  for (let j = Math.max(0, n - maxDeviation); j <= n + maxDeviation; j++) if (j !== 1 && j !== 2) values.push(j);
  return values;
}

/** The last row needed: from n = D + 3 on, no row's support touches 0, 1 or 2, so all are shifts of one another. */
export const lastDistinctRow = (maxDeviation: number) => maxDeviation + 3;

/**
 * The table for D and V. A row whose least possible unbiased variance is V or more takes that
 * least one (two values, either side of n); every other row is the maximum-entropy distribution
 * with mean n and variance V, p(j) ∝ exp(a·(j−n) + b·(j−n)²), found by Newton's method.
 */
export function generatePerturbationTable(maxDeviation: number, variance: number): PerturbationTable {
  if (!Number.isInteger(maxDeviation) || maxDeviation < 3) throw new Error('D is an integer of at least 3, so that 1 and 2 can become 0 or 3');
  if (!(variance > 0) || variance >= maxDeviation ** 2) throw new Error(`V is between 0 and D² (${maxDeviation ** 2})`);
  const rows: PerturbationRow[] = [];
  for (let n = 0; n <= lastDistinctRow(maxDeviation); n++) rows.push(row(n, maxDeviation, variance));
  return { maxDeviation, variance, rows };
}

function row(n: number, maxDeviation: number, variance: number): PerturbationRow {
  const values = supportOf(n, maxDeviation);
  if (values.length === 1) return { values, probabilities: [1] };
  const d = values.map((j) => j - n);
  const below = Math.max(...d.filter((x) => x <= 0));
  const above = Math.min(...d.filter((x) => x >= 0));
  const least = -below * above;
  if (variance <= least + 1e-12) {
    // Two values either side of n, weighted so that the mean is n: the least variance possible.
    const pAbove = below === 0 ? 0 : -below / (above - below);
    return { values, probabilities: d.map((x) => (x === above ? pAbove : x === below ? 1 - pAbove : 0)) };
  }
  return { values, probabilities: maximumEntropy(d, variance) };
}

/** p(d) ∝ exp(a·d + b·d²) with Σp·d = 0 and Σp·d² = V. */
function maximumEntropy(d: number[], variance: number): number[] {
  let a = 0;
  let b = -1 / (2 * variance);
  const probabilities = (a: number, b: number) => {
    const w = d.map((x) => a * x + b * x * x);
    const top = Math.max(...w);
    const e = w.map((x) => Math.exp(x - top));
    const sum = e.reduce((s, x) => s + x, 0);
    return e.map((x) => x / sum);
  };
  const moments = (p: number[]) => {
    let m1 = 0;
    let m2 = 0;
    let m3 = 0;
    let m4 = 0;
    p.forEach((pi, i) => {
      const x = d[i] as number;
      m1 += pi * x;
      m2 += pi * x * x;
      m3 += pi * x ** 3;
      m4 += pi * x ** 4;
    });
    return { m1, m2, m3, m4 };
  };
  for (let step = 0; step < 200; step++) {
    const { m1, m2, m3, m4 } = moments(probabilities(a, b));
    const f1 = m1;
    const f2 = m2 - variance;
    if (Math.abs(f1) < 1e-14 && Math.abs(f2) < 1e-13) break;
    // The Jacobian is the covariance of (d, d²) under p.
    const j11 = m2 - m1 * m1;
    const j12 = m3 - m1 * m2;
    const j22 = m4 - m2 * m2;
    const det = j11 * j22 - j12 * j12;
    const da = (j22 * f1 - j12 * f2) / det;
    const db = (j11 * f2 - j12 * f1) / det;
    // A damped step: the full Newton step can overshoot where p is nearly degenerate.
    let t = 1;
    const size = (x: number, y: number) => {
      const m = moments(probabilities(x, y));
      return Math.abs(m.m1) + Math.abs(m.m2 - variance);
    };
    const now = Math.abs(f1) + Math.abs(f2);
    while (t > 1e-6 && size(a - t * da, b - t * db) >= now) t /= 2;
    a -= t * da;
    b -= t * db;
  }
  const p = probabilities(a, b);
  const { m1, m2 } = moments(p);
  if (Math.abs(m1) > 1e-9 || Math.abs(m2 - variance) > 1e-9) throw new Error(`no distribution over ${d.join(',')} has mean 0 and variance ${variance}`);
  return p;
}

/**
 * The published count for a true count n and a cell key in [0, 1): the value whose interval of
 * the row's cumulative probabilities holds the key.
 */
export function perturbCount(table: PerturbationTable, n: number, cellKey: number): number {
  if (!Number.isInteger(n) || n < 0) throw new Error(`a count is a non-negative integer, not ${n}`);
  if (!(cellKey >= 0 && cellKey < 1)) throw new Error(`a cell key is in [0, 1), not ${cellKey}`);
  const last = table.rows.length - 1;
  const r = table.rows[Math.min(n, last)] as PerturbationRow;
  const shift = n > last ? n - last : 0;
  let cumulative = 0;
  for (let i = 0; i < r.values.length; i++) {
    cumulative += r.probabilities[i] as number;
    if (cellKey < cumulative) return (r.values[i] as number) + shift;
  }
  // Rounding can leave the last cumulative a hair under 1.
  return (r.values[r.values.length - 1] as number) + shift;
}
