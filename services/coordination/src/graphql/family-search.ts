import type { SearchCandidate } from '../store/search.js';
import { badInput } from './errors.js';
import { cleanText, fields } from './text.js';

/** What a search text asks for: a family reference, digits of a personnummer (or a reference's number), or words of a child's name. */
export type SearchQuery = { kind: 'reference'; number: number } | { kind: 'digits'; digits: string } | { kind: 'names'; words: string[] };

const minLength = 2;
/** Swedish case rules, whatever the database's locale: Å, Ä and Ö fold as a Swede expects. */
const folded = (text: string) => text.toLocaleLowerCase('sv-SE');

/**
 * Reads a search text: "F-00012" or "f-12" is a reference; digits (with or without the dash or
 * plus sign, with or without the century) are a personnummer or samordningsnummer or the start of
 * one (at least six digits: the birth date), or a reference's number (up to five); anything else
 * is words, each the start of a child's given or family name.
 */
export function parseSearch(text: string): SearchQuery {
  const value = cleanText(text, fields.searchText, true);
  const length = [...value].length;
  if (length < minLength) throw badInput(`Sökord: skriv minst ${minLength} tecken (du skrev ${length}) / text: at least ${minLength} characters`);
  const reference = /^f-?(\d{1,5})$/i.exec(value);
  if (reference) return { kind: 'reference', number: Number(reference[1]) };
  const digits = value.replace(/[\s+-]/g, '');
  if (/^\d+$/.test(digits)) {
    if (digits.length > 12) throw badInput(`Sökord: ett personnummer har högst 12 siffror (du skrev ${digits.length}) / a personnummer has at most 12 digits`);
    return { kind: 'digits', digits };
  }
  return {
    kind: 'names',
    words: folded(value)
      .split(/[\s,]+/)
      .filter(Boolean),
  };
}

const referenceNumber = (reference: string) => Number(reference.replace(/^F-/, ''));
/** A name's words as a search sees them: "Anna-Lena Lindberg Ek" is anna-lena, anna, lena, lindberg, ek. */
const nameWords = (name: string) =>
  folded(name)
    .split(/\s+/)
    .flatMap((w) => [w, ...(w.includes('-') ? w.split('-') : [])]);

/** Whether a family answers the search: its reference, or one child whose number or name does. */
export function answers(query: SearchQuery, family: SearchCandidate): boolean {
  if (query.kind === 'reference') return referenceNumber(family.reference) === query.number;
  if (query.kind === 'digits') {
    if (query.digits.length <= 5) return referenceNumber(family.reference) === Number(query.digits);
    // Twelve digits with the century, ten without: a start of either (six or more digits) matches.
    return query.digits.length >= 6 && family.children.some((c) => c.personnummer.startsWith(query.digits) || c.personnummer.slice(2).startsWith(query.digits));
  }
  return family.children.some((c) => {
    const words = [...nameWords(c.givenName), ...nameWords(c.familyName)];
    return query.words.every((q) => words.some((w) => w.startsWith(q)));
  });
}
