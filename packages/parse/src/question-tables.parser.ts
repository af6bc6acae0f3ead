import type { QuestionScore, Tool } from '@lao/schemas';
import { parseQuestionCode, repairCodeSequence } from '@lao/thai-text';
import { type Doc, type DocCell, type DocRow, type DocTable, linesBefore, rowLineIds, rowText } from './document.model.js';
import type { Conflict, ValueProvenance } from './parse-result.schema.js';

const TOOL_CELL = /^(IIT|EIT|OIT)$/i;
const CODE_MARK = /^(ข้อ\s*)?([iIlEeOo0๐1]|ข้อ)/;
const TEXT_HEADER = /คำถาม|ข้อความ|รายการ|ประเด็นการประเมิน/;
const REMARK_HEADER = /ข้อบกพร่อง|ข้อเสนอ|หมายเหตุ|แก้ไข|รักษาระดับ/;
// A theme (ประเด็น) table regroups questions already scored in the main tables.
const THEME_HEADER = /หัวข้อ|ประเด็น/;

export type QuestionRead = {
  q: QuestionScore;
  tableId: string;
  row: DocRow;
  /** 2 = a main list (per tool or per indicator), 1 = a theme table that regroups questions. */
  rank: number;
  confidence: number | null;
};

const QUESTION_HEADER = /ข้อ|คำถาม|คะแนน|ลำดับ|เครื่องมือ/;

function toolFromText(s: string): Tool | null {
  const m = /\b(IIT|EIT|OIT)\b/i.exec(s);
  if (m) return m[1]!.toLowerCase() as Tool;
  if (/ผู้มีส่วนได้ส่วนเสียภายใน/.test(s)) return 'iit';
  if (/ผู้มีส่วนได้ส่วนเสียภายนอก/.test(s)) return 'eit';
  if (/เปิดเผยข้อมูลสาธารณะ/.test(s)) return 'oit';
  // The English names survive OCR that garbles the short codes ("แบบวัด OT Open Data Integrity …").
  if (/\bOpen\s*Data\b/i.test(s)) return 'oit';
  if (/\bInternal\s+Integrity\b/i.test(s)) return 'iit';
  if (/\bExternal\s+Integrity\b/i.test(s)) return 'eit';
  return null;
}

function looksLikeCode(text: string): boolean {
  return text.length > 0 && text.length <= 14 && /\d|[\u0E50-\u0E59]/.test(text);
}

function codeOf(cell: DocCell | undefined, tool: Tool | null) {
  if (!cell) return null;
  // The raw form keeps what normalisation erases: "1๑๐" (i10) vs "110".
  for (const s of [cell.raw, cell.text]) {
    if (!looksLikeCode(s)) continue;
    const c = parseQuestionCode(s, tool ? { tool } : undefined);
    if (c) return c;
  }
  return null;
}

function isScore(c: DocCell | undefined): boolean {
  return !!c && c.number !== null && c.number.value >= 0 && c.number.value <= 100;
}

type TableShape = { codeCol: number; scoreCols: number[]; textCol: number; rank: number };

/** Finds, by content, which column holds codes, which hold scores and which holds the question text. */
function shapeOf(table: DocTable, headingTool: Tool | null): TableShape | null {
  const width = Math.max(0, ...table.rows.map((r) => r.cells.length));
  const hits = new Array<number>(width).fill(0);
  let tool = headingTool;
  for (const row of table.rows) {
    const tc = row.cells.find((c) => TOOL_CELL.test(c.text));
    if (tc) tool = tc.text.toLowerCase() as Tool;
    row.cells.forEach((c, i) => {
      if (codeOf(c, tool)) hits[i]! += CODE_MARK.test(c.raw) ? 2 : 1;
    });
  }
  let codeCol = -1;
  for (let i = 0; i < width; i++) if (hits[i]! > (codeCol < 0 ? 0 : hits[codeCol]!)) codeCol = i;
  if (codeCol < 0 || hits[codeCol]! < 2) return null;
  const codeRows = table.rows.filter((r) => codeOf(r.cells[codeCol], tool ?? 'oit'));
  const scoreCols: number[] = [];
  for (let i = codeCol + 1; i < width; i++) {
    const n = codeRows.filter((r) => isScore(r.cells[i])).length;
    if (n * 2 >= codeRows.length && n > 0) scoreCols.push(i);
  }
  if (scoreCols.length === 0) return null;
  const header = table.rows[0]?.cells.map((c) => c.text) ?? [];
  let textCol = -1;
  for (let i = codeCol + 1; i < width; i++) {
    if (scoreCols.includes(i)) continue;
    const h = header[i] ?? '';
    if (REMARK_HEADER.test(h)) continue;
    const filled = codeRows.filter((r) => (r.cells[i]?.text ?? '').length > 3 && !isScore(r.cells[i])).length;
    if ((TEXT_HEADER.test(h) || h === '') && filled * 10 >= codeRows.length * 6) {
      textCol = i;
      break;
    }
  }
  const rank = header.some((h) => THEME_HEADER.test(h)) ? 1 : 2;
  return { codeCol, scoreCols: scoreCols.slice(0, 4), textCol, rank };
}

