import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRemoteJWKSet, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { dataDir, isProduction } from '../config.js';
import type { GrantKeys, GrantSigningKey } from './grant.js';

/** The consent registry's own key pair (Ed25519): it signs grants, and no gateway holds it. */
export interface RegistryKeys {
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function generateRegistryKeys(): Promise<RegistryKeys> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const kid = `registry-${Date.now().toString(36)}`;
  return {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'EdDSA', use: 'sig' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' },
  };
}

/**
 * The registry's keys: REGISTRY_SIGNING_KEY (its private JWK, as JSON) in production; outside
 * production a development pair is made once under the data directory.
 */
export async function registryKeysFromEnv(file = join(dataDir(), 'registry-key.json')): Promise<RegistryKeys> {
  const configured = process.env.REGISTRY_SIGNING_KEY;
  if (configured) {
    const privateJwk = JSON.parse(configured) as JWK;
    if (privateJwk.kty !== 'OKP' || privateJwk.crv !== 'Ed25519' || !privateJwk.d) throw new Error('REGISTRY_SIGNING_KEY must be an Ed25519 private JWK');
    const { d: _, ...publicJwk } = privateJwk;
    const kid = privateJwk.kid ?? 'registry';
    return { privateJwk: { ...privateJwk, kid, alg: 'EdDSA' }, publicJwk: { ...publicJwk, kid, alg: 'EdDSA', use: 'sig' } };
  }
  if (isProduction()) throw new Error('REGISTRY_SIGNING_KEY is required in production');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as RegistryKeys;
  const keys = await generateRegistryKeys();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}

export async function grantSigningKey(keys: RegistryKeys): Promise<GrantSigningKey> {
  return { key: (await importJWK(keys.privateJwk, 'EdDSA')) as GrantSigningKey['key'], kid: keys.privateJwk.kid as string };
}

/** The public key an agency subgraph checks grants with, when it is given (local stack, tests). */
export function grantKeysOf(publicJwk: JWK): GrantKeys {
  const key = importJWK(publicJwk, 'EdDSA');
  return async () => key;
}

/**
 * The public keys an agency subgraph checks grants with, from the environment: REGISTRY_PUBLIC_KEY
 * (the registry's public JWK, as JSON), else the JWKS the registry serves (REGISTRY_JWKS_URL,
 * default the coordination service's), fetched when first needed and kept; an unknown key id
 * fetches again, at most every half minute.
 */
export function grantKeysFromEnv(coordinationUrl: string): GrantKeys {
  const configured = process.env.REGISTRY_PUBLIC_KEY;
  if (configured) return grantKeysOf(JSON.parse(configured) as JWK);
  const jwks = createRemoteJWKSet(new URL(process.env.REGISTRY_JWKS_URL || `${coordinationUrl}${registryJwksPath}`), { cooldownDuration: 30_000, cacheMaxAge: Number.POSITIVE_INFINITY });
  return (header) => jwks(header as never);
}

export const registryJwksPath = '/.well-known/registry-jwks.json';
