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

interface PartyJson {
  personnummer: string;
  role: 'GUARDIAN' | 'CHILD';
  decision: 'GIVEN' | 'REFUSED' | null;
  position: number;
  decided_at: string | null;
  method: string | null;
}

/**
 * Every consent of the given children with its scope and parties, in one query however many:
 * a decision batch asks this for every child of a caseload, and each round trip costs. A
 * guardian's personnummer among them brings that guardian's own consents too (their subject).
 */
export async function consentsForChildren(db: Queryable, personnummer: readonly string[]): Promise<StoredConsent[]> {
  if (personnummer.length === 0) return [];
  const rows = await db.query<{
    id: string;
    child_personnummer: string;
    subject_personnummer: string | null;
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
    scope: { agency: Agency; category: DataCategory }[];
    parties: PartyJson[];
  }>(
    `SELECT c.*,
            COALESCE((SELECT json_agg(json_build_object('agency', s.agency, 'category', s.category) ORDER BY s.agency, s.category)
                        FROM consent_scope s WHERE s.consent_id = c.id), '[]') AS scope,
            COALESCE((SELECT json_agg(json_build_object('personnummer', p.personnummer, 'role', p.role, 'decision', p.decision,
                                                        'position', p.position, 'decided_at', p.decided_at, 'method', p.method) ORDER BY p.position)
                        FROM consent_parties p WHERE p.consent_id = c.id), '[]') AS parties
       FROM consents c WHERE c.child_personnummer = ANY($1::text[]) OR c.subject_personnummer = ANY($1::text[]) ORDER BY c.recorded_at, c.id`,
    [personnummer],
  );
  return rows.map((r) => ({
    id: r.id,
    childPersonnummer: r.child_personnummer,
    subjectPersonnummer: r.subject_personnummer,
    purpose: r.purpose,
    recipientTeamIds: r.recipient_team_ids,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
    childView: r.child_view,
    evidence: { method: r.evidence_method, documentRef: r.evidence_document_ref },
    scope: r.scope,
    // Inside JSON a timestamptz keeps PostgreSQL's text form; the columns' form is ISO 8601 in UTC.
    parties: r.parties.map((p) => ({
      personnummer: p.personnummer,
      role: p.role,
      decision: p.decision,
      position: p.position,
      decidedAt: p.decided_at && new Date(p.decided_at).toISOString(),
      method: p.method,
    })),
    revocation: r.revoked_at ? { at: r.revoked_at, by: r.revoked_by ?? '', reason: r.revocation_reason } : null,
  }));
}

export async function consentEvents(db: Queryable, consentIds: readonly string[]): Promise<ConsentEvent[]> {
  const rows = await db.query<{ id: number; consent_id: string; at: string; kind: string; actor: string; detail: unknown }>(
    'SELECT * FROM consent_events WHERE consent_id = ANY($1::uuid[]) ORDER BY id',
    [consentIds],
  );
  return rows.map((r) => ({ id: r.id, consentId: r.consent_id, at: r.at, kind: r.kind, actor: r.actor, detail: r.detail }));
}
