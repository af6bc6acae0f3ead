import { isThaiCombiningMark } from '@lao/thai-text';
import { type Doc, type DocCell, type DocRow, tidy } from './document.model.js';

// How far (points) a line may stand outside its cell before it is taken for two columns read as one line.
const SPILL = 8;

/** Printed width of a text in "letter" units: Thai marks above and below a letter take no width. */
function units(s: string): number {
  let n = 0;
  for (const ch of s) if (!isThaiCombiningMark(ch)) n++;
  return n;
}

type Piece = { col: number; y: number; x: number; text: string };

/**
 * OCR sometimes reads the words of neighbouring columns on one line ("การบริหาร หรือคำมัน": the title's
 * "การบริหาร" beside the guideline's "หรือคำมั่น"), and the table builder puts that line in one cell. A
 * line standing outside its cell is split at its spaces, each word's place estimated from its share of
 * the line's printed width, and each word goes to the column under its middle; the cells it touches
 * are rebuilt top to bottom. Rows with no such line (and text-layer rows) are returned as they are.
 */
export function respreadRow(doc: Doc, row: DocRow): DocRow {
  const cols = row.cells.map((c) => c.box);
  const colAt = (x: number) => cols.findIndex((b) => x >= b.x && x < b.x + b.w);
  const spills = row.cells.some((c) =>
    c.lineIds.some((id) => {
      const l = doc.lineById.get(id);
      // OCR lines only (they carry a confidence): a text layer places its lines itself.
      return l !== undefined && l.confidence !== null && (l.box.x < c.box.x - SPILL || l.box.x + l.box.w > c.box.x + c.box.w + SPILL) && l.text.includes(' ');
    }),
  );
  if (!spills || cols.length < 2) return row;
  const pieces: Piece[] = [];
  const touched = new Set<number>();
  row.cells.forEach((c, i) => {
    for (const id of c.lineIds) {
      const l = doc.lineById.get(id);
      if (!l) continue;
      const outside = l.confidence !== null && (l.box.x < c.box.x - SPILL || l.box.x + l.box.w > c.box.x + c.box.w + SPILL);
      const words = l.text.split(' ').filter((w) => w !== '');
      if (!outside || words.length < 2) {
        pieces.push({ col: i, y: l.box.y, x: l.box.x, text: l.text });
        continue;
      }
      const total = units(words.join(' '));
      const per = l.box.w / Math.max(1, total);
      let at = 0;
      for (const w of words) {
        const mid = l.box.x + (at + units(w) / 2) * per;
        const col = colAt(mid);
        const target = col < 0 ? i : col;
        pieces.push({ col: target, y: l.box.y, x: l.box.x + at * per, text: w });
        touched.add(target);
        touched.add(i);
        at += units(w) + 1;
      }
    }
  });
  const cells: DocCell[] = row.cells.map((c, i) => {
    if (!touched.has(i)) return c;
    const mine = pieces.filter((p) => p.col === i).sort((a, b) => a.y - b.y || a.x - b.x);
    const text = tidy(mine.map((p) => p.text).join(' '));
    return { ...c, text, number: null };
  });
  return { ...row, cells };
}
