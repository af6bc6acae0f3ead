import { describe, expect, it } from '@jest/globals';
import { ruledPage } from './test-support/ruled-page.js';
import { buildDoc } from './document.model.js';
import { parsePlan } from './plan.parser.js';
import { parseYearSummary } from './plan-year-summary.js';

// tests/unseen u12: a city's plan whose summary by year is split by มิติ (a landscape table: each มิติ over
// จำนวน | งบประมาณ, then รวม, a last row for the whole plan) and whose project list states budgets in
// ล้านบาท with "-" for no budget, the list running over pages with its header repeated.

const range = { from: 2568, to: 2570 };
const HEAD = [
  ['ปีงบประมาณ', 'มิติที่ ๑', '', 'มิติที่ ๒', '', 'มิติที่ ๓', '', 'มิติที่ ๔', '', 'รวม', ''],
  ['', 'จำนวน (โครงการ)', 'งบประมาณ (ล้านบาท)', 'จำนวน (โครงการ)', 'งบประมาณ (ล้านบาท)', 'จำนวน (โครงการ)', 'งบประมาณ (ล้านบาท)', 'จำนวน (โครงการ)', 'งบประมาณ (ล้านบาท)', 'จำนวน (โครงการ)', 'งบประมาณ (ล้านบาท)'],
];
const SUMMARY = [
  ...HEAD,
  ['๒๕๖๘', '๖', '๐.๖๕', '๗', '๓.๖๐', '๕', '๐.๔๕', '๔', '๐.๑๘', '๒๒', '๔.๘๘'],
  ['๒๕๖๙', '๖', '๐.๖๕', '๗', '๐.๙๐', '๕', '๐.๔๕', '๔', '๐.๑๘', '๒๒', '๒.๑๘'],
  ['รวม ๒ ปี', '๑๒', '๑.๓๐', '๑๔', '๔.๕๐', '๑๐', '๐.๙๐', '๘', '๐.๓๖', '๔๔', '๗.๐๖'],
];
const LIST_HEAD = [
  ['ที่', 'โครงการ/กิจกรรม/มาตรการ', 'มิติ', 'งบประมาณ (ล้านบาท)', '', '', 'หน่วยงานรับผิดชอบ'],
  ['', '', '', '๒๕๖๘', '๒๕๖๙', '๒๕๗๐', ''],
];

describe('a summary by year split by มิติ, amounts in ล้านบาท', () => {
  const doc = buildDoc([ruledPage(5, ['ส่วนที่ ๒ สรุปจำนวนโครงการและงบประมาณ จำแนกตามปีงบประมาณ'], [SUMMARY])]);

  it('states each มิติ and the total of each year, and the whole plan, in baht', () => {
    const rows = parseYearSummary(doc, range).map(({ year, dimension, projectCount, budget }) => [year, dimension, projectCount, budget]);
    expect(rows).toEqual([
      [2568, 1, 6, 650000],
      [2568, 2, 7, 3600000],
      [2568, 3, 5, 450000],
      [2568, 4, 4, 180000],
      [2568, null, 22, 4880000],
      [2569, 1, 6, 650000],
      [2569, 2, 7, 900000],
      [2569, 3, 5, 450000],
      [2569, 4, 4, 180000],
      [2569, null, 22, 2180000],
      [null, 1, 12, 1300000],
      [null, 2, 14, 4500000],
      [null, 3, 10, 900000],
      [null, 4, 8, 360000],
      [null, null, 44, 7060000],
    ]);
  });

  it('gives parsePlan subtotals by มิติ and totals, scoped', () => {
    const plan = parsePlan(doc, range);
    expect(plan.statedTotals).toHaveLength(15);
    expect(plan.scopes.map((s) => s.source).filter((s) => s === 'summary_subtotal')).toHaveLength(12);
  });
});

