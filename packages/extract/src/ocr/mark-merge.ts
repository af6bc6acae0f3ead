import { isKnownWord, isThaiCombiningMark, isThaiConsonant, repairThai, segmentWords } from '@lao/thai-text';

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
    return bestMix(word, stretch);
  });
}

/** Letters with their marks: each character that is no mark starts a cluster (marks before the first one lead). */
function clusters(s: string): string[] {
  const out: string[] = [];
  for (const ch of s) {
    if (isThaiCombiningMark(ch) && out.length > 0) out[out.length - 1] += ch;
    else out.push(ch);
  }
  return out;
}

/** Choices tried in every combination up to this many; beyond, one disagreement at a time (greedily). */
const MAX_COMBINATIONS = 243;
/** Letters looked at on each side of a disagreement for a dictionary word holding it. */
const WINDOW = 10;

/**
 * For each letter position in `at`: the length (characters, marks included) of the longest dictionary word in the
 * text that holds that letter, summed. Marks count: a mark that makes a longer word ("มี" against "งม") earns it. Local, so a garbled stretch elsewhere in a long cell line (which throws the segmenter off: a
 * reading "ทจริตเพื่อยก…" without its ุ is cut "ตเพื่|อย|…") does not hide the word a mark completes.
 */
function localCoverage(letters: readonly string[], at: readonly number[]): number {
  let total = 0;
  for (const i of at) {
    let best = 0;
    for (let from = Math.max(0, i - WINDOW); from <= i; from++)
      for (let to = i + 1; to <= Math.min(letters.length, from + 2 * WINDOW); to++) {
        const text = letters.slice(from, to).join('');
        if (text.length > best && isKnownWord(repairThai(text))) best = text.length;
      }
    total += best;
  }
  return total;
}

/** A letter with the marks of both readings (its own first): "ร" + "ื" and "ร" + "่" make "รื่". */
function union(a: string, b: string): string {
  const [base, ...own] = [...a];
  const extra = [...b].slice(1).filter((m) => !own.includes(m));
  return [base, ...own, ...extra].join('');
}

/**
 * Two readings with the same skeleton, mixed letter by letter: where they disagree on a letter's marks, the word's
 * own, the other's and both together are tried, and the mix forming dictionary words best wins (the word's own
 * reading on ties). One reading may keep a tone mark the other lost while losing a vowel the other kept
 * ("เสี่ยงการทจริต" and "เสียงการทุจริต" make "เสี่ยงการทุจริต", "เรือง" and "เร่อง" make "เรื่อง"); taking either whole
 * would lose one of them.
 */
function bestMix(word: string, other: string): string {
  const a = clusters(word);
  const b = clusters(other);
  // Marks before the first letter make the two lists differ in length: the readings are taken whole then.
  if (a.length !== b.length) return better(wordScore(other), wordScore(word)) ? other : word;
  const choices = a.flatMap((c, i) => {
    if (c === b[i]) return [];
    const u = union(c, b[i]!);
    return [{ i, options: u === c || u === b[i] ? [b[i]!] : [b[i]!, u] }];
  });
  const pick = new Map<number, string>();
  const mix = () => a.map((c, i) => pick.get(i) ?? c).join('');
  let bestText = word;
  let bestScore = wordScore(word);
  const at = choices.map((c) => c.i);
  const scoreOf = (text: string) => [localCoverage(clusters(text), at), ...wordScore(text)];
  bestScore = scoreOf(word);
  const consider = () => {
    const text = mix();
    const score = scoreOf(text);
    if (!better(score, bestScore)) return false;
    bestText = text;
    bestScore = score;
    return true;
  };
  const combinations = choices.reduce((n, c) => n * (c.options.length + 1), 1);
  if (combinations <= MAX_COMBINATIONS) {
    const walk = (k: number): void => {
      if (k === choices.length) {
        consider();
        return;
      }
      const { i, options } = choices[k]!;
      pick.delete(i);
      walk(k + 1);
      for (const o of options) {
        pick.set(i, o);
        walk(k + 1);
      }
      pick.delete(i);
    };
    walk(0);
    return bestText;
  }
  for (const { i, options } of choices) {
    let kept: string | undefined;
    for (const o of options) {
      pick.set(i, o);
      if (consider()) kept = o;
    }
    if (kept === undefined) pick.delete(i);
    else pick.set(i, kept);
  }
  return bestText;
}
