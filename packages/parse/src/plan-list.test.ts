import { describe, expect, it } from '@jest/globals';
import type { PageText, TableCell, TableRow, TextLine } from '@lao/schemas';
import { buildDoc } from './document.model.js';
import { listLayout, namedDimension, sectionDimension, yearGroupColumns } from './plan-list.js';
import { parsePlan } from './plan.parser.js';

// Plans without e-PlanNACC year tables: a summary by มิติ whose years head two sub-columns
// (จำนวนโครงการ | งบประมาณ), and one project list with a budget column per year.

type Grid = { x: number[]; w: number[] };

/** A page with ruled tables; a cell given as null is not there (a cell spanning rows or columns covers it). */
function page(no: number, tables: Array<{ title?: string; grid: Grid; rows: Array<Array<string | null | { text: string; span: number }>> }>): PageText {
  const lines: TextLine[] = [];
  let y = 80;
  const line = (text: string, x: number, w: number): TextLine => {
    const l: TextLine = { id: `p${no}-l${lines.length}`, raw: text, text, box: { x, y, w, h: 10 }, confidence: null };
    lines.push(l);
    return l;
  };
  const out: PageText['tables'] = [];
  tables.forEach((t, k) => {
    if (t.title) {
      line(t.title, 60, 400);
      y += 20;
    }
    const top = y;
    const rows: TableRow[] = t.rows.map((texts) => {
      const cells: TableCell[] = [];
      texts.forEach((c, i) => {
        if (c === null) return;
        const { text, span } = typeof c === 'string' ? { text: c, span: 1 } : c;
        const x = t.grid.x[i]!;
        const w = t.grid.x[i + span - 1]! + t.grid.w[i + span - 1]! - x;
        const l = text === '' ? null : line(text, x + 2, Math.min(w - 4, text.length * 5));
        cells.push({ raw: text, text, box: { x, y, w, h: 18 }, lineIds: l ? [l.id] : [], confidence: null });
      });
      const row = { cells, box: { x: t.grid.x[0]!, y, w: 500, h: 18 } };
      y += 20;
      return row;
    });
    out.push({ id: `p${no}-t${k}`, source: 'ruled', box: { x: t.grid.x[0]!, y: top, w: 500, h: y - top }, rows });
    y += 30;
  });
  return { page: no, width: 595, height: 842, method: 'text', confidence: null, lostChars: 0, notes: [], lines, tables: out };
}

const SUMMARY_GRID: Grid = { x: [60, 180, 230, 290, 340, 400, 450], w: [120, 50, 60, 50, 60, 50, 60] };
const LIST_GRID: Grid = { x: [60, 80, 220, 250, 310, 370, 430], w: [20, 140, 30, 60, 60, 60, 100] };

const summaryHead = [
  [{ text: 'มิติ', span: 1 }, { text: 'ปี 2568', span: 2 }, null, { text: 'ปี 2569', span: 2 }, null, { text: 'ปี 2570', span: 2 }, null],
  [null, 'จำนวนโครงการ', 'งบประมาณ (บาท)', 'จำนวนโครงการ', 'งบประมาณ (บาท)', 'จำนวนโครงการ', 'งบประมาณ (บาท)'],
];

