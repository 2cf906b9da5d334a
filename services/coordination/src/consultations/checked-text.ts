import { GraphQLError } from 'graphql';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import type { TextField } from '../graphql/text.js';
import { checkedTexts as checkedForIdentity, type IdentifyingRefusal, identifyingWords } from '../text/checked-texts.js';

/** Every free text of a consultation, named as the forms name it, with its limit. */
export const consultationFields = {
  question: { sv: 'Frågan', en: 'question', max: 2000 },
  schoolUnit: { sv: 'Skolenhet', en: 'schoolUnit', max: 200 },
  priorityReason: { sv: 'Skäl till prioriteringen', en: 'reason', max: 500 },
  agendaNote: { sv: 'Anteckning på dagordningen', en: 'note', max: 500 },
  advice: { sv: 'Råd', en: 'advice', max: 2000 },
  outcomeNote: { sv: 'Utfall', en: 'note', max: 2000 },
} as const satisfies Record<string, TextField>;

/**
 * A refusal that says what kind of datum was found and in which field, never the datum: neither
 * the answer nor a log may carry it.
 */
const identifyingRefused: IdentifyingRefusal = (field, kind) =>
  new GraphQLError(
    `${field.sv}: texten innehåller ${identifyingWords[kind].sv}. En konsultation är avidentifierad, så inget som pekar ut ett barn eller en familj får stå i den. Ta bort det och spara igen. Inget sparades. / ${field.en}: the text contains ${identifyingWords[kind].en}; a consultation is anonymised, nothing was saved`,
    { extensions: { code: 'BAD_USER_INPUT', identifying: kind } },
  );

/** Free texts for a case of `teamId`, checked as every consultation text is (docs/consultations.md). */
export const checkedTexts = <K extends string>(ctx: Ctx, teamId: string, texts: Parameters<typeof checkedForIdentity<K>>[2]) => checkedForIdentity(ctx, teamId, texts, identifyingRefused);
