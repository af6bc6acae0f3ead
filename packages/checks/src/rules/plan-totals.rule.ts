import { createFlag, type Evidence, type Flag, type Report } from '@lao/schemas';
import type { CheckContext } from '../check-context.js';
import { LOW_OCR_NOTE_EN, LOW_OCR_NOTE_TH, baht } from '../format.js';
import { findText } from '../page-lines.js';

type Plan = NonNullable<Report['plan']>;
type Project = Plan['projects'][number];

/** The heading line of a year's project table, else its first project row as recorded. */
function yearTableEvidence(ctx: CheckContext, year: number, first: Project): Evidence {
  return findText(ctx.pages, first.page, ['แผน', String(year)]) ?? findText(ctx.pages, first.page, [first.title]) ?? { page: first.page, text: first.title };
}

/**
 * The summary row that states the total: from provenance, else the page's "รวม … N โครงการ" row
 * (for a budget, the row or cell with the amount; a long row can carry it onto the next page).
 */
function statedTotalEvidence(ctx: CheckContext, index: number, t: Plan['statedTotals'][number], what: string, of: 'count' | 'budget'): Evidence {
  const src = ctx.sourceOf(`plan.statedTotals[${index}]`);
  if (of === 'budget' && t.budget !== null) {
    // A budget finding cites the printed amount: when the row's start holds only its count, the
    // amounts were pushed onto the next page by the page break, and that page is the evidence.
    const amount = baht(t.budget);
    if (src && src.text.replace(/\s+/gu, '').includes(amount)) return src;
    const rowPage = src && src.text ? src.page : t.page;
    const cell = findText(ctx.pages, rowPage, ['รวม', amount]) ?? findText(ctx.pages, rowPage + 1, [`${amount}บาท`]);
    if (cell) return cell;
  }
  if (src && src.text) return src;
  const count = t.projectCount !== null ? [`${t.projectCount}โครงการ`] : [];
  return findText(ctx.pages, t.page, ['รวม', ...count]) ?? findText(ctx.pages, t.page, ['รวม']) ?? { page: t.page, text: what };
}

/**
 * PLAN_COUNT_MISMATCH / PLAN_BUDGET_MISMATCH: each stated total (a year column of a summary row,
 * a มิติ subtotal, a year table's รวมทั้งสิ้น) against the projects listed for that year (and มิติ).
 */
export function planTotalsRule(ctx: CheckContext, rawDimensions: ReadonlyArray<number | null>): Flag[] {
  const plan = ctx.report.plan;
  if (!plan) return [];
  const flags: Flag[] = [];
  plan.statedTotals.forEach((t, i) => {
    if (t.year === null) return;
    const scope = ctx.statedTotalScopes.find((s) => s.index === i);
    const dim = scope ? scope.dimension : (rawDimensions[i] ?? null);
    const projects = plan.projects.filter((p) => p.year === t.year && (dim === null || p.dimension === dim));
    const yearProjects = plan.projects.filter((p) => p.year === t.year);
    const first = yearProjects[0];
    if (!first) return;
    const scopeTh = dim === null ? 'ทั้งแผน' : `มิติที่ ${dim}`;
    const scopeEn = dim === null ? 'the whole plan' : `dimension ${dim}`;
    const table = yearTableEvidence(ctx, t.year, first);
    const evidenceOf = (of: 'count' | 'budget'): Evidence[] => [statedTotalEvidence(ctx, i, t, `รวม ${scopeTh} ปี ${t.year}`, of), table];
    // Counts and amounts read by OCR with low confidence on the summary or the project pages.
    const lowOn = (evidence: Evidence[]): boolean =>
      ctx.lowConfidence([...evidence, ...projects.map((p) => ({ page: p.page, text: p.title }))], [`plan.statedTotals[${i}]`]);
    if (t.projectCount !== null && t.projectCount !== projects.length) {
      const evidence = evidenceOf('count');
      const low = lowOn(evidence);
      flags.push(
        createFlag(
          'PLAN_COUNT_MISMATCH',
          `ตารางสรุประบุจำนวนโครงการ${scopeTh} ปี ${t.year} ไว้ ${t.projectCount} โครงการ แต่ตารางแผนปฏิบัติการ พ.ศ. ${t.year} มี ${projects.length} โครงการ${low ? LOW_OCR_NOTE_TH : ''}`,
          `A summary states ${t.projectCount} projects for ${scopeEn} in ${t.year}, but the ${t.year} plan table lists ${projects.length}.${low ? LOW_OCR_NOTE_EN : ''}`,
          evidence,
        ),
      );
    }
    const budgets = projects.map((p) => p.budget);
    if (t.budget !== null && budgets.every((b) => b !== null)) {
      const sum = (budgets as number[]).reduce((a, b) => a + b, 0);
      if (Math.abs(sum - t.budget) > 0.005) {
        const evidence = evidenceOf('budget');
        const low = lowOn(evidence);
        flags.push(
          createFlag(
            'PLAN_BUDGET_MISMATCH',
            `ตารางสรุประบุงบประมาณ${scopeTh} ปี ${t.year} ไว้ ${baht(t.budget)} บาท แต่ผลรวมงบประมาณของโครงการในตารางแผนปฏิบัติการ พ.ศ. ${t.year} คือ ${baht(sum)} บาท${low ? LOW_OCR_NOTE_TH : ''}`,
            `A summary states a budget of ${baht(t.budget)} baht for ${scopeEn} in ${t.year}, but the projects of the ${t.year} plan table add up to ${baht(sum)} baht.${low ? LOW_OCR_NOTE_EN : ''}`,
            evidence,
          ),
        );
      }
    }
  });
  return flags;
}
