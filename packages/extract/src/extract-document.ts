import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { LaoError, PageTextSchema, type PageText } from '@lao/schemas';
import { decideTextLayer } from './decide/text-layer.decision.js';
import { decodeImageFile, rotateRuling, type PageImage } from './image/index.js';
import type { OcrPage } from './ocr/index.js';
import { openPdfTextLayer, type PdfTextLayer } from './pdf/pdf-text-layer.client.js';
import { PdfRenderSource } from './pdf/pdfjs-render.source.js';
import { pageImage } from './render/index.js';
import { sniffInputKind, type InputKind } from './sniff/file-type.sniffer.js';
import { buildOcrPage } from './text-layer/ocr-page.builder.js';
import { buildTextLayerPage } from './text-layer/text-layer-page.builder.js';

/**
 * What the orchestrator needs of an OCR engine (the OCR pool in ./ocr satisfies it). The page it returns
 * carries the image's own notes (dpi, downscale, orientation tag) followed by its own.
 */
export interface OcrEngine {
  recognize(image: PageImage): Promise<OcrPage>;
}

export const ExtractOptionsSchema = z.object({
  /** Render resolution for OCR of PDF pages. */
  dpi: z.number().positive().max(1200).optional(),
  /** OCR every page even when its text layer is usable. */
  forceOcr: z.boolean().default(false),
  /** Read the text layer on the calling thread instead of a worker thread. */
  inProcess: z.boolean().default(false),
});
export type ExtractOptions = z.input<typeof ExtractOptionsSchema> & { ocr?: OcrEngine };

export type ExtractInput = { path: string } | { bytes: Uint8Array; fileName: string };

export interface PageFailure {
  page: number;
  error: LaoError;
}

export interface ExtractedDocument {
  fileName: string;
  sha256: string;
  kind: InputKind;
  pageCount: number;
  /** Pages that were extracted, in page order (failed pages are missing here and listed in `failures`). */
  pages: PageText[];
  failures: PageFailure[];
}

/** An opened input, ready for per-page extraction (what a page job would hold). */
export type OpenedDocument =
  | { kind: 'pdf'; pageCount: number; textLayer: PdfTextLayer; render: PdfRenderSource; close(): Promise<void> }
  | { kind: 'image'; pageCount: number; images: PageImage[]; close(): Promise<void> };

/**
 * Reads one input and extracts every page. Throws LaoError for whole-file problems (FILE_NOT_FOUND, EMPTY_FILE,
 * UNSUPPORTED_TYPE, ENCRYPTED_PDF, CORRUPT_PDF when not even the page count can be read); a page that fails
 * (truncated file, OCR error) is reported in `failures` and the other pages go on.
 */
export async function extractDocument(input: ExtractInput, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const { bytes, fileName } = await readInput(input);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const kind = sniffInputKind(bytes);
  const doc = await openDocument(bytes, kind, options);
  try {
    const pages: PageText[] = [];
    const failures: PageFailure[] = [];
    for (let n = 1; n <= doc.pageCount; n++) {
      try {
        pages.push(await extractPage(doc, n, options));
      } catch (err) {
        failures.push({ page: n, error: LaoError.from(err, 'CORRUPT_PDF') });
      }
    }
    return { fileName, sha256, kind, pageCount: doc.pageCount, pages, failures };
  } finally {
    await doc.close();
  }
}

export async function openDocument(bytes: Uint8Array, kind: InputKind = sniffInputKind(bytes), options: Pick<ExtractOptions, 'inProcess'> = {}): Promise<OpenedDocument> {
  if (kind === 'pdf') {
    const textLayer = await openPdfTextLayer(bytes, { inProcess: options.inProcess ?? false });
    const render = new PdfRenderSource(bytes);
    return {
      kind,
      pageCount: textLayer.pageCount,
      textLayer,
      render,
      close: async () => {
        await Promise.all([textLayer.close(), render.close()]);
      },
    };
  }
  const images = await decodeImageFile(bytes);
  return { kind: 'image', pageCount: images.length, images, close: async () => undefined };
}

