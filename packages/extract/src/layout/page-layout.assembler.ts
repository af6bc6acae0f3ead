import type { Box, Table, TableCell, TextLine } from '@lao/schemas';
import { joinWrappedLines, normalizeText } from '@lao/thai-text';
import { buildAlignedTables } from './aligned-tables.builder.js';
import { centerOf, contains, roundBox, unionBoxes } from './box.js';
import type { Grid } from './ruled-grid.builder.js';

/**
 * Top to bottom by visual row, left to right within a row. A row gathers blocks whose vertical middles fall inside
 * its band: OCR lines of one row differ in top by several points (a digit is shorter than a Thai word with marks).
 */
function readingOrder<T extends { y: number; h: number; x: number }>(blocks: T[]): T[] {
  const byMiddle = [...blocks].sort((a, b) => a.y + a.h / 2 - (b.y + b.h / 2));
  const rows: Array<{ top: number; bottom: number; items: T[] }> = [];
  for (const b of byMiddle) {
    const mid = b.y + b.h / 2;
    const row = rows[rows.length - 1];
    // The band stays the first block's, so rows never chain down the page.
    if (row && b.h > 0 && mid >= row.top && mid <= row.bottom) row.items.push(b);
    else rows.push({ top: b.y, bottom: b.y + Math.max(b.h, 0.01), items: [b] });
  }
  return rows.flatMap((r) => r.items.sort((a, b) => a.x - b.x));
}

/** A line before it gets its id: text as extracted plus its box. */
export interface PendingLine {
  raw: string;
  box: Box;
  confidence: number | null;
}

export interface AssembledPage {
  lines: TextLine[];
  tables: Table[];
}

/**
 * Puts a page's lines in reading order and builds its tables: text outside tables top to bottom, each ruled table
 * where it starts on the page, its lines row by row and cell by cell (so a multi-line cell's lines stay together),
 * then aligned tables over the lines outside ruled ones. Ids are `p<page>-l<index>` in that order.
 */
export function assemblePage(page: number, pending: readonly PendingLine[], grids: readonly Grid[]): AssembledPage {
  // Grids with a single cell are frames around text, not tables.
  const tables = grids.filter((g) => g.cells.length >= 2);
  const cellOf = pending.map((l) => {
    const c = centerOf(l.box);
    for (let t = 0; t < tables.length; t++) {
      const k = tables[t]!.cells.findIndex((cell) => contains(cell.box, c.x, c.y));
      if (k >= 0) return { table: t, cell: k };
    }
    return null;
  });
  type Block = { y: number; h: number; x: number; lines: number[]; table?: number };
  const blocks: Block[] = [];
  pending.forEach((l, i) => {
    if (!cellOf[i]) blocks.push({ y: l.box.y, h: l.box.h, x: l.box.x, lines: [i] });
  });
  tables.forEach((g, t) => {
    const order = g.cells
      .map((cell, k) => ({ cell, k }))
      .sort((a, b) => a.cell.row - b.cell.row || a.cell.col - b.cell.col);
    const lines: number[] = [];
    for (const { k } of order) {
      const inCell = pending
        .map((_, i) => i)
        .filter((i) => cellOf[i]?.table === t && cellOf[i]?.cell === k)
        .sort((a, b) => pending[a]!.box.y - pending[b]!.box.y || pending[a]!.box.x - pending[b]!.box.x);
      lines.push(...inCell);
    }
    blocks.push({ y: g.box.y, h: 0, x: g.box.x, lines, table: t });
  });
  const ordered = readingOrder(blocks);

  const idOf = new Map<number, string>();
  const lines: TextLine[] = [];
  for (const b of ordered) {
    for (const i of b.lines) {
      const l = pending[i]!;
      const id = `p${page}-l${lines.length}`;
      idOf.set(i, id);
      lines.push({ id, raw: l.raw, text: normalizeText(l.raw), box: roundBox(l.box), confidence: l.confidence });
    }
  }

  const out: Table[] = tables.map((g, t) => {
    const rows = [...new Set(g.cells.map((c) => c.row))].sort((a, b) => a - b);
    return {
      id: `p${page}-t${t}`,
      box: roundBox(g.box),
      source: 'ruled' as const,
      rows: rows.map((r) => {
        const cells: TableCell[] = g.cells
          .map((cell, k) => ({ cell, k }))
          .filter(({ cell }) => cell.row === r)
          .sort((a, b) => a.cell.col - b.cell.col)
          .map(({ cell, k }) => {
            const members = pending
              .map((_, i) => i)
              .filter((i) => cellOf[i]?.table === t && cellOf[i]?.cell === k)
              .sort((a, b) => pending[a]!.box.y - pending[b]!.box.y || pending[a]!.box.x - pending[b]!.box.x);
            const ls = members.map((i) => lines.find((x) => x.id === idOf.get(i))!);
            const confs = ls.map((l) => l.confidence).filter((c): c is number => c !== null);
            return {
              raw: ls.map((l) => l.raw).join('\n'),
              text: joinWrappedLines(ls.map((l) => l.text)),
              box: roundBox(cell.box),
              lineIds: ls.map((l) => l.id),
              confidence: confs.length ? Math.min(...confs) : null,
            };
          });
        return { cells, box: roundBox(unionBoxes(cells.map((c) => c.box))) };
      }),
    };
  });
  const inRuled = new Set([...idOf.entries()].filter(([i]) => cellOf[i]).map(([, id]) => id));
  const free = lines.filter((l) => !inRuled.has(l.id));
  out.push(...buildAlignedTables(free, { idPrefix: `p${page}-t`, firstIndex: out.length }));
  return { lines, tables: out };
}
