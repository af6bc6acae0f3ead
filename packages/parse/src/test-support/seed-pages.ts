import type { PageText, Table, TextLine } from '@lao/schemas';
import { normalizeText } from '@lao/thai-text';

/**
 * Turns a seed text (/work/shared/seeds/*.txt: prose lines, tab-separated table rows, some HTML
 * markup) into PageText[] the way an extractor would report it: one line per prose line and per
 * table cell paragraph, tables as `ruled` candidates whose cells reference their lines, pages of
 * about `linesPerPage` lines. Pure: the caller reads the file. Used by tests only.
 */
export type SeedPageOptions = {
  linesPerPage?: number;
  /** Repeat a split table's header rows at the top of the next page (as many reports print them). */
  repeatHeader?: boolean;
  /** Rewrite each raw line before anything else (digit style, spacing, names: layout variations). */
  mapRaw?: (raw: string) => string;
  /** Rewrite the cells of each table row (drop or reorder a column). */
  mapCells?: (cells: string[]) => string[];
  /** Shuffle the prose lines of each page (reading order lost) with this seed; tables stay put. */
  shuffleProseSeed?: number;
  /** End every page with a page-number footer line ("- 3 -"), as printed reports do. */
  pageNumbers?: boolean;
  /** Put seed line N (1-based) on this page instead of filling pages by count (a sample PDF's layout). */
  pageOfLine?: (lineNo: number) => number;
};

const CHECKED = /<input[^>]*checked[^>]*>/gi;
const UNCHECKED = /<input[^>]*>/gi;

