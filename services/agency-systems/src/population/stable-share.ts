import { createHash } from 'node:crypto';

/**
 * A share in [0, 1) fixed by the seed and a key. Traits drawn this way (an address, a protection
 * marking, a newly arrived family) leave the seeded Random's sequence, and so every other
 * person and record of the population, exactly as they were.
 */
export function stableShare(seed: number, key: string): number {
  return createHash('sha256').update(`${seed}|${key}`).digest().readUInt32BE(0) / 2 ** 32;
}

/** A uuid fixed by the seed and a key, like stableShare: the seeded sequence is left as it was. */
export function stableUuid(seed: number, key: string): string {
  const h = createHash('sha256').update(`${seed}|uuid|${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
