import { INDICATORS, type Measure } from '@lao/schemas';
import { parseNumber } from '@lao/thai-text';
import { type Doc, type DocRow, type DocTable, continuesPrevious, lastPage, linesBefore, rowLineIds, width } from './document.model.js';
import { leadingNo, splitItems } from './items.js';
import { MEASURE_HEADER_VOCAB, type MeasureRole, isMeasureHeader, isOtherTableHeader, rolesOf } from './measure-columns.js';
import { type TickedMonth, monthColumns, monthsPeriod, withMonthRow } from './measure-months.js';
import { statedProgress, statusWithProgress } from './measure-progress.js';
import { respreadRow } from './measure-cells.js';
import { cleanMeasureTitle, fiscalYearIn, readingScore, restoreToneMarks } from './measure-text.js';
import type { ValueProvenance } from './parse-result.schema.js';
import { repairOcrPeriod } from './ocr-period.js';
import { parsePeriod } from './period.parser.js';
import { isTicked } from './plan-cells.js';
import { yearLayout } from './plan-layout.js';
import { restoreDroppedMarks } from './plan-title-repair.js';
import { readHeader } from './table-header.js';

type Layout = { roles: Array<MeasureRole | null>; labels: string[]; width: number; headerKeys: string[] };
type Draft = {
  m: Measure;
  rows: DocRow[];
  tableId: string;
  layout: Layout;
  stepsText?: string | null;
  periodText?: string | null;
  statusText?: string | null;
  percentText?: string | null;
  /** Quarters ticked in ไตรมาส columns: the period when no period cell says it. */
  quarters?: Set<number>;
  /** Months ticked in month columns (by column): the period when no period cell or quarter says it. */
  months?: Map<number, TickedMonth>;
  /** Result and remark texts of a table without a ร้อยละ column: the percentage they state as the measure's progress. */
  resultText?: string | null;
  /** The fiscal year the table's heading (or the cover) names: quarters printed alone fall in it. */
  fiscalYear: number | null;
  /** Read by OCR: its period cell may hold month names without their marks and misread years. */
  ocr: boolean;
};

function indicatorNoOf(text: string): number | null {
  const m = /^(?:ตัวชี้วัดที่\s?)?(\d{1,2})\s?[.)]?/.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 10 ? n : null;
}

export function statusOf(text: string): Measure['status'] {
  if (/ยังไม่(?:ได้)?(?:ดำเนินการ|เริ่ม)|ไม่ได้ดำเนินการ/.test(text)) return 'not_started';
  if (/อยู่ระหว่าง|กำลังดำเนินการ|ระหว่างดำเนินการ/.test(text)) return 'in_progress';
  if (/ดำเนินการแล้ว|แล้วเสร็จ|เสร็จสิ้น|ดำเนินการเรียบร้อย|ดำเนินการครบ|เรียบร้อยแล้ว/.test(text)) return 'done';
  return null;
}

export function percentOf(text: string): number | null {
  const m = /ร้อยละ\s?(\d{1,3}(?:\.\d+)?)|(\d{1,3}(?:\.\d+)?)\s?%/.exec(text);
  if (!m) return null;
  const v = parseNumber(m[1] ?? m[2]!);
  return v !== null && v >= 0 && v <= 100 ? v : null;
}

function layoutOf(table: DocTable): { layout: Layout; headerRows: number } | null {
  const read = readHeader(table, MEASURE_HEADER_VOCAB);
  if (!read) return null;
  // A third header row of month names under "ระยะเวลาดำเนินการ" / "พ.ศ. 2567 | พ.ศ. 2568".
  const header = withMonthRow(table, read);
  if (isOtherTableHeader(header.labels)) return null;
  // An e-PlanNACC year table (projects by มิติ with a budget and the quarters ticked) is the plan's.
  if (yearLayout(table) !== null) return null;
  const roles = rolesOf(header.labels);
  if (!roles.includes('title')) titleByCells(table, header.rowCount, roles);
  // The first measure column is the title; later ones ("มาตรการควบคุม…") keep their own role or none.
  const firstTitle = roles.indexOf('title');
  const fixed = roles.map((r, i) => (r === 'title' && i !== firstTitle ? 'detail' : r));
  if (!isMeasureHeader(fixed)) return null;
  inferRolesFromCells(table, header.rowCount, fixed, firstTitle, header.labels);
  const first = table.rows[0]!.cells.map((c) => squash(c.text));
  const second = header.rowCount > 1 ? table.rows[1]!.cells.map((c) => squash(c.text)) : [];
  const third = header.monthRow ? table.rows[header.rowCount - 1]!.cells.map((c) => squash(c.text)) : [];
  const headerKeys = [first.join('|'), second.join('|'), ...(header.monthRow ? [third.join('|')] : [])];
  return { layout: { roles: fixed, labels: header.labels, width: header.labels.length, headerKeys }, headerRows: header.rowCount };
}

