import type { RequestContext } from '../subgraph/context.js';
import type { AuditEvent } from './event.js';

/**
 * A statistics answer as the audit trail records it (docs/analysts.md): a statistical release,
 * who asked for which figures under which filter, about no one person (the child is empty).
 */
export function statisticalRelease(ctx: RequestContext, figures: readonly string[], filter: Record<string, unknown>, at: Date = new Date()): AuditEvent {
  return {
    at: at.toISOString(),
    kind: 'STATISTICAL_RELEASE',
    actor: ctx.identity.username,
    role: ctx.identity.role,
    teamId: ctx.identity.teamId,
    childPersonnummer: '',
    agency: null,
    categories: [...figures],
    consentIds: [],
    reason: JSON.stringify(filter),
    operationName: ctx.operationName,
    documentHash: ctx.documentHash,
    requestId: ctx.requestId,
  };
}
