import { inlineToHtml } from './inline-markup.js';
import type { Block, FlowBlock, FlowKind } from './report-blocks.js';
import { buildTable, headerKey, headerRowCount, type RawRow } from './seed-table.builder.js';

type Item = { type: 'rows'; rows: RawRow[] } | { type: 'line'; line: number; text: string; indented: boolean };

/** Headings that open a new page in the reports (front matter, parts, annexes, each e-PlanNACC year). */
const PAGE_BREAKS: readonly RegExp[] = [
  /^(คำนำ|สารบัญ|ภาคผนวก|บันทึกข้อความ)$/,
  /^ส่วนที่\s*[๐-๙0-9]/,
  /^ประเด็นที่\s/,
  /^ประกาศองค์การบริหาร/,
  /^แผนปฏิบัติการป้องกันการทุจริต$/,
];
const MONTHS = 'มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ก\\.ย\\.';
const SIGNATURE_DATE = new RegExp(`^([๐-๙0-9]{1,2}\\s*)?(${MONTHS})\\s*(พ\\.ศ\\.\\s*)?[๐-๙0-9]{4}$`);
const SIGNATORY = /^\((ลงชื่อ|นาย|นาง|นางสาว)/;
const LABEL = /^([0-9]+\.\s*\*\*|\*\*.*\*\*$)/;
const NUMBERED_LABEL = /^[๐-๙0-9]+\)\s/;
const SHORT = 60;
const TITLE_MAX = 120;
const SEPARATOR_ROW = /^\s*-{3,}\s*$/;

function toItems(text: string): Item[] {
  const items: Item[] = [];
  let rows: RawRow[] | null = null;
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/\s+$/, '');
    if (content.includes('\t')) {
      const cells = content.split('\t');
      // A markdown table rule (---|---) is not something the reader saw.
      if (cells.every((c) => SEPARATOR_ROW.test(c) || c.trim() === '')) return;
      if (!rows) {
        rows = [];
        items.push({ type: 'rows', rows });
      }
      rows.push({ line, cells });
      return;
    }
    rows = null;
    if (content.trim() !== '') items.push({ type: 'line', line, text: content.trim(), indented: /^\s/.test(content) });
  });
  return mergeSplitTables(items);
}

/** Tables the original split across pages repeat their header: consecutive ones with the same header are one. */
function mergeSplitTables(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const previous = out[out.length - 1];
    if (item.type === 'rows' && previous?.type === 'rows') {
      // Rows resuming after a blank line with an empty first cell continue the table above (no header).
      if ((item.rows[0]?.cells[0] ?? '').trim() === '') {
        previous.rows.push(...item.rows);
        continue;
      }
      const count = headerRowCount(item.rows);
      if (count === headerRowCount(previous.rows) && headerKey(item.rows.slice(0, count)) === headerKey(previous.rows.slice(0, count))) {
        previous.rows.push(...item.rows.slice(count));
        continue;
      }
    }
    out.push(item);
  }
  return out;
}

const THAI = /[\u0E00-\u0E7F]/;

/** Thai has no spaces between words, so a line wrap inside Thai text joins without one. */
function joiner(before: string, after: string): string {
  return THAI.test(before.slice(-1)) && THAI.test(after.charAt(0)) ? '' : ' ';
}

const flow = (kind: FlowKind, html: string, line: number, breakBefore = false): FlowBlock => ({
  kind,
  html,
  lines: [line, line],
  breakBefore,
});

/** Turns one seed text into the blocks of the report a reader saw: cover, headings, paragraphs, tables. */
export function parseSeed(text: string): Block[] {
  const items = toItems(text);
  const blocks: Block[] = [];
  let inTitle = true;
  let afterLabel = false;
  let afterSignatory = false;
  let nextIsSection = false;
  let breakNext = false;

  items.forEach((item, index) => {
    if (item.type === 'rows') {
      inTitle = false;
      blocks.push(buildTable(item.rows, breakNext));
      breakNext = false;
      afterSignatory = false;
      return;
    }
    const { line, text: t } = item;
    if (/^#{3,}$/.test(t)) {
      nextIsSection = true;
      return;
    }
    // "ส่วนที่ ๒ ประกอบด้วย …" in a preface describes a part; only a heading opens one.
    const pageBreak = nextIsSection || (t.length <= 120 && !t.includes('ประกอบด้วย') && PAGE_BREAKS.some((re) => re.test(t)));
    if (inTitle && (t.length > TITLE_MAX || pageBreak)) {
      inTitle = false;
      breakNext = true;
    }
    if (inTitle) {
      blocks.push(flow('title', inlineToHtml(t), line));
      return;
    }
    const html = inlineToHtml(t);
    const breakBefore = breakNext || pageBreak;
    breakNext = false;
    const next = items[index + 1];
    const beforeDate = next?.type === 'line' && SIGNATURE_DATE.test(next.text) && t.length <= SHORT;
    const previous = blocks[blocks.length - 1];
    const wrapped =
      previous?.kind === 'paragraph' && previous.lines[1] === line - 1 && !pageBreak && !t.startsWith('- ') && !LABEL.test(t) && !beforeDate;
    const isLabel = (LABEL.test(t) && t.length <= 160) || (NUMBERED_LABEL.test(t) && t.length <= SHORT);
    if (wrapped) {
      // The OCR broke one paragraph into lines; a reader saw it flow, so it is one block again.
      blocks[blocks.length - 1] = { ...previous, html: previous.html + joiner(previous.html, html) + html, lines: [previous.lines[0], line] };
      return;
    }
    if (pageBreak) {
      nextIsSection = false;
      afterLabel = false;
      blocks.push(flow('section', html, line, true));
    } else if (t.startsWith('- ')) {
      blocks.push(flow('item', inlineToHtml(t.slice(2)), line, breakBefore));
    } else if (isLabel) {
      afterLabel = true;
      blocks.push(flow('heading', html, line, breakBefore));
    } else if (SIGNATORY.test(t) || SIGNATURE_DATE.test(t) || beforeDate || (afterSignatory && t.length <= SHORT)) {
      blocks.push(flow('signature', html, line, breakBefore));
      afterSignatory = SIGNATORY.test(t);
      return;
    } else if (t.length <= SHORT && !item.indented) {
      blocks.push(flow(afterLabel ? 'value' : 'heading', html, line, breakBefore));
    } else {
      blocks.push(flow('paragraph', html, line, breakBefore));
    }
    afterSignatory = false;
  });
  return blocks;
}
