import { createLocalJWKSet, createRemoteJWKSet, errors, type JSONWebKeySet, type JWTPayload, jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';
import { type Agency, agencies, type Role, roles } from '../domain/agencies.js';
import { AuthenticationError, type Identity } from './identity.js';

export interface VerifierOptions {
  /** The issuer, or several (in development: the token command's issuer and the sign-in provider). */
  issuer: string | string[];
  audience: string;
  /** A JWKS document (development issuer) or the issuer's JWKS URL. */
  jwks: JSONWebKeySet | URL;
  clockToleranceSeconds?: number;
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Identity>;

/** How long a verified token is taken on trust before its signature is checked again (key rotation). */
const verifiedForMs = 60_000;

/**
 * Verifies a bearer JWT (signature, issuer, audience, expiry) and reads the identity from it.
 * A dashboard sends the same token with every request, and each request passes the gateway and
 * several subgraphs: a verified token is remembered for a minute (never past its expiry, which
 * is checked on every use), so the signature check runs once per token, not once per hop.
 */
export function createTokenVerifier(options: VerifierOptions): TokenVerifier {
  const keys = options.jwks instanceof URL ? createRemoteJWKSet(options.jwks) : createLocalJWKSet(options.jwks);
  const tolerance = options.clockToleranceSeconds ?? 30;
  const verified = new LRUCache<string, { identity: Identity; expiresAtMs: number }>({ max: 10_000, ttl: verifiedForMs });
  return async (authorization) => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match?.[1]) throw new AuthenticationError('missing bearer token');
    const token = match[1];
    const known = verified.get(token);
    if (known) {
      if (Date.now() > known.expiresAtMs) throw new AuthenticationError('token expired');
      return known.identity;
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['ES256', 'RS256', 'PS256', 'EdDSA'],
        clockTolerance: tolerance,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
      const reason = error instanceof errors.JWTExpired ? 'token expired' : 'invalid token';
      throw new AuthenticationError(reason);
    }
    const identity = identityFrom(payload);
    verified.set(token, { identity, expiresAtMs: ((payload.exp as number) + tolerance) * 1000 });
    return identity;
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
    municipality: typeof payload.municipality === 'string' ? payload.municipality : null,
    // Only a region's staff and analysts carry the claim (docs/tenancy.md).
    ...(typeof payload.region === 'string' ? { region: payload.region } : {}),
  };
}
