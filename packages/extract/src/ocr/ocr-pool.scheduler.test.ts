import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { decodeImageFile, type PageImage } from '../image/index.js';
import { pageImage } from '../render/index.js';
import { createOcrPool } from './ocr-pool.scheduler.js';
import { OcrPageSchema } from './ocr-result.types.js';
import { ocrCharacterErrorRate, digitAccuracy } from './text-metrics.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test-fixtures/${name}`, import.meta.url)));
const truth = new TextDecoder().decode(fixture('ocr-scan.truth.txt'));
const blank = (width: number, height: number): PageImage => ({ width, height, dpi: 300, data: new Uint8Array(width * height).fill(255), notes: [] });

describe('OCR pool (tesseract.js, tha+eng)', () => {
  it(
    'reads the scanned 200 dpi report page within the measured CER bound',
    async () => {
      const doc = await getDocument({ data: fixture('ocr-scan-200.pdf'), verbosity: 0 }).promise;
      const { image } = await pageImage(await doc.getPage(1));
      await doc.destroy();
      const pool = createOcrPool({ workers: 1 });
      try {
        const page = OcrPageSchema.parse(await pool.recognize(image));
        const text = page.lines.map((l) => l.text).join('\n');
        // Measured 2026-11-22: CER 2.7% with rulings erased and numbers re-read (11.6% with neither).
        expect(ocrCharacterErrorRate(text, truth)).toBeLessThan(0.05);
        expect(page.confidence).toBeGreaterThan(80);
        expect(page.dpi).toBeCloseTo(200, 0);
        expect(page.notes).toEqual([
          'image:embedded@200dpi',
          'ocr:tesseract.js psm3 tha+eng',
          'rulings:erased=18',
          // The table's 55 cells re-read one by one (cell-reread.ts).
          expect.stringMatching(/^cells:read=\d+,ticks=0,replaced=\d+\/55,\d+ms$/),
          expect.stringMatching(/^numbers:reread=\d+,replaced=\d+$/),
        ]);
        // The table's 12 horizontal and 6 vertical rulings, in pixels.
        expect(page.rulings.filter((r) => r.orientation === 'h')).toHaveLength(12);
        expect(page.rulings.filter((r) => r.orientation === 'v')).toHaveLength(6);
        const line = page.lines.find((l) => l.text.includes('94.44'));
        expect(line?.words.map((w) => w.text)).toContain('94.44');
        const word = line!.words.find((w) => w.text === '94.44')!;
        // Pixel box of the score cell on the 1653 × 2339 image: the fourth column of the first row.
        expect(word.box.x).toBeGreaterThan(900);
        expect(word.box.x + word.box.w).toBeLessThan(1100);
        // Measured: 133/146 digits right after the number re-read (103/146 from tesseract alone).
        const digits = digitAccuracy(text, truth);
        expect(digits.total).toBe(146);
        expect(digits.right).toBeGreaterThanOrEqual(125);
        // The row's last cell (๑๐๐) is a line of its own now that cells are read one by one.
        const score = page.lines.flatMap((l) => l.words).find((w) => w.number?.text === '๑๐๐');
        expect(score?.number).toMatchObject({ value: 100, method: 'digit-templates' });
      } finally {
        await pool.close();
      }
    },
    120_000,
  );

  it(
    'replaces a worker after K pages and leaves no worker running after close',
    async () => {
      const pages = await decodeImageFile(fixture('ocr-two-pages.tif'));
      const pool = createOcrPool({ workers: 1, recycleAfter: 1 });
      const results = await Promise.all([...pages, ...pages].map((p) => pool.recognize(p)));
      expect(results.map((r) => r.lines.length > 0)).toEqual([true, true, true, true]);
      // The first row's cells, each read on its own: "๑", "การปฏิบัติหน้าที่", ...
      expect(results[0]!.lines.slice(0, 3).map((l) => l.text).join(' ')).toContain('การปฏิบัติหน้าที่');
      expect(pool.stats()).toMatchObject({ started: 4, recycled: 4, pages: 4, alive: 0 });
      await pool.close();
      expect(pool.stats().alive).toBe(0);
      await expect(pool.recognize(pages[0]!)).rejects.toMatchObject({ code: 'OCR_FAILED' });
    },
    120_000,
  );

  it(
    'fails only the page tesseract rejects, then goes on with a fresh worker',
    async () => {
      const pool = createOcrPool({ workers: 1 });
      try {
        // Wider than tesseract's 32767-pixel limit: the core refuses it ("Image too large").
        const bad = pool.recognize(blank(33_000, 8));
        const good = pool.recognize(blank(64, 64));
        await expect(bad).rejects.toMatchObject({ name: 'LaoError', code: 'OCR_FAILED' });
        await expect(good).resolves.toMatchObject({ lines: [] });
        expect(pool.stats()).toMatchObject({ failedPages: 1, pages: 1, started: 2 });
      } finally {
        await pool.close();
      }
    },
    120_000,
  );

  it(
    'fails a page that runs past the timeout without stopping the process',
    async () => {
      const [image] = await decodeImageFile(fixture('ocr-title.png'));
      const pool = createOcrPool({ workers: 1, pageTimeoutMs: 50 });
      try {
        await expect(pool.recognize(image!)).rejects.toMatchObject({ code: 'OCR_FAILED', message: expect.stringContaining('timed out') });
        expect(pool.stats()).toMatchObject({ failedPages: 1, alive: 0 });
      } finally {
        await pool.close();
      }
    },
    120_000,
  );

  it(
    'reads a page the same on a fresh worker, on a worker that read other pages, and beside another page on 2 workers',
    async () => {
      // A batch must not change what a page says: which worker reads a page, and what it read before, depends on
      // timing. Everything but the timings must be identical.
      const doc = await getDocument({ data: fixture('ocr-scan-200.pdf'), verbosity: 0 }).promise;
      const { image } = await pageImage(await doc.getPage(1));
      await doc.destroy();
      const [title] = await decodeImageFile(fixture('ocr-title.png'));
      const [two1, two2] = await decodeImageFile(fixture('ocr-two-pages.tif'));
      const stable = (page: Awaited<ReturnType<ReturnType<typeof createOcrPool>['recognize']>>) =>
        JSON.stringify({ ...page, ms: 0, notes: page.notes.map((n) => n.replace(/,\d+ms$/, '')) });

      const fresh = createOcrPool({ workers: 1 });
      const used = createOcrPool({ workers: 1 });
      const pair = createOcrPool({ workers: 2 });
      try {
        const alone = stable(await fresh.recognize(image));
        await used.recognize(title!);
        await used.recognize(two1!);
        const afterOthers = stable(await used.recognize(image));
        const [, beside] = await Promise.all([pair.recognize(two2!), pair.recognize(image), pair.recognize(title!)]);
        expect(afterOthers).toBe(alone);
        expect(stable(beside)).toBe(alone);
      } finally {
        await Promise.all([fresh.close(), used.close(), pair.close()]);
      }
    },
    400_000,
  );

  it('refuses an image whose bytes do not match its size', async () => {
    const pool = createOcrPool();
    await expect(pool.recognize({ ...blank(10, 10), data: new Uint8Array(5) })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await pool.close();
  });
});
