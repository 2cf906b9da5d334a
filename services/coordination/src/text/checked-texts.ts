import { appendEvents } from '@lotsen/kit';
import type { GraphQLError } from 'graphql';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import { cleanText, type TextField } from '../graphql/text.js';
import { type IdentifyingKind, identifyingIn } from './identifying-text.js';
import { namesToRefuse } from './known-names.js';
import { textRefusedEvent } from './refusal-event.js';

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
 * names"). The first text that holds one refuses the whole write with `refused`, recorded in the
 * audit trail (who, the field, the kind; never the text). Null for an optional text left empty.
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
    if (!kind) continue;
    const { field } = texts[key as K];
    // The refusal is kept in the trail before it is answered. Nothing of the text is stored either
    // way, so a trail that cannot be written does not change the answer: the writer is told why.
    await ctx.db
      .transaction((tx) => appendEvents(tx, 'coordination', [textRefusedEvent(ctx, teamId, field, kind)]))
      .catch((error: unknown) => {
        ctx.log.error({ err: error instanceof Error ? error.message : String(error), field: field.en, kind }, 'audit write failed for a refused text');
      });
    throw refused(field, kind);
  }
  return cleaned;
}
