import type { Box, Table, TableCell, TextLine } from '@lao/schemas';
import { joinWrappedLines, normalizeText } from '@lao/thai-text';
import { buildAlignedTables } from './aligned-tables.builder.js';
import { centerOf, contains, roundBox, unionBoxes } from './box.js';
import type { Grid } from './ruled-grid.builder.js';

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
  type Block = { y: number; x: number; lines: number[]; table?: number };
  const blocks: Block[] = [];
  pending.forEach((l, i) => {
    if (!cellOf[i]) blocks.push({ y: l.box.y, x: l.box.x, lines: [i] });
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
    blocks.push({ y: g.box.y, x: g.box.x, lines, table: t });
  });
  // Text of one visual row shares a top within a fraction of a point: sort by rounded top, then x.
  blocks.sort((a, b) => Math.round(a.y) - Math.round(b.y) || a.x - b.x);

  const idOf = new Map<number, string>();
  const lines: TextLine[] = [];
  for (const b of blocks) {
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
