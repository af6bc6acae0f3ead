import { z } from 'zod';
import { parseOrThrow } from '@lao/schemas';
import { QUEUE_NAMES, QueueListSchema } from './queue-names.js';

const unsetIfEmpty = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Worker-only environment, on top of loadConfig's (REDIS_URL, DATABASE_URL, LAO_CONCURRENCY, LAO_OCR_WORKERS, …). */
export const WorkerEnvSchema = z
  .object({
    /** Comma-separated queues this process serves. */
    LAO_WORKER_QUEUES: z.preprocess(unsetIfEmpty, QueueListSchema.default([...QUEUE_NAMES])),
    /** PostgreSQL schema to work in (tests isolate themselves with one each). */
    LAO_DATABASE_SCHEMA: z.preprocess(unsetIfEmpty, z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/).optional()),
    LAO_WORKER_LOCK_MS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(1_000).max(600_000).default(30_000)),
    LAO_LOG_LEVEL: z.preprocess(unsetIfEmpty, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  })
  .transform((e) => ({
    queues: e.LAO_WORKER_QUEUES,
    databaseSchema: e.LAO_DATABASE_SCHEMA,
    lockDurationMs: e.LAO_WORKER_LOCK_MS,
    logLevel: e.LAO_LOG_LEVEL,
  }));
export type WorkerEnv = z.output<typeof WorkerEnvSchema>;

export function loadWorkerEnv(env: Record<string, string | undefined>): WorkerEnv {
  return parseOrThrow(WorkerEnvSchema, env, 'CONFIG_INVALID', 'invalid worker configuration');
}
