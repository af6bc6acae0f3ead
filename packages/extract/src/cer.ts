/**
 * Character error rate: Levenshtein distance over code points after NFC with all whitespace removed, divided by
 * the reference length. Thai spacing is a layout choice, not content, so whitespace does not count.
 */
export function characterErrorRate(reference: string, hypothesis: string): number {
  const { errors, length } = characterErrors(reference, hypothesis);
  if (length === 0) return errors === 0 ? 0 : 1;
  return errors / length;
}

/**
 * Edit distance and reference length (code points, NFC, whitespace removed). Sum these over pages for a document
 * CER: the distance is quadratic in length, so a 30-page document compared as one string takes minutes.
 */
export function characterErrors(reference: string, hypothesis: string): { errors: number; length: number } {
  const ref = [...reference.normalize('NFC').replace(/\s+/gu, '')];
  const hyp = [...hypothesis.normalize('NFC').replace(/\s+/gu, '')];
  return { errors: editDistance(ref, hyp), length: ref.length };
}

/** Levenshtein distance between two code-point arrays, two rows of memory. */
export function editDistance(aChars: readonly string[], bChars: readonly string[]): number {
  // Compare code points as numbers: string comparison in the inner loop is several times slower.
  const a = Uint32Array.from(aChars, (c) => c.codePointAt(0) ?? 0);
  const b = Uint32Array.from(bChars, (c) => c.codePointAt(0) ?? 0);
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (ai === b[j - 1] ? 0 : 1);
      cur[j] = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}
