import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { eraseRulings, findRulings, type PageImage, type PixelBox } from '../image/index.js';
import { pageImage } from '../render/index.js';
import { rereadCellCodes } from './code-reread.js';
import type { OcrLine } from './ocr-result.types.js';

const word = (text: string, box: PixelBox) => ({ text, confidence: 80, minConfidence: 80, box });

/** A cell line "ข้อ <code>" as the cell reader returns it, with the code word's box. */
const codeLine = (code: string, y: number): OcrLine => ({
  text: `ข้อ ${code}`,
  confidence: 80,
  box: { x: 686, y, w: 103, h: 36 },
  words: [word('ข้อ', { x: 686, y, w: 41, h: 36 }), word(code, { x: 745, y: y + 4, w: 42, h: 30 })],
});

describe('rereadCellCodes on s000-scan p6 (codes E๑ E๒ E๓ printed in a ruled column, 200 dpi)', () => {
  let image: PageImage;
  beforeAll(async () => {
    const data = new Uint8Array(readFileSync(new URL('../../../../samples/s000-ita-analysis-scan.pdf', import.meta.url)));
    const doc = await getDocument({ data, verbosity: 0 }).promise;
    const page = (await pageImage(await doc.getPage(6))).image;
    await doc.destroy();
    image = eraseRulings(page, findRulings(page).runs);
  });

  // What tesseract's Thai model read in each cell (psm 7), and where the code sits on the page.
  it.each([
    ['Eo', 708, /^E[1๑]$/u],
    ['Elo', 764, /^E[2๒]$/u],
    ['Een', 821, /^E[3๓]$/u],
  ])('reads the digits of %s after its tool letter', (read, y, printed) => {
    const [line] = rereadCellCodes([codeLine(read, y)], image);
    expect(line!.words[1]!.text).toMatch(printed);
    expect(line!.words[1]!.ocrText).toBe(read);
    expect(line!.text).toBe(`ข้อ ${line!.words[1]!.text}`);
  });

  it('leaves tool names and words without the ข้อ label alone', () => {
    const eit: OcrLine = { text: 'EIT', confidence: 90, box: { x: 600, y: 1110, w: 50, h: 30 }, words: [word('EIT', { x: 600, y: 1110, w: 50, h: 30 })] };
    expect(rereadCellCodes([eit], image)).toEqual([eit]);
    const unlabelled: OcrLine = { ...codeLine('Eo', 708), text: 'ที่ Eo', words: [word('ที่', { x: 686, y: 708, w: 41, h: 36 }), word('Eo', { x: 745, y: 712, w: 42, h: 30 })] };
    const lines = [unlabelled, codeLine('ข้อ', 764)];
    expect(rereadCellCodes(lines, image)).toEqual(lines);
  });
});
