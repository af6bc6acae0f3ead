import { describe, expect, it } from '@jest/globals';
import { isOtherTableHeader, roleOf, rolesOf } from './measure-columns.js';
import { monthColumns, monthOfLabel, monthsPeriod } from './measure-months.js';
import { parsePeriod } from './period.parser.js';

describe('month column labels', () => {
  it.each<[string, { month: number; year: number | null } | null]>([
    ['ต.ค.', { month: 10, year: null }],
    ['ระยะเวลาดำเนินการ มี.ค.', { month: 3, year: null }],
    ['ระยะเวลาดำเนินการ ม.ค.', { month: 1, year: null }],
    ['ระยะเวลาดำเนินการ พ.ศ. 2567 พ.ย.', { month: 11, year: 2567 }],
    ['ต.ค. 67', { month: 10, year: 2567 }],
    ['ก.ย', { month: 9, year: null }],
    ['ตุลาคม 2567', { month: 10, year: 2567 }],
    ['ระยะเวลา ต.ค. 2567 - ก.ย. 2568', null],
    ['ข้อมูล ณ 30 ก.ย.', null],
    ['ระยะเวลาดำเนินการ', null],
  ])('%s → %j', (label, expected) => {
    expect(monthOfLabel(label)).toEqual(expected);
  });

  it('a run of month heads are month columns; one period head ending with a month keeps its role', () => {
    expect(roleOf('ระยะเวลาดำเนินการ ธ.ค.')).toBe('month');
    expect(roleOf('ระยะเวลาดำเนินการ ไตรมาส 2')).toBe('quarter');
    const months = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.'].map((m) => `ระยะเวลาดำเนินการ ${m}`);
    expect(rolesOf(['ที่', 'มาตรการ', ...months, 'ผู้รับผิดชอบ'])).toEqual(['no', 'title', 'month', 'month', 'month', 'month', 'responsible']);
    expect(rolesOf(['มาตรการ', 'ระยะเวลาดำเนินการ ตุลาคม 2567', 'ผู้รับผิดชอบ'])).toEqual(['title', 'period', 'responsible']);
  });

  it('years printed over month columns are no column per year (not a plan table)', () => {
    const labels = ['ที่', 'มาตรการ', 'พ.ศ. 2567 ต.ค.', 'พ.ศ. 2567 พ.ย.', 'พ.ศ. 2567 ธ.ค.', 'พ.ศ. 2568 ม.ค.', 'พ.ศ. 2568 ก.พ.', 'ผู้รับผิดชอบ'];
    expect(isOtherTableHeader(labels)).toBe(false);
    expect(isOtherTableHeader(['ที่', 'โครงการ', 'ปี 2568 (บาท)', 'ปี 2569 (บาท)', 'ผู้รับผิดชอบ'])).toBe(true);
  });
});

describe('monthsPeriod: first to last ticked month of the fiscal year', () => {
  const t = (...ms: number[]) => ms.map((month) => ({ month, year: null }));
  it.each<[string, number[], string, string, string]>([
    ['ต.ค.–มี.ค. of FY 2568 (ต.ค. in 2024)', [10, 11, 12, 1, 2, 3], 'ต.ค. 2567 - มี.ค. 2568', '2024-10-01', '2025-03-31'],
    ['ticks out of column order', [3, 10], 'ต.ค. 2567 - มี.ค. 2568', '2024-10-01', '2025-03-31'],
    ['one month', [1], 'ม.ค. 2568', '2025-01-01', '2025-01-31'],
    ['months between left unticked', [11, 2, 8], 'พ.ย. 2567 - ส.ค. 2568', '2024-11-01', '2025-08-31'],
    ['a whole year', [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9], 'ต.ค. 2567 - ก.ย. 2568', '2024-10-01', '2025-09-30'],
    ['February of a leap year (FY 2567 = 2024)', [2], 'ก.พ. 2567', '2024-02-01', '2024-02-29'],
  ])('%s', (_name, months, text, start, end) => {
    const fy = _name.includes('2567 = 2024') ? 2567 : 2568;
    const p = monthsPeriod(t(...months), fy);
    expect(p).toEqual({ text, start, end });
    // The text says the same as the bounds: read back, it gives them.
    expect(parsePeriod(p!.text)).toEqual({ text, start, end });
  });

  it('a year printed over the months wins over the fiscal year', () => {
    expect(monthsPeriod([{ month: 12, year: 2566 }, { month: 1, year: 2567 }], 2568)).toEqual({ text: 'ธ.ค. 2566 - ม.ค. 2567', start: '2023-12-01', end: '2024-01-31' });
  });

  it('no year known: the months as text, no bounds', () => {
    expect(monthsPeriod(t(10, 12), null)).toEqual({ text: 'ต.ค. - ธ.ค.', start: null, end: null });
    expect(monthsPeriod([], 2568)).toBeNull();
  });
});

describe('monthColumns: calendar or fiscal years over the months', () => {
  const months = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.'];
  const years = (labels: string[]) => monthColumns(labels, (i) => i > 0).map((m) => m && [m.month, m.year]);
  it('calendar years printed over their months are kept', () => {
    expect(years(['มาตรการ', ...['2567', '2567', '2567', '2568', '2568'].map((y, i) => `พ.ศ. ${y} ${months[i]}`)])).toEqual([null, [10, 2567], [11, 2567], [12, 2567], [1, 2568], [2, 2568]]);
  });
  it('one year over months running from ต.ค. into ม.ค. is the fiscal year', () => {
    expect(years(['มาตรการ', ...months.map((m) => `พ.ศ. 2568 ${m}`)])).toEqual([null, [10, 2567], [11, 2567], [12, 2567], [1, 2568], [2, 2568]]);
  });
  it('a year labelled ปีงบประมาณ is the fiscal year even over ต.ค.–ธ.ค. alone', () => {
    expect(years(['มาตรการ', ...months.slice(0, 3).map((m) => `ปีงบประมาณ 2568 ${m}`)])).toEqual([null, [10, 2567], [11, 2567], [12, 2567]]);
  });
  it('no year printed: null (the report\'s fiscal year decides later)', () => {
    expect(years(['มาตรการ', ...months])).toEqual([null, [10, null], [11, null], [12, null], [1, null], [2, null]]);
  });
});