describe('year columns under grouped heads', () => {
  it('takes a year printed over จำนวนโครงการ and งบประมาณ as one year with a count and an amount column', () => {
    const labels = ['มิติ', 'ปี 2568 จำนวนโครงการ', 'ปี 2568 งบประมาณ (บาท)', 'ปี 2569 จำนวนโครงการ', 'ปี 2569 งบประมาณ (บาท)', 'ปี 2570 จำนวนโครงการ', 'ปี 2570 งบประมาณ (บาท)'];
    expect(yearGroupColumns(labels, { from: 2568, to: 2570 })).toEqual([
      { year: 2568, budget: 2, count: 1, scale: 1 },
      { year: 2569, budget: 4, count: 3, scale: 1 },
      { year: 2570, budget: 6, count: 5, scale: 1 },
    ]);
  });

  it('tells the count column by its cells when the sub-heads name neither', () => {
    const p = page(2, [{ grid: SUMMARY_GRID, rows: [
      ['มิติ', 'ปี 2566', 'ปี 2566', 'ปี 2567', 'ปี 2567', '', ''],
      ['มิติที่ 1 การสร้างวัฒนธรรมสุจริต', '4', '70,000', '4', '0', '', ''],
      ['มิติที่ 2 การบริหารราชการด้วยความโปร่งใส', '3', '15,000', '2', '15,000', '', ''],
    ] }]);
    const t = buildDoc([p]).tables[0]!;
    expect(yearGroupColumns(t.rows[0]!.cells.map((c) => c.text), null, t.rows.slice(1))).toEqual([
      { year: 2566, budget: 2, count: 1, scale: 1 },
      { year: 2567, budget: 4, count: 3, scale: 1 },
    ]);
  });

  it('pairs count and amount columns of the same year when the kinds head the years', () => {
    // "จำนวนโครงการ" over 2568 | 2569, then "จำนวนเงิน" over 2568 | 2569.
    const labels = ['มิติ', 'จำนวนโครงการ ปี 2568', 'จำนวนโครงการ ปี 2569', 'จำนวนเงิน ปี 2568', 'จำนวนเงิน ปี 2569'];
    expect(yearGroupColumns(labels, { from: 2568, to: 2570 })).toEqual([
      { year: 2568, budget: 3, count: 1, scale: 1 },
      { year: 2569, budget: 4, count: 2, scale: 1 },
    ]);
  });

  it('still reads a repeated year of one-column heads as a typo for the next year', () => {
    const labels = ['มิติ', 'โครงการ', 'ปีงบประมาณ (บาท) ปี 2566', 'ปีงบประมาณ (บาท) ปี 2567', 'ปีงบประมาณ (บาท) ปี 2566'];
    expect(yearGroupColumns(labels, { from: 2566, to: 2570 })).toEqual([
      { year: 2566, budget: 2, count: -1, scale: 1 },
      { year: 2567, budget: 3, count: -1, scale: 1 },
      { year: 2568, budget: 4, count: -1, scale: 1 },
    ]);
  });
});

describe('the มิติ a cell names', () => {
  it('reads a digit, "มิติที่ n" and the opening of a มิติ section', () => {
    expect(namedDimension('2')).toBe(2);
    expect(namedDimension('มิติที่ 3 การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน')).toBe(3);
    expect(namedDimension('1. การสร้างวัฒนธรรมสุจริต')).toBe(1);
    expect(sectionDimension('มิติ 4 การยกระดับกลไกการตรวจสอบ')).toBe(4);
  });
  it('does not take a sub-mission, a project number or another number for a มิติ', () => {
    expect(sectionDimension('1.1 การเสริมสร้างจิตสำนึก')).toBeNull();
    expect(sectionDimension('2')).toBeNull();
    expect(namedDimension('มิติที่ 5 อื่น ๆ')).toBeNull();
    expect(namedDimension('20,000')).toBeNull();
  });
});

