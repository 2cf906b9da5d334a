import DataLoader from 'dataloader';
import type { DataCategory } from '../domain/agencies.js';
import { agencyOf } from '../domain/agencies.js';
import type { RequestContext } from '../subgraph/context.js';
import type { AuditEvent } from './event.js';
import type { AuditLog } from './log.js';

type Entry = { kind: 'DISCLOSURE' | 'DENIAL'; personnummer: string; category: DataCategory; consentId: string | null; reason: string | null };

/**
 * Per request: what the gate releases or refuses is written to the data owner's audit trail,
 * one event per child and kind. A batch is written once no agency call of the request is under
 * way, so that sections whose data arrive a few milliseconds apart, and the denials decided
 * before them, go in one write rather than one after the other. A disclosure waits for the
 * write; if it fails, the caller releases nothing.
 */
export class AuditRecorder {
  private readonly batch: DataLoader<Entry, true>;
  private loading = 0;
  private waiting: (() => void)[] = [];

  constructor(log: AuditLog, request: RequestContext, now: () => Date = () => new Date()) {
    this.batch = new DataLoader<Entry, true>(
      async (entries) => {
        await log.append(toEvents(entries, request, now().toISOString()));
        return entries.map(() => true as const);
      },
      { cache: false, maxBatchSize: 5000, batchScheduleFn: (dispatch) => this.whenIdle(dispatch) },
    );
  }

  /** Runs an agency call the request's audit batch waits for. */
  async whileLoading<T>(work: () => Promise<T>): Promise<T> {
    this.loading += 1;
    try {
      return await work();
    } finally {
      this.loading -= 1;
      if (this.loading === 0) for (const dispatch of this.waiting.splice(0)) this.whenIdle(dispatch);
    }
  }

  /** After the sections resolved in this tick have joined the batch, as DataLoader itself would. */
  private whenIdle(dispatch: () => void): void {
    void Promise.resolve().then(() => process.nextTick(() => (this.loading === 0 ? dispatch() : this.waiting.push(dispatch))));
  }

  /** Resolves once the disclosure is stored; rejects when it could not be. */
  async disclosed(personnummer: string, category: DataCategory, consentId: string): Promise<void> {
    await this.batch.load({ kind: 'DISCLOSURE', personnummer, category, consentId, reason: null });
  }

  /** Records a refusal; a failure to record it changes nothing (nothing was released). */
  async denied(personnummer: string, category: DataCategory, reason: string): Promise<boolean> {
    return this.batch.load({ kind: 'DENIAL', personnummer, category, consentId: null, reason }).then(
      () => true,
      () => false,
    );
  }
}

function toEvents(entries: readonly Entry[], r: RequestContext, at: string): AuditEvent[] {
  const groups = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = `${e.kind}|${e.personnummer}|${agencyOf(e.category)}|${e.reason ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as Entry;
    return {
      at,
      kind: first.kind,
      actor: r.identity.username,
      role: r.identity.role,
      teamId: r.identity.teamId,
      childPersonnummer: first.personnummer,
      agency: agencyOf(first.category),
      categories: [...new Set(group.map((e) => e.category))],
      consentIds: [...new Set(group.flatMap((e) => (e.consentId ? [e.consentId] : [])))],
      reason: first.reason,
      operationName: r.operationName,
      documentHash: r.documentHash,
      requestId: r.requestId,
    };
  });
}
