import type { DocRow, DocTable } from './document.model.js';
import { isAmountText, isTotalText, readDimension, readRowNo } from './plan-cells.js';
import { findColumn, readHeader } from './table-header.js';

/** Column indexes of an e-PlanNACC year table (-1 when the table has none). */
export type YearLayout = { no: number; title: number; dimension: number; budget: number; quarters: Array<{ col: number; q: number }>; remark: number };

// Header words of the year tables, with the forms OCR leaves of them ("ลาดบ", "มติ", "ตังต้น").
export const YEAR_TABLE_VOCAB = /ลำดับ|ลาดบ|โครงการ|มิติ|มติ|งบประมาณ|ประมาณ|ไตรมาส|หมายเหตุ/;
// ไตรมาส, also with a letter OCR lost or misread ("ไตรมาล", "ตรมาส").
const QUARTER_HEAD = /ไตร\s?มา|ตร\s?มาส/;
const DIMENSION_HEAD = /มิติ|มติ/;
const BUDGET_HEAD = /งบ|ประมาณ|บาท/;
const TITLE_HEAD = /โครงการ|กิจกรรม|มาตรการ|รายการ/;
const NO_HEAD = /ลำดับ|ลาดบ|^ที่$/;
// ตัวชี้วัด, also with the marks OCR drops ("ตวชวด", "ตัวชีวัด").
const INDICATOR_HEAD = /ต\u0E31?วช\u0E35?\u0E49?ว\u0E31?ด/;

function texts(rows: DocRow[], col: number): string[] {
  return rows.map((r) => r.cells[col]?.text ?? '').filter((t) => t !== '');
}

function share(values: string[], test: (t: string) => boolean): number {
  return values.length === 0 ? 0 : values.filter(test).length / values.length;
}

/**
 * The quarter columns: the column headed ไตรมาส and the columns under it (their own head empty, or a
 * "ไตรมาส n" head of their own), at most four. A sub-head digit names its quarter; OCR often loses
 * or garbles it ("is", "lg"), so a column without one takes its place in the group.
 */
function quarterColumns(top: string[], labels: string[], width: number): Array<{ col: number; q: number }> {
  const start = labels.findIndex((l) => QUARTER_HEAD.test(l));
  if (start < 0) return [];
  const cols: number[] = [];
  for (let c = start; c < width && cols.length < 4; c++) {
    const own = top[c] ?? '';
    if (c > start && own !== '' && !QUARTER_HEAD.test(own)) break;
    cols.push(c);
  }
  const named = cols.map((col) => {
    const m = /(?:^|\s|ไตรมาส(?:ที่)?\s?)([1-4])\s*$/.exec(labels[col] ?? '');
    return m ? Number(m[1]) : null;
  });
  const consistent = named.every((q, i) => q === null || q === i + 1);
  return cols.map((col, i) => ({ col, q: consistent ? i + 1 : named[i] ?? i + 1 }));
}

/**
 * Reads the layout of a year table (ลำดับ / รายการโครงการ / มิติ / งบประมาณ / ไตรมาส 1–4 / หมายเหตุ)
 * from its header words and, where OCR garbled or merged the heads ("งบมิติ ประมาณ" over two
 * columns, "=)" for มิติ), from what the columns hold: amounts for the budget, single digits 1–4 for
 * the มิติ, whole numbers left of the title for the ลำดับ.
 */