describe('a plan with a summary by มิติ and a project list with a budget column per year', () => {
  const summary = page(4, [{ title: 'บัญชีสรุปจำนวนโครงการและงบประมาณ', grid: SUMMARY_GRID, rows: [
    ...summaryHead,
    ['มิติที่ 1 การสร้างวัฒนธรรมสุจริต', '2', '60,000', '2', '60,000', '1', '10,000'],
    ['มิติที่ 2 การบริหารราชการด้วยความโปร่งใส', '1', '0', '1', '0', '1', '0'],
    ['มิติที่ 3 การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน', '1', '20,000', '1', '25,000', '1', '20,000'],
    ['รวมทั้งสิ้น', '4', '80,000', '4', '85,000', '3', '30,000'],
  ] }]);
  const list = page(5, [{ title: 'รายละเอียดโครงการ/กิจกรรม/มาตรการ', grid: LIST_GRID, rows: [
    ['ที่', 'โครงการ/กิจกรรม/มาตรการ', 'มิติ', 'ปี 2568 (บาท)', 'ปี 2569 (บาท)', 'ปี 2570 (บาท)', 'หน่วยงานรับผิดชอบ'],
    ['1', 'โครงการฝึกอบรมคุณธรรมจริยธรรมแก่บุคลากร', '1', '50,000', '50,000', '', 'สำนักปลัด'],
    ['2', 'โครงการส่งเสริมคุณธรรมเด็กและเยาวชน', '1', '10,000', '10,000', '10,000', 'กองการศึกษา'],
    ['3', 'มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง', '2', '-', '-', '-', 'กองคลัง'],
    ['4', 'โครงการประชุมประชาคมหมู่บ้าน', '3', '20,000', '20,000', '20,000', 'กองยุทธศาสตร์'],
    [{ text: 'รวมทั้งสิ้น 4 โครงการ', span: 3 }, null, null, '80,000', '80,000', '30,000', ''],
  ] }]);
  const plan = parsePlan(buildDoc([summary, list]), { from: 2568, to: 2570 });

  it('lists each row once per year it has an amount for, with that year\'s amount and no quarters', () => {
    expect(plan.projects.map((p) => [p.year, p.no, p.title, p.dimension, p.budget, p.quarters.length, p.page])).toEqual([
      [2568, 1, 'โครงการฝึกอบรมคุณธรรมจริยธรรมแก่บุคลากร', 1, 50000, 0, 5],
      [2569, 1, 'โครงการฝึกอบรมคุณธรรมจริยธรรมแก่บุคลากร', 1, 50000, 0, 5],
      [2568, 2, 'โครงการส่งเสริมคุณธรรมเด็กและเยาวชน', 1, 10000, 0, 5],
      [2569, 2, 'โครงการส่งเสริมคุณธรรมเด็กและเยาวชน', 1, 10000, 0, 5],
      [2570, 2, 'โครงการส่งเสริมคุณธรรมเด็กและเยาวชน', 1, 10000, 0, 5],
      [2568, 3, 'มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง', 2, 0, 0, 5],
      [2569, 3, 'มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง', 2, 0, 0, 5],
      [2570, 3, 'มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง', 2, 0, 0, 5],
      [2568, 4, 'โครงการประชุมประชาคมหมู่บ้าน', 3, 20000, 0, 5],
      [2569, 4, 'โครงการประชุมประชาคมหมู่บ้าน', 3, 20000, 0, 5],
      [2570, 4, 'โครงการประชุมประชาคมหมู่บ้าน', 3, 20000, 0, 5],
    ]);
  });

  it('states each มิติ row and the grand total per year with the count from its count column', () => {
    const rows = plan.statedTotals.map((t, i) => [t.page, t.year, t.dimension, t.projectCount, t.budget, plan.scopes[i]!.source]);
    expect(rows.filter((r) => r[0] === 4)).toEqual([
      [4, 2568, 1, 2, 60000, 'summary_subtotal'],
      [4, 2569, 1, 2, 60000, 'summary_subtotal'],
      [4, 2570, 1, 1, 10000, 'summary_subtotal'],
      [4, 2568, 2, 1, 0, 'summary_subtotal'],
      [4, 2569, 2, 1, 0, 'summary_subtotal'],
      [4, 2570, 2, 1, 0, 'summary_subtotal'],
      [4, 2568, 3, 1, 20000, 'summary_subtotal'],
      [4, 2569, 3, 1, 25000, 'summary_subtotal'],
      [4, 2570, 3, 1, 20000, 'summary_subtotal'],
      [4, 2568, null, 4, 80000, 'summary_total'],
      [4, 2569, null, 4, 85000, 'summary_total'],
      [4, 2570, null, 3, 30000, 'summary_total'],
    ]);
    // The list's own total row, one per year.
    expect(rows.filter((r) => r[0] === 5).map((r) => [r[1], r[3], r[4]])).toEqual([
      [2568, 4, 80000],
      [2569, 4, 80000],
      [2570, 4, 30000],
    ]);
  });
});

