import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { cropImage, eraseRulings, findRulings, toPgm, type PageImage } from '../image/index.js';
import { pageImage } from '../render/index.js';
import { assignMarks, bandImage } from './band-marks.js';
import { inkBox, textBands } from './cell-reread.js';
import { blocksToLines, type TesseractBlockLike } from './ocr-lines.mapper.js';
import { OcrPoolOptionsSchema } from './ocr-options.js';
import { startOcrWorker } from './ocr-worker.js';

/** White paper with black rectangles [x0, y0, x1, y1] (inclusive). */
function drawn(width: number, height: number, rects: Array<[number, number, number, number]>): PageImage {
  const data = new Uint8Array(width * height).fill(255);
  for (const [x0, y0, x1, y1] of rects) for (let y = y0; y <= y1; y++) data.fill(0, y * width + x0, y * width + x1 + 1);
  return { width, height, dpi: 200, data, notes: [] };
}

describe('assignMarks', () => {
  // Line 1: letters at rows 10–29, a lower vowel hanging under one of them (rows 31–34).
  // Line 2: letters at rows 44–63; above one of them a vowel (rows 38–41) and a tone mark stacked on it (rows 33–35)
  // that shares rows 33–34 with line 1’s lower vowel, so the blank-row bands put it in line 1.
  const image = drawn(120, 70, [
    [10, 10, 24, 29],
    [30, 10, 44, 29],
    [12, 31, 16, 34],
    [60, 33, 63, 35],
    [56, 38, 68, 41],
    [55, 44, 70, 63],
    [80, 44, 95, 63],
  ]);
  const bands = [
    { x: 0, y: 10, w: 120, h: 26 },
    { x: 0, y: 38, w: 120, h: 26 },
  ];

  it('lends the line below the marks under the baseline of the line above; a lower vowel hanging from its letter stays', () => {
    const layout = assignMarks(image, bands);
    const label = (x: number, y: number) => layout.labels[y * 120 + x]!;
    expect(layout.owner[label(61, 34)]).toBe(0); // the tone mark lies in line 1's rows
    expect(layout.borrow[1]).toEqual([label(61, 34)]);
    expect(layout.borrow[0]).toEqual([]);
    expect(layout.rows[1]).toEqual({ y0: 33, y1: 63 });
  });

  it('cuts a band with only its own ink and the marks it borrows', () => {
    const layout = assignMarks(image, bands);
    const one = bandImage(image, layout, [0], { x0: 0, x1: 119 }, 2);
    const two = bandImage(image, layout, [1], { x0: 0, x1: 119 }, 2);
    const at = (p: { image: PageImage; left: number; top: number }, x: number, y: number) => p.image.data[(y - p.top) * p.image.width + (x - p.left)];
    expect(at(one, 61, 34)).toBe(0);
    expect(at(one, 14, 32)).toBe(0);
    expect(two.top).toBe(31);
    expect(at(two, 61, 34)).toBe(0);
    expect(at(two, 14, 32)).toBe(255);
  });

  it('borrows nothing in a single-line cell', () => {
    expect(assignMarks(image, [{ x: 0, y: 10, w: 120, h: 54 }]).borrow).toEqual([[]]);
  });
});

describe('assignMarks on a tightly set cell of a sample scan (s004-scan p9, e-PlanNACC)', () => {
  it(
    'reads the second line with its stacked tone marks (เรื่อง, เกี่ยว) that blank rows gave to the first',
    async () => {
      const data = new Uint8Array(readFileSync(new URL('../../../../samples/s004-anticorruption-plan-scan.pdf', import.meta.url)));
      const doc = await getDocument({ data, verbosity: 0 }).promise;
      const { image: scan } = await pageImage(await doc.getPage(9));
      await doc.destroy();
      const page = eraseRulings(scan, findRulings(scan).runs);
      // The cell "มาตรการจัดให้มีระบบและช่อง / ทางการรับเรื่องร้องเรียนเกี่ยว / กับการทุจริต…", inset from its rulings.
      const crop = cropImage(page, { x: 347, y: 1361, w: 428, h: 165 });
      const bands = textBands(crop, inkBox(crop)!);
      expect(bands.length).toBeGreaterThanOrEqual(3);
      const layout = assignMarks(crop, bands);
      expect(layout.borrow[1]!.length).toBeGreaterThan(0);
      const second = bandImage(crop, layout, [1], { x0: 0, x1: crop.width - 1 }, 2).image;
      const worker = await startOcrWorker(OcrPoolOptionsSchema.parse({}));
      try {
        const r = await worker.recognize(toPgm(second), { tessedit_pageseg_mode: '7', user_defined_dpi: '200' });
        const text = blocksToLines(r.blocks as unknown as TesseractBlockLike[] | null)
          .map((l) => l.text)
          .join(' ')
          .normalize('NFC');
        expect(text).toContain('เรื่อง');
        expect(text).toContain('เกี่ยว');
      } finally {
        await worker.terminate();
      }
    },
    120_000,
  );
});
