import type { Evidence, PageText } from '@lao/schemas';
import type { CheckDeps, CheckInput } from './check-input.schema.js';

/** Everything a rule reads, with the look-ups rules share. */
export type CheckContext = CheckInput &
  CheckDeps & {
    lineText(page: number, lineIds: readonly string[]): string | null;
    /** Where a report value was read from (provenance path such as `ita.tools.iit`). */
    sourceOf(path: string): Evidence | null;
    /**
     * Whether the numbers compared rest on OCR below the configured confidence: a page of the
     * evidence, or the value read at one of `paths` (provenance confidence, e.g. a cell re-read).
     */
    lowConfidence(evidence: readonly Evidence[], paths?: readonly string[]): boolean;
  };

export function buildContext(input: CheckInput, deps: CheckDeps): CheckContext {
  const byPage = new Map<number, PageText>(input.pages.map((p) => [p.page, p]));
  const lineText = (page: number, ids: readonly string[]): string | null => {
    const p = byPage.get(page);
    if (!p || ids.length === 0) return null;
    const texts = ids.map((id) => p.lines.find((l) => l.id === id)?.text).filter((t): t is string => !!t);
    return texts.length ? texts.join(' ') : null;
  };
  const provByPath = new Map(input.provenance.map((p) => [p.path, p]));
  const pageConfidence = new Map<number, number | null>(
    input.report.pages.filter((p) => p.method === 'ocr').map((p) => [p.no, p.confidence]),
  );
  return {
    ...input,
    ...deps,
    lineText,
    sourceOf(path) {
      const p = provByPath.get(path);
      if (!p) return null;
      return { page: p.page, text: lineText(p.page, p.lineIds) ?? '' };
    },
    lowConfidence(evidence, paths = []) {
      const low = (c: number | null | undefined): boolean => c !== undefined && c !== null && c < deps.config.lowOcrConfidence;
      return (
        evidence.some((e) => low(pageConfidence.get(e.page))) ||
        paths.some((p) => low((provByPath.get(`${p}.score`) ?? provByPath.get(p))?.confidence))
      );
    },
  };
}

/** The rule contract: one file per rule, each returns its flags (never throws for a finding). */
export type CheckRule = (ctx: CheckContext) => import('@lao/schemas').Flag[];
