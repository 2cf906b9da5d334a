import { createHash } from 'node:crypto';

/**
 * A share in [0, 1) fixed by the seed and a key. Traits drawn this way (an address, a protection
 * marking, a newly arrived family) leave the seeded Random's sequence, and so every other
 * person and record of the population, exactly as they were.
 */
export function stableShare(seed: number, key: string): number {
  return createHash('sha256').update(`${seed}|${key}`).digest().readUInt32BE(0) / 2 ** 32;
}
