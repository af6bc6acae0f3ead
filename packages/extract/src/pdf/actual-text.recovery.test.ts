import { describe, it, expect } from '@jest/globals';
import { applyActualText, type MarkedItem } from './actual-text.recovery.js';

const box = (x: number, w = 10) => ({ x, y: 80, w, h: 16 });
const item = (str: string, x: number, marked: number[], w = 10, markedBefore = Math.max(-1, ...marked) + 1): MarkedItem => ({
  str,
  box: box(x, w),
  marked,
  markedBefore,
});

describe('applyActualText', () => {
  it('replaces a NUL glyph cluster by its ActualText (ปี from Skia + Sarabun)', () => {
    const items = [item('งบประมาณ', 0, [0], 60), item('ป\u0000', 60, [0, 1]), item('งบ', 70, [0])];
    const res = applyActualText(items, [null, 'ปี']);
    expect(res.items.map((i) => i.str).join('')).toBe('งบประมาณปีงบ');
    expect(res.replaced).toBe(1);
  });

  it('gives the span text to its first glyph item, empties the rest and widens the box', () => {
    const items = [item('ท', 0, [0]), item('\uF70B', 10, [0]), item('ง', 20, [])];
    const res = applyActualText(items, ['ทั้']);
    expect(res.items.map((i) => i.str)).toEqual(['ทั้', '', 'ง']);
    expect(res.items[0]!.box).toEqual({ x: 0, y: 80, w: 20, h: 16 });
  });

  it('ignores the whitespace item pdf.js puts at the previous glyph for the move into a span', () => {
    const items = [item('ลำดับ', 68, []), item(' ', 106, [2], 35), item('ตั', 141, [2])];
    const res = applyActualText(items, [null, null, 'ตั']);
    expect(res.items[2]!.box.x).toBe(141);
    expect(res.items.map((i) => i.str)).toEqual(['ลำดับ', '', 'ตั']);
  });

  it('appends the text of a span that produced no item to the item drawn before it', () => {
    // Span 0 holds ห; span 1 (์, a glyph pdf.js mapped to nothing) begins before ผล is drawn.
    const items = [item('ห', 0, [0]), item('ผล', 10, [], 10, 2)];
    const res = applyActualText(items, ['ห', '์']);
    expect(res.items.map((i) => i.str)).toEqual(['ห์', 'ผล']);
    expect(res.orphans).toBe(1);
  });

  it('leaves items outside ActualText spans alone', () => {
    const items = [item('คะแนน', 0, [0]), item('94.44', 50, [])];
    expect(applyActualText(items, [null]).items.map((i) => i.str)).toEqual(['คะแนน', '94.44']);
  });
});
