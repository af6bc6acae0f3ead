import { describe, expect, it } from '@jest/globals';
import { parsePeriod } from './thai-date.parse.js';

describe('parsePeriod', () => {
  it.each([
    ['fiscal year 2569 (S000 L149)', '๑ ตุลาคม ๒๕๖๘ ถึง ๓๐ กันยายน ๒๕๖๙', '2025-10-01', '2026-09-30'],
    ['range ending before it starts (S001 L190)', '๑ ตุลาคม ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๘', '2025-10-01', '2025-09-30'],
    ['a whole month (S002 L37)', 'เดือนเมษายน ๒๕๖๔', '2021-04-01', '2021-04-30'],
    ['a month with a space (S002 L43)', 'เดือน เมษายน ๒๕๖๔', '2021-04-01', '2021-04-30'],
    ['open-ended (S002 L42)', 'เดือนเมษายน ๒๕๖๓ เป็นต้นไป', '2020-04-01', null],
    ['abbreviated month', '๒๐ ก.ย. ๒๕๖๕', '2022-09-20', '2022-09-20'],
    ['leap February', 'เดือนกุมภาพันธ์ ๒๕๖๗', '2024-02-01', '2024-02-29'],
    ['no date at all', 'ดำเนินการตลอดปีงบประมาณ', null, null],
  ])('%s', (_, raw, start, end) => {
    const p = parsePeriod(raw);
    expect([p.start, p.end]).toEqual([start, end]);
  });
});
