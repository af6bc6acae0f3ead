import { createFlag, type Evidence, type Flag } from '@lao/schemas';
import { NAME_VARIANT_THRESHOLD, compactThaiName, nameSimilarity, parseOrgName, toneInsensitiveKey } from '@lao/thai-text';
import type { CheckContext } from '../check-context.js';
import type { CheckMention } from '../check-input.schema.js';
import { uniqueBy } from '../format.js';

// An unfilled template slot ("สำนักงานเทศบาล/องค์การบริหารส่วนตำบล…..") beside a foreign name is
// more evidence of the same copy-paste.
const PLACEHOLDER = /(?:เทศบาล|องค์การบริหารส่วน(?:ตำบล|จังหวัด))\s*(?:\.{2,}|…)/u;

type Judged = { mention: CheckMention; core: string; spelling: string; same: boolean; /** OCR's imperfect reading of the primary name itself: not a spelling of the document. */ misread: boolean };

// Below the variant threshold but this close, a name that is no real place is still this
// organisation misspelled (กระเจา for กระจาย); a real place's name never is.
const LOOSE_SAME = 0.4;
// Law text names LAO types generically ("องค์การบริหารส่วนตำบลมีอำนาจหน้าที่", "เมืองพัทยา"):
// a "name" that starts with a function word, or a special LAO, is no copied organisation.
const NOT_A_NAME = /^(?:มี|ซึ่ง|ที่|และ|หรือ|ให้|ได้|ต้อง|ทุก|แห่ง|ใน|จะ|เป็น|นั้น|นี้|ดังกล่าว)/u;
const SPECIAL_LAO = new Set(['พัทยา', 'เมืองพัทยา', 'กรุงเทพมหานคร']);
// Letters that may continue a name past what the parser cut: Thai, or a misread glyph of another script.
const NAME_CHAR = /[\u0E01-\u0E4E\u0900-\u097F]/u;

/** The mention's name run on in its line, so a name the parser cut at a foreign glyph (มะรุือโบटक) is whole. */
function writtenOf(m: CheckMention): string {
  const at = m.text.indexOf(m.match);
  if (at < 0) return m.match;
  let end = at + m.match.length;
  while (end < m.text.length && NAME_CHAR.test(m.text[end] ?? '')) end++;
  return m.text.slice(at, end);
}

// Marks OCR drops from above a letter (tone marks, maitaikhu, thanthakhat): a reading without them is
// the printed name read imperfectly, not another spelling in the print.
const DROPPABLE = /[\u0E47-\u0E4C]/u;
// A vowel or mark OCR repeats where it splits a word at a space ("มะ ะรือโบตก").
const REPEATABLE = /[\u0E30-\u0E3A\u0E40-\u0E4E]/u;

/** Whether `core` is `primary` with only marks of DROPPABLE left out. */
function dropsMarksOnly(core: string, primary: string): boolean {
  const a = [...primary];
  const b = [...core];
  if (b.length >= a.length) return false;
  let j = 0;
  for (const ch of a) {
    if (j < b.length && ch === b[j]) j++;
    else if (!DROPPABLE.test(ch)) return false;
  }
  return j === b.length;
}

/**
 * The name run on past a space OCR put inside it ("เทศบาลตำบลมะ ะรือโบตก"), when the next word
 * completes the name: a glyph repeated at the split is read once. Null when there is no such word.
 */
function joinedAcrossSpace(m: CheckMention, written: string): string | null {
  const at = m.text.indexOf(written);
  if (at < 0) return null;
  const next = /^ ([\u0E01-\u0E4E]+)/u.exec(m.text.slice(at + written.length))?.[1];
  if (!next) return null;
  const last = written[written.length - 1] ?? '';
  return last === next[0] && REPEATABLE.test(last) ? written + next.slice(1) : written + next;
}

/** Whether the page was read by OCR (the Report's page list, else the page text's own method). */
function isOcrPage(ctx: CheckContext, page: number): boolean {
  const r = ctx.report.pages.find((p) => p.no === page);
  if (r) return r.method === 'ocr';
  return ctx.pages.find((p) => p.page === page)?.method === 'ocr';
}

/** Whether the mention's own line ends on its kind prefix, so all of the "name" comes from the next line. */
function endsOnBareType(m: CheckMention): boolean {
  const kind = parseOrgName(m.match)?.full;
  const core = parseOrgName(m.match)?.core;
  if (!kind || !core) return false;
  const line = m.text.replace(/\s+/gu, '').replace(/องค์กร(?=บริหารส่วน)/gu, 'องค์การ');
  const prefix = kind.slice(0, kind.length - core.length);
  return line.endsWith(prefix) || /(?:อบต|ทต|ทม|ทน|อบจ)\.$/u.test(line);
}

