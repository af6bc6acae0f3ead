import type { Logger } from 'pino';
import { loadConfig } from '@lao/schemas';
import { createLogger } from '../job-logger.js';
import { createPipelineContext } from '../pipeline.context.js';
import type { QueueName } from './queue-names.js';
import { startQueueWorkers, type QueueWorkers } from './queue-workers.js';
import { loadWorkerEnv } from './worker-env.schema.js';

export interface LaunchOverrides {
  queues?: readonly QueueName[];
  concurrency?: number;
}

/**
 * The queue worker process's composition: parse the environment (zod), build the context (store, blobs, OCR pool),
 * start the workers, and close gracefully on SIGTERM/SIGINT (running jobs finish; a second signal exits at once).
 * Returns once the workers run; the process lives until a signal.
 */
export async function launchQueueWorkers(
  env: Record<string, string | undefined>,
  overrides: LaunchOverrides = {},
): Promise<{ workers: QueueWorkers; logger: Logger }> {
  const config = loadConfig(env);
  const workerEnv = loadWorkerEnv(env);
  const logger = createLogger(workerEnv.logLevel);
  const ctx = await createPipelineContext(config, workerEnv.databaseSchema ? { databaseSchema: workerEnv.databaseSchema } : {});
  const queues = overrides.queues ?? workerEnv.queues;
  const workers = startQueueWorkers(ctx, {
    queues,
    concurrency: overrides.concurrency ?? config.concurrency,
    ocrConcurrency: config.ocrWorkers,
    lockDurationMs: workerEnv.lockDurationMs,
    logger,
  });
  let signals = 0;
  const stop = (signal: NodeJS.Signals) => {
    signals++;
    if (signals > 1) process.exit(130);
    logger.info({ signal }, 'closing workers; waiting for running jobs');
    void workers.close().then(
      () => {
        logger.info('workers closed');
        logger.flush();
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err: String(err) }, 'close failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  logger.info({ queues, prefix: config.queuePrefix, redis: config.redisUrl, database: config.databaseUrl ? 'postgres' : 'sqlite' }, 'workers started');
  return { workers, logger };
}
