import type { OrgKind } from '@lao/schemas';
import { type DocLine, withNextLine } from './document.model.js';

/** One place the text names a local government organisation, as written. */
export type OrgMention = {
  line: DocLine;
  /** The span as written, spaces removed, e.g. "องค์กรบริหารส่วนตำบลขอนแก่น", "อบต.กระจ่าย". */
  written: string;
  kind: OrgKind;
  core: string;
  /** The Thai letters after the prefix up to the next space or non-Thai character. */
  rawCore: string;
  /** The core ended at a space, punctuation or the end of the line (not cut out of running text). */
  clean: boolean;
  /** Set when the name ran on into the next line: the part on the mention's own line. */
  lineCore?: string;
};

// Kind prefixes as printed, with the spaces line wraps leave inside them.
const PREFIXES: Array<{ re: string; kind: OrgKind }> = [
  { re: 'องค์\\s?(?:การ|กร)\\s?บริหาร\\s?ส่วน\\s?ตำบล', kind: 'sao' },
  { re: 'องค์\\s?(?:การ|กร)\\s?บริหาร\\s?ส่วน\\s?จังหวัด', kind: 'pao' },
  { re: 'เทศบาล\\s?ตำบล', kind: 'subdistrict_municipality' },
  { re: 'เทศบาล\\s?เมือง', kind: 'town_municipality' },
  { re: 'เทศบาล\\s?นคร', kind: 'city_municipality' },
  { re: 'อบต\\.', kind: 'sao' },
  { re: 'ทต\\.', kind: 'subdistrict_municipality' },
  { re: 'ทม\\.', kind: 'town_municipality' },
  { re: 'ทน\\.', kind: 'city_municipality' },
  { re: 'อบจ\\.', kind: 'pao' },
];
// A core is Thai letters, with look-alike letters of other scripts OCR puts inside Thai words (seed 001 "มะรุือโบटक").
const ORG_RE = new RegExp(`(${PREFIXES.map((p) => p.re).join('|')})\\s?([\\u0E01-\\u0E4E][\\u0E01-\\u0E4E\\u0900-\\u097F\\u0E81-\\u0EDF]*)`, 'gu');
const THAI_LETTER = /[\u0E01-\u0E4E]/u;

// Words that follow an organisation's name in running text; a core is cut before them (never at its start).
const FOLLOWERS = [
  'อำเภอ', 'จังหวัด', 'ประจำปี', 'ประจำ', 'ได้', 'จึง', 'ดังนี้', 'ด้วย', 'เพื่อ', 'และ', 'หรือ', 'ซึ่ง',
  'ที่', 'ของ', 'โดย', 'เป็น', 'จะ', 'ให้', 'กับ', 'แล้ว', 'ต่อ', 'ตาม', 'ทราบ', 'เรื่อง', 'มีการ', 'มี', 'ใน',
];
// Cores that are not names: the generic term, a placeholder, a function word after a bare prefix.
const NOT_A_NAME = /^(?:ปกครอง|และ|หรือ|ของ|ที่|ใน|เพื่อ|ได้|ซึ่ง|ทุก|แห่ง|นั้น|นี้|ดังกล่าว)/u;

function prefixKind(prefix: string): OrgKind {
  const p = prefix.replace(/\s/g, '');
  for (const { re, kind } of PREFIXES) if (new RegExp(`^${re}$`, 'u').test(p)) return kind;
  return 'sao';
}

export function cutCore(core: string): string {
  let cut = core.length;
  for (const w of FOLLOWERS) {
    const i = core.indexOf(w, 2);
    if (i >= 2 && i < cut) cut = i;
  }
  return core.slice(0, cut);
}

/**
 * Whether the joined next line is the tail of a wrapped name and nothing else but punctuation: a
 * line of one Thai word right under a name cut at the line's end finishes that name (a following
 * sentence would go on with more words).
 */
function onlyTail(nextText: string, tail: string): boolean {
  const rest = nextText.replace(/^\s+/u, '');
  if (!tail || !rest.startsWith(tail)) return false;
  return /^[\s"'”“’)\].,:;!?-]*$/u.test(rest.slice(tail.length));
}

export function findOrgMentions(lines: DocLine[]): OrgMention[] {
  const out: OrgMention[] = [];
  for (const { line, text, own } of withNextLine(lines)) {
    for (const m of text.matchAll(ORG_RE)) {
      if ((m.index ?? 0) >= own) continue;
      const prefix = m[1]!;
      const rawCore = m[2]!;
      const after = text.slice((m.index ?? 0) + m[0].length);
      if (NOT_A_NAME.test(rawCore)) continue;
      const core = cutCore(rawCore);
      if (core.length < 2) continue;
      const clean = core === rawCore && (after === '' || !THAI_LETTER.test(after[0]!));
      const end = (m.index ?? 0) + m[0].length;
      let lineCore = end > own ? rawCore.slice(0, Math.max(0, rawCore.length - (end - own))) : undefined;
      // The next line holds nothing but the rest of the name ("…ตำบลกระ" / "จ่าย\""): the name is whole.
      if (lineCore !== undefined && clean && lineCore.length >= 1 && onlyTail(text.slice(own), rawCore.slice(lineCore.length))) lineCore = undefined;
      out.push({ line, written: (prefix + core).replace(/\s/g, ''), kind: prefixKind(prefix), core, rawCore, clean: clean && lineCore === undefined, ...(lineCore !== undefined ? { lineCore } : {}) });
    }
  }
  return out;
}

export const KIND_FULL_PREFIX: Record<OrgKind, string> = {
  sao: 'องค์การบริหารส่วนตำบล',
  subdistrict_municipality: 'เทศบาลตำบล',
  town_municipality: 'เทศบาลเมือง',
  city_municipality: 'เทศบาลนคร',
  pao: 'องค์การบริหารส่วนจังหวัด',
};

export type PlaceMention = { line: DocLine; kind: 'district' | 'province'; written: string; name: string };

const PLACE_RE = /(อำเภอ|อ\.|จังหวัด|จ\.)\s?([\u0E01-\u0E4E]+)/gu;

export function findPlaceMentions(lines: DocLine[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const joined of withNextLine(lines)) {
    const { line, own } = joined;
    // A place name is read from its own line, unless the line ends on the prefix ("… จังหวัด" / "ยโสธร").
    const text = /(อำเภอ|อ\.|จังหวัด|จ\.)\s?$/u.test(line.text) ? joined.text : line.text;
    for (const m of text.matchAll(PLACE_RE)) {
      if ((m.index ?? 0) >= own) continue;
      const prefix = m[1]!;
      let name = m[2]!;
      if (NOT_A_NAME.test(name)) continue;
      // "อำเภอเกษตรวิสัยจังหวัดร้อยเอ็ด" without a space: the province starts a new mention.
      const j = name.search(/จังหวัด|อำเภอ/u);
      if (j >= 2) name = name.slice(0, j);
      name = cutCore(name);
      if (name.length < 2) continue;
      const kind = prefix.startsWith('อ') ? 'district' : 'province';
      // The province of an อบจ. is named by the organisation, not by "จังหวัด" alone.
      if (kind === 'province' && /ส่วน\s?$/u.test(text.slice(0, m.index ?? 0))) continue;
      out.push({ line, kind, written: (prefix + name).replace(/\s/g, ''), name });
    }
  }
  return out;
}
