import { Random } from './random.js';
import { stableUuid } from './stable-share.js';

/**
 * A family's own seeded sequence, for placing it in time: a generator and uuids fixed by the seed
 * and the family's reference, so the population's seeded sequence stays as it was. One hash per
 * family, where a stable share per meeting would cost seconds at the largest populations
 * (millions of meetings).
 */
export class FamilySequence {
  readonly random: Random;
  private readonly prefix: string;
  private serial = 0;

  constructor(seed: number, reference: string) {
    const base = stableUuid(seed, `timeline|${reference}`);
    this.random = new Random(Number.parseInt(base.slice(0, 8), 16) | 0);
    this.prefix = base.slice(0, 30);
  }

  /** A uuid sharing the family's first 26 hex digits, counting up in the last six: distinct within the family, and from every other family's. */
  uuid(): string {
    const id = this.prefix + serialHex(this.serial);
    this.serial += 1;
    return id;
  }
}

// Every family counts from 0 and few past a hundred: their last six digits are made once and
// shared, so that an id is one small string joining two that exist already.
const serials: string[] = [];
function serialHex(n: number): string {
  let hex = serials[n];
  if (hex === undefined) {
    hex = n.toString(16).padStart(6, '0');
    if (n < 4096) serials[n] = hex;
  }
  return hex;
}
