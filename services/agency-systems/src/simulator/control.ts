import { type Handler, type HttpResponse, json, type Routes } from '@lotsen/kit';

export interface Faults {
  /** Added to every response of this system, in milliseconds. */
  latencyMs: number;
  /** Share of requests (0-1) answered with 500. */
  errorRate: number;
  /** Every request answered with 503, as a system that is down. */
  down: boolean;
  /** Every request held this long before answering (a system that hangs). */
  slowMs: number;
}

export const noFaults: Faults = { latencyMs: 0, errorRate: 0, down: false, slowMs: 0 };

/**
 * What makes an agency system a test double: it counts requests per endpoint (tests assert
 * batching with them) and takes configurable latency and faults. Control routes live under
 * `/_sim/` and are neither counted nor faulted.
 */
export class SimulatorControl {
  readonly counters = new Map<string, number>();
  faults: Faults = { ...noFaults };

  constructor(readonly name: string) {}

  reset(): void {
    this.counters.clear();
  }

  /** Called after every change of faults (a system's long polls end when it goes down). */
  readonly faultsChanged = new Set<() => void>();

  setFaults(faults: Partial<Faults>): void {
    this.faults = { ...this.faults, ...faults };
    for (const listener of this.faultsChanged) listener();
  }

  total(): number {
    let n = 0;
    for (const v of this.counters.values()) n += v;
    return n;
  }

  /** Wraps the system's API routes with counting, latency and faults, and adds the control routes. */
  routes(api: Routes): Routes {
    const wrapped: Routes = {};
    for (const [key, handler] of Object.entries(api)) wrapped[key] = this.wrap(key, handler);
    return {
      ...wrapped,
      'GET /health': () => json(200, { status: 'ok', system: this.name }),
      'GET /ready': () => (this.faults.down ? json(503, { status: 'down' }) : json(200, { status: 'ready' })),
      'GET /_sim/counters': () => json(200, { system: this.name, total: this.total(), endpoints: Object.fromEntries(this.counters) }),
      'POST /_sim/reset': () => {
        this.reset();
        return json(200, { ok: true });
      },
      'PUT /_sim/faults': (req) => {
        this.setFaults(JSON.parse(req.body || '{}') as Partial<Faults>);
        return json(200, this.faults);
      },
    };
  }

  private wrap(endpoint: string, handler: Handler): Handler {
    return async (req): Promise<HttpResponse> => {
      this.counters.set(endpoint, (this.counters.get(endpoint) ?? 0) + 1);
      const { latencyMs, errorRate, down, slowMs } = this.faults;
      if (down) return json(503, { code: 'UNAVAILABLE', message: `${this.name} is down` });
      const wait = latencyMs + slowMs;
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (errorRate > 0 && Math.random() < errorRate) return json(500, { code: 'INTERNAL', message: 'simulated failure' });
      return handler(req);
    };
  }
}

/** Reads a comma-separated or repeated query parameter as a list. */
export function listParam(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .filter((v) => v.length > 0);
}

export function badRequest(message: string): HttpResponse {
  return json(400, { code: 'BAD_REQUEST', message });
}
