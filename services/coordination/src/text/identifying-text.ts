import { isCoordinationNumber, normalisePersonnummer } from '@lotsen/kit';

/** What kind of identifying datum a text holds; the datum itself is never returned. */
export type IdentifyingKind = 'PERSONNUMMER' | 'SAMORDNINGSNUMMER' | 'NAME';

/** A person's name as the register or coordination holds it. */
export interface KnownName {
  givenName: string;
  familyName: string;
}

/**
 * A personal identity number's shape as people write it: the birth date in 6 or 8 digits (its
 * year, month and day also spaced apart: "2015 03 15"), a separator or none (a hyphen or `+`,
 * also as word processors write a hyphen: the dashes U+2010 to U+2015 and the minus sign U+2212,
 * with spaces or a line break around it), and 4 digits, not inside a longer run of digits. A
 * phone number (070-123 45 67, 023-824 18) or a date (2026-03-15) has another shape; a shape that
 * matches is refused only when it is a valid number (a real date and the check digit).
 */
const identityNumberShape = /(?<!\d)(\d{2}(?:\d{2})?)[ \u00a0]?(\d{2})[ \u00a0]?(\d{2})\s*([-+\u2010-\u2015\u2212]?)\s*(\d{4})(?!\d)/g;

/** Every way of writing a hyphen, read as the hyphen the number's standard form has. */
const asHyphen = (separator: string) => (separator === '+' || separator === '' ? separator : '-');

/** The first personnummer or samordningsnummer in `text`, by kind; null when there is none. */
export function identityNumberIn(text: string): 'PERSONNUMMER' | 'SAMORDNINGSNUMMER' | null {
  for (const [, year, month, day, separator, last] of text.normalize('NFC').matchAll(identityNumberShape)) {
    const normalised = normalisePersonnummer(`${year}${month}${day}${asHyphen(separator ?? '')}${last}`);
    if (normalised) return isCoordinationNumber(normalised) ? 'SAMORDNINGSNUMMER' : 'PERSONNUMMER';
  }
  return null;
}

/** The words of a text as compared: Unicode letters only, lower case as Swedish writes it (Å stays Å). */
export const wordsOf = (text: string): string[] =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/**
 * The ways a full name is written: every given name with the family name ("Anna-Lena Öberg" is
 * also "Lena Öberg"), all given names with it, and the family name first ("Öberg, Anna").
 */
function writtenForms({ givenName, familyName }: KnownName): string[] {
  const given = wordsOf(givenName);
  const family = wordsOf(familyName).join(' ');
  if (given.length === 0 || !family) return [];
  const forms = [given.join(' '), ...given].flatMap((g) => [`${g} ${family}`, `${family} ${g}`]);
  return [...new Set(forms)];
}

/** Whether a known full name is in the text, in any case and spacing, also in the genitive ("Elsa Linds"). */
export function nameIn(text: string, names: readonly KnownName[]): boolean {
  const spaced = ` ${wordsOf(text).join(' ')} `;
  return names.some((n) => writtenForms(n).some((form) => spaced.includes(` ${form} `) || spaced.includes(` ${form}s `)));
}

/**
 * The check every text read without the family's identity passes before it is stored (a
 * consultation's, docs/consultations.md; an obstacle's, docs/obstacles.md): a personnummer or
 * samordningsnummer in any common written form, or a full name known to the register or
 * coordination. Returns the kind found first, or null.
 */
export function identifyingIn(text: string, names: readonly KnownName[]): IdentifyingKind | null {
  return identityNumberIn(text) ?? (nameIn(text, names) ? 'NAME' : null);
}
