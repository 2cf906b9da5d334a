import type { Folkbokforingspost } from './personpost.js';

/** One change notice (avisering): a person's Folkbokforingspost as it reads after the change, in order. */
export interface ChangeNotice {
  sekvensnummer: number;
  folkbokforingspost: Folkbokforingspost;
}

/** How long a subscriber counts as listening after its last poll ended (it polls again at once). */
const listeningForMs = 1000;

/**
 * The register's change notices (aviseringar, docs/agency-systems.md): every change is given a
 * sequence number and kept for subscribers, who poll with the last number they applied and are
 * answered as soon as there is something newer (a long poll). A change is acknowledged by a
 * subscriber's next poll, which names a number at or past it; `delivered` waits for that, so a
 * simulated court decision returns once the subscribers listening have applied it.
 */
export class ChangeNotices {
  private readonly kept: ChangeNotice[] = [];
  private sequence = 0;
  private readonly waiting = new Set<() => void>();
  private readonly subscribers = new Map<string, { applied: number; open: number; endedAt: number }>();

  constructor(private readonly keep = 10_000) {}

  get latest(): number {
    return this.sequence;
  }

  /** Records the posts a change touched and wakes every waiting poll; the change's sequence number. */
  record(posts: readonly Folkbokforingspost[]): number {
    for (const post of posts) this.kept.push({ sekvensnummer: ++this.sequence, folkbokforingspost: structuredClone(post) });
    if (this.kept.length > this.keep) this.kept.splice(0, this.kept.length - this.keep);
    this.wake();
    return this.sequence;
  }

  /** Ends every waiting poll at once (the register going down is news too). */
  wake(): void {
    for (const w of this.waiting) w();
    this.waiting.clear();
  }

  /**
   * The notices after `after`, waiting up to `waitMs` for one; null when `after` is older than
   * what is kept (the subscriber must read its persons afresh).
   */
  async since(subscriber: string, after: number, waitMs: number): Promise<ChangeNotice[] | null> {
    const known = this.subscribers.get(subscriber);
    const state = { applied: Math.max(after, known?.applied ?? 0), open: (known?.open ?? 0) + 1, endedAt: known?.endedAt ?? 0 };
    this.subscribers.set(subscriber, state);
    try {
      return await this.answer(after, waitMs);
    } finally {
      state.open--;
      state.endedAt = Date.now();
    }
  }

  private async answer(after: number, waitMs: number): Promise<ChangeNotice[] | null> {
    if (after >= this.sequence && waitMs > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, waitMs);
        const waiting = this.waiting;
        function done() {
          clearTimeout(timer);
          waiting.delete(done);
          resolve();
        }
        this.waiting.add(done);
      });
    }
    const oldest = this.kept[0]?.sekvensnummer ?? this.sequence + 1;
    if (after + 1 < oldest && after < this.sequence) return null;
    return this.kept.filter((n) => n.sekvensnummer > after);
  }

  /** Waits (at most `timeoutMs`) until every subscriber listening has polled past `sequence`. */
  async delivered(sequence: number, timeoutMs = 2000): Promise<boolean> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const now = Date.now();
      const behind = [...this.subscribers.values()].some((s) => (s.open > 0 || now - s.endedAt < listeningForMs) && s.applied < sequence);
      if (!behind) return true;
      if (now >= until) return false;
      await new Promise((r) => setTimeout(r, 5));
    }
  }
}
