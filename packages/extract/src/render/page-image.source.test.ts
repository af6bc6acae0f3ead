import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { extractFullPageImage, pageImage, renderPage } from './index.js';

const open = (name: string) =>
  getDocument({ data: new Uint8Array(readFileSync(new URL(`../../test-fixtures/${name}`, import.meta.url))), verbosity: 0 }).promise;

describe('page images from PDFs', () => {
  let scan: PDFDocumentProxy;
  let printed: PDFDocumentProxy;
  beforeAll(async () => {
    scan = await open('ocr-scan-200.pdf');
    printed = await open('ocr-print.pdf');
  });
  afterAll(async () => {
    await scan.destroy();
    await printed.destroy();
  });

  it('takes a scanned page’s embedded JPEG at its own 200 dpi instead of rendering', async () => {
    const { image, source } = await pageImage(await scan.getPage(1));
    expect(source).toBe('embedded');
    expect([image.width, image.height]).toEqual([1653, 2339]);
    expect(Math.round(image.dpi)).toBe(200);
    expect(image.notes).toEqual(['image:embedded@200dpi']);
  });

  it('renders a page with a text layer at 300 dpi by default', async () => {
    const page = await printed.getPage(1);
    expect(await extractFullPageImage(page)).toBeNull();
    const { image, source } = await pageImage(page);
    expect(source).toBe('rendered');
    // A4 = 595 × 842 pt → 2479 × 3508 px at 300 dpi.
    expect(Math.abs(image.width - 2479)).toBeLessThanOrEqual(1);
    expect(Math.abs(image.height - 3508)).toBeLessThanOrEqual(1);
    const ink = image.data.reduce((n, v) => n + (v < 128 ? 1 : 0), 0) / image.data.length;
    expect(ink).toBeGreaterThan(0.01);
  });

  it.each([
    ['a rendered page', 'printed', 1_000_000],
    ['an embedded scan', 'scan', 1_000_000],
  ])('downscales %s to the pixel budget and notes it', async (_what, which, maxPixels) => {
    const doc = which === 'scan' ? scan : printed;
    const { image } = await pageImage(await doc.getPage(1), { maxPixels });
    expect(image.width * image.height).toBeLessThanOrEqual(maxPixels);
    expect(image.notes.some((n) => n.startsWith('downscaled:'))).toBe(true);
    expect(image.data).toHaveLength(image.width * image.height);
  });

  it('renders at a configured dpi', async () => {
    const image = await renderPage(await printed.getPage(1), { dpi: 100 });
    expect(Math.round(image.width)).toBe(826);
    expect(image.notes).toEqual(['image:rendered@100dpi']);
  });
});
