import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { SharedKey } from '@lotsen/kit';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context.js';
import { signingFetcher } from './signing-fetcher.js';

type SendArgs = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0];
type FetchResponse = Parameters<RemoteGraphQLDataSource<GatewayContext>['errorFromResponse']>[0];

/**
 * How the gateway talks to a subgraph. Every request carries the end user's own token and the
 * request id (subgraphs verify the caller and decide on consent themselves). A subgraph's
 * refusal reaches the client as the subgraph's own message, never with its URL or body.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, key: SharedKey) {
    super({ url, fetcher: signingFetcher(key) });
  }

  override willSendRequest({ request, context }: SendArgs) {
    if (context?.authorization) request.http?.headers.set('authorization', context.authorization);
    if (context?.requestId) request.http?.headers.set('x-request-id', context.requestId);
    if (context?.operationName) request.http?.headers.set('x-lotsen-operation-name', context.operationName);
    if (context?.documentHash) request.http?.headers.set('x-lotsen-document-hash', context.documentHash);
  }

  override async errorFromResponse(response: FetchResponse): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => null)) as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | null;
    const first = body?.errors?.[0];
    const code = response.status === 401 ? 'UNAUTHENTICATED' : response.status === 403 ? 'FORBIDDEN' : typeof first?.extensions?.code === 'string' ? first.extensions.code : 'SUBGRAPH_ERROR';
    return new GraphQLError(typeof first?.message === 'string' ? first.message : `A subgraph answered ${response.status}`, { extensions: { code } });
  }
}
