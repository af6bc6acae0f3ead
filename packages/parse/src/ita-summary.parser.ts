import type { Tool } from '@lao/schemas';
import { findNumbers } from '@lao/thai-text';
import { type DocLine, withNextLine } from './document.model.js';
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

function scoreIn(text: string, after = 0): number | null {
  const n = findNumbers(text.slice(after)).find((x) => x.value > 0 && x.value <= 100 && /\./.test(x.text));
  return n ? n.value : null;
}

/**
 * The overall result as the prose states it ("ภาพรวมได้คะแนนร้อยละ 86.48 คะแนน ระดับ ผ่าน",
 * "มี คะแนน 95.21 คะแนน อยู่ในระดับ A หรือ ผ่านดี") and the per-tool totals ("(IIT) คะแนนรวม 96.65").
 * When two levels are printed, the one of the year's scheme is kept (letters up to 2565, Thai labels after).
 */
export function parseItaSummary(lines: DocLine[], year: number | null): ItaSummary {
  const tools: Record<Tool, number | null> = { iit: null, eit: null, oit: null };
  const mentions: Mention[] = [];
  const provenance: ValueProvenance[] = [];
  let totalScore: number | null = null;
  let level: string | null = null;
  for (const { line, text: t, own } of withNextLine(lines)) {
    const tm = TOOL_LINE.exec(t);
    if (tm && (tm.index ?? 0) < own && /คะแนน/.test(t) && !/ตัวชี้วัด/.test(line.text)) {
      const tool = (tm[1] ?? tm[2])!.toLowerCase() as Tool;
      const v = scoreIn(t, (tm.index ?? 0) + tm[0].length);
      if (v !== null && tools[tool] === null) {
        tools[tool] = v;
        provenance.push({ path: `ita.tools.${tool}`, page: line.page, lineIds: [line.id], boxes: [line.box], confidence: line.confidence });
      }
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
    const isOverall = /ภาพรวม|\(ITA\)|ITA\)|ผลการประเมินคุณธรรม|ผลการประเมินระดับ/.test(t) && /คะแนน/.test(t) && !/ตัวชี้วัดที่/.test(t);
    if (isOverall && totalScore === null) {
      const v = scoreIn(t);
      if (v !== null) {
        totalScore = v;
        provenance.push({ path: 'ita.totalScore', page: line.page, lineIds: [line.id], boxes: [line.box], confidence: line.confidence });
      }
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
  return { totalScore, level, tools, mentions, provenance };
}
