import { createHmac } from 'node:crypto';

/**
 * Record keys and cell keys of the cell key method (docs/analysts.md, "Differencing"). Every
 * counted unit (family, child, parent, consent, meeting) carries a permanent random record key,
 * an integer in [0, 2³²), never shown. A cell's key is the sum of its contributors' record keys
 * modulo 2³², read as a fraction in [0, 1): the same people always give the same key, so asking
 * again gives the same answer and averages nothing out, while two cells that differ by anyone
 * have unrelated keys.
 */
export const recordKeyModulus = 2 ** 32;

/** A cell's key from the sum of its contributors' record keys (any non-negative integer sum). */
export function cellKeyOf(recordKeySum: number | bigint | string): number {
  const sum = BigInt(recordKeySum);
  if (sum < 0n) throw new Error('a sum of record keys is not negative');
  return Number(sum % BigInt(recordKeyModulus)) / recordKeyModulus;
}

/** Sums record keys modulo 2³², as a cell's key is summed from its parts (a total from its cells). */
export const addRecordKeys = (...keys: number[]) => keys.reduce((sum, k) => (sum + k) % recordKeyModulus, 0);

/**
 * A second, independent draw from the same cell key, for the noise of a magnitude (days, ratings,
 * contacts): the key's integer mixed with a salt naming the magnitude (murmur3's finaliser), so
 * that two magnitudes of the same people are perturbed independently and each always the same way.
 */
export function drawFromKey(cellKey: number, salt: string): number {
  let h = Math.floor(cellKey * recordKeyModulus) >>> 0;
  for (let i = 0; i < salt.length; i++) h = Math.imul(h ^ salt.charCodeAt(i), 0x9e3779b1) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / recordKeyModulus;
}

/**
 * An agency's record key for a person it counts: the agency sees only the cohort it is given, so
 * the key is derived from the person's identity with the agency's own secret (HMAC-SHA-256),
 * permanent while the secret is, and unknowable without it.
 */
export function derivedRecordKey(secret: Uint8Array | string, identity: string): number {
  return createHmac('sha256', secret).update(identity).digest().readUInt32BE(0);
}
