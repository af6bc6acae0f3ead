import { describe, it, expect } from '@jest/globals';
import {
  frameworkFor,
  indicatorByNo,
  indicatorOfQuestion,
  matchIndicatorName,
  officialIndicatorName,
  toolOfCode,
} from './framework.lookup.js';
import { S000_INDICATORS, S001_INDICATORS, indicatorRows } from '../test-fixtures/seed-lines.js';

describe('matchIndicatorName on names printed in the seeds', () => {
  it.each([
    // S000 L64–73 summary table
    ...indicatorRows(S000_INDICATORS).map((r) => [
      r.name,
      r.no,
      ({ 1: 'different', 3: 'different', 10: 'different' } as Record<number, string>)[r.no] ?? 'exact',
    ]),
    // S001 L39–48 summary table
    ...indicatorRows(S001_INDICATORS).map((r) => [
      r.name,
      r.no,
      ({ 1: 'different', 3: 'different', 10: 'different' } as Record<number, string>)[r.no] ?? 'exact',
    ]),
    // S000 detail tables: cells broken over lines keep a space inside the name (L89, L92, L95, L101, L105, L133)
    ['การใช้ทรัพย์สิน ของทางราชการ', 4, 'alias'],
    ['การแก้ไขปัญหา การทุจริต', 5, 'exact'],
    ['คุณภาพการ ดำเนินงาน', 6, 'exact'],
    ['ประสิทธิภาพ การสื่อสาร', 7, 'exact'],
    ['การปรับปรุง การทำงาน', 8, 'exact'],
    ['การป้องกัน การทุจริต', 10, 'exact'],
    // S000 L25 foreword
    ['ประสิทธิภาพสื่อสาร', 7, 'different'],
    ['การปรับปรุงระบบการทำงาน', 8, 'alias'],
    // shortened with ไปยาลน้อย: a stem that begins this indicator's name (or alias) and no other's
    ['การใช้ทรัพย์สินฯ', 4, 'abbreviated'],
    ['การใช้ทรัพย์สินของทางราชการฯ', 4, 'abbreviated'],
    ['การป้องกันฯ', 10, 'abbreviated'],
    ['การแก้ไขปัญหาฯ', 5, 'abbreviated'],
    ['การฯ', 10, 'different'],
    ['การใช้ฯ', 3, 'different'],
    ['การใช้ทรัพย์สินฯ', 5, 'different'],
    ['การป้องกันการทุจริต ฯลฯ', 10, 'different'],
    ['คุณภาพฯ', 7, 'different'],
    // the right name under the wrong number is still different
    ['การใช้อำนาจ', 2, 'different'],
    // decomposed sara am (U+0E4D U+0E32) is not NFC-equal to ำ: thai-text repairs it before this point
    ['การปรับปรุงการท\u0e4d\u0e32งาน', 8, 'different'],
  ] as Array<[string, number, string]>)('%s (indicator %i) → %s', (printed, no, expected) => {
    expect(matchIndicatorName(printed, no, 2568)).toBe(expected);
  });

  it.each([
    [2562, 'unknown'],
    [2569, 'unknown'],
    [null, 'unknown'],
    [2563, 'alias'],
    [2567, 'alias'],
  ] as const)('year %p → %s', (year, expected) => {
    expect(matchIndicatorName('การใช้ทรัพย์สินของทางราชการ', 4, year)).toBe(expected);
  });

  it('indicator numbers outside 1–10 are unknown', () => {
    expect(matchIndicatorName('การปฏิบัติหน้าที่', 11, 2568)).toBe('unknown');
    expect(matchIndicatorName('การปฏิบัติหน้าที่', 0, 2568)).toBe('unknown');
  });
});

