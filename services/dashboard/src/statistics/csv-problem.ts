import { swedishServerMessage } from '../graphql/error-in-words.js';

/** What went wrong with a CSV download, in Swedish, and whether signing in again helps. */
export interface CsvProblem {
  text: string;
  signInAgain: boolean;
}

/**
 * The gateway's answer to `GET /statistics.csv` when it is not a file (docs/analysts.md, "CSV"):
 * its text, when Swedish, says why; a rate limit per user answers 429, with Retry-After in
 * seconds, and says it in words of its own or ours.
 */
export function csvProblem(status: number, body: string, retryAfter: string | null): CsvProblem {
  if (status === 401) return { text: 'Din inloggning gäller inte längre. Logga in igen.', signInAgain: true };
  const said = body
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => swedishServerMessage(line) ?? (looksSwedish(line) ? line : null));
  const inSwedish = said.length > 0 && said.every((line) => line !== null) ? said.join(' ') : null;
  if (status === 429) {
    if (inSwedish) return { text: inSwedish, signInAgain: false };
    const seconds = retryAfter && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : null;
    const wait = seconds === null ? 'en stund' : seconds <= 90 ? `${Math.max(seconds, 1)} sekunder` : `${Math.ceil(seconds / 60)} minuter`;
    return { text: `Du har ställt många statistikfrågor på kort tid, och Lotsen tar emot ett begränsat antal per användare. Vänta ${wait} och försök igen.`, signInAgain: false };
  }
  if (status >= 500) return { text: 'Servern svarar inte som den ska just nu. Försök igen om en stund.', signInAgain: false };
  if (inSwedish) return { text: `Filen kunde inte skapas: ${inSwedish}`, signInAgain: false };
  return { text: 'Filen kunde inte skapas: servern tog inte emot frågan. Ladda om sidan och försök igen.', signInAgain: false };
}

/**
 * The CSV route answers a refused question with the Swedish part of each message, or the whole
 * message where it has no Swedish part (gateway/src/statistics/csv-route.ts); only Swedish is shown.
 */
const looksSwedish = (line: string) => /[åäö]/i.test(line);
