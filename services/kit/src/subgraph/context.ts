import type { Identity } from '../auth/identity.js';
import type { DecisionLoader } from '../consent/client.js';
import type { DataCategory } from '../domain/agencies.js';
import type { Logger } from '../log.js';

/** What every resolver gets: the verified caller and the request's identifiers. */
export interface RequestContext {
  identity: Identity;
  /** The caller's own bearer token, forwarded to sibling services (consent registry). */
  authorization: string;
  requestId: string;
  operationName: string | null;
  log: Logger;
}

/** A disclosure this request made: the audit trail (DESIGN.md §4, invariant 3) is built from these. */
export interface Disclosure {
  personnummer: string;
  category: DataCategory;
  consentId: string;
}

export interface AgencyContext extends RequestContext {
  decisions: DecisionLoader;
  disclosures: Disclosure[];
}
