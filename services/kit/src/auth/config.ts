import { env } from '../config.js';
import { defaultAudience, devIssuer, loadOrCreateDevKeys } from './dev-issuer.js';
import { createTokenVerifier, type TokenVerifier } from './verify.js';

/**
 * The verifier every service uses: the configured OIDC issuer (AUTH_ISSUER + AUTH_JWKS_URL),
 * or, when unset and not in production, the development issuer's keys.
 */
export async function verifierFromEnv(): Promise<TokenVerifier> {
  const audience = env('AUTH_AUDIENCE', defaultAudience);
  const jwksUrl = process.env.AUTH_JWKS_URL;
  if (jwksUrl) return createTokenVerifier({ issuer: env('AUTH_ISSUER', ''), audience, jwks: new URL(jwksUrl) });
  if (process.env.NODE_ENV === 'production') throw new Error('AUTH_JWKS_URL and AUTH_ISSUER are required in production');
  const keys = await loadOrCreateDevKeys();
  return createTokenVerifier({ issuer: devIssuer, audience, jwks: { keys: [keys.publicJwk] } });
}