/**
 * The score cells of one row: the scores right after the code (the question text skipped), so an EIT
 * row with two part columns gives both even inside a table of one-score rows; otherwise the columns
 * most rows of the table score in.
 */
function partColumns(row: DocRow, shape: TableShape): number[] {
  const out: number[] = [];
  for (let i = shape.codeCol + 1; i < row.cells.length && out.length < 4; i++) {
    if (i === shape.textCol) continue;
    if (!isScore(row.cells[i])) break;
    out.push(i);
  }
  return out.length > 0 ? out : shape.scoreCols.filter((i) => isScore(row.cells[i]));
}

function mean(xs: number[]): number {
  return Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100;
}

const PAGE_NUMBER_LINE = /^[-–—\s(]*\d{1,4}[-–—\s)]*$/;

/** Reads every question row of every question table, in document order (before de-duplication). */
export function readQuestionRows(doc: Doc): QuestionRead[] {
  const out: QuestionRead[] = [];
  let carriedTool: Tool | null = null;
  let previous: { rank: number; width: number; header: string; lastPage: number } | null = null;
  // Rows of one logical table (a table and its page continuations): code repair runs over all of them.
  let group: QuestionRead[] = [];
  for (const table of doc.tables) {
    const heading = linesBefore(doc, table, 3);
    // The nearest heading that names a tool ("…ของแบบวัด OIT …") sets the tool of unprefixed codes.
    const headingTool = [...heading].reverse().map((l) => toolFromText(l.text)).find((t) => t !== null) ?? null;
    const shape = shapeOf(table, headingTool ?? carriedTool);
    if (!shape) {
      // A header left alone at the foot of a page under its heading ("…แบบวัด OIT"): the rows on the
      // next page belong to that heading's tool.
      if (headingTool) carriedTool = headingTool;
      previous = null;
      continue;
    }
    const width = Math.max(...table.rows.map((r) => r.cells.length));
    const headerless = !(table.rows[0]?.cells ?? []).some((c) => QUESTION_HEADER.test(c.text) && c.text.length <= 40);
    const header = headerless ? '' : (table.rows[0]?.cells ?? []).map((c) => c.text.replace(/\s+/g, '')).join('|');
    const firstPage = table.rows[0]?.page ?? 0;
    // A page number between the two parts of a table is not a heading.
    const titled = heading.some((l) => !PAGE_NUMBER_LINE.test(l.text));
    // A question table right after one of the same width continues it when it has no header, or when it
    // repeats the same header at the top of the next page (reports repeat headers on every page).
    const repeatsHeader: boolean = !headerless && previous !== null && header === previous.header && firstPage > previous.lastPage;
    const continues: boolean = !titled && previous !== null && previous.width === width && (headerless || repeatsHeader);
    if (continues) shape.rank = previous!.rank;
    else {
      repairSequences(group);
      group = [];
    }
    previous = {
      rank: shape.rank,
      width,
      header: continues ? previous!.header : header,
      lastPage: table.rows[table.rows.length - 1]?.page ?? firstPage,
    };
    let tool: Tool | null = headingTool ?? carriedTool;
    const rows: QuestionRead[] = [];
    for (const row of table.rows) {
      const tc = row.cells.find((c) => TOOL_CELL.test(c.text));
      if (tc) tool = tc.text.toLowerCase() as Tool;
      const inText = codeInText(row, shape, tool);
      const parsed = codeOf(row.cells[shape.codeCol], tool) ?? inText?.code ?? null;
      if (!parsed) continue;
      const cols = partColumns(row, shape);
      const parts = cols.map((i) => row.cells[i]!.number!.value);
      const confs = cols.map((i) => row.cells[i]?.number?.confidence ?? null).filter((c): c is number => c !== null);
      const text = inText && !codeOf(row.cells[shape.codeCol], tool) ? inText.rest : shape.textCol >= 0 ? row.cells[shape.textCol]?.text || null : null;
      rows.push({
        q: {
          tool: parsed.tool,
          code: parsed.code,
          text,
          score: parts.length === 0 ? null : parts.length === 1 ? parts[0]! : mean(parts),
          parts: parts.length > 1 ? parts : null,
          page: row.page,
        },
        tableId: table.id,
        row,
        rank: shape.rank,
        confidence: confs.length > 0 ? Math.min(...confs) : null,
      });
      tool = parsed.tool;
    }
    group.push(...rows);
    carriedTool = tool;
    out.push(...rows);
  }
  repairSequences(group);
  return out;
}

