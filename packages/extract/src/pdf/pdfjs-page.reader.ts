import { LaoError } from '@lao/schemas';
import type { Box } from '@lao/schemas';
import { ActualTextReader } from './actual-text.reader.js';
import { applyActualText } from './actual-text.recovery.js';
import { apply, multiply, toMatrix, type Matrix } from './matrix.js';
import { pdfjsDocumentParams } from './pdfjs-options.js';
import type { RawPage, RawTextItem } from './raw-page.types.js';
import { collectRulings } from './rulings.collector.js';
import { repairTruncatedPdf, type RepairedPdf } from './truncated-pdf.repair.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocumentProxy = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

let pdfjsModule: Promise<PdfJs> | null = null;
function loadPdfJs(): Promise<PdfJs> {
  // The worker bootstrap preloads pdf.js natively and leaves it here; elsewhere import it normally.
  const preloaded = (globalThis as { laoPdfjs?: PdfJs }).laoPdfjs;
  pdfjsModule ??= preloaded ? Promise.resolve(preloaded) : import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsModule;
}

/**
 * Reads one PDF with pdf.js: page count, and per page the positioned text items (with ActualText applied where
 * the content stream carries it) and the drawn rules. Runs wherever it is created; the worker host runs it off the
 * main thread.
 */
export class PdfJsPageReader {
  private actualTextReader: Promise<ActualTextReader | null> | null = null;

  private constructor(
    private readonly doc: PdfDocumentProxy,
    private readonly bytes: Uint8Array,
    private readonly repaired: RepairedPdf | null,
  ) {}

  static async open(bytes: Uint8Array): Promise<PdfJsPageReader> {
    try {
      return new PdfJsPageReader(await openWithPdfJs(bytes), bytes, null);
    } catch (err) {
      const e = toLaoError(err);
      if (e.code !== 'CORRUPT_PDF') throw e;
      // A cut-off file: read what survived; pages whose content was lost fail one by one in readPage.
      const repaired = repairTruncatedPdf(bytes);
      if (!repaired) throw e;
      try {
        return new PdfJsPageReader(await openWithPdfJs(repaired.bytes), repaired.bytes, repaired);
      } catch {
        throw e;
      }
    }
  }

  get pageCount(): number {
    return this.doc.numPages;
  }

