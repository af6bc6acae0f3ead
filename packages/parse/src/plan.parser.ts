import type { PlanProject, StatedTotal } from '@lao/schemas';
import { parseNumber } from '@lao/thai-text';
import { type Doc, type DocRow, type DocTable, continuesPrevious, lastPage, linesBefore, rowLineIds, width } from './document.model.js';
import type { ValueProvenance } from './parse-result.schema.js';
import { cleanTitleStart, dropOcrScraps, isTicked, isTickResidue, isWholeYearRemark, isTotalText, readDimension, readRowNo, splitLeadingNo, takeStrayDimension, titleSimilarity } from './plan-cells.js';
import { YEAR_TABLE_VOCAB, type YearLayout, yearLayout } from './plan-layout.js';
import { restoreDroppedMarks } from './plan-title-repair.js';
import { parseYearSummary } from './plan-year-summary.js';
import { amountOf, amountScale, listLayout, scaledAmount, namedDimension, readProjectList, sectionDimension, yearGroupColumns } from './plan-list.js';
import { isHeaderRow, readHeader } from './table-header.js';

const SUMMARY_VOCAB = /มิติ|ภารกิจ|โครงการ|กิจกรรม|มาตรการ|งบประมาณ|หมายเหตุ|ปี\s?25\d\d/;
const TOTAL = /^รวม/;
const GRAND_TOTAL = /รวมทั้งสิ้น|รวมทั้งหมด/;

/** What a stated total covers: the checks compare it with the matching projects. */
export type StatedTotalScope = {
  index: number;
  source: 'year_table_total' | 'summary_total' | 'summary_subtotal';
  dimension: 1 | 2 | 3 | 4 | null;
};

/** A stated total with what it covers (the contract's StatedTotal is gaining `dimension`; see README). */
export type ScopedTotal = StatedTotal & { dimension: 1 | 2 | 3 | 4 | null };

export type PlanResult = {
  fromYear: number | null;
  toYear: number | null;
  projects: PlanProject[];
  statedTotals: ScopedTotal[];
  scopes: StatedTotalScope[];
  provenance: ValueProvenance[];
};

