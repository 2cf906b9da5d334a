// One load phase with autocannon: every response timed (autocannon itself reports p97.5, not
// p95) and checked by the caller.
import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  headers: Record<string, string>;
  body: string;
  connections: number;
  seconds: number;
  /** Requests per second across all connections (fixed-rate mode); unset means as fast as answered. */
  rate?: number;
  /** At a fixed rate: requests evenly spread over each second rather than autocannon's burst per second. */
  steady?: boolean;
  /** True when a 200 response's body is right. */
  check?: (text: string) => boolean;
}

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  wrong: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

interface Phase {
  requests: number;
  errors: number;
  wrong: number;
  latencies: number[];
}

/** One autocannon instance; every response's own time kept. */
function runInstance(options: LoadOptions, connections: number, rate: number | undefined): Promise<Phase> {
  const phase: Phase = { requests: 0, errors: 0, wrong: 0, latencies: [] };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections,
        duration: options.seconds,
        ...(rate ? { overallRate: rate } : {}),
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...options.headers },
            body: options.body,
            onResponse: (status: number, text: string) => {
              if (status === 200 && options.check && !options.check(text)) phase.wrong += 1;
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({ ...phase, requests: result.requests.total, errors: result.errors + result.timeouts + result.non2xx });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      phase.latencies.push(responseTime);
    });
  });
}

/**
 * A load phase. At a fixed rate, autocannon lets every connection's quota go at the same
 * instant each second, so N/s arrives as a burst of N; `steady` gives each of the N request
 * slots an autocannon instance of its own (one connection, one request a second), started
 * 1000/N ms after the previous, so that requests arrive evenly spread.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const slots = options.rate && options.steady ? Math.round(options.rate) : 0;
  const phases = slots
    ? await Promise.all(Array.from({ length: slots }, (_, i) => new Promise((r) => setTimeout(r, (1000 * i) / slots)).then(() => runInstance(options, 1, 1))))
    : [await runInstance(options, options.connections, options.rate)];
  const sorted = phases.flatMap((p) => p.latencies).sort((a, b) => a - b);
  const requests = phases.reduce((n, p) => n + p.requests, 0);
  return {
    requests,
    perSecond: requests / options.seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    errors: phases.reduce((n, p) => n + p.errors, 0),
    wrong: phases.reduce((n, p) => n + p.wrong, 0),
  };
}
