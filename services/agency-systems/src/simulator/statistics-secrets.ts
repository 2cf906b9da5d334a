import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { dataDir, perAgency, type SectionField } from '@lotsen/kit';
import { loadOrCreatePerAgency } from './per-agency-file.js';

/**
 * Each agency system's statistics key secret (docs/agency-systems.md, "Record keys"): the system
 * derives every person's record key from it, so the sums of keys its reports give are its own and
 * no one without the secret can tell whose keys they are. Each agency system of the manifest holds
 * its own, as real systems would; the population register counts nothing and has none.
 */
export type StatisticsSecrets = Record<SectionField, Uint8Array>;

/** Fresh secrets (a test system): its keys, and so its perturbed figures, are its own. */
export const randomStatisticsSecrets = (): StatisticsSecrets => perAgency(() => randomBytes(32));

/**
 * The development systems' secrets, made once under the data directory and read again on every
 * start, like the development keys: the same people then give the same published figures after a
 * restart, as they do at a real agency whose system keeps its secret. An agency added to the
 * manifest since gets its own secret, written to the file.
 */
export function loadOrCreateStatisticsSecrets(file = join(dataDir(), 'agency-statistics-secrets.json')): StatisticsSecrets {
  return loadOrCreatePerAgency<Uint8Array>(file, {
    make: () => randomBytes(32),
    read: (value, key) => {
      const bytes = typeof value === 'string' ? Buffer.from(value, 'base64') : Buffer.alloc(0);
      if (bytes.length < 32) throw new Error(`${file}: ${key} is not a secret of 32 bytes or more (base64); remove the file to make new ones`);
      return bytes;
    },
    write: (secret) => Buffer.from(secret).toString('base64'),
  });
}
