import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataDir } from '@lotsen/kit';

/**
 * Each agency system's statistics key secret (docs/agency-systems.md, "Record keys"): the system
 * derives every person's record key from it, so the sums of keys its reports give are its own and
 * no one without the secret can tell whose keys they are. The school platform, the case system and
 * the region's records each hold their own, as three real systems would; the population register
 * counts nothing and has none.
 */
export interface StatisticsSecrets {
  school: Uint8Array;
  socialServices: Uint8Array;
  healthCare: Uint8Array;
}

const systems = ['school', 'socialServices', 'healthCare'] as const;

/** Fresh secrets (a test system): its keys, and so its perturbed figures, are its own. */
export const randomStatisticsSecrets = (): StatisticsSecrets => ({ school: randomBytes(32), socialServices: randomBytes(32), healthCare: randomBytes(32) });

/**
 * The development systems' secrets, made once under the data directory and read again on every
 * start, like the development keys: the same people then give the same published figures after a
 * restart, as they do at a real agency whose system keeps its secret.
 */
export function loadOrCreateStatisticsSecrets(file = join(dataDir(), 'agency-statistics-secrets.json')): StatisticsSecrets {
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const read = (system: (typeof systems)[number]) => {
      const value = stored[system];
      const bytes = typeof value === 'string' ? Buffer.from(value, 'base64') : Buffer.alloc(0);
      if (bytes.length < 32) throw new Error(`${file}: ${system} is not a secret of 32 bytes or more (base64); remove the file to make new ones`);
      return bytes;
    };
    return { school: read('school'), socialServices: read('socialServices'), healthCare: read('healthCare') };
  }
  const secrets = randomStatisticsSecrets();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(Object.fromEntries(systems.map((s) => [s, Buffer.from(secrets[s]).toString('base64')]))), { mode: 0o600 });
  return secrets;
}