/** Markup of the seeds' HTML rendering: a paragraph or list item starts a new line of the cell. */
export function stripMarkup(s: string): string[] {
  const t = s
    .replace(CHECKED, '☑')
    .replace(UNCHECKED, '')
    .replace(/<(https?:\/\/[^>\s]+)>/gi, '$1')
    .replace(/<\/(p|li|div)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*\*|#####/g, '')
    .replace(/&nbsp;/g, ' ');
  return t
    .split('\n')
    .map((x) => x.replace(/\s+/g, ' ').trim())
    .filter((x) => x !== '');
}

type Block = { kind: 'prose'; text: string; lineNo: number } | { kind: 'table'; rows: string[][]; lineNos: number[] };

function blocksOf(seed: string, opts: SeedPageOptions): Block[] {
  const blocks: Block[] = [];
  let table: { rows: string[][]; lineNos: number[] } | null = null;
  seed.split('\n').forEach((rawLine, i) => {
    const line = opts.mapRaw ? opts.mapRaw(rawLine) : rawLine;
    if (line.includes('\t')) {
      const cells = line.split('\t');
      if (!table) {
        table = { rows: [], lineNos: [] };
        blocks.push({ kind: 'table', ...table });
      }
      table.rows.push(opts.mapCells ? opts.mapCells(cells) : cells);
      table.lineNos.push(i + 1);
      return;
    }
    table = null;
    for (const text of stripMarkup(line)) blocks.push({ kind: 'prose', text, lineNo: i + 1 });
  });
  return blocks;
}

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const LINE_H = 14;
const PAGE_W = 595;
const PAGE_H = 842;

export function seedToPages(seed: string, opts: SeedPageOptions = {}): PageText[] {
  const perPage = opts.linesPerPage ?? 40;
  const pages: PageText[] = [];
  let page: PageText | null = null;
  let y = 0;
  let tableNo = 0;
  // Columns of a table keep one width, as on a printed page, whatever a row's cell count.
  let tableWidth = 1;

  const newPage = (): PageText => {
    const p: PageText = {
      page: pages.length + 1,
      width: PAGE_W,
      height: PAGE_H,
      method: 'text',
      confidence: null,
      lines: [],
      tables: [],
      lostChars: 0,
      notes: [],
    };
    pages.push(p);
    y = 0;
    return p;
  };
  const addLine = (p: PageText, raw: string, x: number): TextLine => {
    const line: TextLine = {
      id: `p${p.page}-l${p.lines.length}`,
      raw,
      text: normalizeText(raw),
      box: { x, y: 40 + y * LINE_H, w: Math.min(500, raw.length * 5), h: LINE_H - 2 },
      confidence: null,
    };
    p.lines.push(line);
    y++;
    return line;
  };
  const room = (): boolean => page !== null && page.lines.length < perPage;
  // With a layout, a line goes on its page (empty pages in between are kept, as in the PDF).
  const toPage = (lineNo: number): PageText => {
    const want = opts.pageOfLine!(lineNo);
    while (pages.length < want) page = newPage();
    return page!;
  };

  for (const block of blocksOf(seed, opts)) {
    if (opts.pageOfLine) {
      if (block.kind === 'prose') addLine(toPage(block.lineNo), block.text, 50);
      else {
        tableWidth = Math.max(...block.rows.map((r) => r.length));
        let t: Table | null = null;
        block.rows.forEach((cells, r) => {
          const p = toPage(block.lineNos[r]!);
          if (!t || p.tables[p.tables.length - 1] !== t) {
            t = { id: `t${++tableNo}`, box: { x: 40, y: 40 + y * LINE_H, w: 515, h: 0 }, source: 'ruled', rows: [] };
            p.tables.push(t);
          }
          pushRow(p, t, cells.map((c) => stripMarkup(c)));
        });
      }
      continue;
    }
    if (block.kind === 'prose') {
      if (!room()) page = newPage();
      addLine(page!, block.text, 50);
      continue;
    }
    // Header rows: leading rows with no number-only data cell in the first column.
    tableWidth = Math.max(...block.rows.map((r) => r.length));
    const headerCount = block.rows.length > 1 && block.rows[1]!.every((c) => c.trim() === '' || c.trim().length < 12) && block.rows[1]![0]!.trim() === '' ? 2 : 1;
    const header = block.rows.slice(0, headerCount);
    let current: Table | null = null;
    let rowIndex = 0;
    for (const cells of block.rows) {
      const cellLines = cells.map((c) => stripMarkup(c));
      const need = Math.max(1, ...cellLines.map((l) => l.length));
      if (!current || !room() || page!.lines.length + need > perPage) {
        const continued = current !== null;
        if (!room() || continued) page = newPage();
        current = { id: `t${++tableNo}`, box: { x: 40, y: 40 + y * LINE_H, w: 515, h: 0 }, source: 'ruled', rows: [] };
        page!.tables.push(current);
        if (continued && opts.repeatHeader && rowIndex >= headerCount) {
          for (const h of header) pushRow(page!, current, h.map((c) => stripMarkup(c)));
        }
      }
      pushRow(page!, current, cellLines);
      rowIndex++;
    }
  }

  function pushRow(p: PageText, t: Table, cellLines: string[][]): void {
    const top = 40 + y * LINE_H;
    const colW = 515 / Math.max(1, tableWidth, cellLines.length);
    const cells = cellLines.map((ls, i) => {
      const lines = ls.map((text) => addLineAt(p, text, 40 + i * colW));
      y -= lines.length; // cells of one row share the row's vertical band
      return {
        raw: ls.join(' '),
        text: normalizeText(ls.join(' ')),
        box: { x: 40 + i * colW, y: top, w: colW, h: Math.max(1, ls.length) * LINE_H },
        lineIds: lines.map((l) => l.id),
        confidence: null,
      };
    });
    const h = Math.max(1, ...cellLines.map((l) => l.length));
    y += h;
    t.rows.push({ cells, box: { x: 40, y: top, w: 515, h: h * LINE_H } });
    t.box.h = top + h * LINE_H - t.box.y;
  }
  function addLineAt(p: PageText, text: string, x: number): TextLine {
    return addLine(p, text, x);
  }

  if (opts.shuffleProseSeed !== undefined) {
    const rand = rng(opts.shuffleProseSeed);
    for (const p of pages) {
      const inTable = new Set(p.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => c.lineIds))));
      const prose = p.lines.filter((l) => !inTable.has(l.id));
      for (let i = prose.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [prose[i], prose[j]] = [prose[j]!, prose[i]!];
      }
      let k = 0;
      p.lines = p.lines.map((l) => (inTable.has(l.id) ? l : prose[k++]!));
    }
  }
  if (opts.pageNumbers) {
    for (const p of pages) {
      const raw = `- ${p.page} -`;
      p.lines.push({
        id: `p${p.page}-l${p.lines.length}`,
        raw,
        text: normalizeText(raw),
        box: { x: PAGE_W / 2 - 15, y: PAGE_H - 40, w: 30, h: 14 },
        confidence: null,
      });
    }
  }
  return pages;
}
