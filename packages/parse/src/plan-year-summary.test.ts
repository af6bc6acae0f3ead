import { describe, expect, it } from '@jest/globals';
import { ruledPage } from './test-support/ruled-page.js';
import { buildDoc } from './document.model.js';
import { parsePlan } from './plan.parser.js';
import { parseYearSummary } from './plan-year-summary.js';

// tests/unseen u9: an e-PlanNACC plan whose summary states the projects and budget per year, not per มิติ.

const page = (no: number, prose: string[], tables: string[][][]) => ruledPage(no, prose, tables);

const SUMMARY = [
  ['ปีงบประมาณ', 'จำนวนโครงการ', 'งบประมาณ (บาท)'],
  ['พ.ศ. ๒๕๖๖', '๗', '๕๐,๐๐๐'],
  ['พ.ศ. ๒๕๖๗', '๗', '๕๕,๐๐๐'],
  ['พ.ศ. ๒๕๗๒', '๓', '๑๐,๐๐๐'],
];

describe('a plan summary by year', () => {
  const range = { from: 2566, to: 2570 };

  it('reads one stated total per plan year (Thai digits), none outside the plan range', () => {
    const doc = buildDoc([page(3, ['แผนปฏิบัติการป้องกันการทุจริต จำแนกตามปีงบประมาณ ดังนี้'], [SUMMARY])]);
    expect(parseYearSummary(doc, range).map(({ year, projectCount, budget, page: p }) => ({ year, projectCount, budget, page: p }))).toEqual([
      { year: 2566, projectCount: 7, budget: 50000, page: 3 },
      { year: 2567, projectCount: 7, budget: 55000, page: 3 },
    ]);
  });

  it('is the plan total of its year in parsePlan; a summary by มิติ or an e-PlanNACC year table is not one', () => {
    const doc = buildDoc([
      page(3, [], [
        SUMMARY.slice(0, 3),
        [
          ['มิติ', 'ปี 2566', 'ปี 2567'],
          ['มิติที่ 1 การสร้างวัฒนธรรมสุจริต', '30,000', '35,000'],
        ],
      ]),
    ]);
    const plan = parsePlan(doc, range);
    const byYear = plan.statedTotals.filter((t, i) => plan.scopes[i]!.source === 'summary_total' && t.dimension === null && t.projectCount !== null);
    expect(byYear.map((t) => [t.year, t.projectCount, t.budget])).toEqual([
      [2566, 7, 50000],
      [2567, 7, 55000],
    ]);
    expect(parseYearSummary(buildDoc([page(4, [], [[['ลำดับ', 'รายการโครงการ (ตั้งต้น)', 'มิติ', 'งบประมาณ (บาท)', 'ดำเนินการไตรมาส'], ['1', 'โครงการโรงเรียนคุณธรรม', '1', '30,000.00', '☑']]])]), range)).toEqual([]);
  });
});
