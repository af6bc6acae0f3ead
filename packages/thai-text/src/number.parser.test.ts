import { describe, it, expect } from '@jest/globals';
import { asciiDigitsToThai, thaiDigitsToAscii } from './digits.js';
import { findNumbers, parseNumber } from './number.parser.js';

describe('thai digits', () => {
  it.each([
    ['พ.ศ. ๒๕๖๘', 'พ.ศ. 2568'],
    ['๘๖.๔๘', '86.48'],
    ['ข้อ 1๒๐', 'ข้อ 120'],
    ['ไม่มีตัวเลข', 'ไม่มีตัวเลข'],
  ])('%s → %s', (thai, ascii) => {
    expect(thaiDigitsToAscii(thai)).toBe(ascii);
  });
  it('round-trips ASCII → Thai → ASCII', () => {
    expect(asciiDigitsToThai('110,000.00')).toBe('๑๑๐,๐๐๐.๐๐');
    expect(thaiDigitsToAscii(asciiDigitsToThai('0123456789'))).toBe('0123456789');
  });
});

describe('parseNumber', () => {
  it.each<[string, number | null]>([
    ['๑๑๐,๐๐๐', 110000], // S004 e-Plan budget
    ['๘๖.๔๘', 86.48], // S000 L36
    ['ร้อยละ ๙๕', 95],
    ['110,000.00 บาท', 110000],
    ['๑๑๐,๐๐๐.- บาท', 110000],
    ['๙๕.๒๑ คะแนน', 95.21],
    ['คะแนน ๙๗.๕๐', 97.5],
    ['จำนวน ๔๔ โครงการ', 44],
    ['๑๐๐', 100],
    ['๗,๘๕๐ แห่ง', 7850], // S004 L82
    ['95%', 95],
    ['0.5', 0.5],
    // garbage is rejected, not guessed
    ['', null],
    ['1,00', null],
    ['๑,๒,๓', null],
    ['1.2.3', null],
    ['๕๒.๕๕.', null],
    ['12ab', null],
    ['๙๕.๒๑ ๙๖.๖๕', null],
    ['ไม่มี', null],
    ['(@)', null],
  ])('%j → %j', (s, n) => {
    expect(parseNumber(s)).toBe(n);
  });
});

describe('findNumbers', () => {
  it('finds each well-formed number with its offsets and skips dotted numbering', () => {
    const s = 'มี คะแนน ๙๕.๒๑ คะแนน งบ 110,000.00 บาท ข้อ ๓.๕) และ 1.2.3';
    const found = findNumbers(s);
    expect(found.map((f) => f.value)).toEqual([95.21, 110000, 3.5]);
    for (const f of found) expect(s.slice(f.start, f.end)).toBe(f.text);
  });
  it('reads the tool scores of seed 001 line by line', () => {
    const lines = [
      'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) คะแนนรวม ๙๖.๖๕ คะแนน',
      'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) คะแนนรวม ๑๐๐.๐๐ คะแนน',
      'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) คะแนนรวม ๙๑.๒๕ คะแนน',
    ];
    expect(lines.map((l) => findNumbers(l).map((f) => f.value))).toEqual([[96.65], [100], [91.25]]);
  });
});
