/**
 * Accuracy measures for OCR text against a reference: CER and digit accuracy. Both compare code
 * points after NFC with all whitespace removed (OCR and references disagree on spacing, which the
 * pipeline rebuilds anyway) and sara am unified (tesseract always outputs U+0E4D U+0E32).
 */
export function normalizeForMetrics(text: string): string[] {
  return Array.from(text.normalize('NFC').replace(/\u0E4D\u0E32/gu, '\u0E33').replace(/\s+/gu, ''));
}

export type Alignment = Array<{ ref: string | null; hyp: string | null }>;

/** Levenshtein alignment (unit costs) of hypothesis to reference, with one optimal edit path. */
export function alignChars(ref: readonly string[], hyp: readonly string[]): { distance: number; pairs: Alignment } {
  const n = ref.length;
  const m = hyp.length;
  const width = m + 1;
  const d = new Uint32Array((n + 1) * width);
  for (let j = 0; j <= m; j++) d[j] = j;
  for (let i = 1; i <= n; i++) {
    d[i * width] = i;
    for (let j = 1; j <= m; j++) {
      const sub = d[(i - 1) * width + j - 1]! + (ref[i - 1] === hyp[j - 1] ? 0 : 1);
      d[i * width + j] = Math.min(sub, d[(i - 1) * width + j]! + 1, d[i * width + j - 1]! + 1);
    }
  }
  const pairs: Alignment = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = d[i * width + j]!;
    if (i > 0 && j > 0 && here === d[(i - 1) * width + j - 1]! + (ref[i - 1] === hyp[j - 1] ? 0 : 1)) {
      pairs.push({ ref: ref[--i]!, hyp: hyp[--j]! });
    } else if (i > 0 && here === d[(i - 1) * width + j]! + 1) {
      pairs.push({ ref: ref[--i]!, hyp: null });
    } else {
      pairs.push({ ref: null, hyp: hyp[--j]! });
    }
  }
  pairs.reverse();
  return { distance: d[n * width + m]!, pairs };
}

/** Character error rate: edit distance / reference length (0 when both are empty). */
export function ocrCharacterErrorRate(hypothesis: string, reference: string): number {
  const ref = normalizeForMetrics(reference);
  const hyp = normalizeForMetrics(hypothesis);
  if (ref.length === 0) return hyp.length === 0 ? 0 : 1;
  return alignChars(ref, hyp).distance / ref.length;
}

const DIGIT = /^[0-9\u0E50-\u0E59]$/u;

/** Reference digits (Thai or Arabic) that the aligned hypothesis reproduces exactly. */
export function digitAccuracy(hypothesis: string, reference: string): { right: number; total: number } {
  const { pairs } = alignChars(normalizeForMetrics(reference), normalizeForMetrics(hypothesis));
  let right = 0;
  let total = 0;
  for (const { ref, hyp } of pairs) {
    if (ref === null || !DIGIT.test(ref)) continue;
    total++;
    if (hyp === ref) right++;
  }
  return { right, total };
}