describe('other summaries and lists', () => {
  it('reads a summary whose มิติ column holds the bare number beside the มิติ name', () => {
    const grid: Grid = { x: [60, 80, 220, 270, 330, 380], w: [20, 140, 50, 60, 50, 60] };
    const p = page(2, [{ grid, rows: [
      [{ text: 'มิติ', span: 2 }, null, { text: 'ปี 2567', span: 2 }, null, { text: 'ปี 2568', span: 2 }, null],
      [null, null, 'โครงการ', 'งบประมาณ', 'โครงการ', 'งบประมาณ'],
      ['1', 'การสร้างวัฒนธรรมสุจริต', '5', '45,000', '5', '45,000'],
      ['4', 'การยกระดับกลไกการตรวจสอบ', '3', '-', '3', '-'],
      [{ text: 'รวม', span: 2 }, null, '8', '45,000', '8', '45,000'],
    ] }]);
    const plan = parsePlan(buildDoc([p]), { from: 2567, to: 2569 });
    expect(plan.statedTotals.map((t) => [t.year, t.dimension, t.projectCount, t.budget])).toEqual([
      [2567, 1, 5, 45000], [2568, 1, 5, 45000],
      [2567, 4, 3, 0], [2568, 4, 3, 0],
      [2567, null, 8, 45000], [2568, null, 8, 45000],
    ]);
  });

  it('states the totals row of a project list that has no มิติ column', () => {
    const grid: Grid = { x: [60, 80, 260, 320, 380], w: [20, 180, 60, 60, 60] };
    const p = page(3, [{ grid, rows: [
      ['ที่', 'โครงการ/กิจกรรม/มาตรการ', 'ปี 2566 (บาท)', 'ปี 2567 (บาท)', 'ปี 2568 (บาท)'],
      ['1', 'โครงการอบรมคุณธรรม', '20,000', '20,000', '20,000'],
      ['2', 'กิจกรรมเวทีประชาคม', '5,000', '0', '0'],
      [{ text: 'รวม 2 โครงการ', span: 2 }, null, '25,000', '20,000', '25,000'],
    ] }]);
    const plan = parsePlan(buildDoc([p]), { from: 2566, to: 2568 });
    expect(plan.projects.filter((x) => x.year === 2568).map((x) => x.budget)).toEqual([20000, 0]);
    expect(plan.statedTotals.map((t) => [t.year, t.dimension, t.projectCount, t.budget])).toEqual([
      [2566, null, 2, 25000], [2567, null, 2, 20000], [2568, null, 2, 25000],
    ]);
  });
});

describe('subtotals of a project list', () => {
  const grid: Grid = { x: [60, 80, 220, 250, 310, 370], w: [20, 140, 30, 60, 60, 60] };
  const head = ['ที่', 'โครงการ/กิจกรรม/มาตรการ', 'มิติ', 'ปี 2568 (บาท)', 'ปี 2569 (บาท)', 'ปี 2570 (บาท)'];
  const totals = (rows: Array<Array<string | null | { text: string; span: number }>>) => {
    const plan = parsePlan(buildDoc([page(3, [{ grid, rows: [head, ...rows] }])]), { from: 2568, to: 2570 });
    return plan.statedTotals.filter((t) => t.year === 2569).map((t) => [t.dimension, t.projectCount, t.budget]);
  };
  it('are of the มิติ its rows above hold in the มิติ column', () => {
    expect(totals([
      ['1', 'โครงการอบรมคุณธรรม', '1', '20,000', '20,000', '20,000'],
      [{ text: 'รวม 1 โครงการ', span: 3 }, null, null, '20,000', '20,000', '20,000'],
      ['2', 'มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง', '2', '0', '5,000', '0'],
      [{ text: 'รวม 1 โครงการ', span: 3 }, null, null, '0', '5,000', '0'],
      [{ text: 'รวมทั้งสิ้น 2 โครงการ', span: 3 }, null, null, '20,000', '25,000', '20,000'],
    ])).toEqual([[1, 1, 20000], [2, 1, 5000], [null, 2, 25000]]);
  });
  it('are of the มิติ they name, or the section row above names', () => {
    expect(totals([
      [{ text: 'มิติที่ 3 การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน', span: 6 }, null, null, null, null, null],
      ['1', 'โครงการประชุมประชาคม', '', '10,000', '10,000', '10,000'],
      [{ text: 'รวม', span: 3 }, null, null, '10,000', '10,000', '10,000'],
      ['2', 'มาตรการตรวจสอบภายใน', '', '0', '0', '0'],
      [{ text: 'รวมมิติที่ 4', span: 3 }, null, null, '0', '0', '0'],
    ])).toEqual([[3, null, 10000], [4, null, 0]]);
  });
});

