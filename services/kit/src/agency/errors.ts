import { isAxiosError } from 'axios';
import type { Agency } from '../domain/agencies.js';

export type AgencyFailureKind = 'TIMEOUT' | 'UNAVAILABLE' | 'CIRCUIT_OPEN';

/** An agency system failed; the section says so, the rest of the view renders. */
export class AgencyError extends Error {
  override readonly name = 'AgencyError';
  constructor(
    readonly agency: Agency,
    readonly kind: AgencyFailureKind,
    detail: string,
    /** Worth another attempt (a token endpoint that did not answer), as a 5xx is. */
    readonly options: { transient?: boolean } = {},
  ) {
    super(detail);
  }
}

const messages: Record<AgencyFailureKind, string> = {
  TIMEOUT: 'Verksamhetssystemet svarade inte i tid',
  UNAVAILABLE: 'Verksamhetssystemet är inte tillgängligt just nu',
  CIRCUIT_OPEN: 'Verksamhetssystemet har haft upprepade fel; nya försök görs strax',
};

export function failureMessage(kind: AgencyFailureKind): string {
  return messages[kind];
}

/** Maps any error from an agency call to an AgencyError without upstream URLs or stack traces. */
export function toAgencyError(agency: Agency, error: unknown): AgencyError {
  if (error instanceof AgencyError) return error;
  if (isAxiosError(error)) {
    const timeout = error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT';
    return new AgencyError(agency, timeout ? 'TIMEOUT' : 'UNAVAILABLE', `${error.code ?? 'HTTP'} ${error.response?.status ?? ''}`.trim());
  }
  return new AgencyError(agency, 'UNAVAILABLE', error instanceof Error ? error.message : 'unknown failure');
}
