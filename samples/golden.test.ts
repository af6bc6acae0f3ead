import { describe, expect, it } from '@jest/globals';
import { FLAG_CODES } from '@lao/schemas';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CURATIONS } from './scripts/curate/golden-curations.js';
import { GoldenReportSchema, type GoldenReport } from './scripts/lib/golden.schema.js';
import { indicatorOfQuestion, mean, round2 } from './scripts/lib/ita-framework.js';
import { SeedText } from './scripts/lib/seed.reader.js';

const dir = dirname(fileURLToPath(import.meta.url));
const golden = (sample: string): GoldenReport =>
  GoldenReportSchema.parse(JSON.parse(readFileSync(join(dir, 'golden', `${sample}.golden.json`), 'utf8')));
const ALL = ['s000-ita-analysis', 's001-ita-analysis', 's002-measures-progress', 's004-anticorruption-plan'];

const countBy = <T>(xs: readonly T[], key: (x: T) => string): Record<string, number> =>
  xs.reduce<Record<string, number>>((acc, x) => ({ ...acc, [key(x)]: (acc[key(x)] ?? 0) + 1 }), {});

describe('golden content', () => {
  it.each(ALL)('%s: every flag has its code table severity', (sample) => {
    expect(golden(sample).flags.filter((f) => FLAG_CODES[f.code] !== f.severity)).toEqual([]);
  });

  // The product owner's granularity (samples/golden/DECISIONS.md), against DOMAIN.md §5.
  it.each([
    ['s000-ita-analysis', { DISTRICT_MISMATCH: 1, ORG_NAME_VARIANT: 1, INDICATOR_SCORE_MISMATCH: 2, INDICATOR_NAME_MISMATCH: 3 }],
    [
      's001-ita-analysis',
      {
        PROVINCE_MISMATCH: 1,
        ORG_NAME_VARIANT: 1,
        ORG_NAME_MISMATCH: 2,
        LEVEL_MISMATCH: 1,
        TOOL_SCORE_MISMATCH: 2,
        INDICATOR_SCORE_MISMATCH: 6,
        INDICATOR_NAME_MISMATCH: 3,
        QUESTION_SCORE_CONFLICT: 15,
        DATE_RANGE_INVALID: 1,
      },
    ],
    ['s002-measures-progress', { ORG_NAME_VARIANT: 1, ORG_NAME_MISMATCH: 1, FISCAL_YEAR_MISMATCH: 1 }],
    ['s004-anticorruption-plan', { ORG_NAME_VARIANT: 1, DISTRICT_MISMATCH: 1, PLAN_COUNT_MISMATCH: 16, PLAN_BUDGET_MISMATCH: 5 }],
  ])('%s: flags by code', (sample, want) => {
    expect(countBy(golden(sample).flags, (f) => f.code)).toEqual(want);
  });

  it.each([
    ['s000-ita-analysis', [9, 10]],
    ['s001-ita-analysis', [1, 6, 7, 8, 9, 10]],
  ])('%s: indicators that are not the mean of their questions are those of DOMAIN.md §1.4', (sample, want) => {
    const ita = golden(sample).ita;
    const off = (ita?.indicators ?? []).filter((ind) => {
      const qs = (ita?.questions ?? []).filter((q) => indicatorOfQuestion(q.code) === ind.no);
      return Math.abs(round2(mean(qs.map((q) => q.score ?? 0))) - (ind.score ?? 0)) > 0.01;
    });
    expect(off.map((i) => i.no)).toEqual(want);
  });

  it.each([
    ['s000-ita-analysis', 86.48],
    ['s001-ita-analysis', 95.21],
  ])('%s: 0.3·IIT + 0.3·EIT + 0.4·OIT of the printed indicators gives the printed total', (sample, total) => {
    const ita = golden(sample).ita;
    const tool = (from: number, to: number): number =>
      mean((ita?.indicators ?? []).filter((i) => i.no >= from && i.no <= to).map((i) => i.score ?? 0));
    expect(ita?.totalScore).toBe(total);
    expect(Math.abs(0.3 * tool(1, 5) + 0.3 * tool(6, 8) + 0.4 * tool(9, 10) - total)).toBeLessThanOrEqual(0.01);
  });

  it.each(['s000-ita-analysis', 's001-ita-analysis'])('%s: questions i1–i15, e1–e9, o1–o28 once each', (sample) => {
    const codes = (golden(sample).ita?.questions ?? []).map((q) => q.code);
    const want = [
      ...Array.from({ length: 15 }, (_, i) => `i${i + 1}`),
      ...Array.from({ length: 9 }, (_, i) => `e${i + 1}`),
      ...Array.from({ length: 28 }, (_, i) => `o${i + 1}`),
    ];
    expect(codes).toEqual(want);
  });

  describe('s004 e-PlanNACC year tables', () => {
    const plan = golden('s004-anticorruption-plan').plan;
    // DOMAIN.md §5 S004 item 4 (counts per มิติ) and the seed's รวมทั้งสิ้น rows (per-quarter counts).
    it.each([
      [2566, [6, 27, 4, 6], [40, 39, 33, 34]],
      [2567, [6, 27, 4, 7], [44, 43, 40, 39]],
      [2568, [5, 26, 4, 6], [41, 40, 38, 38]],
      [2569, [7, 27, 4, 6], [44, 44, 38, 37]],
      [2570, [6, 28, 4, 6], [42, 43, 38, 38]],
    ])('%i: projects per มิติ, numbering, budget 110,000, quarters ticked', (year, perDimension, perQuarter) => {
      const ps = (plan?.projects ?? []).filter((p) => p.year === year);
      expect([1, 2, 3, 4].map((d) => ps.filter((p) => p.dimension === d).length)).toEqual(perDimension);
      expect(ps.map((p) => p.no)).toEqual(ps.map((_, i) => i + 1));
      expect(ps.reduce((a, p) => a + (p.budget ?? 0), 0)).toBe(110000);
      expect([1, 2, 3, 4].map((q) => ps.filter((p) => p.quarters.includes(q)).length)).toEqual(perQuarter);
    });
  });
});

// Re-curating from the seeds must reproduce the committed files exactly (skipped where the seeds are absent).
const seedsDir = process.env.LAO_SEEDS_DIR ?? '/work/shared/seeds';
const withSeeds = existsSync(seedsDir) ? describe : describe.skip;
withSeeds('golden files are what the curation modules produce from the seeds', () => {
  it.each(CURATIONS.map((c) => [c.seedFile, c] as const))('%s', (seedFile, c) => {
    const fresh = GoldenReportSchema.parse(c.curate(new SeedText(seedFile, readFileSync(join(seedsDir, seedFile), 'utf8'))));
    expect(golden(fresh.sample)).toEqual(fresh);
  });
});
