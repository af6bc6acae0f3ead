import type { Logger } from 'pino';
import { analyseAndStore, type AnalyseOutcome } from './analyse.stage.js';
import { failedSummary, summariseStoredDocument, summaryFromReport, type FileSummary } from './document-summary.js';
import { intakeFile } from './intake.stage.js';
import { jobLogger, silentLogger } from './job-logger.js';
import { extractAndSavePage, recordUnreadablePage } from './page.stage.js';
import type { PipelineContext } from './pipeline.context.js';
import { PIPELINE_VERSION } from './pipeline-version.js';
import { runPool } from './run-pool.js';
import { failureReason } from './stage-errors.js';

export type IngestEvent =
  | { type: 'file-started'; path: string; pageCount: number }
  | { type: 'page-done'; path: string; page: number; method: 'text' | 'ocr' }
  | { type: 'page-failed'; path: string; page: number; reason: string }
  | { type: 'file-done'; summary: FileSummary };

export interface EmbeddedIngestOptions {
  /** Groups this call's files for `lao status <batch>`. */
  batchId: string;
  pipelineVersion?: string;
  forceOcr?: boolean;
  dpi?: number;
  /** Documents at once; defaults to config.concurrency. */
  concurrency?: number;
  onEvent?: (event: IngestEvent) => void;
  /** Each stage of each document logs through a child of this (sha256, page, stage, attempt); silent by default. */
  logger?: Logger;
}

/**
 * The embedded runner: every stage in this process, documents `concurrency` at a time, OCR in the pool's
 * worker threads (and the pdf.js text layer in its own), results in the store. A failing file is marked
 * failed with its reason and the batch goes on. Summaries come back in input order.
 */
export async function ingestEmbedded(ctx: PipelineContext, paths: readonly string[], options: EmbeddedIngestOptions): Promise<FileSummary[]> {
  const emit = options.onEvent ?? (() => undefined);
  const concurrency = options.concurrency ?? ctx.config.concurrency;
  return runPool(paths, concurrency, async (file) => {
    const summary = await ingestOne(ctx, file, options, emit);
    emit({ type: 'file-done', summary });
    return summary;
  });
}

async function ingestOne(ctx: PipelineContext, file: string, options: EmbeddedIngestOptions, emit: (e: IngestEvent) => void): Promise<FileSummary> {
  const pipelineVersion = options.pipelineVersion ?? PIPELINE_VERSION;
  const logger = options.logger ?? silentLogger;
  // No routing pass: the page stage below decides text layer or OCR page by page.
  const intake = await intakeFile(ctx, { path: file, batchId: options.batchId, pipelineVersion, forceOcr: options.forceOcr ?? false, routePages: false });
  const intakeLog = jobLogger(logger, {
    stage: 'intake',
    attempt: 1,
    ...(intake.sha256 ? { sha256: intake.sha256 } : {}),
    ...(intake.documentId ? { documentId: intake.documentId } : {}),
  });
  if (intake.status === 'failed') {
    intakeLog.error({ path: file, reason: intake.reason }, 'document failed at intake');
    return failedSummary(intake, intake.reason);
  }
  intakeLog.debug({ path: file, status: intake.status }, 'intake done');
  if (intake.status === 'duplicate') {
    const doc = await ctx.store.documents.get(intake.documentId);
    if (!doc) return failedSummary(intake, 'INTERNAL: duplicate without a stored document');
    return summariseStoredDocument(ctx, doc, { path: file, status: 'duplicate' });
  }
  const { document, documentId, sha256, pageCount } = intake;
  emit({ type: 'file-started', path: file, pageCount });
  try {
    // Pages one after another within a document (the open document is not shared across pages at once);
    // documents run side by side and share the OCR pool.
    for (const { page } of intake.plan) {
      const log = jobLogger(logger, { stage: 'page', sha256, documentId, page, attempt: 1 });
      const t0 = performance.now();
      try {
        const result = await extractAndSavePage(
          ctx,
          {
            sha256,
            documentId,
            page,
            pipelineVersion,
            options: { ...(options.dpi ? { dpi: options.dpi } : {}), ...(options.forceOcr ? { forceOcr: true } : {}) },
          },
          document,
        );
        log.debug({ method: result.method, confidence: result.confidence, ms: Math.round(performance.now() - t0) }, 'page stored');
        emit({ type: 'page-done', path: file, page, method: result.method });
      } catch (err) {
        // No retries here: the failure is final, so it is recorded with the document at once.
        const reason = failureReason(err);
        log.warn({ err: reason, ms: Math.round(performance.now() - t0) }, 'page failed; left out of the report');
        await recordUnreadablePage(ctx, documentId, page, err).catch((recordErr: unknown) =>
          log.error({ err: failureReason(recordErr) }, 'could not record the unreadable page'),
        );
        emit({ type: 'page-failed', path: file, page, reason });
      }
    }
  } finally {
    await document.close();
  }
  const log = jobLogger(logger, { stage: 'analyse', sha256, documentId, attempt: 1 });
  const t0 = performance.now();
  let outcome: AnalyseOutcome;
  try {
    outcome = await analyseAndStore(ctx, { sha256, documentId, pageCount, pipelineVersion });
    if (outcome.status === 'failed') await ctx.store.documents.markFailed(documentId, outcome.reason);
  } catch (err) {
    outcome = { status: 'failed', reason: failureReason(err) };
    await ctx.store.documents.markFailed(documentId, outcome.reason).catch(() => undefined);
  }
  if (outcome.status === 'failed') {
    log.error({ reason: outcome.reason }, 'document failed');
    // The store may be what failed: the summary then goes without its unreadable pages rather than stopping the batch.
    const failedPages = await ctx.store.pages.failures(documentId).catch(() => []);
    return { ...failedSummary(intake, outcome.reason), pageCount, failedPages };
  }
  log.info({ docType: outcome.report.docType, flags: outcome.report.flags.length, ms: Math.round(performance.now() - t0) }, 'document stored');
  const base = { path: file, fileName: intake.fileName, status: intake.acceptedAs, documentId, sha256 } as const;
  // Unreadable pages are read back from the store, as queue mode and `lao status` do.
  return summaryFromReport(ctx, base, outcome.report);
}