/**
 * Columns whose heading OCR garbled ("4 ที" for ที่, "ร้อย ควา สำ เร็" for ร้อยละความสำเร็จ) are known by
 * what they hold: small whole numbers running down before the title column are the measures' numbers;
 * numbers 0–100 after it, under a heading with ร้อย, สำเร็จ or %, are percentages.
 */
function inferRolesFromCells(table: DocTable, headerRows: number, roles: Array<MeasureRole | null>, titleAt: number, labels: string[]): void {
  const rows = table.rows.slice(headerRows);
  const numbers = (i: number) => {
    const cells = rows.map((r) => (r.cells[i]?.text ?? '').trim()).filter((t) => t !== '');
    return cells.length >= 2 && cells.every((t) => /^\d{1,3}(?:\.\d+)?\s?%?$/.test(t)) ? cells.map((t) => Number.parseFloat(t)) : null;
  };
  roles.forEach((r, i) => {
    if (r !== null) return;
    // "ตวชวด": ตัวชี้วัด with its marks lost, over cells such as "2. การใช้งบประมาณ".
    if (i < titleAt && !roles.includes('indicator') && bare(labels[i] ?? '') === bare('ตัวชี้วัด')) {
      roles[i] = 'indicator';
      return;
    }
    const ns = numbers(i);
    if (!ns) return;
    if (i < titleAt && !roles.includes('no') && ns.every((n) => Number.isInteger(n) && n >= 1 && n <= 99)) roles[i] = 'no';
    else if (i > titleAt && !roles.includes('progress') && ns.every((n) => n >= 0 && n <= 100) && /ร้อย|สำเร็จ|ก้าวหน้า|%/.test(squash(labels[i] ?? ''))) roles[i] = 'progress';
  });
}

// What a measure title opens with.
const TITLE_OPENER = /^(?:มาตรการ|โครงการ|กิจกรรม)/;

/**
 * A heading OCR garbled past reading ("มวิติร์ภาร" for มาตรการ) over a column whose every cell opens with
 * มาตรการ/โครงการ/กิจกรรม: that column is the title.
 */
function titleByCells(table: DocTable, headerRows: number, roles: Array<MeasureRole | null>): void {
  const rows = table.rows.slice(headerRows);
  const at = roles.findIndex((r, i) => {
    if (r !== null) return false;
    const cells = rows.map((row) => squash(row.cells[i]?.text ?? '')).filter((t) => t !== '');
    return cells.length > 0 && cells.every((t) => TITLE_OPENER.test(t));
  });
  if (at >= 0) roles[at] = 'title';
}

