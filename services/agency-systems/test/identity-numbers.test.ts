import { birthDateOf, isCoordinationNumber, normalisePersonnummer } from '@lotsen/kit';
import { describe, expect, it } from 'vitest';
import { hasFullBirthDate, IdentityNumbers, luhnDigit, testPersonnummer, testSamordningsnummer } from '../src/population/identity-numbers.js';
import { Random } from '../src/population/random.js';

const isRealDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) === iso;

describe('Skatteverket test coordination numbers', () => {
  const official = testSamordningsnummer();

  it('are all read, each a coordination number with a valid check digit', () => {
    expect(official).toHaveLength(2240);
    expect(new Set(official).size).toBe(official.length);
    for (const number of official) {
      expect(isCoordinationNumber(number), number).toBe(true);
      expect(luhnDigit(number.slice(2, 11)), number).toBe(Number(number[11]));
    }
  });

  it('carry a real birth date, the day less 60, unless it is partly unknown (month 00 or day 60)', () => {
    const full = official.filter(hasFullBirthDate);
    expect(official.length - full.length).toBe(170);
    for (const number of full) {
      expect(normalisePersonnummer(number), number).toBe(number);
      expect(isRealDate(birthDateOf(number)), number).toBe(true);
    }
    for (const number of official.filter((n) => !hasFullBirthDate(n))) expect(normalisePersonnummer(number), number).toBeNull();
  });
});

describe('IdentityNumbers.takeCoordinationNumber', () => {
  it('hands out official test coordination numbers by birth year, without repetition', () => {
    const ids = new IdentityNumbers(new Random(7));
    const available = testSamordningsnummer().filter((n) => n.startsWith('2014') && hasFullBirthDate(n));
    const taken = available.map(() => ids.takeCoordinationNumber(2014));
    expect(new Set(taken.map((t) => t.personnummer))).toEqual(new Set(available));
    expect(taken.every((t) => !t.synthetic)).toBe(true);
  });

  it('takes a neighbouring year within the spread, then generates numbers valid in form, marked synthetic', () => {
    const ids = new IdentityNumbers(new Random(7));
    const within = (year: number) => testSamordningsnummer().filter((n) => n.startsWith(String(year)) && hasFullBirthDate(n)).length;
    const official = within(2014) + within(2013) + within(2015);
    const taken = Array.from({ length: official + 50 }, () => ids.takeCoordinationNumber(2014, 1));
    const numbers = taken.map((t) => t.personnummer);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(taken.slice(0, official).every((t) => !t.synthetic)).toBe(true);
    for (const { personnummer, synthetic } of taken.slice(official)) {
      expect(synthetic).toBe(true);
      expect(personnummer.slice(0, 4)).toBe('2014');
      expect(isCoordinationNumber(personnummer)).toBe(true);
      expect(Number(personnummer.slice(8, 11))).toBeGreaterThanOrEqual(900);
      expect(normalisePersonnummer(personnummer)).toBe(personnummer);
      expect(isRealDate(birthDateOf(personnummer))).toBe(true);
    }
  });

  it('is deterministic in the seed', () => {
    const draw = (seed: number) => {
      const ids = new IdentityNumbers(new Random(seed));
      return Array.from({ length: 30 }, (_, i) => ids.takeCoordinationNumber(2010 + (i % 10), 2).personnummer);
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('leaves the personnummer that take hands out as they were, and never repeats one across the two', () => {
    const years = Array.from({ length: 200 }, (_, i) => 1972 + (i % 40));
    const alone = new IdentityNumbers(new Random(11));
    const expected = years.map((y) => alone.take(y, 6).personnummer);
    const ids = new IdentityNumbers(new Random(11), new Random(12));
    const mixed = years.map((y) => {
      ids.takeCoordinationNumber(y, 6);
      return ids.take(y, 6).personnummer;
    });
    expect(mixed).toEqual(expected);
    expect(expected.every((p) => testPersonnummer().includes(p) && !isCoordinationNumber(p))).toBe(true);
  });
});
