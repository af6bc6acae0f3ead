import { describe, expect, it } from '@jest/globals';
import { eraseRulings, findRulings } from './rulings.detector.js';
import type { PageImage } from './page-image.js';

/** A white 300 dpi page with a 2-px horizontal rule, a 1-px vertical rule and a short "glyph" stroke. */
function page(): PageImage {
  const width = 600;
  const height = 400;
  const data = new Uint8Array(width * height).fill(250);
  for (let x = 50; x < 550; x++) for (const y of [100, 101]) data[y * width + x] = 10;
  for (let y = 20; y < 380; y++) data[y * width + 300] = 20;
  for (let x = 400; x < 440; x++) data[200 * width + x] = 0; // 40 px: shorter than 0.4 in at 300 dpi
  return { width, height, dpi: 300, data, notes: [] };
}

describe('findRulings / eraseRulings', () => {
  it('finds long rules and leaves short strokes alone', () => {
    const image = page();
    const { rulings, runs } = findRulings(image);
    expect(rulings).toEqual([
      { orientation: 'h', at: 100.5, from: 50, to: 549 },
      { orientation: 'v', at: 300, from: 20, to: 379 },
    ]);
    const clean = eraseRulings(image, runs);
    expect(clean.data[100 * 600 + 200]).toBe(255);
    expect(clean.data[250 * 600 + 300]).toBe(255);
    expect(clean.data[200 * 600 + 420]).toBe(0);
    expect(image.data[100 * 600 + 200]).toBe(10);
  });

  it('joins a tilted rule spread over several rows into one', () => {
    const width = 1000;
    const data = new Uint8Array(width * 100).fill(255);
    // Falls one row every 250 px, as a scan rotated by 0.23° does.
    for (let x = 0; x < 1000; x++) data[(40 + Math.floor(x / 250)) * width + x] = 0;
    const { rulings } = findRulings({ width, height: 100, dpi: 200, data, notes: [] });
    expect(rulings).toHaveLength(1);
    expect(rulings[0]).toMatchObject({ orientation: 'h', from: 0, to: 999 });
  });
});
