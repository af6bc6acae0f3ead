import type { DocRow, DocTable } from './document.model.js';

/** Column labels of a table read from its header rows (a two-row header is merged into one label per column). */
export type TableHeader = {
  labels: string[];
  /** How many leading rows are header rows. */
  rowCount: number;
};

export function cellTexts(row: DocRow): string[] {
  return row.cells.map((c) => c.text);
}

/**
 * A header row names columns: at least `minHits` cells match the vocabulary of the table kind and no
 * cell is a long sentence.
 */
export function isHeaderRow(row: DocRow, vocabulary: RegExp, minHits = 2): boolean {
  const texts = cellTexts(row).filter((t) => t !== '');
  if (texts.length === 0) return false;
  const hits = texts.filter((t) => vocabulary.test(t) && t.length <= 60).length;
  return hits >= minHits;
}

/**
 * The second row of a two-row header: short labels (ผลผลิต/ผลลัพธ์, ไตรมาส 1–4, ปี ๒๕๖๖…) under a
 * spanning label, its first cell empty.
 */
function isSubHeaderRow(row: DocRow, header: DocRow): boolean {
  const texts = cellTexts(row);
  const filled = texts.filter((t) => t !== '');
  if (filled.length === 0 || (texts[0] ?? '') !== '') return false;
  if (!filled.every((t) => t.length <= 20)) return false;
  // Every filled cell sits under a header cell that is a spanning group (or an empty continuation).
  const h = cellTexts(header);
  return texts.every((t, i) => t === '' || (h[i] ?? '') === '' || filled.length >= 2);
}

/** Reads the header at `at` (default: the first row) when it matches the vocabulary. */
export function readHeader(table: DocTable, vocabulary: RegExp, at = 0, minHits = 2): TableHeader | null {
  const first = table.rows[at];
  if (!first || !isHeaderRow(first, vocabulary, minHits)) return null;
  const top = cellTexts(first);
  const second = table.rows[at + 1];
  if (second && isSubHeaderRow(second, first)) {
    const sub = cellTexts(second);
    const width = Math.max(top.length, sub.length);
    const labels: string[] = [];
    let group = '';
    for (let i = 0; i < width; i++) {
      const t = top[i] ?? '';
      const s = sub[i] ?? '';
      if (t !== '') group = t;
      // An empty top cell over a sub-label belongs to the spanning label on its left.
      const head = t !== '' ? t : s !== '' ? group : '';
      labels.push([head, s].filter((x) => x !== '').join(' '));
    }
    return { labels, rowCount: 2 };
  }
  return { labels: top, rowCount: 1 };
}

/** Index of the first label matching, or -1. */
export function findColumn(labels: string[], re: RegExp, exclude?: RegExp): number {
  return labels.findIndex((l) => re.test(l) && !(exclude && exclude.test(l)));
}
