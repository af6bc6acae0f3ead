import { thaiDigitsToAscii } from './digits.js';
import { repairThai } from './thai-unicode.repair.js';

export type ItaTool = 'iit' | 'eit' | 'oit';
export type QuestionCode = { tool: ItaTool; no: number; code: string };

const PREFIX: Record<ItaTool, string> = { iit: 'i', eit: 'e', oit: 'o' };
// The largest question numbers any ITA year used (2563–2565: i30, e15, o43). Beyond is garbage.
export const MAX_QUESTION_NO: Readonly<Record<ItaTool, number>> = { iit: 30, eit: 15, oit: 43 };

const THAI_DIGITS = /^[\u0E50-\u0E59]+$/u;
const ANY_DIGITS = /^[0-9\u0E50-\u0E59]+$/u;

function make(tool: ItaTool, digits: string): QuestionCode | null {
  const no = Number(thaiDigitsToAscii(digits));
  if (!Number.isInteger(no) || no < 1 || no > MAX_QUESTION_NO[tool]) return null;
  return { tool, no, code: `${PREFIX[tool]}${no}` };
}

/**
 * A question code as printed or as OCR reads it: "i1", "1๑" and "l1" (i1), "I5", "1๑๕" (i15),
 * "E๑"/"e๗" (EIT), "0๑", "O๒๒", "o๒๑", "๐๒๑" (OIT), "ข้อ 1๑๐" (i10), "EIT 1", "OIT-12". A bare number ("๑๐") is
 * read only when ctx.tool says which tool's table it is in. Ambiguity rules: an ASCII "1" before
 * Thai digits is the letter i; a leading 0, ๐ or O is the letter o (a zero-padded number in a
 * table ctx marks as IIT or EIT stays in that tool).
 */
export function parseQuestionCode(s: string, ctx: { tool?: ItaTool } = {}): QuestionCode | null {
  let t = repairThai(s).trim();
  t = t.replace(/^ข้อ(?:ที่)?\s*/u, '').replace(/[.)\]:]+$/u, '').replace(/\s+/gu, '');
  if (!t) return null;
  // The tool spelled out before the number: "EIT 1", "IIT-12", "OIT๓".
  const named = /^(IIT|EIT|OIT)[-.]?([0-9\u0E50-\u0E59]+)$/iu.exec(t);
  if (named) return make(named[1]!.toLowerCase() as ItaTool, named[2]!);
  const head = t[0] ?? '';
  const rest = t.slice(1);
  if ('iIlｉＩ|'.includes(head) && ANY_DIGITS.test(rest)) return make('iit', rest);
  if (head === '1' && THAI_DIGITS.test(rest)) return make('iit', rest);
  if ('eEＥｅ'.includes(head) && ANY_DIGITS.test(rest)) return make('eit', rest);
  if ('oOＯｏ'.includes(head) && ANY_DIGITS.test(rest)) return make('oit', rest);
  if (!ANY_DIGITS.test(t)) return null;
  if (head === '0' || head === '๐') {
    if (ctx.tool === 'iit' || ctx.tool === 'eit') return make(ctx.tool, t);
    return rest ? make('oit', rest) : null;
  }
  return ctx.tool ? make(ctx.tool, t) : null;
}

export type CodeRepair = { index: number; from: string; to: string };

function oneDigitApart(a: number, b: number): { apart: boolean; lastDigit: boolean } {
  const x = String(a);
  const y = String(b);
  if (x.length !== y.length) return { apart: false, lastDigit: false };
  const diffs = [...x].flatMap((c, i) => (c === y[i] ? [] : [i]));
  return { apart: diffs.length === 1, lastDigit: diffs[0] === x.length - 1 };
}

/**
 * Repairs OCR digit misreadings in a run of question codes by their sequence, as in seed 001
 * where i9 is followed by "1๒๐".."1๒๕" (read i20..i25, meaning i10..i15). A code is rewritten
 * to the expected next number only when they differ in exactly one digit and the misreading is
 * plausible: a tens (not units) digit, a number going backwards, or one above opts.maxNo for its
 * tool. Other gaps are left alone: reports do skip questions. Nulls (rows without a code) are kept.
 */
export function repairCodeSequence(
  codes: ReadonlyArray<QuestionCode | null>,
  opts: { maxNo?: Partial<Record<ItaTool, number>> } = {},
): { codes: Array<QuestionCode | null>; changed: CodeRepair[] } {
  const out: Array<QuestionCode | null> = [];
  const changed: CodeRepair[] = [];
  let prev: QuestionCode | null = null;
  codes.forEach((c, index) => {
    if (!c) {
      out.push(null);
      return;
    }
    let fixed = c;
    if (prev && prev.tool === c.tool && c.no !== prev.no + 1) {
      const expected = prev.no + 1;
      const { apart, lastDigit } = oneDigitApart(c.no, expected);
      const max = opts.maxNo?.[c.tool];
      const implausible = !lastDigit || c.no <= prev.no || (max !== undefined && c.no > max);
      if (apart && implausible) {
        fixed = { tool: c.tool, no: expected, code: `${PREFIX[c.tool]}${expected}` };
        changed.push({ index, from: c.code, to: fixed.code });
      }
    }
    out.push(fixed);
    prev = fixed;
  });
  return { codes: out, changed };
}
