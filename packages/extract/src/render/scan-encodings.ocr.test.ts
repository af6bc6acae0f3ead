import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { PageText } from '@lao/schemas';
import { pageText, readOnePage } from '../test-support/ocr-fixture.js';
import { createOcrPool } from '../ocr/ocr-pool.scheduler.js';
import { ocrCharacterErrorRate } from '../ocr/text-metrics.js';

// Real tesseract.js through extractDocument on the Thai title crop in each scanner encoding
// (test-fixtures/encodings-make-fixtures.mjs), against the plain JPEG page img2pdf wrote. One pool for all.
// Measured 2026-11-23 (CER against the plain JPEG page's reading): CCITT G4, JBIG2, JPX, Flate RGB/gray/indexed,
// /Decode [1 0], /Rotate 90: 0; Flate 1 bit 0.8%; CMYK JPEG 1.6%; image mask 2.4%; three strips 4.0% (both rendered).
const pool = createOcrPool({ workers: 1 });
const readPage = (name: string): Promise<PageText> => readOnePage(pool, name);
const text = pageText;

describe('OCR of scanned pages in every image encoding (tesseract.js)', () => {
  let plain: string;
  beforeAll(async () => {
    plain = text(await readPage('enc-dct.pdf'));
    expect(plain).toContain('คุณธรรมและความโปร่งใส');
  }, 300_000);
  afterAll(() => pool.close());

  it.each([
    ['CCITT Group 4', 'enc-ccitt-g4.pdf', 0.02],
    ['JBIG2', 'enc-jbig2.pdf', 0.02],
    ['JPEG 2000', 'enc-jpx.pdf', 0.02],
    ['Flate RGB', 'enc-flate-rgb.pdf', 0.02],
    ['Flate gray', 'enc-flate-gray.pdf', 0.02],
    ['Flate indexed', 'enc-flate-indexed.pdf', 0.02],
    ['Flate 1 bit', 'enc-flate-1bit.pdf', 0.03],
    ['an image mask', 'enc-imagemask.pdf', 0.05],
    ['/Decode [1 0]', 'enc-decode-inverted.pdf', 0.02],
    ['Adobe CMYK JPEG', 'enc-cmyk-jpeg.pdf', 0.04],
    ['three strips', 'enc-strips.pdf', 0.07],
    ['/Rotate 90', 'enc-rotate90-dct.pdf', 0.02],
  ])('%s reads the Thai title about as well as the plain JPEG', async (_kind, name, maxCer) => {
    const page = await readPage(name);
    expect(page.method).toBe('ocr');
    expect(text(page)).toContain('ประจำปีงบประมาณ');
    expect(ocrCharacterErrorRate(text(page), plain)).toBeLessThanOrEqual(maxCer);
  }, 300_000);

  // A scanner's invisible (Tr 3) English OCR layer over a Thai scan: ASCII soup with no Thai to test the dictionary
  // on. It was taken as the page text (decision:text, CER 99%); a scan whose text is not Thai now goes to OCR.
  it('an invisible English OCR layer over the scan is not taken as the text', async () => {
    const page = await readPage('enc-ocr-layer-eng.pdf');
    expect(page.notes.some((n) => n.startsWith('decision:ocr(') && n.includes('scan-text-not-thai'))).toBe(true);
    expect(ocrCharacterErrorRate(text(page), plain)).toBeLessThan(0.1);
  }, 300_000);
});
