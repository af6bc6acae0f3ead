import { INDICATORS, type ItaFramework, frameworkFor, type QuestionScore, type Tool } from '@lao/schemas';
import { nameSimilarity, parseQuestionCode, repairCodeSequence } from '@lao/thai-text';
import { type Doc, type DocCell, type DocRow, type DocTable, linesBefore, rowLineIds, rowText } from './document.model.js';
import type { Conflict, ValueProvenance } from './parse-result.schema.js';
import { questionCellText } from './question-text.js';

const TOOL_CELL = /^(IIT|EIT|OIT)$/i;

/**
 * A tool column cell, as printed or as OCR reads the short codes: "IT"/"lIT" (IIT), "ElT" (EIT), "OT"/"0IT"
 * (OIT), and "เท", OCR's Thai reading of "IIT" in seed scans.
 */
export function toolCell(text: string): Tool | null {
  const t = text.replace(/\s+/g, '');
  if (TOOL_CELL.test(t)) return t.toLowerCase() as Tool;
  if (/^[Il1|]{1,2}T$/.test(t) || t === 'เท') return 'iit';
  if (/^E[Il1|]?T$/i.test(t)) return 'eit';
  if (/^[O0]I?T$/.test(t)) return 'oit';
  return null;
}
const CODE_MARK = /^(ข้อ\s*)?([iIlEeOo0๐1]|ข้อ)/;
// "ข้อมูล" / "ข้อมูลที่เผยแพร่": the item column of an OIT list.
const TEXT_HEADER = /คำถาม|ข้อความ|รายการ|ประเด็นการประเมิน|^ข้อมูล/;
const REMARK_HEADER = /ข้อบกพร่อง|ข้อเสนอ|หมายเหตุ|แก้ไข|รักษาระดับ/;
// A theme (ประเด็น) table regroups questions already scored in the main tables.
const THEME_HEADER = /หัวข้อ|ประเด็น/;

export type QuestionRead = {
  q: QuestionScore;
  /** The code cell could not be read; the code comes from the row's place in its run (see fillUnreadCodes). */
  unread?: boolean;
  /** The questions of the indicator the row names (its spanning cell), when the framework of the year knows them. */
  indicator?: { tool: Tool; from: number; to: number };
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
  // A bracket or bar OCR put before the number ("ข้อ [๓").
  for (const s of [cell.raw, cell.text]) {
    const m = /^(?:ข้อ\s*)?[[|(]\s*([0-9\u0E50-\u0E59]{1,2})[.)\]]?$/u.exec(s.trim());
    if (m && tool) {
      const c = parseQuestionCode(m[1]!, { tool });
      if (c) return c;
    }
  }
  return null;
}

function isScore(c: DocCell | undefined): boolean {
  return !!c && c.number !== null && c.number.value >= 0 && c.number.value <= 100;
}

// Two scores OCR read into one cell (an EIT row's part columns run together): "100 89.00".
const TWO_SCORES = /^(\d{1,3}(?:\.\d{1,2})?)\s+(\d{1,3}(?:\.\d{1,2})?)$/;

/** The scores a cell holds: its number, or the two parts of a cell that holds two. */
function cellScores(c: DocCell | undefined): number[] {
  if (!c) return [];
  if (isScore(c)) return [c.number!.value];
  const m = TWO_SCORES.exec(c.text.trim());
  if (!m) return [];
  const xs = [Number(m[1]), Number(m[2])];
  return xs.every((x) => x >= 0 && x <= 100) ? xs : [];
}

/**
 * A code cell OCR could not read as a code ("lev" for i7, "Oey" for o7, "Elo" for e2): short, not a header
 * word. Its code comes from its place in the sequence.
 */
function unreadCode(c: DocCell | undefined): boolean {
  if (!c) return false;
  const t = c.text.replace(/^ข้อ(?:ที่)?\s*/u, '').replace(/\s+/g, '');
  return t.length > 0 && t.length <= 5 && !/คำถาม|ข้อ|คะแนน|ลำดับ|รหัส/.test(t);
}

type TableShape = { codeCol: number; scoreCols: number[]; textCol: number; rank: number };

