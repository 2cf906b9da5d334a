import { type Handler, type HttpResponse, json, type Routes } from '@lotsen/kit';
import { continuationParameters, continued, type PagedQuery, pageOf } from './paging.js';
import type { Spec } from './ss12000-spec.js';

/** The standard's paths are under the `/v2.0` of its `servers` URL. */
export const basePath = '/v2.0';

/** An error answer in the shape of SS 12000's Error: a technical code of the platform's own and a message. */
export const problem = (status: number, code: string, message: string): HttpResponse => json(status, { code, message });
export const badRequest = (message: string) => problem(400, 'BAD_REQUEST', message);

/** What an operation's handler answers, before it is checked against the spec. */
export interface Answer {
  status: number;
  body: unknown;
}

/** An operation's handler, called with a request that follows the spec: its query and parsed JSON body. */
export type SpecHandler = (query: URLSearchParams, body: unknown) => Answer;

const operationOf = (route: string) => {
  const [method = '', path = ''] = route.split(' ');
  return { method, path: path.slice(basePath.length) };
};

/**
 * The answer as sent if it follows the spec; otherwise a 500 that says where it does not (the
 * platform's own fault: a test that meets it fails, and a client never gets an answer the spec forbids).
 */
function answered(spec: Spec, method: string, path: string, answer: Answer): HttpResponse {
  const wrong = spec.checkResponse(method, path, answer.status, answer.body);
  return wrong ? problem(500, 'INVALID_ANSWER', `the answer does not follow the spec: ${wrong}`) : json(answer.status, answer.body);
}

/** A route whose request (query and JSON body) and answer are validated against the spec's operation of the same method and path. */
export function specRoute(spec: Spec, route: string, handler: SpecHandler): Handler {
  const { method, path } = operationOf(route);
  if (!spec.has(method, path)) throw new Error(`${route} is not in the spec`);
  return (req) => {
    let body: unknown;
    if (req.body.trim() !== '') {
      try {
        body = JSON.parse(req.body);
      } catch {
        return badRequest('the body is not JSON');
      }
    }
    const wrong = spec.checkRequest(method, path, { query: req.query, body });
    return wrong ? badRequest(wrong) : answered(spec, method, path, handler(req.query, body));
  };
}

/**
 * A list the platform pages (paging.ts): `rows` answers every row of a query that follows the
 * spec; the route answers one page of them. A pageToken alone (or with `limit`) continues the
 * query it was given for; with any other filter it is refused, as the spec says.
 */
export function pagedRoute(spec: Spec, route: string, rows: (query: URLSearchParams) => unknown[], maxPageSize: () => number | undefined): Handler {
  const { method, path } = operationOf(route);
  if (!spec.has(method, path)) throw new Error(`${route} is not in the spec`);
  return (req) => {
    const token = req.query.get('pageToken');
    let page: PagedQuery;
    if (token === null) {
      const wrong = spec.checkRequest(method, path, { query: req.query });
      if (wrong) return badRequest(wrong);
      page = { query: req.query, offset: 0 };
    } else {
      const filters = [...new Set(req.query.keys())].filter((name) => !continuationParameters.has(name));
      if (filters.length > 0) return badRequest(`pageToken cannot be combined with filters (${filters.join(', ')})`);
      const wrong = spec.checkRequest(method, path, { query: req.query, continuing: true });
      if (wrong) return badRequest(wrong);
      const earlier = continued(token);
      // A token carries its query: one that does not follow the spec was not given by this platform.
      if (!earlier || earlier.query.has('pageToken') || spec.checkRequest(method, path, { query: earlier.query })) return badRequest('pageToken is not one this platform gave');
      const limit = req.query.get('limit');
      if (limit !== null) earlier.query.set('limit', limit);
      page = earlier;
    }
    const limit = page.query.get('limit');
    return answered(spec, method, path, { status: 200, body: pageOf(rows(page.query), page, limit === null ? undefined : Number(limit), maxPageSize()) });
  };
}

/** Any other path under the base: 404 in the standard's Error shape. */
export const notFoundRoutes: Routes = Object.fromEntries(
  ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].map((method) => [
    `${method} ${basePath}/*`,
    (req: { method: string; path: string }) => problem(404, 'NOT_FOUND', `no such resource: ${req.method} ${req.path}`),
  ]),
);
