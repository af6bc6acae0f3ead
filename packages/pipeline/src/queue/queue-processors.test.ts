import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FlowProducer, Queue } from 'bullmq';
import { jobId, loadConfig, parseJobPayload } from '@lao/schemas';
import { intakeFile } from '../intake.stage.js';
import { silentLogger } from '../job-logger.js';
import { createPipelineContext, type PipelineContext } from '../pipeline.context.js';
import { QUEUE_NAMES } from './queue-names.js';
import { startQueueWorkers, type QueueWorkers } from './queue-workers.js';
import { redisOptions } from './redis-connection.js';

// Real Redis (127.0.0.1:6379) under a unique prefix, removed afterwards; SQLite in a temp dir.
const root = path.resolve(import.meta.dirname, '../../../..');
const work = mkdtempSync(path.join(tmpdir(), 'lao-queue-processors-'));
const prefix = `laotest-proc-${randomBytes(4).toString('hex')}`;
const config = loadConfig({ LAO_DATA_DIR: work, LAO_QUEUE_PREFIX: prefix, REDIS_URL: 'redis://127.0.0.1:6379' });
let ctx: PipelineContext;
let workers: QueueWorkers | null = null;

beforeAll(async () => {
  ctx = await createPipelineContext(config);
});
afterAll(async () => {
  // Closing the workers closes the context too.
  if (workers) await workers.close();
  else await ctx.close();
  for (const name of QUEUE_NAMES) {
    const q = new Queue(name, { connection: redisOptions(config.redisUrl), prefix });
    await q.obliterate({ force: true });
    await q.close();
  }
  rmSync(work, { recursive: true, force: true });
}, 60_000);

describe('analyse job', () => {
  it('records a page whose job failed without the page processor recording it, with the failed reason', async () => {
    const truncated = path.join(root, 'packages/extract/test-fixtures/truncated.pdf');
    const intake = await intakeFile(ctx, { path: truncated, batchId: 'b-proc', pipelineVersion: 'v1' });
    if (intake.status !== 'accepted') throw new Error(`intake: ${intake.status}`);
    await intake.document.close();
    const { sha256, documentId, pageCount } = intake;
    const flow = new FlowProducer({ connection: redisOptions(config.redisUrl), prefix });
    const opts = { attempts: 1, removeOnComplete: true, removeOnFail: true };
    // Page 1 is a proper job; page 2's payload lacks its document, so the processor rejects it before it could record
    // anything: only the parent's ignored failures say what became of the page.
    await flow.add({
      name: 'analyse',
      queueName: 'analyse',
      data: parseJobPayload('analyse', { sha256, documentId, pageCount, pipelineVersion: 'v1' }),
      opts: { ...opts, jobId: jobId(sha256, 'analyse') },
      children: [
        {
          name: 'page',
          queueName: 'page',
          data: parseJobPayload('page', { sha256, documentId, page: 1, pipelineVersion: 'v1' }),
          opts: { ...opts, jobId: jobId(sha256, 'page', 1), ignoreDependencyOnFailure: true },
        },
        {
          name: 'page',
          queueName: 'page',
          data: parseJobPayload('page', { sha256, page: 2, pipelineVersion: 'v1' }),
          opts: { ...opts, jobId: jobId(sha256, 'page', 2), ignoreDependencyOnFailure: true },
        },
      ],
    });
    await flow.close();
    workers = startQueueWorkers(ctx, { queues: ['page', 'analyse'], concurrency: 1, ocrConcurrency: 1, lockDurationMs: 30_000, logger: silentLogger });
    const until = Date.now() + 60_000;
    let status = (await ctx.store.documents.get(documentId))?.status;
    while (status !== 'done' && status !== 'failed' && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 200));
      status = (await ctx.store.documents.get(documentId))?.status;
    }
    expect(status).toBe('done');
    expect(await ctx.store.pages.failures(documentId)).toEqual([{ page: 2, reason: 'INVALID_INPUT: page job without documentId' }]);
    expect((await ctx.store.getReport(documentId))?.pages.map((p) => p.no)).toEqual([1]);
  }, 90_000);
});
