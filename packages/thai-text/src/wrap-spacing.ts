import { isThaiWordChar } from './thai-chars.js';
import { segmentWords } from './word-segmenter.js';

// Words that bind to what follows, so a phrase never ends on them: a space after one is a wrap
// ("ของ หน่วยงาน", "ป้องกันการ ทุจริต", "ไม่ เป็นธรรม", "ปฏิบัติตาม มาตรฐาน" in seed 000).
// Not ที่ or แห่ง: they end phrases as "No." in letter references ("ที่ นร ...") and as a classifier.
const NEVER_ENDS_PHRASE = new Set(['ของ', 'ความ', 'ไม่', 'ซึ่ง', 'โดย', 'แก่', 'เพื่อ', 'กับ', 'และ', 'หรือ', 'ใน', 'จาก', 'ต่อ', 'ตาม', 'ทั้ง']);
// การ also ends verb compounds the dictionary lacks ("ดำเนินการ", "สั่งการ"), so it binds only
// after a function word ("ในการ ปรับปรุง") or alone.
const FUNCTION_WORDS = new Set([...NEVER_ENDS_PHRASE, 'ผ่าน', 'ด้วย', 'ถึง', 'สำหรับ', 'หรือ', 'ว่า']);
// Words that attach to what precedes, so a phrase never starts with them.
// Not ๆ: the Royal Institute rule writes "ต่าง ๆ" with a space before it.
const NEVER_STARTS_PHRASE = new Set(['ของ', 'ฯ']);
const NOMINALISERS = new Set(['การ', 'ความ']);
// Two-word endings in which a binding word closes the phrase: "…หรือไม่ ตลอดจน", "…ก็ตาม แต่".
const PHRASE_FINAL_PAIRS = new Set(['หรือ ไม่', 'ก็ ตาม']);
// Enough context for the longest dictionary words either side of the space.
const CONTEXT = 24;

function thaiRunBefore(s: string, end: number): string {
  let i = end;
  while (i > 0 && end - i < CONTEXT && isThaiWordChar(s[i - 1] ?? '')) i--;
  return s.slice(i, end);
}

function thaiRunAfter(s: string, start: number): string {
  let i = start;
  while (i < s.length && i - start < CONTEXT && isThaiWordChar(s[i] ?? '')) i++;
  return s.slice(start, i);
}

/** Why a space between two Thai runs is judged a wrap, or null to keep it. */
export function wrapSpaceReason(left: string, right: string): 'word_across' | 'binder_before' | 'binder_after' | null {
  if (!left || !right) return null;
  const cut = left.length;
  const leftWords = segmentWords(left);
  const rightWords = segmentWords(right);
  // A dictionary word runs across the space ("ดำเนิน การ", "องค์การ บริหารส่วนตำบล") and starts
  // and ends where each side's own words do. The second condition rejects accidental words such
  // as "งานการ" in "ปฏิบัติงาน การให้บริการ", which would cut ปฏิบัติงาน in two.
  const leftStarts = new Set(leftWords.map((w) => w.start));
  const rightEnds = new Set(rightWords.map((w) => w.end + cut));
  const first = rightWords[0];
  // "หน่วยงาน การปรับปรุง": การ/ความ opening a longer right side starts a new noun phrase, so a
  // word made by gluing it to the left ("งานการ") is an accident, unlike "ดำเนิน การ".
  const nominalStart = first !== undefined && NOMINALISERS.has(first.text) && rightWords.length > 1;
  const across = segmentWords(left + right).some(
    (w) =>
      w.known &&
      w.start < cut &&
      w.end > cut &&
      leftStarts.has(w.start) &&
      rightEnds.has(w.end) &&
      !(nominalStart && w.end === cut + (first?.end ?? 0)),
  );
  if (across) return 'word_across';
  const last = leftWords[leftWords.length - 1];
  const beforeLast = leftWords[leftWords.length - 2];
  const closesPhrase = beforeLast !== undefined && last !== undefined && PHRASE_FINAL_PAIRS.has(`${beforeLast.text} ${last.text}`);
  if (last && NEVER_ENDS_PHRASE.has(last.text) && !closesPhrase) return 'binder_before';
  if (last?.text === 'การ' && (!beforeLast || FUNCTION_WORDS.has(beforeLast.text))) return 'binder_before';
  if (first && NEVER_STARTS_PHRASE.has(first.text)) return 'binder_after';
  return null;
}

/**
 * Removes spaces that line wraps or justification left inside Thai words and phrases, keeping the
 * spaces Thai uses between phrases and sentences. Only single runs of spaces between two Thai
 * letters are candidates; the decision (wrapSpaceReason) uses the dictionary and a short list of
 * binding words. Conservative: when unsure, the space stays.
 */
export function removeWrapSpaces(s: string): string {
  let out = '';
  let last = 0;
  for (const m of s.matchAll(/ +/g)) {
    out += s.slice(last, m.index);
    last = m.index + m[0].length;
    // The left context comes from the output, so an earlier join ("ดำเนิน การ") is seen whole.
    const left = thaiRunBefore(out, out.length);
    const right = thaiRunAfter(s, last);
    const keep =
      left.endsWith('ๆ') || // "ต่าง ๆ ของ": the Royal Institute rule puts a space after ๆ too
      s[last + right.length] === '.' || // "ปีงบประมาณ พ.ศ.": an abbreviation, not a word to join
      wrapSpaceReason(left, right) === null;
    out += keep ? m[0] : '';
  }
  return out + s.slice(last);
}

/**
 * Joins the lines of one wrapped paragraph or table cell: Thai letter to Thai letter joins with
 * nothing (Thai does not put a space where a line wraps), any other boundary with one space.
 * A hyphen between Latin letters ("E-" / "Service") is kept and joined without a space.
 */
export function joinWrappedLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!out) {
      out = line;
      continue;
    }
    const prev = out[out.length - 1] ?? '';
    const next = line[0] ?? '';
    const thaiJoin = isThaiWordChar(prev) && isThaiWordChar(next);
    const latinHyphen = prev === '-' && /[A-Za-z]/.test(out[out.length - 2] ?? '') && /[A-Za-z]/.test(next);
    out += thaiJoin || latinHyphen ? line : ` ${line}`;
  }
  return out;
}