/** Letters only: Thai marks above and below (often lost by OCR) and spaces removed. */
function bare(s: string): string {
  return s.replace(/[\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '');
}

function squash(s: string): string {
  return s.replace(/\s+/g, '');
}

function cellOf(row: DocRow, layout: Layout, role: MeasureRole): string {
  const i = layout.roles.indexOf(role);
  return i < 0 ? '' : row.cells[i]?.text ?? '';
}

function textOrNull(s: string): string | null {
  const t = s.trim();
  return t === '' || /^-+$/.test(t) ? null : t;
}

function append(a: string | null | undefined, b: string): string | null {
  const t = b.trim();
  if (t === '') return a ?? null;
  return a ? `${a} ${t}` : t;
}

function fill(d: Draft, row: DocRow): void {
  const L = d.layout;
  const m = d.m;
  // Cell texts are gathered first and read at the end: a cell broken over two rows or pages
  // ("… 2." / "ระดมความคิดเห็น …", "1 ตุลาคม 2568 ถึง 30" / "กันยายน 2569") is read whole.
  const steps = cellOf(row, L, 'steps') || (L.roles.includes('steps') ? '' : cellOf(row, L, 'detail') || cellOf(row, L, 'guideline'));
  d.stepsText = append(d.stepsText, steps);
  m.responsible = append(m.responsible, cellOf(row, L, 'responsible'));
  d.periodText = append(d.periodText, cellOf(row, L, 'period'));
  const months = L.roles.includes('month') ? monthColumns(L.labels, (i) => L.roles[i] === 'month') : [];
  L.roles.forEach((r, i) => {
    const q = r === 'quarter' ? /([1-4])$/.exec(squash(L.labels[i] ?? ''))?.[1] : undefined;
    if (q && ticked(row.cells[i]?.text ?? '', d.ocr)) (d.quarters ??= new Set()).add(Number(q));
    const month = months[i];
    if (month && ticked(row.cells[i]?.text ?? '', d.ocr)) (d.months ??= new Map()).set(i, month);
  });
  m.output = append(m.output, cellOf(row, L, 'output'));
  m.outcome = append(m.outcome, cellOf(row, L, 'outcome'));
  m.result = append(m.result, cellOf(row, L, 'result'));
  const status = statusCellText(row, L);
  d.statusText = append(d.statusText, [status, cellOf(row, L, 'progress'), cellOf(row, L, 'result'), cellOf(row, L, 'remark')].join(' '));
  // Under a heading that says ร้อยละ / %, a bare number is the percentage ("ร้อยละความสำเร็จ" | "60").
  const progress = cellOf(row, L, 'progress').trim();
  const bare = /^\d{1,3}(?:\.\d+)?\s?%?$/.test(progress) ? `${progress.replace(/\s?%$/, '')} %` : progress;
  d.percentText = append(d.percentText, [status, bare].join(' '));
  // Without a ร้อยละ column the result may state the progress ("ดำเนินการแล้ว ร้อยละ 60"); cells are
  // kept apart by line breaks, so a clause never runs from one cell into the next.
  if (!L.roles.includes('progress')) {
    const said = [cellOf(row, L, 'result'), cellOf(row, L, 'remark')].filter((t) => t.trim() !== '').join('\n');
    if (said !== '') d.resultText = d.resultText ? `${d.resultText}\n${said}` : said;
  }
  d.rows.push(row);
}

/**
 * A quarter or month cell is ticked when it holds a tick mark; on a scanned page, anything OCR left of the
 * mark ("[7", "ท", "NEN": plan-cells' isTicked), since such a cell prints nothing else.
 */
function ticked(text: string, ocr: boolean): boolean {
  return ocr ? isTicked(text) : TICK.test(text.trim());
}

// A tick in a column headed by a status ("ดำเนินการแล้ว | อยู่ระหว่างดำเนินการ | ยังไม่ดำเนินการ").
const TICK = /^\(?[✓✔√☑✅☒xX*●•+/vV]\)?$/u;

/**
 * The status a row prints: the status column's text, or, when the status is a set of columns each
 * headed by a status and ticked in one, the heading of the ticked column.
 */
function statusCellText(row: DocRow, L: Layout): string {
  const cols = L.roles.flatMap((r, i) => (r === 'status' ? [i] : []));
  const ticked = cols.length > 1 && cols.every((i) => statusOf(L.labels[i] ?? '') !== null);
  return cols
    .map((i) => {
      const text = (row.cells[i]?.text ?? '').trim();
      if (!ticked) return text;
      return TICK.test(text) ? (L.labels[i] ?? '') : /\d/.test(text) ? `${L.labels[i] ?? ''} ${text}` : '';
    })
    .filter((t) => t !== '')
    .join(' ');
}

function finish(d: Draft): void {
  const m = d.m;
  m.title = cleanMeasureTitle(m.title);
  // A scanned title gets back the sara u or tone mark OCR dropped where exactly one mark mends it.
  if (d.ocr) m.title = restoreDroppedMarks(m.title);
  // A title cut after its number ("3." then the rest on the next page) is numbered once it is whole.
  const lead = leadingNo(m.title);
  if (lead.no !== null && lead.rest !== '' && (m.no === null || m.no === lead.no)) {
    m.no = lead.no;
    m.title = lead.rest;
  }
  m.steps = splitItems(d.stepsText ?? '', { ocr: d.ocr });
  const periodText = d.periodText || (d.quarters ? quartersText([...d.quarters]) : null);
  m.period = periodText ? periodOf(periodText, d) : d.months ? monthsPeriod([...d.months.values()], d.fiscalYear) : null;
  m.status = statusOf(d.statusText ?? '');
  m.progressPercent = percentOf(d.percentText ?? '');
  if (m.progressPercent === null && d.resultText) {
    const stated = statedProgress(d.resultText);
    m.progressPercent = stated;
    // "ดำเนินการแล้ว ร้อยละ 60": carried out so far, not finished. A status column's word stands as printed.
    if (!d.layout.roles.includes('status')) m.status = statusWithProgress(m.status, stated);
  }
  if (m.progressPercent === 100 && m.status === null) m.status = 'done';
}

/** Ticked quarters as the period a report would print: "ไตรมาส 2", "ไตรมาส 1-4", "ไตรมาส 1, 3". */
function quartersText(qs: number[]): string {
  const sorted = qs.sort((a, b) => a - b);
  const lo = sorted[0]!;
  const hi = sorted[sorted.length - 1]!;
  if (lo === hi) return `ไตรมาส ${lo}`;
  return hi - lo + 1 === sorted.length ? `ไตรมาส ${lo}-${hi}` : `ไตรมาส ${sorted.join(', ')}`;
}

function periodOf(text: string, d: Draft): Measure['period'] {
  const period = parsePeriod(d.ocr ? repairOcrPeriod(text, d.fiscalYear) : text, { fiscalYear: d.fiscalYear });
  return period === null ? null : { ...period, text: period.text === text.trim() ? period.text : text.trim() };
}

/** Titles numbered "1.", "2." …: a title without a number at the top of a page continues the row cut by the page. */
function cutByPage(row: DocRow, prev: Draft | undefined, layout: Layout, numbered: boolean): boolean {
  if (!prev || !numbered || !sameLayout(prev.layout, layout)) return false;
  const lastRow = prev.rows[prev.rows.length - 1];
  if (!lastRow || row.page <= lastRow.page || leadingNo(cellOf(row, layout, 'title')).no !== null) return false;
  // A number of its own in a ลำดับ column opens a new measure.
  if (textOrNull(cellOf(row, layout, 'no')) !== null) return false;
  // Cut right after its numbers ("3." / "1." at the foot of the page): the rest is on this row.
  const bare = /^\d{1,2}(?:\.\d{1,2})?\s?[.)]?$/.test(prev.m.title.trim());
  return bare || cellOf(row, layout, 'indicator') === '';
}

