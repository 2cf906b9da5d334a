import type { AuditEvent } from '@lotsen/kit';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import type { TextField } from '../graphql/text.js';
import type { IdentifyingKind } from './identifying-text.js';

/**
 * A text refused because it identified someone, as the audit trail keeps it (docs/consultations.md,
 * "Refusals"): who wrote it, for which team, in which field, and the kind of datum found. Never the
 * text or the datum: the trail must not hold what the check kept out. A refusal for a name tells
 * the writer that the name is known; the data protection officer sees who keeps asking.
 */
export function textRefusedEvent(ctx: Ctx, teamId: string, field: TextField, kind: IdentifyingKind): AuditEvent {
  return {
    at: ctx.now.toISOString(),
    kind: 'TEXT_REFUSED',
    actor: ctx.identity.username,
    role: ctx.identity.role,
    teamId,
    childPersonnummer: '',
    agency: ctx.identity.agency,
    categories: [kind],
    consentIds: [],
    reason: field.en,
    operationName: ctx.operationName,
    documentHash: ctx.documentHash,
    requestId: ctx.requestId,
  };
}
