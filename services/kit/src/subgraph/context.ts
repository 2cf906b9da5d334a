import type { AuditLog } from '../audit/log.js';
import type { AuditRecorder } from '../audit/recorder.js';
import type { Identity } from '../auth/identity.js';
import type { Cohort } from '../consent/cohort.js';
import type { GrantBody } from '../consent/grant.js';
import type { DataCategory } from '../domain/agencies.js';
import type { Logger } from '../log.js';

/** What every resolver gets: the verified caller and the request's identifiers. */
export interface RequestContext {
  identity: Identity;
  /** The caller's own bearer token, as the gateway forwarded it. */
  authorization: string;
  requestId: string;
  /** The client's operation, as the gateway reports it (name and SHA-256 of the document). */
  operationName: string | null;
  documentHash: string | null;
  log: Logger;
}

/** A child's section as the agency subgraph gets it: the child, and the registry's grant the gateway carried. */
export interface GrantedChild {
  personnummer: string;
  grant: string | null;
}

export interface AgencyContext extends RequestContext {
  /** What the registry's grant for this child says for this request; throws when it cannot be trusted. */
  granted: (child: GrantedChild) => Promise<GrantBody>;
  audit: AuditRecorder;
  /** This data owner's audit trail, read for the family's access log. */
  auditLog: AuditLog;
  /** The registry's follow-up cohort for this agency and request; throws when it cannot be trusted. */
  cohort: (token: unknown) => Promise<Cohort>;
  /**
   * For an agency whose system records blocks (spärr, the manifest's `blocks`): whether the
   * person's blocks there withhold this category, read afresh for the request; throws when they
   * cannot be read.
   */
  blocked?: Blocked;
}

export type Blocked = (personnummer: string, category: DataCategory) => Promise<boolean>;
