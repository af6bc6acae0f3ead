import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { PageText } from '@lao/schemas';
import { pageText, readOnePage } from '../test-support/ocr-fixture.js';
import { createOcrPool } from './ocr-pool.scheduler.js';
import { ocrCharacterErrorRate } from './text-metrics.js';

// Real tesseract.js on the sideways / upside-down fixtures (ocr-make-rotated-fixtures.sh), through extractDocument
// so the page size and boxes the layout gets are checked too.
const pool = createOcrPool({ workers: 1 });
const readPage = (name: string): Promise<PageText> => readOnePage(pool, name);
const text = pageText;
const orientationNotes = (page: PageText) => page.notes.filter((n) => n.startsWith('orientation:'));
const wideShare = (page: PageText) => page.lines.filter((l) => l.box.w > l.box.h).length / page.lines.length;

describe('sideways and upside-down scans are read upright (tesseract.js)', () => {
  let upright: PageText;
  beforeAll(async () => {
    upright = await readPage('ocr-scan-200.pdf');
  }, 300_000);
  afterAll(() => pool.close());

  it('reads an upright scan once: no orientation notes, portrait A4', () => {
    expect(orientationNotes(upright)).toEqual([]);
    expect(upright.width).toBeCloseTo(595.3, 0);
    expect(upright.height).toBeCloseTo(841.9, 0);
    expect(wideShare(upright)).toBeGreaterThan(0.8);
    expect(upright.tables).toHaveLength(1);
  });

  it.each([
    // Measured 2026-11-23 (CER against the upright page's reading): 0, 0, 2.1 % (the turned JPEG was re-encoded).
    ['ocr-scan-rot90.pdf', 'the page says /Rotate 90', 270, ['orientation:tried=270', 'orientation:rotated=270'], 0.01],
    ['ocr-scan-rot180.pdf', 'the page says /Rotate 180', 180, ['orientation:tried=180', 'orientation:rotated=180'], 0.01],
    ['ocr-scan-rot270.pdf', 'the scan’s pixels are turned 270°, nothing says so', 90, ['orientation:tried=90', 'orientation:rotated=90'], 0.04],
  ])(
    '%s (%s) is turned %d° and read like the upright page',
    async (name, _why, turned, notes, maxCer) => {
      const page = await readPage(name);
      expect(orientationNotes(page)).toEqual(notes);
      expect(page.notes).toContain(`orientation:rotated=${turned}`);
      // The upright frame: portrait A4 whichever way the page was displayed, lines wide, the table found.
      expect(page.width).toBeCloseTo(upright.width, 0);
      expect(page.height).toBeCloseTo(upright.height, 0);
      expect(wideShare(page)).toBeGreaterThan(0.8);
      expect(page.tables.map((t) => t.rows.length)).toEqual(upright.tables.map((t) => t.rows.length));
      expect(ocrCharacterErrorRate(text(page), text(upright))).toBeLessThan(maxCer);
      // Boxes land where the upright reading put them (within 2 pt), e.g. the title's first line.
      const [a, b] = [page.lines[0]!.box, upright.lines[0]!.box];
      expect(Math.abs(a.x - b.x) + Math.abs(a.y - b.y)).toBeLessThan(4);
    },
    300_000,
  );

  it('turns an image file whose pixels lie sideways (PNG, no orientation tag)', async () => {
    const flat = await readPage('ocr-title.png');
    const page = await readPage('ocr-title-rot90.png');
    expect(orientationNotes(flat)).toEqual([]);
    expect(orientationNotes(page)).toEqual(['orientation:tried=270', 'orientation:rotated=270']);
    expect([page.width, page.height]).toEqual([flat.width, flat.height]);
    expect(page.width).toBeGreaterThan(page.height);
    expect(ocrCharacterErrorRate(text(page), text(flat))).toBeLessThan(0.01);
  }, 300_000);
});
