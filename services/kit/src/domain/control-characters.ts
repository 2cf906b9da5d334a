/**
 * C0 control characters other than tab, line feed and carriage return, and DEL: nothing a
 * person writes, and PostgreSQL refuses NUL in text outright. The gateway refuses a request
 * holding one; a service reached directly refuses the field.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const controlCharactersMessage = 'Kontrolltecken (t.ex. NUL) är inte tillåtna i text / control characters are not allowed in text';

/** True when a string anywhere in `value` (a key or a value, at any depth) holds a control character. */
export function holdsControlCharacter(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const v = pending.pop();
    if (typeof v === 'string') {
      if (controlCharacter.test(v)) return true;
    } else if (v !== null && typeof v === 'object') {
      for (const [key, inner] of Object.entries(v)) {
        if (controlCharacter.test(key)) return true;
        pending.push(inner);
      }
    }
  }
  return false;
}
