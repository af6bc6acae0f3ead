/**
 * Character error rate: Levenshtein distance over code points after NFC with all whitespace removed, divided by
 * the reference length. Thai spacing is a layout choice, not content, so whitespace does not count.
 */
export function characterErrorRate(reference: string, hypothesis: string): number {
  const ref = [...reference.normalize('NFC').replace(/\s+/gu, '')];
  const hyp = [...hypothesis.normalize('NFC').replace(/\s+/gu, '')];
  if (ref.length === 0) return hyp.length === 0 ? 0 : 1;
  return editDistance(ref, hyp) / ref.length;
}

/** Levenshtein distance between two code-point arrays, two rows of memory. */
export function editDistance(a: readonly string[], b: readonly string[]): number {
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
