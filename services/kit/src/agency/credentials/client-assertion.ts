import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { AssertionKey } from './credentials.js';

export const jwtBearerAssertionType = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** SMART Backend Services: an assertion lives at most five minutes; ours lives one. */
export const assertionLifetimeS = 60;

/**
 * A signed client assertion (RFC 7523 §3, SMART Backend Services): issued by and about the
 * client, addressed to the token endpoint it is posted to, used once (a fresh `jti`).
 */
export function clientAssertion(clientId: string, tokenUrl: string, key: AssertionKey, nowMs: number): Promise<string> {
  const now = Math.floor(nowMs / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: key.alg, typ: 'JWT', ...(key.kid ? { kid: key.kid } : {}) })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(tokenUrl)
    .setJti(randomUUID())
    .setIssuedAt(now)
    .setExpirationTime(now + assertionLifetimeS)
    .sign(key.key);
}
