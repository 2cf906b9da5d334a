import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Agency, agencies, type SectionField, sectionField } from '@lotsen/kit';

/**
 * What each agency system keeps across restarts (its statistics secret, its registered client),
 * one entry per agency of the manifest under its section field, in a file of the data directory:
 * read when there, made once when not, and made for an agency added to the manifest since.
 */
export function loadOrCreatePerAgency<T>(file: string, kept: { make: (agency: Agency) => T; read: (value: unknown, key: string) => T; write: (value: T) => unknown }): Record<SectionField, T> {
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  let added = false;
  const entries = Object.fromEntries(
    agencies.map((a) => {
      const key = sectionField(a);
      if (stored[key] !== undefined) return [key, kept.read(stored[key], key)];
      added = true;
      return [key, kept.make(a)];
    }),
  ) as Record<SectionField, T>;
  if (added) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, kept.write(v as T)]))), { mode: 0o600 });
  }
  return entries;
}
