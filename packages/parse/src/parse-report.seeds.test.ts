import { describe, expect, it } from '@jest/globals';
import { parseReport } from './parse-report.js';
import { META, readSeed } from './test-support/seed-fixtures.js';
import { seedToPages } from './test-support/seed-pages.js';

const parse = (name: Parameters<typeof readSeed>[0], opts = {}) => {
  const pages = seedToPages(readSeed(name), opts);
  return parseReport(pages, { ...META, pageCount: pages.length });
};

describe('seed 000 (อบต.ขอนแก่น, ITA analysis 2568)', () => {
  const r = parse('s000');
  const { report } = r;

  it('classifies and reads the header', () => {
    expect(report.docType).toBe('ita_analysis');
    expect(report.fiscalYear).toBe(2568);
    expect(report.org).toMatchObject({ name: 'องค์การบริหารส่วนตำบลขอนแก่น', kind: 'sao', district: 'ภูผาจำบัง', province: 'อุดรธานี' });
    expect(report.org.variants).toContain('องค์กรบริหารส่วนตำบลขอนแก่น');
  });

  it('reads the overall result', () => {
    expect(report.ita).toMatchObject({ year: 2568, totalScore: 86.48, level: 'ผ่าน' });
  });

  it('reads the ten indicator scores with printed and official names', () => {
    expect(report.ita!.indicators.map((i) => i.score)).toEqual([94.44, 100, 100, 93.33, 100, 97, 95, 95.17, 77.5, 65]);
    expect(report.ita!.indicators[2]).toMatchObject({ no: 3, name: 'การใช้จ่ายเงิน', officialName: 'การใช้อำนาจ' });
  });

  it('reads 15 IIT, 9 EIT (two parts each) and 28 OIT questions, codes in every printed form', () => {
    const q = report.ita!.questions;
    const byTool = (t: string) => q.filter((x) => x.tool === t).map((x) => x.code);
    expect(byTool('iit')).toEqual(Array.from({ length: 15 }, (_, i) => `i${i + 1}`));
    expect(byTool('eit')).toEqual(Array.from({ length: 9 }, (_, i) => `e${i + 1}`));
    expect(byTool('oit')).toEqual(Array.from({ length: 28 }, (_, i) => `o${i + 1}`));
    expect(q.find((x) => x.code === 'e1')).toMatchObject({ parts: [100, 89], score: 94.5 });
    expect(q.find((x) => x.code === 'i2')).toMatchObject({ score: 83.33, parts: null });
    expect(q.find((x) => x.code === 'o10')).toMatchObject({ score: 100 });
    expect(q.find((x) => x.code === 'o27')).toMatchObject({ score: 0 });
    expect(r.conflicts).toEqual([]);
  });

  it('reads the 28 next-year measures grouped by indicator', () => {
    const m = report.measures;
    expect(m).toHaveLength(28);
    expect(m.map((x) => x.indicatorNo)).toEqual([1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 7, 7, 7, 8, 8, 9, 9, 9, 10, 10, 10]);
    expect(m[0]).toMatchObject({ no: '1', responsible: 'สำนักปลัด', period: { start: '2025-10-01', end: '2026-09-30' } });
    expect(m[0]!.steps).toHaveLength(2);
    expect(m[2]!.title.startsWith('การพัฒนาวิธีการเผยแพร่')).toBe(true);
  });
});

