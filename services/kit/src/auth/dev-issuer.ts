import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import { dataDir } from '../config.js';
import type { Identity } from './identity.js';

export const devIssuer = 'urn:lotsen:dev-issuer';
export const defaultAudience = 'lotsen';
const alg = 'ES256';

export interface DevKeys {
  privateJwk: JWK;
  publicJwk: JWK;
}

/** Generates a signing key pair (development issuer; in production the municipality's OIDC provider signs). */
export async function generateDevKeys(): Promise<DevKeys> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const kid = `dev-${Date.now().toString(36)}`;
  return {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg, use: 'sig' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' },
  };
}

/** Keys of the development issuer, generated at first start and kept under the data directory. */
export async function loadOrCreateDevKeys(file = join(dataDir(), 'dev-issuer.json')): Promise<DevKeys> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DevKeys;
  const keys = await generateDevKeys();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}

export interface TokenOptions {
  issuer?: string;
  audience?: string;
  expiresIn?: string;
}

/** The claims a Lotsen access token carries beside the standard ones (read back by the verifier). */
export function identityClaims(identity: Identity): Record<string, string> {
  return {
    role: identity.role,
    ...(identity.teamId ? { team: identity.teamId } : {}),
    ...(identity.agency ? { agency: identity.agency } : {}),
    ...(identity.personnummer ? { pnr: identity.personnummer } : {}),
    ...(identity.municipality ? { municipality: identity.municipality } : {}),
    ...(identity.region ? { region: identity.region } : {}),
    name: identity.username,
  };
}

export async function signToken(identity: Identity, keys: DevKeys, options: TokenOptions = {}): Promise<string> {
  const key = await importJWK(keys.privateJwk, alg);
  return new SignJWT(identityClaims(identity))
    .setProtectedHeader({ alg, kid: keys.privateJwk.kid as string, typ: 'JWT' })
    .setSubject(identity.username)
    .setIssuer(options.issuer ?? devIssuer)
    .setAudience(options.audience ?? defaultAudience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(key);
}
