import type { Tool } from '@lao/schemas';
import { findNumbers } from '@lao/thai-text';
import { type DocCell, type DocLine, type DocRow, type DocTable, rowLineIds, withNextLine } from './document.model.js';
import { withParagraphRest } from './prose-paragraphs.js';
import type { Mention, ValueProvenance } from './parse-result.schema.js';

// Longest first so "ผ่านดีเยี่ยม" is not read as "ผ่าน".
const THAI_LEVELS = ['ต้องปรับปรุงโดยด่วน', 'ต้องปรับปรุง', 'ผ่านดีเยี่ยม', 'ผ่านดี', 'ไม่ผ่าน', 'ผ่าน'];
const LETTER_LEVELS = ['AA', 'A', 'B', 'C', 'D', 'E', 'F'];
const LEVEL_RE = new RegExp(
  `ระดับ(?:ผลการประเมิน)?\\s?(?:ระดับ|อยู่ใน)?\\s?((?:${THAI_LEVELS.join('|')})|(?:${LETTER_LEVELS.join('|')})(?![A-Za-z]))(?:\\s?(?:หรือ|/)\\s?((?:${THAI_LEVELS.join('|')})|(?:${LETTER_LEVELS.join('|')})(?![A-Za-z])))?`,
  'gu',
);
const TOOL_LINE = /\((IIT|EIT|OIT)\)|\b(IIT|EIT|OIT)\b/;
// A tool named in Thai, for lines whose short code OCR garbled ("…ส่วนเสียภายใน (IM) คะแนนรวม 96.65").
const TOOL_NAMES: Array<[Tool, RegExp]> = [
  ['iit', /ส่วน\s?ได้\s?ส่วน\s?เสีย\s?ภายใน(?!\s?และ)/u],
  ['eit', /ส่วน\s?ได้\s?ส่วน\s?เสีย\s?ภายนอก/u],
  ['oit', /(?:แบบ\s?(?:ตรวจ|วัด))\s?การ\s?เปิดเผย\s?ข้อมูล\s?สาธารณะ/u],
];
const TOTAL_WORD = /คะแนนรวม|ได้คะแนน|คะแนน/u;
// A tool described by its number of items ("แบบวัด…ภายใน (IIT) จำนวน 30 ข้อ"): the framework, not a score.
const TOOL_ITEM_COUNT = /(?:แบบ(?:วัด|ตรวจ)[^()]{0,60})?\((?:IIT|EIT|OIT)\)\s?(?:จำนวน\s?)?\d+\s?ข้อ/gu;

/** The tool a total line names in Thai, with where the name ends; null when it names none or several. */
function toolByThaiName(text: string): { tool: Tool; start: number; end: number } | null {
  const hits = TOOL_NAMES.map(([tool, re]) => ({ tool, m: re.exec(text) })).filter((h) => h.m !== null);
  if (hits.length !== 1) return null;
  const start = hits[0]!.m!.index ?? 0;
  return { tool: hits[0]!.tool, start, end: start + hits[0]!.m![0].length };
}

export type ItaSummary = {
  totalScore: number | null;
  level: string | null;
  tools: Record<Tool, number | null>;
  mentions: Mention[];
  provenance: ValueProvenance[];
};

/** Where the score scoreIn would read ends (the text's length when there is none). */
function scoreEnd(text: string, after: number): number {
  const rest = text.slice(after);
  const n = findNumbers(rest).find((x) => x.value > 0 && x.value <= 100 && /\./.test(x.text));
  return n ? after + rest.indexOf(n.text) + n.text.length : text.length;
}

function scoreIn(text: string, after = 0): number | null {
  const n = findNumbers(text.slice(after)).find((x) => x.value > 0 && x.value <= 100 && /\./.test(x.text));
  return n ? n.value : null;
}

// What marks a statement of the overall result: the whole assessment named, or a total without a tool.
const OVERALL_MARK = /ภาพรวม|\(ITA\)|ITA\)|ผลการประเมินคุณธรรม|ผลการประเมินระดับ|คะแนนรวม/u;
// Longest reach from the start of the line to the score of its sentence (a sentence wrapped over 3–4 lines).
const OVERALL_REACH = 240;

