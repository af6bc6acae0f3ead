import type { Doc, DocRow } from './document.model.js';
import { amountScale, scaledAmount } from './plan-list.js';
import { readHeader } from './table-header.js';

export type YearSummaryRow = {
  /** null for the row of the whole plan ("รวม 3 ปี", "รวมทั้งสิ้น"). */
  year: number | null;
  /** The มิติ a group of columns counts (the table split by มิติ), null for the year's total. */
  dimension: 1 | 2 | 3 | 4 | null;
  projectCount: number | null;
  budget: number | null;
  page: number;
  row: DocRow;
};

const YEAR_HEAD = /^(?:ปี|พ\.ศ)/u;
const COUNT_HEAD = /จำนวน|โครงการ/u;
const BUDGET_HEAD = /งบ|บาท|เงิน/u;
const HEAD_VOCAB = /ปี|จำนวน|โครงการ|งบ|บาท|มิติ|รวม/u;
const DIMENSION_GROUP = /มิติ\s?(?:ที่)?\s?([1-4])(?![\d.])/u;
const TOTAL_GROUP = /^(?:รวม|ทั้งหมด)/u;
const WHOLE_PLAN = /^รวม/u;

type Group = { dimension: 1 | 2 | 3 | 4 | null; count: number; budget: number; scale: number };

/**
 * The column groups of a summary by year: one count and one amount column for the whole year, or, when
 * the head splits the year by มิติ ("มิติที่ 1" over จำนวน | งบประมาณ, … then "รวม" over the year's
 * two), a pair per มิติ plus the total's pair.
 */
function groups(labels: string[], yearCol: number): Group[] | null {
  const byKey = new Map<string, { dimension: 1 | 2 | 3 | 4 | null; count: number; budget: number; scale: number }>();
  const split = labels.some((l) => DIMENSION_GROUP.test(l));
  labels.forEach((l, c) => {
    if (c === yearCol) return;
    const dm = DIMENSION_GROUP.exec(l);
    const dimension = dm ? (Number(dm[1]) as 1 | 2 | 3 | 4) : null;
    if (split && dimension === null && !TOTAL_GROUP.test(l)) return;
    const key = String(dimension);
    const g = byKey.get(key) ?? { dimension, count: -1, budget: -1, scale: 1 };
    const rest = dm ? l.replace(dm[0], '') : l.replace(TOTAL_GROUP, '');
    if (BUDGET_HEAD.test(rest) && g.budget < 0) {
      g.budget = c;
      g.scale = amountScale(l);
    } else if (COUNT_HEAD.test(rest) && !BUDGET_HEAD.test(rest) && g.count < 0) g.count = c;
    byKey.set(key, g);
  });
  const out = [...byKey.values()].filter((g) => g.count >= 0 && g.budget >= 0);
  return out.length > 0 ? out : null;
}

/**
 * A plan's summary by year (ปีงบประมาณ | จำนวนโครงการ | งบประมาณ): one row per plan year, the year in its
 * first cell ("พ.ศ. 2566", "2566", "ปี 2567"), then the number of projects and the budget stated for that
 * year, perhaps split by มิติ under a two-row head (each มิติ's pair of columns, then the year's total),
 * perhaps a last row for the whole plan ("รวม 3 ปี"). No ไตรมาส column (those are e-PlanNACC year
 * tables); years outside the plan's range are not read. Amounts headed ล้านบาท are millions of baht.
 */
export function parseYearSummary(doc: Doc, range: { from: number; to: number } | null): YearSummaryRow[] {
  const out: YearSummaryRow[] = [];
  for (const table of doc.tables) {
    const h = readHeader(table, HEAD_VOCAB, 0, 2);
    if (!h) continue;
    const labels = h.labels;
    const yearCol = labels.findIndex((l) => YEAR_HEAD.test(l) && !/บาท|เงิน|25\d\d/.test(l));
    if (yearCol !== 0 || labels.some((l) => /ไตรมาส/.test(l))) continue;
    // A summary by มิติ has a มิติ column (its rows are มิติ), not มิติ groups over the columns.
    if (labels.some((l) => /มิติ/.test(l) && !DIMENSION_GROUP.test(l))) continue;
    const gs = groups(labels, yearCol);
    if (!gs) continue;
    const rows: YearSummaryRow[] = [];
    for (const row of table.rows.slice(h.rowCount)) {
      const first = (row.cells[yearCol]?.text ?? '').trim();
      const m = /^(?:ปี(?:งบประมาณ)?\s?)?(?:พ\.?\s?ศ\.?\s?)?(25\d\d)$/u.exec(first);
      const whole = !m && WHOLE_PLAN.test(first) && rows.length > 0;
      if (!m && !whole) continue;
      const year = m ? Number(m[1]) : null;
      if (year !== null && range && (year < range.from || year > range.to)) continue;
      for (const g of gs) {
        const count = row.cells[g.count]?.number?.value;
        rows.push({
          year,
          dimension: g.dimension,
          projectCount: count !== undefined && Number.isInteger(count) && count >= 0 ? count : null,
          budget: scaledAmount(row.cells[g.budget], g.scale),
          page: row.page,
          row,
        });
      }
    }
    if (rows.length > 0) out.push(...rows);
  }
  return out;
}