describe('a scanned summary and list (OCR forms from a scan of unseen u4)', () => {
  it('reads "มิติที" without its tone mark, garbled ที่/มิติ heads and a stroke read for the มิติ 1', () => {
    const summary = page(4, [{ grid: SUMMARY_GRID, rows: [
      ...summaryHead,
      ['มิติที 1 การสร้างวัฒนธรรมสจริต', '1', '80,000', '1', '80,000', '1', '80,000'],
      ['มติที่ 2 การบริหารราชการด้วยความโปร่งใส', '1', '0', '1', '0', '1', '0'],
      ['รวมทั้งสิน', '2', '80,000', '2', '80,000', '2', '80,000'],
    ] }]);
    const list = page(5, [{ title: 'ส่วนที่ 3 รายละเอียดโครงการ/กิจกรรม/มาตรการ', grid: LIST_GRID, rows: [
      ['a ท', 'โครงการ/กิจกรรม/ มาตรการ', 'aa มต', 'ปี 2568 (บาท)', 'ปี 2569 (บาท)', 'ปี 2570 (บาท)', 'หน่วยงานรับผิดชอบ'],
      ['1', 'โครงการฝึกอบรมคุณธรรมจริยธรรมแก่บุคลากรเทศบาล', '|', '80,000', '80,000', '80,000', 'สำนักปลัดเทศบาล'],
      ['2', 'มาตรการเผยแพร่ข้อมูลการจัดซือจัดจ้าง', '2', '0', '0', '0', 'สำนักการคลัง'],
      [{ text: 'รวมทั้งสิ้น 2 โครงการ', span: 2 }, null, '', '80,000', '80,000', '80,000', ''],
    ] }]);
    const plan = parsePlan(buildDoc([summary, list]), { from: 2568, to: 2570 });
    expect(plan.projects.filter((p) => p.year === 2568).map((p) => [p.no, p.dimension, p.budget])).toEqual([[1, 1, 80000], [2, 2, 0]]);
    expect(plan.statedTotals.filter((t) => t.year === 2570).map((t) => [t.page, t.dimension, t.projectCount, t.budget])).toEqual([
      [4, 1, 1, 80000], [4, 2, 1, 0], [4, null, 2, 80000], [5, null, 2, 80000],
    ]);
  });
});

