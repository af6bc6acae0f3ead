import { describe, expect, it } from '@jest/globals';
import type { PageText, TableCell, TextLine } from '@lao/schemas';
import { buildDoc } from './document.model.js';
import { parseIndicators } from './indicator-table.parser.js';
import { withOverhangingColumns } from './table-overhang.js';

// Rows of seed 001's indicator summary as OCR found them on the scanned page: the grid's right
// ruling was lost, so the score lines (x 437) stand outside the two-column grid (x 85–432).
const ROWS: Array<[string, string, string]> = [
  ['1', 'การป้องกันและปราบปรามการทุจริต', '96.53'],
  ['2', 'การใช้งบประมาณ', '99.17'],
  ['3', 'การใช้จ่ายเงิน', '99.72'],
  ['4', 'การใช้ทรัพย์สินของราชการ', '96.80'],
];

function page(method: 'ocr' | 'text', scoreX = 437, besideScore = false, misread: Record<string, string> = {}): PageText {
  const lines: TextLine[] = [];
  const line = (text: string, x: number, y: number, w: number): TextLine => {
    const l = { id: `p2-l${lines.length}`, raw: text, text, box: { x, y, w, h: 10 }, confidence: 90 };
    lines.push(l);
    return l;
  };
  const cell = (l: TextLine, x: number, w: number, y: number): TableCell => ({ raw: l.text, text: l.text, box: { x, y, w, h: 20 }, lineIds: [l.id], confidence: 90 });
  // The score column's heading is two stacked lines (ระดับ / คะแนน), as on seed 001's question tables.
  const header = [line('ตัวชี้วัด', 104, 395, 42), line('รายละเอียดตัวชี้วัด', 245, 395, 107), line('ระดับ', scoreX + 4, 391, 30), line('คะแนน', scoreX, 401, 41)];
  const rows = ROWS.map(([no, name, score], i) => {
    const y = 410 + i * 20;
    const a = line(misread[no] ?? no, 90, y + 5, 6);
    const b = line(name, 171, y + 5, 150);
    line(score, scoreX, y + 5, 32);
    if (besideScore && i === 1) line('คะแนน', scoreX + 40, y + 5, 30);
    return { box: { x: 85, y, w: 347, h: 20 }, cells: [cell(a, 85, 82, y), cell(b, 167, 265, y)] };
  });
  const head = { box: { x: 85, y: 390, w: 347, h: 20 }, cells: [cell(header[0]!, 85, 82, 390), cell(header[1]!, 167, 265, 390)] };
  return {
    page: 2, width: 595, height: 842, method, confidence: method === 'ocr' ? 90 : null, lostChars: 0, notes: [], lines,
    tables: [{ id: 'p2-t0', source: 'ruled', box: { x: 85, y: 390, w: 347, h: 100 }, rows: [head, ...rows] }],
  };
}

/** The same page with the text of every score line replaced. */
function withText(p: PageText, text: string): PageText {
  const scores = new Set(ROWS.map(([, , score]) => score));
  return { ...p, lines: p.lines.map((l) => (scores.has(l.text) ? { ...l, raw: text, text } : l)) };
}

describe('a ruled OCR table whose outer column fell outside the grid', () => {
  it('takes the level lines back as its last column', () => {
    const [t] = withOverhangingColumns(page('ocr'));
    expect(t!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['ตัวชี้วัด', 'รายละเอียดตัวชี้วัด', 'ระดับ คะแนน'], ...ROWS]);
  });

  it('lets the indicator summary be read from it', () => {
    const { indicators } = parseIndicators(buildDoc([page('ocr')]), 2568);
    expect(indicators.map((i) => [i.no, i.score])).toEqual(ROWS.map(([no, , s]) => [Number(no), Number(s)]));
  });

  it('numbers a summary row whose number OCR misread ("i" for 4) between its neighbours', () => {
    const { indicators } = parseIndicators(buildDoc([page('ocr', 437, false, { '3': 'i' })]), 2568);
    expect(indicators.map((i) => [i.no, i.name, i.score])).toEqual(ROWS.map(([no, name, s]) => [Number(no), name, Number(s)]));
  });

  it.each([
    ['a text-layer page (its grid is exact)', page('text')],
    ['lines far from the border (a margin note)', page('ocr', 560)],
    ['a row with two lines side by side there (running text)', page('ocr', 437, true)],
    ['long text level with the rows (a wrapped title, not scores)', withText(page('ocr'), 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ')],
  ])('leaves %s alone', (_why, p) => {
    expect(withOverhangingColumns(p)).toEqual(p.tables);
  });
});
