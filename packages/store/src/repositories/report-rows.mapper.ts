import type { Insertable } from 'kysely';
import type { Report } from '@lao/schemas';
import type {
  FlagsTable,
  IndicatorScoresTable,
  MeasuresTable,
  PlanProjectsTable,
  QuestionScoresTable,
  StatedTotalsTable,
} from '../database.types.js';
import { flagFingerprints } from '../flag-fingerprint.js';

/** Everything a Report contributes besides its own row, as rows keyed by (document_id, ord). */
export interface ReportChildRows {
  indicators: Insertable<IndicatorScoresTable>[];
  questions: Insertable<QuestionScoresTable>[];
  measures: Insertable<MeasuresTable>[];
  projects: Insertable<PlanProjectsTable>[];
  statedTotals: Insertable<StatedTotalsTable>[];
  flags: Insertable<FlagsTable>[];
}

export function reportChildRows(documentId: string, report: Report): ReportChildRows {
  const fingerprints = flagFingerprints(report.flags);
  return {
    indicators: (report.ita?.indicators ?? []).map((i, ord) => ({
      document_id: documentId,
      ord,
      no: i.no,
      name: i.name,
      official_name: i.officialName,
      score: i.score,
      page: i.page,
    })),
    questions: (report.ita?.questions ?? []).map((q, ord) => ({
      document_id: documentId,
      ord,
      tool: q.tool,
      code: q.code,
      text: q.text,
      score: q.score,
      parts_json: q.parts === null ? null : JSON.stringify(q.parts),
      page: q.page,
    })),
    measures: report.measures.map((m, ord) => ({
      document_id: documentId,
      ord,
      no: m.no,
      indicator_no: m.indicatorNo,
      title: m.title,
      steps_json: JSON.stringify(m.steps),
      responsible: m.responsible,
      period_text: m.period?.text ?? null,
      period_start: m.period?.start ?? null,
      period_end: m.period?.end ?? null,
      status: m.status,
      progress_percent: m.progressPercent,
      output: m.output,
      outcome: m.outcome,
      result: m.result,
      page: m.page,
    })),
    projects: (report.plan?.projects ?? []).map((p, ord) => ({
      document_id: documentId,
      ord,
      year: p.year,
      no: p.no,
      title: p.title,
      dimension: p.dimension,
      budget: p.budget,
      quarters_json: JSON.stringify(p.quarters),
      page: p.page,
    })),
    statedTotals: (report.plan?.statedTotals ?? []).map((t, ord) => ({
      document_id: documentId,
      ord,
      year: t.year,
      project_count: t.projectCount,
      budget: t.budget,
      page: t.page,
    })),
    flags: report.flags.map((f, ord) => ({
      document_id: documentId,
      ord,
      fingerprint: fingerprints[ord] ?? '',
      code: f.code,
      severity: f.severity,
      message: f.message,
      message_en: f.messageEn,
      evidence_json: JSON.stringify(f.evidence),
    })),
  };
}

/** Splits rows so one INSERT stays far below SQLite's and PostgreSQL's bound-parameter limits. */
export function chunks<T>(rows: readonly T[], size = 200): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
