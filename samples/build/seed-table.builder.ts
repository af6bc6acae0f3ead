import { inlineToHtml } from './inline-markup.js';
import type { TableBlock, TableCell, TableRow } from './report-blocks.js';

export type RawRow = { line: number; cells: string[] };

const isBlank = (cell: string | undefined): boolean => (cell ?? '').trim() === '';

function trimTrailing(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && isBlank(cells[end - 1])) end--;
  return cells.slice(0, end);
}

/** The key two tables must share to be one table split by the original's page break. */
export function headerKey(rows: readonly RawRow[]): string {
  return rows.map((row) => trimTrailing(row.cells).map((c) => c.replace(/\s+/g, ' ').trim()).join('\t')).join('\n');
}

/**
 * A second header row (ผลผลิต/ผลลัพธ์ under ผลการดำเนินการ; ไตรมาส 1–4; ปี ๒๕๖๖…) starts with an empty
 * cell and fills columns the first row leaves empty.
 */
export function headerRowCount(rows: readonly RawRow[]): 1 | 2 {
  const [first, second] = rows;
  if (!first || !second || !isBlank(second.cells[0])) return 1;
  const fillsGap = second.cells.some((cell, j) => !isBlank(cell) && j > 0 && isBlank(first.cells[j]) && j < first.cells.length);
  const short = second.cells.every((cell) => cell.trim().length <= 24);
  return fillsGap && short ? 2 : 1;
}

const cell = (text: string, colspan = 1, rowspan = 1): TableCell => ({
  html: inlineToHtml(text.trim()),
  colspan,
  rowspan,
  continued: false,
  open: false,
});

function twoRowHeader(first: RawRow, second: RawRow, columns: number): TableRow[] {
  const top: TableCell[] = [];
  const bottom: TableCell[] = [];
  let j = 0;
  while (j < columns) {
    const text = first.cells[j] ?? '';
    let span = 1;
    if (!isBlank(second.cells[j]) || !isBlank(text)) {
      while (j + span < columns && isBlank(first.cells[j + span]) && !isBlank(second.cells[j + span])) span++;
    }
    const under = second.cells.slice(j, j + span);
    if (under.every(isBlank)) {
      top.push(cell(text, span, 2));
    } else {
      top.push(cell(text, span, 1));
      for (const below of under) bottom.push(cell(below));
    }
    j += span;
  }
  return [
    { line: first.line, cells: top },
    { line: second.line, cells: bottom },
  ];
}

function bodyRows(rows: readonly RawRow[], columns: number): TableRow[] {
  const out: TableRow[] = rows.map((row) => ({
    line: row.line,
    cells: Array.from({ length: columns }, (_, j) => cell(row.cells[j] ?? '')),
  }));
  for (let r = 1; r < out.length; r++) {
    const row = out[r]!;
    const above = out[r - 1]!;
    for (let j = 0; j < columns - 1; j++) {
      const current = row.cells[j]!;
      if (current.html !== '') break;
      // Only merge under a cell that has (or continues) content, the way the original's merged cells look.
      const upper = above.cells[j]!;
      if (upper.html === '' && !upper.continued) break;
      current.continued = true;
      upper.open = true;
    }
  }
  return out;
}

/** Builds one bordered table from consecutive tab-separated seed rows (header first). */
export function buildTable(rows: readonly RawRow[], breakBefore: boolean): TableBlock {
  const headerCount = headerRowCount(rows);
  const columns = Math.max(1, ...rows.map((row) => trimTrailing(row.cells).length));
  const headRaw = rows.slice(0, headerCount);
  const header =
    headerCount === 2
      ? twoRowHeader(headRaw[0]!, headRaw[1]!, columns)
      : [{ line: headRaw[0]!.line, cells: Array.from({ length: columns }, (_, j) => cell(headRaw[0]!.cells[j] ?? '')) }];
  const body = bodyRows(rows.slice(headerCount), columns);
  return {
    kind: 'table',
    columns,
    header,
    body,
    lines: [rows[0]!.line, rows[rows.length - 1]!.line],
    breakBefore,
  };
}
