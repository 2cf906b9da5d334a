import { createHash } from 'node:crypto';

export type AuditKind = 'DISCLOSURE' | 'DENIAL' | 'CONSENT_CHANGE' | 'ASSIGNMENT_CHANGE' | 'STATISTICAL_RELEASE' | 'TEXT_REFUSED';

/** One audited act: who asked, about which child, what was released or refused, under which consent. */
export interface AuditEvent {
  at: string;
  kind: AuditKind;
  actor: string;
  role: string;
  teamId: string | null;
  childPersonnummer: string;
  agency: string | null;
  categories: string[];
  consentIds: string[];
  reason: string | null;
  operationName: string | null;
  documentHash: string | null;
  requestId: string;
}

export interface StoredAuditEvent extends AuditEvent {
  source: string;
  seq: number;
  prevHash: string;
  hash: string;
}

export const genesisHash = 'genesis';

/** The chain link: a hash over the previous link and every field of the event, in a fixed order. */
export function chainHash(prevHash: string, source: string, seq: number, e: AuditEvent): string {
  const fields = [
    source,
    seq,
    new Date(e.at).toISOString(),
    e.kind,
    e.actor,
    e.role,
    e.teamId,
    e.childPersonnummer,
    e.agency,
    e.categories,
    e.consentIds,
    e.reason,
    e.operationName,
    e.documentHash,
    e.requestId,
  ];
  return createHash('sha256').update(prevHash).update('\n').update(JSON.stringify(fields)).digest('hex');
}
