import type { Identity } from '@lotsen/kit';

export interface GatewayContext {
  identity: Identity;
  authorization: string;
  requestId: string;
}