export type MeasuresResult = { measures: Measure[]; provenance: ValueProvenance[] };

/**
 * Every measure table by its header's meaning; rows with an empty title continue the measure above
 * (a cell broken over rows or pages), a header-less table right after a measure table of the same width
 * continues it, repeated headers are skipped.
 */
export function parseMeasures(doc: Doc): MeasuresResult {
  const drafts: Draft[] = [];
  let last: { layout: Layout; table: DocTable } | null = null;
  let indicator: number | null = null;
  const coverYear = fiscalYearIn(doc.lines.filter((l) => l.page === (doc.lines[0]?.page ?? 1)).map((l) => l.text));
  let fiscalYear: number | null = coverYear;
  let headed = false;
  // Numbers in a ลำดับ column running 1, 2, 3… (OCR pages: a reading that breaks the run is repaired).
  const ocrPages = new Set(doc.lines.filter((l) => l.confidence !== null).map((l) => l.page));
  let run: Run | null = null;
  for (const table of doc.tables) {
    const own = layoutOf(table);
    let layout: Layout;
    let start = 0;
    let fresh = false;
    if (own) {
      // The same table again on the next page, where OCR read a heading the other page lost (or the
      // other way round): one layout, with every role either page knows.
      layout = last && compatible(last.layout, own.layout) ? widen(last.layout, own.layout) : own.layout;
      start = own.headerRows;
      if (!last || !sameLayout(last.layout, layout)) indicator = null;
      // One table per indicator under a heading "ตัวชี้วัดที่ 2 การใช้งบประมาณ": the heading's number, and
      // a table under its own heading starts afresh (its first row is not the rest of a cut one).
      const heading = headingIndicator(linesBefore(doc, table, 3).map((l) => l.text));
      if (heading !== null) {
        indicator = heading;
        fresh = true;
      }
      fiscalYear = fiscalYearIn(linesBefore(doc, table, 8).map((l) => l.text)) ?? coverYear;
    } else if (last && continuesPrevious(doc, table, lastPage(last.table)) && Math.abs(width(table) - last.layout.width) <= 1) {
      layout = last.layout;
    } else {
      last = null;
      continue;
    }
    // Measures under an indicator heading carry its number while the table (or its continuation) lasts.
    if (own && !fresh && !(last && sameLayout(last.layout, layout) && continuesPrevious(doc, table, lastPage(last.table)))) headed = false;
    if (fresh) {
      headed = true;
      run = null;
    }
    last = { layout, table };
    for (const printed of table.rows.slice(start)) {
      const row = respreadRow(doc, printed);
      // A header printed again on the next page (or its second row).
      if (layout.headerKeys.includes(row.cells.map((c) => squash(c.text)).join('|'))) continue;
      if (row.cells.every((c) => c.text === '')) continue;
      // A section row across the table ("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่" in one merged cell) groups the rows below.
      const filled = row.cells.filter((c) => c.text.trim() !== '');
      const section = filled.length === 1 ? headingIndicator([filled[0]!.text]) : null;
      if (section !== null) {
        indicator = section;
        headed = true;
        continue;
      }
      const ind = cellOf(row, layout, 'indicator');
      if (ind) indicator = indicatorNoOf(ind) ?? indicator;
      const title = cellOf(row, layout, 'title');
      const prev = drafts[drafts.length - 1];
      if (title === '' || /^-+$/.test(title)) {
        if (prev && sameLayout(prev.layout, layout)) fill(prev, row);
        continue;
      }
      if (!fresh && cutByPage(row, prev, layout, numberedSoFar(drafts, layout))) {
        prev!.m.title = `${prev!.m.title} ${title}`;
        fill(prev!, row);
        continue;
      }
      const { no, rest } = leadingNo(title);
      const printedNo = textOrNull(cellOf(row, layout, 'no'));
      let rowNo = no ?? (printedNo ? leadingNo(printedNo).no ?? printedNo : null);
      if (no === null && rowNo !== null) {
        rowNo = inSequence(rowNo, run, layout, ocrPages.has(row.page));
        run = /^\d{1,3}$/.test(rowNo) ? { layout, last: Number(rowNo) } : null;
      }
      const draft: Draft = {
        m: {
          no: rowNo,
          indicatorNo: layout.roles.includes('indicator') || headed ? indicator : null,
          title: rest || title,
          steps: [],
          responsible: null,
          period: null,
          status: null,
          progressPercent: null,
          output: null,
          outcome: null,
          result: null,
          page: row.page,
        },
        rows: [],
        tableId: table.id,
        layout,
        fiscalYear,
        ocr: ocrPages.has(row.page),
      };
      fill(draft, row);
      drafts.push(draft);
    }
  }
  for (const d of drafts) finish(d);
  const merged = mergePlanAndResult(drafts.filter((d) => d.m.title.trim() !== ''));
  const measures = merged.map((d) => d.m);
  const provenance = merged.map((d, i) => ({
    path: `measures[${i}]`,
    page: d.m.page,
    lineIds: d.rows.flatMap(rowLineIds),
    boxes: d.rows.map((r) => r.box),
    confidence: null,
  }));
  return { measures, provenance };
}

