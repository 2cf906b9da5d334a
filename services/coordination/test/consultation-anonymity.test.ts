import { generatePopulation } from '@lotsen/agency-systems';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identifyingIn, identityNumberIn, type KnownName, nameIn } from '../src/text/identifying-text.js';

/** The check digit of the nine digits before it (Luhn, as Skatteverket computes it). */
function luhn(nine: string): number {
  const sum = [...nine].reduce((s, d, i) => {
    const p = Number(d) * (i % 2 === 0 ? 2 : 1);
    return s + (p > 9 ? p - 9 : p);
  }, 0);
  return (10 - (sum % 10)) % 10;
}

/** A valid number in 12 digits: a real birth date (day + 60 for a samordningsnummer), a serial (000 is never issued) and the check digit. */
const identityNumber = (coordination: boolean) =>
  fc.record({ date: fc.date({ min: new Date('1930-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }), serial: fc.integer({ min: 1, max: 999 }) }).map(({ date, serial }) => {
    const iso = date.toISOString().slice(0, 10);
    const day = Number(iso.slice(8, 10)) + (coordination ? 60 : 0);
    const nine = `${iso.slice(2, 4)}${iso.slice(5, 7)}${String(day).padStart(2, '0')}${String(serial).padStart(3, '0')}`;
    return `${iso.slice(0, 2)}${nine}${luhn(nine)}`;
  });

/** The ways people write one: 12 or 10 digits, with a dash, a plus or spaces, or none. */
const writtenAs = (twelve: string) =>
  fc.constantFrom(
    twelve,
    `${twelve.slice(0, 8)}-${twelve.slice(8)}`,
    `${twelve.slice(0, 8)} ${twelve.slice(8)}`,
    twelve.slice(2),
    `${twelve.slice(2, 8)}-${twelve.slice(8)}`,
    `${twelve.slice(2, 8)} - ${twelve.slice(8)}`,
    `${twelve.slice(2, 8)}+${twelve.slice(8)}`,
    `${twelve.slice(2, 8)} ${twelve.slice(8)}`,
    // As word processors write the hyphen, and across a line break.
    `${twelve.slice(2, 8)}\u2013${twelve.slice(8)}`,
    `${twelve.slice(2, 8)}\u2011${twelve.slice(8)}`,
    `${twelve.slice(2, 8)}\u2212${twelve.slice(8)}`,
    `${twelve.slice(2, 8)}\n${twelve.slice(8)}`,
    // The birth date's parts spaced apart.
    `${twelve.slice(0, 4)} ${twelve.slice(4, 6)} ${twelve.slice(6, 8)}-${twelve.slice(8)}`,
  );

/** Ordinary words around it. */
const prose = fc.array(fc.constantFrom('eleven', 'har', 'svårt', 'med', 'närvaron', 'i', 'årskurs', '5', 'sedan', 'hösten,', '(nr', ':'), { maxLength: 8 }).map((w) => w.join(' '));

describe('the anonymisation check of a consultation text', () => {
  it('finds a personnummer in any common written form, wherever it stands in the text', () => {
    fc.assert(
      fc.property(identityNumber(false).chain(writtenAs), prose, prose, (number, before, after) => {
        expect(identityNumberIn(`${before} ${number} ${after}`)).toBe('PERSONNUMMER');
      }),
    );
  });

  it('finds a samordningsnummer in any common written form, and calls it that', () => {
    fc.assert(
      fc.property(identityNumber(true).chain(writtenAs), prose, prose, (number, before, after) => {
        expect(identityNumberIn(`${before} ${number} ${after}`)).toBe('SAMORDNINGSNUMMER');
      }),
    );
  });

  it('refuses the texts of the tests named in the issue: a personnummer, a samordningsnummer', () => {
    expect(identifyingIn('Eleven (19121212-1212) har hög frånvaro.', [])).toBe('PERSONNUMMER');
    expect(identifyingIn('Gäller barnet med nummer 121212 1212.', [])).toBe('PERSONNUMMER');
    expect(identifyingIn('Samordningsnummer 201401612385, kom i våras.', [])).toBe('SAMORDNINGSNUMMER');
    expect(identifyingIn('Barnet har 140161-2385.', [])).toBe('SAMORDNINGSNUMMER');
  });

  it('lets ordinary numbers through: phone numbers, dates, times, years, a number that fails its check digit', () => {
    for (const text of [
      'Ring elevhälsan på 023-824 18 eller 070-123 45 67.',
      'Mötet är 2026-03-15 kl. 10.00, och nästa 15/3.',
      'Frånvaron är 35 procent sedan 2025; 12 av 20 dagar.',
      'Ärendet K-00012 togs upp förra veckan.',
      'Fel siffra: 19121212-1213.',
      'Postnummer 791 71 och 1234.',
    ])
      expect(identifyingIn(text, []), text).toBeNull();
  });

  const known: KnownName[] = [
    { givenName: 'Åsa', familyName: 'Lindberg' },
    { givenName: 'Anna-Lena', familyName: 'Öberg Lindberg' },
  ];

  it('finds a known full name in any case and spacing, family name first or in the genitive', () => {
    for (const text of [
      'Åsa Lindberg har svårt',
      'A\u030asa Lindberg',
      'ÅSA   LINDBERG',
      'gäller åsa\nlindberg i 5B',
      'Lindberg, Åsa',
      'Åsa Lindbergs mamma ringde',
      'Lena Öberg-Lindberg',
      'anna-lena öberg lindberg',
    ])
      expect(nameIn(text, known), text).toBe(true);
  });

  it('lets a given name alone, a family name alone, another person and a name inside a word through', () => {
    for (const text of ['Åsa har svårt', 'familjen Lindberg', 'Asa Lindberg', 'Åsa Lindbergsgatan', 'Åsa Lind', 'Ture Lindberg']) expect(nameIn(text, known), text).toBe(false);
  });

  it('refuses a seeded child’s full name, as the register writes it, in any case and spacing', () => {
    const population = generatePopulation({ seed: 20261123, families: 30, today: '2026-11-26' });
    const child = population.families[0]?.children[0] as KnownName;
    const names = population.families.flatMap((f) => f.children);
    expect(identifyingIn(`Vi undrar hur vi ska stötta ${child.givenName} ${child.familyName} i skolan.`, names)).toBe('NAME');
    expect(identifyingIn(`  ${child.givenName.toLocaleUpperCase('sv')}\t ${child.familyName.toLocaleLowerCase('sv')} `, names)).toBe('NAME');
    expect(identifyingIn('Vi undrar hur vi ska stötta eleven i skolan.', names)).toBeNull();
  });
});
