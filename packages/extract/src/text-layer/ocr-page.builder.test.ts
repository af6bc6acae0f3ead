import { describe, it, expect } from '@jest/globals';
import { PageTextSchema } from '@lao/schemas';
import type { OcrLine, OcrPage } from '../ocr/index.js';
import { buildOcrPage } from './ocr-page.builder.js';

const word = (text: string, x: number, y: number, w: number, confidence = 90) => ({ text, confidence, minConfidence: confidence, box: { x, y, w, h: 50 } });
const line = (words: ReturnType<typeof word>[]): OcrLine => {
  const x0 = Math.min(...words.map((w) => w.box.x));
  const x1 = Math.max(...words.map((w) => w.box.x + w.box.w));
  return { text: words.map((w) => w.text).join(' '), confidence: 90, box: { x: x0, y: words[0]!.box.y, w: x1 - x0, h: 50 }, words };
};

// A 300 dpi scan of a borderless score table (seed 000's summary), as the OCR pool returns it (pixels).
const ocr: OcrPage = {
  width: 2480,
  height: 3508,
  dpi: 300,
  confidence: 91,
  notes: ['image:embedded@300dpi'],
  ms: 2400,
  rulings: [],
  lines: [
    line([word('ผลการประเมินรายตัวชี้วัด', 300, 300, 900)]),
    line([word('ตัวชี้วัดที่', 310, 450, 250), word('รายละเอียดตัวชี้วัด', 700, 450, 520), word('คะแนน', 1400, 450, 200)]),
    line([word('1', 310, 540, 40), word('การปฏิบัติงานที่', 700, 540, 420), word('94.44', 1420, 540, 180, 70)]),
    line([word('2', 310, 630, 40), word('การใช้งบประมาณ', 700, 630, 460), word('100.00', 1400, 630, 200)]),
    line([word('สำนักปลัด', 300, 800, 300), word('องค์การบริหารส่วนตำบลขอนแก่น', 630, 800, 900)]),
  ],
};

describe('buildOcrPage', () => {
  const page = buildOcrPage(3, ocr, { width: 595.28, height: 841.89 });

  it('scales pixel boxes to points (72/dpi) and keeps the page size in points', () => {
    expect(() => PageTextSchema.parse(page)).not.toThrow();
    expect(page.method).toBe('ocr');
    expect(page.confidence).toBe(91);
    expect(page.lines[0]!.box).toEqual({ x: 72, y: 72, w: 216, h: 12 });
    expect(page.width).toBe(595.28);
  });

  it('splits OCR lines at column gaps and builds the aligned table from the pieces', () => {
    expect(page.tables).toHaveLength(1);
    expect(page.tables[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'คะแนน'],
      ['1', 'การปฏิบัติงานที่', '94.44'],
      ['2', 'การใช้งบประมาณ', '100.00'],
    ]);
    // A cell's confidence is its weakest line's: the doubtful number stays doubtful.
    expect(page.tables[0]!.rows[1]!.cells[2]!.confidence).toBe(70);
    // Ordinary word spaces do not split a line.
    expect(page.lines.map((l) => l.text)).toContain('สำนักปลัด องค์การบริหารส่วนตำบลขอนแก่น');
  });

  it('builds a ruled table from the rules found on the image, splitting a line tesseract ran across cells', () => {
    // Rows at y 430/520/610 px, columns at x 290/650/1380/1640 px; tesseract read the header row as one line.
    const ys = [430, 520, 610];
    const xs = [290, 650, 1380, 1640];
    const rulings = [
      ...ys.map((at) => ({ orientation: 'h' as const, at, from: 290, to: 1640 })),
      ...xs.map((at) => ({ orientation: 'v' as const, at, from: 430, to: 610 })),
    ];
    const header = line([word('ตัวชี้วัดที่', 310, 450, 250), word('รายละเอียดตัวชี้วัด', 700, 450, 520), word('คะแนน', 1400, 450, 200)]);
    const row = line([word('1', 310, 540, 40), word('การปฏิบัติงานที่', 700, 540, 420), word('94.44', 1420, 540, 180)]);
    const ruled = buildOcrPage(1, { ...ocr, lines: [header, row], rulings }, { width: 595.28, height: 841.89 });
    expect(ruled.tables).toHaveLength(1);
    expect(ruled.tables[0]!.source).toBe('ruled');
    expect(ruled.tables[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'คะแนน'],
      ['1', 'การปฏิบัติงานที่', '94.44'],
    ]);
  });

  it('numbers lines in reading order and keeps the OCR notes', () => {
    expect(page.lines.map((l) => l.id)).toEqual(page.lines.map((_, i) => `p3-l${i}`));
    expect(page.lines.slice(1, 4).map((l) => l.text)).toEqual(['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'คะแนน']);
    expect(page.notes).toContain('image:embedded@300dpi');
  });
});
