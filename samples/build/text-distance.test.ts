import { describe, it, expect } from '@jest/globals';
import { editDistance, withoutWhitespace } from './text-distance.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['ขอนแก่น', 'ขอนแก่น', 0],
    ['กระจาย', 'กระจ่าย', 1],
    ['มะรือโบตก', 'มะริโอบตก', 3],
    ['ดงครั่งน้อย', '', 11],
    ['E-Service', 'EService', 1],
  ])('%s → %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

describe('withoutWhitespace', () => {
  it('drops spaces, tabs and line ends', () => {
    expect(withoutWhitespace('ข้อ 1๑\t๑๐๐\n- ๒ -')).toBe('ข้อ1๑๑๐๐-๒-');
  });
});
