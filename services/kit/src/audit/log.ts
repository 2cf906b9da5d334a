import { insertMany } from '../storage/bulk.js';
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

type Head = { seq: number; hash: string };

/**
 * One data owner's audit trail, chained under a lock on its head. Appends are group-committed:
 * what arrives while a write is under way goes into the next one, so a busy subgraph writes once
 * per round trip to the store rather than once per batch of every operation. The log remembers
 * the head it last wrote and writes the next group in one statement that moves the head only
 * from there; when another writer has moved it (a second instance, a consent change), the
 * group goes through the locking transaction instead.
 */
export class AuditLog {
  private waiting: { events: readonly AuditEvent[]; done: (error?: unknown) => void }[] = [];
  private writing = false;
  private head: Head | null = null;

  constructor(
    readonly db: Database,
    readonly source: string,
  ) {}

  /**
   * Appends events; resolves only once they are stored, rejects when they could not be (then
   * every append of that transaction is refused, and no caller releases what it was to record).
   */
  append(events: readonly AuditEvent[]): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiting.push({ events, done: (error) => (error === undefined ? resolve() : reject(error)) });
      if (!this.writing) void this.write();
    });
  }

  private async write(): Promise<void> {
    this.writing = true;
    while (this.waiting.length > 0) {
      const group = this.waiting;
      this.waiting = [];
      const events = group.flatMap((g) => g.events);
      try {
        const moved = this.head && (await appendAfter(this.db, this.source, this.head, events));
        this.head = moved || (await this.db.transaction((tx) => appendEvents(tx, this.source, events)));
        for (const g of group) g.done();
      } catch (error) {
        this.head = null;
        for (const g of group) g.done(error ?? new Error('audit write failed'));
      }
    }
    this.writing = false;
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

/** The events as stored rows, chained on from `head`, and the head they leave. */
function chain(source: string, head: Head, events: readonly AuditEvent[]): { rows: Row[]; head: Head } {
  let seq = head.seq;
  let prev = head.hash;
  const rows = events.map((e) => {
    seq += 1;
    const hash = chainHash(prev, source, seq, e);
    const row = {
      source,
      seq,
      at: e.at,
      kind: e.kind,
      actor: e.actor,
      role: e.role,
      team_id: e.teamId,
      child_personnummer: e.childPersonnummer,
      agency: e.agency,
      categories: e.categories,
      consent_ids: e.consentIds,
      reason: e.reason,
      operation_name: e.operationName,
      document_hash: e.documentHash,
      request_id: e.requestId,
      prev_hash: prev,
      hash,
    } satisfies Row;
    prev = hash;
    return row;
  });
  return { rows, head: { seq, hash: prev } };
}

/**
 * Appends in one statement if the head is still `head`; the new head, or null if it was not.
 * The head moves only from where this writer left it and the events go in only if it moved,
 * both or neither; a head another writer moved matches no row.
 */
async function appendAfter(db: Queryable, source: string, head: Head, events: readonly AuditEvent[]): Promise<Head | null> {
  const chained = chain(source, head, events);
  const columns = Object.keys(chained.rows[0] ?? {})
    .map((c) => `"${c}"`)
    .join(', ');
  const stored = await db.query(
    `WITH moved AS (UPDATE audit_heads SET seq = $3, hash = $4 WHERE source = $1 AND seq = $2 AND hash = $5 RETURNING source)
     INSERT INTO audit_events (${columns})
     SELECT ${columns} FROM jsonb_populate_recordset(null::audit_events, $6::jsonb) WHERE EXISTS (SELECT 1 FROM moved)
     RETURNING seq`,
    [source, head.seq, chained.head.seq, chained.head.hash, head.hash, JSON.stringify(chained.rows)],
  );
  return stored.length === events.length ? chained.head : null;
}

/**
 * Appends inside a caller's transaction (a consent change and its audit event commit together).
 * The head row is created or locked in one statement, and the batch goes in as one INSERT: the
 * lock is held for three round trips however many events a caseload discloses.
 */
export async function appendEvents(tx: Queryable, source: string, events: readonly AuditEvent[]): Promise<Head> {
  const [head] = await tx.query<Head>('INSERT INTO audit_heads (source, seq, hash) VALUES ($1, 0, $2) ON CONFLICT (source) DO UPDATE SET source = EXCLUDED.source RETURNING seq, hash', [
    source,
    genesisHash,
  ]);
  const chained = chain(source, { seq: Number(head?.seq ?? 0), hash: head?.hash ?? genesisHash }, events);
  await insertMany(tx, 'audit_events', chained.rows);
  await tx.query('UPDATE audit_heads SET seq = $2, hash = $3 WHERE source = $1', [source, chained.head.seq, chained.head.hash]);
  return chained.head;
}