/**
 * One page: text layer → decision → OCR when the text layer is unusable (or forced) and an engine is given.
 * Throws LaoError for this page only.
 */
export async function extractPage(doc: OpenedDocument, pageNo: number, options: ExtractOptions = {}): Promise<PageText> {
  const opts = ExtractOptionsSchema.parse(options);
  const ocr = options.ocr;
  if (doc.kind === 'image') {
    const image = doc.images[pageNo - 1];
    if (!image) throw new LaoError('INVALID_INPUT', `no page ${pageNo}`);
    if (!ocr) throw new LaoError('OCR_FAILED', 'image input needs an OCR engine');
    const result = await recognize(ocr, image, pageNo);
    const size = uprightSize({ width: (image.width * 72) / image.dpi, height: (image.height * 72) / image.dpi }, result.rotated);
    return PageTextSchema.parse(withNotes(buildOcrPage(pageNo, result, size), ['decision:ocr(image)']));
  }
  const raw = await doc.textLayer.readPage(pageNo);
  const textPage = buildTextLayerPage(raw);
  const verdict = decideTextLayer(textPage, { imageCoverage: raw.imageCoverage });
  const why = verdict.reasons.join(',');
  if (verdict.usable && !opts.forceOcr) return PageTextSchema.parse(withNotes(textPage, ['decision:text']));
  if (!ocr) return PageTextSchema.parse(withNotes(textPage, [`decision:ocr-needed(${why})`, 'ocr:no-engine']));
  const page = await doc.render.page(pageNo);
  let image: PageImage;
  let source: string;
  try {
    ({ image, source } = await pageImage(page, opts.dpi ? { dpi: opts.dpi } : {}));
  } catch (err) {
    throw LaoError.from(err, 'PAGE_RENDER_FAILED');
  } finally {
    page.cleanup();
  }
  const result = await recognize(ocr, image, pageNo);
  // The text layer's size and rules are in the page's displayed frame; a page the OCR side turned upright
  // (sideways or upside-down scan) gets both turned the same way, so its boxes, size and rules agree.
  const turn = result.rotated ?? 0;
  const rules = raw.rulings.map((r) => rotateRuling(r, raw.width, raw.height, turn));
  const ocrPage = buildOcrPage(pageNo, result, uprightSize({ width: raw.width, height: raw.height }, turn), rules);
  const decision = opts.forceOcr && verdict.usable ? 'decision:ocr(forced)' : `decision:ocr(${why})`;
  return PageTextSchema.parse(withNotes(ocrPage, [decision, `image:${source}`]));
}

async function recognize(ocr: OcrEngine, image: PageImage, pageNo: number): Promise<OcrPage> {
  try {
    return await ocr.recognize(image);
  } catch (err) {
    const e = LaoError.from(err, 'OCR_FAILED');
    throw new LaoError(e.code, `page ${pageNo}: ${e.message}`, { cause: err });
  }
}

function uprightSize(size: { width: number; height: number }, rotated: number | undefined): { width: number; height: number } {
  return rotated === 90 || rotated === 270 ? { width: size.height, height: size.width } : size;
}

function withNotes(page: PageText, notes: string[]): PageText {
  return { ...page, notes: [...notes, ...page.notes] };
}

async function readInput(input: ExtractInput): Promise<{ bytes: Uint8Array; fileName: string }> {
  if ('bytes' in input) return { bytes: input.bytes, fileName: input.fileName };
  try {
    return { bytes: new Uint8Array(await readFile(input.path)), fileName: path.basename(input.path) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new LaoError('FILE_NOT_FOUND', `no such file: ${input.path}`, { cause: err });
    if (code === 'EISDIR') throw new LaoError('UNSUPPORTED_TYPE', `a directory, not a file: ${input.path}`, { cause: err });
    throw LaoError.from(err, 'FILE_NOT_FOUND');
  }
}
