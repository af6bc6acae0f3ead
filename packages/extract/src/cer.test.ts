import { describe, it, expect } from '@jest/globals';
import { characterErrorRate, editDistance } from './cer.js';

describe('characterErrorRate', () => {
  it.each([
    ['องค์การบริหารส่วนตำบลขอนแก่น', 'องค์การบริหารส่วนตำบลขอนแก่น', 0],
    // Whitespace does not count: Thai wraps and justification move spaces around.
    ['ปีงบประมาณ พ.ศ. ๒๕๖๘', 'ปีงบประมาณพ.ศ.\n๒๕๖๘', 0],
    // NFC first: decomposed and composed forms of the same text are equal ( ำ is its own NFC form, so use é ).
    ['cafe\u0301 ITA', 'café ITA', 0],
    // One lost glyph (NUL for ี) in ปี: one substitution over 2 code points.
    ['ปี', 'ป\u0000', 0.5],
    // Decomposed sara am is two code points: one substitution and one insertion against ำ.
    ['ดำ', 'ด\u0E4D\u0E32', 1],
    ['', '', 0],
    ['', 'ก', 1],
  ])('%j vs %j → %d', (ref, hyp, expected) => {
    expect(characterErrorRate(ref, hyp)).toBeCloseTo(expected, 10);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(editDistance([...'กข'], [...'กค'])).toBe(1);
    expect(editDistance([...'abc'], [...'abd'])).toBe(1);
    expect(editDistance([...'kitten'], [...'sitting'])).toBe(3);
  });
});
