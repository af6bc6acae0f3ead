import { LaoError, parseJobPayload, type Report } from '@lao/schemas';
import { analyseDocument } from './analyse-document.js';
import type { PipelineContext } from './pipeline.context.js';

export interface AnalyseRequest {
  sha256: string;
  documentId: string;
  pageCount: number;
  pipelineVersion: string;
}

export type AnalyseOutcome = { status: 'done'; report: Report } | { status: 'failed'; reason: string };

/**
 * analyse + store: read the stored pages, parse and check them (the same pure analyseDocument as `lao extract`),
 * then save the report, flags and review items in one transaction (which marks the document done).
 * No pages at all is an outcome (every page failed), not an exception; the caller marks the document failed.
 */
export async function analyseAndStore(ctx: PipelineContext, request: AnalyseRequest): Promise<AnalyseOutcome> {
  const payload = parseJobPayload('analyse', request);
  const documentId = request.documentId;
  const doc = await ctx.store.documents.get(documentId);
  if (!doc) throw new LaoError('INVALID_INPUT', `no document ${documentId}`);
  const pages = await ctx.store.pages.list(documentId);
  if (pages.length === 0) return { status: 'failed', reason: `CORRUPT_PDF: none of the ${payload.pageCount} pages could be read` };
  const { report } = analyseDocument(
    { fileName: doc.fileName, sha256: payload.sha256, pageCount: payload.pageCount, pages },
    { gazetteer: ctx.gazetteer, config: ctx.config },
  );
  await ctx.store.saveReport(documentId, report);
  return { status: 'done', report };
}
