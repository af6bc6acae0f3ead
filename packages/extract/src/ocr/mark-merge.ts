import { isThaiCombiningMark, isThaiConsonant, repairThai, segmentWords } from '@lao/thai-text';

/** A character with its marks left out: sara am (ำ, nikhahit + า, as OCR often gives it decomposed) is its า. */
const bare = (ch: string) => (ch === '\u0E33' ? '\u0E32' : ch);

/** The text without Thai combining marks (vowels above/below, tone marks): its consonants, digits and the rest. */
export function skeleton(s: string): string {
  let out = '';
  for (const ch of s) if (!isThaiCombiningMark(ch)) out += bare(ch);
  return out;
}

/**
 * How well a reading forms dictionary words: its characters other than marks that fall inside known words (marks
 * do not count, so a stray mark earns nothing), then fewer segments: bare consonants split into short words that
 * happen to exist ("การ|จด|ซอ", "สู|จริต", "คุ|วาม") lose to the same letters read as fewer, longer words
 * ("สุจริต", "ความ"); last, more marks inside known words: where both readings split alike ("การ|จด|ซอ" and
 * "การ|จัด|ซื้อ") the one that kept its marks wins.
 */
function wordScore(s: string): number[] {
  let covered = 0;
  let marks = 0;
  // The dictionary spells sara am composed (ำ): "อํานาจ" as OCR reads it is the known "อำนาจ".
  const segs = segmentWords(repairThai(s)).filter((g) => g.thai);
  for (const g of segs) {
    if (!g.known) continue;
    const n = [...skeleton(g.text)].length;
    covered += n;
    marks += [...g.text].length - n;
  }
  return [covered, -segs.length, marks];
}

function better(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

/**
 * Two OCR readings of the same text often differ only in Thai marks: one loses a vowel above or below or a tone
 * mark ("จดซอ" for "จัดซื้อ") or puts the wrong one ("สูจริต" for "สุจริต"). For each word of `words`, when the
 * `other` reading holds a stretch with the same skeleton (same consonants, digits and other characters, in the
 * same order; marks aside) that forms dictionary words better, that stretch's text replaces the word's. Words
 * whose skeletons differ, or without at least two Thai consonants, are left as they are. `other` is the other
 * reading's text of the same region (spaces are ignored).
 */
export function mergeMarks(words: readonly string[], other: string): string[] {
  const flat = [...other.replace(/\s+/gu, '')];
  // Positions in `flat` of the characters that are no marks: skeleton index → text index.
  const at: number[] = [];
  flat.forEach((ch, i) => !isThaiCombiningMark(ch) && at.push(i));
  const sk = at.map((i) => bare(flat[i]!)).join('');
  const skChars = [...sk];
  let cursor = 0;
  return words.map((word) => {
    const s = skeleton(word);
    const sChars = [...s];
    if (sChars.filter(isThaiConsonant).length < 2) return word;
    const find = (from: number) => {
      for (let i = from; i + sChars.length <= skChars.length; i++) {
        let ok = true;
        for (let j = 0; j < sChars.length && ok; j++) ok = skChars[i + j] === sChars[j];
        if (ok) return i;
      }
      return -1;
    };
    let start = find(cursor);
    if (start < 0) start = find(0);
    if (start < 0) return word;
    const end = start + sChars.length;
    cursor = end;
    const stretch = flat.slice(at[start]!, end < at.length ? at[end]! : flat.length).join('');
    if (stretch === word) return word;
    return better(wordScore(stretch), wordScore(word)) ? stretch : word;
  });
}
