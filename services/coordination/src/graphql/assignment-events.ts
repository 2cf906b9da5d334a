import type { AuditEvent } from '@lotsen/kit';
import type { CoordinationContext as Ctx } from './context.js';

/** One audit event per child: who pilots a family, and in which team, is part of each child's trail. */
export function assignmentEvents(ctx: Ctx, children: readonly string[], what: string): AuditEvent[] {
  const at = ctx.now.toISOString();
  return children.map((childPersonnummer) => ({
    at,
    kind: 'ASSIGNMENT_CHANGE',
    actor: ctx.identity.username,
    role: ctx.identity.role,
    teamId: ctx.identity.teamId,
    childPersonnummer,
    agency: null,
    categories: [],
    consentIds: [],
    reason: what,
    operationName: ctx.operationName,
    documentHash: ctx.documentHash,
    requestId: ctx.requestId,
  }));
}
