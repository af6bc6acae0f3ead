import type { Measure } from '@lao/schemas';
import { THAI_MONTHS, beToCe, daysInMonth, monthNumber, toBeYear } from '@lao/thai-text';
import type { DocTable } from './document.model.js';
import type { TableHeader } from './table-header.js';

/**
 * Month-tick columns of a measures table: "ระยะเวลาดำเนินการ" over "ต.ค. | พ.ย. | … | ก.ย.", sometimes
 * with the calendar years between ("พ.ศ. 2567" over ต.ค.–ธ.ค., "พ.ศ. 2568" over ม.ค.–ก.ย.), a measure's
 * months ticked (☑ ✓ /). Like ticked ไตรมาส columns (measure-columns.ts 'quarter'), each such column has
 * a role ('month') and the ticks become the period when no period cell prints one.
 */

// Month names as printed: "ต.ค." (the last dot optional), "ตุลาคม".
const MONTH = THAI_MONTHS.flatMap((m) => {
  const [a = '', b = ''] = m.abbr.split('.');
  return [m.full, `${a}\\.${b}\\.?`];
}).join('|');

// A label that ends with one month, with or without a year after it: "ต.ค.", "ระยะเวลาดำเนินการต.ค.",
// "พ.ศ.2567ต.ค.", "ต.ค.67", "ตุลาคม2567" (spaces removed). A range ("ต.ค.2567-ก.ย.2568") is a period, and
// a month after a day ("ณ30ก.ย.") a date.
const MONTH_LABEL = new RegExp(`(?<!(?:^|\\D)\\d{1,2})(${MONTH})(?:(?:พ\\.?ศ\\.?)?(\\d{4}|\\d{2}))?$`);
const RANGE = /[-–]|ถึง/;

/** Month (1–12) and, when the label prints one, the BE year of a month column's label; else null. */
export function monthOfLabel(label: string): { month: number; year: number | null } | null {
  const l = label.replace(/\s+/g, '');
  if (RANGE.test(l)) return null;
  const m = MONTH_LABEL.exec(l);
  if (!m) return null;
  const month = monthNumber(m[1]!);
  if (month === null) return null;
  // The year printed after the month, else one printed earlier in the label ("พ.ศ. 2567 ต.ค.").
  const own = m[2] ?? /(?:^|\D)(25\d\d)(?!\d)/.exec(l.slice(0, m.index))?.[1];
  return { month, year: own ? toBeYear(own) : null };
}

const MONTH_CELL = new RegExp(`^(?:${MONTH})(?:\\d{2}|\\d{4})?$`);

/** A cell holding a month name alone (a month row under the header). */
function isMonthCell(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return t !== '' && !RANGE.test(t) && MONTH_CELL.test(t);
}

// A cell of a row of years over the months: "พ.ศ. 2567", "ปีงบประมาณ พ.ศ. 2568", "ปี 2568" (spaces removed).
const YEAR_CELL = /^(?:ปีงบประมาณ|ปีงบฯ|ปี)?(?:พ\.?ศ\.?)?25\d\d$/;
const HAS_YEAR = /(?:^|\D)25\d\d(?!\d)/;

function isMonthRow(texts: string[]): boolean {
  const months = texts.filter(isMonthCell).length;
  return months >= 3 && texts.every((t) => t === '' || isMonthCell(t));
}

function isYearRow(texts: string[]): boolean {
  const filled = texts.filter((t) => t !== '');
  return filled.length > 0 && filled.every((t) => YEAR_CELL.test(t.replace(/\s+/g, '')));
}

/**
 * A header with a row of month names under "ระยะเวลาดำเนินการ" (the table header reader merges two rows):
 * "ระยะเวลาดำเนินการ" / "พ.ศ. 2567 | พ.ศ. 2568" / "ต.ค. | พ.ย. | …", or "ระยะเวลาดำเนินการ" / "ปีงบประมาณ
 * พ.ศ. 2568" (one cell over all the months) / "ต.ค. | …". When the row under the header (or under a row
 * of years right under it) names at least three months and nothing else, it is one more header row: each
 * month column's label gets the heading over it, the year printed over it (a year spans the month columns
 * to its right until the next one) and its month.
 */
