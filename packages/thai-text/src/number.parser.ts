import { thaiDigitsToAscii } from './digits.js';

export type FoundNumber = {
  value: number;
  /** The number as printed (original digits, separators included). */
  text: string;
  start: number;
  end: number;
};

// Words and signs that commonly wrap a figure in these reports; only these are stripped.
const PREFIXES = ['ร้อยละ', 'จำนวน', 'คะแนน', 'งบประมาณ'];
const SUFFIXES = ['%', 'บาท', 'คะแนน', 'โครงการ', 'แห่ง', 'ราย', 'ครั้ง'];
const STRICT_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
// The Thai accounting habit "110,000.- บาท" / "110,000.-" marks a whole amount.
const WHOLE_AMOUNT_DASH = /\.-$/;

function stripAffixes(s: string): string {
  let t = s.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of PREFIXES) {
      if (t.startsWith(p)) {
        t = t.slice(p.length).trim();
        changed = true;
      }
    }
    for (const suf of SUFFIXES) {
      if (t.endsWith(suf)) {
        t = t.slice(0, -suf.length).trim();
        changed = true;
      }
    }
  }
  return t.replace(WHOLE_AMOUNT_DASH, '');
}

/**
 * One number in Thai or ASCII digits with optional thousands separators and decimals, possibly
 * wrapped in a unit word ("ร้อยละ ๙๕", "110,000.00 บาท"). Anything else (misplaced separators,
 * two numbers, stray letters) is null: a wrong figure is worse than a missing one.
 */
export function parseNumber(s: string): number | null {
  const core = stripAffixes(thaiDigitsToAscii(s).replace(/\u00A0/g, ' '));
  if (!STRICT_NUMBER.test(core)) return null;
  const value = Number(core.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}

// A run of digits with inner "," or "."; validated afterwards so "1,2,3" or "1.2.3" yield nothing.
const NUMBER_RUN = /[0-9\u0E50-\u0E59](?:[0-9\u0E50-\u0E59.,]*[0-9\u0E50-\u0E59])?/gu;

/** Every well-formed (unsigned) number in the text with its UTF-16 offsets; malformed runs are skipped. */
export function findNumbers(s: string): FoundNumber[] {
  const out: FoundNumber[] = [];
  for (const m of s.matchAll(NUMBER_RUN)) {
    const text = m[0];
    const start = m.index;
    const ascii = thaiDigitsToAscii(text);
    // Dotted numbering such as "1.2.3" or dates "1.10.65" are not one number.
    if (!STRICT_NUMBER.test(ascii)) continue;
    // Signs are not read: a dash before a figure in these reports is a bullet or a range.
    out.push({ value: Number(ascii.replace(/,/g, '')), text, start, end: start + text.length });
  }
  return out;
}