  async readPage(pageNo: number): Promise<RawPage> {
    const page = await this.doc.getPage(pageNo).catch((err: unknown) => {
      throw LaoError.from(err, 'CORRUPT_PDF');
    });
    try {
      const contents = this.repaired?.pageContents(page.ref?.num ?? -1);
      if (this.repaired && (!contents || contents.some((c) => !c.present)))
        throw new LaoError('CORRUPT_PDF', `page ${pageNo}: its content is missing (the file is truncated or damaged)`);
      const viewport = page.getViewport({ scale: 1 });
      const toPage = toMatrix(viewport.transform) ?? ([1, 0, 0, -1, 0, viewport.height] as const);
      const textContent = await page.getTextContent({ includeMarkedContent: true, disableNormalization: true });
      const markedTags: string[] = [];
      const open: number[] = [];
      const items: Array<RawTextItem & { marked: number[]; markedBefore: number }> = [];
      for (const it of textContent.items) {
        if ('type' in it) {
          if (it.type === 'beginMarkedContent' || it.type === 'beginMarkedContentProps') {
            open.push(markedTags.length);
            markedTags.push((it as { tag?: string | null }).tag ?? '');
          } else if (it.type === 'endMarkedContent') open.pop();
          continue;
        }
        const tm = toMatrix(it.transform);
        if (!tm) continue;
        items.push({
          ...placeItem(tm, it.width, toPage),
          str: it.str,
          markedIndex: open.at(-1) ?? null,
          marked: [...open],
          markedBefore: markedTags.length,
        });
      }
      // A page without text (a scan) needs neither rules nor ActualText.
      const hasText = items.some((it) => it.str.trim() !== '');
      const content = hasText ? await this.contentOf(pageNo, toPage) : null;
      const notes: string[] = [];
      let rulings = content?.rulings ?? [];
      if (hasText && !content) {
        // No content-stream reader for this file (pdf-lib could not parse it): pdf.js's operator list instead.
        const ops = await page.getOperatorList();
        rulings = collectRulings(ops.fnArray, ops.argsArray, toPage);
        if (markedTags.length > 0) notes.push('actualtext:unreadable');
      }
      let actualText: Array<string | null> | null = null;
      let finalItems: typeof items = items;
      const spans = content?.spans;
      if (spans && markedTags.length > 0) {
        if (spans.length !== markedTags.length || spans.some((sp, k) => sp.tag !== markedTags[k]))
          notes.push(`actualtext:unaligned(${spans.length}/${markedTags.length})`);
        else {
          actualText = spans.map((sp) => sp.actualText);
          const res = applyActualText(items, actualText);
          finalItems = res.items;
          if (res.replaced > 0) notes.push(`actualtext:applied(${res.replaced})`);
          if (res.orphans > 0) notes.push(`actualtext:orphans(${res.orphans})`);
        }
      }
      return {
        page: pageNo,
        width: viewport.width,
        height: viewport.height,
        items: finalItems.filter((it) => it.str !== '').map(({ marked: _m, markedBefore: _b, ...rest }) => rest),
        markedTags,
        rulings,
        actualText,
        imageCoverage: content ? content.imageArea / (viewport.width * viewport.height) : null,
        notes: this.repaired ? ['pdf:repaired-truncated', ...notes] : notes,
      };
    } finally {
      page.cleanup();
    }
  }

  private async contentOf(pageNo: number, toPage: Matrix) {
    this.actualTextReader ??= ActualTextReader.open(this.bytes);
    const reader = await this.actualTextReader;
    if (!reader || pageNo > reader.pageCount) return null;
    try {
      return reader.pageContent(pageNo, toPage);
    } catch {
      return null;
    }
  }

  async close(): Promise<void> {
    await this.doc.destroy();
  }
}

/**
 * The item's box from its text matrix: advance along the baseline direction, ascent 0.8 and descent 0.2 of the
 * font size across it (Thai marks stack above and below, so this is a band, not glyph bounds).
 */
function placeItem(tm: Matrix, width: number, toPage: Matrix): Omit<RawTextItem, 'str' | 'markedIndex'> {
  const m = multiply(toPage, tm);
  const size = Math.hypot(tm[2], tm[3]) || Math.hypot(tm[0], tm[1]) || 1;
  // width is in user space; express it in text-space units along the baseline.
  const advance = width / (Math.hypot(tm[0], tm[1]) || 1);
  const corners = [
    apply(m, 0, -0.2),
    apply(m, advance, -0.2),
    apply(m, 0, 0.8),
    apply(m, advance, 0.8),
  ];
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const box: Box = { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
  const origin = apply(m, 0, 0);
  return { box, baseline: origin[1], fontSize: size };
}

async function openWithPdfJs(bytes: Uint8Array): Promise<PdfDocumentProxy> {
  const pdfjs = await loadPdfJs();
  // pdf.js transfers (detaches) the buffer it is given; keep our own copy for the ActualText reader.
  const task = pdfjs.getDocument(pdfjsDocumentParams(bytes.slice()));
  try {
    return await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw err;
  }
}

function toLaoError(err: unknown): LaoError {
  const name = (err as { name?: string } | null)?.name;
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException') return new LaoError('ENCRYPTED_PDF', `encrypted PDF (password required): ${message}`, { cause: err });
  if (name === 'InvalidPDFException') return new LaoError('CORRUPT_PDF', `not a readable PDF: ${message}`, { cause: err });
  return LaoError.from(err, 'CORRUPT_PDF');
}
