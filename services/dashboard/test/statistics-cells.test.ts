import { describe, expect, it } from 'vitest';
import { anyPerturbed, cellInWords, reasonExplained, suppressionReasons } from '../src/statistics/cell-in-words.js';
import { csvProblem } from '../src/statistics/csv-problem.js';

// Intl writes sv-SE with a no-break space between thousands and a minus sign (U+2212).
const plain = (text: string) => text.replace(/\u00a0|\u202f/g, ' ').replace(/\u2212/g, '-');

describe('a statistics cell in words', () => {
  it('writes a shown value in Swedish notation, by what it is', () => {
    expect(plain(cellInWords({ value: 1234, suppressed: false, reason: null }, 'count', 5))).toBe('1 234');
    expect(cellInWords({ value: 0, suppressed: false, reason: null }, 'count', 5)).toBe('0');
    expect(cellInWords({ value: 2.456, suppressed: false, reason: null }, 'decimal1', 5)).toBe('2,5');
    expect(plain(cellInWords({ value: -0.25, suppressed: false, reason: null }, 'decimal2', 5))).toBe('-0,25');
    expect(cellInWords({ value: 12.68, suppressed: false, reason: null }, 'percent', 5)).toBe('12,7 %');
    expect(cellInWords({ value: 0.18, suppressed: false, reason: null }, 'share', 5)).toBe('18 %');
  });

  it('says why a hidden value is hidden, with the threshold of the answer, never a number', () => {
    expect(cellInWords({ value: null, suppressed: true, reason: 'SMALL_COUNT' }, 'count', 5)).toBe('Färre än 5');
    expect(cellInWords({ value: null, suppressed: true, reason: 'SMALL_COUNT' }, 'count', 3)).toBe('Färre än 3');
    expect(cellInWords({ value: null, suppressed: true, reason: 'COMPLEMENTARY' }, 'count', 5)).toBe('Dold för att skydda ett litet tal');
    expect(cellInWords({ value: null, suppressed: true, reason: 'SMALL_BASE' }, 'share', 5)).toBe('Underlaget är färre än 5');
    // A share hidden with its small count says so, rather than calling a share "fewer than five".
    expect(cellInWords({ value: null, suppressed: true, reason: 'SMALL_COUNT' }, 'share', 5)).toBe('Dold: antalet är färre än 5');
    for (const reason of suppressionReasons) expect(reasonExplained(reason, 5)).not.toMatch(/[A-Z]{4,}/);
  });
});

describe('whether an answer is perturbed', () => {
  it('finds a perturbed cell anywhere in an answer, and only a cell that says so', () => {
    const cell = (perturbed: boolean) => ({ value: 7, suppressed: false, reason: null, perturbed });
    expect(anyPerturbed({ from: '2026-01-01', families: { started: cell(false) }, byKind: [{ kind: 'X', children: cell(true) }] })).toBe(true);
    expect(anyPerturbed({ from: '2026-01-01', families: { started: cell(false), ongoing: cell(false) } })).toBe(false);
    // An answer from before the field existed says nothing of perturbation.
    expect(anyPerturbed({ families: { started: { value: 7, suppressed: false, reason: null } } })).toBe(false);
  });
});

describe('a CSV download that did not give a file, in words', () => {
  it('asks to sign in again on 401', () => {
    expect(csvProblem(401, 'Unauthorized', null)).toEqual({ text: 'Din inloggning gäller inte längre. Logga in igen.', signInAgain: true });
  });

  it('says a rate limit in its own Swedish words, else in ours with how long to wait', () => {
    const ours = csvProblem(429, 'För många statistikfrågor: högst 60 statistiksvar per 5 minuter. Försök igen om 42 sekunder.', '42');
    expect(ours).toEqual({ text: 'För många statistikfrågor: högst 60 statistiksvar per 5 minuter. Försök igen om 42 sekunder.', signInAgain: false });
    expect(csvProblem(429, 'Too many requests', '42').text).toMatch(/Vänta 42 sekunder och försök igen\.$/);
    expect(csvProblem(429, '', '600').text).toMatch(/Vänta 10 minuter/);
    expect(csvProblem(429, '', null).text).toMatch(/Vänta en stund/);
  });

  it('shows a refusal only in Swedish: the Swedish part of a bilingual message, or a message of its own', () => {
    expect(csvProblem(400, 'Perioden är ett till 8 kvartal', null).text).toBe('Filen kunde inte skapas: Perioden är ett till 8 kvartal');
    expect(csvProblem(400, 'Only the safelisted (persisted) operations are accepted here', null).text).toBe('Filen kunde inte skapas: servern tog inte emot frågan. Ladda om sidan och försök igen.');
    expect(csvProblem(502, 'Bad gateway', null).text).toMatch(/^Servern svarar inte/);
  });
});
