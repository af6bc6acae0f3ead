/**
 * Composition root of a queue worker process: `REDIS_URL=… DATABASE_URL=… LAO_WORKER_QUEUES=page,analyse tsx main.ts`.
 * Everything is configured by the environment (validated by zod in launchQueueWorkers); SIGTERM/SIGINT close it gracefully.
 */
import { launchQueueWorkers } from '@lao/pipeline';

launchQueueWorkers(process.env).catch((err: unknown) => {
  const e = err as { code?: string; message?: string };
  process.stderr.write(`queue-worker: ${e.code ?? 'INTERNAL'}: ${e.message ?? String(err)}\n`);
  process.exit(1);
});
