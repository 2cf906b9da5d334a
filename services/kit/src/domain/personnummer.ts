import personnummerModule from 'personnummer';

// The package is CommonJS (`module.exports = Personnummer`) but its types declare an ES default
// export, so under NodeNext TypeScript sees one level too many.
const Personnummer = personnummerModule as unknown as typeof personnummerModule.default;

/**
 * Normalises a personal identity number or coordination number to 12 digits without
 * separator, or returns null when it is not valid (Luhn digit and a real date).
 */
export function normalisePersonnummer(input: string): string | null {
  if (typeof input !== 'string' || !Personnummer.valid(input)) return null;
  return Personnummer.parse(input).format(true).replace(/[-+]/g, '');
}
