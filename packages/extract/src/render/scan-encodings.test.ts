import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PdfRenderSource } from '../pdf/pdfjs-render.source.js';
import type { PageImage } from '../image/index.js';
import { pageImage } from './index.js';
import { readFileSync } from 'node:fs';

// The Thai title crop (ocr-title.png, 1653 × 225 px at 200 dpi) in each image encoding scanners write
// (test-fixtures/encodings-make-fixtures.mjs), opened the way extractDocument opens a PDF for OCR (pdfjsDocumentParams:
// wasm, cmaps and fonts from the pdfjs-dist package on disk). Each page image must show the same ink as the plain JPEG
// page: the same page size, dark text on white, the ink in the same places. OCR of each: scan-encodings.ocr.test.ts.
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test-fixtures/${name}`, import.meta.url)));
const sources: PdfRenderSource[] = [];
async function imageOf(name: string): Promise<{ image: PageImage; source: string }> {
  const src = new PdfRenderSource(fixture(name));
  sources.push(src);
  return pageImage(await src.page(1));
}

/** Ink (pixels darker than mid gray) per cell of a 24 × 4 grid over the page: where the text is. */
function inkGrid(img: PageImage, cols = 24, rows = 4): number[] {
  const ink = new Array<number>(cols * rows).fill(0);
  const count = new Array<number>(cols * rows).fill(0);
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++) {
      const cell = Math.min(rows - 1, Math.floor((y * rows) / img.height)) * cols + Math.min(cols - 1, Math.floor((x * cols) / img.width));
      count[cell]!++;
      if (img.data[y * img.width + x]! < 128) ink[cell]!++;
    }
  return ink.map((n, i) => n / count[i]!);
}

describe('scanned pages in every image encoding', () => {
  let plain: number[];
  beforeAll(async () => {
    const { image, source } = await imageOf('enc-dct.pdf');
    expect(source).toBe('embedded');
    plain = inkGrid(image);
  });
  afterAll(async () => {
    for (const s of sources) await s.close();
  });

  it.each([
    ['CCITT Group 4', 'enc-ccitt-g4.pdf', 'embedded'],
    ['JBIG2 (generic region, MMR)', 'enc-jbig2.pdf', 'embedded'],
    ['JPEG 2000 (openjpeg wasm)', 'enc-jpx.pdf', 'embedded'],
    ['Flate RGB', 'enc-flate-rgb.pdf', 'embedded'],
    ['Flate gray', 'enc-flate-gray.pdf', 'embedded'],
    ['Flate indexed, 4 bit', 'enc-flate-indexed.pdf', 'embedded'],
    ['Flate 1 bit', 'enc-flate-1bit.pdf', 'embedded'],
    ['an image mask', 'enc-imagemask.pdf', 'rendered'],
    ['inverted gray with /Decode [1 0]', 'enc-decode-inverted.pdf', 'embedded'],
    ['Adobe CMYK JPEG (inverted)', 'enc-cmyk-jpeg.pdf', 'embedded'],
    ['three JPEG strips', 'enc-strips.pdf', 'rendered'],
    ['a JPEG under /Rotate 90', 'enc-rotate90-dct.pdf', 'embedded'],
    ['an invisible English OCR layer', 'enc-ocr-layer-eng.pdf', 'rendered'],
  ])('%s: the same ink as the plain JPEG page', async (_kind, name, expectedSource) => {
    const { image, source } = await imageOf(name);
    expect(source).toBe(expectedSource);
    expect(image.data).toHaveLength(image.width * image.height);
    // Landscape, 1653 × 225 at 200 dpi (rendered pages come at 300 dpi).
    expect(image.width / image.height).toBeCloseTo(1653 / 225, 1);
    const grid = inkGrid(image);
    const total = grid.reduce((a, b) => a + b, 0) / grid.length;
    const plainTotal = plain.reduce((a, b) => a + b, 0) / plain.length;
    // Dark text on white: a blank, black or negative page fails here.
    expect(total).toBeGreaterThan(plainTotal * 0.5);
    expect(total).toBeLessThan(plainTotal * 2);
    // The ink sits where the plain page has it (a mirrored, turned or shifted image fails here).
    const diff = grid.reduce((s, v, i) => s + Math.abs(v - plain[i]!), 0) / grid.length;
    expect(diff).toBeLessThan(plainTotal * 0.5);
  }, 60_000);
});
