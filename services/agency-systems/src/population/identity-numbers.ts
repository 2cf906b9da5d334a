import { readFileSync } from 'node:fs';
import type { Random } from './random.js';

const listFile = new URL('../../data/skatteverket-testpersonnummer.txt', import.meta.url);

let cached: string[] | undefined;
/** Skatteverket's official test personal identity numbers (data/README.md). */
export function testPersonnummer(): readonly string[] {
  cached ??= readFileSync(listFile, 'utf8')
    .split('\n')
    .filter((line) => line.length === 12);
  return cached;
}

/** Luhn check digit over the 9 digits YYMMDDNNN. */
export function luhnDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export interface IssuedNumber {
  personnummer: string;
  /** True when the number is valid in form only, generated beyond the official list. */
  synthetic: boolean;
}

/**
 * Hands out identity numbers by birth year: official test numbers first, drawn in a seeded
 * order without repetition; generated numbers (serial 900-999) only when a year runs out.
 */
export class IdentityNumbers {
  private readonly byYear = new Map<number, string[]>();
  private readonly issued = new Set<string>();

  constructor(private readonly random: Random) {
    for (const pnr of testPersonnummer()) {
      const year = Number(pnr.slice(0, 4));
      const list = this.byYear.get(year) ?? [];
      if (list.length === 0) this.byYear.set(year, list);
      list.push(pnr);
    }
    for (const list of this.byYear.values()) random.shuffle(list);
  }

  /**
   * A number for someone born in `year`, or up to `spread` years either side when that year's
   * official numbers are used up (its date is the person's birth date).
   */
  take(year: number, spread = 0): IssuedNumber {
    for (let d = 0; d <= spread; d++) {
      for (const y of d === 0 ? [year] : [year - d, year + d]) {
        const pnr = this.byYear.get(y)?.pop();
        if (pnr) {
          this.issued.add(pnr);
          return { personnummer: pnr, synthetic: false };
        }
      }
    }
    return { personnummer: this.generate(year), synthetic: true };
  }

  private generate(year: number): string {
    for (;;) {
      const month = this.random.int(1, 12);
      const day = this.random.int(1, daysInMonth(year, month));
      const serial = this.random.int(900, 999);
      const nine = `${String(year % 100).padStart(2, '0')}${pad2(month)}${pad2(day)}${serial}`;
      const pnr = `${String(year).slice(0, 2)}${nine}${luhnDigit(nine)}`;
      if (!this.issued.has(pnr)) {
        this.issued.add(pnr);
        return pnr;
      }
    }
  }
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
