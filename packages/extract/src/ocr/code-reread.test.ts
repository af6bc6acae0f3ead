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

describe('rereadCellCodes on unseen u1-scan p4 (IIT codes i2..i9 alone in a ruled column)', () => {
  let image: PageImage;
  beforeAll(async () => {
    const data = new Uint8Array(readFileSync(new URL('../../../../tests/unseen/u1-ita-analysis-town-2567-scan.pdf', import.meta.url)));
    const doc = await getDocument({ data, verbosity: 0 }).promise;
    const page = (await pageImage(await doc.getPage(4))).image;
    await doc.destroy();
    image = eraseRulings(page, findRulings(page).runs);
  });
  const k = 200 / 72;
  const cellLine = (text: string, x: number, y: number): OcrLine => {
    const box = { x: x * k, y: y * k, w: 8.8 * k, h: 10.4 * k };
    return { text, confidence: 80, box, words: [word(text, box)] };
  };

  // What tesseract read for the printed i3, i7, i9 (a dotted stem read as "1") and what it read right (i2, i5).
  it.each([
    ['13', 204.12, 151.56, 'i3'],
    ['17', 201.24, 372.6, 'i7'],
    ['19', 200.16, 448.56, 'i9'],
    ['[3', 204.12, 151.56, 'i3'],
    ['i2', 204.84, 96.48, 'i2'],
    ['i5', 202.68, 262.44, 'i5'],
  ])('%s at (%d, %d) is %s', (read, x, y, printed) => {
    const [line] = rereadCellCodes([cellLine(read, x, y)], image);
    expect(line!.words[0]!.text).toBe(printed);
    expect(line!.text).toBe(printed);
  });

  it('leaves a plain 1 alone: the row number "10" of p3 has no dotted stem', async () => {
    const data = new Uint8Array(readFileSync(new URL('../../../../tests/unseen/u1-ita-analysis-town-2567-scan.pdf', import.meta.url)));
    const doc = await getDocument({ data, verbosity: 0 }).promise;
    const page = (await pageImage(await doc.getPage(3))).image;
    await doc.destroy();
    const box = { x: 89.64 * k, y: 543.24 * k, w: 12.96 * k, h: 10.8 * k };
    const [line] = rereadCellCodes([{ text: '10', confidence: 80, box, words: [word('10', box)] }], eraseRulings(page, findRulings(page).runs));
    expect(line!.words[0]!.text).toBe('10');
  });
});

describe('rereadCellCodes on s001-scan p4 (EIT codes E๔ E๕ alone in a ruled column, read "5๕" and "8๕")', () => {
  let image: PageImage;
  beforeAll(async () => {
    const data = new Uint8Array(readFileSync(new URL('../../../../samples/s001-ita-analysis-scan.pdf', import.meta.url)));
    const doc = await getDocument({ data, verbosity: 0 }).promise;
    const page = (await pageImage(await doc.getPage(4))).image;
    await doc.destroy();
    image = eraseRulings(page, findRulings(page).runs);
  });
  const alone = (text: string, box: PixelBox): OcrLine => ({ text, confidence: 80, box, words: [word(text, box)] });

  it.each([
    ['5๕', 'E๔', { x: 254, y: 773, w: 44, h: 29 }],
    ['8๕', 'E๕', { x: 253, y: 829, w: 44, h: 29 }],
  ])('%s is %s: an open first glyph is the tool letter E, the rest read as digits', (read, printed, box) => {
    const [line] = rereadCellCodes([alone(read, box)], image);
    expect(line!.text).toBe(printed);
    expect(line!.words[0]!.ocrText).toBe(read);
  });

  it('leaves such a word alone outside a code cell (more words, no ข้อ)', () => {
    const box = { x: 254, y: 773, w: 44, h: 29 };
    const line: OcrLine = { text: 'คะแนน 5๕', confidence: 80, box, words: [word('คะแนน', box), word('5๕', box)] };
    expect(rereadCellCodes([line], image)[0]!.text).toBe('คะแนน 5๕');
  });
});

describe('rereadCellCodes on unseen u2-scan p3 (dates in a measures table: Thai digits read as Latin letters)', () => {
  let image: PageImage;
  beforeAll(async () => {
    const data = new Uint8Array(readFileSync(new URL('../../../../tests/unseen/u2-integrity-measures-subdistrict-2569-scan.pdf', import.meta.url)));
    const doc = await getDocument({ data, verbosity: 0 }).promise;
    const page = (await pageImage(await doc.getPage(3))).image;
    await doc.destroy();
    image = eraseRulings(page, findRulings(page).runs);
  });
  const line = (texts: string[], boxes: PixelBox[]): OcrLine => ({
    text: texts.join(' '),
    confidence: 80,
    box: boxes[0]!,
    words: texts.map((t, i) => word(t, boxes[i]!)),
  });

  it('reads "ba" after ต.ค. as ๖๘ and "me" after a dash as ๓๑', () => {
    const [a, b] = rereadCellCodes(
      [
        line(['๑', 'ต.ค.', 'ba'], [{ x: 1171, y: 1757, w: 20, h: 28 }, { x: 1200, y: 1757, w: 70, h: 28 }, { x: 1305, y: 1757, w: 32, h: 28 }]),
        line(['๒๕๖๘', '-', 'me'], [{ x: 1031, y: 1241, w: 90, h: 29 }, { x: 1140, y: 1241, w: 15, h: 29 }, { x: 1176, y: 1241, w: 32, h: 29 }]),
      ],
      image,
    );
    expect(a!.text).toBe('๑ ต.ค. ๖๘');
    expect(b!.text).toBe('๒๕๖๘ - ๓๑');
  });

  it('leaves a Latin word with no number beside it alone', () => {
    const [a] = rereadCellCodes([line(['ตาม', 'ba'], [{ x: 1200, y: 1757, w: 70, h: 28 }, { x: 1305, y: 1757, w: 32, h: 28 }])], image);
    expect(a!.text).toBe('ตาม ba');
  });
});
