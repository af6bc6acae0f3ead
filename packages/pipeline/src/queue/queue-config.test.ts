import { describe, expect, it } from '@jest/globals';
import { isLaoError } from '@lao/schemas';
import { QueueListSchema } from './queue-names.js';
import { reconnectDelayMs, redisOptions } from './redis-connection.js';
import { loadWorkerEnv } from './worker-env.schema.js';

describe('queue list (lao worker --queues)', () => {
  it.each([
    ['page,analyse', ['page', 'analyse']],
    [' ocr , ocr ,page', ['ocr', 'page']],
    ['analyse', ['analyse']],
  ])('%s → %j', (input, want) => {
    expect(QueueListSchema.parse(input)).toEqual(want);
  });
  it.each(['', 'pages', 'page,intake'])('rejects %j', (input) => {
    expect(QueueListSchema.safeParse(input).success).toBe(false);
  });
});

describe('worker environment', () => {
  it('defaults to every queue and a 30 s lock', () => {
    expect(loadWorkerEnv({})).toEqual({ queues: ['page', 'ocr', 'analyse'], databaseSchema: undefined, lockDurationMs: 30_000, logLevel: 'info' });
  });
  it('reads queues, schema and lock', () => {
    expect(loadWorkerEnv({ LAO_WORKER_QUEUES: 'ocr', LAO_DATABASE_SCHEMA: 'lao_t1', LAO_WORKER_LOCK_MS: '5000' })).toMatchObject({
      queues: ['ocr'],
      databaseSchema: 'lao_t1',
      lockDurationMs: 5000,
    });
  });
  it.each([{ LAO_WORKER_QUEUES: 'scan' }, { LAO_DATABASE_SCHEMA: 'Bad-Schema' }, { LAO_WORKER_LOCK_MS: '10' }])('rejects %j with CONFIG_INVALID', (env) => {
    let caught: unknown;
    try {
      loadWorkerEnv(env);
    } catch (err) {
      caught = err;
    }
    expect(isLaoError(caught, 'CONFIG_INVALID')).toBe(true);
  });
});

describe('Redis connection options', () => {
  it('parses a URL into options BullMQ can own (never a client), blocking-safe for workers', () => {
    expect(redisOptions('redis://u:p%40ss@10.0.0.5:6380/2')).toMatchObject({
      host: '10.0.0.5',
      port: 6380,
      username: 'u',
      password: 'p@ss',
      db: 2,
      maxRetriesPerRequest: null,
    });
    expect(redisOptions('rediss://cache.example:6379')).toMatchObject({ tls: {}, db: 0 });
  });
  it('backs off exponentially and caps at 30 s', () => {
    expect([1, 2, 3, 4, 7, 20].map(reconnectDelayMs)).toEqual([500, 1000, 2000, 4000, 30_000, 30_000]);
  });
});
