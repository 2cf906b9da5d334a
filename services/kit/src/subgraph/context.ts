import type DataLoader from 'dataloader';
import type { AuditLog } from '../audit/log.js';
import type { AuditRecorder } from '../audit/recorder.js';
import type { Identity } from '../auth/identity.js';
import type { DecisionLoader } from '../consent/client.js';
import type { Logger } from '../log.js';

/** What every resolver gets: the verified caller and the request's identifiers. */
export interface RequestContext {
  identity: Identity;
  /** The caller's own bearer token, forwarded to sibling services (consent registry). */
  authorization: string;
  requestId: string;
  /** The client's operation, as the gateway reports it (name and SHA-256 of the document). */
  operationName: string | null;
  documentHash: string | null;
  log: Logger;
}

export interface AgencyContext extends RequestContext {
  decisions: DecisionLoader;
  audit: AuditRecorder;
  /** This data owner's audit trail, read for the family's access log. */
  auditLog: AuditLog;
  /** Whether the caller is a guardian with custody of a child (asked of the registry). */
  guardianship: DataLoader<string, boolean>;
}