/** Finds, by content, which column holds codes, which hold scores and which holds the question text. */
// A plan's project table (ลำดับ | รายการโครงการ | มิติ | งบประมาณ (บาท) | ไตรมาส): its row numbers are no codes.
const PLAN_HEADER = /รายการโครงการ|ไตรมาส|งบ\s?(?:\S+\s)?ประมาณ\s?\(บาท\)/;

// The header of a column of questions or their codes ("ข้อ", "รหัส", "ข้อคำถาม", OIT "ข้อมูลที่เผยแพร่").
const QUESTION_COLUMN = /^ข้อ(?:ที่)?$|คำถาม|รหัส|ข้อความ|รายการ|ประเด็น|หัวข้อ|ข้อมูล/;
const INDICATOR_COLUMN = /^(?:ชื่อ)?ตัวชี้วัด(?:ที่)?$/;

/**
 * An indicator table (ตัวชี้วัด | ชื่อตัวชี้วัด | เครื่องมือ | คะแนน): its numbers 1–10 beside a tool cell are
 * indicators, not questions. Known by its header (a ตัวชี้วัด column, none of questions or codes) or, with
 * no header, by rows of a number, a tool and a score alone whose numbers carry on across tools as
 * indicators do (1–5 IIT, 6–8 EIT, 9–10 OIT), where question codes start again at 1 under each tool.
 */
export function isIndicatorTable(table: DocTable): boolean {
  const head = table.rows[0]?.cells.map((c) => c.text.replace(/\s+/g, '')).filter((t) => t !== '') ?? [];
  if (head.some((h) => INDICATOR_COLUMN.test(h)) && !head.some((h) => QUESTION_COLUMN.test(h))) return true;
  const numbered = table.rows.flatMap((r) => {
    const cells = r.cells.filter((c) => c.text !== '');
    const no = /^\d{1,2}\.?$/.test(cells[0]?.text ?? '') ? Number.parseInt(cells[0]!.text, 10) : null;
    const at = cells.findIndex((c) => toolCell(c.text) !== null);
    if (no === null || at < 1) return [];
    // After the tool only the score (and a level in words): a question row has its code there.
    const after = cells.slice(at + 1);
    if (after.filter((c) => c.number !== null).length !== 1 || after.some((c) => c.number === null && /\d/.test(c.text))) return [];
    return [{ no, tool: toolCell(cells[at]!.text)! }];
  });
  const tools = new Set(numbered.map((n) => n.tool));
  return numbered.length >= 3 && tools.size >= 2 && numbered.every((n) => INDICATORS.find((d) => d.no === n.no)?.tool === n.tool);
}

