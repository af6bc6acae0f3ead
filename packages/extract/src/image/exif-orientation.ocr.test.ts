import { afterAll, describe, expect, it } from '@jest/globals';
import type { PageText } from '@lao/schemas';
import { pageText, readOnePage } from '../test-support/ocr-fixture.js';
import { createOcrPool } from '../ocr/ocr-pool.scheduler.js';
import { ocrCharacterErrorRate } from '../ocr/text-metrics.js';

// Real tesseract.js through extractDocument: a phone-style JPEG of the Thai title crop, pixels stored turned 90°
// counter-clockwise with EXIF Orientation 6 (exif-make-fixtures.sh), against the upright crop it was made from.
const pool = createOcrPool({ workers: 1 });
const readPage = (name: string): Promise<PageText> => readOnePage(pool, name);
const text = pageText;

describe('a JPEG with EXIF Orientation 6 (tesseract.js)', () => {
  afterAll(() => pool.close());

  it('reads the same Thai text as the upright image, in one reading (no orientation retry)', async () => {
    const upright = await readPage('ocr-title.png');
    const page = await readPage('exif-title-o6.jpg');
    expect(page.notes).toContain('exif-orientation:6');
    // Each note once: the engine carries the image's notes, the orchestrator adds only its decision.
    expect(page.notes.filter((n, i) => page.notes.indexOf(n) !== i)).toEqual([]);
    // The OCR side's sideways check found nothing to turn: the page was read once, upright.
    expect(page.notes.filter((n) => n.startsWith('orientation:'))).toEqual([]);
    // The upright page's size in points (the PNG says 78.74 px/cm, the JPEG 200 dpi).
    expect(page.width).toBeCloseTo(upright.width, 0);
    expect(page.height).toBeCloseTo(upright.height, 0);
    expect(page.width).toBeGreaterThan(page.height);
    expect(text(page)).toContain('คุณธรรมและความโปร่งใส');
    // Measured 2026-11-23: CER 0 against the upright PNG's reading (the JPEG was re-encoded at quality 75).
    expect(ocrCharacterErrorRate(text(page), text(upright))).toBeLessThan(0.01);
  }, 300_000);
});