/**
 * The overall score a line states, reading on through its paragraph: a mark of the overall result in the
 * line itself, then the first score (a number with decimals) of the sentence, with no indicator and no
 * tool named before it ("…ของเทศบาลเมือง" / "บ้านไผ่ ได้คะแนนรวม 88.36 คะแนน"; not "(IIT) คะแนนรวม 96.65").
 * `end` is where the score ends in the text.
 */
function overallScore(text: string, own: number): { value: number; end: number } | null {
  const mark = OVERALL_MARK.exec(text);
  if (!mark || (mark.index ?? 0) >= own) return null;
  const n = findNumbers(text).find((x) => x.value > 0 && x.value <= 100 && /\./.test(x.text));
  if (!n) return null;
  const end = text.indexOf(n.text) + n.text.length;
  if (end > Math.max(own, OVERALL_REACH)) return null;
  const before = text.slice(0, end).replace(TOOL_ITEM_COUNT, '');
  if (!(/คะแนน|ร้อยละ/.test(before) || /^\s?คะแนน/.test(text.slice(end))) || /ตัวชี้วัดที่/.test(before) || TOOL_LINE.test(before) || TOOL_NAMES.some(([, re]) => re.test(before))) return null;
  return { value: n.value, end };
}

/** The lines of a paragraph that hold its joined text up to `end`. */
function linesUpTo(lines: DocLine[], end: number): DocLine[] {
  let at = 0;
  const out: DocLine[] = [];
  for (const l of lines) {
    out.push(l);
    at += l.text.length + 1;
    if (at >= end) break;
  }
  return out;
}

/**
 * The overall result as the prose states it ("ภาพรวมได้คะแนนร้อยละ 86.48 คะแนน ระดับ ผ่าน",
 * "มี คะแนน 95.21 คะแนน อยู่ในระดับ A หรือ ผ่านดี") and the per-tool totals ("(IIT) คะแนนรวม 96.65").
 * When two levels are printed, the one of the year's scheme is kept (letters up to 2565, Thai labels after).
 * Totals the prose does not state are read from a table of tool totals among `tables`.
 */
