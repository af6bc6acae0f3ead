import { describe, it, expect } from '@jest/globals';
import { z } from 'zod';
import {
  IndicatorDefSchema,
  OitItemSchema,
  PassLevelSchema,
  PlanDimensionSchema,
  ProvenanceSchema,
  QuestionSetSchema,
  ToolWeightsSchema,
} from './framework.schema.js';
import { INDICATORS, TOOL_NAMES } from './indicators.data.js';
import { QUESTION_SETS } from './question-sets.data.js';
import { OIT_ITEMS_2563_2565, OIT_ITEMS_2568 } from './oit-items.data.js';
import { TOOL_WEIGHTS_2563_2567, TOOL_WEIGHTS_2568 } from './weights.data.js';
import { PASS_LEVELS, PASS_MARK_PROVENANCE, LETTER_BANDS_PROVENANCE } from './levels.data.js';
import { PLAN_DIMENSIONS, planDimensionName, planDimensionsFor } from './plan-dimensions.data.js';

describe('framework tables match their schemas', () => {
  it.each([
    ['INDICATORS', z.array(IndicatorDefSchema), INDICATORS],
    ['QUESTION_SETS', z.array(QuestionSetSchema), QUESTION_SETS],
    ['OIT_ITEMS_2568', z.array(OitItemSchema), OIT_ITEMS_2568],
    ['OIT_ITEMS_2563_2565', z.array(OitItemSchema), OIT_ITEMS_2563_2565],
    ['TOOL_WEIGHTS', z.array(ToolWeightsSchema), [TOOL_WEIGHTS_2568, TOOL_WEIGHTS_2563_2567]],
    ['PASS_LEVELS', z.array(PassLevelSchema), PASS_LEVELS],
    ['PLAN_DIMENSIONS', z.array(PlanDimensionSchema), PLAN_DIMENSIONS],
    ['provenances', z.array(ProvenanceSchema), [PASS_MARK_PROVENANCE, LETTER_BANDS_PROVENANCE, TOOL_NAMES.provenance]],
  ] as const)('%s', (_name, schema, data) => {
    expect(schema.safeParse(data).error).toBeUndefined();
  });

  it('every item of every table carries provenance with a source', () => {
    const missing: string[] = [];
    const tables = { INDICATORS, QUESTION_SETS, OIT_ITEMS_2568, OIT_ITEMS_2563_2565, PASS_LEVELS, PLAN_DIMENSIONS };
    for (const [name, rows] of Object.entries(tables)) {
      rows.forEach((row, i) => {
        if (!ProvenanceSchema.safeParse((row as { provenance?: unknown }).provenance).success) missing.push(`${name}[${i}]`);
      });
    }
    expect(missing).toEqual([]);
  });
});

describe('indicators', () => {
  it('are numbered 1–10: 1–5 IIT, 6–8 EIT, 9–10 OIT', () => {
    expect(INDICATORS.map((d) => `${d.no}${d.tool}`)).toEqual([
      '1iit', '2iit', '3iit', '4iit', '5iit', '6eit', '7eit', '8eit', '9oit', '10oit',
    ]);
  });

  it('have the two accepted aliases of DOMAIN.md §1.1 and unverified English names', () => {
    expect(INDICATORS.flatMap((d) => d.aliases.map((a) => `${d.no}:${a.name}`))).toEqual([
      '4:การใช้ทรัพย์สินของทางราชการ',
      '8:การปรับปรุงระบบการทำงาน',
    ]);
    for (const d of INDICATORS) expect(d.nameEnProvenance.verified).toBe(false);
  });
});

describe('question sets', () => {
  it.each(QUESTION_SETS.filter((q) => q.known).map((q) => [`${q.fromYear}–${q.toYear}`, q] as const))(
    '%s: indicator ranges tile each tool range and sub-indicators tile their indicator',
    (_y, qs) => {
      for (const tool of ['iit', 'eit', 'oit'] as const) {
        const ranges = qs.indicators.filter((i) => i.tool === tool).map((i) => i.codes);
        const codes = qs.tools[tool]?.codes;
        expect(ranges[0]?.from).toBe(1);
        expect(ranges.at(-1)?.to).toBe(codes?.to);
        ranges.slice(1).forEach((r, k) => expect(r.from).toBe((ranges[k]?.to ?? 0) + 1));
      }
      for (const iq of qs.indicators.filter((i) => i.subIndicators.length > 0)) {
        expect(iq.subIndicators[0]?.codes.from).toBe(iq.codes.from);
        expect(iq.subIndicators.at(-1)?.codes.to).toBe(iq.codes.to);
        iq.subIndicators.slice(1).forEach((s, k) => expect(s.codes.from).toBe((iq.subIndicators[k]?.codes.to ?? 0) + 1));
      }
    },
  );

  it('cover 2563–2568 without gaps or overlaps', () => {
    const years = QUESTION_SETS.flatMap((q) => Array.from({ length: q.toYear - q.fromYear + 1 }, (_, k) => q.fromYear + k));
    expect(years.sort()).toEqual([2563, 2564, 2565, 2566, 2567, 2568]);
  });

  it('2568: i1–i15, e1–e9 three per indicator; o1–o20 and o21–o28 (verified)', () => {
    const qs = QUESTION_SETS.find((q) => q.fromYear === 2568)!;
    expect(qs.indicators.map((i) => `${i.indicatorNo}:${i.tool[0]}${i.codes.from}-${i.codes.to}`)).toEqual([
      '1:i1-3', '2:i4-6', '3:i7-9', '4:i10-12', '5:i13-15', '6:e1-3', '7:e4-6', '8:e7-9', '9:o1-20', '10:o21-28',
    ]);
    expect(qs.indicators.every((i) => i.provenance.verified)).toBe(true);
  });
});

describe('OIT items', () => {
  it('2568 lists o1–o28 with o1–o20 under indicator 9', () => {
    expect(OIT_ITEMS_2568.map((o) => o.code)).toEqual(Array.from({ length: 28 }, (_, i) => `o${i + 1}`));
    expect(OIT_ITEMS_2568.filter((o) => o.indicatorNo === 9)).toHaveLength(20);
    expect(OIT_ITEMS_2568.map((o) => o.title)).toContain('ประกาศเจตนารมณ์ No Gift Policy');
  });
});

describe('plan dimensions', () => {
  it.each([
    [1, 2566, 'การสร้างวัฒนธรรมสุจริต'],
    [2, 2568, 'การบริหารราชการด้วยความโปร่งใส'],
    [3, 2570, 'การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน'],
    [4, 2567, 'การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น'],
    [1, 2561, 'การสร้างสังคมที่ไม่ทนต่อการทุจริต'],
    [1, 2564, 'การสร้างสังคมที่ไม่ทนต่อการทุจริต'],
    [2, 2563, null],
    [5, 2568, null],
    [1, 2571, null],
  ])('มิติที่ %i of the plan covering %i → %p', (no, year, name) => {
    expect(planDimensionName(no, year)).toBe(name);
  });

  it('the 2566–2570 plan has exactly four, as S004 L25–31 prints them', () => {
    expect(planDimensionsFor(2566).map((d) => d.no)).toEqual([1, 2, 3, 4]);
  });
});
