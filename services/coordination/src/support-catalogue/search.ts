import { type Agency, agencyManifest } from '@lotsen/kit';
import { badInput } from '../graphql/errors.js';
import { cleanText, fields } from '../graphql/text.js';
import type { SupportServiceRow } from './catalogue-store.js';
import { isOpenAt } from './opening-hours.js';

/** A search of the catalogue as the graph takes it. */
export interface SupportSearch {
  text?: string | null;
  municipality?: string | null;
  agency?: Agency | null;
  openNow?: boolean | null;
}

export interface CatalogueQuery {
  /** Lower-cased as a Swede writes them; every one must be found. */
  words: string[];
  municipality: string | null;
  agency: Agency | null;
  openNow: boolean;
}

const fold = (text: string) => text.toLocaleLowerCase('sv');

/** The search checked: the text split into words (at most 100 characters, as every search's). */
export function parseCatalogueSearch(search: SupportSearch | null | undefined): CatalogueQuery {
  const text = cleanText(search?.text ?? '', fields.searchText, true);
  const municipality = search?.municipality?.trim() || null;
  if (municipality && municipality.length > 100) throw badInput('Kommun: högst 100 tecken / municipality: at most 100 characters');
  return { words: fold(text).split(/\s+/).filter(Boolean), municipality, agency: search?.agency ?? null, openNow: search?.openNow ?? false };
}

/**
 * Whether a service answers the search: every word somewhere in its name, what it offers, who it
 * is for, its organisation or its agency's name ("bup", "socialtjänst", "tidsbokning"); for the
 * municipality when one is given (or for every municipality); of the agency; open at `at`.
 */
export function answersSearch(query: CatalogueQuery, service: SupportServiceRow, at: Date): boolean {
  if (query.agency && service.agency !== query.agency) return false;
  if (query.municipality && service.municipalities.length > 0 && !service.municipalities.includes(query.municipality)) return false;
  if (query.openNow && !isOpenAt(service.openingHours, at)) return false;
  if (query.words.length === 0) return true;
  const agencyName = service.agency ? agencyManifest[service.agency].name : '';
  const haystack = fold([service.name, service.offers, service.forWhom, service.organisation, service.openingNote ?? '', agencyName].join('\n'));
  return query.words.every((w) => haystack.includes(w));
}

const collator = new Intl.Collator('sv');

/** In Swedish alphabetical order by name, then organisation. */
export const inCatalogueOrder = (services: SupportServiceRow[]) => services.sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.organisation, b.organisation));
