import type { GraphQLError } from 'graphql';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import { cleanText, type TextField } from '../graphql/text.js';
import { type IdentifyingKind, identifyingIn } from './identifying-text.js';
import { namesToRefuse } from './known-names.js';

/** What a refusal says was found, in Swedish and for an API client; never the datum itself. */
export const identifyingWords: Record<IdentifyingKind, { sv: string; en: string }> = {
  PERSONNUMMER: { sv: 'ett personnummer', en: 'a personal identity number' },
  SAMORDNINGSNUMMER: { sv: 'ett samordningsnummer', en: 'a coordination number (samordningsnummer)' },
  NAME: { sv: 'ett för- och efternamn', en: 'a full name' },
};

/** The error a feature answers with when a text of `field` holds a datum of `kind`: its own reason, never the datum. */
export type IdentifyingRefusal = (field: TextField, kind: IdentifyingKind) => GraphQLError;

/**
 * Free texts written about a family or case of `teamId`, cleaned (trimmed, within their limits)
 * and passed through the identifying-text check: a personnummer, a samordningsnummer or a full
 * name known to the register or coordination for the team (docs/consultations.md, "Which
 * names"). The first text that holds one refuses the whole write with `refused`. Null for an
 * optional text left empty.
 */
export async function checkedTexts<K extends string>(
  ctx: Ctx,
  teamId: string,
  texts: Record<K, { value: string | null | undefined; field: TextField; optional?: boolean }>,
  refused: IdentifyingRefusal,
): Promise<Record<K, string | null>> {
  const cleaned = Object.fromEntries(Object.entries<(typeof texts)[K]>(texts).map(([key, t]) => [key, cleanText(t.value ?? '', t.field, t.optional ?? false) || null])) as Record<K, string | null>;
  const all = Object.values<string | null>(cleaned).filter((t): t is string => t !== null);
  if (all.length === 0) return cleaned;
  const names = await namesToRefuse(ctx.db, ctx.register, teamId, all.join('\n'));
  for (const [key, text] of Object.entries<string | null>(cleaned)) {
    const kind = text === null ? null : identifyingIn(text, names);
    if (kind) throw refused(texts[key as K].field, kind);
  }
  return cleaned;
}
