import { describe, it, expect } from '@jest/globals';
import { classifyLevelLabels, expectedLevels, letterFor, levelContradictsBand, levelSchemeFor } from './level-rules.js';
import { computeToolScores } from './scoring.js';
import { LETTER_BANDS, PASS_LEVELS, PASS_MARK } from './levels.data.js';
import {
  S000_INDICATORS,
  S000_OVERALL,
  S001_INDICATORS,
  S001_OVERALL,
  firstNumber,
  indicatorRows,
  thaiDigits,
} from '../test-fixtures/seed-lines.js';

/** The level text as the seeds print it, after the score. */
const levelText = (line: string) => thaiDigits(line).replace(/^.*?\d+\.\d+\s*คะแนน\s*/, '').replace(/ดังรายละเอียด.*$/, '');

const s000 = { total: firstNumber(S000_OVERALL.slice(S000_OVERALL.indexOf('ร้อยละ'))), tools: computeToolScores(indicatorRows(S000_INDICATORS)) };
const s001 = { total: firstNumber(S001_OVERALL.slice(S001_OVERALL.indexOf('คะแนน'))), tools: computeToolScores(indicatorRows(S001_INDICATORS)) };

describe('the level rule on the seeds', () => {
  it('reads the seeds as printed', () => {
    expect(s000.total).toBe(86.48);
    expect(levelText(S000_OVERALL)).toBe('ระดับผลการประเมิน ระดับ ผ่าน');
    expect(s001.total).toBe(95.21);
    expect(levelText(S001_OVERALL)).toBe('อยู่ในระดับ A หรือ ผ่านดี ');
  });

  it('S000: 86.48 with OIT 71.25 → "ผ่าน" is true (the expected level), ผ่านดี would contradict', () => {
    expect(s000.tools.oit).toBeCloseTo(71.25, 9);
    expect(expectedLevels(2568, s000.total, s000.tools).levels).toEqual(['ผ่าน']);
    expect(levelContradictsBand('ผ่าน', s000)).toMatchObject({ contradicts: false, undetermined: false });
    expect(levelContradictsBand(levelText(S000_OVERALL), s000)).toMatchObject({ contradicts: false, undetermined: false });
    const merit = levelContradictsBand('ผ่านดี', s000);
    expect(merit.contradicts).toBe(true);
    expect(merit.labels[0]!.reasonEn).toMatch(/OIT 71\.25/);
  });

  it('S001: 95.21 → "A" contradicts (AA band on the letter scale), "ผ่านดี" is consistent', () => {
    const a = levelContradictsBand('A', s001);
    expect(a.contradicts).toBe(true);
    expect(a.labels[0]!.reasonEn).toContain('AA');
    expect(levelContradictsBand('ผ่านดี', s001)).toMatchObject({ contradicts: false, undetermined: false });
    expect(letterFor(95.21)).toBe('AA');
    expect(expectedLevels(2568, s001.total, s001.tools).levels).toEqual(['ผ่านดี', 'ผ่าน']);
  });

  it('S001 "อยู่ในระดับ A หรือ ผ่านดี" as one printed string: contradicts because of the A', () => {
    const r = levelContradictsBand(levelText(S001_OVERALL), s001);
    expect(r.labels.map((l) => [l.label, l.verdict])).toEqual([
      ['A', 'contradicts'],
      ['ผ่านดี', 'consistent'],
    ]);
    expect(r.contradicts).toBe(true);
  });

  it('S001 with the tool scores it prints (96.65 / 100 / 91.25) is still ผ่านดี, not ผ่านดีเยี่ยม', () => {
    const printed = { total: 95.21, tools: { iit: 96.65, eit: 100, oit: 91.25 } };
    expect(levelContradictsBand('ผ่านดี', printed).contradicts).toBe(false);
    expect(levelContradictsBand('ผ่านดีเยี่ยม', printed).contradicts).toBe(true);
  });
});

