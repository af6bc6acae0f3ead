import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { cropImage, eraseRulings, findRulings, type PageImage, type PixelBox } from '../image/index.js';
import { pageImage } from '../render/index.js';
import { findTickBox } from './tick-box.js';

/** A scanned sample page with its rulings erased, as the OCR pool has it when it reads cells. */
async function scanPage(sample: string, page: number): Promise<PageImage> {
  const data = new Uint8Array(readFileSync(new URL(`../../../../samples/${sample}`, import.meta.url)));
  const doc = await getDocument({ data, verbosity: 0 }).promise;
  const { image } = await pageImage(await doc.getPage(page));
  await doc.destroy();
  return eraseRulings(image, findRulings(image).runs);
}

/** A cell of a ruled grid, inset by 5 px from its rulings (as the cell re-read crops it). */
const cell = (image: PageImage, x0: number, y0: number, x1: number, y1: number) =>
  cropImage(image, { x: x0 + 5, y: y0 + 5, w: x1 - x0 - 10, h: y1 - y0 - 10 } satisfies PixelBox);

/** A white 200 dpi cell with a 2-px square outline (20 px) and optionally a diagonal stroke inside. */
function drawn(mark: boolean): PageImage {
  const width = 60;
  const height = 50;
  const data = new Uint8Array(width * height).fill(245);
  for (let i = 0; i < 20; i++)
    for (const t of [0, 1]) {
      data[(15 + t) * width + 20 + i] = 20;
      data[(34 - t) * width + 20 + i] = 20;
      data[(15 + i) * width + 20 + t] = 20;
      data[(15 + i) * width + 39 - t] = 20;
    }
  if (mark) for (let i = 4; i < 16; i++) data[(15 + i) * width + 20 + i] = 30;
  return { width, height, dpi: 200, data, notes: [] };
}

describe('findTickBox', () => {
  let plan: PageImage;
  let analysis: PageImage;
  beforeAll(async () => {
    // s004-scan p8: a plan table whose quarter columns (x 1048–1256) hold ☑ boxes; s000-scan p6: a score table.
    [plan, analysis] = await Promise.all([scanPage('s004-anticorruption-plan-scan.pdf', 8), scanPage('s000-ita-analysis-scan.pdf', 6)]);
  });

  it.each([
    ['quarter 1, row 19', 1048, 339, 1100, 470],
    ['quarter 4, row 19', 1204, 339, 1256, 470],
    ['quarter 2, row 27', 1100, 1232, 1152, 1284],
  ])('reads the scanned ☑ in %s as ticked', (_what, x0, y0, x1, y1) => {
    expect(findTickBox(cell(plan, x0, y0, x1, y1))).toMatchObject({ ticked: true });
  });

  it('finds no box in an empty quarter cell', () => {
    expect(findTickBox(cell(plan, 1152, 1232, 1204, 1284))).toBeNull();
  });

  it.each([
    ['a lone Thai digit ๑', 'analysis', 899, 1094, 1040, 1300],
    ['a lone Thai digit ๒', 'analysis', 1040, 1094, 1180, 1300],
    ['"EIT"', 'analysis', 584, 1094, 736, 1300],
    ['a budget "0.00"', 'plan', 903, 339, 1048, 470],
    ['a dimension "2"', 'plan', 835, 339, 903, 470],
  ] as const)('takes %s for no tick box', (_what, page, x0, y0, x1, y1) => {
    expect(findTickBox(cell(page === 'plan' ? plan : analysis, x0, y0, x1, y1))).toBeNull();
  });

  it('tells an empty box from a marked one', () => {
    expect(findTickBox(drawn(false))).toMatchObject({ ticked: false, box: { x: 20, y: 15, w: 20, h: 20 } });
    expect(findTickBox(drawn(true))).toMatchObject({ ticked: true });
  });
});
