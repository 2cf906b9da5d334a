import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { type SharedKey, signRequest } from '@lotsen/kit';
import { GraphQLError } from 'graphql';
import { Agent, type Dispatcher } from 'undici';
import type { GatewayContext } from '../context.js';

type SubgraphResponse = Awaited<ReturnType<GraphQLDataSource<GatewayContext>['process']>>;

/** Keep-alive connections to the subgraphs, shared by every request of the gateway. */
const agent = new Agent({ keepAliveTimeout: 30_000, connections: 128, pipelining: 1 });

/**
 * POSTs through the agent's dispatcher and collects the answer's bytes: no response stream,
 * no per-call async resource, nothing the gateway does not read.
 */
function post(url: URL, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let status = 0;
    const handler: Dispatcher.DispatchHandler = {
      // Present so that undici takes this as a handler of its current interface.
      onRequestStart: () => {},
      onResponseStart: (_controller, statusCode) => {
        status = statusCode;
      },
      onResponseData: (_controller, chunk) => {
        chunks.push(chunk);
      },
      onResponseEnd: () => resolve({ status, text: Buffer.concat(chunks).toString('utf8') }),
      onResponseError: (_controller, error) => reject(error),
    };
    agent.dispatch({ origin: url.origin, path: url.pathname + url.search, method: 'POST', headers, body }, handler);
  });
}

/**
 * How the gateway talks to a subgraph. Every request carries the end user's own token and the
 * request id (subgraphs verify the caller and decide on consent themselves) and leaves with an
 * RFC 9421 signature (services/kit/src/trust/signature.ts), and goes out through `post` above:
 * @apollo/gateway's own data source builds fetch Request and Headers objects around every call,
 * which cost more than the call itself.
 * A subgraph's refusal reaches the client as the subgraph's own message, never with its URL or body.
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly target: URL;

  constructor(
    private readonly url: string,
    private readonly key: SharedKey,
  ) {
    this.target = new URL(url);
  }

  async process({ request: operation, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    if (!operation.query) throw new Error('Missing query');
    const body = JSON.stringify({ query: operation.query, variables: operation.variables, operationName: operation.operationName, extensions: operation.extensions });
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (context?.authorization) headers.authorization = context.authorization;
    if (context?.requestId) headers['x-request-id'] = context.requestId;
    if (context?.operationName) headers['x-lotsen-operation-name'] = context.operationName;
    if (context?.documentHash) headers['x-lotsen-document-hash'] = context.documentHash;
    Object.assign(headers, signRequest(this.key, { method: 'POST', url: this.url, headers, body }));
    const { status, text } = await post(this.target, headers, body);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    if (status < 200 || status >= 300) throw errorFromResponse(status, parsed);
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