// A code-like first word: a digit with at most a letter OCR may make of i/e/o before it ("13", "e5").
const LEADING_CODE = /^([iIlEeOo0๐1]?[0-9๐-๙]{1,3})\s+(\S.*)$/u;

/**
 * An empty code cell whose code OCR put at the start of the question text (the grid's column
 * ruling between them lost on that row): "13 เจ้าหน้าที่ในหน่วยงานของท่าน …".
 */
function codeInText(row: DocRow, shape: TableShape, tool: Tool | null): { code: NonNullable<ReturnType<typeof codeOf>>; rest: string } | null {
  const codeCell = row.cells[shape.codeCol];
  const textCell = shape.textCol >= 0 ? row.cells[shape.textCol] : undefined;
  if (!codeCell || codeCell.text !== '' || !textCell) return null;
  const m = LEADING_CODE.exec(textCell.text);
  const raw = LEADING_CODE.exec(textCell.raw);
  if (!m) return null;
  const code = codeOf({ ...codeCell, text: m[1]!, raw: raw?.[1] ?? m[1]! }, tool);
  return code ? { code, rest: m[2]! } : null;
}

/** OCR reads i10–i15 as "1๒๐"–"1๒๕" (i20…): repair each tool's run within a table by its sequence. */
function repairSequences(rows: QuestionRead[]): void {
  for (const tool of ['iit', 'eit', 'oit'] as const) {
    const run = rows.filter((r) => r.q.tool === tool);
    if (run.length < 2) continue;
    const repaired = repairCodeSequence(run.map((r) => ({ tool, no: Number(r.q.code.slice(1)), code: r.q.code })));
    repaired.codes.forEach((c, i) => {
      if (c && run[i]) run[i].q.code = c.code;
    });
  }
}

export type QuestionsResult = { questions: QuestionScore[]; conflicts: Conflict[]; provenance: ValueProvenance[] };

/**
 * One question per code: the main table's reading wins (a per-tool or per-indicator list over a theme
 * table, then the first seen); every other table that prints a different score becomes a conflict.
 */
export function parseQuestions(doc: Doc): QuestionsResult {
  const reads = readQuestionRows(doc);
  const byCode = new Map<string, QuestionRead[]>();
  for (const r of reads) {
    const k = r.q.code;
    const list = byCode.get(k) ?? [];
    list.push(r);
    byCode.set(k, list);
  }
  const order = { iit: 0, eit: 1, oit: 2 } as const;
  const keys = [...byCode.keys()].sort((a, b) => {
    const ta = order[toolKey(a)];
    const tb = order[toolKey(b)];
    return ta - tb || Number(a.slice(1)) - Number(b.slice(1));
  });
  const questions: QuestionScore[] = [];
  const conflicts: Conflict[] = [];
  const provenance: ValueProvenance[] = [];
  for (const k of keys) {
    const list = byCode.get(k)!;
    const main = [...list].sort((a, b) => b.rank - a.rank)[0]!;
    // A theme table may carry the text a main list lacks; the score stays the main one.
    const text = main.q.text ?? list.find((r) => r.q.text)?.q.text ?? null;
    questions.push({ ...main.q, text });
    provenance.push({
      path: `ita.questions[${questions.length - 1}]`,
      page: main.q.page,
      lineIds: rowLineIds(main.row),
      boxes: [main.row.box],
      confidence: main.confidence,
    });
    const others = list.filter((r) => r !== main && r.q.score !== main.q.score);
    if (others.length > 0) {
      conflicts.push({
        kind: 'question_score',
        tool: main.q.tool,
        code: k,
        kept: { value: main.q.score, page: main.q.page, tableId: main.tableId, text: rowText(main.row) },
        others: others.map((o) => ({ value: o.q.score, page: o.q.page, tableId: o.tableId, text: rowText(o.row) })),
      });
    }
  }
  return { questions, conflicts, provenance };
}

function toolKey(code: string): Tool {
  return code.startsWith('i') ? 'iit' : code.startsWith('e') ? 'eit' : 'oit';
}
