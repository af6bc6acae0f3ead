import type { PlanProject } from '@lao/schemas';
import { type Doc, type DocRow, type DocTable, continuesPrevious, lastPage, width } from './document.model.js';
import { cleanTitleStart, isAmountText, isTotalText, readDimension, readRowNo, splitLeadingNo } from './plan-cells.js';
import { yearColumns } from './plan-layout.js';
import { restoreDroppedMarks } from './plan-title-repair.js';
import { readHeader } from './table-header.js';

// Plans that print no e-PlanNACC year tables list their projects once, with one budget column per
// year ("ที่ / โครงการ/กิจกรรม/มาตรการ / มิติ / ปี 2568 (บาท) / ปี 2569 (บาท) / ปี 2570 (บาท) /
// หน่วยงานรับผิดชอบ"), and summarise them by มิติ under grouped heads: a year over its
// จำนวนโครงการ and งบประมาณ sub-columns. These readers find such columns by their head words and
// by what the cells hold.

/** A year's columns: its amount (baht) column and, when the year heads a group, its project-count column (-1 when none). */
/** `scale`: baht per printed unit (1,000,000 under a head in ล้านบาท). */
export type YearGroup = { year: number; budget: number; count: number; scale: number };

/** A list of projects with a budget column per year (no quarter columns). Column indexes, -1 when absent. */
export type ListLayout = { no: number; title: number; dimension: number; years: YearGroup[] };

const COUNT_HEAD = /จำนวน|โครงการ|กิจกรรม|มาตรการ/;
const AMOUNT_HEAD = /งบ|บาท|ประมาณ|เงิน/;
const TITLE_HEAD = /โครงการ|กิจกรรม|มาตรการ|รายการ/;
const NO_HEAD = /ลำดับ|ลาดบ|^ที่$/;
const DIMENSION_HEAD = /มิติ|มติ|มิต|^มต$/;
// "มิติที่ n", also as OCR leaves it: a vowel or the tone mark lost ("มิติที 1", "มติที่ 2", "มิติ 3").
const SECTION = /^ม\u0E34?ต\u0E34?\s?(?:ท\u0E35?\u0E48?)?\s?([1-4])(?![\d.,])/;
const LIST_VOCAB = /ลำดับ|^ที่$|โครงการ|กิจกรรม|มาตรการ|มิติ|งบประมาณ|ปี\s?25\d\d|หน่วยงาน|ผู้รับผิดชอบ|หมายเหตุ/;

function printedYear(label: string): string | null {
  return /(?<!\d)25\d\d(?!\d)/.exec(label)?.[0] ?? null;
}

function cellText(row: DocRow, col: number): string {
  return col < 0 ? '' : row.cells[col]?.text ?? '';
}

/** Whole numbers below 1,000 printed without separators, not all 0: a count of projects, not baht. */
function holdsCounts(rows: DocRow[], col: number): boolean {
  const values = rows.map((r) => cellText(r, col)).filter((t) => t !== '' && !isTotalText(t));
  return values.length > 0 && values.every((t) => /^\d{1,3}$/.test(t)) && values.some((t) => Number(t) > 0);
}

/**
 * The year columns of a table that states amounts per year. A year printed over two sub-columns
 * ("ปี 2568" over "จำนวนโครงการ | งบประมาณ (บาท)", or "จำนวนโครงการ" and "งบประมาณ" each over the
 * years) is one year: the column that counts projects (its head says จำนวน/โครงการ and not
 * งบประมาณ/บาท/เงิน, or, headless, it holds small whole numbers beside a column of the same year that
 * does not) is that year's count, the nearest such column of the same printed year; the other its
 * amount. The amount columns are read as `yearColumns` reads them (a year repeated by a typo is the
 * next one).
 */
