import type { Doc, DocRow } from './document.model.js';
import { amountOf } from './plan-list.js';

export type YearSummaryRow = { year: number; projectCount: number | null; budget: number | null; page: number; row: DocRow };

const YEAR_HEAD = /^(?:ปี|พ\.ศ)/u;
const COUNT_HEAD = /จำนวน|โครงการ/u;
const BUDGET_HEAD = /งบ|บาท|เงิน/u;

/**
 * A plan's summary by year (ปีงบประมาณ | จำนวนโครงการ | งบประมาณ): one row per plan year, the year in its
 * first cell ("พ.ศ. 2566", "2566", "ปี 2567"), then the number of projects and the budget stated for that
 * year. No มิติ and no ไตรมาส column (those are the summary by มิติ and the e-PlanNACC year tables); years
 * outside the plan's range are not read.
 */
export function parseYearSummary(doc: Doc, range: { from: number; to: number } | null): YearSummaryRow[] {
  const out: YearSummaryRow[] = [];
  for (const table of doc.tables) {
    const head = table.rows[0];
    if (!head) continue;
    const labels = head.cells.map((c) => c.text);
    const yearCol = labels.findIndex((l) => YEAR_HEAD.test(l) && !/บาท|เงิน|25\d\d/.test(l));
    const countCol = labels.findIndex((l, i) => i !== yearCol && COUNT_HEAD.test(l) && !BUDGET_HEAD.test(l));
    const budgetCol = labels.findIndex((l, i) => i !== yearCol && BUDGET_HEAD.test(l));
    if (yearCol !== 0 || countCol < 0 || budgetCol < 0 || labels.some((l) => /มิติ|ไตรมาส/.test(l))) continue;
    const rows: YearSummaryRow[] = [];
    for (const row of table.rows.slice(1)) {
      const m = /^(?:ปี(?:งบประมาณ)?\s?)?(?:พ\.?\s?ศ\.?\s?)?(25\d\d)$/u.exec((row.cells[yearCol]?.text ?? '').trim());
      if (!m) continue;
      const year = Number(m[1]);
      if (range && (year < range.from || year > range.to)) continue;
      const count = row.cells[countCol]?.number?.value;
      rows.push({
        year,
        projectCount: count !== undefined && Number.isInteger(count) && count >= 0 ? count : null,
        budget: amountOf(row.cells[budgetCol]),
        page: row.page,
        row,
      });
    }
    if (rows.length > 0) out.push(...rows);
  }
  return out;
}
