import { LRUCache } from 'lru-cache';
import personnummerModule from 'personnummer';

// The package is CommonJS (`module.exports = Personnummer`) but its types declare an ES default
// export, so under NodeNext TypeScript sees one level too many.
const Personnummer = personnummerModule as unknown as typeof personnummerModule.default;

/**
 * Normalises a personal identity number or coordination number to 12 digits without
 * separator, or returns null when it is not valid (Luhn digit and a real date).
 */
export function normalisePersonnummer(input: string): string | null {
  if (typeof input !== 'string') return null;
  let known = normalised.get(input);
  if (known === undefined) {
    known = Personnummer.valid(input) ? Personnummer.parse(input).format(true).replace(/[-+]/g, '') : '';
    normalised.set(input, known);
  }
  return known || null;
}

// The same few thousand numbers come back in every batch of decisions ('' marks an invalid one).
const normalised = new LRUCache<string, string>({ max: 20_000 });

/** FHIR identifier system (OID) of the Swedish personal identity number. */
export const personnummerSystem = 'urn:oid:1.2.752.129.2.1.3.1';

/** The birth date (YYYY-MM-DD) a 12-digit personal identity number carries. */
export function birthDateOf(personnummer: string): string {
  return `${personnummer.slice(0, 4)}-${personnummer.slice(4, 6)}-${personnummer.slice(6, 8)}`;
}

/** Whole years of age on `today` (both ISO dates). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1;
}
