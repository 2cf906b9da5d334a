import { createHash } from 'node:crypto';
import { type ApolloServer, type ApolloServerPlugin, type BaseContext, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../log.js';
import { type HttpRequest, type HttpResponse, json } from './server.js';

/** Hands a request to Apollo Server and returns its answer as our HTTP response. */
export async function executeApollo<C extends BaseContext>(apollo: ApolloServer<C>, req: HttpRequest, body: unknown, context: () => Promise<C>): Promise<HttpResponse> {
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  const result = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: req.method, headers, search: req.query.toString(), body }, context });
  let text = '';
  if (result.body.kind === 'complete') text = result.body.string;
  else for await (const chunk of result.body.asyncIterator) text += chunk;
  // Answers about people are never stored by a browser or a proxy.
  return { status: result.status ?? 200, headers: { ...Object.fromEntries(result.headers), 'cache-control': 'no-store' }, body: text };
}

/**
 * Apollo Server's default plugins that Lotsen does without: cache control wraps every field
 * resolver to compute an HTTP cache policy, and answers about people are never cached.
 */
export const leanApolloPlugins = (): ApolloServerPlugin[] => [ApolloServerPluginCacheControlDisabled()];

/** Apollo Server's log lines through our masking logger; its chatter below warn is dropped. */
export function apolloLogger(log: Logger) {
  return { debug: () => {}, info: () => {}, warn: (m: unknown) => log.warn(String(m)), error: (m: unknown) => log.error(String(m)) };
}

/** The GraphQL-over-HTTP answer to a caller without a valid token or trusted proof. */
export function unauthenticated(reason: string): HttpResponse {
  return json(401, { errors: [{ message: `Unauthenticated: ${reason}`, extensions: { code: 'UNAUTHENTICATED' } }] }, { 'www-authenticate': 'Bearer' });
}

/**
 * Operation name and SHA-256 of the document of a GraphQL-over-HTTP request, for the audit
 * trail. Without an explicit name, the document's first named operation names it.
 */
export function describeOperation(params: unknown): { operationName: string | null; documentHash: string | null } {
  if (!params || typeof params !== 'object' || Array.isArray(params)) return { operationName: null, documentHash: null };
  const { operationName, query } = params as { operationName?: unknown; query?: unknown };
  const document = typeof query === 'string' ? describeDocument(query) : null;
  return {
    operationName: typeof operationName === 'string' ? operationName.slice(0, 200) : (document?.named ?? null),
    documentHash: document?.hash ?? null,
  };
}

// Dashboards send the same few documents again and again: each is hashed once.
const documents = new LRUCache<string, { named: string | null; hash: string }>({ max: 1000 });

function describeDocument(query: string): { named: string | null; hash: string } {
  let known = documents.get(query);
  if (!known) {
    known = { named: /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1] ?? null, hash: createHash('sha256').update(query).digest('hex') };
    documents.set(query, known);
  }
  return known;
}
