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