describe('seed 001 (ทต.มะรือโบตก, ITA analysis 2568)', () => {
  const r = parse('s001');
  const { report } = r;

  it('reads the header, keeping OCR variants and leaving other organisations out', () => {
    expect(report.docType).toBe('ita_analysis');
    expect(report.fiscalYear).toBe(2568);
    expect(report.org).toMatchObject({ name: 'เทศบาลตำบลมะรือโบตก', kind: 'subdistrict_municipality', district: 'ระแงะ', province: 'นราธิวาส' });
    expect(report.org.variants).toEqual(expect.arrayContaining(['เทศบาลตำบลระือโบทก', 'เทศบาลตำบลมะริอโบตก']));
    expect(report.org.variants.join()).not.toMatch(/แม่ตง|แม่งดง/);
    const others = r.mentions.filter((m) => m.kind === 'org' && m.relation === 'other').map((m) => m.value);
    expect(others).toEqual(expect.arrayContaining(['องค์การบริหารส่วนตำบลแม่ตง', 'องค์การบริหารส่วนตำบลแม่งดง']));
    expect(r.mentions.filter((m) => m.kind === 'province').map((m) => m.value).sort()).toEqual(['นครพนม', 'นราธิวาส']);
  });

  it('reads the overall result and the printed tool totals', () => {
    expect(report.ita).toMatchObject({ totalScore: 95.21, level: 'ผ่านดี', tools: { iit: 96.65, eit: 100, oit: 91.25 } });
    expect(r.mentions.filter((m) => m.kind === 'level').map((m) => m.value)).toEqual(expect.arrayContaining(['A', 'ผ่านดี']));
  });

  it('repairs i10–i15 printed as 1๒๐–1๒๕ and keeps the main list over theme tables', () => {
    const q = report.ita!.questions;
    expect(q.filter((x) => x.tool === 'iit').map((x) => x.code)).toEqual(Array.from({ length: 15 }, (_, i) => `i${i + 1}`));
    expect(q.find((x) => x.code === 'i10')).toMatchObject({ score: 93.75 });
    expect(q.find((x) => x.code === 'i1')).toMatchObject({ score: 95.17 });
    expect(q.find((x) => x.code === 'i1')!.text).toMatch(/^การปฏิบัติงานหรือให้บริการ/);
    expect(q.find((x) => x.code === 'o6')).toMatchObject({ score: 50 });
    expect(q.filter((x) => x.tool === 'oit')).toHaveLength(28);
    expect(q.filter((x) => x.tool === 'eit')).toHaveLength(9);
  });

  it('keeps every question scored differently elsewhere as a conflict', () => {
    const byCode = new Map(r.conflicts.map((c) => [c.code, c]));
    expect(byCode.get('i1')!.others.map((o) => o.value).sort()).toEqual([94.17, 99.38]);
    expect(byCode.get('i1')!.kept.value).toBe(95.17);
    expect(byCode.get('o6')!.others.map((o) => o.value)).toEqual([100]);
    expect([...byCode.keys()].sort()).toEqual(
      expect.arrayContaining(['i1', 'i2', 'i4', 'i5', 'i6', 'i7', 'i8', 'i10', 'i11', 'i12', 'i13', 'i14', 'i15', 'o6', 'o7']),
    );
    expect(byCode.has('i3')).toBe(false);
  });

  it('records the inverted period for the checks', () => {
    const inverted = r.mentions.filter((m) => m.kind === 'date_range' && m.range?.inverted);
    expect(inverted.length).toBeGreaterThanOrEqual(7);
  });
});

