import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuditEvent, AuditLog, auditMigrations, type Database, openPostgres } from '../src/index.js';
import { storageBackends } from '../src/testing.js';

const event = (n: number, over: Partial<AuditEvent> = {}): AuditEvent => ({
  at: new Date(Date.UTC(2026, 10, 23, 12, 0, n)).toISOString(),
  kind: 'DISCLOSURE',
  actor: 'koordinator1',
  role: 'COORDINATOR',
  teamId: 'team-1',
  childPersonnummer: '201503152389',
  agency: 'SCHOOL',
  categories: ['ATTENDANCE'],
  consentIds: ['c1'],
  reason: null,
  operationName: 'FamilyOverview',
  documentHash: 'abc',
  requestId: `r${n}`,
  ...over,
});

describe.each(await storageBackends([auditMigrations]))('audit trail on $name', ({ open }) => {
  let db: Database & { dispose(): Promise<void> };
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db.dispose());

  it('chains events per source, concurrent appends included, and verifies', async () => {
    const school = new AuditLog(db, 'school');
    const health = new AuditLog(db, 'health-care');
    await Promise.all([school.append([event(1), event(2)]), school.append([event(3)]), health.append([event(4, { agency: 'HEALTH_CARE' })]), school.append([event(5)])]);
    expect(await school.verify()).toEqual({ source: 'school', ok: true, events: 4, brokenAt: null });
    expect(await health.verify()).toMatchObject({ ok: true, events: 1 });
    expect((await school.forChild('201503152389')).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  });

  it('group-commits concurrent appends: fewer transactions than appends, every one stored in order', async () => {
    let transactions = 0;
    const counting: Database = {
      ...db,
      transaction: (work) => {
        transactions += 1;
        return db.transaction(work);
      },
    };
    const log = new AuditLog(counting, 'group');
    await Promise.all(Array.from({ length: 50 }, (_, i) => log.append([event(i, { requestId: `g${i}` })])));
    expect(transactions).toBeLessThan(50);
    expect(await log.verify()).toMatchObject({ ok: true, events: 50 });
  });

  it('writes a group in one statement from the head it left, and under the lock when another writer moved it', async () => {
    const counts = { queries: 0, transactions: 0 };
    const counting: Database = {
      ...db,
      query: (sql, params) => {
        counts.queries += 1;
        return db.query(sql, params);
      },
      transaction: (work) => {
        counts.transactions += 1;
        return db.transaction(work);
      },
    };
    const a = new AuditLog(counting, 'shared');
    const b = new AuditLog(db, 'shared');
    await a.append([event(1)]);
    expect(counts).toEqual({ queries: 0, transactions: 1 });
    await a.append([event(2), event(3)]);
    expect(counts).toEqual({ queries: 1, transactions: 1 });
    await b.append([event(4)]);
    await a.append([event(5)]);
    // The statement found the head moved and stored nothing; the locking transaction did.
    expect(counts).toEqual({ queries: 2, transactions: 2 });
    expect(await a.verify()).toEqual({ source: 'shared', ok: true, events: 5, brokenAt: null });
    expect((await a.forChild('201503152389')).map((e) => e.requestId)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
  });

  it('refuses every append of a transaction that fails, and writes the next ones', async () => {
    let fail = true;
    const flaky: Database = { ...db, transaction: (work) => (fail ? Promise.reject(new Error('store down')) : db.transaction(work)) };
    const log = new AuditLog(flaky, 'flaky');
    const outcomes = await Promise.allSettled([log.append([event(1)]), log.append([event(2)])]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    await log.append([event(3)]);
    expect(await log.verify()).toMatchObject({ ok: true, events: 1 });
  });

  it('refuses an append whose one-statement write fails, and writes the next ones', async () => {
    let fail = false;
    const flaky: Database = { ...db, query: (sql, params) => (fail ? Promise.reject(new Error('store down')) : db.query(sql, params)) };
    const log = new AuditLog(flaky, 'flaky-statement');
    await log.append([event(1)]);
    fail = true;
    await expect(log.append([event(2)])).rejects.toThrow('store down');
    fail = false;
    await log.append([event(3)]);
    expect(await log.verify()).toMatchObject({ ok: true, events: 2 });
    expect((await log.forChild('201503152389')).map((e) => e.requestId)).toEqual(['r1', 'r3']);
  });

  it('refuses updates and deletes', async () => {
    await expect(db.query("UPDATE audit_events SET actor = 'x'")).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
  });

  it('detects an altered event, even by someone who can switch the guard off', async () => {
    const log = new AuditLog(db, 'tamper-1');
    await log.append([event(1), event(2), event(3)]);
    await db.exec('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
    await db.query("UPDATE audit_events SET actor = 'someone-else' WHERE source = 'tamper-1' AND seq = 2");
    await db.exec('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
    expect(await log.verify()).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('detects a deleted event, the last one included', async () => {
    const log = new AuditLog(db, 'tamper-2');
    await log.append([event(1), event(2), event(3)]);
    await db.exec('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
    await db.query("DELETE FROM audit_events WHERE source = 'tamper-2' AND seq = 3");
    await db.exec('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
    expect(await log.verify()).toMatchObject({ ok: false });
  });
});

describe('audit store unreachable', () => {
  it('rejects the append, so the caller can withhold the data', async () => {
    const db = await openPostgres({ connectionString: 'postgres://postgres@127.0.0.1:1/none' });
    await expect(new AuditLog(db, 'school').append([event(1)])).rejects.toThrow();
    await db.close();
  });
});
