import axios, { type AxiosAdapter, AxiosHeaders, type AxiosInstance, type AxiosRequestConfig, type AxiosResponse, type InternalAxiosRequestConfig, isAxiosError } from 'axios';
import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, circuitBreaker, ExponentialBackoff, handleWhen, retry, TaskCancelledError, TimeoutStrategy, timeout, wrap } from 'cockatiel';
import type { Agency } from '../domain/agencies.js';
import type { AgencyCredentials } from './credentials/credentials.js';
import { tokenSource } from './credentials/token-source.js';
import { AgencyError } from './errors.js';
import { createHttpClient } from './http-client.js';

export interface ResilienceOptions {
  /** One attempt's timeout. */
  attemptTimeoutMs: number;
  /** Retries of an idempotent read after a failed attempt (with exponential backoff and jitter). */
  retries: number;
  /** Consecutive failures that open the circuit, and how long it stays open before a trial call. */
  breakAfter: number;
  halfOpenAfterMs: number;
  /** A report's one attempt (follow-up statistics over a whole cohort): its own budget, no retry. */
  reportTimeoutMs: number;
}

declare module 'axios' {
  interface AxiosRequestConfig {
    /** When the asking operation's budget runs out (epoch ms): no attempt or retry runs past it. */
    deadline?: number;
    /** A report over a cohort: one attempt of `reportTimeoutMs`, not retried, outside the operation's budget. */
    report?: boolean;
  }
}

