import type { Bundle, BundleEntry, BundleLink, FhirResource } from 'fhir/r4.js';
import type { SearchRequest } from './search-parameters.js';

type Identified = FhirResource & { id: string };

/**
 * One page of a search's matches as a `searchset` Bundle: every entry with its absolute
 * `fullUrl`, the Patients of the page's matches when `_include` asked for them (once each, mode
 * `include`), `total` over all pages, and links `self` and, while matches remain, `next`: the
 * same search one page on (`_offset`), so a client follows `next` until there is none.
 */
export function searchset(base: string, type: string, query: URLSearchParams, request: SearchRequest, matches: readonly Identified[], included: (page: readonly Identified[]) => Identified[]): Bundle {
  const page = matches.slice(request.offset, request.offset + request.count);
  const entry = (resource: Identified, mode: 'match' | 'include'): BundleEntry => ({ fullUrl: `${base}/${resource.resourceType}/${resource.id}`, resource, search: { mode } });
  const seen = new Set<string>();
  const includes = included(page).filter((r) => !seen.has(r.id) && seen.add(r.id));
  const at = (offset: number) => {
    const q = new URLSearchParams(query);
    q.set('_count', String(request.count));
    q.set('_offset', String(offset));
    return `${base}/${type}?${q}`;
  };
  const link: BundleLink[] = [{ relation: 'self', url: at(request.offset) }];
  const next = request.offset + request.count;
  if (request.count > 0 && next < matches.length) link.push({ relation: 'next', url: at(next) });
  const entries = [...page.map((r) => entry(r, 'match')), ...includes.map((r) => entry(r, 'include'))];
  // FHIR's JSON has no empty arrays: a page without entries has none.
  return { resourceType: 'Bundle', type: 'searchset', total: matches.length, link, ...(entries.length > 0 ? { entry: entries } : {}) };
}
