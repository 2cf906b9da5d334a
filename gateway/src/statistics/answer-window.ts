import { randomUUID } from 'node:crypto';
import type { connectRedis } from '@lotsen/kit';

type Redis = ReturnType<typeof connectRedis>;

/** A request's claim on a user's statistics answers: granted, or refused with the seconds until it would fit. */
export type Claim = { granted: true } | { granted: false; retryAfterS: number };

/**
 * The answers each user was given in the last window, as a sliding window (not fixed slots, so
 * the line cannot be crossed twice over at a slot's edge). A claim of n answers is granted
 * whole or not at all, and a refused claim counts nothing: the window holds what was answered.
 */
export interface AnswerWindow {
  claim(user: string, answers: number): Promise<Claim>;
}

export interface WindowLimit {
  /** Answers per window and user. */
  answers: number;
  windowMs: number;
}

/** Seconds until the answer given at `oldestNeededAt` leaves the window: a whole second, at least one. */
const secondsUntil = (oldestNeededAt: number, limit: WindowLimit, now: number) => Math.max(1, Math.ceil((oldestNeededAt + limit.windowMs - now) / 1000));

/** One process's window: enough for one gateway; SharedAnswerWindow extends it across instances. */
export class InProcessAnswerWindow implements AnswerWindow {
  private readonly given = new Map<string, number[]>();
  private sweepAt = 0;

  constructor(
    private readonly limit: WindowLimit,
    private readonly now: () => number = Date.now,
  ) {}

  async claim(user: string, answers: number): Promise<Claim> {
    const refused = this.check(user, answers);
    if (refused) return refused;
    this.record(user, answers);
    return { granted: true };
  }

  /** A refusal when `answers` more would cross the line, else null; records nothing. */
  check(user: string, answers: number): Claim | null {
    const now = this.now();
    const times = this.live(user, now);
    const over = times.length + answers - this.limit.answers;
    if (over <= 0) return null;
    // The answer whose leaving makes room: the over-th oldest (or, for a claim larger than the line, a whole window).
    return { granted: false, retryAfterS: secondsUntil(times[over - 1] ?? now, this.limit, now) };
  }

  record(user: string, answers: number): void {
    const now = this.now();
    const times = this.live(user, now);
    for (let i = 0; i < answers; i++) times.push(now);
    this.given.set(user, times);
  }

  /** The user's answers still in the window, oldest first; users with none are swept once a window. */
  private live(user: string, now: number): number[] {
    if (now >= this.sweepAt) {
      for (const [u, t] of this.given) if ((t.at(-1) ?? 0) <= now - this.limit.windowMs) this.given.delete(u);
      this.sweepAt = now + this.limit.windowMs;
    }
    const times = this.given.get(user) ?? [];
    const first = times.findIndex((t) => t > now - this.limit.windowMs);
    return first === -1 ? [] : first === 0 ? times : times.slice(first);
  }
}

/**
 * Atomically in Redis: drop what left the window, and either add the claim's answers or answer
 * when the answer whose leaving makes room was given. KEYS[1] the user's sorted set of answers
 * (scored by when); ARGV now, window (ms), line, answers, a unique tag for this claim.
 */
const claimScript = `
local key = KEYS[1]
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local line = tonumber(ARGV[3])
local answers = tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local given = redis.call('ZCARD', key)
local over = given + answers - line
if over > 0 then
  local oldest = redis.call('ZRANGE', key, over - 1, over - 1, 'WITHSCORES')
  return {0, oldest[2] or tostring(now)}
end
for i = 1, answers do redis.call('ZADD', key, now, ARGV[5] .. ':' .. i) end
redis.call('PEXPIRE', key, window)
return {1, '0'}
`;

/**
 * The window shared by every gateway instance (REDIS_URL), as the signature replay cache is
 * shared (services/kit/src/trust/replay-cache.ts): a user cannot spread their questions over
 * instances to pass the line. Each instance keeps its own window too, checked first, so while
 * Redis is down (a limit is never a reason to stop answering) each instance still holds the line
 * for what it answers itself.
 */
export class SharedAnswerWindow implements AnswerWindow {
  private readonly local: InProcessAnswerWindow;

  constructor(
    private readonly redis: Pick<Redis, 'eval' | 'status'>,
    private readonly limit: WindowLimit,
    private readonly now: () => number = Date.now,
  ) {
    this.local = new InProcessAnswerWindow(limit, now);
  }

  async claim(user: string, answers: number): Promise<Claim> {
    const refused = this.local.check(user, answers);
    if (refused) return refused;
    if (this.redis.status === 'ready') {
      try {
        const now = this.now();
        const [granted, oldest] = (await this.redis.eval(claimScript, 1, `lotsen:statistics-answers:${user}`, now, this.limit.windowMs, this.limit.answers, answers, randomUUID())) as [number, string];
        if (granted !== 1) return { granted: false, retryAfterS: secondsUntil(Number(oldest), this.limit, now) };
      } catch {
        // Redis failed mid-claim: this instance's own window decides, as while it is down.
      }
    }
    this.local.record(user, answers);
    return { granted: true };
  }
}
