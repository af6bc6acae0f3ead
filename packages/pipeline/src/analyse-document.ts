import { runChecks } from '@lao/checks';
import type { Gazetteer } from '@lao/gazetteer';
import { parseReport, type FullParseResult } from '@lao/parse';
import { type PageText, type Report, ReportSchema } from '@lao/schemas';

export interface AnalyseInput {
  fileName: string;
  sha256: string;
  /** Pages in the document, including pages that failed extraction. */
  pageCount: number;
  /** The pages that were extracted (a failed page is simply absent). */
  pages: PageText[];
}

export interface AnalyseDeps {
  gazetteer: Gazetteer;
  config: { lowOcrConfidence: number };
}

export interface AnalysedDocument {
  report: Report;
  parse: FullParseResult;
}

/**
 * The analyse stage, shared by `lao extract`, the embedded runner and the queue workers:
 * parse the pages into a Report, run the consistency checks on it, and fill the page summary.
 * Pure: extraction and storage happen around it.
 */
export function analyseDocument(input: AnalyseInput, deps: AnalyseDeps): AnalysedDocument {
  const pages = [...input.pages].sort((a, b) => a.page - b.page);
  // The gazetteer lets the parser tell a real other subdistrict (another org) from OCR noise in the name.
  const parse = parseReport(
    pages,
    { fileName: input.fileName, sha256: input.sha256, pageCount: input.pageCount },
    { places: deps.gazetteer },
  );
  const flags = runChecks(
    {
      report: parse.report,
      mentions: parse.mentions,
      conflicts: parse.conflicts,
      provenance: parse.provenance,
      statedTotalScopes: parse.statedTotalScopes,
      pages,
    },
    deps,
  );
  const report = ReportSchema.parse({
    ...parse.report,
    source: { fileName: input.fileName, sha256: input.sha256, pageCount: input.pageCount },
    flags,
    pages: pages.map((p) => ({ no: p.page, method: p.method, confidence: p.confidence })),
  });
  return { report, parse };
}
