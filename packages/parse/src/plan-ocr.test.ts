import { describe, expect, it } from '@jest/globals';
import type { PageText, TableCell, TableRow, TextLine } from '@lao/schemas';
import { buildDoc } from './document.model.js';
import { borrowDimensions, inferDimensions, parsePlan, renumber } from './plan.parser.js';
import { yearColumns, yearLayout } from './plan-layout.js';

// e-PlanNACC year tables as OCR read them from the scanned plan of seed 004: the มิติ head merged
// into the budget head ("งบมิติ ประมาณ"), the มิติ column headed by nothing or "=)", quarter
// sub-heads lost ("is", "lg"), ลำดับ numbers glued onto titles, ticks lost or left as scraps.
const X = [85, 123, 266, 290, 351, 370, 388, 406, 425];
const W = [38, 143, 24, 61, 19, 18, 18, 19, 80];

function page(no: number, rows: string[][], title: string | null, remarks: Record<number, string[]> = {}, method: 'ocr' | 'text' = 'ocr'): PageText {
  const conf = method === 'ocr' ? 90 : null;
  const lines: TextLine[] = [];
  let y = 100;
  const line = (text: string, x: number, w: number): TextLine => {
    const l: TextLine = { id: `p${no}-l${lines.length}`, raw: text, text, box: { x, y, w, h: 10 }, confidence: conf };
    lines.push(l);
    return l;
  };
  if (title) line(title, 120, 300);
  y += 30;
  const tableRows: TableRow[] = [];
  rows.forEach((texts) => {
    const cells: TableCell[] = [];
    texts.forEach((t, i) => {
      if (t === '\u0000') return; // no cell at all: the sub-head row has cells under the quarter group only
      const l = t === '' ? null : line(t, X[i]! + 2, Math.min(W[i]! - 4, t.length * 5));
      cells.push({ raw: t, text: t, box: { x: X[i]!, y, w: W[i]!, h: 20 }, lineIds: l ? [l.id] : [], confidence: l ? conf : null });
    });
    const row = { cells, box: { x: cells[0]!.box.x, y, w: 340, h: 20 } };
    // Remark lines beside the row, right of a grid OCR cut short before its หมายเหตุ column.
    const rowNo = tableRows.length;
    (remarks[rowNo] ?? []).forEach((t, k) => {
      lines.push({ id: `p${no}-l${lines.length}`, raw: t, text: t, box: { x: 432, y: y + 2 + k * 8, w: 70, h: 7 }, confidence: conf });
    });
    y += 22;
    tableRows.push(row);
  });
  return {
    page: no, width: 595, height: 842, method, confidence: conf, lostChars: 0, notes: [], lines,
    tables: [{ id: `p${no}-t0`, source: 'ruled', box: { x: 85, y: 130, w: 340, h: y - 130 }, rows: tableRows }],
  };
}

const _ = '\u0000';
const HEAD = ['ลำดับ', 'รายการโครงการ (ตั้งต้น)', '', 'งบมิติ ประมาณ (บาท)', 'ดำเนินการไตรมาส', '', '', ''];
const SUB = [_, _, _, _, '1', '2', '3', '4'];

