import { describe, it, expect } from '@jest/globals';
import { buildLines, type PlacedText } from './lines.builder.js';

const at = (str: string, x: number, w: number, baseline = 93, fontSize = 16): PlacedText => ({
  str,
  box: { x, y: baseline - 0.8 * fontSize, w, h: fontSize },
  baseline,
  fontSize,
});

describe('buildLines', () => {
  it('joins the glyph runs of one Thai line, tolerating the baseline offsets of stacked marks and zero-width items', () => {
    const items = [
      at('ประเ', 193.3, 30),
      at('มิ', 223.3, 9.6, 93.8), // a cluster drawn with a slight rise
      at('\u0E48', 232.9, 0, 92.4), // a zero-width mark item
      at('น', 232.9, 10.1),
      at('รายงานการ', 63, 73.7),
      at('วิเคราะห์ผลการ', 136.7, 56.6),
    ];
    const lines = buildLines(items);
    expect(lines.map((l) => l.raw)).toEqual(['รายงานการวิเคราะห์ผลการประเมิ\u0E48น']);
    expect(lines[0]!.box.x).toBe(63);
  });

  it('inserts a space only where the gap is a space, never between Thai clusters placed edge to edge', () => {
    const lines = buildLines([at('องค์การบริหารส่วนตำบล', 63, 150), at('ขอนแก่น', 213, 50), at('อำเภอภูค้อ', 268, 70)]);
    expect(lines.map((l) => l.raw)).toEqual(['องค์การบริหารส่วนตำบลขอนแก่น อำเภอภูค้อ']);
  });

  it('splits a visual line at a drawn vertical rule and at a wide column gap', () => {
    const rules = [{ x: 132.4, y0: 205, y1: 238 }];
    const lines = buildLines([at('1', 68.7, 8.7, 227), at('การปฏิบัติงานที่', 131, 99.9, 227), at('94.44', 272.7, 38.7, 227)], rules);
    expect(lines.map((l) => l.raw)).toEqual(['1', 'การปฏิบัติงานที่', '94.44']);
    expect(new Set(lines.map((l) => l.row)).size).toBe(1);
  });

  it('orders rows top to bottom and drops whitespace-only items that would bridge columns', () => {
    const lines = buildLines([at('ของทางราชการ', 117.6, 99.5, 513), at(' ', 79, 50, 486), at('๒', 68.7, 10.8, 486), at('การใช้ทรัพย์สิน', 117.6, 96.6, 486)]);
    expect(lines.map((l) => l.raw)).toEqual(['๒', 'การใช้ทรัพย์สิน', 'ของทางราชการ']);
    expect(lines.map((l) => l.row)).toEqual([0, 0, 1]);
  });

  it('skips text drawn twice at the same place (fake bold)', () => {
    expect(buildLines([at('คะแนน', 272, 48), at('คะแนน', 272.3, 48)]).map((l) => l.raw)).toEqual(['คะแนน']);
  });
});
