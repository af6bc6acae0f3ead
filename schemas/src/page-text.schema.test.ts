import { describe, it, expect } from '@jest/globals';
import { PageTextSchema, type PageText } from './page-text.schema.js';

/** Page 2 of seed 000 as the text path would give it: raw pdf.js text (decomposed sara am, a PUA glyph) and normalised text. */
function seed000Page(): PageText {
  const box = (y: number) => ({ x: 56.7, y, w: 481.9, h: 14.2 });
  return {
    page: 2,
    width: 595.28,
    height: 841.89,
    method: 'text',
    confidence: null,
    lines: [
      { id: 'p2-l0', raw: 'สรุปผลการประเมินรายตัวชี\uf70bวัด', text: 'สรุปผลการประเมินรายตัวชี้วัด', box: box(72), confidence: null },
      { id: 'p2-l1', raw: '1\tการปฏิบัติงานที่\t94.44', text: '1\tการปฏิบัติงานที่\t94.44', box: box(90), confidence: null },
      { id: 'p2-l2', raw: '6\tคุณภาพการด\u0e4d\u0e32เนินงาน\t97.00', text: '6\tคุณภาพการดำเนินงาน\t97.00', box: box(108), confidence: null },
    ],
    tables: [
      {
        id: 'p2-t0',
        box: { x: 56.7, y: 86, w: 481.9, h: 40 },
        source: 'ruled',
        rows: [
          {
            box: { x: 56.7, y: 86, w: 481.9, h: 18 },
            cells: [
              { raw: '1', text: '1', box: { x: 56.7, y: 86, w: 40, h: 18 }, lineIds: ['p2-l1'], confidence: null },
              { raw: 'การปฏิบัติงานที่', text: 'การปฏิบัติงานที่', box: { x: 96.7, y: 86, w: 300, h: 18 }, lineIds: ['p2-l1'], confidence: null },
              {
                raw: '94.44',
                text: '94.44',
                box: { x: 396.7, y: 86, w: 141.9, h: 18 },
                lineIds: ['p2-l1'],
                confidence: null,
                number: { value: 94.44, confidence: null, method: 'text-layer' },
              },
            ],
          },
        ],
      },
    ],
    lostChars: 0,
    notes: ['text-layer usable', 'pua-mapped:1', 'sara-am-recomposed:1'],
  };
}

/** The same page from OCR: low-confidence Thai digits as seen in NOTES-stack.md §4. */
function ocrPage(): PageText {
  return {
    ...seed000Page(),
    method: 'ocr',
    confidence: 71.4,
    lines: [{ id: 'p2-l0', raw: 'ภาพรวมได้คะแนนร้อยละ ๕๒.๕๕ คะแนน', text: 'ภาพรวมได้คะแนนร้อยละ 52.55 คะแนน', box: { x: 1, y: 2, w: 3, h: 4 }, confidence: 58 }],
    tables: [],
    notes: ['no text items: scanned page', 'ocr 300 dpi'],
  };
}

describe('PageText', () => {
  it.each([
    ['text path', seed000Page()],
    ['ocr path', ocrPage()],
  ])('round-trips through JSON unchanged (%s)', (_n, page) => {
    const parsed = PageTextSchema.parse(page);
    const again = PageTextSchema.parse(JSON.parse(JSON.stringify(parsed)));
    expect(again).toEqual(page);
    expect(again.lines.map((l) => l.raw)).toEqual(page.lines.map((l) => l.raw));
  });

  it.each([
    ['page 0', (p: PageText) => ({ ...p, page: 0 })],
    ['confidence above 100', (p: PageText) => ({ ...p, confidence: 101 })],
    ['unknown method', (p: PageText) => ({ ...p, method: 'pdftotext' })],
    ['negative lost chars', (p: PageText) => ({ ...p, lostChars: -1 })],
    ['zero width', (p: PageText) => ({ ...p, width: 0 })],
    ['table of unknown source', (p: PageText) => ({ ...p, tables: [{ ...p.tables[0]!, source: 'guessed' }] })],
  ])('rejects %s', (_n, mutate) => {
    expect(PageTextSchema.safeParse(mutate(seed000Page())).success).toBe(false);
  });
});
