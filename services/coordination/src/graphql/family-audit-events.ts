import type { AuditEvent, AuditKind } from '@lotsen/kit';
import type { CoordinationContext as Ctx } from './context.js';

/**
 * Coordination's own audit events about a family, one per child so that each child's trail holds
 * it: who pilots the family and in which team (ASSIGNMENT_CHANGE), a guardian giving or
 * withdrawing a representative's permissions (CONSENT_CHANGE, the family's say over who acts for
 * it), a representative reading the family's page (DISCLOSURE of coordination's own data: no agency).
 */
export function familyAuditEvents(ctx: Ctx, children: readonly string[], kind: AuditKind, reason: string, categories: readonly string[] = []): AuditEvent[] {
  const at = ctx.now.toISOString();
  return children.map((childPersonnummer) => ({
    at,
    kind,
    actor: ctx.identity.username,
    role: ctx.identity.role,
    teamId: ctx.identity.teamId,
    childPersonnummer,
    agency: null,
    categories: [...categories],
    consentIds: [],
    reason,
    operationName: ctx.operationName,
    documentHash: ctx.documentHash,
    requestId: ctx.requestId,
  }));
}
