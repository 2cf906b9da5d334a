import { describe, expect, it } from 'vitest';
import { checkPersonnummer } from '../src/new-family/personnummer.js';

describe("a child's number as typed for a new family", () => {
  it('takes twelve digits, with or without a hyphen after the date', () => {
    expect(checkPersonnummer('198112189876')).toEqual({ ok: true, number: '198112189876' });
    expect(checkPersonnummer(' 19811218-9876 ')).toEqual({ ok: true, number: '198112189876' });
  });

  it('takes a samordningsnummer: the day of birth plus 60', () => {
    // 1981-12-18 as a samordningsnummer: day 78, check digit recomputed.
    expect(checkPersonnummer('198112789873').ok).toBe(true);
  });

  it('refuses ten digits, a day that does not exist, and a wrong check digit, saying which', () => {
    expect(checkPersonnummer('8112189876')).toMatchObject({ ok: false, problem: expect.stringMatching(/tolv siffror/) });
    expect(checkPersonnummer('198102309876')).toMatchObject({ ok: false, problem: expect.stringMatching(/datumet/) });
    expect(checkPersonnummer('198112189875')).toMatchObject({ ok: false, problem: expect.stringMatching(/kontrollsiffran/) });
  });
});