/** Whether the mention's line was read by OCR below the configured confidence. */
function illRead(ctx: CheckContext, m: CheckMention): boolean {
  if (!isOcrPage(ctx, m.page)) return false;
  const c = ctx.pages.find((p) => p.page === m.page)?.lines.find((l) => l.text === m.text)?.confidence;
  return c !== null && c !== undefined && c < ctx.config.lowOcrConfidence;
}

/**
 * The mention's line, run on into the next lines when the name wraps onto them, so the evidence
 * shows the whole name ("…ขององค์การบริหาร" / "ส่วนตำบลกระจ่าย").
 */
function evidenceText(ctx: CheckContext, m: CheckMention): string {
  const squash = (t: string): string => t.replace(/\s+/gu, '');
  const want = squash(m.match);
  if (squash(m.text).includes(want)) return m.text;
  const lines = ctx.pages.find((p) => p.page === m.page)?.lines ?? [];
  const i = lines.findIndex((l) => l.text === m.text);
  if (i < 0) return m.text;
  for (let n = 1; n <= 2 && i + n < lines.length; n++) {
    const text = lines.slice(i, i + n + 1).map((l) => l.text).join(' ');
    if (squash(text).includes(want)) return text;
  }
  return m.text;
}

/**
 * The core as this organisation's name when it runs into the following words
 * ("กระจ่ายมอบหมาย"): the prefix of about the primary name's length that is closest to it.
 */
function trimToName(core: string, primaryCore: string): string {
  const chars = [...core];
  const len = [...primaryCore].length;
  if (chars.length <= len) return core;
  let best = core;
  let bestSim = nameSimilarity(core, primaryCore);
  for (let n = Math.max(1, len - 2); n <= Math.min(chars.length, len + 2); n++) {
    const prefix = chars.slice(0, n).join('');
    const sim = nameSimilarity(prefix, primaryCore);
    if (sim > bestSim) [best, bestSim] = [prefix, sim];
  }
  return best;
}

/** Spelling key: the full name as written, so "องค์กร…" stays apart from "องค์การ…" (both are listed). */
function spellingOf(m: CheckMention, core: string): string {
  const parsed = parseOrgName(m.value) ?? parseOrgName(m.match);
  const kind = parsed?.full ? parsed.full.slice(0, parsed.full.length - parsed.core.length) : '';
  const kr = /องค์กร/u.test(m.match) ? kind.replace(/^องค์การ/u, 'องค์กร') : kind;
  return `${kr}${core}`;
}

function foreignPlace(ctx: CheckContext, core: string): string | null {
  const where = ctx.gazetteer.whereIsSubdistrict(core);
  if (where.length === 1 && where[0]) return where[0].province.name;
  const d = ctx.gazetteer.findDistrict(core).filter((m) => m.kind === 'exact' || m.kind === 'normalised');
  return d.length === 1 && d[0] ? d[0].place.province.name : null;
}

/**
 * ORG_NAME_VARIANT (one per report, listing every other spelling of this organisation) and
 * ORG_NAME_MISMATCH (one per other organisation's name). The parser's judgement (`relation`) is
 * used when present; the gazetteer then breaks ties: a spelling that is a real subdistrict's name
 * other than ours is a different organisation, however close it looks.
 */
