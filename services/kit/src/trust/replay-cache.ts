/** Remembers nonces for as long as a signature can be valid, so a signed request is served once. */
export interface ReplayCache {
  /** True the first time a nonce is claimed within `ttlMs`, false for a replay. */
  claim(nonce: string, ttlMs: number): Promise<boolean>;
}

/** One process's replay cache: enough for one instance; a shared store extends it across instances. */
export class InProcessReplayCache implements ReplayCache {
  private readonly seen = new Map<string, number>();
  private sweepAt = 0;

  async claim(nonce: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    if (now >= this.sweepAt) {
      for (const [n, until] of this.seen) if (until <= now) this.seen.delete(n);
      this.sweepAt = now + ttlMs;
    }
    const until = this.seen.get(nonce);
    if (until !== undefined && until > now) return false;
    this.seen.set(nonce, now + ttlMs);
    return true;
  }
}
