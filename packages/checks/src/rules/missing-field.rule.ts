import { createFlag, type Flag } from '@lao/schemas';
import type { CheckContext } from '../check-context.js';

const REQUIRED_TABLE: Partial<Record<string, { has: (c: CheckContext) => boolean; th: string; en: string }>> = {
  ita_analysis: { has: (c) => (c.report.ita?.indicators.length ?? 0) > 0, th: 'ตารางคะแนนรายตัวชี้วัด', en: 'the indicator score table' },
  integrity_measures: { has: (c) => c.report.measures.length > 0, th: 'ตารางมาตรการ', en: 'the measures table' },
  measures_progress: { has: (c) => c.report.measures.length > 0, th: 'ตารางผลการดำเนินการตามมาตรการ', en: 'the measures table' },
  anticorruption_plan: { has: (c) => (c.report.plan?.projects.length ?? 0) > 0, th: 'ตารางโครงการของแผน', en: 'the plan project table' },
};

/** MISSING_FIELD: the organisation, the year, or the table the document type requires was not found. */
export function missingFieldRule(ctx: CheckContext): Flag[] {
  const r = ctx.report;
  const flags: Flag[] = [];
  if (!r.org.name) flags.push(createFlag('MISSING_FIELD', 'ไม่พบชื่อหน่วยงานที่จัดทำเอกสาร', 'The organisation that issued the document was not found.', []));
  // A document of no known report type (a memo, a letter) reports on no fiscal year.
  if (r.fiscalYear === null && r.docType !== 'unknown') flags.push(createFlag('MISSING_FIELD', 'ไม่พบปีงบประมาณที่เอกสารนี้รายงาน', 'The fiscal year the document reports on was not found.', []));
  const table = REQUIRED_TABLE[r.docType];
  if (table && !table.has(ctx)) {
    flags.push(createFlag('MISSING_FIELD', `ไม่พบ${table.th}ซึ่งเอกสารประเภทนี้ต้องมี`, `${table.en[0]?.toUpperCase()}${table.en.slice(1)}, which this document type requires, was not found.`, []));
  }
  return flags;
}