export function parseItaSummary(lines: DocLine[], year: number | null, tables: DocTable[] = []): ItaSummary {
  const tools: Record<Tool, number | null> = { iit: null, eit: null, oit: null };
  const mentions: Mention[] = [];
  const provenance: ValueProvenance[] = [];
  let totalScore: number | null = null;
  let level: string | null = null;
  const paragraphs = withParagraphRest(lines);
  for (const [i, { line, text: t, own }] of withNextLine(lines).entries()) {
    const tm = TOOL_LINE.exec(t);
    const counted = tm !== null && /^\)?\s?(?:จำนวน\s?)?\d+\s?ข้อ/u.test(t.slice((tm.index ?? 0) + tm[0].length));
    if (tm && !counted && (tm.index ?? 0) < own && /คะแนน/.test(t) && !/ตัวชี้วัด/.test(line.text.slice(0, scoreEnd(t, (tm.index ?? 0) + tm[0].length)))) {
      // Each tool the line names takes the score that follows it, before the next tool named
      // ("แบบวัด IIT ได้คะแนนเฉลี่ย 89.30 คะแนน … ส่วนแบบวัด EIT ได้คะแนนเฉลี่ย 86.20 คะแนน").
      const named = [...t.matchAll(new RegExp(TOOL_LINE.source, 'g'))].filter((m) => (m.index ?? 0) < own);
      named.forEach((m, k) => {
        const tool = (m[1] ?? m[2])!.toLowerCase() as Tool;
        const from = (m.index ?? 0) + m[0].length;
        const to = named[k + 1]?.index ?? t.length;
        if (k > 0 && /^\)?\s?(?:จำนวน\s?)?\d+\s?ข้อ/u.test(t.slice(from))) return;
        const v = k === 0 ? scoreIn(t, from) : scoreIn(t.slice(0, to), from);
        if (v !== null && tools[tool] === null) {
          tools[tool] = v;
          provenance.push({ path: `ita.tools.${tool}`, page: line.page, lineIds: [line.id], boxes: [line.box], confidence: line.confidence });
        }
      });
      continue;
    }
    const named = tm ? null : toolByThaiName(t);
    if (named && named.start < own && !/ตัวชี้วัด/.test(line.text) && TOTAL_WORD.test(t.slice(named.end))) {
      const v = scoreIn(t, named.end);
      if (v !== null) {
        if (tools[named.tool] === null) {
          tools[named.tool] = v;
          provenance.push({ path: `ita.tools.${named.tool}`, page: line.page, lineIds: [line.id], boxes: [line.box], confidence: line.confidence });
        }
        continue;
      }
    }
    const levels = [...t.matchAll(LEVEL_RE)].filter((m) => (m.index ?? 0) < own);
    const overall = overallScore(paragraphs[i]!.text, own);
    const isOverall = overall !== null || (/ภาพรวม|\(ITA\)|ITA\)|ผลการประเมินคุณธรรม|ผลการประเมินระดับ/.test(t) && /คะแนน/.test(t) && !/ตัวชี้วัดที่/.test(t));
    if (overall && totalScore === null) {
      totalScore = overall.value;
      const spanned = linesUpTo(paragraphs[i]!.lines, overall.end);
      provenance.push({ path: 'ita.totalScore', page: line.page, lineIds: spanned.map((l) => l.id), boxes: spanned.map((l) => l.box), confidence: line.confidence });
    }
    for (const m of levels) {
      const printed = [m[1], m[2]].filter((x): x is string => !!x);
      for (const p of printed) mentions.push({ kind: 'level', page: line.page, lineId: line.id, text: t, match: m[0], value: p });
      if (level === null && (isOverall || totalScore !== null)) {
        const thai = printed.find((p) => THAI_LEVELS.includes(p));
        const letter = printed.find((p) => LETTER_LEVELS.includes(p));
        level = (year !== null && year <= 2565 ? letter ?? thai : thai ?? letter) ?? null;
        if (level) provenance.push({ path: 'ita.level', page: line.page, lineIds: [line.id], boxes: [line.box], confidence: line.confidence });
      }
    }
  }
  if (totalScore === null) {
    const said = orgOverallScore(lines, paragraphs, year);
    if (said) {
      totalScore = said.value;
      provenance.push({ path: 'ita.totalScore', page: said.line.page, lineIds: said.lines.map((l) => l.id), boxes: said.lines.map((l) => l.box), confidence: said.line.confidence });
      if (level === null && said.level) {
        level = said.level;
        provenance.push({ path: 'ita.level', page: said.line.page, lineIds: [said.line.id], boxes: [said.line.box], confidence: said.line.confidence });
      }
    }
  }
  for (const t of tables) {
    const read = toolTable(t);
    if (!read) continue;
    for (const r of read.tools) {
      if (tools[r.tool] !== null) continue;
      tools[r.tool] = r.value;
      provenance.push(rowProvenance(`ita.tools.${r.tool}`, r.row));
    }
    if (totalScore === null && read.total) {
      totalScore = read.total.value;
      provenance.push(rowProvenance('ita.totalScore', read.total.row));
    }
    if (level === null && read.level) {
      level = read.level.value;
      provenance.push(rowProvenance('ita.level', read.level.row));
    }
  }
  // "ผลการประเมินของเทศบาล…จึงอยู่ในระดับผ่านดี": the result's level in a sentence of its own, once a
  // total is known (from a table), when no sentence stated the two together.
  if (level === null && totalScore !== null) {
    const stated = mentions.find((m) => m.kind === 'level' && resultLevelSentence(m.text, m.match ?? ''));
    const line = stated ? lines.find((l) => l.id === stated.lineId) : undefined;
    if (stated && line) {
      level = stated.value;
      provenance.push({ path: 'ita.level', page: line.page, lineIds: [line.id], boxes: [line.box], confidence: line.confidence });
    }
  }
  return { totalScore, level, tools, mentions, provenance };
}

