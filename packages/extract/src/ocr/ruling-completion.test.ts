import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { findRulings, type PageImage, type PixelRuling } from '../image/index.js';
import { buildGrids } from '../layout/ruled-grid.builder.js';
import { pageImage } from '../render/index.js';
import { completeRulings } from './ruling-completion.js';

/** Grids as the page builder forms them (points), cells per row. */
function cellsPerRow(rulings: readonly PixelRuling[], dpi: number): number[][] {
  const k = 72 / dpi;
  return buildGrids(rulings.map((r) => ({ ...r, at: r.at * k, from: r.from * k, to: r.to * k })))
    .filter((g) => g.cells.length >= 2)
    .map((g) => [...new Set(g.cells.map((c) => c.row))].map((r) => g.cells.filter((c) => c.row === r).length));
}

/** Paints a rectangle of the page white (a border the printer or scanner did not put on paper). */
function whiten(image: PageImage, x0: number, y0: number, x1: number, y1: number): PageImage {
  const data = image.data.slice();
  for (let y = y0; y <= y1; y++) data.fill(255, y * image.width + x0, y * image.width + x1 + 1);
  return { ...image, data };
}

describe('completeRulings on the scanned fixture table (200 dpi, tilted 0.6°, 11 rows × 5 columns)', () => {
  let image: PageImage;
  let right: PixelRuling;
  let bottom: PixelRuling;
  beforeAll(async () => {
    const data = new Uint8Array(readFileSync(new URL('../../test-fixtures/ocr-scan-200.pdf', import.meta.url)));
    const doc = await getDocument({ data, verbosity: 0 }).promise;
    image = (await pageImage(await doc.getPage(1))).image;
    await doc.destroy();
    const { rulings } = findRulings(image);
    right = rulings.filter((r) => r.orientation === 'v').sort((a, b) => b.at - a.at)[0]!;
    bottom = rulings.filter((r) => r.orientation === 'h' && r.to - r.from > 1000).sort((a, b) => b.at - a.at)[0]!;
  });

  it('adds nothing to a fully ruled table', () => {
    const { rulings } = findRulings(image);
    expect(cellsPerRow(rulings, image.dpi)).toEqual([new Array(11).fill(5)]);
    expect(completeRulings(rulings, image.dpi).added).toEqual([]);
  });

  it('restores an open right column where the horizontal rules end', () => {
    const open = whiten(image, Math.floor(right.at) - 8, 0, Math.ceil(right.at) + 8, image.height - 1);
    const found = findRulings(open).rulings;
    // Without the border the last column's text falls outside the grid.
    expect(cellsPerRow(found, image.dpi)).toEqual([new Array(11).fill(4)]);
    const { rulings, added } = completeRulings(found, image.dpi);
    expect(added).toHaveLength(1);
    expect(added[0]!.orientation).toBe('v');
    // Whitening the border also shortened the horizontal rules by up to 8 px.
    expect(Math.abs(added[0]!.at - right.at)).toBeLessThan(12);
    expect(cellsPerRow(rulings, image.dpi)).toEqual([new Array(11).fill(5)]);
  });

  it('closes a table whose bottom rule is missing where its vertical rules end', () => {
    const open = whiten(image, 0, Math.floor(bottom.at) - 6, image.width - 1, Math.ceil(bottom.at) + 6);
    const found = findRulings(open).rulings;
    expect(cellsPerRow(found, image.dpi)).toEqual([new Array(10).fill(5)]);
    const { rulings, added } = completeRulings(found, image.dpi);
    expect(added.map((r) => r.orientation)).toEqual(['h']);
    expect(cellsPerRow(rulings, image.dpi)).toEqual([new Array(11).fill(5)]);
  });

  it('needs two rules ending level: one long rule (a heading underline) adds no border', () => {
    const rules: PixelRuling[] = [
      { orientation: 'h', at: 100, from: 100, to: 900 },
      { orientation: 'h', at: 200, from: 100, to: 500 },
      { orientation: 'h', at: 300, from: 100, to: 500 },
      { orientation: 'v', at: 100, from: 100, to: 300 },
      { orientation: 'v', at: 300, from: 100, to: 300 },
      { orientation: 'v', at: 500, from: 100, to: 300 },
    ];
    expect(completeRulings(rules, 200).added).toEqual([]);
  });
});
