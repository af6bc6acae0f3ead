import { extractPage, openDocument, type OpenedDocument } from '@lao/extract';
import { LaoError, parseJobPayload, type PageJobOptions, type PageText } from '@lao/schemas';
import type { PipelineContext } from './pipeline.context.js';
import { failureReason } from './stage-errors.js';

export interface PageRequest {
  sha256: string;
  documentId: string;
  page: number;
  pipelineVersion: string;
  options?: PageJobOptions;
}

export interface PageResult {
  page: number;
  method: PageText['method'];
  confidence: number | null;
}

/**
 * page: extract one page (text layer, or OCR in the pool's worker threads) and store its PageText, so
 * re-parsing never re-OCRs. Saving replaces the page's row, so a job delivered twice stores once.
 * Opens the original from the blob store unless the runner already holds it open.
 */
export async function extractAndSavePage(ctx: PipelineContext, request: PageRequest, opened?: OpenedDocument): Promise<PageResult> {
  const payload = parseJobPayload('page', request);
  const documentId = request.documentId;
  const doc = opened ?? (await openOriginal(ctx, payload.sha256));
  try {
    const text = await extractPage(doc, payload.page, {
      ocr: ctx.ocr,
      forceOcr: payload.options?.forceOcr ?? false,
      dpi: payload.options?.dpi ?? ctx.config.ocrDpi,
    });
    await ctx.store.pages.save(documentId, text);
    return { page: text.page, method: text.method, confidence: text.confidence };
  } finally {
    if (!opened) await doc.close();
  }
}

/**
 * Records that a page could not be read, once its failure is final (the embedded runner: at once; the queue: a
 * permanent error or the last attempt), so summaries and `lao status` can list it after the report leaves it out.
 * Returns the reason stored.
 */
export async function recordUnreadablePage(ctx: PipelineContext, documentId: string, page: number, err: unknown): Promise<string> {
  const reason = failureReason(err);
  await ctx.store.pages.saveFailure(documentId, { page, reason });
  return reason;
}

/** Opens a kept original from the blob store (the caller closes it). */
export async function openOriginal(ctx: PipelineContext, sha256: string): Promise<OpenedDocument> {
  const bytes = await ctx.blobs.get(sha256);
  if (!bytes) throw new LaoError('FILE_NOT_FOUND', `original ${sha256} is not in the blob store`);
  return openDocument(new Uint8Array(bytes));
}
