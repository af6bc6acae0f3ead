import { type DocType, LaoError, type Measure, type PageText, PageTextSchema, type Report, ReportSchema } from '@lao/schemas';
import { z } from 'zod';
import { classify } from './classify.classifier.js';
import { buildDoc, proseLines } from './document.model.js';
import { type PlaceLookup, parseHeader } from './header.parser.js';
import { parseIndicators } from './indicator-table.parser.js';
import { parseItaSummary } from './ita-summary.parser.js';
import { parseMeasures } from './measures.parser.js';
import { parseNarrativeMeasures } from './narrative-measures.parser.js';
import { type Mention, type ParseMeta, ParseMetaSchema, type ParseResult } from './parse-result.schema.js';
import { type StatedTotalScope, parsePlan } from './plan.parser.js';
import { parseQuestions } from './question-tables.parser.js';
import { findDateMentions, findDateRangeMentions } from './date-mentions.js';
import { type YearMention, findYearMentions } from './year-mentions.js';

export type FullParseResult = ParseResult & {
  /** What each plan.statedTotals entry covers (a year table, the summary's grand total, a มิติ subtotal). */
  statedTotalScopes: StatedTotalScope[];
};

/** The year a document is about: fiscal-year statements weigh most, the cover counts triple. */
function voteYear(mentions: YearMention[]): number | null {
  const tally = new Map<number, number>();
  for (const m of mentions) {
    if (m.form === 'range') continue;
    const w = (m.form === 'fiscal' ? 2 : 1) * (m.line.page === 1 ? 3 : 1);
    tally.set(m.year, (tally.get(m.year) ?? 0) + w);
  }
  let best: number | null = null;
  let bestW = 0;
  for (const [y, w] of tally) if (w > bestW || (w === bestW && best !== null && y < best)) [best, bestW] = [y, w];
  return best;
}