export function yearGroupColumns(labels: string[], range: { from: number; to: number } | null, body: DocRow[] = []): YearGroup[] {
  const sameYear = (a: number, b: number) => printedYear(labels[a] ?? '') !== null && printedYear(labels[a] ?? '') === printedYear(labels[b] ?? '');
  const isCount = labels.map((l, c) => {
    if (printedYear(l) === null) return false;
    if (COUNT_HEAD.test(l) && !AMOUNT_HEAD.test(l)) return true;
    if (AMOUNT_HEAD.test(l)) return false;
    const beside = [c - 1, c + 1].filter((n) => n >= 0 && n < labels.length && sameYear(n, c));
    return beside.length > 0 && holdsCounts(body, c) && beside.every((n) => !holdsCounts(body, n));
  });
  const countOf = (col: number) =>
    labels
      .map((_, n) => n)
      .filter((n) => isCount[n] && sameYear(n, col))
      .sort((a, b) => Math.abs(a - col) - Math.abs(b - col))[0] ?? -1;
  return yearColumns(
    labels.map((l, c) => (isCount[c] ? '' : l)),
    range,
  ).map(({ col, year }) => ({ year, budget: col, count: countOf(col), scale: amountScale(labels[col] ?? '') }));
}

function share(values: string[], test: (t: string) => boolean): number {
  return values.length === 0 ? 0 : values.filter(test).length / values.length;
}

function amountShare(rows: DocRow[], col: number): number {
  const values = rows.map((r) => cellText(r, col)).filter((t) => t !== '');
  return values.length === 0 ? 0 : values.filter((t) => isAmountText(t)).length / values.length;
}

/**
 * The layout of a project list with a budget column per year: a head naming the projects
 * (โครงการ/กิจกรรม/มาตรการ, not a count) left of at least two year columns that hold amounts, and no
 * ไตรมาส columns (those are year tables).
 */
export function listLayout(table: DocTable, range: { from: number; to: number } | null): { layout: ListLayout; headerRows: number } | null {
  const h = readHeader(table, LIST_VOCAB, 0, 3);
  if (!h || h.labels.some((l) => /ไตรมาส/.test(l))) return null;
  const body = table.rows.slice(h.rowCount).filter((r) => !r.cells.some((c) => isTotalText(c.text)));
  const years = yearGroupColumns(h.labels, range, body).filter((g) => amountShare(body, g.budget) >= 0.5);
  if (years.length < 2) return null;
  const first = Math.min(...years.flatMap((g) => (g.count >= 0 ? [g.budget, g.count] : [g.budget])));
  const title = h.labels.findIndex((l, c) => c < first && TITLE_HEAD.test(l) && !/จำนวน/.test(l) && printedYear(l) === null);
  if (title < 0) return null;
  // ลำดับ and มิติ by their heads, or where OCR garbled the head ("a ท", "aa มต") by what the column holds:
  // whole numbers left of the title; digits 1–4 (a stroke OCR made of a 1) in short cells.
  const values = (c: number) => body.map((r) => cellText(r, c)).filter((t) => t !== '');
  let noCol = h.labels.findIndex((l, c) => c < title && NO_HEAD.test(l.trim()));
  if (noCol < 0) noCol = [...Array(title).keys()].find((c) => share(values(c), (t) => readRowNo(t) !== null) >= 0.5) ?? -1;
  const others = [...Array(first).keys()].filter((c) => c !== title && c !== noCol);
  const dimension =
    others.find((c) => DIMENSION_HEAD.test(h.labels[c] ?? '')) ??
    others.find((c) => values(c).length > 0 && values(c).every((t) => t.length <= 3) && share(values(c), (t) => dimensionCell(t) !== null) >= 0.5) ??
    -1;
  return { layout: { no: noCol, title, dimension, years }, headerRows: h.rowCount };
}

/**
 * The มิติ a cell names: a digit 1–4 ("2", "มิติที่ 2"), or the opening of a มิติ's section
 * ("มิติที่ 1 การสร้างวัฒนธรรมสุจริต", "2. การบริหารราชการ…"; not a sub-mission "2.1 …").
 */
export function namedDimension(text: string): 1 | 2 | 3 | 4 | null {
  return readDimension(text) ?? sectionDimension(text);
}

/** The มิติ a section label opens: "มิติที่ 1 การสร้าง…", "มิติ 2", "2. การบริหาร…" (not a sub-mission "2.1 …", not a bare number). */
export function sectionDimension(text: string): 1 | 2 | 3 | 4 | null {
  const m = SECTION.exec(text) ?? /^([1-4])\s?\.\s?(?=[\u0E01-\u0E2E])/.exec(text);
  return m ? (Number(m[1]) as 1 | 2 | 3 | 4) : null;
}