type Run = { layout: Layout; last: number };

/**
 * A ลำดับ read by OCR that breaks its column's run 1, 2, 3… (๒ read as "6", "Io") is the next number of
 * the run; a run may restart at 1, and numbers such as "3.5" are taken as printed.
 */
function inSequence(printed: string, run: Run | null, layout: Layout, ocr: boolean): string {
  if (!ocr || run === null || !sameLayout(run.layout, layout)) return printed;
  if (/^\d{1,3}$/.test(printed) && (Number(printed) === run.last + 1 || Number(printed) === 1)) return printed;
  if (/\d[.]\d/.test(printed)) return printed;
  return String(run.last + 1);
}

// "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล" (nearest heading line last), read on letters only: OCR drops the marks
// and sometimes the first letter ("ตัวชีวัดที 1", "วชวดท 9 การเปิดเผยข้อมูล").
const INDICATOR_HEADING = /^ต?วชวด(?:ท)?(\d{1,2})(?!\d)(.*)$/;

function headingIndicator(lines: string[]): number | null {
  for (const l of [...lines].reverse()) {
    const m = INDICATOR_HEADING.exec(bare(l));
    if (m) {
      const n = Number(m[1]);
      return n >= 1 && n <= 10 ? n : indicatorNamed(m[2]!);
    }
  }
  return null;
}

/** The framework indicator whose name the heading prints (a number OCR misread: "70 การป้องกันการทุจริต"). */
function indicatorNamed(text: string): number | null {
  const t = bare(text);
  if (t === '') return null;
  const hits = INDICATORS.filter((d) => [d.name, ...d.aliases.map((a) => a.name)].some((n) => t.startsWith(bare(n))));
  return hits.length === 1 ? hits[0]!.no : null;
}

