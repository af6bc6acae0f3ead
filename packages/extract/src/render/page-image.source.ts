import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageImage } from '../image/index.js';
import { extractFullPageImage } from './embedded-image.extractor.js';
import { renderPage } from './page.renderer.js';
import type { RenderOptions } from './render-options.js';

export type PageImageSource = 'embedded' | 'rendered';

/** Pixels to OCR for a page: its embedded full-page scan when it is one, else a rendering. */
export async function pageImage(
  page: PDFPageProxy,
  options: Partial<RenderOptions> = {},
): Promise<{ image: PageImage; source: PageImageSource }> {
  const embedded = await extractFullPageImage(page, options);
  if (embedded) return { image: embedded, source: 'embedded' };
  return { image: await renderPage(page, options), source: 'rendered' };
}
