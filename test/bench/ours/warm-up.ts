// Warming a system before its latency is read: on 2026-12-07 the caseload's first p95 at 20/s
// was 501-507 ms and a minute later 106-119 ms (the JIT, connection pools, the simulators' and
// PostgreSQL's caches). Rounds at the measured rate go on until two in a row agree.

export interface Warming {
  /** Each round's p95 in ms, in order. */
  p95s: number[];
  /** True when the last two rounds' p95 agreed within the tolerance. */
  stable: boolean;
}

/**
 * Runs `round` (a load phase of the given seconds, answering its p95) until two consecutive
 * rounds' p95 differ by no more than `tolerance` of the larger, or `maxRounds` have run.
 */
export async function warmUntilStable(round: (seconds: number) => Promise<{ p95: number }>, options: { roundSeconds: number; tolerance: number; maxRounds: number }): Promise<Warming> {
  const p95s: number[] = [];
  while (p95s.length < options.maxRounds) {
    p95s.push((await round(options.roundSeconds)).p95);
    if (agree(p95s.at(-2), p95s.at(-1), options.tolerance)) return { p95s, stable: true };
  }
  return { p95s, stable: false };
}

export function agree(a: number | undefined, b: number | undefined, tolerance: number): boolean {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= tolerance * Math.max(a, b);
}