function shapeOf(table: DocTable, contextTool: Tool | null, headingTool: Tool | null): TableShape | null {
  // Header cells are short; a remark cell of a question row may well speak of ไตรมาส or งบประมาณ.
  const top = table.rows
    .slice(0, 2)
    .flatMap((r) => r.cells.map((c) => c.text).filter((t) => t.length <= 40))
    .join(' ');
  if (PLAN_HEADER.test(top) && !/คะแนน/.test(top)) return null;
  if (isIndicatorTable(table)) return null;
  const width = Math.max(0, ...table.rows.map((r) => r.cells.length));
  const hits = new Array<number>(width).fill(0);
  let tool = contextTool;
  for (const row of table.rows) {
    const tc = row.cells.map((c) => toolCell(c.text)).find((t) => t !== null);
    if (tc) tool = tc;
    row.cells.forEach((c, i) => {
      if (codeOf(c, tool)) hits[i]! += CODE_MARK.test(c.raw) ? 2 : 1;
    });
  }
  let codeCol = -1;
  for (let i = 0; i < width; i++) if (hits[i]! > (codeCol < 0 ? 0 : hits[codeCol]!)) codeCol = i;
  let codeRows = codeCol < 0 ? [] : table.rows.filter((r) => codeOf(r.cells[codeCol], tool ?? 'oit'));
  if (codeCol < 0 || hits[codeCol]! < 2) {
    // Every code garbled ("Ea", "Elo", "Een" for e1–e3): a table under a heading that names its tool,
    // headed ข้อ … คะแนน, is still a question list; its rows are those with something in the ข้อ column.
    const head = table.rows[0]?.cells.map((c) => c.text.replace(/\s+/g, '')) ?? [];
    const at = head.findIndex((h) => /^ข้อ(?:ที่)?$/.test(h));
    if (!headingTool || at < 0 || !head.some((h) => /คะแนน/.test(h))) return null;
    codeCol = at;
    codeRows = table.rows.slice(1).filter((r) => unreadCode(r.cells[at]));
    if (codeRows.length < 2) return null;
  }
  const scoreCols: number[] = [];
  for (let i = codeCol + 1; i < width; i++) {
    const n = codeRows.filter((r) => cellScores(r.cells[i]).length > 0).length;
    // OCR empties many score cells of a scanned table: a third of the coded rows is enough.
    if (n * 3 >= codeRows.length && n > 0) scoreCols.push(i);
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

/**
 * The part scores of a row: its score columns; else, when OCR emptied them, the first cell after the code
 * (within two columns past the last score column) that holds one or two scores ("100 89.00").
 */
function rowParts(row: DocRow, shape: TableShape): { parts: number[]; cols: number[] } {
  const cols = partColumns(row, shape);
  if (cols.length > 0) return { parts: cols.map((i) => row.cells[i]!.number!.value), cols };
  const last = Math.max(shape.codeCol, ...shape.scoreCols) + 2;
  for (let i = shape.codeCol + 1; i <= last && i < row.cells.length; i++) {
    if (i === shape.textCol || row.cells[i]!.text === '') continue;
    const xs = cellScores(row.cells[i]);
    return xs.length > 0 ? { parts: xs, cols: [i] } : { parts: [], cols: [] };
  }
  return { parts: [], cols: [] };
}

/**
 * In a table whose EIT rows print two parts, an EIT row of which OCR read one score, its other part garbled
 * beside it ("100 | #สอ0.00", "100 #สอ0.00" in one cell), has lost that part: its score is unknown, not the
 * part read.
 */
function halfReadPairs(rows: QuestionRead[]): void {
  if (!rows.some((r) => r.q.tool === 'eit' && r.q.parts?.length === 2)) return;
  for (const r of rows) {
    if (r.q.tool !== 'eit' || r.q.parts !== null || r.q.score === null) continue;
    const at = r.row.cells.findIndex((c) => c.number?.value === r.q.score);
    const cell = r.row.cells[at];
    const next = r.row.cells[at + 1];
    // The other part garbled in the same cell, or in the next one ("100 | #สอ0.00").
    const lost = !!cell && (cell.text.trim().split(/\s+/).length >= 2 || (!!next && next.number === null && /\d/.test(next.text) && next.text.length <= 10));
    if (lost) r.q.score = null;
  }
}

const LEADING_SCORE = /^(\d{1,3}(?:\.\d{1,2})?)(?=\s|$)/;

/**
 * A score OCR read outside the grid: a line that starts in the row's empty score column, level with the
 * row's code, and opens with a score ("100 - ข้อบกพร่องที่ตรวจพบ คือ -": the score and the remark beside
 * it read as one line running past the grid's border).
 */
function scoreBeside(doc: Doc, row: DocRow, shape: TableShape): number | null {
  const col = shape.scoreCols[0];
  const cell = col === undefined ? undefined : row.cells[col];
  const codeLine = doc.lineById.get(row.cells[shape.codeCol]?.lineIds[0] ?? '');
  if (!cell || cell.text !== '' || !codeLine) return null;
  const a = codeLine.box;
  for (const l of doc.lines) {
    if (l.page !== row.page || doc.inTable.has(l.id)) continue;
    const b = l.box;
    if (b.x < cell.box.x - 2 || b.x > cell.box.x + cell.box.w) continue;
    const overlap = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
    if (overlap < 0.5 * Math.min(a.h, b.h)) continue;
    const m = LEADING_SCORE.exec(l.text);
    if (m && Number(m[1]) <= 100) return Number(m[1]);
  }
  return null;
}

// A score OCR left inside the question text when the score cell came out empty: "…ทำในสิง 99.58 ที่เป็น…".
const SCORE_IN_TEXT = /(?:^|\s)(\d{1,3}\.\d{2})(?=\s|$)/g;

function scoreInText(text: string | null): { score: number; rest: string } | null {
  if (!text) return null;
  const hits = [...text.matchAll(SCORE_IN_TEXT)].filter((m) => Number(m[1]) <= 100);
  if (hits.length !== 1) return null;
  const m = hits[0]!;
  const rest = (text.slice(0, m.index) + text.slice((m.index ?? 0) + m[0].length)).replace(/\s+/g, ' ').trim();
  return { score: Number(m[1]), rest: rest.length > 0 ? rest : text };
}

function mean(xs: number[]): number {
  return Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100;
}

const ZERO_PADDED = /^(?:ข้อ\s*)?[0๐O][0-9\u0E50-\u0E59]/u;

const PAGE_NUMBER_LINE = /^[-–—\s(]*\d{1,4}[-–—\s)]*$/;

/** Reads every question row of every question table, in document order (before de-duplication). */
export function readQuestionRows(doc: Doc, year: number | null = null): QuestionRead[] {
  const fw = frameworkFor(year);
  const maxNo = (t: Tool): number | undefined => fw?.questionSet.tools[t].codes?.to;
  const out: QuestionRead[] = [];
  let carriedTool: Tool | null = null;
  let previous: { rank: number; width: number; header: string; lastPage: number } | null = null;
  // Rows of one logical table (a table and its page continuations): code repair runs over all of them.
  let group: QuestionRead[] = [];
  for (const table of doc.tables) {
    const heading = linesBefore(doc, table, 3);
    // The nearest heading that names a tool ("…ของแบบวัด OIT …") sets the tool of unprefixed codes.
    const headingTool = [...heading].reverse().map((l) => toolFromText(l.text)).find((t) => t !== null) ?? null;
    const shape = shapeOf(table, headingTool ?? carriedTool, headingTool);
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
      repairSequences(group, maxNo);
      group = [];
    }
    previous = {
      rank: shape.rank,
      width,
      header: continues ? previous!.header : header,
      lastPage: table.rows[table.rows.length - 1]?.page ?? firstPage,
    };
    let tool: Tool | null = headingTool ?? carriedTool;
    // Whether this table itself says the tool (a tool cell or its heading), not a tool carried from before.
    let toolSaid = headingTool !== null;
    const rows: QuestionRead[] = [];
    for (const row of table.rows) {
      const tc = row.cells.map((c) => toolCell(c.text)).find((t) => t !== null);
      if (tc) {
        tool = tc;
        toolSaid = true;
      }
      const inText = codeInText(row, shape, tool);
      // A zero-padded code ("ข้อ 02") is how OIT items are printed: under a tool merely carried over from an
      // earlier table (neither said here nor continued), it is OIT's.
      const codeTool = !toolSaid && !continues && ZERO_PADDED.test(row.cells[shape.codeCol]?.raw ?? '') ? null : tool;
      let parsed = codeOf(row.cells[shape.codeCol], codeTool) ?? inText?.code ?? null;
      const { parts, cols } = rowParts(row, shape);
      let text = inText && !codeOf(row.cells[shape.codeCol], tool) ? inText.rest : shape.textCol >= 0 ? questionCellText(doc, row.cells[shape.textCol]) : null;
      if (parts.length === 0) {
        const found = scoreInText(text);
        if (found) {
          parts.push(found.score);
          text = found.rest;
        } else {
          const beside = scoreBeside(doc, row, shape);
          if (beside !== null) parts.push(beside);
        }
      }
      // Only EIT rows print two parts: a row of two parts under a tool merely carried from before is EIT.
      let rowTool: Tool | null = parts.length === 2 && !toolSaid ? 'eit' : parsed?.tool ?? tool;
      if (parsed && rowTool !== parsed.tool) parsed = codeOf(row.cells[shape.codeCol], rowTool);
      // The indicator the row names (its spanning cell sits on the first row of its questions): a code
      // outside that indicator's questions is a misread one ("ข้อ 10)" beside การใช้อำนาจ, i7–i9).
      // The check comes after the sequence repair ("1๒๐" beside การใช้ทรัพย์สินฯ is i10 once repaired).
      const named = fw ? indicatorNamed(row, shape, fw) : null;
      if (named) {
        rowTool = named.tool;
        if (parsed && parsed.tool !== named.tool) parsed = null;
      }
      const unread = !parsed && rowTool !== null && unreadCode(row.cells[shape.codeCol]) && (parts.length > 0 || (text ?? '').length > 3);
      if (!parsed && !unread) continue;
      const confs = cols.map((i) => row.cells[i]?.number?.confidence ?? row.cells[i]?.confidence ?? null).filter((c): c is number => c !== null);
      rows.push({
        q: {
          tool: parsed?.tool ?? rowTool!,
          code: parsed?.code ?? '',
          text,
          score: parts.length === 0 ? null : parts.length === 1 ? parts[0]! : mean(parts),
          parts: parts.length > 1 ? parts : null,
          page: row.page,
        },
        ...(parsed ? {} : { unread: true }),
        ...(named ? { indicator: named } : {}),
        tableId: table.id,
        row,
        rank: shape.rank,
        confidence: confs.length > 0 ? Math.min(...confs) : null,
      });
      if (parsed) tool = parsed.tool;
    }
    halfReadPairs(rows);
    group.push(...rows);
    carriedTool = tool;
    out.push(...rows);
  }
  repairSequences(group, maxNo);
  return out.filter((r) => !r.unread);
}

// A code-like first word: a digit with at most a letter OCR may make of i/e/o before it ("13", "e5"), or the
// bracket or bar it makes of an i ("[11" for i11).
const LEADING_CODE = /^([iIlEeOo0๐1[|]?[0-9๐-๙]{1,3})\s+(\S.*)$/u;

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
function repairSequences(rows: QuestionRead[], maxNo: (t: Tool) => number | undefined = () => undefined): void {
  for (const tool of ['iit', 'eit', 'oit'] as const) {
    const run = rows.filter((r) => r.q.tool === tool);
    const known = run.filter((r) => !r.unread);
    const max = maxNo(tool);
    if (known.length >= 2) {
      const repaired = repairCodeSequence(
        known.map((r) => ({ tool, no: Number(r.q.code.slice(1)), code: r.q.code })),
        max !== undefined ? { maxNo: { [tool]: max } } : {},
      );
      repaired.codes.forEach((c, i) => {
        if (c && known[i]) known[i].q.code = c.code;
      });
    }
    // A number past the year's last question of its tool, or outside the questions of the indicator its row
    // names, that the sequence did not explain is a misread code.
    for (const r of known) {
      const n = Number(r.q.code.slice(1));
      if ((max !== undefined && n > max) || (r.indicator && (n < r.indicator.from || n > r.indicator.to))) r.unread = true;
    }
    fillUnreadCodes(run, tool, max);
  }
}

/**
 * Gives each row whose code OCR could not read the code its place implies: between two read codes that
 * leave exactly its room ("16", "lev", "18" → i7); at the end of a main list, the next (or previous) number
 * after a read code; in a main list where no code was read, 1… when the rows are as many as the year's
 * questions of that tool. Codes are never doubled and never pass the year's last question.
 */
export function fillUnreadCodes(run: QuestionRead[], tool: Tool, max: number | undefined): void {
  if (!run.some((r) => r.unread)) return;
  const prefix = tool === 'iit' ? 'i' : tool === 'eit' ? 'e' : 'o';
  const no = (r: QuestionRead) => Number(r.q.code.slice(1));
  const taken = new Set(run.filter((r) => !r.unread).map((r) => r.q.code));
  const give = (r: QuestionRead, n: number) => {
    const code = `${prefix}${n}`;
    if (n < 1 || (max !== undefined && n > max) || taken.has(code)) return;
    r.q.code = code;
    r.unread = false;
    taken.add(code);
  };
  const anchors = run.map((r, i) => ({ r, i })).filter((a) => !a.r.unread);
  if (anchors.length === 0) {
    if (max !== undefined && run.length === max && run.every((r) => r.rank === 2)) run.forEach((r, i) => give(r, i + 1));
    return;
  }
  run.forEach((r, i) => {
    if (!r.unread) return;
    const before = [...anchors].reverse().find((a) => a.i < i);
    const after = anchors.find((a) => a.i > i);
    if (before && after) {
      if (no(after.r) - no(before.r) === after.i - before.i) give(r, no(before.r) + (i - before.i));
    } else if (r.rank === 2 && before) give(r, no(before.r) + (i - before.i));
    else if (r.rank === 2 && after) give(r, no(after.r) - (after.i - i));
    // Still unplaced: the first question of the indicator its row names (the spanning cell's first row).
    if (r.unread && r.indicator) give(r, r.indicator.from);
  });
}

// At or above this likeness a cell names an indicator (OCR noise: "การใช้อานาจ" for การใช้อำนาจ is 0.71).
const INDICATOR_LIKENESS = 0.65;

/** The indicator a row's cell before the code names (by the framework's names), with its questions. */
function indicatorNamed(row: DocRow, shape: TableShape, fw: ItaFramework): { tool: Tool; from: number; to: number } | null {
  for (const c of row.cells.slice(0, shape.codeCol)) {
    if (c.text.length < 4 || !/[\u0E01-\u0E2E]/.test(c.text)) continue;
    const scored = fw.indicators
      .map((d) => ({ no: d.no, sim: Math.max(nameSimilarity(c.text, d.name), ...d.aliases.map((a) => nameSimilarity(c.text, a.name))) }))
      .sort((a, b) => b.sim - a.sim);
    const best = scored[0];
    if (!best || best.sim < INDICATOR_LIKENESS || (scored[1]?.sim ?? 0) > best.sim - 0.3) continue;
    const q = fw.questionSet.indicators.find((x) => x.indicatorNo === best.no);
    if (q) return { tool: q.tool, from: q.codes.from, to: q.codes.to };
  }
  return null;
}

export type QuestionsResult = { questions: QuestionScore[]; conflicts: Conflict[]; provenance: ValueProvenance[] };

/**
 * One question per code: the main table's reading wins (a per-tool or per-indicator list over a theme
 * table, then the first seen); every other table that prints a different score becomes a conflict.
 */
export function parseQuestions(doc: Doc, year: number | null = null): QuestionsResult {
  const reads = readQuestionRows(doc, year);
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
    // Of two main lists, the one that prints the question (the question table proper) over one that only
    // scores its code; then the first seen.
    const main = [...list].sort((a, b) => b.rank - a.rank || Number(b.q.text !== null) - Number(a.q.text !== null))[0]!;
    // A theme table may carry the text a main list lacks; the score stays the main one unless OCR left
    // the main one unreadable, when another table's reading of the same question stands in.
    const text = main.q.text ?? list.find((r) => r.q.text)?.q.text ?? null;
    const scored = main.q.score !== null ? main : list.find((r) => r.q.score !== null) ?? main;
    questions.push({ ...main.q, text, score: scored.q.score, parts: scored.q.parts });
    provenance.push({
      path: `ita.questions[${questions.length - 1}]`,
      page: main.q.page,
      lineIds: rowLineIds(main.row),
      boxes: [main.row.box],
      confidence: main.confidence,
    });
    // An unreadable score is no second reading.
    const others = list.filter((r) => r !== main && r !== scored && r.q.score !== null && r.q.score !== scored.q.score);
    if (others.length > 0) {
      conflicts.push({
        kind: 'question_score',
        tool: main.q.tool,
        code: k,
        kept: { value: scored.q.score, page: scored.q.page, tableId: scored.tableId, text: rowText(scored.row) },
        others: others.map((o) => ({ value: o.q.score, page: o.q.page, tableId: o.tableId, text: rowText(o.row) })),
      });
    }
  }
  return { questions, conflicts, provenance };
}

function toolKey(code: string): Tool {
  return code.startsWith('i') ? 'iit' : code.startsWith('e') ? 'eit' : 'oit';
}
