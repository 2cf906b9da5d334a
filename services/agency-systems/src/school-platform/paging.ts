/**
 * SS 12000 paging as the spec defines it: `limit` asks for at most so many rows (without it the
 * server answers as many as it can), and an answer with more to come carries a `pageToken`, an
 * opaque value that alone (or with a new `limit`) continues the same query; `pageToken: null` says
 * nothing more is left. The token here carries the query it continues and where, so the platform
 * keeps no state between pages (a real one may; the client cannot tell).
 */

/** A query to answer a page of: its parameters (those of its first request) and the first row. */
export interface PagedQuery {
  query: URLSearchParams;
  offset: number;
}

const encode = (page: PagedQuery) => Buffer.from(JSON.stringify({ q: page.query.toString(), o: page.offset })).toString('base64url');

/** The query a pageToken continues, or null for a token this platform did not give. */
export function continued(token: string): PagedQuery | null {
  try {
    const { q, o } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { q?: unknown; o?: unknown };
    return typeof q === 'string' && Number.isInteger(o) && (o as number) >= 0 ? { query: new URLSearchParams(q), offset: o as number } : null;
  } catch {
    return null;
  }
}

/** The parameters a pageToken may come with; any other is a filter, which the spec says it cannot be combined with. */
export const continuationParameters = new Set(['pageToken', 'limit']);

/**
 * One page of a query's rows: from its offset, at most the smaller of the caller's `limit` and
 * the platform's largest page (none: every row), with the token to the next page or null.
 */
export function pageOf<T>(rows: readonly T[], page: PagedQuery, limit: number | undefined, maxPageSize: number | undefined): { data: T[]; pageToken: string | null } {
  const size = Math.min(limit ?? Number.POSITIVE_INFINITY, maxPageSize ?? Number.POSITIVE_INFINITY);
  const end = page.offset + size;
  return { data: rows.slice(page.offset, end), pageToken: end < rows.length ? encode({ query: page.query, offset: end }) : null };
}
