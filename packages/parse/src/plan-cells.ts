import { parseNumber } from '@lao/thai-text';

// Readers for the cells of e-PlanNACC year tables as they come out of a text layer or of OCR. OCR
// loses tick boxes (or leaves a scrap of them), glues the ลำดับ number onto the title and reads the
// thin มิติ digit with stray marks around it; these readers take what the cell still means.

/** Tick marks a text layer prints in a quarter cell (☑, ✓, `<input checked>`). */
const TICK_MARK = /[☑✓✔☒✗■✅]|checked/i;
/** What an unticked cell may hold: an empty box, a dash, dots, ruling scraps (a slash is a tick written by hand or OCR's ✓). */
const NOT_A_TICK = /^[☐□\s\-–—._·,:;'"`|()[\]]*$/;

/** A cell ticked by a scrap OCR left rather than by a tick mark a text layer prints. */
export function isTickResidue(text: string): boolean {
  return isTicked(text) && !TICK_MARK.test(text);
}

/**
 * A quarter cell of a project row is ticked when it holds a tick mark, or on a scanned page anything
 * OCR left of the mark ("[7", "ท", "NEN"): a project row prints nothing else in its quarter cells.
 */
export function isTicked(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  return TICK_MARK.test(t) || !NOT_A_TICK.test(t);
}

/**
 * The มิติ cell: one digit 1–4, possibly written "มิติที่ 2", with OCR scraps of the ruling beside it
 * ("»2", "2|"). Anything else (letters OCR made of the digit) is unknown.
 */
export function readDimension(text: string): 1 | 2 | 3 | 4 | null {
  const t = text.replace(/^มิติ(?:ที่)?\s*/, '').trim();
  const n = parseNumber(t);
  if (n !== null) return Number.isInteger(n) && n >= 1 && n <= 4 ? (n as 1 | 2 | 3 | 4) : null;
  const m = /^[^\p{L}\p{N}]{0,2}([1-4๑-๔])[^\p{L}\p{N}]{0,2}$/u.exec(t);
  if (!m) return null;
  const d = parseNumber(m[1]!);
  return d === null ? null : (d as 1 | 2 | 3 | 4);
}

/** A ลำดับ cell: a whole number 1–999, ruling scraps around it tolerated ("12|", "(3"). */
export function readRowNo(text: string): number | null {
  const t = text.trim().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const n = parseNumber(t);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 999 ? n : null;
}

// The words a project title opens with; a stray letter OCR put before one is not part of the title.
const OPENER = /^(?:โครงการ|กิจกรรม|มาตรการ)/;

/**
 * A title whose ลำดับ number OCR read into the title cell ("30 ก'กิจกรรม…", "2 โครงการ…"): the number
 * and the scrap of the cell ruling after it ("ก'", a doubled letter before โครงการ/กิจกรรม/มาตรการ) are
 * taken off. Only a number followed by a space is taken: "5ส" or "1)" stay part of the title.
 */
export function splitLeadingNo(title: string): { no: number | null; title: string } {
  const m = /^(\d{1,3})\s+(?=\S)/.exec(title);
  if (!m) return { no: null, title: cleanTitleStart(title) };
  const no = Number(m[1]);
  if (no < 1) return { no: null, title: cleanTitleStart(title) };
  return { no, title: cleanTitleStart(title.slice(m[0].length)) };
}

// An opener word with one letter OCR misread or lost: the leading vowel of โครงการ ("ใครงการ",
// "เครงการ", "ครงการ"), the first consonant of มาตรการ ("ฆาตรการ") or กิจกรรม ("ถิจกรรม").
const NEAR_OPENERS: Array<[RegExp, string]> = [
  [/^[เแใไ]?ครงการ/, 'โครงการ'],
  [/^[ก-ฮ]าตรการ/, 'มาตรการ'],
  [/^[ก-ฮ]ิจกรรม/, 'กิจกรรม'],
];

/**
 * Takes OCR scraps off the start of a title: a letter with an apostrophe ("ใ'"), a stray letter before
 * an opener word; an opener OCR misread by one letter is put right.
 */
export function cleanTitleStart(title: string): string {
  let t = title.replace(/^[\u0E01-\u0E4E]['’‘`]\s*/, '');
  if (!OPENER.test(t) && OPENER.test(t.slice(1))) t = t.slice(1);
  t = t.replace(/^[\s,.;:'"`|]+(?=[\u0E01-\u0E4E])/, '');
  for (const [near, word] of NEAR_OPENERS) if (!OPENER.test(t) && near.test(t)) return t.replace(near, word);
  return t;
}

/** The totals row's label: "รวม", "รวมทั้งสิ้น" (OCR: "รุวมทัง"); a short cell, not a title that says ทั้งหมด. */
export function isTotalText(text: string): boolean {
  if (text.length > 30) return false;
  return /^ร[\u0E34-\u0E3A]?วม/.test(text.trim()) || /ทั้งสิ้น|ทังสิ้น|ทั้งหมด/.test(text);
}

/** A cell of a budget column: an amount ("30,000.00", "0", "20, 000", "15,000 บาท") or a dash for none. */
export function isAmountText(text: string): boolean {
  const t = text.replace(/\s*บาท\s*$/, '').replace(/,\s+/g, ',').trim();
  if (/^[-–—]$/.test(t)) return true;
  return parseNumber(t) !== null && /^[\d๐-๙][\d๐-๙,]*(?:\.[\d๐-๙]{1,2})?$/.test(t);
}

/** A title reduced to its letters: no spaces, quotes, punctuation or tone marks (OCR varies these most). */
export function titleKey(title: string): string {
  return title.normalize('NFC').replace(/[\u0E47-\u0E4C\u0E4E]/g, '').replace(/[^\p{L}\p{N}\u0E31-\u0E3A]/gu, '');
}

/** Dice similarity of two titles' letter pairs (0–1): the same project read twice by OCR scores high. */
export function titleSimilarity(a: string, b: string): number {
  const pairs = (s: string) => {
    const k = titleKey(s);
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < k.length; i++) m.set(k.slice(i, i + 2), (m.get(k.slice(i, i + 2)) ?? 0) + 1);
    return { m, n: Math.max(0, k.length - 1) };
  };
  const x = pairs(a);
  const y = pairs(b);
  if (x.n === 0 || y.n === 0) return 0;
  let common = 0;
  for (const [k, c] of x.m) common += Math.min(c, y.m.get(k) ?? 0);
  return (2 * common) / (x.n + y.n);
}

/** A remark that the project runs the whole year ("ดำเนินการตลอดปีงบประมาณ"; OCR: "ตลอด ปูงบประมาณ"). */
export function isWholeYearRemark(text: string): boolean {
  return /ตลอด\s?(?:ทั้ง)?.{0,6}(?:ปี|งบประมาณ)/.test(text);
}

const THAI_LETTER = /[\u0E01-\u0E2E]/;

/** A token OCR made of a tick, a ruling or a stain: short, no Thai, no capital, some lower-case letter or mark. */
function isScrap(token: string): boolean {
  return token.length <= 3 && !THAI_LETTER.test(token) && !/[A-Z]/.test(token) && /[a-z[\]/|=»«,;:`~_]/.test(token);
}

/**
 * Scraps OCR strewed inside a title read from a scan ("การ [3 a wa a ปฏิบัติ", "โปร่งใส 9/ 5 6 ในการ",
 * "กิจกรรม , \"ควบคุม"): a run of tokens without Thai letters between Thai words (or at the end) goes
 * when it holds such a scrap and no capitalised word. Latin words of a title ("NO Gift Policy",
 * "(E-Service)") and numbers standing alone stay.
 */
export function dropOcrScraps(title: string): string {
  const tokens = title.split(' ');
  const out: string[] = [];
  let run: string[] = [];
  // A run is dropped only after a Thai word: the title's start is cleanTitleStart's.
  const flush = () => {
    const scrap = run.some(isScrap) && run.every((t) => isScrap(t) || /^[\d.]{1,3}$/.test(t));
    if (!(scrap && out.length > 0)) out.push(...run);
    run = [];
  };
  for (const t of tokens) {
    if (THAI_LETTER.test(t)) {
      flush();
      out.push(t);
    } else run.push(t);
  }
  flush();
  return out.join(' ');
}

/**
 * The มิติ digit OCR read into the title cell beside an empty มิติ cell ("โครงการพัฒนาคุณภาพการให้ 2
 * บริการ…"): a lone 1–4 between Thai words, not a number the title means (ที่ 2, ปี 2, รุ่น 2, ครั้งที่ 2).
 */
export function takeStrayDimension(title: string): { dimension: 1 | 2 | 3 | 4 | null; title: string } {
  const m = /(?<=[\u0E01-\u0E4E"”)]) ([1-4]) (?=[\u0E01-\u0E4E"“(])/.exec(title);
  if (!m || /(?:ที่|ปี|รุ่น|ครั้ง|ระยะ|ข้อ|หมู่|ฉบับ|ชั้น|ประเภท|มิติ)$/.test(title.slice(0, m.index))) return { dimension: null, title };
  return { dimension: Number(m[1]) as 1 | 2 | 3 | 4, title: title.slice(0, m.index) + title.slice(m.index + m[0].length) };
}
