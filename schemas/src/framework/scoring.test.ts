import { describe, it, expect } from '@jest/globals';
import { computeToolScores, computeTotal, indicatorScoreFromQuestions, roundScore, scoresAgree } from './scoring.js';
import { TOOL_WEIGHTS_2568 } from './weights.data.js';
import { LaoError } from '../errors.js';
import {
  S000_INDICATORS,
  S000_OVERALL,
  S000_QUESTIONS,
  S001_INDICATORS,
  S001_OVERALL,
  S001_TOOLS,
  firstNumber,
  indicatorRows,
  questionRows,
} from '../test-fixtures/seed-lines.js';

describe('overall score = 0.30·IIT + 0.30·EIT + 0.40·OIT over indicator means (DOMAIN.md §1.3)', () => {
  it.each([
    { seed: 'S000', rows: S000_INDICATORS, overall: S000_OVERALL, iit: 97.554, eit: 95.723, oit: 71.25, total: 86.483 },
    { seed: 'S001', rows: S001_INDICATORS, overall: S001_OVERALL, iit: 98.11, eit: 97.603, oit: 91.25, total: 95.214 },
  ])('$seed reproduces its printed overall score from its indicator table', ({ rows, overall, iit, eit, oit, total }) => {
    const tools = computeToolScores(indicatorRows(rows));
    expect(tools.iit).toBeCloseTo(iit, 3);
    expect(tools.eit).toBeCloseTo(eit, 3);
    expect(tools.oit).toBeCloseTo(oit, 3);
    const computed = computeTotal(tools) as number;
    expect(computed).toBeCloseTo(total, 3);
    const printed = firstNumber(overall.slice(overall.indexOf('คะแนน')));
    expect(roundScore(computed)).toBe(printed);
    expect(scoresAgree(printed, computed)).toBe(true);
  });

  it('a plain mean of the 10 indicators does not reproduce S000 (91.74 ≠ 86.48)', () => {
    const rows = indicatorRows(S000_INDICATORS);
    const plain = rows.reduce((a, r) => a + r.score, 0) / rows.length;
    expect(roundScore(plain)).toBe(91.74);
    expect(scoresAgree(86.48, plain)).toBe(false);
  });

  it("S001's own printed tool scores give 95.495, not its printed 95.21", () => {
    const [iit, eit, oit] = S001_TOOLS.map((l) => firstNumber(l.slice(l.indexOf(')'))));
    expect([iit, eit, oit]).toEqual([96.65, 100, 91.25]);
    const fromPrinted = computeTotal({ iit: iit!, eit: eit!, oit: oit! }) as number;
    expect(fromPrinted).toBeCloseTo(95.495, 6);
    expect(scoresAgree(95.21, fromPrinted)).toBe(false);
    // and the printed IIT/EIT contradict the indicator table (TOOL_SCORE_MISMATCH), OIT agrees
    const table = computeToolScores(indicatorRows(S001_INDICATORS));
    expect(scoresAgree(96.65, table.iit as number)).toBe(false);
    expect(scoresAgree(100, table.eit as number)).toBe(false);
    expect(scoresAgree(91.25, table.oit as number)).toBe(true);
  });

  it('uses the weights 0.30 / 0.30 / 0.40', () => {
    expect([TOOL_WEIGHTS_2568.iit, TOOL_WEIGHTS_2568.eit, TOOL_WEIGHTS_2568.oit]).toEqual([0.3, 0.3, 0.4]);
    expect(computeTotal({ iit: 100, eit: 0, oit: 0 })).toBeCloseTo(30, 9);
    expect(computeTotal({ iit: 0, eit: 0, oit: 100 })).toBeCloseTo(40, 9);
  });
});

