import { readFileSync } from 'node:fs';
import { Random } from './random.js';

const listFile = new URL('../../data/skatteverket-testpersonnummer.txt', import.meta.url);
const coordinationListFile = new URL('../../data/skatteverket-testsamordningsnummer.txt', import.meta.url);

const readList = (file: URL) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.length === 12);

let cached: string[] | undefined;
/** Skatteverket's official test personal identity numbers (data/README.md). */
export function testPersonnummer(): readonly string[] {
  cached ??= readList(listFile);
  return cached;
}

let cachedCoordination: string[] | undefined;
/**
 * Skatteverket's official test coordination numbers (samordningsnummer, day of birth + 60;
 * data/README.md), all of them: also those whose birth date is partly unknown (month 00 or
 * day 60), which `hasFullBirthDate` tells apart.
 */
export function testSamordningsnummer(): readonly string[] {
  cachedCoordination ??= readList(coordinationListFile);
  return cachedCoordination;
}

/** True when a 12-digit personnummer or coordination number carries a real calendar date of birth. */
export function hasFullBirthDate(number: string): boolean {
  const year = Number(number.slice(0, 4));
  const month = Number(number.slice(4, 6));
  const field = Number(number.slice(6, 8));
  const day = field > 60 ? field - 60 : field;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
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
 * Personal identity numbers (`take`) and coordination numbers (`takeCoordinationNumber`) come
 * from separate lists, and never repeat across the two.
 */
export class IdentityNumbers {
  private readonly byYear: Map<number, string[]>;
  private readonly issued = new Set<string>();
  private coordination: { byYear: Map<number, string[]>; random: Random } | undefined;

  /**
   * `coordinationRandom` orders and generates the coordination numbers. Without it, the first
   * `takeCoordinationNumber` seeds one from a single draw of `random`; `take` alone never draws
   * for coordination numbers, so a population without them is the same as before they existed.
   */
  constructor(
    private readonly random: Random,
    private readonly coordinationRandom?: Random,
  ) {
    this.byYear = byBirthYear(testPersonnummer());
    for (const list of this.byYear.values()) random.shuffle(list);
  }

  /**
   * A number for someone born in `year`, or up to `spread` years either side when that year's
   * official numbers are used up (its date is the person's birth date).
   */
  take(year: number, spread = 0): IssuedNumber {
    const pnr = this.official(this.byYear, year, spread);
    return pnr ? { personnummer: pnr, synthetic: false } : { personnummer: this.generate(this.random, year, 0), synthetic: true };
  }

  /**
   * A coordination number (samordningsnummer: the day of birth + 60) for someone born in
   * `year`, or up to `spread` years either side when that year's official test numbers are used
   * up; beyond them a generated one (day + 60, serial 900-999, `synthetic`). Only official
   * numbers with a full birth date are handed out: `personnummer` is the number, and
   * `birthDateOf` of it the birth date.
   */
  takeCoordinationNumber(year: number, spread = 0): IssuedNumber {
    this.coordination ??= this.coordinationLists();
    const number = this.official(this.coordination.byYear, year, spread);
    return number ? { personnummer: number, synthetic: false } : { personnummer: this.generate(this.coordination.random, year, 60), synthetic: true };
  }

  private official(byYear: Map<number, string[]>, year: number, spread: number): string | undefined {
    for (let d = 0; d <= spread; d++) {
      for (const y of d === 0 ? [year] : [year - d, year + d]) {
        const number = byYear.get(y)?.pop();
        if (number) {
          this.issued.add(number);
          return number;
        }
      }
    }
    return undefined;
  }

  private coordinationLists(): { byYear: Map<number, string[]>; random: Random } {
    const random = this.coordinationRandom ?? new Random(this.random.int(0, 0x7fffffff));
    const byYear = byBirthYear(testSamordningsnummer().filter(hasFullBirthDate));
    for (const list of byYear.values()) random.shuffle(list);
    return { byYear, random };
  }

  /** A number valid in form, not issued before: `dayOffset` 60 makes it a coordination number. */
  private generate(random: Random, year: number, dayOffset: 0 | 60): string {
    for (;;) {
      const month = random.int(1, 12);
      const day = random.int(1, daysInMonth(year, month)) + dayOffset;
      const serial = random.int(900, 999);
      const nine = `${String(year % 100).padStart(2, '0')}${pad2(month)}${pad2(day)}${serial}`;
      const pnr = `${String(year).slice(0, 2)}${nine}${luhnDigit(nine)}`;
      if (!this.issued.has(pnr)) {
        this.issued.add(pnr);
        return pnr;
      }
    }
  }
}

function byBirthYear(numbers: readonly string[]): Map<number, string[]> {
  const byYear = new Map<number, string[]>();
  for (const number of numbers) {
    const year = Number(number.slice(0, 4));
    const list = byYear.get(year) ?? [];
    if (list.length === 0) byYear.set(year, list);
    list.push(number);
  }
  return byYear;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
