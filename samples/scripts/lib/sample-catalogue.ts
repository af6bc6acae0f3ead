/** The samples (names fixed by issue 3) and the born-digital sibling whose golden content each one carries. */
export const SAMPLES = [
  's000-ita-analysis',
  's000-ita-analysis-scan',
  's000-ita-analysis-mixed',
  's001-ita-analysis',
  's001-ita-analysis-scan',
  's001-ita-analysis-pua',
  's002-measures-progress',
  's002-measures-progress-scan',
  's002-measures-progress-mixed',
  's004-anticorruption-plan',
  's004-anticorruption-plan-scan',
] as const;
export type SampleName = (typeof SAMPLES)[number];

/** "s000-ita-analysis-scan" → "s000-ita-analysis": twins share their sibling's golden content. */
export function siblingOf(name: string): string {
  return name.replace(/-(scan|mixed|pua)$/, '');
}

export const isTwin = (name: string): boolean => siblingOf(name) !== name;
