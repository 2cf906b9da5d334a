import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataDir } from '../config.js';
import type { SharedKey } from './signature.js';

export function generateSharedKey(id = `dev-${Date.now().toString(36)}`): SharedKey {
  return { id, secret: randomBytes(32) };
}

/**
 * The key gateways and services sign with: GATEWAY_SIGNING_KEY (base64, 32 bytes or more) and
 * GATEWAY_SIGNING_KEY_ID; outside production a development key is generated once under the data directory.
 */
export function sharedKeyFromEnv(file = join(dataDir(), 'gateway-signing-key.json')): SharedKey {
  const secret = process.env.GATEWAY_SIGNING_KEY;
  if (secret) {
    const bytes = Buffer.from(secret, 'base64');
    if (bytes.length < 32) throw new Error('GATEWAY_SIGNING_KEY must be at least 32 bytes, base64');
    return { id: process.env.GATEWAY_SIGNING_KEY_ID ?? 'gateway', secret: bytes };
  }
  if (process.env.NODE_ENV === 'production') throw new Error('GATEWAY_SIGNING_KEY is required in production');
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { id: string; secret: string };
    return { id: stored.id, secret: Buffer.from(stored.secret, 'base64') };
  }
  const key = generateSharedKey();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ id: key.id, secret: key.secret.toString('base64') }), { mode: 0o600 });
  return key;
}
