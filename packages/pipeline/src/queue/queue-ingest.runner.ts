import { FlowProducer, QueueEvents } from 'bullmq';
import { LaoError, parseJobId } from '@lao/schemas';
import { failedSummary, summariseStoredDocument, type FileSummary } from '../document-summary.js';
import type { IngestEvent } from '../embedded.runner.js';
import { intakeFile } from '../intake.stage.js';
import type { PipelineContext } from '../pipeline.context.js';
import { PIPELINE_VERSION } from '../pipeline-version.js';
import { enqueueDocument } from './flow.enqueuer.js';
import { assertRedisReachable, redisOptions } from './redis-connection.js';

export interface QueueIngestOptions {
  batchId: string;
  pipelineVersion?: string;
  forceOcr?: boolean;
  dpi?: number;
  /** Return once enqueued (summaries of accepted files say `queued`) instead of following until done. */
  detach?: boolean;
  /** How often the store is polled for finished documents. */
  pollMs?: number;
  onEvent?: (event: IngestEvent) => void;
  onRedisRetry?: (attempt: number, delayMs: number) => void;
}

export type QueuedFileSummary = Omit<FileSummary, 'status'> & { status: FileSummary['status'] | 'queued' };

/**
 * The queue runner's producer side (`lao ingest --queue`): intake here (original into the shared blob store,
 * document registered, pages planned), one BullMQ flow per document, then follow page events and the store
 * until every document is done or failed. Redis unreachable → LaoError QUEUE_UNAVAILABLE after a few backed-off tries.
 */
export async function ingestQueued(ctx: PipelineContext, paths: readonly string[], options: QueueIngestOptions): Promise<QueuedFileSummary[]> {
  const emit = options.onEvent ?? (() => undefined);
  const pipelineVersion = options.pipelineVersion ?? PIPELINE_VERSION;
  await assertRedisReachable(ctx.config.redisUrl, 4, options.onRedisRetry);
  const connection = redisOptions(ctx.config.redisUrl);
  const prefix = ctx.config.queuePrefix;
  const flow = new FlowProducer({ connection, prefix });
  const events = options.detach ? [] : (['page', 'ocr'] as const).map((q) => new QueueEvents(q, { connection, prefix }));
  const results: Array<QueuedFileSummary | null> = paths.map(() => null);
  const pending = new Map<string, { index: number; path: string; status: 'new' | 'reprocess' | 'retry' }>();
  const pathBySha = new Map<string, string>();
  try {
    await Promise.all(events.map((e) => e.waitUntilReady()));
    for (const qe of events) {
      qe.on('completed', ({ jobId, returnvalue }) => {
        const parsed = parseJobId(jobId);
        const file = parsed ? pathBySha.get(parsed.sha256) : undefined;
        if (!parsed || parsed.page === null || file === undefined) return;
        emit({ type: 'page-done', path: file, page: parsed.page, method: methodOf(returnvalue) });
      });
    }
    for (const [index, file] of paths.entries()) {
      const intake = await intakeFile(ctx, { path: file, batchId: options.batchId, pipelineVersion, forceOcr: options.forceOcr ?? false });
      if (intake.status === 'accepted') {
        await intake.document.close();
        pathBySha.set(intake.sha256, file);
        const pageOptions = { ...(options.dpi ? { dpi: options.dpi } : {}), ...(options.forceOcr ? { forceOcr: true } : {}) };
        try {
          await enqueueDocument(flow, { ...intake, pipelineVersion, pageOptions });
        } catch (err) {
          // Not left 'processing' with no job behind it: failed, so the next ingest of the file retries it.
          const e = LaoError.from(err, 'QUEUE_UNAVAILABLE');
          await ctx.store.documents.markFailed(intake.documentId, `${e.code}: could not enqueue: ${e.message}`);
          throw e;
        }
        pending.set(intake.documentId, { index, path: file, status: intake.acceptedAs });
        emit({ type: 'file-started', path: file, pageCount: intake.pageCount });
        continue;
      }
      const doc = intake.documentId ? await ctx.store.documents.get(intake.documentId) : null;
      const summary = doc
        ? await summariseStoredDocument(ctx, doc, { path: file, status: intake.status })
        : failedSummary({ path: file, fileName: intake.fileName, sha256: null, documentId: null }, intake.status === 'failed' ? intake.reason : 'INTERNAL: no document');
      results[index] = summary;
      emit({ type: 'file-done', summary: summary as FileSummary });
    }
    if (options.detach) {
      for (const [documentId, p] of pending) {
        const doc = await ctx.store.documents.get(documentId);
        results[p.index] = { ...failedSummary({ path: p.path, fileName: doc?.fileName ?? p.path, sha256: null, documentId: null }, ''), status: 'queued', documentId, sha256: doc?.sha256 ?? null, reason: null };
      }
      return results as QueuedFileSummary[];
    }
    while (pending.size > 0) {
      await new Promise((r) => setTimeout(r, options.pollMs ?? 500));
      for (const [documentId, p] of [...pending]) {
        const doc = await ctx.store.documents.get(documentId);
        if (!doc || (doc.status !== 'done' && doc.status !== 'failed')) continue;
        pending.delete(documentId);
        const summary = await summariseStoredDocument(ctx, doc, { path: p.path, status: p.status });
        results[p.index] = summary;
        emit({ type: 'file-done', summary });
      }
    }
    return results as QueuedFileSummary[];
  } finally {
    await Promise.allSettled([flow.close(), ...events.map((e) => e.close())]);
  }
}

function methodOf(returnvalue: unknown): 'text' | 'ocr' {
  const v = typeof returnvalue === 'string' ? safeJson(returnvalue) : returnvalue;
  return typeof v === 'object' && v !== null && (v as { method?: unknown }).method === 'ocr' ? 'ocr' : 'text';
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}
