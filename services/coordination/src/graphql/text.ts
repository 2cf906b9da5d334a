import { controlCharacter, controlCharactersMessage } from '@lotsen/kit';
import { badInput } from './errors.js';

/** Free text from a caller, trimmed; `optional` lets it be empty. A clear error names the field. */
export function cleanText(text: string, field: string, max = 2000, optional = false): string {
  const value = text.trim();
  if (controlCharacter.test(value)) throw badInput(`${field}: ${controlCharactersMessage}`);
  if (!value && !optional) throw badInput(`${field}: får inte vara tomt / must not be empty`);
  if (value.length > max) throw badInput(`${field}: högst ${max} tecken / longer than ${max} characters`);
  return value;
}
