import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { swedishServerMessage } from '../src/graphql/error-in-words.js';
import { englishIn } from './english-words.js';
import { serverMessages, shownStrings, shownStringsOfSource } from './shown-strings.js';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const coordination = fileURLToPath(new URL('../../coordination/src/graphql/', import.meta.url));

/** Each text with English words in it, as "file:line: text → words". */
const english = (texts: ReadonlyArray<{ file: string; line: number; text: string }>) =>
  texts.flatMap((t) => {
    const words = englishIn(t.text);
    return words.length > 0 ? [`${t.file}:${t.line}: ${t.text} → ${words.join(', ')}`] : [];
  });

describe('every word the dashboard shows is Swedish', () => {
  it('finds the texts of a page, and the English among them (a planted sentence is caught)', () => {
    const planted = shownStringsOfSource(
      'planted.tsx',
      `export function Planted({ ok }: { ok: boolean }) {
        const note = ok ? 'Sparat.' : 'Your changes could not be saved';
        return (<div className="card needs-action" aria-label="Something went wrong"><p>Försök igen. {note}</p><button type="button">Spara</button></div>);
      }`,
    );
    expect(planted.map((s) => s.text)).toEqual(['Sparat.', 'Your changes could not be saved', 'Something went wrong', 'Försök igen.', 'Spara']);
    expect(english(planted)).toEqual(['planted.tsx:2: Your changes could not be saved → changes, could, not, saved', 'planted.tsx:3: Something went wrong → Something, went, wrong']);
  });

  it('lists hundreds of texts from the sources, and none has an English word outside the names and codes allowed', () => {
    const texts = shownStrings(src);
    // The list is the dashboard's words: were it nearly empty, the test would pass on nothing.
    expect(texts.length).toBeGreaterThan(400);
    expect(texts.some((t) => t.text === 'Registrera uppföljning')).toBe(true);
    expect(english(texts)).toEqual([]);
  });

  it("shows the graph's refusals in Swedish: the Swedish half of each, or the page's own words for its code", () => {
    // The issue's own example: an English sentence in the Swedish half is caught.
    expect(english([{ file: 'planted', line: 1, text: swedishServerMessage('Evidence needs a document reference: documentRef: högst 200 tecken / longer than 200') ?? '' }])).toEqual([
      'planted:1: Evidence needs a document reference: documentRef: högst 200 tecken → Evidence, needs, document, reference',
    ]);
    const messages = serverMessages(coordination);
    expect(messages.length).toBeGreaterThan(40);
    // What the page shows for each: swedishServerMessage's words, or (null) the page's words for the error's code.
    const shown = messages.map((m) => ({ ...m, text: swedishServerMessage(m.text) ?? '' }));
    expect(english(shown)).toEqual([]);
  });
});
