import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { LaoError } from '@lao/schemas';
import { pdfjsDocumentParams } from './pdfjs-options.js';

/**
 * A pdf.js document on the calling thread, opened only when a page has to be rendered for OCR (rendering needs
 * the PDFPageProxy the render module takes; the text layer is read in the worker).
 */
export class PdfRenderSource {
  private doc: Promise<PDFDocumentProxy> | null = null;

  constructor(private readonly bytes: Uint8Array) {}

  async page(pageNo: number): Promise<PDFPageProxy> {
    this.doc ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => pdfjs.getDocument(pdfjsDocumentParams(this.bytes.slice())).promise);
    try {
      return await (await this.doc).getPage(pageNo);
    } catch (err) {
      throw LaoError.from(err, 'PAGE_RENDER_FAILED');
    }
  }

  async close(): Promise<void> {
    if (this.doc) await (await this.doc.catch(() => null))?.destroy();
  }
}
