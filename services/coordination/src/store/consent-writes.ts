import { type Agency, appendEvents, type DataCategory, type Queryable, type RequestContext } from '@lotsen/kit';

export interface NewConsent {
  id: string;
  childPersonnummer: string;
  /** The guardian whose own data it is about; null for the child's. */
  subjectPersonnummer: string | null;
  purpose: 'COORDINATION' | 'SIP' | 'FOLLOW_UP';
  recipientTeamIds: string[];
  validFrom: string;
  validUntil: string;
  evidence: { method: string; documentRef: string };
  childView: string | null;
  recordedAt: string;
  recordedBy: string;
  scope: { agency: Agency; category: DataCategory }[];
  parties: { personnummer: string; role: 'GUARDIAN' | 'CHILD' }[];
}

export type EventKind = 'RECORDED' | 'PARTY_DECIDED' | 'NARROWED' | 'REVOKED' | 'CHILD_VIEW_RECORDED' | 'ENDED';

/** Who makes a change, as the audit trail records it. */
export type ChangedBy = Pick<RequestContext, 'identity' | 'requestId' | 'operationName' | 'documentHash'>;

/**
 * A consent's history event, and in the same transaction the coordination service's
 * hash-chained audit event for it: a consent change is stored with its trace, or not at all.
 */
export async function appendEvent(tx: Queryable, consent: { id: string; childPersonnummer: string }, at: string, kind: EventKind, by: ChangedBy, detail: unknown): Promise<void> {
  await tx.query('INSERT INTO consent_events (consent_id, at, kind, actor, detail) VALUES ($1, $2, $3, $4, $5::jsonb)', [consent.id, at, kind, by.identity.username, JSON.stringify(detail)]);
  await appendEvents(tx, 'coordination', [
    {
      at,
      kind: 'CONSENT_CHANGE',
      actor: by.identity.username,
      role: by.identity.role,
      teamId: by.identity.teamId,
      childPersonnummer: consent.childPersonnummer,
      agency: null,
      categories: [],
      consentIds: [consent.id],
      reason: kind,
      operationName: by.operationName,
      documentHash: by.documentHash,
      requestId: by.requestId,
    },
  ]);
}

/** Stores a new consent with its scope and (undecided) parties; run inside a transaction. */
export async function insertConsent(tx: Queryable, c: NewConsent, by: ChangedBy): Promise<void> {
  await tx.query(
    `INSERT INTO consents (id, child_personnummer, purpose, recipient_team_ids, valid_from, valid_until, evidence_method, evidence_document_ref, recorded_at, recorded_by, child_view, subject_personnummer)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      c.id,
      c.childPersonnummer,
      c.purpose,
      JSON.stringify(c.recipientTeamIds),
      c.validFrom,
      c.validUntil,
      c.evidence.method,
      c.evidence.documentRef,
      c.recordedAt,
      c.recordedBy,
      c.childView,
      c.subjectPersonnummer,
    ],
  );
  for (const s of c.scope) await tx.query('INSERT INTO consent_scope (consent_id, agency, category) VALUES ($1, $2, $3)', [c.id, s.agency, s.category]);
  for (const [i, p] of c.parties.entries()) await tx.query('INSERT INTO consent_parties (consent_id, personnummer, role, position) VALUES ($1, $2, $3, $4)', [c.id, p.personnummer, p.role, i]);
  await appendEvent(tx, c, c.recordedAt, 'RECORDED', by, { scope: c.scope, validFrom: c.validFrom, validUntil: c.validUntil, purpose: c.purpose, recipients: c.recipientTeamIds });
}

/** Locks the consent row for the rest of the transaction, so lifecycle changes never interleave. */
export async function lockConsent(tx: Queryable, id: string): Promise<{ revokedAt: string | null } | null> {
  const [row] = await tx.query<{ revoked_at: string | null }>('SELECT revoked_at FROM consents WHERE id = $1 FOR UPDATE', [id]);
  return row ? { revokedAt: row.revoked_at } : null;
}

/** Adds a party a consent lacks (a new custodian, or the child who has come of age to consent). */
export async function addParty(tx: Queryable, consentId: string, personnummer: string, role: 'GUARDIAN' | 'CHILD'): Promise<void> {
  await tx.query('INSERT INTO consent_parties (consent_id, personnummer, role, position) SELECT $1, $2, $3, COALESCE(MAX(position), -1) + 1 FROM consent_parties WHERE consent_id = $1', [
    consentId,
    personnummer,
    role,
  ]);
}

export async function setPartyDecision(tx: Queryable, consentId: string, personnummer: string, decision: 'GIVEN' | 'REFUSED', method: string, at: string): Promise<void> {
  await tx.query('UPDATE consent_parties SET decision = $3, method = $4, decided_at = $5 WHERE consent_id = $1 AND personnummer = $2', [consentId, personnummer, decision, method, at]);
}

export async function removeFromScope(tx: Queryable, consentId: string, categories: DataCategory[]): Promise<void> {
  await tx.query('DELETE FROM consent_scope WHERE consent_id = $1 AND category = ANY($2::text[])', [consentId, categories]);
}

export async function setChildView(tx: Queryable, consentId: string, view: string): Promise<void> {
  await tx.query('UPDATE consents SET child_view = $2 WHERE id = $1', [consentId, view]);
}

export async function markRevoked(tx: Queryable, consentId: string, at: string, by: string, reason: string | null): Promise<void> {
  await tx.query('UPDATE consents SET revoked_at = $2, revoked_by = $3, revocation_reason = $4 WHERE id = $1', [consentId, at, by, reason]);
}
