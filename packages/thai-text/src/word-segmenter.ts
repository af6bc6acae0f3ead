import { loadDictionary } from './wordcut-dictionary.adapter.js';
import { isThaiWordChar } from './thai-chars.js';

export type Segment = {
  text: string;
  start: number;
  end: number;
  /** In the dictionary (wordcut's lists plus ITA_VOCABULARY). */
  known: boolean;
  /** Contains Thai letters. */
  thai: boolean;
};

function hasThai(s: string): boolean {
  for (const ch of s) if (isThaiWordChar(ch)) return true;
  return false;
}

/** True when the (NFC, repaired) string is one dictionary word. */
export function isKnownWord(w: string): boolean {
  return loadDictionary().words.has(w);
}

/**
 * Word segmentation with thai-wordcut (maximal matching over its dictionary plus ITA_VOCABULARY).
 * Unknown stretches come back as their own segments with known: false.
 */
export function segmentWords(s: string): Segment[] {
  const { wordcut, words } = loadDictionary();
  return wordcut.cutIntoRanges(s, true).map(({ s: start, e: end }) => {
    const text = s.slice(start, end);
    const thai = hasThai(text);
    // Abbreviations such as "พ.ศ." are dictionary entries too, so known does not require all-Thai.
    return { text, start, end, thai, known: words.has(text) };
  });
}

/**
 * Share (0..1) of the Thai word characters of `s` that fall inside dictionary words. Garbled text
 * layers (PUA soup, lost glyphs, mis-mapped fonts) score low; clean Thai prose scores high.
 * Lost-glyph markers (U+0000, U+FFFD) count as uncovered characters. Returns null when the text
 * has no Thai characters to judge.
 */
export function dictionaryCoverage(s: string): number | null {
  let thaiChars = 0;
  let covered = 0;
  for (const seg of segmentWords(s)) {
    let n = 0;
    let lost = 0;
    for (const ch of seg.text) {
      if (isThaiWordChar(ch)) n++;
      // U+0000 / U+FFFD stand for glyphs the producer could not map: count them as uncovered.
      else if (ch === '\u0000' || ch === '\uFFFD') lost++;
    }
    thaiChars += n + lost;
    if (seg.known) covered += n;
  }
  return thaiChars === 0 ? null : covered / thaiChars;
}