export function orgNameRule(ctx: CheckContext): Flag[] {
  const primary = ctx.report.org.name;
  if (!primary) return [];
  const primaryCore = parseOrgName(primary)?.core ?? compactThaiName(primary);
  const judged: Judged[] = [];
  const isReal = (core: string): boolean =>
    core !== primaryCore &&
    toneInsensitiveKey(core) !== toneInsensitiveKey(primaryCore) &&
    (ctx.gazetteer.isRealSubdistrictName(core) || ctx.gazetteer.findDistrict(core).some((d) => d.kind !== 'fuzzy'));
  for (const m of ctx.mentions.filter((x) => x.kind === 'org')) {
    const writtenText = writtenOf(m);
    const written = parseOrgName(writtenText)?.core ?? parseOrgName(m.value)?.core;
    if (!written || NOT_A_NAME.test(written) || SPECIAL_LAO.has(written)) continue;
    let core = trimToName(written, primaryCore);
    let sim = core === primaryCore ? 1 : nameSimilarity(core, primaryCore);
    // OCR put a space inside the name: the next word completes it when that reads closer to ours.
    const joined = sim < 1 && !isReal(core) ? joinedAcrossSpace(m, writtenText) : null;
    const joinedCore = joined ? parseOrgName(joined)?.core : undefined;
    if (joinedCore) {
      const trimmed = trimToName(joinedCore, primaryCore);
      const s2 = trimmed === primaryCore ? 1 : nameSimilarity(trimmed, primaryCore);
      if (s2 > sim && s2 >= NAME_VARIANT_THRESHOLD) [core, sim] = [trimmed, s2];
    }
    const real = isReal(core);
    // A name cut short (a line or column end) is no other organisation: nothing of another name is left.
    if (!real && core.length >= 2 && core.length < primaryCore.length && primaryCore.startsWith(core)) continue;
    // The parser's 'other' is revisited: it cannot know which names are real places.
    const same = !real && (sim >= NAME_VARIANT_THRESHOLD || (m.relation !== 'other' && m.relation !== undefined) || (sim >= LOOSE_SAME && core.slice(0, 2) === primaryCore.slice(0, 2)));
    const misread = same && isOcrPage(ctx, m.page) && dropsMarksOnly(core, primaryCore);
    // A name no gazetteer knows, on a line OCR read with low confidence, is unreadable, not evidence of a copy.
    if (!same && !real && illRead(ctx, m)) continue;
    // A line ending on the bare type ("ความเห็นปลัดองค์การบริหารส่วนตำบล") names the post, not an
    // organisation: the next line ("เห็นควรอนุมัติ") is no name unless the gazetteer knows it.
    if (!same && !real && endsOnBareType(m)) continue;
    judged.push({ mention: m, core, spelling: spellingOf(m, core), same, misread });
  }
  const flags: Flag[] = [];

  const variants = uniqueBy(
    judged.filter((j) => j.same && !j.misread && j.spelling !== primary),
    (j) => j.spelling,
  );
  if (variants.length > 0) {
    const list = variants.map((j) => `"${j.spelling}"`).join(', ');
    const evidence: Evidence[] = variants.map((j) => ({ page: j.mention.page, text: evidenceText(ctx, j.mention) }));
    flags.push(
      createFlag(
        'ORG_NAME_VARIANT',
        `พบชื่อ${primary}สะกดเป็น ${list} ในบางหน้า ซึ่งหมายถึงหน่วยงานเดียวกัน ควรแก้ไขให้สะกดถูกต้องตรงกันทั้งฉบับ`,
        `The name of ${primary} is spelled differently in the document: ${list}; all refer to the same organisation.`,
        evidence,
      ),
    );
  }

  const foreign = new Map<string, Judged[]>();
  for (const j of judged.filter((x) => !x.same)) foreign.set(j.core, [...(foreign.get(j.core) ?? []), j]);
  for (const [core, list] of foreign) {
    const first = list[0] as Judged;
    const where = foreignPlace(ctx, core);
    const whereTh = where ? ` ซึ่งเป็นชื่อพื้นที่ในจังหวัด${where}` : '';
    const whereEn = where ? `, a place in ${where} province` : '';
    const evidence: Evidence[] = uniqueBy(
      list.map((j) => ({ page: j.mention.page, text: evidenceText(ctx, j.mention) })),
      (e) => `${e.page}|${e.text}`,
    );
    for (const page of new Set(evidence.map((e) => e.page))) {
      const hole = ctx.pages.find((p) => p.page === page)?.lines.find((l) => PLACEHOLDER.test(l.text));
      if (hole && !evidence.some((e) => e.text === hole.text)) evidence.push({ page, text: hole.text });
    }
    const pages = [...new Set(evidence.map((e) => e.page))].join(', ');
    flags.push(
      createFlag(
        'ORG_NAME_MISMATCH',
        `ชื่อหน่วยงานในหน้า ${pages} (${first.spelling}${whereTh}) ไม่ตรงกับชื่อหน่วยงานที่จัดทำรายงาน (${primary}) อาจคัดลอกมาจากเอกสารของหน่วยงานอื่น`,
        `Page ${pages} names another organisation (${first.spelling}${whereEn}) where the reporting organisation (${primary}) is meant; probably copied from another organisation's document.`,
        evidence,
      ),
    );
  }
  return flags;
}