describe('an OCR year table', () => {
  it('maps its columns by what they hold when the heads are merged or lost', () => {
    const p = page(6, [
      HEAD,
      SUB,
      ['1', 'มาตรการ "ส่งเสริมการปฏิบัติงาน"', '1', '0.00', '', '', '', ''],
      ['', '2 โครงการโรงเรียนคุณธรรม', '1', '30,000.00', '[7', '', '', ''],
    ], 'แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2566 ของ องค์การบริหารส่วนตำบลกระจ่าย');
    const doc = buildDoc([p]);
    const l = yearLayout(doc.tables[0]!);
    expect(l?.layout).toEqual({ no: 0, title: 1, dimension: 2, budget: 3, quarters: [1, 2, 3, 4].map((q) => ({ col: 3 + q, q })), remark: -1 });
    expect(l?.headerRows).toBe(2);
  });

  it('reads projects, glued numbers, tick scraps and the OCR totals row', () => {
    const first = page(6, [
      HEAD,
      SUB,
      ['1', 'มาตรการ "ส่งเสริมการปฏิบัติงาน"', '1', '0.00', 'ท', 'ท', '', ''],
      ['', '2 โครงการโรงเรียนคุณธรรม', '1', '30,000.00', '[7', '', '', ''],
      ['aq', 'โครงการส่งเสริมการดำเนินชีวิต', '', '20,000.00', '', '', '', ''],
      ['', "4 ก'กิจกรรมการใช้บัตรคิว", '2', '0.00', '', 'NEN', '', ''],
    ], 'แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2566 ของ องค์การบริหารส่วนตำบลกระจ่าย');
    // The next page repeats the header with the มิติ head garbled and one quarter sub-head lost.
    const second = page(7, [
      ['ลำดับ', 'รายการโครงการ (ตังต้น)', '=)', 'งบประมาณ (บาท)', 'ดำเนินการไตรมาส', '', '', ''],
      [_, _, _, _, '1', 'is', '3', 'lg'],
      ['5', 'แมาตรการออกคำสั่งมอบหมาย', '', '0.00', '', '', '', ''],
      ['6', 'มาตรการ NO Gift Policy', '2', '0.00', '', '', '', ''],
      ['รุวมทัง', '', '', '110,000.00', '4', '3', '2', '2'],
    ], null);
    const plan = parsePlan(buildDoc([first, second]), { from: 2566, to: 2570 });
    expect(plan.projects.map((p) => [p.year, p.no, p.title, p.dimension, p.budget, p.quarters.join(','), p.page])).toEqual([
      [2566, 1, 'มาตรการ "ส่งเสริมการปฏิบัติงาน"', 1, 0, '1,2', 6],
      [2566, 2, 'โครงการโรงเรียนคุณธรรม', 1, 30000, '1', 6],
      [2566, 3, 'โครงการส่งเสริมการดำเนินชีวิต', null, 20000, '', 6],
      [2566, 4, 'กิจกรรมการใช้บัตรคิว', 2, 0, '2', 6],
      [2566, 5, 'มาตรการออกคำสั่งมอบหมาย', 2, 0, '', 7],
      [2566, 6, 'มาตรการ NO Gift Policy', 2, 0, '', 7],
    ]);
    expect(plan.statedTotals).toEqual([{ year: 2566, dimension: null, projectCount: null, budget: 110000, page: 7 }]);
  });

  it('takes a row of amount and per-quarter counts without a project as the totals row', () => {
    const p = page(10, [
      ['ลำดับ', 'รายการโครงการ (ตังต้น)', 'มิติ', 'งบประมาณ (บาท)', 'คดำเนินการไตรมาส', '', '', ''],
      [_, _, _, _, '', 'is', '3', 'lg'],
      ['', '', '', '110,000.00', '40', '39', '33', '34'],
    ], 'แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2566');
    const plan = parsePlan(buildDoc([p]), { from: 2566, to: 2570 });
    expect(plan.projects).toEqual([]);
    expect(plan.statedTotals.map((t) => [t.year, t.budget])).toEqual([[2566, 110000]]);
  });

  it('knows the quarter head with a letter OCR misread', () => {
    const p = page(6, [['ลำดับ', 'รายการโครงการ', 'มิติ', 'งบประมาณ (บาท)', 'ดำเนินการไตรมาล', '', '', ''], SUB, ['1', 'โครงการโรงเรียนคุณธรรม', '1', '30,000.00', '', '', '', '']], 'พ.ศ. 2566');
    expect(yearLayout(buildDoc([p]).tables[0]!)?.layout.quarters.map((q) => q.col)).toEqual([4, 5, 6, 7]);
  });

  it('takes no remark for a totals label', () => {
    const p = page(6, [
      ['ลำดับ', 'รายการโครงการ', 'มิติ', 'งบประมาณ (บาท)', 'ดำเนินการไตรมาส', '', '', '', 'หมายเหตุ'],
      [_, _, _, _, '1', '2', '3', '4', _],
      ['1', 'โครงการโรงเรียนคุณธรรม', '1', '30,000.00', '☑', '', '', '', 'รวมทั้งหมด 2 ครั้ง'],
    ], 'พ.ศ. 2566');
    const plan = parsePlan(buildDoc([p]), { from: 2566, to: 2570 });
    expect(plan.projects.map((x) => x.title)).toEqual(['โครงการโรงเรียนคุณธรรม']);
    expect(plan.statedTotals).toEqual([]);
  });

  it('is not a table without quarter columns', () => {
    const p = page(3, [
      ['ลำดับ', 'รายการโครงการ', 'มิติ', 'งบประมาณ (บาท)', 'หมายเหตุ', '', '', ''],
      ['1', 'โครงการโรงเรียนคุณธรรม', '1', '30,000.00', '', '', '', ''],
    ], 'พ.ศ. 2566');
    expect(yearLayout(buildDoc([p]).tables[0]!)).toBeNull();
  });
});

