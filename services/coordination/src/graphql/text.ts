import { controlCharacter, controlCharactersMessage } from '@lotsen/kit';
import { badInput } from './errors.js';

/** A free-text field as a person reads it (the form's Swedish label) and as an API client does, with its limit. */
export interface TextField {
  sv: string;
  en: string;
  max: number;
}

/**
 * Every free-text field the graph takes, with its limit (stated in the schema's descriptions too).
 * A message names the field as the form does: "Dokumentreferens: högst 200 tecken (du angav 5 000)".
 */
export const fields = {
  summary: { sv: 'Sammanfattning', en: 'summary', max: 2000 },
  place: { sv: 'Plats', en: 'place', max: 200 },
  comment: { sv: 'Kommentar', en: 'comment', max: 2000 },
  documentRef: { sv: 'Dokumentreferens', en: 'documentRef', max: 200 },
  childView: { sv: 'Barnets inställning', en: 'childView', max: 2000 },
  view: { sv: 'Barnets inställning', en: 'view', max: 2000 },
  revocationReason: { sv: 'Skäl', en: 'reason', max: 500 },
  narrowingReason: { sv: 'Skäl', en: 'reason', max: 500 },
  closingReasonText: { sv: 'Skäl (annat)', en: 'reasonText', max: 500 },
  participantName: { sv: 'Deltagarens namn', en: 'participant name', max: 200 },
  participantRole: { sv: 'Deltagarens roll', en: 'participant role', max: 200 },
  goalDescription: { sv: 'Målets beskrivning', en: 'goal description', max: 2000 },
  actionDescription: { sv: 'Insatsens beskrivning', en: 'action description', max: 2000 },
  actionNote: { sv: 'Anteckning', en: 'note', max: 500 },
  searchText: { sv: 'Sökord', en: 'text', max: 100 },
} as const satisfies Record<string, TextField>;

/** A number as Swedish is written: 5 000. */
export const swedishNumber = (n: number) => n.toLocaleString('sv-SE');

/** Characters as a person counts them (an emoji is one, not two UTF-16 units). */
const characters = (text: string) => [...text].length;

/** Free text from a caller, trimmed; `optional` lets it be empty. A clear error names the field and what was given. */
export function cleanText(text: string, field: TextField, optional = false): string {
  const value = text.trim();
  if (controlCharacter.test(value)) throw badInput(`${field.sv}: ${controlCharactersMessage}`);
  if (!value && !optional) throw badInput(`${field.sv}: får inte vara tomt / ${field.en}: must not be empty`);
  const length = characters(value);
  if (length > field.max) throw badInput(`${field.sv}: högst ${swedishNumber(field.max)} tecken (du angav ${swedishNumber(length)}) / ${field.en}: at most ${field.max} characters (${length} given)`);
  return value;
}

/** Optional free text: null when left out or blank. */
export const optionalText = (text: string | null | undefined, field: TextField): string | null => cleanText(text ?? '', field, true) || null;