/** A level stated for the assessment's result: ผลการประเมิน before it, no indicator, tool or question named between. */
function resultLevelSentence(text: string, match: string): boolean {
  const at = text.indexOf(match);
  if (at < 0) return false;
  const before = text.slice(0, at);
  const subject = before.lastIndexOf('ผลการประเมิน');
  if (subject < 0) return false;
  const between = before.slice(subject);
  return !/ตัวชี้วัด|ข้อคำถาม|ข้อที่/u.test(between) && !TOOL_LINE.test(between) && TOOL_NAMES.every(([, re]) => !re.test(between));
}

// The organisation as the subject of a score: "…เทศบาลเมืองกาฬสินธุ์ได้คะแนน 85.26 คะแนน",
// "…องค์การบริหารส่วนตำบลโนนสูงได้คะแนน 83.25 คะแนน ผลการประเมินอยู่ในระดับผ่าน".
const ORG_SCORE = /(?:องค์การบริหารส่วน(?:ตำบล|จังหวัด)|องค์กรบริหารส่วน(?:ตำบล|จังหวัด)|เทศบาล(?:ตำบล|เมือง|นคร)?|อบต\.|ทต\.|ทม\.|ทน\.|อบจ\.)[\u0E00-\u0E7F]{0,30}\s?ได้(?:รับ)?(?:ผล)?คะแนน(?:รวม|ภาพรวม|การประเมิน)?\s?(?:เท่ากับ\s?)?(?:ร้อยละ\s?)?(\d{1,3}\.\d{1,2})(?!\d)\s?(?:คะแนน)?/gu;
const AFTER_REACH = 80;

/**
 * The overall score stated with the organisation as its subject, anywhere in a paragraph (the sentence
 * may come after tool scores in the same paragraph): the score must not be followed by an indicator or
 * tool it would belong to. The level, when the same sentence goes on to state one, comes with it.
 */
function orgOverallScore(
  lines: DocLine[],
  paragraphs: Array<{ text: string; lines: DocLine[] }>,
  year: number | null,
): { value: number; line: DocLine; lines: DocLine[]; level: string | null } | null {
  for (const [i, line] of lines.entries()) {
    const para = paragraphs[i];
    if (!para) continue;
    for (const m of para.text.matchAll(ORG_SCORE)) {
      const at = m.index ?? 0;
      if (at >= line.text.length) break;
      const end = at + m[0].length;
      const after = para.text.slice(end, end + AFTER_REACH);
      const clause = after.split(/\s(?=ซึ่ง|และ|โดย|แต่)/u)[0] ?? after;
      if (/ตัวชี้วัด|ข้อคำถาม/u.test(clause) || TOOL_LINE.test(clause)) continue;
      const value = Number(m[1]);
      if (!(value > 0 && value <= 100)) continue;
      const lm = [...after.matchAll(LEVEL_RE)][0];
      const printed = lm ? [lm[1], lm[2]].filter((x): x is string => !!x) : [];
      const thai = printed.find((p) => THAI_LEVELS.includes(p));
      const letter = printed.find((p) => LETTER_LEVELS.includes(p));
      // Two levels printed: the one of the year's scheme (letters up to 2565), as for the other statements.
      const levelText = (year !== null && year <= 2565 ? letter ?? thai : thai ?? letter) ?? null;
      return { value, line, lines: linesUpTo(para.lines, end), level: levelText };
    }
  }
  return null;
}

function rowProvenance(path: string, row: DocRow): ValueProvenance {
  const conf = row.cells.map((c) => c.number?.confidence ?? null).find((c) => c !== null) ?? null;
  return { path, page: row.page, lineIds: rowLineIds(row), boxes: [row.box], confidence: conf };
}

// A row of the overall score in a table of tool totals ("คะแนนรวม | 88.36", "ภาพรวม (ITA) | 88.36").
// "คะแนนเฉลี่ย" too: a tool table's unnamed last row is the overall score, however the report words it.
const TOTAL_LABEL = /^(?:คะแนน\s?)?(?:รวม|ภาพรวม|เฉลี่ย)|ภาพรวม|\bITA\b/u;

