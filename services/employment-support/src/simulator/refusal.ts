import { type HttpResponse, json, normalisePersonnummer } from '@lotsen/kit';
import { type Felkod, type Felsvar, maxPerSida, maxPersonnummer } from '../vendor-api.js';

/** A refusal in the API's documented shape (docs/agencies.md): 400 and one `fel`. */
export const refusal = (kod: Felkod, meddelande: string, parameter?: string): HttpResponse => json(400, { fel: { kod, meddelande, ...(parameter ? { parameter } : {}) } } satisfies Felsvar);

/**
 * The personnummer a request names (repeated or comma-separated), each once, in the order given;
 * or why not. The system keys people by the 12-digit form only: a number it would have to guess
 * the century of, or with a wrong check digit, is refused by its place, never echoed.
 */
export function personnummerOf(query: URLSearchParams): string[] | HttpResponse {
  const given = query.getAll('personnummer').flatMap((v) => v.split(','));
  if (given.length === 0 || given.every((p) => p === '')) return refusal('PERSONNUMMER_SAKNAS', 'Ange minst ett personnummer', 'personnummer');
  const invalid = given.findIndex((p) => !/^\d{12}$/.test(p) || normalisePersonnummer(p) !== p);
  if (invalid >= 0) return refusal('OGILTIGT_PERSONNUMMER', `Personnummer nummer ${invalid + 1} är inte ett giltigt personnummer med tolv siffror (ÅÅÅÅMMDDNNNN)`, 'personnummer');
  const distinct = [...new Set(given)];
  if (distinct.length > maxPersonnummer) return refusal('FOR_MANGA_PERSONNUMMER', `Högst ${maxPersonnummer} personnummer per anrop, ${distinct.length} angavs`, 'personnummer');
  return distinct;
}

/** The page asked for: `sida` from 1, `perSida` 1 to the maximum (the maximum when left out). */
export function pageOf(query: URLSearchParams): { sida: number; perSida: number } | HttpResponse {
  const sida = Number(query.get('sida') ?? '1');
  const perSida = Number(query.get('perSida') ?? String(maxPerSida));
  if (!Number.isInteger(sida) || sida < 1) return refusal('OGILTIG_SIDA', 'sida ska vara ett heltal från 1', 'sida');
  if (!Number.isInteger(perSida) || perSida < 1 || perSida > maxPerSida) return refusal('OGILTIG_SIDA', `perSida ska vara ett heltal 1-${maxPerSida}`, 'perSida');
  return { sida, perSida };
}
