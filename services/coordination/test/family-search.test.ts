import { describe, expect, it } from 'vitest';
import { answers, parseSearch } from '../src/graphql/family-search.js';
import type { SearchCandidate } from '../src/store/search.js';

const family = (reference: string, children: [string, string, string][]): SearchCandidate => ({
  id: reference,
  reference,
  teamId: 'team-1',
  municipality: 'Exempelkommun',
  archetype: null,
  closedOn: null,
  closedReason: null,
  closedReasonText: null,
  closedBy: null,
  children: children.map(([personnummer, givenName, familyName]) => ({ personnummer, givenName, familyName })),
});

const lindberg = family('F-00012', [
  ['201503152384', 'Åsa', 'Lindberg'],
  ['201807092398', 'Anna-Lena', 'Öberg Lindberg'],
]);
const ek = family('F-00103', [['200912242383', 'Ture', 'Ek']]);
const found = (text: string) => [lindberg, ek].filter((f) => answers(parseSearch(text), f)).map((f) => f.reference);

describe('searching the caller’s families', () => {
  it('finds a child by the start of the given or family name, in any case, with Swedish letters', () => {
    expect(found('åsa')).toEqual(['F-00012']);
    expect(found('ÅSA LIND')).toEqual(['F-00012']);
    expect(found('öberg')).toEqual(['F-00012']);
    expect(found('lena')).toEqual(['F-00012']);
    expect(found('tu')).toEqual(['F-00103']);
    // Å is not A: a Swede keeps them apart.
    expect(found('asa')).toEqual([]);
    // Every word names the same child: Åsa is not an Öberg.
    expect(found('åsa öberg')).toEqual([]);
  });

  it('finds a child by personnummer with or without the dash and the century, or by its birth date', () => {
    for (const text of ['201503152384', '20150315-2384', '150315-2384', '1503152384', '150315+2384', ' 20150315 ']) expect(found(text), text).toEqual(['F-00012']);
    expect(found('091224')).toEqual(['F-00103']);
    expect(found('201503152385')).toEqual([]);
  });

  it('finds a family by its reference, written as people write it', () => {
    for (const text of ['F-00012', 'f-12', 'F12', '12', '00012']) expect(found(text), text).toEqual(['F-00012']);
    expect(found('103')).toEqual(['F-00103']);
  });

  it('refuses too short or too long a text in Swedish, saying what was given', () => {
    expect(() => parseSearch(' a ')).toThrow(/^Sökord: skriv minst 2 tecken \(du skrev 1\) \/ /);
    expect(() => parseSearch('')).toThrow(/du skrev 0/);
    expect(() => parseSearch('x'.repeat(101))).toThrow(/^Sökord: högst 100 tecken \(du angav 101\)/);
    expect(() => parseSearch('1234567890123')).toThrow(/^Sökord: ett personnummer har högst 12 siffror/);
    expect(() => parseSearch('an\u0000na')).toThrow(/^Sökord: Kontrolltecken/);
  });
});