export function withMonthRow(table: DocTable, header: TableHeader): TableHeader & { monthRow: boolean } {
  const textsAt = (k: number) => table.rows[k]?.cells.map((c) => c.text.trim()) ?? null;
  let at = header.rowCount;
  let texts = textsAt(at);
  let years: string[] = [];
  if (texts && !isMonthRow(texts) && isYearRow(texts)) {
    const next = textsAt(at + 1);
    if (next && isMonthRow(next)) {
      years = texts;
      texts = next;
      at++;
    }
  }
  if (!texts || !isMonthRow(texts)) return { ...header, monthRow: false };
  let group = '';
  let year = '';
  const labels = texts.map((t, i) => {
    const label = header.labels[i] ?? '';
    if (!isMonthCell(t)) {
      group = '';
      year = '';
      return label;
    }
    if ((years[i] ?? '') !== '') year = years[i]!;
    if (label !== '') group = label;
    return [group, HAS_YEAR.test(group) ? '' : year, t].filter((x) => x !== '').join(' ');
  });
  return { labels, rowCount: at + 1, monthRow: true };
}

/**
 * The month and year of each month column (null for other columns). A year printed over the months is a
 * calendar year ("พ.ศ. 2567" over ต.ค.–ธ.ค., "พ.ศ. 2568" over ม.ค.–ก.ย.), unless it is a fiscal year: the
 * label says ปีงบประมาณ, or one year stands over months that run on past ธ.ค. into ม.ค. (ต.ค. … ก.ย.
 * under "พ.ศ. 2568"): then ต.ค.–ธ.ค. fall in the calendar year before it.
 */
export function monthColumns(labels: string[], isMonth: (i: number) => boolean): Array<TickedMonth | null> {
  const read = labels.map((l, i) => (isMonth(i) ? monthOfLabel(l) : null));
  const out: Array<TickedMonth | null> = read.map((m) => m && { ...m });
  // Runs of month columns under one printed year.
  for (let i = 0; i < read.length; ) {
    const first = read[i];
    if (!first || first.year === null) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < read.length && read[j + 1] && read[j + 1]!.year === first.year) j++;
    const months = read.slice(i, j + 1).map((m) => m!.month);
    const wraps = months.some((m, k) => k > 0 && m < months[k - 1]!);
    const fiscal = wraps || /ปีงบ/.test(labels[i] ?? '');
    if (fiscal) for (let k = i; k <= j; k++) if (out[k]!.month >= 10) out[k]!.year = first.year - 1;
    i = j + 1;
  }
  return out;
}

/** A month column ticked for a measure: its month and the year its label prints (null: the fiscal year's). */
export type TickedMonth = { month: number; year: number | null };

/** Position of a month in the fiscal year: ต.ค. 1 … ก.ย. 12. */
function fiscalIndex(month: number): number {
  return ((month + 2) % 12) + 1;
}

/**
 * The period the ticked months give: from the first day of the first ticked month to the last day of the
 * last one (months left unticked between them are inside the span; the record has one period). A month
 * without a printed year falls in the report's fiscal year: ต.ค.–ธ.ค. in the calendar year before it
 * (FY 2568: ต.ค. = Oct 2024), ม.ค.–ก.ย. in the year itself.
 *
 * The text is written the way these reports print a period, with the official abbreviations and BE
 * years at both ends, even when they share a year: "ต.ค. 2567 - มี.ค. 2568", "ม.ค. 2568 - มี.ค. 2568";
 * one month alone is "ม.ค. 2568". The years make the text unambiguous on its own (it is what a reviewer
 * sees) and parsePeriod reads it back to the same bounds. Without any year (no fiscal year known, none
 * printed) the text has no years and the bounds are null.
 */
export function monthsPeriod(ticked: TickedMonth[], fiscalYear: number | null): Measure['period'] {
  if (ticked.length === 0) return null;
  const dated = ticked.map((t) => ({ month: t.month, year: t.year ?? (fiscalYear === null ? null : t.month >= 10 ? fiscalYear - 1 : fiscalYear) }));
  const order = (t: { month: number; year: number | null }) => (t.year === null ? fiscalIndex(t.month) : t.year * 12 + t.month);
  const sorted = [...dated].sort((a, b) => order(a) - order(b));
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const abbr = (m: number) => THAI_MONTHS[m - 1]!.abbr;
  if (first.year === null || last.year === null) {
    const text = first.month === last.month ? abbr(first.month) : `${abbr(first.month)} - ${abbr(last.month)}`;
    return { text, start: null, end: null };
  }
  const one = first.month === last.month && first.year === last.year;
  const text = one ? `${abbr(first.month)} ${first.year}` : `${abbr(first.month)} ${first.year} - ${abbr(last.month)} ${last.year}`;
  const startCe = beToCe(first.year);
  const endCe = beToCe(last.year);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    text,
    start: `${startCe}-${pad(first.month)}-01`,
    end: `${endCe}-${pad(last.month)}-${pad(daysInMonth(endCe, last.month))}`,
  };
}
