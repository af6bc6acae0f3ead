import type { Box, Table, TableCell, TableRow } from '@lao/schemas';
import { joinWrappedLines } from '@lao/thai-text';
import { overlapShare, roundBox, unionBoxes } from './box.js';

/** What the builder needs of a line: text-layer segments and OCR line pieces alike. */
export interface AlignedLine {
  id: string;
  raw: string;
  text: string;
  box: Box;
  confidence: number | null;
}

export interface AlignedTableOptions {
  /** Minimum width (points) of an empty vertical band that separates two columns. */
  minColumnGap?: number;
  /** Table id prefix, e.g. `p3-t` (ids continue after ruled tables). */
  idPrefix?: string;
  firstIndex?: number;
}

interface VisualRow {
  lines: AlignedLine[];
  top: number;
  bottom: number;
}

const NUMBER_ONLY = /^[\s\d๐-๙.,%()-]+$/u;

/**
 * Tables without drawn rules, inferred from x-positions: runs of visual rows that hold two or more separate
 * pieces of text, whose columns are the vertical bands no piece of text crosses. A row that only continues text
 * in columns the previous row used (a wrapped cell) is merged into that row, so multi-line cells stay whole.
 * Input lines must already be split at wide gaps (text-layer segments; OCR lines split at word gaps).
 */
export function buildAlignedTables(lines: readonly AlignedLine[], opts: AlignedTableOptions = {}): Table[] {
  const minGap = opts.minColumnGap ?? 6;
  const rows = visualRows(lines);
  const tables: Table[] = [];
  let i = 0;
  while (i < rows.length) {
    if (rows[i]!.lines.length < 2) {
      i++;
      continue;
    }
    // Extend the block over multi-piece rows and single-piece rows sandwiched between them.
    let j = i + 1;
    let lastMulti = i;
    while (j < rows.length) {
      const r = rows[j]!;
      const prev = rows[j - 1]!;
      const lineHeight = Math.max(1, prev.bottom - prev.top);
      if (r.top - prev.bottom > 1.5 * lineHeight) break;
      if (r.lines.length >= 2) lastMulti = j;
      else if (j - lastMulti > 2) break;
      j++;
    }
    let block = rows.slice(i, lastMulti + 1);
    const columns = columnBands(
      block.filter((r) => r.lines.length >= 2),
      minGap,
    );
    // A single piece of text crossing a column gap (a heading, a prose line) ends the table before it.
    const crossing = block.findIndex((r) => r.lines.length < 2 && r.lines.some((l) => bandsTouched(columns, l) > 1));
    if (crossing > 0) {
      block = block.slice(0, crossing);
      lastMulti = i + crossing - 1;
    }
    if (block.filter((r) => r.lines.length >= 2).length >= 2 && columns.length >= 2) {
      tables.push(toTable(block, columns, `${opts.idPrefix ?? 't'}${(opts.firstIndex ?? 0) + tables.length}`));
      i = lastMulti + 1;
    } else i++;
  }
  return tables;
}

function visualRows(lines: readonly AlignedLine[]): VisualRow[] {
  const sorted = [...lines].sort((a, b) => a.box.y + a.box.h / 2 - (b.box.y + b.box.h / 2));
  const rows: VisualRow[] = [];
  for (const l of sorted) {
    const last = rows[rows.length - 1];
    if (last && overlapShare(last.top, last.bottom, l.box.y, l.box.y + l.box.h) >= 0.5) {
      last.lines.push(l);
      last.top = Math.min(last.top, l.box.y);
      last.bottom = Math.max(last.bottom, l.box.y + l.box.h);
    } else rows.push({ lines: [l], top: l.box.y, bottom: l.box.y + l.box.h });
  }
  for (const r of rows) r.lines.sort((a, b) => a.box.x - b.box.x);
  return rows;
}

/** Column bands: the x-extents left after removing every gap at least minGap wide that no line crosses. */
function columnBands(block: VisualRow[], minGap: number): Array<[number, number]> {
  const spans = block.flatMap((r) => r.lines.map((l) => [l.box.x, l.box.x + l.box.w] as [number, number])).sort((a, b) => a[0] - b[0]);
  const bands: Array<[number, number]> = [];
  for (const [x0, x1] of spans) {
    const last = bands[bands.length - 1];
    if (last && x0 < last[1] + minGap) last[1] = Math.max(last[1], x1);
    else bands.push([x0, x1]);
  }
  return bands;
}

function bandsTouched(columns: Array<[number, number]>, l: AlignedLine): number {
  return columns.filter(([x0, x1]) => l.box.x < x1 && l.box.x + l.box.w > x0).length;
}

function columnOf(columns: Array<[number, number]>, l: AlignedLine): number {
  const cx = l.box.x + l.box.w / 2;
  let best = 0;
  let bestDist = Infinity;
  columns.forEach(([x0, x1], k) => {
    const d = cx < x0 ? x0 - cx : cx > x1 ? cx - x1 : 0;
    if (d < bestDist) {
      bestDist = d;
      best = k;
    }
  });
  return best;
}

function toTable(block: VisualRow[], columns: Array<[number, number]>, id: string): Table {
  const tableRows: Array<{ slots: AlignedLine[][]; top: number; bottom: number }> = [];
  for (const r of block) {
    const cols = r.lines.map((l) => columnOf(columns, l));
    const prev = tableRows[tableRows.length - 1];
    const prevUsed = prev ? new Set(prev.slots.flatMap((s, k) => (s.length ? [k] : []))) : new Set<number>();
    const lineHeight = Math.max(1, r.bottom - r.top);
    const continues =
      prev !== undefined &&
      !cols.includes(0) &&
      r.top - prev.bottom < 0.35 * lineHeight &&
      cols.every((c) => prevUsed.has(c)) &&
      r.lines.every((l) => !NUMBER_ONLY.test(l.text));
    const target = continues ? prev : { slots: columns.map(() => [] as AlignedLine[]), top: r.top, bottom: r.bottom };
    r.lines.forEach((l, k) => target.slots[cols[k]!]!.push(l));
    target.bottom = Math.max(target.bottom, r.bottom);
    if (!continues) tableRows.push(target);
  }
  const rows: TableRow[] = tableRows.map((tr) => {
    const cells: TableCell[] = tr.slots.map((slot, k) => {
      const [x0, x1] = columns[k]!;
      const box = slot.length ? unionBoxes(slot.map((l) => l.box)) : { x: x0, y: tr.top, w: x1 - x0, h: tr.bottom - tr.top };
      const confs = slot.map((l) => l.confidence).filter((c): c is number => c !== null);
      return {
        raw: slot.map((l) => l.raw).join('\n'),
        text: joinWrappedLines(slot.map((l) => l.text)),
        box: roundBox(box),
        lineIds: slot.map((l) => l.id),
        confidence: confs.length ? Math.min(...confs) : null,
      };
    });
    return { cells, box: roundBox(unionBoxes(cells.map((c) => c.box))) };
  });
  return { id, box: roundBox(unionBoxes(rows.map((r) => r.box))), source: 'aligned', rows };
}
