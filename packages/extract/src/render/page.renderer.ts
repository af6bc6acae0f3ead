import { createCanvas } from '@napi-rs/canvas';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { LaoError } from '@lao/schemas';
import { pixelBudgetScale, rgbaToGray, type PageImage } from '../image/index.js';
import { RenderOptionsSchema, type RenderOptions } from './render-options.js';

/**
 * Renders a PDF page to gray pixels at the requested dpi. A page whose pixel count at that dpi would
 * exceed the budget (posters, A0 plans, broken MediaBoxes) is rendered at a lower dpi instead, and
 * the image says so in its notes, so callers can tell OCR quality may suffer.
 */
export async function renderPage(page: PDFPageProxy, options: Partial<RenderOptions> = {}): Promise<PageImage> {
  const { dpi, maxPixels } = RenderOptionsSchema.parse(options);
  const atOne = page.getViewport({ scale: 1 });
  const wanted = dpi / 72;
  const scale = wanted * pixelBudgetScale(atOne.width * wanted, atOne.height * wanted, maxPixels);
  const viewport = page.getViewport({ scale });
  const width = Math.max(1, Math.floor(viewport.width));
  const height = Math.max(1, Math.floor(viewport.height));
  const notes = [`image:rendered@${Math.round(scale * 72)}dpi`];
  if (scale < wanted) notes.push(`downscaled:${dpi}dpi->${Math.round(scale * 72)}dpi(max ${maxPixels}px)`);
  try {
    const canvas = createCanvas(width, height);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    // pdf.js types its parameters against the DOM canvas; @napi-rs/canvas implements the same API.
    const params = { canvas: null, canvasContext: ctx, viewport } as unknown as Parameters<PDFPageProxy['render']>[0];
    await page.render(params).promise;
    const rgba = ctx.getImageData(0, 0, width, height).data;
    return { width, height, dpi: scale * 72, data: rgbaToGray(rgba, width, height), notes };
  } catch (err) {
    throw new LaoError('PAGE_RENDER_FAILED', `page ${page.pageNumber}: ${(err as Error).message ?? String(err)}`, { cause: err });
  }
}
