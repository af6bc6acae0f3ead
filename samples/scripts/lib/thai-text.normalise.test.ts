import { describe, expect, it } from '@jest/globals';
import { matchKey, normaliseName, normaliseText, parseNumber } from './thai-text.normalise.js';

describe('normaliseText', () => {
  it.each([
    ['Thai digits (S000 L31)', '๑๘ สิงหาคม ๒๕๖๘', '18 สิงหาคม 2568'],
    ['markup and runs of spaces (S000 L170)', '<p>๑ ตุลาคม ๒๕๖๘ ถึง ๓๐ กันยายน ๒๕๖๙</p>', '1 ตุลาคม 2568 ถึง 30 กันยายน 2569'],
    ['bold marks (S002 L37)', '<b>มาตรการ ตรวจสอบการ ใช้ดุลพินิจ</b>', 'มาตรการ ตรวจสอบการ ใช้ดุลพินิจ'],
    ['en dash (S001 L190)', '๑ ตุลาคม ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๘', '1 ตุลาคม 2568 - 30 กันยายน 2568'],
    ['curly quotes (S004 L2854)', 'โครงการ “บริการเป็นเลิศ ก่อเกิดความประทับใจ”', 'โครงการ "บริการเป็นเลิศ ก่อเกิดความประทับใจ"'],
    ['decomposed sara am', 'การดำเนินงาน'.replace('ำ', '\u0e4d\u0e32'), 'การดำเนินงาน'],
    ['autolink keeps its address (S001 L184)', 'บนเว็บไซต์ <https://marubotokcity.go.th/>', 'บนเว็บไซต์ https://marubotokcity.go.th/'],
    ['checkbox markup', 'ไตรมาส <input checked="" type="checkbox"/> 1', 'ไตรมาส 1'],
  ])('%s', (_, raw, want) => {
    expect(normaliseText(raw)).toBe(want);
  });
});

describe('normaliseName', () => {
  it.each([
    ['wrapped indicator name (S000 L95)', 'คุณภาพการ ดำเนินงาน', 'คุณภาพการดำเนินงาน'],
    ['wrapped org name (S001 L357)', 'องค์การ บริหารส่วนตำบลแม่ตง', 'องค์การบริหารส่วนตำบลแม่ตง'],
    ['wrapped office (S000 L162)', 'กองคลัง/ หน่วยงาน ตรวจสอบ ภายใน', 'กองคลัง/หน่วยงานตรวจสอบภายใน'],
    ['space before Latin kept', 'ระบบ E-Service', 'ระบบ E-Service'],
  ])('%s', (_, raw, want) => {
    expect(normaliseName(raw)).toBe(want);
  });
});

describe('matchKey', () => {
  it('ignores every space and the digit script', () => {
    expect(matchKey('ข้อ ๐๒๑  ๑๐๐')).toBe(matchKey('ข้อ 021 100'));
  });
});

describe('parseNumber', () => {
  it.each([
    ['๘๓.๓๓', 83.33],
    ['๑๐๐', 100],
    ['จำนวน ๑๑๐,๐๐๐ บาท', 110000],
    ['110,000.00', 110000],
    ['0.00', 0],
    ['ร้อยละ', null],
  ])('%s → %p', (raw, want) => {
    expect(parseNumber(raw)).toBe(want);
  });
});
