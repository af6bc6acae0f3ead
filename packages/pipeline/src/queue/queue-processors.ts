import { UnrecoverableError, type Job } from 'bullmq';
import type { Logger } from 'pino';
import { LaoError, parseJobPayload } from '@lao/schemas';
import { analyseAndStore } from '../analyse.stage.js';
import { jobLogger } from '../job-logger.js';
import { extractAndSavePage } from '../page.stage.js';
import type { PipelineContext } from '../pipeline.context.js';
import { failureReason, isPermanentFailure } from '../stage-errors.js';
import type { OpenDocumentCache } from './open-document.cache.js';
import type { QueueName } from './queue-names.js';

export type Processor = (job: Job) => Promise<unknown>;

const isLastAttempt = (job: Job) => job.attemptsMade + 1 >= (job.opts.attempts ?? 1);

/** Only the worker boundary turns a non-retryable LaoError into BullMQ's UnrecoverableError. */
function toWorkerError(err: unknown): Error {
  if (isPermanentFailure(err)) return new UnrecoverableError(failureReason(err));
  return err instanceof Error ? err : LaoError.from(err);
}

/** The job's own logger: document sha256 and id, page, stage, attempt, job id and queue on every line. */
function logFor(log: Logger, job: Job, stage: 'page' | 'analyse', data: { sha256: string; documentId?: string | undefined; page?: number }): Logger {
  return jobLogger(log, {
    stage,
    sha256: data.sha256,
    ...(data.documentId !== undefined ? { documentId: data.documentId } : {}),
    ...(data.page !== undefined ? { page: data.page } : {}),
    attempt: job.attemptsMade + 1,
    ...(job.id !== undefined ? { jobId: job.id } : {}),
    queue: job.queueName,
  });
}

/** Logs a failed try: a warning while retries are left, an error when the job gives up. */
function logFailure(log: Logger, job: Job, err: unknown, ms: number): void {
  const final = isPermanentFailure(err) || isLastAttempt(job);
  log[final ? 'error' : 'warn']({ err: failureReason(err), ms, willRetry: !final }, final ? 'job failed' : 'job failed; will retry');
}

function pageProcessor(ctx: PipelineContext, logger: Logger, documents: OpenDocumentCache): Processor {
  return async (job) => {
    const data = parseJobPayload('page', job.data);
    const log = logFor(logger, job, 'page', data);
    if (data.documentId === undefined) throw new UnrecoverableError('INVALID_INPUT: page job without documentId');
    const t0 = performance.now();
    log.debug('page job started');
    try {
      const documentId = data.documentId;
      const result = await documents.use(data.sha256, (doc) => extractAndSavePage(ctx, { ...data, documentId }, doc));
      await job.updateProgress({ page: result.page, method: result.method });
      log.debug({ method: result.method, confidence: result.confidence, ms: Math.round(performance.now() - t0) }, 'page stored');
      return result;
    } catch (err) {
      logFailure(log, job, err, Math.round(performance.now() - t0));
      throw toWorkerError(err);
    }
  };
}

function analyseProcessor(ctx: PipelineContext, logger: Logger): Processor {
  return async (job) => {
    const data = parseJobPayload('analyse', job.data);
    const log = logFor(logger, job, 'analyse', data);
    const documentId = data.documentId;
    if (documentId === undefined) throw new UnrecoverableError('INVALID_INPUT: analyse job without documentId');
    const t0 = performance.now();
    log.debug('analyse job started');
    try {
      const outcome = await analyseAndStore(ctx, { ...data, documentId });
      if (outcome.status === 'failed') {
        await ctx.store.documents.markFailed(documentId, outcome.reason);
        log.error({ reason: outcome.reason }, 'document failed');
        return { status: 'failed', reason: outcome.reason };
      }
      await job.updateProgress({ flags: outcome.report.flags.length });
      log.info({ docType: outcome.report.docType, flags: outcome.report.flags.length, ms: Math.round(performance.now() - t0) }, 'document stored');
      return { status: 'done', flags: outcome.report.flags.length, docType: outcome.report.docType };
    } catch (err) {
      logFailure(log, job, err, Math.round(performance.now() - t0));
      // The document is marked failed only when no retry is left, so a passing retry leaves no trace of it.
      if (isPermanentFailure(err) || isLastAttempt(job)) await ctx.store.documents.markFailed(documentId, failureReason(err)).catch(() => undefined);
      throw toWorkerError(err);
    }
  };
}

/** The one routing table: which job a queue carries and who processes it. Startup checks every queue has one. */
export const QUEUE_STAGES: Record<
  QueueName,
  { jobName: 'page' | 'analyse'; processor: (ctx: PipelineContext, logger: Logger, documents: OpenDocumentCache) => Processor }
> = {
  page: { jobName: 'page', processor: pageProcessor },
  ocr: { jobName: 'page', processor: pageProcessor },
  analyse: { jobName: 'analyse', processor: analyseProcessor },
};

/** Guards against a job name arriving on a queue that does not carry it. */
export function routedProcessor(queue: QueueName, ctx: PipelineContext, logger: Logger, documents: OpenDocumentCache): Processor {
  const stage = QUEUE_STAGES[queue];
  if (!stage) throw new LaoError('CONFIG_INVALID', `no handler for queue ${String(queue)}`);
  const run = stage.processor(ctx, logger, documents);
  return async (job) => {
    if (job.name !== stage.jobName) throw new UnrecoverableError(`INVALID_INPUT: job ${job.name} on queue ${queue} (expects ${stage.jobName})`);
    return run(job);
  };
}
