import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GatewayContext } from '../context.js';

/**
 * Every subgraph request carries the end user's own token and the request id: subgraphs
 * verify the caller themselves and decide on consent with it.
 */
export class ForwardIdentity extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    if (context?.authorization) request.http?.headers.set('authorization', context.authorization);
    if (context?.requestId) request.http?.headers.set('x-request-id', context.requestId);
  }
}
