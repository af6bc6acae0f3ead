import { describe, expect, it } from '@jest/globals';
import { ocrCharacterErrorRate, digitAccuracy } from './text-metrics.js';

describe('ocrCharacterErrorRate', () => {
  it.each([
    ['identical apart from spacing and decomposed sara am', 'สํานักปลัด  องค์การ', 'สำนักปลัด องค์การ', 0],
    ['one substituted digit in five code points', 'พ.ศ.๒', 'พ.ศ.๖', 1 / 5],
    ['a dropped tone mark in nine code points', 'ระดับผาน', 'ระดับผ่าน', 1 / 9],
    ['empty OCR of real text', '', 'คะแนน', 1],
  ])('%s', (_what, hyp, ref, expected) => {
    expect(ocrCharacterErrorRate(hyp, ref)).toBeCloseTo(expected, 6);
  });
});

describe('digitAccuracy', () => {
  it.each([
    // Misreadings observed on the scanned fixture: ๖ → ๒, ๘ → ๕.
    ['ประจำปีงบประมาณ พ.ศ. ๒๕๒๕', 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', { right: 2, total: 4 }],
    ['ร้อยละ ๕๐๒.๕๕', 'ร้อยละ ๘๖.๔๘', { right: 0, total: 4 }],
    ['94.44 ข้อ 1๑ ๑๐๐', '94.44 ข้อ 1๑ ๑๐๐', { right: 9, total: 9 }],
  ])('%s vs %s', (hyp, ref, expected) => {
    expect(digitAccuracy(hyp, ref)).toEqual(expected);
  });
});