describe('a one-year plan', () => {
  it('states each มิติ row of a summary with จำนวนโครงการ and งบประมาณ and no year over them for the plan\'s year', () => {
    const summaryGrid: Grid = { x: [60, 260, 330], w: [200, 70, 80] };
    const yearGrid: Grid = { x: [60, 90, 250, 280, 350, 380, 410, 440], w: [30, 160, 30, 70, 30, 30, 30, 30] };
    const p = page(3, [
      { title: 'สรุปจำนวนโครงการและงบประมาณ จำแนกตามมิติ', grid: summaryGrid, rows: [
        ['มิติ', 'จำนวนโครงการ', 'งบประมาณ (บาท)'],
        ['มิติที่ 1 การสร้างวัฒนธรรมสุจริต', '2', '30,000'],
        ['มิติที่ 2 การบริหารราชการด้วยความโปร่งใส', '1', '-'],
        ['รวม', '3', '30,000'],
      ] },
      { title: 'แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568', grid: yearGrid, rows: [
        ['ลำดับ', 'รายการโครงการ', 'มิติ', 'งบประมาณ (บาท)', { text: 'ไตรมาส', span: 4 }, null, null, null],
        [null, null, null, null, '1', '2', '3', '4'],
        ['1', 'โครงการอบรมคุณธรรม', '1', '20,000', '✓', '', '', ''],
        ['2', 'โครงการโรงเรียนสุจริต', '1', '10,000', '', '✓', '', ''],
        ['3', 'มาตรการเผยแพร่ข้อมูล', '2', '0', '✓', '✓', '✓', '✓'],
        ['', 'รวมทั้งสิ้น', '', '30,000', '', '', '', ''],
      ] },
    ]);
    const plan = parsePlan(buildDoc([p]), null);
    expect(plan.projects.map((x) => [x.year, x.no, x.dimension, x.budget])).toEqual([[2568, 1, 1, 20000], [2568, 2, 1, 10000], [2568, 3, 2, 0]]);
    expect(plan.statedTotals.map((t) => [t.year, t.dimension, t.projectCount, t.budget])).toEqual([
      [2568, null, null, 30000],
      [2568, 1, 2, 30000], [2568, 2, 1, 0], [2568, null, 3, 30000],
    ]);
  });
});

describe('lists that are not read as a project list', () => {
  it('a list grouped under มิติ section rows, without a มิติ column, takes the section\'s มิติ', () => {
    const grid: Grid = { x: [60, 80, 260, 320, 380], w: [20, 180, 60, 60, 60] };
    const p = page(3, [{ grid, rows: [
      ['ลำดับ', 'โครงการ/กิจกรรม', 'ปี 2566', 'ปี 2567', 'ปี 2568'],
      [{ text: 'มิติที่ 1 การสร้างวัฒนธรรมสุจริต', span: 5 }, null, null, null, null],
      ['1', 'โครงการอบรมคุณธรรม', '20,000', '20,000', '20,000'],
      [{ text: 'มิติที่ 3 การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน', span: 5 }, null, null, null, null],
      ['2', 'กิจกรรมเวทีประชาคม', '0', '0', '0'],
    ] }]);
    const plan = parsePlan(buildDoc([p]), { from: 2566, to: 2568 });
    expect(plan.projects.map((x) => [x.year, x.no, x.dimension])).toEqual([
      [2566, 1, 1], [2567, 1, 1], [2568, 1, 1],
      [2566, 2, 3], [2567, 2, 3], [2568, 2, 3],
    ]);
  });

  it('is no list with quarter columns, with one year column, or with counts and no project column', () => {
    const grid: Grid = { x: [60, 80, 260, 320, 380, 440], w: [20, 180, 60, 60, 60, 60] };
    const tables = page(3, [
      { grid, rows: [['ลำดับ', 'โครงการ', 'ปี 2566', 'ไตรมาส 1', 'ไตรมาส 2', 'ไตรมาส 3'], ['1', 'โครงการอบรม', '20,000', '✓', '', '']] },
      { grid, rows: [['ลำดับ', 'โครงการ', 'ปี 2566 (บาท)', 'ผู้รับผิดชอบ', '', ''], ['1', 'โครงการอบรม', '20,000', 'สำนักปลัด', '', '']] },
      { grid: SUMMARY_GRID, rows: [...summaryHead, ['มิติที่ 1 การสร้างวัฒนธรรมสุจริต', '2', '60,000', '2', '60,000', '1', '10,000']] },
    ]);
    for (const t of buildDoc([tables]).tables) expect(listLayout(t, { from: 2566, to: 2570 })).toBeNull();
  });
});
