import type { Identity } from '@lotsen/kit';

export interface GatewayContext {
  identity: Identity;
  authorization: string;
  requestId: string;
  /** The client's operation name and the SHA-256 of its document, reported to subgraphs for their audit trail. */
  operationName: string | null;
  documentHash: string | null;
}