/** A มิติ cell of a list: a digit 1–4, or a lone stroke OCR made of the digit 1 ("|", "l", "I"). */
function dimensionCell(text: string): 1 | 2 | 3 | 4 | null {
  return /^[|lI!]$/.test(text.trim()) ? 1 : readDimension(text);
}

/** The amount of a budget cell: its number, 0 for a dash (no budget), else null. */
export function amountOf(cell: DocRow['cells'][number] | undefined): number | null {
  const t = cell?.text ?? '';
  return cell?.number?.value ?? (/^[-–—]$/.test(t.trim()) ? 0 : null);
}

/** Baht per unit of an amount column: "งบประมาณ (ล้านบาท)" counts millions. */
export function amountScale(label: string): number {
  return /ล้าน\s?บาท/u.test(label) ? 1_000_000 : 1;
}

/** An amount in baht from a cell of a column whose head states its unit. */
export function scaledAmount(cell: DocRow['cells'][number] | undefined, scale: number): number | null {
  const v = amountOf(cell);
  return v === null || scale === 1 ? v : Math.round(v * scale);
}

export type ListedProject = { project: PlanProject; row: DocRow; confidence: number | null };

/**
 * Projects of a list with a budget column per year: one project per year per row, with that year's
 * amount (a dash is no budget: 0; an empty cell means the project is not run that year) and no
 * quarters. The มิติ is the row's own มิติ cell, else the one a merged cell or a section row
 * ("มิติที่ 2 …" across the table) named above it. Totals rows are not projects; a list broken by a
 * page carries on without its header.
 */
export function readProjectList(doc: Doc, range: { from: number; to: number } | null): ListedProject[] {
  const out: ListedProject[] = [];
  let carried: { layout: ListLayout; page: number; width: number } | null = null;
  let dimension: 1 | 2 | 3 | 4 | null = null;
  for (const table of doc.tables) {
    const own = listLayout(table, range);
    let layout: ListLayout;
    let start = 0;
    if (own) {
      if (!carried) dimension = null;
      layout = own.layout;
      start = own.headerRows;
    } else if (carried && continuesPrevious(doc, table, carried.page) && Math.abs(width(table) - carried.width) <= 1) {
      layout = carried.layout;
    } else {
      carried = null;
      continue;
    }
    carried = { layout, page: lastPage(table), width: width(table) };
    for (const row of table.rows.slice(start)) {
      const texts = row.cells.map((c) => c.text);
      if (texts.some((t) => isTotalText(t))) continue;
      const own = cellText(row, layout.dimension);
      const named = dimensionCell(own) ?? sectionDimension(own);
      if (named !== null) dimension = named;
      const amounts = layout.years.map((g) => cellText(row, g.budget));
      if (amounts.every((t) => t === '')) {
        // A section row across the table names the มิติ of the rows under it.
        const section = texts.map((t) => sectionDimension(t)).find((d) => d !== null);
        if (section) dimension = section;
        continue;
      }
      // The header repeated where the list goes on over a page ("งบประمาณ (ล้านบาท)" over the year columns) names no project.
      if (amounts.every((t) => !/\d/.test(t)) && amounts.some((t) => /[\u0E01-\u0E2E]{2,}/u.test(t))) continue;
      const rawTitle = cellText(row, layout.title);
      if (rawTitle === '') continue;
      const ownNo = readRowNo(cellText(row, layout.no));
      const split = ownNo === null ? splitLeadingNo(rawTitle) : { no: ownNo, title: cleanTitleStart(rawTitle) };
      if (split.title === '') continue;
      // A scanned title gets back the sara u or tone mark OCR dropped, as the year tables' titles do.
      const title = row.cells[layout.title]?.confidence != null ? restoreDroppedMarks(split.title) : split.title;
      for (const g of layout.years) {
        const cell = row.cells[g.budget];
        const t = cell?.text ?? '';
        if (t === '') continue;
        const budget = scaledAmount(cell, g.scale);
        out.push({
          project: { year: g.year, no: ownNo ?? split.no, title, dimension, budget, quarters: [], page: row.page },
          row,
          confidence: cell?.number?.confidence ?? null,
        });
      }
    }
  }
  return out;
}
