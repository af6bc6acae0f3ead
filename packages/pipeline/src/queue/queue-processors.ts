import { UnrecoverableError, type Job } from 'bullmq';
import { LaoError, parseJobPayload } from '@lao/schemas';
import { analyseAndStore } from '../analyse.stage.js';
import { extractAndSavePage } from '../page.stage.js';
import type { PipelineContext } from '../pipeline.context.js';
import { failureReason, isPermanentFailure } from '../stage-errors.js';
import type { QueueName } from './queue-names.js';

export type Processor = (job: Job) => Promise<unknown>;

const isLastAttempt = (job: Job) => job.attemptsMade + 1 >= (job.opts.attempts ?? 1);

/** Only the worker boundary turns a non-retryable LaoError into BullMQ's UnrecoverableError. */
function toWorkerError(err: unknown): Error {
  if (isPermanentFailure(err)) return new UnrecoverableError(failureReason(err));
  return err instanceof Error ? err : LaoError.from(err);
}

function pageProcessor(ctx: PipelineContext): Processor {
  return async (job) => {
    const data = parseJobPayload('page', job.data);
    if (data.documentId === undefined) throw new UnrecoverableError('INVALID_INPUT: page job without documentId');
    try {
      const result = await extractAndSavePage(ctx, { ...data, documentId: data.documentId });
      await job.updateProgress({ page: result.page, method: result.method });
      return result;
    } catch (err) {
      throw toWorkerError(err);
    }
  };
}

function analyseProcessor(ctx: PipelineContext): Processor {
  return async (job) => {
    const data = parseJobPayload('analyse', job.data);
    const documentId = data.documentId;
    if (documentId === undefined) throw new UnrecoverableError('INVALID_INPUT: analyse job without documentId');
    try {
      const outcome = await analyseAndStore(ctx, { ...data, documentId });
      if (outcome.status === 'failed') {
        await ctx.store.documents.markFailed(documentId, outcome.reason);
        return { status: 'failed', reason: outcome.reason };
      }
      await job.updateProgress({ flags: outcome.report.flags.length });
      return { status: 'done', flags: outcome.report.flags.length, docType: outcome.report.docType };
    } catch (err) {
      // The document is marked failed only when no retry is left, so a passing retry leaves no trace of it.
      if (isPermanentFailure(err) || isLastAttempt(job)) await ctx.store.documents.markFailed(documentId, failureReason(err)).catch(() => undefined);
      throw toWorkerError(err);
    }
  };
}

/** The one routing table: which job a queue carries and who processes it. Startup checks every queue has one. */
export const QUEUE_STAGES: Record<QueueName, { jobName: 'page' | 'analyse'; processor: (ctx: PipelineContext) => Processor }> = {
  page: { jobName: 'page', processor: pageProcessor },
  ocr: { jobName: 'page', processor: pageProcessor },
  analyse: { jobName: 'analyse', processor: analyseProcessor },
};

/** Guards against a job name arriving on a queue that does not carry it. */
export function routedProcessor(queue: QueueName, ctx: PipelineContext): Processor {
  const stage = QUEUE_STAGES[queue];
  if (!stage) throw new LaoError('CONFIG_INVALID', `no handler for queue ${String(queue)}`);
  const run = stage.processor(ctx);
  return async (job) => {
    if (job.name !== stage.jobName) throw new UnrecoverableError(`INVALID_INPUT: job ${job.name} on queue ${queue} (expects ${stage.jobName})`);
    return run(job);
  };
}
