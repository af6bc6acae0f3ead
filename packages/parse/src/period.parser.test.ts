import { describe, expect, it } from '@jest/globals';
import { parsePeriod } from './period.parser.js';

describe('parsePeriod', () => {
  it.each([
    ['1 ตุลาคม 2568 ถึง 30 กันยายน 2569', '2025-10-01', '2026-09-30'], // seed 000 L145
    ['1 ตุลาคม 2568 - 30 กันยายน 2568', '2025-10-01', '2025-09-30'], // seed 001 L190: inverted, kept as printed
    ['เดือนเมษายน 2564', '2021-04-01', '2021-04-30'], // seed 002 L37: a month is its first to last day
    ['เดือน เมษายน 2564', '2021-04-01', '2021-04-30'],
    ['เดือนเมษายน 2563 เป็นต้นไป', '2020-04-01', null], // seed 002 L42: open end
    ['ตลอดปีงบประมาณ', null, null],
  ])('%s', (text, start, end) => {
    expect(parsePeriod(text)).toEqual({ text, start, end });
  });

  it('an empty cell is no period', () => {
    expect(parsePeriod('  ')).toBeNull();
  });
});

describe('parsePeriod: more printed forms', () => {
  it.each([
    ['ตุลาคม 2568 - กันยายน 2569', '2025-10-01', '2026-09-30'], // months: first to last day
    ['ต.ค. 68 – ก.ย. 69', '2025-10-01', '2026-09-30'],
    ['ปีงบประมาณ พ.ศ. 2569', '2025-10-01', '2026-09-30'], // a fiscal year
    ['ตลอดปีงบประมาณ พ.ศ. ๒๕๖๙', '2025-10-01', '2026-09-30'],
    ['ไตรมาส 1-2 ปีงบประมาณ 2569', '2025-10-01', '2026-03-31'], // Q1 starts in October of the year before
    ['ไตรมาสที่ 3', null, null], // no year anywhere: kept as text
    ['1 ตุลาคม 2568 - mo กันยายน 2568', '2025-10-01', '2025-09-30'], // OCR noise before the end month
  ])('%s', (text, start, end) => {
    expect(parsePeriod(text)).toEqual({ text, start, end });
  });

  it.each([
    ['ไตรมาสที่ 3', '2026-04-01', '2026-06-30'],
    ['ไตรมาส 1-4', '2025-10-01', '2026-09-30'],
    ['ไตรมาสที่ 2 และ 4', '2026-01-01', '2026-09-30'],
  ])('%s in fiscal year 2569', (text, start, end) => {
    expect(parsePeriod(text, { fiscalYear: 2569 })).toEqual({ text, start, end });
  });
});