function yearOfTitle(doc: Doc, table: DocTable): number | null {
  for (const l of linesBefore(doc, table, 4).reverse()) {
    // "พ.ศ. 2566", also as OCR leaves it ("พ.ศ 2566", "พศ.2566"); not a range "พ.ศ. 2566 - 2570".
    const m = /พ\.?\s?ศ\.?\s?(25\d\d)(?!\d)(?!\s?[-–]\s?\d)/.exec(l.text);
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * The year of a year table whose title gives none readable (OCR garbled "พ.ศ. ๒๕๖๗"): the tables run
 * year by year, so a table whose ลำดับ starts again at 1 after another year's rows is the next year,
 * any other the year before it goes on; the first is the plan's first year.
 */
function yearByOrder(table: DocTable, layout: YearLayout, start: number, previous: number | null, range: { from: number; to: number } | null): number | null {
  if (previous === null) return range?.from ?? null;
  const first = table.rows.slice(start).find((r) => cell(r, layout.title) !== '');
  const no = first ? readRowNo(cell(first, layout.no)) ?? splitLeadingNo(cell(first, layout.title)).no : null;
  if (no !== 1) return previous;
  return range && previous + 1 > range.to ? null : previous + 1;
}

function cell(row: DocRow, i: number): string {
  return i < 0 ? '' : row.cells[i]?.text ?? '';
}

/**
 * The remark of a row: its หมายเหตุ cell, or on a scan whose grid OCR cut short, the lines beside the
 * row to the right of the table.
 */
function remarkOf(doc: Doc, row: DocRow, layout: YearLayout): string {
  const own = cell(row, layout.remark);
  if (own !== '') return own;
  const right = Math.max(...row.cells.map((c) => c.box.x + c.box.w));
  const { y, h } = row.box;
  return doc.lines
    .filter((l) => l.page === row.page && !doc.inTable.has(l.id) && l.box.x >= right - 8 && l.box.y + l.box.h / 2 >= y && l.box.y + l.box.h / 2 <= y + h)
    .map((l) => l.text)
    .join(' ');
}

/**
 * The quarters ticked. A scanned row whose ticks OCR lost (none read, or only scraps of some) but
 * whose remark says it runs the whole year ("ดำเนินการตลอดปีงบประมาณ") is in all four; quarter
 * cells read from a text layer stand as printed.
 */
function quartersOf(doc: Doc, row: DocRow, layout: YearLayout): number[] {
  const cells = layout.quarters.map((q) => cell(row, q.col));
  const ticked = layout.quarters.filter((_, i) => isTicked(cells[i]!)).map((q) => q.q);
  // Only OCR loses ticks: a text layer's empty quarter cells stand.
  const scanned = row.cells[layout.title]?.confidence != null;
  if (!scanned || layout.quarters.length !== 4 || ticked.length === 4) return ticked;
  if (ticked.length > 0 && !cells.every((t) => t === '' || isTickResidue(t))) return ticked;
  return isWholeYearRemark(remarkOf(doc, row, layout)) ? [1, 2, 3, 4] : ticked;
}

function prov(path: string, row: DocRow, confidence: number | null = null): ValueProvenance {
  return { path, page: row.page, lineIds: rowLineIds(row), boxes: [row.box], confidence };
}

/**
 * The anti-corruption plan: the e-PlanNACC table of each year (ลำดับ / รายการโครงการ / มิติ /
 * งบประมาณ / ไตรมาส 1–4 / หมายเหตุ, then "รวมทั้งสิ้น") → projects and that year's stated total; the
 * summary by มิติ with one budget column per year → its subtotals and grand total per year.
 */
export function parsePlan(doc: Doc, titleRange: { from: number; to: number } | null): PlanResult {
  const projects: PlanProject[] = [];
  const statedTotals: ScopedTotal[] = [];
  const scopes: StatedTotalScope[] = [];
  const provenance: ValueProvenance[] = [];
  let carried = null as { layout: YearLayout; year: number | null; page: number; width: number } | null;
  let lastYear: number | null = null;
  for (const table of doc.tables) {
    const own = yearLayout(table);
    let layout: YearLayout;
    let year: number | null;
    let start = 0;
    if (own) {
      layout = own.layout;
      start = own.headerRows;
      year = yearOfTitle(doc, table) ?? yearByOrder(table, layout, start, carried?.year ?? lastYear, titleRange);
    } else if (carried && continuesPrevious(doc, table, carried.page) && Math.abs(width(table) - carried.width) <= 1) {
      layout = carried.layout;
      year = yearOfTitle(doc, table) ?? carried.year;
    } else {
      carried = null;
      continue;
    }
    carried = { layout, year, page: lastPage(table), width: width(table) };
    lastYear = year ?? lastYear;
    for (const row of table.rows.slice(start)) {
      const texts = row.cells.map((c) => c.text);
      const budgetCell = row.cells[layout.budget];
      const rawTitle = cell(row, layout.title);
      const ownNo = readRowNo(cell(row, layout.no));
      const counts = layout.quarters.filter((q) => /^\d{1,3}$/.test(cell(row, q.col))).length;
      // The totals row: "รวมทั้งสิ้น" (OCR: "รุวมทัง"), or a row with an amount and per-quarter counts but no project.
      // The label sits left of the quarter columns (a remark such as "ดำเนินการทั้งหมด" is no total).
      const totalLabel = texts.some((t, i) => i !== layout.title && i < layout.quarters[0]!.col && isTotalText(t)) || (ownNo === null && isTotalText(rawTitle));
      if (totalLabel || (rawTitle === '' && ownNo === null && budgetCell?.number && counts >= 2)) {
        const b = budgetCell?.number?.value ?? null;
        statedTotals.push({ year, dimension: null, projectCount: countIn(texts.join(' ')), budget: b, page: row.page });
        scopes.push({ index: statedTotals.length - 1, source: 'year_table_total', dimension: null });
        provenance.push(prov(`plan.statedTotals[${statedTotals.length - 1}]`, row, budgetCell?.number?.confidence ?? null));
        continue;
      }
      if (rawTitle === '' || year === null) continue;
      // The header printed again inside a joined table, or read as a row.
      if (/ตั้งต้น|ตังต้น|^รายการโครงการ$/.test(rawTitle) || (isHeaderRow(row, YEAR_TABLE_VOCAB) && !budgetCell?.number)) continue;
      const split = ownNo === null ? splitLeadingNo(rawTitle) : { no: ownNo, title: cleanTitleStart(rawTitle) };
      // A scan strews scraps into the title, and may read the มิติ digit into it beside an empty มิติ cell.
      const scanned = row.cells[layout.title]?.confidence != null;
      const stray = scanned && cell(row, layout.dimension) === '' ? takeStrayDimension(dropOcrScraps(split.title)) : null;
      const read = stray ? stray.title : scanned ? dropOcrScraps(split.title) : split.title;
      const title = scanned ? restoreDroppedMarks(read) : read;
      if (title === '') continue;
      projects.push({
        year,
        no: ownNo ?? split.no,
        title,
        dimension: readDimension(cell(row, layout.dimension)) ?? stray?.dimension ?? null,
        budget: budgetCell?.number?.value ?? null,
        quarters: quartersOf(doc, row, layout),
        page: row.page,
      });
      provenance.push(prov(`plan.projects[${projects.length - 1}]`, row, budgetCell?.number?.confidence ?? null));
    }
  }
  // No year tables: the projects of a list with a budget column per year, one per year per row.
  if (projects.length === 0) {
    for (const { project, row, confidence } of readProjectList(doc, titleRange)) {
      projects.push(project);
      provenance.push(prov(`plan.projects[${projects.length - 1}]`, row, confidence));
    }
  }
  renumber(projects);
  borrowDimensions(projects);
  inferDimensions(projects);
  const planYears = new Set(projects.map((p) => p.year));
  const soleYear = planYears.size === 1 ? [...planYears][0]! : titleRange && titleRange.from === titleRange.to ? titleRange.from : null;
  const summary = parseSummary(doc, titleRange, soleYear);
  for (const s of summary) {
    statedTotals.push(s.total);
    scopes.push({ index: statedTotals.length - 1, source: s.source, dimension: s.dimension });
    provenance.push(prov(`plan.statedTotals[${statedTotals.length - 1}]`, s.row));
  }
  // A summary by year (ปีงบประมาณ | จำนวนโครงการ | งบประมาณ): each row is the plan's total for its year (and
  // its มิติ subtotals when the head splits the year by มิติ; a row for the whole plan has no year).
  for (const y of parseYearSummary(doc, titleRange)) {
    statedTotals.push({ year: y.year, dimension: y.dimension, projectCount: y.projectCount, budget: y.budget, page: y.page });
    scopes.push({ index: statedTotals.length - 1, source: y.dimension === null ? 'summary_total' : 'summary_subtotal', dimension: y.dimension });
    provenance.push(prov(`plan.statedTotals[${statedTotals.length - 1}]`, y.row));
  }
  const years = projects.map((p) => p.year);
  const fromYear = titleRange?.from ?? (years.length ? Math.min(...years) : null);
  const toYear = titleRange?.to ?? (years.length ? Math.max(...years) : null);
  return { fromYear, toYear, projects, statedTotals, scopes, provenance };
}

function byYear(projects: PlanProject[]): PlanProject[][] {
  const groups = new Map<number, PlanProject[]>();
  for (const p of projects) groups.set(p.year, [...(groups.get(p.year) ?? []), p]);
  return [...groups.values()];
}

/**
 * ลำดับ numbers run 1, 2, 3… down a year's table. A row whose number OCR lost ("", "aq") or misread
 * takes the number between its neighbours: the one after the previous row when the next row
 * confirms it, or when its own is missing.
 */
export function renumber(projects: PlanProject[]): void {
  for (const list of byYear(projects)) {
    list.forEach((p, i) => {
      const prev = i === 0 ? 0 : list[i - 1]!.no;
      if (prev === null || p.no === prev + 1) return;
      const next = list[i + 1]?.no ?? null;
      if (p.no === null ? next === null || next > prev + 1 : next === prev + 2) p.no = prev + 1;
    });
  }
}

const SAME_TITLE = 0.8;

function runsInOrder(list: PlanProject[]): boolean {
  const known = list.map((p) => p.dimension).filter((d): d is 1 | 2 | 3 | 4 => d !== null);
  return known.length > 0 && known.every((d, i) => i === 0 || d >= known[i - 1]!);
}

/**
 * A plan lists mostly the same projects every year, each under its มิติ. A row whose มิติ OCR lost
 * takes the มิติ the same project (a title read alike) has in another year's table, when exactly one
 * such มิติ fits between the row's known neighbours (a project listed under two มิติ is left to them).
 */
export function borrowDimensions(projects: PlanProject[]): void {
  const sources = projects.filter((p) => p.dimension !== null).map((p) => ({ year: p.year, title: p.title, dimension: p.dimension! }));
  for (const list of byYear(projects)) {
    if (!runsInOrder(list)) continue;
    let lo = 1;
    list.forEach((p, i) => {
      if (p.dimension !== null) {
        lo = p.dimension;
        return;
      }
      const hi = list.slice(i + 1).find((q) => q.dimension !== null)?.dimension ?? 4;
      const fits = new Set(sources.filter((s) => s.year !== p.year && s.dimension >= lo && s.dimension <= hi && titleSimilarity(s.title, p.title) >= SAME_TITLE).map((s) => s.dimension));
      if (fits.size === 1) {
        p.dimension = [...fits][0]!;
        lo = p.dimension;
      }
    });
  }
}

/**
 * The rows of a year table run by มิติ (1, then 2, 3, 4). A row whose มิติ OCR lost lies between two
 * known ones: it takes their มิติ when both agree, 1 before a first 1, 4 after a last 4. Nothing is
 * inferred for a year whose known มิติ do not run in order.
 */
export function inferDimensions(projects: PlanProject[]): void {
  for (const list of byYear(projects)) {
    if (!runsInOrder(list)) continue;
    let lo: PlanProject['dimension'] = null;
    list.forEach((p, i) => {
      if (p.dimension !== null) {
        lo = p.dimension;
        return;
      }
      const hi = list.slice(i + 1).find((q) => q.dimension !== null)?.dimension ?? null;
      if (lo !== null && lo === hi) p.dimension = lo;
      else if (lo === null && hi === 1) p.dimension = 1;
      else if (hi === null && lo === 4) p.dimension = 4;
    });
  }
}

function countIn(text: string): number | null {
  const m = /(\d+)\s?โครงการ/.exec(text);
  return m ? Number(m[1]) : null;
}

/** A count-of-projects cell: a whole number, or "N โครงการ". */
function countCell(cell: DocRow['cells'][number] | undefined): number | null {
  const n = cell?.number?.value;
  if (n !== undefined && Number.isInteger(n) && n >= 0) return n;
  return countIn(cell?.text ?? '');
}

/** `scale`: baht per printed unit (1,000,000 under a head in ล้านบาท). */
type SummaryColumn = { col: number; year: number; count: number; scale: number };

type SummaryTotal = { total: ScopedTotal; source: 'summary_total' | 'summary_subtotal'; dimension: 1 | 2 | 3 | 4 | null; row: DocRow };

/** A one-year plan's summary by มิติ: its จำนวนโครงการ and งบประมาณ columns, no year over them. */
function oneYearColumns(labels: string[], year: number): SummaryColumn | null {
  const col = labels.findIndex((l) => /งบ|บาท|เงิน/.test(l));
  if (col < 0) return null;
  return { col, year, count: labels.findIndex((l, c) => c !== col && /จำนวน|โครงการ/.test(l) && !/งบ|บาท|เงิน/.test(l)), scale: amountScale(labels[col] ?? '') };
}

function parseSummary(doc: Doc, range: { from: number; to: number } | null, soleYear: number | null = null): SummaryTotal[] {
  const out: SummaryTotal[] = [];
  let carried: { cols: SummaryColumn[]; byDimension: boolean; dimensionCol: number; width: number; page: number } | null = null;
  let dimension: 1 | 2 | 3 | 4 | null = null;
  let pending: Array<SummaryTotal & { col: number; cellText: string; scale: number }> | null = null;
  for (const table of doc.tables) {
    const h = readHeader(table, SUMMARY_VOCAB, 0, 3);
    const w = width(table);
    let cols: SummaryColumn[];
    let byDimension = false;
    let dimensionCol = -1;
    let start = 0;
    const groups = h ? yearGroupColumns(h.labels, range, table.rows.slice(h.rowCount)) : [];
    // A summary names the มิติ; a project list with a budget column per year states its totals the same way.
    const list = h ? listLayout(table, range) : null;
    // A summary by มิติ alone (no column naming projects or missions): each of its rows is a มิติ's stated total.
    const namesProjects = !!h && h.labels.some((l) => /ภารกิจ/.test(l) || (/โครงการ|กิจกรรม|มาตรการ/.test(l) && !/จำนวน/.test(l) && !/25\d\d/.test(l)));
    const single = h && groups.length === 0 && !namesProjects && soleYear !== null ? oneYearColumns(h.labels, soleYear) : null;
    if (h && (h.labels.some((l) => /มิติ/.test(l)) || list) && !h.labels.some((l) => /ไตรมาส/.test(l)) && (groups.length >= 2 || single)) {
      dimensionCol = list?.layout.dimension ?? -1;
      cols = single ? [single] : groups.map((g) => ({ col: g.budget, year: g.year, count: g.count, scale: g.scale }));
      byDimension = !namesProjects;
      start = h.rowCount;
      // The header printed again on the next page keeps the มิติ the rows were in.
      if (!carried) dimension = null;
    } else if (carried && continuesPrevious(doc, table, carried.page) && Math.abs(w - carried.width) <= 1 && !(h && h.labels.some((l) => /มิติ/.test(l)))) {
      // A summary broken by a page or a blank line carries on without repeating its header.
      cols = carried.cols;
      byDimension = carried.byDimension;
      dimensionCol = carried.dimensionCol;
    } else {
      carried = null;
      continue;
    }
    carried = { cols, byDimension, dimensionCol, width: w, page: lastPage(table) };
    const firstCol = Math.min(...cols.flatMap((c) => (c.count >= 0 ? [c.col, c.count] : [c.col])));
    for (const row of table.rows.slice(start)) {
      const texts = row.cells.map((c) => c.text);
      // A total row cut by the page ("จำนวน" / "30,000 บาท"): its amounts are on the first row over the page.
      if (pending && !texts.some((t) => TOTAL.test(t)) && row.page > pending[0]!.row.page) {
        for (const p of pending) {
          if (p.total.budget !== null) continue;
          const v = parseNumber(`${p.cellText} ${row.cells[p.col]?.text ?? ''}`);
          p.total.budget = v === null || p.scale === 1 ? v : Math.round(v * p.scale);
        }
      }
      pending = null;
      // In a summary by มิติ the row's มิติ is named before the year columns ("มิติที่ 2 …", "2. การบริหาร…", or "2" in a มิติ column).
      const named = byDimension && !texts.some((t) => TOTAL.test(t)) ? texts.slice(0, firstCol).map((t) => namedDimension(t)).find((d) => d !== null) ?? null : null;
      if (named !== null && cols.some(({ col }) => amountOf(row.cells[col]) !== null)) {
        dimension = named;
        const stated = countIn(texts.slice(0, firstCol).join(' '));
        for (const { col, year, count, scale } of cols) {
          const total = { year, dimension: named, projectCount: count >= 0 ? countCell(row.cells[count]) : stated, budget: scaledAmount(row.cells[col], scale), page: row.page };
          out.push({ total, source: 'summary_subtotal', dimension: named, row });
        }
        continue;
      }
      if (texts.some((t) => TOTAL.test(t))) {
        // Under a summary by มิติ the total of its rows is the plan's, however it is worded ("รวม").
        const grand = byDimension || texts.some((t) => GRAND_TOTAL.test(t));
        // A subtotal that names its มิติ ("รวมมิติที่ 2").
        const own = texts.map((t) => /^รวม\s?มิติ\s?(?:ที่)?\s?([1-4])(?!\d)/.exec(t)).find((m) => m);
        if (!grand && own) dimension = Number(own[1]) as 1 | 2 | 3 | 4;
        const stated = countIn(texts.slice(0, firstCol).join(' '));
        const added: Array<SummaryTotal & { col: number; cellText: string; scale: number }> = [];
        for (const { col, year, count, scale } of cols) {
          const value = row.cells[col]?.number?.value ?? null;
          const budget = value === null || scale === 1 ? value : Math.round(value * scale);
          const projectCount = count >= 0 ? countCell(row.cells[count]) : stated;
          const entry = { total: { year, dimension: grand ? null : dimension, projectCount, budget, page: row.page }, source: grand ? ('summary_total' as const) : ('summary_subtotal' as const), dimension: grand ? null : dimension, row };
          out.push(entry);
          added.push({ ...entry, col, cellText: row.cells[col]?.text ?? '', scale });
        }
        if (added.some((a) => a.total.budget === null)) pending = added;
      }
      // A project row of a list whose มิติ column holds the digit: the subtotal after it is of that มิติ.
      const digit = /^[1-4]$/.exec(cell(row, dimensionCol).trim());
      if (digit && !texts.some((t) => TOTAL.test(t))) dimension = Number(digit[0]) as 1 | 2 | 3 | 4;
      // A section row across a list ("มิติที่ 2 การบริหารราชการ…").
      const section = texts.some((t) => TOTAL.test(t)) ? null : sectionDimension(texts[0] ?? '');
      if (section !== null) dimension = section;
      // The row that opens a มิติ names it ("๒. การบริหาร…", even on a subtotal row); sub-missions too ("๓.๒ …").
      const d = /^([1-4])\s?\.(?!\d)/.exec(texts[0] ?? '') ?? /^([1-4])\.\d/.exec(texts[1] ?? '') ?? /^([1-4])\.\d/.exec(texts[0] ?? '');
      if (d) dimension = Number(d[1]) as 1 | 2 | 3 | 4;
    }
  }
  return out;
}
