import { GraphQLError } from 'graphql';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import { cleanText, type TextField } from '../graphql/text.js';
import { type IdentifyingKind, identifyingIn } from './anonymity-check.js';
import { namesToRefuse } from './known-names.js';

/** Every free text of a consultation, named as the forms name it, with its limit. */
export const consultationFields = {
  question: { sv: 'Frågan', en: 'question', max: 2000 },
  schoolUnit: { sv: 'Skolenhet', en: 'schoolUnit', max: 200 },
  priorityReason: { sv: 'Skäl till prioriteringen', en: 'reason', max: 500 },
  agendaNote: { sv: 'Anteckning på dagordningen', en: 'note', max: 500 },
  advice: { sv: 'Råd', en: 'advice', max: 2000 },
  outcomeNote: { sv: 'Utfall', en: 'note', max: 2000 },
} as const satisfies Record<string, TextField>;

const found: Record<IdentifyingKind, { sv: string; en: string }> = {
  PERSONNUMMER: { sv: 'ett personnummer', en: 'a personal identity number' },
  SAMORDNINGSNUMMER: { sv: 'ett samordningsnummer', en: 'a coordination number (samordningsnummer)' },
  NAME: { sv: 'ett för- och efternamn', en: 'a full name' },
};

/**
 * A refusal that says what kind of datum was found and in which field, never the datum: neither
 * the answer nor a log may carry it.
 */
export const identifyingRefused = (field: TextField, kind: IdentifyingKind) =>
  new GraphQLError(
    `${field.sv}: texten innehåller ${found[kind].sv}. En konsultation är avidentifierad, så inget som pekar ut ett barn eller en familj får stå i den. Ta bort det och spara igen. Inget sparades. / ${field.en}: the text contains ${found[kind].en}; a consultation is anonymised, nothing was saved`,
    { extensions: { code: 'BAD_USER_INPUT', identifying: kind } },
  );

/**
 * Free texts for a case of `teamId`, cleaned (trimmed, within their limits) and passed through the
 * anonymisation check (docs/consultations.md): the first that holds an identity number or a known
 * full name refuses the whole write. Null for an optional text left empty.
 */
export async function checkedTexts<K extends string>(
  ctx: Ctx,
  teamId: string,
  texts: Record<K, { value: string | null | undefined; field: TextField; optional?: boolean }>,
): Promise<Record<K, string | null>> {
  const cleaned = Object.fromEntries(Object.entries<(typeof texts)[K]>(texts).map(([key, t]) => [key, cleanText(t.value ?? '', t.field, t.optional ?? false) || null])) as Record<K, string | null>;
  const all = Object.values<string | null>(cleaned).filter((t): t is string => t !== null);
  if (all.length === 0) return cleaned;
  const names = await namesToRefuse(ctx.db, ctx.register, teamId, all.join('\n'));
  for (const [key, text] of Object.entries<string | null>(cleaned)) {
    const kind = text === null ? null : identifyingIn(text, names);
    if (kind) throw identifyingRefused(texts[key as K].field, kind);
  }
  return cleaned;
}
