import { describe, it, expect } from '@jest/globals';
import { findThaiDates, parseThaiDate } from './thai-date.parser.js';
import { beToCe, ceToBe, fiscalYearOf, fiscalYearRange } from './buddhist-calendar.js';
import { monthNumber } from './thai-months.js';

describe('parseThaiDate', () => {
  it.each<[string, { year: number; month: number; day: number | null; iso: string | null }]>([
    ['ต.ค. ๖๕', { year: 2565, month: 10, day: null, iso: null }],
    ['๙ ก.พ.๖๖', { year: 2566, month: 2, day: 9, iso: '2023-02-09' }],
    ['๖ เดือน มิถุนายน พ.ศ. ๒๕๖๕', { year: 2565, month: 6, day: 6, iso: '2022-06-06' }],
    ['** ข้อมูล ณ วันที่ 22 พฤศจิกายน 2565', { year: 2565, month: 11, day: 22, iso: '2022-11-22' }], // S004 L2908
    ['ประกาศ ณ วันที่ ๑๘ สิงหาคม พ.ศ.๒๕๖๘', { year: 2568, month: 8, day: 18, iso: '2025-08-18' }],
    ['ผลการดำเนินการ ๑๗ เมษายน พ.ศ. ๒๕๖๓', { year: 2563, month: 4, day: 17, iso: '2020-04-17' }], // S002 L42
    ['เดือนเมษายน ๒๕๖๓ เป็นต้นไป', { year: 2563, month: 4, day: null, iso: null }],
    ['๑ ม.ค. ๒๕๖๗', { year: 2567, month: 1, day: 1, iso: '2024-01-01' }],
    ['๒๙ ก.พ. ๒๕๖๗', { year: 2567, month: 2, day: 29, iso: '2024-02-29' }],
    ['๕ ธ.ค. 2022', { year: 2565, month: 12, day: 5, iso: '2022-12-05' }],
    ['มี.ค. ๖๘', { year: 2568, month: 3, day: null, iso: null }],
    ['ก.ย.๖๘', { year: 2568, month: 9, day: null, iso: null }],
    ['๓๐ ก. ย. ๖๘', { year: 2568, month: 9, day: 30, iso: '2025-09-30' }],
  ])('%j', (s, want) => {
    expect(parseThaiDate(s)).toMatchObject({ ...want, exists: true });
  });

  it('reports a day the month does not have instead of shifting it', () => {
    expect(parseThaiDate('๓๑ กันยายน ๒๕๖๘')).toMatchObject({ year: 2568, month: 9, day: 31, exists: false, iso: null });
    expect(parseThaiDate('๒๙ ก.พ. ๒๕๖๘')).toMatchObject({ day: 29, exists: false, iso: null });
  });

  it.each([
    ['ต.คอนสวรรค์ ๒๕๖๘'], // tambon abbreviation, not ต.ค.
    ['ตามมติ ก.พ. เรื่องการบริหารงานบุคคล'], // Civil Service Commission, nothing beside it
    ['รอบ ๖ เดือน'],
    ['เดือนตุลาคม'], // a month word alone
    ['ประจำปีงบประมาณ พ.ศ. ๒๕๖๘'],
  ])('no date in %j', (s) => {
    expect(parseThaiDate(s)).toBeNull();
  });

  it('uses a default year only when asked', () => {
    expect(parseThaiDate('๑๘ สิงหาคม')).toBeNull();
    expect(parseThaiDate('๑๘ สิงหาคม', { defaultYear: 2568 })?.iso).toBe('2025-08-18');
  });

  it('finds every date of a line with offsets', () => {
    const s = 'ตั้งแต่ ๑ ต.ค. ๖๕ ถึง ๓๐ ก.ย. ๖๖';
    const found = findThaiDates(s);
    expect(found.map((d) => [d.day, d.month, d.year])).toEqual([
      [1, 10, 2565],
      [30, 9, 2566],
    ]);
    for (const d of found) expect(s.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('months and calendar', () => {
  it('knows every full name and abbreviation', () => {
    expect(['มกราคม', 'ก.พ.', 'มี.ค', 'เมษายน', 'พ.ค.', 'มิ.ย.', 'กรกฎาคม', 'ส.ค.', 'ก.ย', 'ตุลาคม', 'พ. ย.', 'ธันวาคม'].map(monthNumber)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    expect(monthNumber('ต.')).toBeNull();
  });
  it('converts BE and CE', () => {
    expect(beToCe(2568)).toBe(2025);
    expect(ceToBe(2022)).toBe(2565);
  });
  it.each<[string, number | null]>([
    ['2025-10-01', 2569],
    ['2025-09-30', 2568],
    ['2024-10-01', 2568],
    ['2024-12-31', 2568],
    ['2025-02-30', null],
    ['25-10-01', null],
  ])('fiscalYearOf(%s) = %s', (iso, fy) => {
    expect(fiscalYearOf(iso)).toBe(fy);
  });
  it('gives a fiscal year range', () => {
    expect(fiscalYearRange(2568)).toEqual({ start: '2024-10-01', end: '2025-09-30' });
    expect(fiscalYearRange(2564)).toEqual({ start: '2020-10-01', end: '2021-09-30' });
  });
});
