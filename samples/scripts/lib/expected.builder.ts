import { LaoError, ReportSchema, type Report } from '@lao/schemas';
import type { GoldenFlag, GoldenReport, SeedLocator } from './golden.schema.js';
import { locatePage } from './page.locator.js';
import type { PageEntry, PagesFile } from './pages-file.schema.js';
import { matchKey, parseNumber } from './thai-text.normalise.js';

export type SourceInfo = { fileName: string; sha256: string; pageCount: number };
export type BuildResult = { report: Report; notes: string[] };
type Flag = Report['flags'][number];

const covers = (p: PageEntry, line: number): boolean =>
  p.seedLines !== null && p.seedLines[0] <= line && line <= p.seedLines[1];

/**
 * Turns curated golden content into the expected Report of one sample: every value gets the page its seed line
 * landed on in that sample. A full sample must hold every line. A sample made of some of its sibling's pages
 * (pages with `sourcePage`; pass the sibling's pages) keeps only what those pages print: records whose anchor is
 * on them (measures: whose whole row is), and flags whose finding stands on them (golden `requires`).
 */
export function buildExpected(
  golden: GoldenReport,
  pagesFile: PagesFile,
  source: SourceInfo,
  siblingPages?: PagesFile,
): BuildResult {
  const pages = pagesFile.pages;
  const subset = pages.some((p) => p.sourcePage !== undefined);
  if (subset && !siblingPages) throw new LaoError('INVALID_INPUT', `${source.fileName}: a page subset needs its sibling's pages`);
  const chosen = new Set(pages.map((p) => p.sourcePage));
  const carried = (line: number): boolean => !subset || pages.some((p) => covers(p, line));
  const whole = (line: number): boolean =>
    !subset || (siblingPages?.pages ?? []).filter((p) => covers(p, line)).every((p) => chosen.has(p.page));
  const notes: string[] = [];
  const printedOnKeptPage = (text: string): boolean => !subset || pages.some((p) => matchKey(p.text).includes(matchKey(text)));

  const pageOf = (loc: SeedLocator, what: string): number | null => {
    const found = locatePage(loc, pages);
    if (subset) return found?.how === 'anchor' ? found.page : null;
    if (!found) throw new LaoError('INVALID_INPUT', `${source.fileName}: no page carries seed line ${loc.line} (${what})`);
    if (found.how !== 'anchor') notes.push(`L${loc.line} ${what}: ${found.how}, took p${found.page}`);
    return found.page;
  };
  const place = <T extends { at: SeedLocator }>(items: readonly T[], what: (x: T) => string, needWhole = false) =>
    items.flatMap((x) => {
      const { at, ...rest } = x;
      if (needWhole && !whole(at.line)) return [];
      const page = pageOf(at, what(x));
      return page === null ? [] : [{ ...rest, page }];
    });

  const variants = subset
    ? golden.org.variants.filter((v) => pages.some((p) => matchKey(p.text).includes(matchKey(v))))
    : golden.org.variants;

  const flags = golden.flags.flatMap((f): Flag[] => {
    const evidence = f.evidence.flatMap((e) => {
      const page = pageOf({ line: e.line, anchor: e.text }, `${f.code} evidence`);
      return page === null ? [] : [{ page, text: e.text }];
    });
    const requires = f.requires ?? f.evidence.map((e) => e.line);
    const minEvidence = f.minEvidence ?? (f.requires ? 1 : f.evidence.length);
    if (!requires.every(carried) || evidence.length < minEvidence) return [];
    const flag = { code: f.code, severity: f.severity, message: f.message, messageEn: f.messageEn, evidence };
    if (evidence.length === f.evidence.length) return [flag];
    if (f.code === 'ORG_NAME_VARIANT') flag.evidence = variantEvidence(evidence, variants, pages);
    return [retell(flag, f, golden.org.name ?? '', variants)];
  });

  const report = {
    schemaVersion: 1 as const,
    source,
    docType: golden.docType,
    fiscalYear: golden.fiscalYear,
    org: {
      ...golden.org,
      district: golden.orgSources.district.some(carried) ? golden.org.district : null,
      province: golden.orgSources.province.some(carried) ? golden.org.province : null,
      variants,
    },
    ita: golden.ita && {
      ...golden.ita,
      indicators: place(golden.ita.indicators, (i) => `indicator ${i.no}`),
      questions: place(golden.ita.questions, (q) => `question ${q.code}`),
    },
    measures: place(golden.measures, (m) => `measure ${m.indicatorNo ?? ''}/${m.no ?? ''}`, true),
    plan: golden.plan && {
      fromYear: golden.plan.fromYear,
      toYear: golden.plan.toYear,
      projects: place(golden.plan.projects, (p) => `project ${p.year}/${p.no}`),
      statedTotals: place(golden.plan.statedTotals, (t) => `stated total ${t.year}`).map(({ budgetAnchor, ...t }) => ({
        ...t,
        // In a page subset the amounts of a row cut by a page break may be on a page left out.
        budget: budgetAnchor === undefined || printedOnKeptPage(budgetAnchor) ? t.budget : null,
      })),
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

/**
 * In a page subset a variant can be printed on the pages kept while the span curated for it is not: such a
 * variant is shown by the first page that prints it.
 */
function variantEvidence(kept: Flag['evidence'], variants: readonly string[], pages: readonly PageEntry[]): Flag['evidence'] {
  const out = [...kept];
  for (const v of variants) {
    if (out.some((e) => matchKey(e.text).includes(matchKey(v)))) continue;
    const page = pages.find((p) => matchKey(p.text).includes(matchKey(v)));
    if (page) out.push({ page: page.page, text: v });
  }
  return out.sort((a, b) => a.page - b.page);
}

/** A flag that lost some evidence in a page subset says only what the remaining evidence shows. */
function retell(flag: Flag, golden: GoldenFlag, orgName: string, variants: readonly string[]): Flag {
  if (flag.code === 'ORG_NAME_VARIANT') {
    return {
      ...flag,
      message: `ชื่อ${orgName}สะกดต่างกันในเอกสาร: ${variants.map((v) => `"${v}"`).join(', ')} หมายถึงหน่วยงานเดียวกัน`,
      messageEn: `The organisation's name is also spelt ${variants.map((v) => `"${v}"`).join(', ')}; the same ${orgName} is meant.`,
    };
  }
  if (flag.code === 'QUESTION_SCORE_CONFLICT') {
    const code = /^ข้อ (\S+)/.exec(golden.message)?.[1] ?? '';
    const lastNumber = (t: string): number | null => parseNumber(t.split(' ').slice(-1)[0] ?? '');
    const [main, ...others] = flag.evidence.map((e) => lastNumber(e.text)?.toFixed(2) ?? '?');
    return {
      ...flag,
      message: `ข้อ ${code} มีคะแนน ${main} ในตารางข้อคำถามหลัก แต่ตารางรายประเด็นระบุ ${others.join(', ')}`,
      messageEn: `Question ${code} scores ${main} in the main question table but ${others.join(', ')} in the issue tables.`,
    };
  }
  return flag;
}