describe('a project list in ล้านบาท over two pages', () => {
  const doc = buildDoc([
    ruledPage(7, ['ส่วนที่ ๓ บัญชีโครงการ กิจกรรม และมาตรการ', 'หมายเหตุ งบประมาณเป็นหน่วยล้านบาท เครื่องหมาย - หมายถึง ดำเนินการโดยไม่ใช้งบประมาณ'], [
      [
        ...LIST_HEAD,
        ['๑', 'โครงการฝึกอบรมคุณธรรมจริยธรรมผู้บริหาร สมาชิกสภา และพนักงานเทศบาล', '๑', '๐.๓๐', '๐.๓๐', '๐.๓๕', 'สำนักปลัดเทศบาล'],
        ['๒', 'กิจกรรมประกาศเจตนารมณ์ต่อต้านการทุจริตของผู้บริหารเทศบาล', '๑', '-', '-', '-', 'สำนักปลัดเทศบาล'],
      ],
    ]),
    ruledPage(8, [], [
      [
        ...LIST_HEAD,
        ['๓', 'โครงการปรับปรุงศูนย์บริการประชาชนแบบเบ็ดเสร็จ (One Stop Service)', '๒', '๒.๐๐', '-', '-', 'สำนักช่าง'],
      ],
    ]),
  ]);

  it('reads each year\'s budget in baht, a dash as no budget, every row of both pages', () => {
    const plan = parsePlan(doc, { from: 2568, to: 2570 });
    const y2568 = plan.projects.filter((p) => p.year === 2568).map((p) => [p.no, p.dimension, p.budget, p.page]);
    expect(y2568).toEqual([
      [1, 1, 300000, 7],
      [2, 1, 0, 7],
      [3, 2, 2000000, 8],
    ]);
    expect(plan.projects.filter((p) => p.year === 2570).map((p) => p.budget)).toEqual([350000, 0, 0]);
  });

  it('keeps baht as baht', () => {
    const baht = buildDoc([
      ruledPage(7, [], [
        [
          ['ที่', 'โครงการ/กิจกรรม/มาตรการ', 'มิติ', 'ปี 2568 (บาท)', 'ปี 2569 (บาท)', 'หน่วยงานรับผิดชอบ'],
          ['1', 'โครงการฝึกอบรมคุณธรรมจริยธรรมแก่บุคลากรเทศบาล', '1', '50,000', '50,000', 'สำนักปลัดเทศบาล'],
          ['2', 'กิจกรรมประกาศเจตนารมณ์ต่อต้านการทุจริตของผู้บริหาร', '1', '0', '0', 'สำนักปลัดเทศบาล'],
        ],
      ]),
    ]);
    expect(parsePlan(baht, range).projects.filter((p) => p.year === 2568).map((p) => p.budget)).toEqual([50000, 0]);
  });
});

describe('a summary by มิติ with amounts in ล้านบาท under each year', () => {
  it('states each มิติ subtotal and the grand total in baht', () => {
    const doc = buildDoc([
      ruledPage(4, ['บัญชีสรุปจำนวนโครงการและงบประมาณ'], [
        [
          ['มิติ', 'ปี ๒๕๖๘', '', 'ปี ๒๕๖๙', ''],
          ['', 'จำนวนโครงการ', 'งบประมาณ (ล้านบาท)', 'จำนวนโครงการ', 'งบประมาณ (ล้านบาท)'],
          ['มิติที่ ๑ การสร้างวัฒนธรรมสุจริต', '๖', '๐.๖๕', '๖', '๐.๖๕'],
          ['มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส', '๗', '๓.๖๐', '๗', '๐.๙๐'],
          ['รวมทั้งสิ้น', '๑๓', '๔.๒๕', '๑๓', '๑.๕๕'],
        ],
      ]),
    ]);
    const plan = parsePlan(doc, { from: 2568, to: 2569 });
    expect(plan.statedTotals.map((t) => [t.year, t.projectCount, t.budget])).toEqual([
      [2568, 6, 650000],
      [2569, 6, 650000],
      [2568, 7, 3600000],
      [2569, 7, 900000],
      [2568, 13, 4250000],
      [2569, 13, 1550000],
    ]);
  });
});
