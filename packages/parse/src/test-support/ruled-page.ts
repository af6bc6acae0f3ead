import type { PageText, TableCell, TextLine } from '@lao/schemas';
import { normalizeText } from '@lao/thai-text';

/** A prose line as printed: its x and width show an indented first line or a short last line. */
export type ProseLine = string | { text: string; x?: number; w?: number };

/**
 * A born-digital page for parser tests: prose lines down the page, then ruled tables whose cells each hold
 * one text line. `cellLineHeight` is the height of those cell lines (prose lines are 16 pt).
 */
export function ruledPage(no: number, prose: ProseLine[], tables: string[][][] = [], cellLineHeight = 16): PageText {
  const lines: TextLine[] = [];
  let y = 76;
  const add = (text: string, x: number, w: number, h: number): TextLine => {
    const l: TextLine = { id: `p${no}-l${lines.length}`, raw: text, text: normalizeText(text), box: { x, y, w, h }, confidence: null };
    lines.push(l);
    return l;
  };
  for (const p of prose) {
    const line = typeof p === 'string' ? { text: p } : p;
    add(line.text, line.x ?? 85, line.w ?? 440, 16);
    y += 22;
  }
  const out = tables.map((rows, t) => {
    const top = y;
    const cw = 450 / Math.max(...rows.map((r) => r.length));
    const tableRows = rows.map((r) => {
      const rowY = y;
      const cells: TableCell[] = r.map((text, j) => {
        const box = { x: 85 + j * cw, y: rowY, w: cw, h: 20 };
        const ids = text === '' ? [] : [add(text, box.x + 4, Math.min(cw - 8, text.length * 5), cellLineHeight).id];
        return { raw: text, text: normalizeText(text), box, lineIds: ids, confidence: null };
      });
      y += 20;
      return { box: { x: 85, y: rowY, w: 450, h: 20 }, cells };
    });
    y += 10;
    return { id: `p${no}-t${t}`, source: 'ruled' as const, box: { x: 85, y: top, w: 450, h: y - top }, rows: tableRows };
  });
  return { page: no, width: 595, height: 842, method: 'text', confidence: null, lostChars: 0, notes: [], lines, tables: out };
}
