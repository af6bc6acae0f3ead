import type { Report } from '@lao/schemas';
import type { DocumentRecord } from '@lao/store';
import type { PipelineContext } from './pipeline.context.js';

/** One file's line in the ingest summary and `lao status`. */
export interface FileSummary {
  path: string;
  fileName: string;
  /** new / reprocess / retry: processed in this run; duplicate: already stored; failed: see reason. */
  status: 'new' | 'reprocess' | 'retry' | 'duplicate' | 'failed';
  documentId: string | null;
  sha256: string | null;
  docType: Report['docType'] | null;
  org: string | null;
  pageCount: number | null;
  textPages: number;
  ocrPages: number;
  /** Pages that could not be read (absent from the report, as with `lao extract`). */
  failedPages: Array<{ page: number; reason: string }>;
  flags: number;
  reason: string | null;
}

/**
 * The summary of a document whose analysis ended with this report (or none). Unreadable pages come from the store,
 * where the page stage recorded them, so every runner and `lao status` list the same ones.
 */
export async function summaryFromReport(
  ctx: PipelineContext,
  base: Pick<FileSummary, 'path' | 'fileName' | 'status' | 'documentId' | 'sha256'>,
  report: Report | null,
): Promise<FileSummary> {
  const ocrPages = report?.pages.filter((p) => p.method === 'ocr').length ?? 0;
  const failedPages = base.documentId === null ? [] : await ctx.store.pages.failures(base.documentId);
  return {
    ...base,
    docType: report?.docType ?? null,
    org: report?.org.name ?? null,
    pageCount: report?.source.pageCount ?? null,
    textPages: (report?.pages.length ?? 0) - ocrPages,
    ocrPages,
    failedPages,
    flags: report?.flags.length ?? 0,
    reason: null,
  };
}

/** The summary of a stored document as it is now (for duplicates and `lao status`). */
export async function summariseStoredDocument(
  ctx: PipelineContext,
  doc: DocumentRecord,
  base: Pick<FileSummary, 'path' | 'status'>,
): Promise<FileSummary> {
  const report = doc.status === 'done' ? await ctx.store.getReport(doc.id) : null;
  const summary = await summaryFromReport(ctx, { ...base, fileName: doc.fileName, documentId: doc.id, sha256: doc.sha256 }, report);
  return doc.status === 'failed' ? { ...summary, status: base.status === 'duplicate' ? 'duplicate' : 'failed', reason: doc.error } : summary;
}

/** A file that produced no report: its reason, and whatever of its identity is known. */
export function failedSummary(
  x: { path: string; fileName: string; sha256: string | null; documentId: string | null },
  reason: string,
): FileSummary {
  return {
    path: x.path,
    fileName: x.fileName,
    status: 'failed',
    documentId: x.documentId,
    sha256: x.sha256,
    docType: null,
    org: null,
    pageCount: null,
    textPages: 0,
    ocrPages: 0,
    failedPages: [],
    flags: 0,
    reason,
  };
}
