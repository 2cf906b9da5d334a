import { createLocalJWKSet, createRemoteJWKSet, errors, type JSONWebKeySet, type JWTPayload, jwtVerify } from 'jose';
import { type Agency, agencies, type Role, roles } from '../domain/agencies.js';
import { AuthenticationError, type Identity } from './identity.js';

export interface VerifierOptions {
  issuer: string;
  audience: string;
  /** A JWKS document (development issuer) or the issuer's JWKS URL. */
  jwks: JSONWebKeySet | URL;
  clockToleranceSeconds?: number;
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Identity>;

/** Verifies a bearer JWT (signature, issuer, audience, expiry) and reads the identity from it. */
export function createTokenVerifier(options: VerifierOptions): TokenVerifier {
  const keys = options.jwks instanceof URL ? createRemoteJWKSet(options.jwks) : createLocalJWKSet(options.jwks);
  return async (authorization) => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match?.[1]) throw new AuthenticationError('missing bearer token');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(match[1], keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['ES256', 'RS256', 'PS256', 'EdDSA'],
        clockTolerance: options.clockToleranceSeconds ?? 30,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
      const reason = error instanceof errors.JWTExpired ? 'token expired' : 'invalid token';
      throw new AuthenticationError(reason);
    }
    return identityFrom(payload);
  };
}

function identityFrom(payload: JWTPayload): Identity {
  const role = payload.role;
  if (typeof role !== 'string' || !(roles as readonly string[]).includes(role)) throw new AuthenticationError('token has no known role');
  const agency = typeof payload.agency === 'string' && (agencies as readonly string[]).includes(payload.agency) ? (payload.agency as Agency) : null;
  return {
    username: payload.sub as string,
    role: role as Role,
    teamId: typeof payload.team === 'string' ? payload.team : null,
    agency,
    personnummer: typeof payload.pnr === 'string' ? payload.pnr : null,
  };
}
