import { describe, it, expect } from '@jest/globals';
import { parseThaiDateRange } from './thai-date-range.parser.js';

describe('parseThaiDateRange', () => {
  it('reports the inverted period of seed 001 (L190 and six more) without correcting it', () => {
    const r = parseThaiDateRange('๑ ตุลาคม ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๘');
    expect(r).toMatchObject({ startIso: '2025-10-01', endIso: '2025-09-30', inverted: true, invalid: [] });
  });

  it.each<[string, string | null, string | null]>([
    ['๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘', '2024-10-01', '2025-09-30'],
    ['ตั้งแต่ ต.ค. ๖๕ ถึง ก.ย. ๖๖', '2022-10-01', '2023-09-30'],
    ['ต.ค. ๖๕', '2022-10-01', '2022-10-31'],
    ['๑ - ๓๑ ต.ค. ๖๕', '2022-10-01', '2022-10-31'],
    ['พ.ศ. ๒๕๖๖-๒๕๗๐', '2023-01-01', '2027-12-31'],
    ['ตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘', '2024-10-01', '2025-09-30'],
    ['ตุลาคม - ธันวาคม ๒๕๖๗', '2024-10-01', '2024-12-31'],
    ['๑ ธ.ค. - ๓๑ ม.ค. ๖๖', '2022-12-01', '2023-01-31'],
    ['ระหว่าง ๑ มกราคม ๒๕๖๘ ถึง ๓๑ มีนาคม ๒๕๖๘', '2025-01-01', '2025-03-31'],
    ['ปี ๒๕๖๙', '2026-01-01', '2026-12-31'],
  ])('%j → %s..%s', (s, start, end) => {
    const r = parseThaiDateRange(s);
    expect(r).not.toBeNull();
    expect([r?.startIso, r?.endIso, r?.inverted]).toEqual([start, end, false]);
  });

  it('lists a date that does not exist and leaves its side empty', () => {
    const r = parseThaiDateRange('๑ ตุลาคม ๒๕๖๗ – ๓๑ กันยายน ๒๕๖๘');
    expect(r).toMatchObject({ startIso: '2024-10-01', endIso: null, invalid: ['๓๑ กันยายน ๒๕๖๘'], inverted: false });
    expect(r?.end).toEqual({ year: 2568, month: 9, day: 31 });
  });

  it.each([['ตลอดปี'], ['ผู้รับผิดชอบ สำนักปลัด'], ['รอบ ๖ เดือน - ๑๒ เดือน'], ['']])('no range in %j', (s) => {
    expect(parseThaiDateRange(s)).toBeNull();
  });
});
