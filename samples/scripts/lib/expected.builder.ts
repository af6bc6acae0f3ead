import { LaoError, ReportSchema, type Report } from '@lao/schemas';
import type { GoldenReport, SeedLocator } from './golden.schema.js';
import { locatePage } from './page.locator.js';
import type { PagesFile } from './pages-file.schema.js';
import { matchKey } from './thai-text.normalise.js';

export type SourceInfo = { fileName: string; sha256: string; pageCount: number };
export type BuildResult = { report: Report; notes: string[] };

/** Codes whose finding stands on any one of its evidence spans; every other code needs all of them. */
const ANY_EVIDENCE_CODES = new Set(['ORG_NAME_VARIANT', 'ORG_NAME_MISMATCH']);

/**
 * Turns curated golden content into the expected Report of one sample: every value gets the page its seed line
 * landed on in that sample. A full sample must hold every line; a page subset (pages with `sourcePage`) keeps
 * only what its pages hold, and only the flags whose evidence is all on them.
 */
export function buildExpected(golden: GoldenReport, pagesFile: PagesFile, source: SourceInfo): BuildResult {
  const pages = pagesFile.pages;
  const subset = pages.some((p) => p.sourcePage !== undefined);
  const notes: string[] = [];
  const pageOf = (loc: SeedLocator, what: string): number | null => {
    const found = locatePage(loc, pages);
    if (!found) {
      if (subset) return null;
      throw new LaoError('INVALID_INPUT', `${source.fileName}: no page carries seed line ${loc.line} (${what})`);
    }
    if (found.how !== 'anchor') notes.push(`L${loc.line} ${what}: ${found.how}, took p${found.page}`);
    return found.page;
  };
  const place = <T extends { at: SeedLocator }>(items: readonly T[], what: (x: T) => string) =>
    items.flatMap((x) => {
      const { at, ...rest } = x;
      const page = pageOf(at, what(x));
      return page === null ? [] : [{ ...rest, page }];
    });

  const subsetText = subset ? matchKey(pages.map((p) => p.text).join('')) : '';
  const stated = (lines: readonly number[]): boolean =>
    !subset || lines.some((line) => pages.some((p) => p.seedLines && p.seedLines[0] <= line && line <= p.seedLines[1]));

  const flags = golden.flags.flatMap((f) => {
    const evidence = f.evidence.flatMap((e) => {
      const page = pageOf({ line: e.line, anchor: e.text }, `${f.code} evidence`);
      return page === null ? [] : [{ page, text: e.text }];
    });
    const complete = evidence.length === f.evidence.length;
    if (evidence.length === 0 || (!complete && !ANY_EVIDENCE_CODES.has(f.code))) return [];
    return [{ code: f.code, severity: f.severity, message: f.message, messageEn: f.messageEn, evidence }];
  });

  const report = {
    schemaVersion: 1 as const,
    source,
    docType: golden.docType,
    fiscalYear: golden.fiscalYear,
    org: {
      ...golden.org,
      district: stated(golden.orgSources.district) ? golden.org.district : null,
      province: stated(golden.orgSources.province) ? golden.org.province : null,
      variants: subset ? golden.org.variants.filter((v) => subsetText.includes(matchKey(v))) : golden.org.variants,
    },
    ita: golden.ita && {
      ...golden.ita,
      indicators: place(golden.ita.indicators, (i) => `indicator ${i.no}`),
      questions: place(golden.ita.questions, (q) => `question ${q.code}`),
    },
    measures: place(golden.measures, (m) => `measure ${m.indicatorNo ?? ''}/${m.no ?? ''}`),
    plan: golden.plan && {
      fromYear: golden.plan.fromYear,
      toYear: golden.plan.toYear,
      projects: place(golden.plan.projects, (p) => `project ${p.year}/${p.no}`),
      statedTotals: place(golden.plan.statedTotals, (t) => `stated total ${t.year}`),
    },
    flags,
    pages: pages.map((p) => ({ no: p.page, method: p.method, confidence: null })),
  };

  const parsed = ReportSchema.safeParse(report);
  if (!parsed.success) {
    throw new LaoError('INVALID_INPUT', `${source.fileName}: expected record fails ReportSchema: ${parsed.error.message}`);
  }
  // Written as built, not as parsed: zod would strip `statedTotals[].dimension`, which the contract lacks yet.
  return { report: report as Report, notes };
}
