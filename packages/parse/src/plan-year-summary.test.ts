import { describe, expect, it } from '@jest/globals';
import type { PageText, TableCell, TextLine } from '@lao/schemas';
import { normalizeText } from '@lao/thai-text';
import { buildDoc } from './document.model.js';
import { parsePlan } from './plan.parser.js';
import { parseYearSummary } from './plan-year-summary.js';

// tests/unseen u9: an e-PlanNACC plan whose summary states the projects and budget per year, not per มิติ.

function page(no: number, prose: string[], tables: string[][][]): PageText {
  const lines: TextLine[] = [];
  let y = 76;
  const add = (text: string, x: number, w: number): TextLine => {
    const l: TextLine = { id: `p${no}-l${lines.length}`, raw: text, text: normalizeText(text), box: { x, y, w, h: 16 }, confidence: null };
    lines.push(l);
    return l;
  };
  for (const p of prose) {
    add(p, 85, 440);
    y += 22;
  }
  const out = tables.map((rows, t) => {
    const top = y;
    const cw = 450 / Math.max(...rows.map((r) => r.length));
    const tableRows = rows.map((r) => {
      const rowY = y;
      const cells: TableCell[] = r.map((text, j) => {
        const box = { x: 85 + j * cw, y: rowY, w: cw, h: 20 };
        const ids = text === '' ? [] : [add(text, box.x + 4, Math.min(cw - 8, text.length * 5)).id];
        return { raw: text, text: normalizeText(text), box, lineIds: ids, confidence: null };
      });
      y += 20;
      return { box: { x: 85, y: rowY, w: 450, h: 20 }, cells };
    });
    y += 10;
    return { id: `p${no}-t${t}`, source: 'ruled' as const, box: { x: 85, y: top, w: 450, h: y - top }, rows: tableRows };
  });
  return { page: no, width: 595, height: 842, method: 'text', confidence: null, lostChars: 0, notes: [], lines, tables: out };
}

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
