import type { Redis } from 'ioredis';
import { redisFromEnv } from '../cache/redis.js';

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

/**
 * The replay cache shared by every instance (Redis `SET NX PX`), so a signed request replayed to
 * another instance is refused too. Each nonce is also claimed in-process, so while Redis is down
 * (the cache is an optimisation of safety, never a reason to stop answering) every instance
 * still refuses replays to itself.
 */
export class SharedReplayCache implements ReplayCache {
  private readonly local = new InProcessReplayCache();

  constructor(private readonly redis: Pick<Redis, 'set' | 'status'>) {}

  async claim(nonce: string, ttlMs: number): Promise<boolean> {
    if (!(await this.local.claim(nonce, ttlMs))) return false;
    if (this.redis.status !== 'ready') return true;
    try {
      return (await this.redis.set(`lotsen:nonce:${nonce}`, '1', 'PX', ttlMs, 'NX')) === 'OK';
    } catch {
      return true;
    }
  }
}

/** The shared replay cache when REDIS_URL is set. */
export function replayCacheFromEnv(): { replayCache?: ReplayCache } {
  const redis = redisFromEnv();
  return redis ? { replayCache: new SharedReplayCache(redis) } : {};
}
