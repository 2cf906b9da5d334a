import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { type SharedKey, signRequest } from '@lotsen/kit';
import { GraphQLError } from 'graphql';
import { Agent, request } from 'undici';
import type { GatewayContext } from '../context.js';

type SubgraphResponse = Awaited<ReturnType<GraphQLDataSource<GatewayContext>['process']>>;

/** Keep-alive connections to the subgraphs, shared by every request of the gateway. */
const agent = new Agent({ keepAliveTimeout: 30_000, connections: 128, pipelining: 1 });

/**
 * How the gateway talks to a subgraph. Every request carries the end user's own token and the
 * request id (subgraphs verify the caller and decide on consent themselves) and leaves with an
 * RFC 9421 signature (services/kit/src/trust/signature.ts). It goes out through undici's
 * low-level `request` on a keep-alive agent: @apollo/gateway's own data source builds fetch
 * Request and Headers objects around every call, which cost more than the call itself.
 * A subgraph's refusal reaches the client as the subgraph's own message, never with its URL or body.
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly url: string,
    private readonly key: SharedKey,
  ) {}

  async process({ request: operation, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    if (!operation.query) throw new Error('Missing query');
    const body = JSON.stringify({ query: operation.query, variables: operation.variables, operationName: operation.operationName, extensions: operation.extensions });
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (context?.authorization) headers.authorization = context.authorization;
    if (context?.requestId) headers['x-request-id'] = context.requestId;
    if (context?.operationName) headers['x-lotsen-operation-name'] = context.operationName;
    if (context?.documentHash) headers['x-lotsen-document-hash'] = context.documentHash;
    Object.assign(headers, signRequest(this.key, { method: 'POST', url: this.url, headers, body }));
    const res = await request(this.url, { method: 'POST', headers, body, dispatcher: agent });
    const text = await res.body.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    if (res.statusCode < 200 || res.statusCode >= 300) throw errorFromResponse(res.statusCode, parsed);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new GraphQLError('A subgraph answered with something other than a GraphQL response', { extensions: { code: 'SUBGRAPH_ERROR' } });
    return parsed as SubgraphResponse;
  }
}

function errorFromResponse(status: number, body: unknown): GraphQLError {
  const first = (body as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | null)?.errors?.[0];
  const code = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : typeof first?.extensions?.code === 'string' ? first.extensions.code : 'SUBGRAPH_ERROR';
  return new GraphQLError(typeof first?.message === 'string' ? first.message : `A subgraph answered ${status}`, { extensions: { code } });
}
