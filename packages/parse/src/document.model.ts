import type { Box, PageText, TableCell } from '@lao/schemas';
import { reorderCellPieces } from './cell-line-order.js';
import { withOverhangingColumns } from './table-overhang.js';
import { joinWrappedLines, parseNumber, removeWrapSpaces } from '@lao/thai-text';

/** One line of the document in reading order, with its global position. */
export type DocLine = {
  id: string;
  page: number;
  /** Normalised text with line-wrap spaces inside Thai words removed. */
  text: string;
  box: Box;
  confidence: number | null;
  index: number;
};

export type DocNumber = { value: number; confidence: number | null };

export type DocCell = {
  text: string;
  /** As extracted: OCR letter/digit forms survive here ("1๑๐" is i10; normalised it reads "110"). */
  raw: string;
  lineIds: string[];
  box: Box;
  confidence: number | null;
  number: DocNumber | null;
};

export type DocRow = {
  tableId: string;
  page: number;
  cells: DocCell[];
  box: Box;
};

export type DocTable = {
  id: string;
  page: number;
  rows: DocRow[];
  /** Global index of the first line the table covers (its place in reading order). */
  start: number;
  /** Global index just after the last line the table covers. */
  end: number;
};

export type Doc = {
  lines: DocLine[];
  tables: DocTable[];
  lineById: ReadonlyMap<string, DocLine>;
  /** Ids of the lines that make up table cells. */
  inTable: ReadonlySet<string>;
  pageCount: number;
};

// Wrap spaces are taken out of short texts only (names, labels, a physical line of a PDF): the
// dictionary look-up costs time on paragraph-long cells, whose long text keeps its spaces anyway.
const WRAP_REPAIR_MAX = 160;

/** The one place text from the extractor is tidied for parsing: whitespace collapsed, wrap spaces out of short texts. */
export function tidy(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= WRAP_REPAIR_MAX ? removeWrapSpaces(t).trim() : t;
}

function cellNumber(cell: TableCell): DocNumber | null {
  // A constrained numeric re-read (OCR) beats the free-text reading of the same cell.
  if (cell.number) return { value: cell.number.value, confidence: cell.number.confidence };
  const value = parseNumber(cell.text);
  return value === null ? null : { value, confidence: cell.confidence };
}

export function buildDoc(pages: PageText[]): Doc {
  const sorted = [...pages].sort((a, b) => a.page - b.page);
  const lines: DocLine[] = [];
  const lineById = new Map<string, DocLine>();
  const tables: DocTable[] = [];
  for (const p of sorted) {
    const pageStart = lines.length;
    for (const l of p.lines) {
      const line: DocLine = {
        id: l.id,
        page: p.page,
        text: tidy(l.text),
        box: l.box,
        confidence: l.confidence,
        index: lines.length,
      };
      lines.push(line);
      lineById.set(l.id, line);
    }
    const pageEnd = lines.length;
    for (const t of withOverhangingColumns(p)) {
      const rows: DocRow[] = t.rows.map((r) => ({
        tableId: t.id,
        page: p.page,
        box: r.box,
        cells: r.cells.map((c) => {
          // OCR may list the right piece of a cut line first (see reorderCellPieces).
          const ordered = p.method === 'ocr' ? reorderCellPieces(tidy(c.text), c.lineIds, (id) => lineById.get(id)) : { text: tidy(c.text), lineIds: c.lineIds };
          return {
            text: ordered.text,
            raw: c.raw.replace(/\s+/g, ' ').trim(),
            lineIds: ordered.lineIds,
            box: c.box,
            confidence: c.confidence,
            number: cellNumber(c),
          };
        }),
      }));
      alignColumns(rows);
      const idx = t.rows
        .flatMap((r) => r.cells.flatMap((c) => c.lineIds))
        .map((id) => lineById.get(id)?.index)
        .filter((i): i is number => i !== undefined);
      const start = idx.length > 0 ? Math.min(...idx) : pageEnd;
      const end = idx.length > 0 ? Math.max(...idx) + 1 : pageEnd;
      tables.push({ id: t.id, page: p.page, rows, start: Math.max(start, pageStart), end });
    }
  }
  tables.sort((a, b) => a.page - b.page || a.start - b.start);
  const inTable = new Set<string>();
  for (const t of tables) for (const r of t.rows) for (const c of r.cells) for (const id of c.lineIds) inTable.add(id);
  return { lines, tables: joinPageBreaks(tables, lines, inTable), lineById, inTable, pageCount: sorted.length };
}

/**
 * A ruled table whose cells span rows (an indicator or tool cell over its question rows) gives the
 * spanned rows fewer cells. Each cell is put back in the column its left edge falls in, taking the
 * columns from the widest row, so cell i means column i in every row.
 */