function numberedSoFar(drafts: Draft[], layout: Layout): boolean {
  const same = drafts.filter((d) => sameLayout(d.layout, layout));
  return same.length > 0 && same.filter((d) => d.m.no !== null).length * 2 > same.length;
}

function compatible(a: Layout, b: Layout): boolean {
  return a.roles.length === b.roles.length && a.roles.every((r, i) => r === b.roles[i] || r === null || b.roles[i] === null);
}

/** `into` with the roles only `from` knows (in place: the drafts read so far keep sharing it). */
function widen(into: Layout, from: Layout): Layout {
  from.roles.forEach((r, i) => {
    if (into.roles[i] === null && r !== null) {
      into.roles[i] = r;
      into.labels[i] = from.labels[i] ?? '';
    }
  });
  into.headerKeys = [...new Set([...into.headerKeys, ...from.headerKeys])];
  return into;
}

function sameLayout(a: Layout, b: Layout): boolean {
  return a.roles.join() === b.roles.join();
}

function key(title: string): string {
  return title.replace(/[\s"“”'()]/g, '');
}

/**
 * A progress report prints its measures twice: the plan (steps, responsible) and the result (period,
 * output, outcome). Same title, no indicator, different tables → one measure with both halves.
 */
function mergePlanAndResult(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  const twinned = new Set<Draft>();
  const canPair = (o: Draft, d: Draft) => o.tableId !== d.tableId && !sameLayout(o.layout, d.layout) && o.m.indicatorNo === d.m.indicatorNo;
  for (const d of drafts) {
    const twin = out.find((o) => canPair(o, d) && key(o.m.title) === key(d.m.title));
    if (!twin) {
      out.push(d);
      continue;
    }
    join(twin, d);
    twinned.add(twin);
  }
  // OCR reads the two printings of a title differently: a draft left alone pairs with the one
  // alone draft of the other layout whose title it is most like, when each is the other's best.
  const alone = () => out.filter((o) => !twinned.has(o));
  for (let changed = true; changed; ) {
    changed = false;
    const lone = alone();
    for (const d of lone) {
      const best = bestTwin(d, lone.filter((o) => o !== d && canPair(o, d)));
      if (!best || bestTwin(best, lone.filter((o) => o !== best && canPair(o, best))) !== d) continue;
      const [first, second] = out.indexOf(best) < out.indexOf(d) ? [best, d] : [d, best];
      // The reading with more dictionary words (then fewer, longer ones) is the less garbled one, once
      // tone marks OCR dropped are put back where that makes exactly one known word.
      const [a, b] = [restoreToneMarks(first.m.title), restoreToneMarks(second.m.title)];
      const [sa, sb] = [readingScore(a), readingScore(b)];
      const title = sb[0] > sa[0] || (sb[0] === sa[0] && sb[1] > sa[1]) ? b : a;
      join(first, second);
      first.m.title = title;
      out.splice(out.indexOf(second), 1);
      twinned.add(first);
      changed = true;
      break;
    }
  }
  return out;
}

// Two OCR readings of one measure title share at least this share of their letter pairs.
const SAME_TITLE = 0.35;

function pairsOf(title: string): string[] {
  const k = key(title).replace(/^มาตรการ/, '');
  return [...k].slice(1).map((c, i) => k[i] + c);
}

function titleLikeness(a: string, b: string): number {
  const pa = pairsOf(a);
  const pb = pairsOf(b);
  if (pa.length === 0 || pb.length === 0) return 0;
  const left = [...pb];
  let shared = 0;
  for (const p of pa) {
    const at = left.indexOf(p);
    if (at >= 0) {
      shared++;
      left.splice(at, 1);
    }
  }
  return (2 * shared) / (pa.length + pb.length);
}

function bestTwin(d: Draft, candidates: Draft[]): Draft | null {
  let best: Draft | null = null;
  let bestScore = SAME_TITLE;
  for (const c of candidates) {
    const score = titleLikeness(d.m.title, c.m.title);
    if (score >= bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

function join(twin: Draft, d: Draft): void {
  {
    const a = twin.m;
    const b = d.m;
    a.no = a.no ?? b.no;
    if (a.steps.length === 0) a.steps = b.steps;
    a.responsible = a.responsible ?? b.responsible;
    a.period = a.period ?? b.period;
    a.status = a.status ?? b.status;
    a.progressPercent = a.progressPercent ?? b.progressPercent;
    a.output = a.output ?? b.output;
    a.outcome = a.outcome ?? b.outcome;
    a.result = a.result ?? b.result;
    twin.rows.push(...d.rows);
  }
}
