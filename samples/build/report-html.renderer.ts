import { escapeHtml } from './inline-markup.js';
import type { Block, TableCell, TableRow } from './report-blocks.js';
import type { PaginateInput } from './paginate.browser.js';

/** Page geometry of Thai official documents: 3 cm left, 2 cm right, 2.5 cm top, 2 cm bottom. */
const CSS = (font: string): string => `
@page { size: A4; margin: 0; }
@page wide { size: A4 landscape; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: '${font}', 'DejaVu Sans', 'Lohit Devanagari', sans-serif; font-size: 16pt; line-height: 1.35; color: #000; }
section.page { width: 210mm; height: 297mm; box-sizing: border-box; padding: 25mm 20mm 20mm 30mm;
  position: relative; overflow: hidden; break-after: page; }
section.page:last-child { break-after: auto; }
section.page.wide { page: wide; width: 297mm; height: 210mm; }
.body { height: 252mm; overflow: hidden; }
.wide .body { height: 165mm; }
.foot { position: absolute; left: 0; right: 0; bottom: 10mm; text-align: center; }
#measure { width: 160mm; position: absolute; left: -400mm; top: 0; }
#measure.wide { width: 247mm; }
.blk { margin-top: 6pt; }
.body > :first-child { margin-top: 0; }
.k-title { text-align: center; font-weight: bold; font-size: 20pt; margin-top: 4pt; }
.body > .k-title:first-child { margin-top: 45mm; }
.k-section { text-align: center; font-weight: bold; font-size: 18pt; margin-top: 14pt; }
.k-heading { font-weight: bold; margin-top: 10pt; }
.k-paragraph { text-indent: 2.5em; }
.k-item, .k-value { padding-left: 2.5em; }
.cont { text-indent: 0; }
.k-signature { margin-left: 40%; text-align: center; }
p { margin: 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 14pt; line-height: 1.25; margin-top: 8pt; }
table.small { font-size: 12pt; }
td, th { border: 1px solid #000; padding: 1pt 4pt; vertical-align: top; overflow-wrap: break-word; }
.probe { position: absolute; visibility: hidden; font-size: 14pt; line-height: 1.25; }
.probe.small { font-size: 12pt; }
.probe p { margin: 0; } .probe ul, .probe ol { margin: 0; padding: 0; list-style: none; }
th { font-weight: bold; text-align: center; vertical-align: middle; }
td.cont { border-top: none; }
td.open { border-bottom: none; }
tr:last-child td.open { border-bottom: 1px solid #000; }
td ul, td ol { margin: 0; padding: 0; list-style: none; }
.box { font-family: 'DejaVu Sans'; font-size: 0.9em; }
`;

function cellHtml(tag: 'td' | 'th', cell: TableCell): string {
  const classes = [cell.continued ? 'cont' : '', cell.open ? 'open' : ''].filter(Boolean).join(' ');
  const attrs = [
    classes ? ` class="${classes}"` : '',
    cell.colspan > 1 ? ` colspan="${cell.colspan}"` : '',
    cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : '',
  ].join('');
  return `<${tag}${attrs}>${cell.html}</${tag}>`;
}

const rowHtml = (tag: 'td' | 'th', row: TableRow): string =>
  `<tr data-line="${row.line}">${row.cells.map((c) => cellHtml(tag, c)).join('')}</tr>`;

/** Wide tables (the plan's budget summary) are set smaller, as the originals are. */
const SMALL_TABLE_COLUMNS = 8;
const LANDSCAPE_TABLE_COLUMNS = 10;

export function paginateInput(blocks: readonly Block[]): PaginateInput {
  return {
    coverPage: blocks[0]?.kind === 'title',
    blocks: blocks.map((block) =>
      block.kind === 'table'
        ? {
            type: 'table' as const,
            small: block.columns >= SMALL_TABLE_COLUMNS,
            landscape: block.columns >= LANDSCAPE_TABLE_COLUMNS,
            header: block.header.map((r) => rowHtml('th', r)),
            body: block.body.map((r) => rowHtml('td', r)),
            breakBefore: block.breakBefore,
          }
        : {
            type: 'flow' as const,
            kind: block.kind,
            html: `<div class="blk k-${block.kind}" data-l1="${block.lines[0]}" data-l2="${block.lines[1]}">${block.html}</div>`,
            l1: block.lines[0],
            l2: block.lines[1],
            breakBefore: block.breakBefore,
          },
    ),
  };
}

/** The empty document the paginator fills: styles, the output column and an off-page measuring box. */
export function reportShellHtml(title: string, font: string): string {
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${CSS(font)}</style></head><body><div id="out"></div><div id="measure"></div></body></html>`;
}
