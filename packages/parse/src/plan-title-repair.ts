import { dictionaryCoverage, segmentWords } from '@lao/thai-text';

// OCR of Thai titles drops the small marks first: sara u under a letter ("คณธรรม" for คุณธรรม,
// "ควบคม" for ควบคุม) and tone marks over it ("คำสัง" for คำสั่ง, "ท้องถิน" for ท้องถิ่น). Where such a
// drop leaves a stretch no dictionary word covers, the one mark that makes the stretch and its
// neighbours all dictionary words is put back. A stretch that several marks would mend, or none,
// stays as read; words a dropped mark turns into other real words (เรือง / เรื่อง) cannot be told.

const CONSONANT = /[ก-ฮ]/;
const ABOVE_VOWEL = /[\u0E31\u0E34-\u0E37]/;
const SARA_U = '\u0E38';
const TONES = ['\u0E48', '\u0E49'];

/** The texts with one mark put back at `at` (after the letter before it). */
function withMark(t: string, at: number): string[] {
  const before = t[at - 1] ?? '';
  const marks = CONSONANT.test(before) ? [SARA_U, ...TONES] : ABOVE_VOWEL.test(before) && CONSONANT.test(t[at - 2] ?? '') ? TONES : [];
  const next = t[at] ?? '';
  const below = /[\u0E38\u0E39]/.test(next);
  const tone = /[\u0E48-\u0E4B]/.test(next);
  // A mark already there is not doubled; a tone goes after a vowel below, not before it.
  return marks.filter((m) => (m === SARA_U ? !below : !below && !tone)).map((m) => t.slice(0, at) + m + t.slice(at));
}

/** One OCR-dropped mark put back per unknown stretch, while exactly one mark mends one (at most `rounds` times). */
export function restoreDroppedMarks(title: string, rounds = 8): string {
  let t = title;
  for (let round = 0; round < rounds; round++) {
    const segs = segmentWords(t);
    let mended = false;
    for (let i = 0; i < segs.length && !mended; i++) {
      if (segs[i]!.known || !segs[i]!.thai) continue;
      // A run of unknown stretches ("กค|ำสัง" for คำสัง after ออก) with a word either side.
      let j = i;
      while (j + 1 < segs.length && !segs[j + 1]!.known && segs[j + 1]!.thai) j++;
      const from = segs[i - 1]?.start ?? segs[i]!.start;
      const to = segs[j + 1]?.end ?? segs[j]!.end;
      const fixes = new Set<string>();
      for (let at = Math.max(from + 1, segs[i]!.start); at <= segs[j]!.end; at++) {
        for (const c of withMark(t, at)) if (dictionaryCoverage(c.slice(from, to + 1)) === 1) fixes.add(c);
      }
      if (fixes.size === 1) {
        t = [...fixes][0]!;
        mended = true;
      }
      i = j;
    }
    if (!mended) break;
  }
  return t;
}
