import type { Box } from '@lao/schemas';

type Piece = { text: string; box: Box };

/**
 * OCR can cut one printed line of a table cell in two and list its right piece first, when that piece's box
 * sits a little higher ("ารให้" before "โครงการเสริมสร้างวัฒนธรรมก", one line "โครงการเสริมสร้างวัฒนธรรมการให้").
 * Two neighbouring lines of a cell that share their height on the page, the first wholly right of the second,
 * are put back in reading order, in the line ids and in the cell text; joined without a space when they
 * touch (a word cut in two), with one when a word gap lies between them. A text that does not hold the two
 * pieces side by side is left as it is.
 */
export function reorderCellPieces(text: string, lineIds: string[], lineOf: (id: string) => Piece | undefined): { text: string; lineIds: string[] } {
  let ids = lineIds;
  let out = text;
  for (let i = 0; i + 1 < ids.length; i++) {
    const a = lineOf(ids[i]!);
    const b = lineOf(ids[i + 1]!);
    if (!a || !b || a.text === '' || b.text === '') continue;
    const overlap = Math.min(a.box.y + a.box.h, b.box.y + b.box.h) - Math.max(a.box.y, b.box.y);
    if (overlap < 0.5 * Math.min(a.box.h, b.box.h)) continue;
    const gap = a.box.x - (b.box.x + b.box.w);
    if (gap < -2) continue;
    const found = [`${a.text}${b.text}`, `${a.text} ${b.text}`].find((s) => out.includes(s));
    if (found === undefined) continue;
    const sep = gap > 0.4 * Math.min(a.box.h, b.box.h) ? ' ' : '';
    out = out.replace(found, `${b.text}${sep}${a.text}`);
    ids = [...ids.slice(0, i), ids[i + 1]!, ids[i]!, ...ids.slice(i + 2)];
  }
  return { text: out, lineIds: ids };
}
