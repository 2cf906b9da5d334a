import { AgencyError, type AgencyHttp, maskPersonnummer } from '@lotsen/kit';
import type { Bundle, FhirResource, OperationOutcome } from 'fhir/r4.js';

/** FHIR's own media type: what the adapter asks for and reads (a server may answer plain JSON too). */
const headers = { accept: 'application/fhir+json' };

/** Matches asked for on one page; a server may give fewer (its own maximum), and `next` brings the rest. */
export const pageSize = 1000;

/**
 * The most pages one search follows. A search that still has a `next` after them fails (the
 * section answers AgencyUnavailable): the view never shows part of a child's records as if whole.
 */
export const maxPages = 50;

type Response = Awaited<ReturnType<AgencyHttp['get']>>;

/**
 * One FHIR search followed to its last page (`Bundle.link` `next`, as HAPI, Azure and Medplum page):
 * the resources of every page's entries, matches and includes, in the order given. A `next` that
 * leaves the server's origin is not followed (the identifiers asked for would go with it), and an
 * answer that is not a searchset Bundle, or an error, fails the search.
 */
export async function searchAll(http: AgencyHttp, type: string, params: Record<string, string>): Promise<FhirResource[]> {
  const resources: FhirResource[] = [];
  let response = await asked(type, () => http.get<Bundle>(`/fhir/${type}`, { params: { ...params, _count: String(pageSize) }, headers }));
  for (let page = 1; ; page++) {
    const bundle = response.data as Partial<Bundle> | undefined;
    if (bundle?.resourceType !== 'Bundle' || bundle.type !== 'searchset') throw new AgencyError('HEALTH_CARE', 'UNAVAILABLE', `FHIR ${type} search: the answer is not a searchset Bundle`);
    // An entry of mode `outcome` is the server's note on the search (a warning), not a record.
    for (const e of bundle.entry ?? []) if (e.resource && e.search?.mode !== 'outcome') resources.push(e.resource);
    const next = bundle.link?.find((l) => l.relation === 'next')?.url;
    if (!next) return resources;
    if (page >= maxPages) throw new AgencyError('HEALTH_CARE', 'UNAVAILABLE', `FHIR ${type} search: still a next page after ${maxPages} pages; nothing shown rather than part`);
    const path = onSameServer(type, next, response);
    response = await asked(type, () => http.get<Bundle>(path, { headers }));
  }
}

/** The path and query of a `next` link, resolved against the page that gave it, when it stays on that server. */
function onSameServer(type: string, next: string, previous: Response): string {
  const here = new URL(previous.config?.url ?? '/', previous.config?.baseURL ?? 'http://fhir.invalid');
  const url = new URL(next, here);
  if (url.origin !== here.origin) throw new AgencyError('HEALTH_CARE', 'UNAVAILABLE', `FHIR ${type} search: the next page is on another origin (${url.origin}); not followed`);
  return `${url.pathname}${url.search}`;
}

/**
 * Asks, and reads a FHIR error: an OperationOutcome's issues (severity, code, diagnostics) go into
 * the failure, which the consent gate logs, with every personal identity number masked and no more
 * than 300 characters of them, since a server may echo the search's identifiers back.
 */
async function asked(type: string, call: () => Promise<Response>): Promise<Response> {
  try {
    return await call();
  } catch (error) {
    const response = (error as { response?: { status?: number; data?: unknown } }).response;
    const outcome = response?.data as Partial<OperationOutcome> | undefined;
    if (outcome?.resourceType !== 'OperationOutcome') throw error;
    const issues = (outcome.issue ?? []).map((i) => `${i.severity} ${i.code}: ${i.diagnostics ?? i.details?.text ?? ''}`.trim()).join('; ');
    throw new AgencyError('HEALTH_CARE', 'UNAVAILABLE', `FHIR ${type} search ${response?.status}: ${maskPersonnummer(issues).slice(0, 300)}`);
  }
}