describe('indicator look-ups', () => {
  it.each([
    [1, 'การปฏิบัติหน้าที่', 'iit'],
    [3, 'การใช้อำนาจ', 'iit'],
    [4, 'การใช้ทรัพย์สินของราชการ', 'iit'],
    [5, 'การแก้ไขปัญหาการทุจริต', 'iit'],
    [6, 'คุณภาพการดำเนินงาน', 'eit'],
    [8, 'การปรับปรุงการทำงาน', 'eit'],
    [9, 'การเปิดเผยข้อมูล', 'oit'],
    [10, 'การป้องกันการทุจริต', 'oit'],
  ] as const)('indicator %i is %s (%s)', (no, name, tool) => {
    expect(officialIndicatorName(no, 2568)).toBe(name);
    expect(indicatorByNo(no, 2565)?.tool).toBe(tool);
  });

  it('has no framework outside 2563–2568', () => {
    expect(officialIndicatorName(1, 2569)).toBeNull();
    expect(frameworkFor(2562)).toBeNull();
    expect(frameworkFor(null)).toBeNull();
    expect([2563, 2564, 2565, 2566, 2567, 2568].map((y) => frameworkFor(y)?.year)).toEqual([2563, 2564, 2565, 2566, 2567, 2568]);
  });

  it('frameworks are frozen', () => {
    const fw = frameworkFor(2568)!;
    expect(Object.isFrozen(fw)).toBe(true);
    expect(Object.isFrozen(fw.indicators[0]!.aliases)).toBe(true);
    expect(() => {
      (fw.indicators[0] as { name: string }).name = 'x';
    }).toThrow(TypeError);
  });

  it('2568 carries 28 OIT item titles, the EIT two-part rule and verified weights', () => {
    const fw = frameworkFor(2568)!;
    expect(fw.oitItems).toHaveLength(28);
    expect(fw.oitItems[24]).toMatchObject({ code: 'o25', indicatorNo: 10, title: 'แผนปฏิบัติการป้องกันการทุจริต' });
    expect(fw.oitItems[26]).toMatchObject({ code: 'o27', title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน' });
    expect(fw.questionSet.eitParts).toMatchObject({ parts: 2, rule: 'mean-of-part-means', provenance: { verified: false } });
    expect(fw.weights.provenance.verified).toBe(true);
    expect(fw.levelScheme).toBe('pass-level');
    expect(frameworkFor(2565)!.weights.provenance.verified).toBe(false);
    expect(frameworkFor(2565)!.levelScheme).toBe('letter');
  });

  it('2566–2567 question numbering is marked unknown and unverified', () => {
    for (const y of [2566, 2567]) {
      const qs = frameworkFor(y)!.questionSet;
      expect(qs.known).toBe(false);
      expect(qs.provenance.verified).toBe(false);
      expect(qs.indicators).toEqual([]);
      expect(frameworkFor(y)!.oitItems).toEqual([]);
    }
  });
});

describe('question codes', () => {
  it.each([
    ['i1', 'iit'],
    ['i15', 'iit'],
    ['e9', 'eit'],
    ['o28', 'oit'],
    ['O21', 'oit'],
    [' e7 ', 'eit'],
    ['i0', null],
    ['x1', null],
    ['1๑', null],
    ['i', null],
    ['o123', null],
  ])('toolOfCode(%p) = %p', (code, tool) => {
    expect(toolOfCode(code)).toBe(tool);
  });

  it.each([
    // 2568, verified from the seeds
    ['i1', 2568, 1, null, true],
    ['i3', 2568, 1, null, true],
    ['i4', 2568, 2, null, true],
    ['i12', 2568, 4, null, true],
    ['i15', 2568, 5, null, true],
    ['e1', 2568, 6, null, true],
    ['e6', 2568, 7, null, true],
    ['e9', 2568, 8, null, true],
    ['o20', 2568, 9, null, true],
    ['o21', 2568, 10, null, true],
    ['o28', 2568, 10, null, true],
    // 2563–2565: OIT with sub-indicators; IIT/EIT ranges unverified
    ['o1', 2565, 9, '9.1', true],
    ['o10', 2564, 9, '9.2', true],
    ['o24', 2563, 9, '9.3', true],
    ['o28', 2565, 9, '9.4', true],
    ['o33', 2565, 9, '9.5', true],
    ['o34', 2565, 10, '10.1', true],
    ['o39', 2565, 10, '10.1', true],
    ['o42', 2565, 10, '10.2', true],
    ['o43', 2565, 10, '10.2', true],
    ['i7', 2565, 2, null, false],
    ['i30', 2565, 5, null, false],
    ['e15', 2565, 8, null, false],
  ] as const)('%s in %i → indicator %i, sub %p, verified %p', (code, year, no, sub, verified) => {
    const q = indicatorOfQuestion(code, year);
    expect(q).toMatchObject({ indicatorNo: no, subIndicator: sub, provenance: { verified } });
  });

  it.each([
    ['i16', 2568],
    ['e10', 2568],
    ['o29', 2568],
    ['o44', 2565],
    ['i31', 2565],
    ['i1', 2566],
    ['o1', 2567],
    ['i1', 2569],
    ['i1', null],
    ['1๒๐', 2568],
  ] as const)('%s in %p → null', (code, year) => {
    expect(indicatorOfQuestion(code, year)).toBeNull();
  });
});
