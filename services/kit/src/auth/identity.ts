import type { Agency, Role } from '../domain/agencies.js';

/** Who asks: read from a verified bearer token, never from anything the client can set otherwise. */
export interface Identity {
  username: string;
  role: Role;
  teamId: string | null;
  agency: Agency | null;
  /** A guardian's own personnummer (from the e-identification behind the token). */
  personnummer: string | null;
  /** For agency staff: the municipality whose families they serve (claim `municipality`). */
  municipality: string | null;
}

export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
}
