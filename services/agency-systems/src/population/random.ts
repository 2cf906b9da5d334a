import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** Seeded random source: the same seed gives the same population on every machine. */
export class Random {
  private readonly rng;
  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }
  /** Integer in [from, to], both included. */
  int(from: number, to: number): number {
    return uniformInt(this.rng, from, to);
  }
  chance(probability: number): boolean {
    return this.int(0, 999_999) < probability * 1_000_000;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  /** Random v4-shaped UUID, deterministic under the seed. */
  uuid(): string {
    // The variant first, then seven 16-bit groups: the order of draws seeded populations were made with.
    const variant = (0x8000 | this.int(0, 0x3fff)).toString(16);
    const g: string[] = [];
    for (let i = 0; i < 7; i++) g.push(this.int(0, 0xffff).toString(16).padStart(4, '0'));
    return `${g[0]}${g[1]}-${g[2]}-4${g[3]?.slice(1)}-${variant}-${g[4]}${g[5]}${g[6]}`;
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  }
}