const project = (no: number | null, dimension: 1 | 2 | 3 | 4 | null, year = 2566) => ({ year, no, title: 't', dimension, budget: 0, quarters: [], page: 1 });

describe('the year of a table whose title OCR garbled', () => {
  const rows = (from: number) => [HEAD, SUB, [String(from), `โครงการที่ ${from}`, '1', '0.00', '', '', '', ''], [String(from + 1), `โครงการที่ ${from + 1}`, '1', '0.00', '', '', '', '']];
  it('is the plan\'s first year for the first table, the next year where ลำดับ starts again at 1, else the year going on', () => {
    const doc = buildDoc([
      page(6, rows(1), 'แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 276 ของ องค์การบริหารส่วนตำบล'),
      page(7, rows(3), 'แผนปฏิบัติการป้องกันการทุจริต'),
      page(8, rows(1), 'แผนปฏิบัติการป้องกันการทุจริต พ.ศ. ๒๕๖๗'.replace('๒๕๖๗', '25b7')),
      page(9, rows(1), 'แผนปฏิบัติการป้องกันการทุจริต พ.ศ 2569 ของ'),
    ]);
    const plan = parsePlan(doc, { from: 2566, to: 2570 });
    expect(plan.projects.map((p) => `${p.year}#${p.no}`)).toEqual(['2566#1', '2566#2', '2566#3', '2566#4', '2567#1', '2567#2', '2569#1', '2569#2']);
  });
});

describe('quarters OCR lost', () => {
  const rows = [
    HEAD,
    SUB,
    ['1', 'มาตรการ "ส่งเสริมการปฏิบัติงาน"', '1', '0.00', '', '', '', ''],
    ['2', 'โครงการโรงเรียนคุณธรรม', '1', '30,000.00', '', '', '', ''],
    ['3', 'กิจกรรม "ควบคุมการเบิกจ่ายเงิน"', '2', '0.00', '', '', '', '[7'],
    ['4', 'มาตรการ NO Gift Policy', '2', '0.00', '☑', '☑', '', ''],
  ];
  const remarks = { 2: ['ดำเนินการตลอด', 'ปูงบประมาณ'], 3: ['โครงการเข้าค่าย', 'คุณธรรมจริยธรรม'], 4: ['ดำเนินการตลอด', 'ปีงบประมาณ'], 5: ['ดำเนินการตลอด', 'ปีงบประมาณ'] };
  it('takes a whole-year remark beside the row for all four quarters when no tick or only scraps were read', () => {
    const plan = parsePlan(buildDoc([page(6, rows, 'แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2566', remarks)]), { from: 2566, to: 2570 });
    expect(plan.projects.map((p) => p.quarters.join(','))).toEqual(['1,2,3,4', '', '1,2,3,4', '1,2']);
  });
  it('leaves the quarter cells of a text layer as printed', () => {
    const plan = parsePlan(buildDoc([page(6, rows, 'แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2566', remarks, 'text')]), { from: 2566, to: 2570 });
    expect(plan.projects.map((p) => p.quarters.join(','))).toEqual(['', '', '4', '1,2']);
  });
  it('reads nothing into a row without such a remark', () => {
    const plan = parsePlan(buildDoc([page(6, rows, 'แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2566')]), { from: 2566, to: 2570 });
    expect(plan.projects.map((p) => p.quarters.join(','))).toEqual(['', '', '4', '1,2']);
  });
});