describe('seed 002 (อบต.ดงครั่งน้อย, measures progress 2564)', () => {
  const r = parse('s002');
  const { report } = r;

  it('classifies and reads the header; วานรนิวาส is another organisation, not a variant', () => {
    expect(report.docType).toBe('measures_progress');
    expect(report.fiscalYear).toBe(2564);
    expect(report.ita).toBeNull();
    expect(report.org).toMatchObject({ name: 'องค์การบริหารส่วนตำบลดงครั่งน้อย', kind: 'sao', district: 'เกษตรวิสัย', province: 'ร้อยเอ็ด' });
    expect(report.org.variants).toEqual(
      expect.arrayContaining(['องค์การบริหารส่วนตำบลครั้งน้อย', 'องค์การบริหารส่วนตำบลดงครั้งน้อย', 'องค์การบริหารส่วนตำบลคงครั้งน้อย']),
    );
    expect(report.org.variants.join()).not.toMatch(/วานรนิวาส/);
    expect(r.mentions.some((m) => m.kind === 'org' && m.relation === 'other' && m.value.endsWith('วานรนิวาส'))).toBe(true);
  });

  it('reads the plan and result tables into one record per measure', () => {
    const m = report.measures;
    expect(m).toHaveLength(4);
    expect(m[0]).toMatchObject({ title: 'มาตรการตรวจสอบการใช้ดุลพินิจ', responsible: 'สำนักปลัด' });
    expect(m[0]!.steps).toHaveLength(3);
    // Wrap spaces inside the narrow result column: compared without spaces.
    expect(m[0]!.output!.replace(/\s/g, '')).toBe('มาตรการตรวจสอบการใช้ดุลพินิจ');
    expect(m[0]!.outcome).toMatch(/^การใช้ดุลพินิจ/);
    expect(m[0]!.result).toMatch(/^รายงานผลการดำเนินงานตามมาตรการ/);
    expect(m[0]!.period).toEqual({ text: 'เดือนเมษายน 2564', start: '2021-04-01', end: '2021-04-30' });
    const declaration = m.find((x) => x.title.startsWith('ประกาศเจตจำนง'))!;
    expect(declaration.period).toMatchObject({ start: '2020-04-01', end: null });
  });
});

describe('seed 004 (อบต.กระจาย, anti-corruption plan 2566–2570)', () => {
  const r = parse('s004');
  const { report } = r;

  it('classifies and reads the header by vote (กระจาย 335× over กระจ่าย 128×)', () => {
    expect(report.docType).toBe('anticorruption_plan');
    expect(report.fiscalYear).toBe(2566);
    expect(report.org).toMatchObject({ name: 'องค์การบริหารส่วนตำบลกระจาย', kind: 'sao', province: 'ยโสธร' });
    expect(report.org.variants).toContain('องค์การบริหารส่วนตำบลกระจ่าย');
  });

  it('reads every e-PlanNACC year table', () => {
    const plan = report.plan!;
    expect([plan.fromYear, plan.toYear]).toEqual([2566, 2570]);
    const per = (y: number) => plan.projects.filter((p) => p.year === y);
    expect([2566, 2567, 2568, 2569, 2570].map((y) => per(y).length)).toEqual([43, 44, 41, 44, 44]);
    const dims = (y: number) => [1, 2, 3, 4].map((d) => per(y).filter((p) => p.dimension === d).length);
    expect(dims(2566)).toEqual([6, 27, 4, 6]);
    expect(dims(2570)).toEqual([6, 28, 4, 6]);
    for (const y of [2566, 2567, 2568, 2569, 2570]) expect(per(y).reduce((a, p) => a + (p.budget ?? 0), 0)).toBe(110000);
    expect(per(2566)[0]).toMatchObject({ no: 1, dimension: 1, budget: 0, quarters: [1, 2, 3, 4] });
    expect(per(2566)[1]).toMatchObject({ no: 2, budget: 30000, quarters: [1] });
  });

  it('keeps the stated totals of the year tables and of the summary', () => {
    const plan = report.plan!;
    const yearTotals = r.statedTotalScopes.filter((s) => s.source === 'year_table_total').map((s) => plan.statedTotals[s.index]!);
    expect(yearTotals.map((t) => [t.year, t.budget])).toEqual([
      [2566, 110000],
      [2567, 110000],
      [2568, 110000],
      [2569, 110000],
      [2570, 110000],
    ]);
    const grand = r.statedTotalScopes.filter((s) => s.source === 'summary_total').map((s) => plan.statedTotals[s.index]!);
    expect(grand.map((t) => [t.year, t.projectCount, t.budget])).toEqual([2566, 2567, 2568, 2569, 2570].map((y) => [y, 44, 110000]));
  });
});