export function yearLayout(table: DocTable): { layout: YearLayout; headerRows: number } | null {
  const h = readHeader(table, YEAR_TABLE_VOCAB, 0, 2);
  if (!h) return null;
  const width = Math.max(h.labels.length, ...table.rows.map((r) => r.cells.length));
  const top = (table.rows[0]?.cells ?? []).map((c) => c.text);
  const quarters = quarterColumns(top, h.labels, width);
  if (quarters.length === 0) return null;
  const qStart = quarters[0]!.col;
  const body = table.rows.slice(h.rowCount).filter((r) => !r.cells.some((c) => isTotalText(c.text)));

  let title = h.labels.findIndex((l, c) => c < qStart && TITLE_HEAD.test(l));
  if (title < 0) {
    // The column with the longest texts.
    let best = -1;
    for (let c = 0; c < qStart; c++) {
      const len = texts(body, c).reduce((a, t) => a + t.length, 0);
      if (len > best) [best, title] = [len, c];
    }
  }
  if (title < 0) return null;

  let no = findColumn(h.labels, NO_HEAD);
  if (no === title || no >= qStart) no = -1;
  if (no < 0 && title > 0 && share(texts(body, 0), (t) => readRowNo(t) !== null) >= 0.5) no = 0;

  const candidates = [...Array(qStart).keys()].filter((c) => c !== title && c !== no);
  let budget = -1;
  let bestShare = 0;
  for (const c of candidates) {
    const values = texts(body, c);
    const s = share(values, (t) => isAmountText(t) && readDimension(t) === null);
    const score = s + (BUDGET_HEAD.test(h.labels[c] ?? '') ? 0.25 : 0);
    if (values.length > 0 && s >= 0.5 && score > bestShare) [bestShare, budget] = [score, c];
  }
  if (budget < 0) budget = findColumn(h.labels, /งบประมาณ/);
  if (budget < 0 || budget === title || budget >= qStart) return null;

  // มิติ: short cells, at least one a digit 1–4; or the column its head names; or, when a head mentions
  // มิติ but OCR merged it into another, the one column left between the title and the budget. A column
  // headed ตัวชี้วัด holds the ITA indicator ("1", "9", "10"): a measures table with quarter and budget
  // columns, no plan.
  const rest = candidates
    .filter((c) => c !== budget && !INDICATOR_HEAD.test(h.labels[c] ?? ''))
    .sort((a, b) => Number(a < title) - Number(b < title) || a - b);
  let dimension = rest.find((c) => {
    const values = texts(body, c);
    return values.length > 0 && values.every((t) => t.length <= 3) && values.some((t) => readDimension(t) !== null);
  }) ?? rest.find((c) => DIMENSION_HEAD.test(h.labels[c] ?? '')) ?? -1;
  if (dimension < 0 && h.labels.some((l) => DIMENSION_HEAD.test(l))) {
    const between = rest.filter((c) => c > title && c < budget);
    if (between.length === 1) dimension = between[0]!;
  }
  if (dimension < 0) return null;
  const lastQuarter = quarters[quarters.length - 1]!.col;
  const remark = h.labels.findIndex((l, c) => c > lastQuarter && /หมายเหตุ/.test(l));
  return { layout: { no, title, dimension, budget, quarters, remark }, headerRows: h.rowCount };
}

/**
 * Year columns by their heads ("ปี 2566"…). A head that repeats an earlier year is a typo for the next
 * one (seed 004 heads its 2570 column "ปี 2566"); columns outside the plan's range are not read. A
 * "ปี …" head whose digits OCR garbled ("ปี 276", "ปี 25220") is the year after the column before it
 * (the plan's first year for the first one) when the plan's range is known.
 */
export function yearColumns(labels: string[], range: { from: number; to: number } | null): Array<{ col: number; year: number }> {
  const out: Array<{ col: number; year: number }> = [];
  labels.forEach((l, col) => {
    const prev = out[out.length - 1];
    const ys = [...l.matchAll(/(?<!\d)25\d\d(?!\d)/g)].map((m) => Number(m[0])).filter((y) => !range || (y >= range.from - 10 && y <= range.to + 10));
    let y: number;
    if (ys.length > 0) {
      y = ys[ys.length - 1]!;
      if (prev && y <= prev.year) y = prev.year + 1;
    } else if (range && /ปี/.test(l) && /\d/.test(l.replace(/^.*ปี/, ''))) {
      y = prev ? prev.year + 1 : range.from;
    } else return;
    if (range && (y < range.from || y > range.to)) return;
    out.push({ col, year: y });
  });
  return out;
}
