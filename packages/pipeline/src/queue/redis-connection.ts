import type { RedisOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { LaoError } from '@lao/schemas';

/** Back-off between reconnects: 0.5 s, 1 s, 2 s … capped at 30 s, so a worker waits out a Redis outage without a crash loop. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(500 * 2 ** Math.max(0, attempt - 1), 30_000);
}

/**
 * ioredis options (not a client: BullMQ closes only the connections it creates) from a redis:// URL.
 * Workers need `maxRetriesPerRequest: null` so blocking commands survive reconnects.
 */
export function redisOptions(url: string, onRetry?: (attempt: number, delayMs: number) => void): RedisOptions {
  const u = new URL(url);
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    db: Number.isInteger(db) ? db : 0,
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
    retryStrategy: (attempt: number) => {
      const delay = reconnectDelayMs(attempt);
      onRetry?.(attempt, delay);
      return delay;
    },
  };
}

/**
 * Fails fast and clearly when Redis cannot be reached: tries `attempts` times with exponential back-off,
 * then throws QUEUE_UNAVAILABLE naming the address. Used before enqueuing, so the CLI never hangs on a dead Redis.
 */
export async function assertRedisReachable(url: string, attempts = 4, onRetry?: (attempt: number, delayMs: number) => void): Promise<void> {
  const base = redisOptions(url);
  const client = new Redis({
    host: base.host ?? '127.0.0.1',
    port: base.port ?? 6379,
    db: base.db ?? 0,
    ...(base.username ? { username: base.username as string } : {}),
    ...(base.password ? { password: base.password as string } : {}),
    ...(base.tls ? { tls: {} } : {}),
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  let lastError: unknown = null;
  try {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        if (client.status !== 'ready') await client.connect();
        await client.ping();
        return;
      } catch (err) {
        lastError = err;
        if (attempt === attempts) break;
        const delay = reconnectDelayMs(attempt);
        onRetry?.(attempt, delay);
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  } finally {
    client.disconnect();
  }
  const why = lastError instanceof Error ? lastError.message : String(lastError);
  throw new LaoError('QUEUE_UNAVAILABLE', `Redis at ${base.host}:${base.port} is unreachable after ${attempts} tries (${why})`, { cause: lastError });
}