/** What an agency adapter may ask of its agency system: reads and lookups within its operation's budget. */
export interface AgencyHttp {
  get<T>(url: string, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
  post<T>(url: string, data?: unknown, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
  /**
   * Posts for a report over a whole cohort (docs/reliability.md): a region's report may take
   * seconds, more than an operation's budget for a person's data, and asking it twice doubles an
   * expensive load, so it has one attempt with its own timeout.
   */
  report<T>(url: string, data: unknown, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
}

export const defaultResilience: ResilienceOptions = { attemptTimeoutMs: 1500, retries: 2, breakAfter: 5, halfOpenAfterMs: 5000, reportTimeoutMs: 30_000 };

/** A failure worth retrying: no answer, a timeout, or a 5xx/429; a 4xx is the request's fault. */
function transient(error: Error): boolean {
  if (error instanceof TaskCancelledError) return true;
  if (error instanceof AgencyError) return error.options.transient === true;
  if (!isAxiosError(error)) return false;
  const status = error.response?.status;
  return status === undefined || status >= 500 || status === 429;
}

/** An error of a call as it may be logged: its configuration without the bearer token the attempt carried. */
function withoutCredentials(error: unknown, config: InternalAxiosRequestConfig): unknown {
  if (isAxiosError(error)) {
    error.config = config;
    if (error.response) error.response.config = config;
  }
  return error;
}

/**
 * An agency system's client: per attempt a timeout, idempotent reads retried with backoff and
 * jitter, and one circuit breaker per agency system shared by every request of the process.
 * `forRequest(deadline)` gives an operation its own budget: nothing it asks runs past it. With
 * credentials every request carries a bearer token, fetched within the attempt's time and kept
 * while it is fresh (docs/security.md, "Agency systems' credentials").
 */
export function resilientAgencyClient(agency: Agency, baseURL: string, options: ResilienceOptions = defaultResilience, credentials?: AgencyCredentials) {
  const base = createHttpClient(baseURL, 0);
  const defaultAdapter = axios.getAdapter(base.defaults.adapter);
  const tokens = credentials ? tokenSource(agency, credentials) : null;
  /**
   * One attempt, with a bearer token when the system has credentials. A 401 may mean the system
   * stopped taking a token we still hold (a restart, a revocation): asked once more with a new
   * token; a second 401 means it refuses our credentials, which no retry mends.
   */
  const authorised = async (config: InternalAxiosRequestConfig, signal: AbortSignal): Promise<AxiosResponse> => {
    let refused: string | undefined;
    for (;;) {
      const token = tokens ? await tokens.token(signal, refused) : undefined;
      // A copy: the token stays out of the call's configuration, which an error carries.
      const headers = new AxiosHeaders(config.headers);
      if (token) headers.set('authorization', `Bearer ${token}`);
      try {
        return await defaultAdapter({ ...config, headers, signal });
      } catch (error) {
        if (!isAxiosError(error) || error.response?.status !== 401) throw withoutCredentials(error, config);
        if (!token) throw new AgencyError(agency, 'UNAVAILABLE', 'agency system refused a request without credentials (401): none are configured');
        if (refused) throw new AgencyError(agency, 'UNAVAILABLE', 'agency system refused our credentials (401)');
        refused = token;
      }
    }
  };
  const breaker = circuitBreaker(handleWhen(transient), { halfOpenAfter: options.halfOpenAfterMs, breaker: new ConsecutiveBreaker(options.breakAfter) });
  const attempts = retry(
    handleWhen((e) => transient(e) && !(e instanceof BrokenCircuitError)),
    { maxAttempts: options.retries, backoff: new ExponentialBackoff({ initialDelay: 40, maxDelay: 400 }) },
  );
  // Nothing of a call outlives its answer (the adapter reads the whole body before returning), so
  // a completed call needs no abort: aborting on return would build an AbortError per call and policy.
  const timeoutOptions = { strategy: TimeoutStrategy.Aggressive, abortOnReturn: false };
  const once = wrap(breaker, timeout(options.attemptTimeoutMs, timeoutOptions));
  const reportOnce = wrap(breaker, timeout(options.reportTimeoutMs, timeoutOptions));
  // Every call through forRequest carries its operation's deadline; a bare call gets half a minute.
  const budgetUntil = (deadline: number | undefined) => timeout(Math.max(1, (deadline ?? Date.now() + 30_000) - Date.now()), timeoutOptions);
  let lastCall: { ok: boolean; at: string } | null = null;

  const adapter: AxiosAdapter = async (config) => {
    // What failed this call first: a circuit that opened during our own retries is not the cause.
    let cause: unknown;
    const call = (policy: typeof once, signal?: AbortSignal) =>
      policy
        .execute(({ signal: thisAttempt }) => authorised(config, thisAttempt), signal)
        .catch((error: unknown) => {
          if (!(error instanceof BrokenCircuitError)) cause ??= error;
          throw error;
        });
    try {
      // A report is one attempt on its own timeout. Any other call retries within its operation's
      // budget, whose signal reaches the request under way: a spent budget cancels it, not only the wait.
      const response = config.report
        ? await call(reportOnce)
        : await budgetUntil(config.deadline).execute(({ signal: withinBudget }) => attempts.execute(({ signal: thisTry }) => call(once, thisTry), withinBudget));
      lastCall = { ok: true, at: new Date().toISOString() };
      return response;
    } catch (error) {
      lastCall = { ok: false, at: new Date().toISOString() };
      const first = cause ?? error;
      if (first instanceof BrokenCircuitError) throw new AgencyError(agency, 'CIRCUIT_OPEN', 'circuit open');
      if (first instanceof TaskCancelledError || (isAxiosError(first) && first.code === 'ERR_CANCELED')) throw new AgencyError(agency, 'TIMEOUT', 'no answer within the budget');
      throw first;
    }
  };
  const client: AxiosInstance = axios.create({ ...base.defaults, adapter, timeout: 0 });

  return {
    breaker,
    get state(): string {
      return CircuitState[breaker.state];
    },
    /** How the last call to the agency system went (for /health). */
    get lastCall() {
      return lastCall;
    },
    forRequest(deadline: number): AgencyHttp {
      return {
        get: (url, config) => client.get(url, { ...config, deadline }),
        post: (url, data, config) => client.post(url, data, { ...config, deadline }),
        report: (url, data, config) => client.post(url, data, { ...config, report: true }),
      };
    },
  };
}

export type ResilientAgencyClient = ReturnType<typeof resilientAgencyClient>;
