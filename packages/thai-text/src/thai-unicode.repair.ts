import { mapThaiPua } from './pua-glyph.map.js';

const NIKHAHIT = '\u0E4D';
const SARA_AA = '\u0E32';
const SARA_AM = '\u0E33';

// Zero-width space/non-joiner/joiner, BOM, word joiner, soft hyphen: invisible, never meaningful here.
const INVISIBLES_RE = /[\u200B\u200C\u200D\uFEFF\u2060\u00AD]/gu;
const DASHES_RE = /[\u2010-\u2015\u2212]/gu;
const SINGLE_QUOTES_RE = /[\u2018\u2019\u201A\u201B\u2032]/gu;
const DOUBLE_QUOTES_RE = /[\u201C\u201D\u201E\u201F\u2033]/gu;
// Full-width ASCII (OCR and some fonts give "Ｅ๑"); mapped by hand because NFKC would also split ำ.
const FULLWIDTH_RE = /[\uFF01-\uFF5E]/gu;

/**
 * Sara am in every decomposed form that PDF producers and OCR emit:
 * ํ + า; ํ + tone + า (typing order) → tone + ำ; ำ + า or ำ + space + า (LibreOffice text
 * layers; no Thai syllable starts with า); ำ + tone → tone + ำ.
 */
function recomposeSaraAm(s: string): string {
  return s
    .replace(/\u0E4D([\u0E48-\u0E4B])\u0E32/gu, `$1${SARA_AM}`)
    .replace(new RegExp(`${NIKHAHIT}${SARA_AA}`, 'gu'), SARA_AM)
    .replace(/\u0E33 ?\u0E32/gu, SARA_AM)
    .replace(/\u0E33([\u0E48-\u0E4B]+)/gu, `$1${SARA_AM}`);
}

function markRank(ch: string): number {
  if (ch >= '\u0E38' && ch <= '\u0E3A') return 0; // below vowels
  if (ch >= '\u0E48' && ch <= '\u0E4C') return 2; // tone marks and thanthakhat go on top
  return 1; // above vowels ั ิ ี ึ ื ็ ํ ๎
}

/** Puts each run of combining marks in the order below vowel, above vowel, tone mark (stable). */
function reorderMarks(s: string): string {
  return s.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]{2,}/gu, (run) =>
    [...run]
      .map((ch, i) => ({ ch, i, r: markRank(ch) }))
      .sort((a, b) => a.r - b.r || a.i - b.i)
      .map((x) => x.ch)
      .join(''),
  );
}

/**
 * Repairs Thai text as it comes out of PDF text layers and OCR: private-use glyphs, decomposed
 * sara am, mark order, invisible characters, typographic dashes and quotes, NFC (never NFKC,
 * which decomposes ำ). U+0000 and U+FFFD are kept: they mark lost characters (see countLostChars).
 * Idempotent.
 */
export function repairThai(s: string): string {
  let t = mapThaiPua(s)
    .replace(INVISIBLES_RE, '')
    // Sara e typed twice for sara ae ("เเผน"): a common typing habit, never a real spelling.
    .replace(/\u0E40\u0E40/gu, '\u0E41')
    .replace(DASHES_RE, '-')
    .replace(SINGLE_QUOTES_RE, "'")
    .replace(DOUBLE_QUOTES_RE, '"')
    .replace(FULLWIDTH_RE, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  // One fix can expose another (a reorder can form ํ + tone + า); iterate to a fixpoint so the
  // function is idempotent. Each step only shortens or permutes, so this ends in a few rounds.
  for (let round = 0; round < 8; round++) {
    const next = reorderMarks(recomposeSaraAm(t.normalize('NFC'))).normalize('NFC');
    if (next === t) break;
    t = next;
  }
  return t;
}

/** U+0000 and U+FFFD: characters the producer could not map (e.g. Skia GSUB alternates in pdf.js). */
export function countLostChars(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === '\u0000' || ch === '\uFFFD') n++;
  return n;
}
