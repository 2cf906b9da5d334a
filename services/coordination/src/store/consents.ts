import type { Agency, DataCategory, Purpose, Queryable } from '@lotsen/kit';
import type { ConsentRecord } from '../consent/model.js';

export interface StoredConsent extends ConsentRecord {
  evidence: { method: string; documentRef: string };
  recordedBy: string;
  childView: string | null;
}

export interface ConsentEvent {
  id: number;
  consentId: string;
  at: string;
  kind: string;
  actor: string;
  detail: unknown;
}

/** Every consent of the given children, with scope and parties, in three queries however many. */
export async function consentsForChildren(db: Queryable, personnummer: readonly string[]): Promise<StoredConsent[]> {
  if (personnummer.length === 0) return [];
  const rows = await db.query<{
    id: string;
    child_personnummer: string;
    purpose: Purpose;
    recipient_team_ids: string[];
    valid_from: string;
    valid_until: string;
    evidence_method: string;
    evidence_document_ref: string;
    recorded_at: string;
    recorded_by: string;
    revoked_at: string | null;
    revoked_by: string | null;
    revocation_reason: string | null;
    child_view: string | null;
  }>('SELECT * FROM consents WHERE child_personnummer = ANY($1::text[]) ORDER BY recorded_at, id', [personnummer]);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const scope = await db.query<{ consent_id: string; agency: Agency; category: DataCategory }>(
    'SELECT consent_id, agency, category FROM consent_scope WHERE consent_id = ANY($1::uuid[]) ORDER BY agency, category',
    [ids],
  );
  const parties = await db.query<{
    consent_id: string;
    personnummer: string;
    role: 'GUARDIAN' | 'CHILD';
    decision: 'GIVEN' | 'REFUSED' | null;
    position: number;
    decided_at: string | null;
    method: string | null;
  }>('SELECT * FROM consent_parties WHERE consent_id = ANY($1::uuid[]) ORDER BY position', [ids]);
  return rows.map((r) => ({
    id: r.id,
    childPersonnummer: r.child_personnummer,
    purpose: r.purpose,
    recipientTeamIds: r.recipient_team_ids,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
    childView: r.child_view,
    evidence: { method: r.evidence_method, documentRef: r.evidence_document_ref },
    scope: scope.filter((s) => s.consent_id === r.id).map((s) => ({ agency: s.agency, category: s.category })),
    parties: parties
      .filter((p) => p.consent_id === r.id)
      .map((p) => ({ personnummer: p.personnummer, role: p.role, decision: p.decision, position: p.position, decidedAt: p.decided_at, method: p.method })),
    revocation: r.revoked_at ? { at: r.revoked_at, by: r.revoked_by ?? '', reason: r.revocation_reason ?? '' } : null,
  }));
}

export async function consentEvents(db: Queryable, consentIds: readonly string[]): Promise<ConsentEvent[]> {
  const rows = await db.query<{ id: number; consent_id: string; at: string; kind: string; actor: string; detail: unknown }>(
    'SELECT * FROM consent_events WHERE consent_id = ANY($1::uuid[]) ORDER BY id',
    [consentIds],
  );
  return rows.map((r) => ({ id: r.id, consentId: r.consent_id, at: r.at, kind: r.kind, actor: r.actor, detail: r.detail }));
}
