import { LRUCache } from 'lru-cache';
import personnummerModule from 'personnummer';

// The package is CommonJS (`module.exports = Personnummer`) but its types declare an ES default
// export, so under NodeNext TypeScript sees one level too many.
const Personnummer = personnummerModule as unknown as typeof personnummerModule.default;

// Coordination numbers (samordningsnummer) are asked for explicitly rather than left to the
// package's default; interim numbers (a letter among the last four) are not identity numbers.
const accepted = { allowCoordinationNumber: true, allowInterimNumber: false };

/**
 * Normalises a personal identity number (personnummer) or coordination number
 * (samordningsnummer) to 12 digits without separator, or returns null when it is not valid:
 * a Luhn check digit and a real date, for a coordination number once 60 is taken off the day.
 * A coordination number keeps its day as issued (`201401612385`, born 2014-01-01).
 *
 * Skatteverket also issues coordination numbers for a birth date that is partly unknown
 * (month `00` or day `60`); these are refused, as no birth date (and so no age) can be read
 * from them.
 */
export function normalisePersonnummer(input: string): string | null {
  if (typeof input !== 'string') return null;
  let known = normalised.get(input);
  if (known === undefined) {
    known = Personnummer.valid(input, accepted) ? Personnummer.parse(input, accepted).format(true).replace(/[-+]/g, '') : '';
    normalised.set(input, known);
  }
  return known || null;
}

// The same few thousand numbers come back in every batch of decisions ('' marks an invalid one).
const normalised = new LRUCache<string, string>({ max: 20_000 });

/** FHIR identifier system (OID) of the Swedish personal identity number. */
export const personnummerSystem = 'urn:oid:1.2.752.129.2.1.3.1';

/** FHIR identifier system (OID) of the Swedish coordination number (samordningsnummer). */
export const coordinationNumberSystem = 'urn:oid:1.2.752.129.2.1.3.3';

/**
 * True when the number is a coordination number (samordningsnummer): its day of birth is
 * written with 60 added (61-91; 60 when the day is unknown). Reads the 12-digit form as well
 * as the 10-digit one, with or without separator; says nothing about the number's validity.
 */
export function isCoordinationNumber(personnummer: string): boolean {
  if (typeof personnummer !== 'string') return false;
  const digits = personnummer.replace(/[-+]/, '');
  if (!/^(?:\d{10}|\d{12})$/.test(digits)) return false;
  const day = Number(digits.slice(-6, -4));
  return day >= 60 && day <= 91;
}

/** The FHIR identifier system a personal identity number or coordination number belongs to. */
export function identifierSystemOf(personnummer: string): string {
  return isCoordinationNumber(personnummer) ? coordinationNumberSystem : personnummerSystem;
}

/**
 * The birth date (YYYY-MM-DD) a 12-digit personal identity number or coordination number
 * carries (as `normalisePersonnummer` gives it): for a coordination number, the day less 60.
 */
export function birthDateOf(personnummer: string): string {
  const day = Number(personnummer.slice(6, 8));
  const birthDay = day >= 60 && day <= 91 ? String(day - 60).padStart(2, '0') : personnummer.slice(6, 8);
  return `${personnummer.slice(0, 4)}-${personnummer.slice(4, 6)}-${birthDay}`;
}

/** Whole years of age on `today` (both ISO dates). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1;
}
