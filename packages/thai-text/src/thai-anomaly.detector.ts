import { isThaiCombiningMark } from './thai-chars.js';

export type MarkAnomalyKind = 'two_vowels' | 'two_tones' | 'mark_without_base';

export type MarkAnomaly = {
  kind: MarkAnomalyKind;
  /** The base letter with its marks, as found. */
  text: string;
  start: number;
  end: number;
};

const VOWEL_MARKS = new Set(['\u0E31', '\u0E34', '\u0E35', '\u0E36', '\u0E37', '\u0E38', '\u0E39', '\u0E47']);
// ่ ้ ๊ ๋ ์ ๎: one per syllable; ็ also excludes a tone but that is a vowel slot, counted above.
const TOP_MARKS = new Set(['\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', '\u0E4E']);

/**
 * Mark stacks no Thai word has: two vowel signs on one consonant ("ุื" in มะรุือ), two tone
 * marks ("่่" in สม่่าเสมอ), or a mark with no consonant under it. Run on repaired text.
 */
export function findImpossibleMarks(s: string): MarkAnomaly[] {
  const out: MarkAnomaly[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i] ?? '';
    if (!isThaiCombiningMark(ch)) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < s.length && isThaiCombiningMark(s[i] ?? '')) i++;
    const marks = [...s.slice(runStart, i)];
    const base = runStart > 0 ? (s[runStart - 1] ?? '') : '';
    const hasBase = /[\u0E01-\u0E2E]/u.test(base);
    const start = hasBase ? runStart - 1 : runStart;
    const text = s.slice(start, i);
    let kind: MarkAnomalyKind | null = null;
    if (!hasBase) kind = 'mark_without_base';
    else if (marks.filter((m) => VOWEL_MARKS.has(m)).length > 1) kind = 'two_vowels';
    else if (marks.filter((m) => TOP_MARKS.has(m)).length > 1) kind = 'two_tones';
    if (kind) out.push({ kind, text, start, end: i });
  }
  return out;
}

export type ForeignLookalike = {
  script: 'devanagari' | 'lao' | 'khmer' | 'myanmar' | 'latin' | 'cyrillic' | 'greek' | 'other';
  text: string;
  start: number;
  end: number;
  /** The whole whitespace-delimited token it sits in, for the reviewer. */
  token: string;
};

const SCRIPT_RES: Array<[ForeignLookalike['script'], RegExp]> = [
  ['devanagari', /\p{Script=Devanagari}/u],
  ['lao', /\p{Script=Lao}/u],
  ['khmer', /\p{Script=Khmer}/u],
  ['myanmar', /\p{Script=Myanmar}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['latin', /\p{Script=Latin}/u],
];

function scriptOf(ch: string): ForeignLookalike['script'] {
  for (const [name, re] of SCRIPT_RES) if (re.test(ch)) return name;
  return 'other';
}

const THAI_LETTER = /[\u0E01-\u0E4E]/u;
// Letters or marks of another script (digits and punctuation are not suspicious).
const FOREIGN_RUN = /(?:(?![\u0E00-\u0E7F])[\p{L}\p{M}])+/gu;
// Latin words legitimately touch Thai ("ITAของ" after a lost space); only very short Latin runs
// glued to Thai letters look like misread Thai glyphs.
const MAX_LATIN_LOOKALIKE = 2;

/**
 * Letters of another script inside a Thai word, such as the Devanagari in "มะรุือโบटक" (seed 001),
 * Lao letters, or a one- or two-letter Latin run glued to Thai letters.
 */
export function findForeignLookalikes(s: string): ForeignLookalike[] {
  const out: ForeignLookalike[] = [];
  for (const tok of s.matchAll(/\S+/gu)) {
    const token = tok[0];
    if (!THAI_LETTER.test(token)) continue;
    for (const m of token.matchAll(FOREIGN_RUN)) {
      const text = m[0];
      const first = text[0] ?? '';
      const script = scriptOf(first);
      const before = token[m.index - 1] ?? '';
      const after = token[m.index + text.length] ?? '';
      const touchesThai = THAI_LETTER.test(before) || THAI_LETTER.test(after);
      if (!touchesThai) continue;
      if (script === 'latin') {
        // "ระบบe-Service": the letter belongs to a longer Latin word, not to the Thai one.
        const word = /^[A-Za-z][A-Za-z.\-]*/.exec(token.slice(m.index))?.[0] ?? text;
        const latinBefore = /[A-Za-z.\-]*$/.exec(token.slice(0, m.index))?.[0] ?? '';
        if ((latinBefore + word).replace(/[^A-Za-z]/g, '').length > MAX_LATIN_LOOKALIKE) continue;
      }
      const start = tok.index + m.index;
      out.push({ script, text, start, end: start + text.length, token });
    }
  }
  return out;
}
