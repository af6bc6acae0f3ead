import { dictionaryCoverage, isKnownWord, isThaiCombiningMark, isThaiConsonant, isToneMark, segmentWords, toBeYear } from '@lao/thai-text';

// OCR specks inside a title ("มาตรการตรวจสอบการใช้ % ดุลพินิจ"): symbols no title prints between words.
const SPECK_CHARS = '%~«»=_|°@&*^#<>{}\\[\\]\\\\';
const SPECK_TOKEN = new RegExp(`^[${SPECK_CHARS}]{1,3}$`, 'u');
const SPECK_BETWEEN_THAI = new RegExp(`(?<=[\\u0E01-\\u0E4E])\\s*[${SPECK_CHARS}]{1,3}\\s*(?=[\\u0E01-\\u0E4E])`, 'gu');

/** A measure title without OCR specks; "%" after a number ("ร้อยละ 100 %") stays. */
export function cleanMeasureTitle(title: string): string {
  const tokens = title.split(/\s+/).filter((t) => t !== '');
  const kept = tokens.filter((t, i) => !SPECK_TOKEN.test(t) || (t === '%' && i > 0 && /\d$/.test(tokens[i - 1]!)));
  return kept.join(' ').replace(SPECK_BETWEEN_THAI, ' ').replace(/\s+/g, ' ').trim();
}

// "ประจำปีงบประมาณ พ.ศ. 2569", "ปีงบประมาณ 2569", "ประจำปี พ.ศ. ๒๕๖๙" (digits already ASCII).
const FISCAL_YEAR = /(?:ปีงบประมาณ|ประจำปี)\s*(?:พ\.\s?ศ\.)?\s*(25\d\d)(?!\d)/;

/** The first fiscal year the lines name (a table's heading, a cover), BE. */
export function fiscalYearIn(lines: string[]): number | null {
  for (const l of lines) {
    const m = FISCAL_YEAR.exec(l);
    if (m) return toBeYear(m[1]!);
  }
  return null;
}

const TONES = ['\u0E48', '\u0E49'];

/**
 * A word OCR read without its tone mark ("ซือสัตย์" for ซื่อสัตย์): an unknown stretch (alone or with
 * the next word) that becomes exactly one dictionary word with one mai ek or mai tho put back.
 */
export function restoreToneMarks(text: string): string {
  const segs = segmentWords(text);
  let out = '';
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    if (s.known || !s.thai) {
      out += s.text;
      continue;
    }
    const next = segs[i + 1];
    const tries = next && next.thai ? [s.text + next.text, s.text] : [s.text];
    let fixed: string | null = null;
    for (const t of tries) {
      const found = new Set<string>();
      for (let at = 1; at <= t.length; at++) {
        if (!isThaiCombiningMark(t[at - 1]!) && !isThaiConsonant(t[at - 1]!)) continue;
        if (at < t.length && isToneMark(t[at]!)) continue;
        for (const tone of TONES) {
          const c = t.slice(0, at) + tone + t.slice(at);
          if (isKnownWord(c)) found.add(c);
        }
      }
      if (found.size === 1) {
        fixed = [...found][0]!;
        if (t.length > s.text.length) i++;
        break;
      }
    }
    out += fixed ?? s.text;
  }
  return out;
}

/** How plausible a reading is: share of dictionary letters, then fewer (longer) words. */
export function readingScore(text: string): [number, number] {
  return [dictionaryCoverage(text) ?? 0, -segmentWords(text).filter((s) => s.thai).length];
}