function titleRange(mentions: YearMention[]): { from: number; to: number } | null {
  const ranges = mentions.filter((m) => m.form === 'range' && m.toYear !== undefined && m.toYear - m.year <= 10);
  if (ranges.length === 0) return null;
  const tally = new Map<string, number>();
  for (const r of ranges) {
    const k = `${r.year}-${r.toYear}`;
    tally.set(k, (tally.get(k) ?? 0) + (r.line.page === 1 ? 3 : 1));
  }
  const best = [...tally.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const [from, to] = best.split('-').map(Number);
  return { from: from!, to: to! };
}

/**
 * A progress report that says it carried out its measures ("…ได้ดำเนินการตามมาตรการ… เรียบร้อยแล้ว",
 * seed 002) reports every measure with a result as done, unless a row says otherwise.
 */
function applyReportedCompletion(measures: Measure[], prose: string[]): void {
  const said = prose.join('').replace(/\s/g, '');
  if (!/ดำเนินการตาม(?:มาตรการ)?.{0,80}มาตรการ.{0,200}เรียบร้อย(?:แล้ว)?/.test(said)) return;
  for (const m of measures) if (m.status === null && (m.output || m.outcome)) m.status = 'done';
}

/**
 * PageText[] → the report's record (flags empty: the checks add them), the provenance of every value,
 * the score conflicts between tables and every mention the checks need as evidence.
 */
export type ParseOptions = {
  /** A gazetteer (e.g. @lao/gazetteer) to tell a misspelt org from another real one and a misprinted district. */
  places?: PlaceLookup;
};

export function parseReport(pagesIn: PageText[], metaIn: ParseMeta, options: ParseOptions = {}): FullParseResult {
  const parsedPages = z.array(PageTextSchema).safeParse(pagesIn);
  if (!parsedPages.success) throw new LaoError('INVALID_INPUT', `parseReport: pages are not PageText: ${parsedPages.error.message}`);
  const parsedMeta = ParseMetaSchema.safeParse(metaIn);
  if (!parsedMeta.success) throw new LaoError('INVALID_INPUT', `parseReport: bad meta: ${parsedMeta.error.message}`);
  const pages = parsedPages.data;
  const meta = parsedMeta.data;
  const doc = buildDoc(pages);
  const prose = proseLines(doc);

  const header = parseHeader(doc, options.places);
  const yearMentions = findYearMentions(doc.lines);
  const range = titleRange(yearMentions.filter((m) => m.line.page <= 2)) ?? titleRange(yearMentions);
  const year = voteYear(yearMentions);

  const questions = parseQuestions(doc, year);
  const indicators = parseIndicators(doc, year);
  const summary = parseItaSummary(prose, year, doc.tables);
  const tabled = parseMeasures(doc);
  // Measure tables win; a report without them may write its measures as prose sections.
  const measures = tabled.measures.length > 0 ? tabled : parseNarrativeMeasures(doc);
  applyReportedCompletion(measures.measures, prose.map((l) => l.text));
  const plan = parsePlan(doc, range);

  const docType: DocType = classify(doc, {
    indicators: indicators.indicators.length,
    questions: questions.questions.length,
    measures: measures.measures.length,
    measuresWithResult: measures.measures.filter((m) => m.output || m.outcome || m.status || m.progressPercent !== null).length,
    planProjects: plan.projects.length,
    planTotals: plan.statedTotals.length,
  });

  const hasIta = indicators.indicators.length > 0 || questions.questions.length > 0 || summary.totalScore !== null;
  const fiscalYear = docType === 'anticorruption_plan' ? plan.fromYear ?? year : year;
  const report: Report = {
    schemaVersion: 1,
    source: { fileName: meta.fileName, sha256: meta.sha256, pageCount: meta.pageCount },
    docType,
    fiscalYear,
    org: header.org,
    ita: hasIta
      ? {
          year,
          totalScore: summary.totalScore,
          level: summary.level,
          tools: summary.tools,
          indicators: indicators.indicators,
          questions: questions.questions,
        }
      : null,
    measures: measures.measures,
    plan:
      plan.fromYear !== null && plan.toYear !== null && (plan.projects.length > 0 || plan.statedTotals.length > 0)
        ? { fromYear: plan.fromYear, toYear: plan.toYear, projects: plan.projects, statedTotals: plan.statedTotals }
        : null,
    flags: [],
    pages: pages.map((p) => ({ no: p.page, method: p.method, confidence: p.confidence })),
  };

  const mentions: Mention[] = [
    ...header.mentions,
    ...yearMentions.map(
      (m): Mention => ({
        kind: 'fiscal_year',
        page: m.line.page,
        lineId: m.line.id,
        text: m.line.text,
        match: m.match,
        value: m.toYear !== undefined ? `${m.year}-${m.toYear}` : String(m.year),
      }),
    ),
    ...findDateRangeMentions(doc.lines, doc.tables, year),
    ...findDateMentions(doc.lines),
    ...summary.mentions,
  ];

  const yearSource = yearMentions.find((m) => (docType === 'anticorruption_plan' && m.form === 'range' ? m.year : m.form !== 'range' ? m.year : -1) === fiscalYear);
  const yearProvenance = yearSource
    ? [{ path: 'fiscalYear', page: yearSource.line.page, lineIds: [yearSource.line.id], boxes: [yearSource.line.box], confidence: yearSource.line.confidence }]
    : [];

  const checked = ReportSchema.safeParse(report);
  if (!checked.success) throw new LaoError('INTERNAL', `parseReport built an invalid Report: ${checked.error.message}`);
  return {
    // The validated object itself, not zod's stripped copy: stated totals carry `dimension`, which the
    // contract's StatedTotal does not have yet (the golden records already do).
    report,
    provenance: [...yearProvenance, ...header.provenance, ...summary.provenance, ...indicators.provenance, ...questions.provenance, ...measures.provenance, ...plan.provenance],
    conflicts: questions.conflicts,
    mentions,
    statedTotalScopes: plan.scopes,
  };
}