describe('tool scores with incomplete tables', () => {
  const full = indicatorRows(S000_INDICATORS);
  it.each([
    ['indicator 9 missing', full.filter((r) => r.no !== 9), { oit: null }],
    ['indicator 2 unreadable', full.map((r) => (r.no === 2 ? { ...r, score: null } : r)), { iit: null }],
    ['indicator 7 printed twice with different scores', [...full, { no: 7, name: 'ประสิทธิภาพการสื่อสาร', score: 90 }], { eit: null }],
  ])('%s → only that tool is null', (_name, rows, nulls) => {
    const t = computeToolScores(rows);
    const expected = { ...computeToolScores(full), ...nulls };
    expect(t).toEqual(expected);
    expect(computeTotal(t)).toBeNull();
  });

  it('an identical duplicate row is harmless', () => {
    expect(computeToolScores([...full, full[0]!])).toEqual(computeToolScores(full));
  });

  it('rejects an indicator number outside 1–10 with LaoError INVALID_INPUT', () => {
    expect(() => computeToolScores([{ no: 11, score: 50 }])).toThrow(LaoError);
    expect(() => computeTotal({ iit: Number.NaN, eit: 1, oit: 1 })).toThrow(/computeTotal/);
  });
});

describe('indicator score from its questions (DOMAIN.md §1.4)', () => {
  it.each([
    [1, 94.44, true],
    [4, 93.33, true],
    [6, 97, true],
    [7, 95, true],
    [8, 95.17, true],
    [9, 80, false],
    [10, 75, false],
  ])('S000 indicator %i computes to %d; agrees with the printed table: %s', (no, expected, agrees) => {
    const computed = indicatorScoreFromQuestions(questionRows(S000_QUESTIONS[no] as string[])) as number;
    expect(roundScore(computed)).toBe(expected);
    const printed = indicatorRows(S000_INDICATORS).find((r) => r.no === no)!.score;
    expect(scoresAgree(printed, computed)).toBe(agrees);
  });

  it('EIT indicator 6 of S000 is (mean part 1 + mean part 2)/2 = (100 + 94)/2', () => {
    const rows = questionRows(S000_QUESTIONS[6] as string[]);
    expect(rows.map((r) => r.parts)).toEqual([[100, 89], [100, 93], [100, 100]]);
    expect(indicatorScoreFromQuestions(rows)).toBeCloseTo(97, 9);
  });

  it('recomputing S000 with question means for indicators 9 and 10 gives 88.98 instead of 86.48', () => {
    const rows = indicatorRows(S000_INDICATORS).map((r) =>
      r.no === 9 || r.no === 10
        ? { ...r, score: indicatorScoreFromQuestions(questionRows(S000_QUESTIONS[r.no] as string[])) }
        : r,
    );
    expect(roundScore(computeTotal(computeToolScores(rows)) as number)).toBe(88.98);
  });

  it('S001 indicator 1 (95.17, 95.42, 100) computes to 96.86, not the printed 96.53', () => {
    const c = indicatorScoreFromQuestions([95.17, 95.42, 100].map((score) => ({ score, parts: null }))) as number;
    expect(roundScore(c)).toBe(96.86);
    expect(scoresAgree(96.53, c)).toBe(false);
  });

  it.each([
    ['no rows', [], null],
    ['a missing score', [{ score: 100, parts: null }, { score: null, parts: null }], null],
    ['rows with unequal part counts fall back to scores', [{ score: 90, parts: [100, 80] }, { score: 70, parts: [70] }], 80],
  ])('%s → %p', (_n, rows, expected) => {
    expect(indicatorScoreFromQuestions(rows)).toBe(expected);
  });
});

describe('roundScore', () => {
  it.each([
    [86.483, 86.48],
    [95.214, 95.21],
    [95.495, 95.5],
    [1.005, 1.01],
    [94.444444, 94.44],
    [95.1666667, 95.17],
    [-1.005, -1.01],
    [100, 100],
  ])('%d → %d', (x, r) => {
    expect(roundScore(x)).toBe(r);
  });
});
