import type { Box, PageText, Table, TableCell, TextLine } from '@lao/schemas';
import { parseNumber } from '@lao/thai-text';

// A line at most this far (as a share of the table's width) past the table's left or right border
// can be a column whose outer ruling the image lost; farther away it is a margin note.
const MAX_GAP = 0.35;
// Lines must overhang this many rows to be a column rather than a stray word beside the table.
const MIN_ROWS = 2;
// "100.00" and OCR noise around it.
const MAX_SCORE_CHARS = 10;

const midY = (b: Box) => b.y + b.h / 2;

/** Lines that overlap each other horizontally: one column's lines, top to bottom. */
function stacked(lines: TextLine[]): boolean {
  return lines.every((a) => lines.every((b) => a === b || (a.box.x < b.box.x + b.box.w && b.box.x < a.box.x + a.box.w)));
}

function cellOfStack(lines: TextLine[]): TableCell {
  const ls = [...lines].sort((a, b) => a.box.y - b.box.y);
  const x0 = Math.min(...ls.map((l) => l.box.x));
  const y0 = Math.min(...ls.map((l) => l.box.y));
  const x1 = Math.max(...ls.map((l) => l.box.x + l.box.w));
  const y1 = Math.max(...ls.map((l) => l.box.y + l.box.h));
  const confs = ls.map((l) => l.confidence).filter((c): c is number => c !== null);
  return {
    raw: ls.map((l) => l.raw).join(' '),
    text: ls.map((l) => l.text).join(' '),
    box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 },
    lineIds: ls.map((l) => l.id),
    confidence: confs.length === ls.length ? Math.min(...confs) : null,
    number: null,
  };
}

/**
 * A ruled grid found on a scanned page misses a column whose outer vertical ruling was faint or
 * cut off (the score column of an indicator or question table): its lines then stand outside the
 * table, level with its rows. Such lines, beside at least MIN_ROWS rows and close to the border,
 * are put back as that column's cells, one per row, in x order. Text-layer pages are left alone.
 */
export function withOverhangingColumns(page: PageText): Table[] {
  if (page.method !== 'ocr') return page.tables;
  const used = new Set(page.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => c.lineIds))));
  return page.tables.map((t) => {
    if (t.source !== 'ruled' || t.rows.length < MIN_ROWS) return t;
    const left = t.box.x;
    const right = t.box.x + t.box.w;
    const gap = t.box.w * MAX_GAP;
    const beside = page.lines.filter((l) => {
      if (used.has(l.id) || l.text.trim() === '') return false;
      const mid = midY(l.box);
      if (mid < t.box.y || mid > t.box.y + t.box.h) return false;
      const outRight = l.box.x >= right - 2 && l.box.x - right <= gap;
      const outLeft = l.box.x + l.box.w <= left + 2 && left - (l.box.x + l.box.w) <= gap;
      return outRight || outLeft;
    });
    const perRow = t.rows.map((r) => beside.filter((l) => midY(l.box) >= r.box.y && midY(l.box) <= r.box.y + r.box.h));
    if (perRow.filter((ls) => ls.length > 0).length < MIN_ROWS) return t;
    // Per row and side, the lines must stack in one column (a two-line header "ระดับ / คะแนน");
    // lines side by side are running text, not a column.
    const groups = perRow.map((ls) => [ls.filter((l) => l.box.x >= right - 2), ls.filter((l) => l.box.x < right - 2)].filter((g) => g.length > 0));
    if (groups.some((gs) => gs.some((g) => !stacked(g)))) return t;
    // The lost column is a score column: short cells, mostly numbers (a misread one may be letters).
    // Longer text beside a grid is a wrapped title or a note, which must stay prose.
    const body = groups.slice(1).flat();
    if (body.some((g) => g.some((l) => l.text.trim().length > MAX_SCORE_CHARS))) return t;
    if (body.filter((g) => g.length === 1 && parseNumber(g[0]!.text) !== null).length * 2 < body.length) return t;
    for (const ls of perRow) for (const l of ls) used.add(l.id);
    const rows = t.rows.map((r, i) => {
      const extra = groups[i]!;
      if (extra.length === 0) return r;
      const cells = [...r.cells, ...extra.map(cellOfStack)].sort((a, b) => a.box.x - b.box.x);
      return { ...r, cells };
    });
    const xs = beside.flatMap((l) => [l.box.x, l.box.x + l.box.w]);
    const x0 = Math.min(left, ...xs);
    const x1 = Math.max(right, ...xs);
    return { ...t, rows, box: { ...t.box, x: x0, w: x1 - x0 } };
  });
}