describe('levelContradictsBand: the product owner rule', () => {
  const tools = (x: number) => ({ iit: x, eit: x, oit: x });
  it.each([
    // a pass label below 85
    ['ผ่าน', 84.99, null, 'contradicts'],
    ['ผ่านดี', 80, tools(90), 'contradicts'],
    // a bare ผ่าน at 85+ is true
    ['ผ่าน', 85, null, 'consistent'],
    ['ระดับ ผ่าน', 99.5, tools(99), 'consistent'],
    // ไม่ผ่าน (and the other fail labels) at 85 or more
    ['ไม่ผ่าน', 85, null, 'contradicts'],
    ['ไม่ผ่าน', 84.99, null, 'consistent'],
    ['ต้องปรับปรุง', 86.48, null, 'contradicts'],
    ['ต้องปรับปรุงโดยด่วน', 75, null, 'consistent'],
    // letter grades outside their band
    ['AA', 95, null, 'consistent'],
    ['AA', 94.99, null, 'contradicts'],
    ['A', 85, null, 'consistent'],
    ['A', 94.99, null, 'consistent'],
    ['B', 84.99, null, 'consistent'],
    ['B', 85, null, 'contradicts'],
    ['F', 49.99, null, 'consistent'],
    ['E', 49.99, null, 'contradicts'],
    // ผ่านดี / ผ่านดีเยี่ยม without the scores for it
    ['ผ่านดี', 90, { iit: 90, eit: 84.99, oit: 90 }, 'contradicts'],
    ['ผ่านดี', 90, tools(85), 'consistent'],
    ['ผ่านดีเยี่ยม', 96, { iit: 96, eit: 96, oit: 94 }, 'contradicts'],
    ['ผ่านดีเยี่ยม', 94.99, tools(100), 'contradicts'],
    ['ผ่านดีเยี่ยม', 95, tools(95), 'consistent'],
    ['ผ่านดี', 90, null, 'undetermined'],
    ['ผ่านดี', 90, { iit: 90, eit: null, oit: 80 }, 'contradicts'],
    ['ผ่านดี', 90, { iit: 90, eit: null, oit: 90 }, 'undetermined'],
    // unknown labels and missing totals cannot be judged
    ['ดีมาก', 90, null, 'undetermined'],
    ['ผ่าน', null, null, 'undetermined'],
  ] as const)('%s at %p with tools %j → %s', (printed, total, t, verdict) => {
    const r = levelContradictsBand(printed, { total, tools: t });
    expect(r.contradicts).toBe(verdict === 'contradicts');
    expect(r.undetermined).toBe(verdict === 'undetermined');
  });
});

describe('expectedLevels', () => {
  it.each([
    [2565, 95.21, null, ['AA', 'ผ่าน'], []],
    [2565, 84.99, null, ['B', 'ไม่ผ่าน'], []],
    [2563, 49.99, null, ['F', 'ไม่ผ่าน'], []],
    [2566, 96, { iit: 96, eit: 97, oit: 95 }, ['ผ่านดีเยี่ยม', 'ผ่านดี', 'ผ่าน'], []],
    [2567, 96, null, ['ผ่าน'], ['ผ่านดีเยี่ยม', 'ผ่านดี']],
    [2568, 84.99, null, ['ต้องปรับปรุง', 'ไม่ผ่าน'], []],
    [2568, 69.99, null, ['ต้องปรับปรุงโดยด่วน', 'ไม่ผ่าน'], []],
    [2569, 70, null, ['ต้องปรับปรุง', 'ไม่ผ่าน'], []],
    [null, 90, null, ['ผ่าน'], []],
  ])('year %p, total %p, tools %j → %j (undetermined %j)', (year, total, t, levels, undetermined) => {
    const e = expectedLevels(year, total, t);
    expect(e.levels).toEqual(levels);
    expect(e.undetermined).toEqual(undetermined);
    expect(e.provenance.length).toBeGreaterThan(0);
  });

  it('every level it expects is consistent under levelContradictsBand', () => {
    const bad: unknown[] = [];
    let checked = 0;
    for (const year of [2564, 2568]) {
      for (let total = 0; total <= 100; total += 0.25) {
        for (const tools of [null, { iit: total, eit: total, oit: total }, { iit: 100, eit: 100, oit: total - 20 }]) {
          for (const level of expectedLevels(year, total, tools).levels) {
            checked++;
            if (levelContradictsBand(level, { total, tools }).contradicts) bad.push({ year, total, tools, level });
          }
        }
      }
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(4000);
  });
});

describe('level data', () => {
  it('letter bands tile 0–100 in 0.01 steps and the pass mark is 85', () => {
    expect(PASS_MARK).toBe(85);
    LETTER_BANDS.forEach((b, i) => {
      const lower = LETTER_BANDS[i + 1];
      if (lower) expect(Math.round((b.min - lower.max) * 100)).toBe(1);
    });
    expect(LETTER_BANDS.at(-1)!.min).toBe(0);
    expect(LETTER_BANDS[0]!.max).toBe(100);
  });

  it('2566+ levels are unverified and name their source; the scheme switches in 2566', () => {
    expect(PASS_LEVELS.map((l) => l.level)).toEqual(['ผ่านดีเยี่ยม', 'ผ่านดี', 'ผ่าน', 'ต้องปรับปรุง', 'ต้องปรับปรุงโดยด่วน']);
    for (const l of PASS_LEVELS) expect(l.provenance).toMatchObject({ verified: false, source: expect.stringContaining('DOMAIN.md §1.5') });
    expect([2563, 2565, 2566, 2568].map(levelSchemeFor)).toEqual(['letter', 'letter', 'pass-level', 'pass-level']);
  });

  it.each([
    ['ระดับ A หรือ ผ่านดี', ['A:letter', 'ผ่านดี:merit']],
    ['ระดับผลการประเมิน ระดับ ผ่าน', ['ผ่าน:pass']],
    ['อยู่ในระดับ A', ['A:letter']],
    ['ระดับคุณภาพดี', ['คุณภาพดี:unknown']],
    ['ผ่าน ดี เยี่ยม', ['ผ่านดีเยี่ยม:merit']],
    ['aa', ['AA:letter']],
    ['ไม่ผ่าน', ['ไม่ผ่าน:fail']],
  ])('classifyLevelLabels(%s)', (printed, expected) => {
    expect(classifyLevelLabels(printed).map((l) => `${l.label}:${l.kind}`)).toEqual(expected);
  });
});