function alignColumns(rows: DocRow[]): void {
  const ref = rows.reduce<DocRow | null>((a, r) => (!a || r.cells.length > a.cells.length ? r : a), null);
  if (!ref) return;
  const cols = ref.cells.map((c) => c.box);
  for (const row of rows) {
    if (row.cells.length >= cols.length || row.cells.length === 0) continue;
    const out: DocCell[] = cols.map((box) => ({ text: '', raw: '', lineIds: [], box, confidence: null, number: null }));
    let next = 0;
    for (const cell of row.cells) {
      const left = cell.box.x + 1;
      let col = cols.findIndex((b) => left >= b.x && left < b.x + b.w);
      if (col < next) col = next; // keep reading order when boxes overlap or fall outside
      if (col >= cols.length) break;
      out[col] = cell;
      next = col + 1;
    }
    row.cells = out;
  }
}

// Words that head columns in these reports; a row of them opens a new table rather than continuing one.
const HEADER_WORDS = /ลำดับ|ตัวชี้วัด|มาตรการ|โครงการ|ขั้นตอน|ผู้รับผิดชอบ|ระยะเวลา|คะแนน|ข้อคำถาม|คำถาม|มิติ|งบประมาณ|หมายเหตุ|ผลการดำเนิน|หัวข้อ|เครื่องมือ/;

export function width(t: DocTable): number {
  return Math.max(0, ...t.rows.map((r) => r.cells.length));
}

/** The page of a table's last row (a joined table spans pages). */
export function lastPage(t: DocTable): number {
  return t.rows[t.rows.length - 1]?.page ?? t.page;
}

function opensTable(row: DocRow | undefined): boolean {
  if (!row || (row.cells[0]?.text ?? '') === '') return false;
  return row.cells.filter((c) => c.text.length <= 40 && HEADER_WORDS.test(c.text)).length >= 2;
}

/**
 * A table broken by a page: the part on the next page starts right at the top (no prose between),
 * has the same columns and either repeats the header or does not open a new one. The parts become
 * one table; every row keeps its own page.
 */
function joinPageBreaks(tables: DocTable[], lines: DocLine[], inTable: ReadonlySet<string>): DocTable[] {
  const out: DocTable[] = [];
  for (const t of tables) {
    const prev = out[out.length - 1];
    const proseBetween = prev ? lines.slice(prev.end, t.start).some((l) => !inTable.has(l.id) && l.text !== '') : true;
    const repeated = prev && t.rows[0] && prev.rows[0] && rowKey(t.rows[0]) === rowKey(prev.rows[0]);
    if (prev && !proseBetween && t.page === prev.rows[prev.rows.length - 1]!.page + 1 && Math.abs(width(t) - width(prev)) <= 1 && (repeated || !opensTable(t.rows[0]))) {
      prev.rows.push(...t.rows);
      prev.end = t.end;
      continue;
    }
    out.push({ ...t, rows: [...t.rows] });
  }
  return out;
}

function rowKey(r: DocRow): string {
  return r.cells.map((c) => c.text.replace(/\s+/g, '')).join('|');
}

/** Lines that belong to no table, in reading order (prose, titles, headings). */
export function proseLines(doc: Doc): DocLine[] {
  return doc.lines.filter((l) => !doc.inTable.has(l.id));
}

/**
 * The prose lines between the previous table and this one (its title or section heading), nearest
 * last; empty when the table directly continues another (a table split over pages).
 */
export function linesBefore(doc: Doc, table: DocTable, count: number): DocLine[] {
  const out: DocLine[] = [];
  for (let i = table.start - 1; i >= 0 && out.length < count; i--) {
    const l = doc.lines[i];
    if (!l) break;
    if (doc.inTable.has(l.id)) break;
    if (l.text !== '') out.unshift(l);
  }
  return out;
}

/**
 * A header-less table continues the previous one when nothing but table rows stands between them
 * (a page break, a blank line, a row too tall for its page), or when it starts on the next page.
 */
export function continuesPrevious(doc: Doc, table: DocTable, previousLastPage: number): boolean {
  return linesBefore(doc, table, 1).length === 0 || table.page - previousLastPage <= 1;
}

/**
 * Each line with the next line of the same page joined on (a PDF wraps sentences and names across
 * lines: "…ส่วนตำบลกระ" / "จาย"). `own` is the length of the line's own text: a finder keeps only
 * matches that start inside it, so nothing is counted twice.
 */
export function withNextLine(lines: DocLine[]): Array<{ line: DocLine; text: string; own: number }> {
  return lines.map((line, i) => {
    const next = lines[i + 1];
    const text = next && next.page === line.page && next.index === line.index + 1 ? joinWrappedLines([line.text, next.text]) : line.text;
    return { line, text, own: line.text.length };
  });
}

export function rowText(row: DocRow): string {
  return row.cells
    .map((c) => c.text)
    .filter((t) => t !== '')
    .join(' | ');
}

export function rowLineIds(row: DocRow): string[] {
  return row.cells.flatMap((c) => c.lineIds);
}