describe('numbers and มิติ OCR lost', () => {
  it('numbers a row between its neighbours, fixes a misread one the next row confirms', () => {
    const ps = [project(1, 1), project(null, 1), project(3, 1), project(8, 1), project(5, 1), project(null, 1), project(1, 1, 2568), project(null, 1, 2568)];
    renumber(ps);
    expect(ps.map((p) => p.no)).toEqual([1, 2, 3, 4, 5, 6, 1, 2]);
  });

  it('keeps numbers it cannot confirm', () => {
    const ps = [project(1, 1), project(7, 1), project(9, 1)];
    renumber(ps);
    expect(ps.map((p) => p.no)).toEqual([1, 7, 9]);
  });

  it('fills a มิติ between two equal ones, before a first 1 and after a last 4', () => {
    const ps = [null, 1, null, 1, 2, null, null, 2, null, 3, null, 4, null].map((d, i) => project(i + 1, d as 1 | null));
    inferDimensions(ps);
    expect(ps.map((p) => p.dimension)).toEqual([1, 1, 1, 1, 2, 2, 2, 2, null, 3, null, 4, 4]);
  });

  it('infers nothing when the known มิติ do not run in order', () => {
    const ps = [2, null, 2, 1].map((d, i) => project(i + 1, d as 1 | 2));
    inferDimensions(ps);
    expect(ps.map((p) => p.dimension)).toEqual([2, null, 2, 1]);
  });
});

describe('มิติ from the same project in another year', () => {
  const p = (year: number, no: number, title: string, dimension: 1 | 2 | 3 | 4 | null) => ({ year, no, title, dimension, budget: 0, quarters: [], page: 1 });
  it('borrows the one มิติ that fits between the row\'s neighbours', () => {
    const ps = [
      p(2566, 1, 'มาตรการ NO Gift Policy', 2),
      p(2566, 2, 'ส่งเสริมการมีส่วนร่วมของประชาชนในการบริหารกิจการ', null),
      p(2566, 3, 'มาตรการจัดการเรืองร้องทุกข์/ ร้องเรียน', null),
      p(2566, 4, 'โครงการที่ไม่มีในปีอื่น', null),
      p(2566, 5, 'มาตรการบริหารจัดการความเสียงการทุจริต', 4),
      p(2568, 1, 'ส่งเสริมการมีส่วนร่วมของประชาชนในการบริหาร [3 a a กิจการ', 3),
      p(2568, 2, 'มาตรการจัดการเรื่องร้องทุกข์/ร้องเรียน', 3),
      p(2568, 3, 'มาตรการจัดการเรื่องร้องทุกข์/ร้องเรียน', 4),
    ];
    borrowDimensions(ps);
    // The complaints measure is under มิติ 3 and 4 in 2568: both fit, so it is left to its neighbours.
    expect(ps.filter((x) => x.year === 2566).map((x) => x.dimension)).toEqual([2, 3, null, null, 4]);
  });
});

describe('summary year columns', () => {
  it('reads printed years, a repeated year as the next one', () => {
    const labels = ['มิติ', 'ภารกิจตามมิติ', 'โครงการ', 'ปีงบประมาณ (บาท) ปี 2566', 'ปีงบประมาณ (บาท) ปี 2567', 'ปีงบประมาณ (บาท) ปี 2566', 'หมายเหตุ'];
    expect(yearColumns(labels, { from: 2566, to: 2570 })).toEqual([{ col: 3, year: 2566 }, { col: 4, year: 2567 }, { col: 5, year: 2568 }]);
  });

  it('takes "ปี …" heads whose digits OCR garbled as the years in turn', () => {
    const labels = ['เว) =)', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/ มาตรการ', 'ปีงบประมาณ (บาท) ปี 25220', 'ปีงบประมาณ (บาท) ปี 2503', 'ปีงบประมาณ (บาท) ปี 2505', 'ปีงบประมาณ (บาท) ปี 279', 'ปีงบประมาณ (บาท) ปี 252020', 'ปี 2570 งบประมาณ (บาท)'];
    expect(yearColumns(labels, { from: 2566, to: 2570 }).map((c) => c.year)).toEqual([2566, 2567, 2568, 2569, 2570]);
  });

  it('does not guess garbled years without the plan range, and drops a baseline year before it', () => {
    expect(yearColumns(['ปี 276', 'ปี 277'], null)).toEqual([]);
    expect(yearColumns(['ปี 2565', 'ปี 2566', 'ปี 2567'], { from: 2566, to: 2570 })).toEqual([{ col: 1, year: 2566 }, { col: 2, year: 2567 }]);
  });
});
