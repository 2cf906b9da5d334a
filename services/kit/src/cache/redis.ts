import { Redis } from 'ioredis';
import { createLogger } from '../log.js';

/**
 * The shared Redis connection (REDIS_URL). Commands fail at once while it is down (no offline
 * queue), so every user can fall back; the client reconnects by itself.
 */
export function connectRedis(url: string): Redis {
  const log = createLogger('redis');
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 2000, retryStrategy: (attempt) => Math.min(attempt * 200, 2000) });
  let down = false;
  redis.on('error', (error: Error) => {
    if (!down) log.warn({ err: error.message }, 'redis unreachable; falling back to in-process');
    down = true;
  });
  redis.on('ready', () => {
    if (down) log.info('redis reachable again');
    down = false;
  });
  return redis;
}

export function redisFromEnv(): Redis | undefined {
  const url = process.env.REDIS_URL;
  return url ? connectRedis(url) : undefined;
}
