import type { Agency, Role } from '../domain/agencies.js';

/** Who asks: read from a verified bearer token, never from anything the client can set otherwise. */
export interface Identity {
  username: string;
  role: Role;
  teamId: string | null;
  agency: Agency | null;
  /** A guardian's own personnummer (from the e-identification behind the token). */
  personnummer: string | null;
  /**
   * The organisation an agency staff member or analyst serves (docs/tenancy.md): a municipality
   * (claim `municipality`), whose families they serve or count…
   */
  municipality: string | null;
  /** …or a region (claim `region`), which covers every municipality in it. Absent: none. */
  region?: string | null;
}

export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
}