/**
 * A table of tool totals (เครื่องมือการประเมิน | คะแนน): rows of a label naming one tool and a score, for
 * at least two tools, perhaps a total row. A row holds just the two (an indicator or question row also
 * has its number, name or code), and the table names no indicator or question.
 */
function toolTable(
  table: DocTable,
): { tools: Array<{ tool: Tool; value: number; row: DocRow }>; total: { value: number; row: DocRow } | null; level: { value: string; row: DocRow } | null } | null {
  const tools: Array<{ tool: Tool; value: number; row: DocRow }> = [];
  let total: { value: number; row: DocRow } | null = null;
  let level: { value: string; row: DocRow } | null = null;
  const across = toolTableAcross(table);
  if (across) return across;
  for (const row of table.rows) {
    const cells = row.cells.filter((c) => c.text !== '');
    if (cells.length !== 2) continue;
    const [label, score] = cells as [DocCell, DocCell];
    // "ระดับผลการประเมิน | A": the level of the overall score, a letter or a Thai label alone in its cell.
    if (/^ระดับ/u.test(label.text) && (LETTER_LEVELS.includes(score.text.trim()) || THAI_LEVELS.includes(score.text.trim()))) {
      level ??= { value: score.text.trim(), row };
      continue;
    }
    // A head row ("ตัวชี้วัด | คะแนน") over indicator rows, then tool totals, is one summary table.
    if (!score.number && label.number === null) continue;
    if (label.number !== null || /ตัวชี้วัด|คำถาม/.test(label.text)) return null;
    if (!score.number || score.number.value < 0 || score.number.value > 100) continue;
    const named = toolsNamed(label.text);
    if (named.length === 1) tools.push({ tool: named[0]!, value: score.number.value, row });
    else if (named.length === 0 && TOTAL_LABEL.test(label.text) && !total) total = { value: score.number.value, row };
  }
  return new Set(tools.map((t) => t.tool)).size >= 2 ? { tools, total, level } : null;
}

type ToolTable = NonNullable<ReturnType<typeof toolTable>>;

/**
 * Tool totals printed across: a head row naming one tool per cell (IIT | EIT | OIT | คะแนนภาพรวม | ระดับ…),
 * the scores in the same columns of the next row.
 */
function toolTableAcross(table: DocTable): ToolTable | null {
  for (const [i, head] of table.rows.entries()) {
    const values = table.rows[i + 1];
    if (!values) break;
    const out: ToolTable = { tools: [], total: null, level: null };
    head.cells.forEach((h, c) => {
      const v = values.cells[c];
      if (!v || h.number !== null) return;
      const named = toolsNamed(h.text);
      const score = v.number !== null && v.number.value >= 0 && v.number.value <= 100 ? v.number.value : null;
      if (named.length === 1 && score !== null) out.tools.push({ tool: named[0]!, value: score, row: values });
      else if (named.length === 0 && score !== null && (TOTAL_LABEL.test(h.text) || /^คะแนน/u.test(h.text)) && !/ตัวชี้วัด|คำถาม/.test(h.text)) out.total ??= { value: score, row: values };
      else if (/^ระดับ/u.test(h.text) && (LETTER_LEVELS.includes(v.text.trim()) || THAI_LEVELS.includes(v.text.trim()))) out.level ??= { value: v.text.trim(), row: values };
    });
    if (new Set(out.tools.map((t) => t.tool)).size >= 2) return out;
  }
  return null;
}

/** Every tool a text names, by its short code or its Thai name. */
function toolsNamed(text: string): Tool[] {
  const out = new Set<Tool>();
  for (const m of text.matchAll(/\b(IIT|EIT|OIT)\b/g)) out.add(m[1]!.toLowerCase() as Tool);
  for (const [tool, re] of TOOL_NAMES) if (re.test(text)) out.add(tool);
  return [...out];
}
