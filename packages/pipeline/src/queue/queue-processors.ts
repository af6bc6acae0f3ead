import { UnrecoverableError, type Job } from 'bullmq';
import type { Logger } from 'pino';
import { LaoError, parseJobId, parseJobPayload } from '@lao/schemas';
import { analyseAndStore } from '../analyse.stage.js';
import { jobLogger } from '../job-logger.js';
import { extractAndSavePage, recordUnreadablePage } from '../page.stage.js';
import type { PipelineContext } from '../pipeline.context.js';
import { failureReason, isPermanentFailure } from '../stage-errors.js';
import type { OpenDocumentCache } from './open-document.cache.js';
import type { QueueName } from './queue-names.js';

export type Processor = (job: Job) => Promise<unknown>;

const isLastAttempt = (job: Job) => job.attemptsMade + 1 >= (job.opts.attempts ?? 1);

/**
 * Errors a processor has already logged with its job's context. The Worker's `failed` listener logs only the
 * others (a payload that fails validation, a job failed by BullMQ itself), so each failed try is one line.
 */
const loggedByProcessor = new WeakSet<Error>();
export const alreadyLogged = (err: Error): boolean => loggedByProcessor.has(err);

/** Only the worker boundary turns a non-retryable LaoError into BullMQ's UnrecoverableError. */
function toWorkerError(err: unknown): Error {
  const out = isPermanentFailure(err) ? new UnrecoverableError(failureReason(err)) : err instanceof Error ? err : LaoError.from(err);
  loggedByProcessor.add(out);
  return out;
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
      // A final failure leaves the page out of the report: record it with the document, so the summaries and
      // `lao status` can list it. A try with retries left records nothing (a later try may read the page).
      if (isPermanentFailure(err) || isLastAttempt(job)) {
        await recordUnreadablePage(ctx, data.documentId, data.page, err).catch((recordErr: unknown) =>
          log.error({ err: failureReason(recordErr) }, 'could not record the unreadable page'),
        );
      }
      throw toWorkerError(err);
    }
  };
}

/**
 * Page jobs BullMQ failed without their processor recording it (stalled too often, a record that could not be
 * written) are the parent's ignored failures: record those pages too, with BullMQ's reason, before analysing.
 */
async function recordLostPages(ctx: PipelineContext, job: Job, documentId: string, log: Logger): Promise<void> {
  const failures = await job.getIgnoredChildrenFailures();
  if (Object.keys(failures).length === 0) return;
  const known = new Set([
    ...(await ctx.store.pages.failures(documentId)).map((f) => f.page),
    ...(await ctx.store.pages.summaries(documentId)).map((p) => p.page),
  ]);
  for (const [key, failedReason] of Object.entries(failures)) {
    // The key is `${prefix}:${queue}:${jobId}`; the job id is content-derived and carries the page number.
    const page = parseJobId(key.slice(key.lastIndexOf(':') + 1))?.page ?? null;
    if (page === null || known.has(page)) continue;
    // A reason the processor wrote (`CODE: message`) is kept as it is; BullMQ's own ("job stalled more than
    // allowable limit") gets a code like every other reason.
    const reason = /^[A-Z_]+: /.test(failedReason) ? failedReason : `INTERNAL: ${failedReason || 'page job failed'}`;
    await ctx.store.pages.saveFailure(documentId, { page, reason });
    log.warn({ page, reason }, 'page job failed without its own record; page recorded as unreadable');
  }
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
      await recordLostPages(ctx, job, documentId, log);
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
