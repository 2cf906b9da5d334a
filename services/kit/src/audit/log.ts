import type { Database, Queryable } from '../storage/database.js';
import type { MigrationSet } from '../storage/migrate.js';
import { type AuditEvent, chainHash, genesisHash, type StoredAuditEvent } from './event.js';

export const auditMigrations: MigrationSet = { name: 'audit', dir: new URL('../../migrations/audit/', import.meta.url) };

type Row = {
  source: string;
  seq: number;
  at: string;
  kind: AuditEvent['kind'];
  actor: string;
  role: string;
  team_id: string | null;
  child_personnummer: string;
  agency: string | null;
  categories: string[];
  consent_ids: string[];
  reason: string | null;
  operation_name: string | null;
  document_hash: string | null;
  request_id: string;
  prev_hash: string;
  hash: string;
};

const fromRow = (r: Row): StoredAuditEvent => ({
  source: r.source,
  seq: Number(r.seq),
  at: r.at,
  kind: r.kind,
  actor: r.actor,
  role: r.role,
  teamId: r.team_id,
  childPersonnummer: r.child_personnummer,
  agency: r.agency,
  categories: r.categories,
  consentIds: r.consent_ids,
  reason: r.reason,
  operationName: r.operation_name,
  documentHash: r.document_hash,
  requestId: r.request_id,
  prevHash: r.prev_hash,
  hash: r.hash,
});

export interface Verification {
  source: string;
  ok: boolean;
  events: number;
  /** The first sequence number where the chain breaks, when it does. */
  brokenAt: number | null;
}

/** One data owner's audit trail: appended in one transaction per batch, chained under a lock on its head. */
export class AuditLog {
  constructor(
    readonly db: Database,
    readonly source: string,
  ) {}

  /** Appends events, all or none; resolves only once they are stored. */
  async append(events: readonly AuditEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.db.transaction((tx) => appendEvents(tx, this.source, events));
  }

  async forChild(personnummer: string): Promise<StoredAuditEvent[]> {
    const rows = await this.db.query<Row>('SELECT * FROM audit_events WHERE source = $1 AND child_personnummer = $2 ORDER BY seq', [this.source, personnummer]);
    return rows.map(fromRow);
  }

  /** Recomputes the chain from the first event and compares it with every stored link and the head. */
  async verify(): Promise<Verification> {
    const rows = (await this.db.query<Row>('SELECT * FROM audit_events WHERE source = $1 ORDER BY seq', [this.source])).map(fromRow);
    const [head] = await this.db.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_heads WHERE source = $1', [this.source]);
    let prev = genesisHash;
    for (const [i, e] of rows.entries()) {
      if (e.seq !== i + 1 || e.prevHash !== prev || chainHash(prev, this.source, e.seq, e) !== e.hash) return { source: this.source, ok: false, events: rows.length, brokenAt: i + 1 };
      prev = e.hash;
    }
    const headOk = head ? Number(head.seq) === rows.length && head.hash === prev : rows.length === 0;
    return { source: this.source, ok: headOk, events: rows.length, brokenAt: headOk ? null : rows.length + 1 };
  }
}

/** Appends inside a caller's transaction (a consent change and its audit event commit together). */
export async function appendEvents(tx: Queryable, source: string, events: readonly AuditEvent[]): Promise<void> {
  await tx.query('INSERT INTO audit_heads (source, seq, hash) VALUES ($1, 0, $2) ON CONFLICT (source) DO NOTHING', [source, genesisHash]);
  const [head] = await tx.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_heads WHERE source = $1 FOR UPDATE', [source]);
  let seq = Number(head?.seq ?? 0);
  let prev = head?.hash ?? genesisHash;
  for (const e of events) {
    seq += 1;
    const hash = chainHash(prev, source, seq, e);
    await tx.query(
      `INSERT INTO audit_events (source, seq, at, kind, actor, role, team_id, child_personnummer, agency, categories, consent_ids, reason, operation_name, document_hash, request_id, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb, $12, $13, $14, $15, $16, $17)`,
      [
        source,
        seq,
        e.at,
        e.kind,
        e.actor,
        e.role,
        e.teamId,
        e.childPersonnummer,
        e.agency,
        JSON.stringify(e.categories),
        JSON.stringify(e.consentIds),
        e.reason,
        e.operationName,
        e.documentHash,
        e.requestId,
        prev,
        hash,
      ],
    );
    prev = hash;
  }
  await tx.query('UPDATE audit_heads SET seq = $2, hash = $3 WHERE source = $1', [source, seq, prev]);
}
