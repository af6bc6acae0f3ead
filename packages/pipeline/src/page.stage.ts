import { extractPage, openDocument, type OpenedDocument } from '@lao/extract';
import { LaoError, parseJobPayload, type PageJobOptions, type PageText } from '@lao/schemas';
import type { PipelineContext } from './pipeline.context.js';

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
  let doc = opened;
  if (!doc) {
    const bytes = await ctx.blobs.get(payload.sha256);
    if (!bytes) throw new LaoError('FILE_NOT_FOUND', `original ${payload.sha256} is not in the blob store`);
    doc = await openDocument(new Uint8Array(bytes));
  }
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
