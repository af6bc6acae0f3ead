import { Worker } from 'bullmq';
import type { Logger } from 'pino';
import { openOriginal } from '../page.stage.js';
import type { PipelineContext } from '../pipeline.context.js';
import { OpenDocumentCache } from './open-document.cache.js';
import { alreadyLogged, routedProcessor } from './queue-processors.js';
import type { QueueName } from './queue-names.js';
import { redisOptions } from './redis-connection.js';

export interface QueueWorkerOptions {
  queues: readonly QueueName[];
  /** Jobs at once on the page and analyse queues; OCR runs `ocrWorkers` at once (one per OCR thread). */
  concurrency: number;
  ocrConcurrency: number;
  /** How long a job's lock lives without renewal; a killed worker's job is retried by another after about this long. */
  lockDurationMs: number;
  /** How long close() waits for running jobs before dropping the connections (default 15 s). */
  closeGraceMs?: number;
  logger: Logger;
}

export interface QueueWorkers {
  readonly queues: readonly QueueName[];
  /** Stops taking jobs, waits for the running ones, closes connections. */
  close(): Promise<void>;
}

/**
 * Starts one BullMQ worker per chosen queue. OCR runs in the context's worker-thread pool and the pdf.js text
 * layer in its own thread, so neither holds up this thread, which renews the job locks. Analyse runs here
 * synchronously (seconds for a large plan), well inside half of the default 30 s lock (README: Locks).
 */
export function startQueueWorkers(ctx: PipelineContext, options: QueueWorkerOptions): QueueWorkers {
  const log = options.logger;
  const connection = redisOptions(ctx.config.redisUrl, (attempt, delayMs) =>
    log.warn({ attempt, delayMs, redis: ctx.config.redisUrl }, 'Redis unreachable; reconnecting'),
  );
  // One cache of open originals per queue: text pages of a document never wait behind its OCR pages.
  const caches: OpenDocumentCache[] = [];
  const workers = options.queues.map((queue) => {
    const concurrency = queue === 'ocr' ? options.ocrConcurrency : options.concurrency;
    const documents = new OpenDocumentCache((sha256) => openOriginal(ctx, sha256), concurrency + 1, concurrency);
    caches.push(documents);
    const worker = new Worker(queue, routedProcessor(queue, ctx, log, documents), {
      connection,
      prefix: ctx.config.queuePrefix,
      concurrency,
      lockDuration: options.lockDurationMs,
      stalledInterval: options.lockDurationMs,
      maxStalledCount: 2,
    });
    worker.on('failed', (job, err) => {
      if (!alreadyLogged(err)) log.warn({ queue, jobId: job?.id, attemptsMade: job?.attemptsMade, err: err.message }, 'job failed');
    });
    worker.on('completed', (job) => log.debug({ queue, jobId: job.id }, 'job completed'));
    worker.on('stalled', (jobId) => log.warn({ queue, jobId }, 'job stalled; it will be retried'));
    // Connection errors surface here while ioredis reconnects; logging them keeps the process alive.
    worker.on('error', (err) => log.error({ queue, err: err.message }, 'worker error'));
    return worker;
  });
  let closing: Promise<void> | null = null;
  return {
    queues: options.queues,
    close: () => {
      closing ??= (async () => {
        // Running jobs get a grace period to finish; after it (or at once while Redis is down, where BullMQ's close
        // would wait for a connection forever) the connections are dropped: an unfinished job's lock then expires
        // and another worker retries it.
        let timer: NodeJS.Timeout | undefined;
        const closed = Promise.allSettled(workers.map((w) => w.close())).then(() => 'closed' as const);
        const expired = new Promise<'expired'>((resolve) => (timer = setTimeout(() => resolve('expired'), options.closeGraceMs ?? 15_000)));
        const how = await Promise.race([closed, expired]);
        clearTimeout(timer);
        if (how === 'expired') {
          log.warn({ graceMs: options.closeGraceMs ?? 15_000 }, 'workers did not close in time; disconnecting');
          // disconnect() also waits on a connection that never comes while Redis is down: bounded as well.
          await Promise.race([Promise.allSettled(workers.map((w) => w.disconnect())), new Promise((r) => setTimeout(r, 2_000).unref())]);
        }
        await Promise.allSettled(caches.map((c) => c.close()));
        await ctx.close();
      })();
      return closing;
    },
  };
}
