import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildTextLayerPage, decideTextLayer, openDocument, sniffInputKind, type OpenedDocument } from '@lao/extract';
import { LaoError, parseJobPayload } from '@lao/schemas';
import type { PipelineContext } from './pipeline.context.js';
import { failureReason } from './stage-errors.js';

export interface IntakeRequest {
  path: string;
  batchId: string;
  pipelineVersion: string;
  /** Route every page to OCR (`--force-ocr`). */
  forceOcr?: boolean;
  /**
   * Read each page's text layer now to decide which pages go to the OCR queue (default). The embedded runner turns it
   * off: its page stage decides per page anyway, and a second full text-layer pass cost it about a third of its time.
   */
  routePages?: boolean;
}

export interface PagePlan {
  page: number;
  /** The text layer is unusable (or OCR is forced): the page goes to the OCR queue. Unknown (false) without routePages. */
  ocr: boolean;
}

/** How the file arrived: new, a re-run for a new pipeline version, or a retry of an earlier failed run. */
export type AcceptedAs = 'new' | 'reprocess' | 'retry';

export type IntakeOutcome =
  | {
      status: 'accepted';
      acceptedAs: AcceptedAs;
      path: string;
      fileName: string;
      sha256: string;
      documentId: string;
      pageCount: number;
      plan: PagePlan[];
      /** Open for the caller's page work; the caller closes it. */
      document: OpenedDocument;
    }
  | { status: 'duplicate'; path: string; fileName: string; sha256: string; documentId: string }
  | { status: 'failed'; path: string; fileName: string; sha256: string | null; documentId: string | null; reason: string };

/**
 * intake: keep the original (blob store, by hash), register the document (duplicate / reprocess), open it,
 * count its pages and decide which need OCR. A file that cannot be read or opened is marked failed, its original kept.
 */
export async function intakeFile(ctx: PipelineContext, request: IntakeRequest): Promise<IntakeOutcome> {
  const fileName = path.basename(request.path);
  const payload = parseJobPayload('intake', { path: request.path, fileName, batchId: request.batchId, pipelineVersion: request.pipelineVersion });
  let bytes: Uint8Array;
  try {
    bytes = await readOriginal(payload.path);
  } catch (err) {
    return { status: 'failed', path: payload.path, fileName, sha256: null, documentId: null, reason: failureReason(err) };
  }
  const sha256 = await ctx.blobs.put(bytes);
  const reg = await ctx.store.documents.register({
    sha256,
    fileName,
    pipelineVersion: payload.pipelineVersion,
    sizeBytes: bytes.byteLength,
    batchId: payload.batchId,
  });
  let acceptedAs: AcceptedAs;
  if (reg.status === 'duplicate') {
    // An earlier run of this version that failed is retried; one done or still running is a duplicate.
    if (reg.document.status !== 'failed') return { status: 'duplicate', path: payload.path, fileName, sha256, documentId: reg.documentId };
    acceptedAs = 'retry';
  } else {
    acceptedAs = reg.status;
  }
  const documentId = reg.documentId;
  let document: OpenedDocument | null = null;
  try {
    if (bytes.byteLength === 0) throw new LaoError('EMPTY_FILE', `empty file: ${fileName}`);
    document = await openDocument(bytes, sniffInputKind(bytes));
    if (document.pageCount < 1) throw new LaoError('CORRUPT_PDF', `no pages in ${fileName}`);
    const plan =
      request.routePages === false
        ? Array.from({ length: document.pageCount }, (_, i) => ({ page: i + 1, ocr: request.forceOcr ?? false }))
        : await planPages(document, request.forceOcr ?? false);
    // Pages of an earlier version may come from other extractor code; re-read them all.
    if (acceptedAs !== 'new') await ctx.store.pages.deleteAll(documentId);
    await ctx.store.documents.markProcessing(documentId);
    return { status: 'accepted', acceptedAs, path: payload.path, fileName, sha256, documentId, pageCount: document.pageCount, plan, document };
  } catch (err) {
    await document?.close();
    const reason = failureReason(err);
    await ctx.store.documents.markFailed(documentId, reason);
    return { status: 'failed', path: payload.path, fileName, sha256, documentId, reason };
  }
}

async function readOriginal(file: string): Promise<Uint8Array> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new LaoError('UNSUPPORTED_TYPE', `a directory, not a file: ${file}`);
    return new Uint8Array(await readFile(file));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new LaoError('FILE_NOT_FOUND', `no such file: ${file}`, { cause: err });
    throw LaoError.from(err, 'FILE_NOT_FOUND');
  }
}

async function planPages(doc: OpenedDocument, forceOcr: boolean): Promise<PagePlan[]> {
  const plan: PagePlan[] = [];
  for (let page = 1; page <= doc.pageCount; page++) {
    if (doc.kind === 'image' || forceOcr) {
      plan.push({ page, ocr: true });
      continue;
    }
    try {
      plan.push({ page, ocr: !decideTextLayer(buildTextLayerPage(await doc.textLayer.readPage(page))).usable });
    } catch {
      // An unreadable page still gets its own job, which records why it failed.
      plan.push({ page, ocr: false });
    }
  }
  return plan;
}
