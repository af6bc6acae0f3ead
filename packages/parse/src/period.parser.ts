import type { Period } from '@lao/schemas';
import {
  beToCe,
  completeThaiDate,
  daysInMonth,
  findThaiDates,
  fiscalYearRange,
  parseThaiDate,
  parseThaiDateRange,
  thaiDigitsToAscii,
  toBeYear,
} from '@lao/thai-text';

const OPEN_END = /เป็นต้นไป/;
const SEPARATOR = /\s*(?:ถึง|[-–])\s*/;
// "ปีงบประมาณ พ.ศ. 2569", "ปีงบประมาณ 69", "ประจำปี 2569".
const FISCAL = /(?:ปีงบประมาณ|ปีงบฯ|ประจำปี)\s*(?:พ\.\s?ศ\.)?\s*(\d{4}|\d{2})(?!\d)/;
// "ไตรมาส 1-2", "ไตรมาสที่ 1 - 4", "ไตรมาสที่ 3", "ไตรมาส 1, 2".
const QUARTERS = /ไตรมาส(?:ที่)?\s*([1-4])(?:\s*(?:ถึง|[-–,]|และ)\s*(?:ไตรมาส(?:ที่)?\s*)?([1-4]))*/;

export type PeriodContext = {
  /** The BE fiscal year the measures run in (a table heading, the cover): quarters printed alone use it. */
  fiscalYear?: number | null;
};

function isoDate(ce: number, month: number, day: number): string {
  return `${ce}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function iso(yearBe: number, month: number, day: number): string {
  return isoDate(beToCe(yearBe), month, day);
}

/** Quarter q (1..4) of BE fiscal year fy: Q1 = ต.ค.–ธ.ค. of the year before. */
function quarterBounds(fy: number, q: number): { start: string; end: string } {
  const startMonth = ((q - 1) * 3 + 9) % 12 + 1; // 10, 1, 4, 7
  const ce = beToCe(fy) - (q === 1 ? 1 : 0);
  const endMonth = startMonth + 2;
  return { start: isoDate(ce, startMonth, 1), end: isoDate(ce, endMonth, daysInMonth(ce, endMonth)) };
}

function quarters(t: string, fy: number | null): { start: string; end: string } | null {
  const m = QUARTERS.exec(t);
  if (!m || fy === null) return null;
  const qs = [...m[0].matchAll(/[1-4]/g)].map((x) => Number(x[0]));
  const lo = Math.min(...qs);
  const hi = Math.max(...qs);
  return { start: quarterBounds(fy, lo).start, end: quarterBounds(fy, hi).end };
}

/**
 * Two sides each holding a date, with noise the strict range parser refuses ("1 ตุลาคม 2568 - mo
 * กันยายน 2568", an OCR'd "๓๐"): the first date of the left side and the last of the right. A side
 * without a day covers its month.
 */
function looseRange(t: string): { start: string | null; end: string | null } | null {
  const parts = t.split(SEPARATOR);
  if (parts.length !== 2) return null;
  const left = findThaiDates(parts[0]!);
  const right = findThaiDates(parts[1]!);
  if (left.length === 0 || right.length === 0) return null;
  const r = right[right.length - 1]!;
  const l = left[0]!;
  const ry = r.year ?? l.year;
  const ly = l.year ?? (ry !== null ? ry - (l.month > r.month ? 1 : 0) : null);
  if (ly === null || ry === null) return null;
  const a = completeThaiDate(l, ly);
  const b = completeThaiDate(r, ry);
  const start = a.day === null ? iso(ly, a.month, 1) : a.iso;
  const end = b.day === null ? iso(ry, b.month, daysInMonth(beToCe(ry), b.month)) : b.iso;
  return { start, end };
}

/**
 * A measure's period as printed, with ISO bounds when the text gives them: a range ("1 ตุลาคม 2568
 * ถึง 30 กันยายน 2569", "ตุลาคม 2568 - กันยายน 2569"), a month ("เดือนเมษายน 2564" → the whole
 * month), an open end ("เดือนเมษายน 2563 เป็นต้นไป" → from the 1st, no end), a fiscal year
 * ("ปีงบประมาณ พ.ศ. 2569" → 1 Oct 2568 to 30 Sep 2569), quarters of the fiscal year ("ไตรมาส 1-2").
 */
export function parsePeriod(text: string, ctx: PeriodContext = {}): Period | null {
  const t = text.trim();
  if (t === '') return null;
  const openEnd = OPEN_END.test(t) && !SEPARATOR.test(t);
  const d = thaiDigitsToAscii(t);
  const fyMatch = FISCAL.exec(d);
  const fy = fyMatch ? toBeYear(fyMatch[1]!) : (ctx.fiscalYear ?? null);
  const q = quarters(d, fy);
  if (q) return { text: t, ...q };
  const range = parseThaiDateRange(t);
  if (range) return { text: t, start: range.startIso, end: openEnd ? null : range.endIso };
  const loose = looseRange(t);
  if (loose) return { text: t, ...loose };
  const date = parseThaiDate(t);
  if (!date) {
    // A whole fiscal year, printed as such.
    if (fyMatch) return { text: t, ...fiscalYearRange(toBeYear(fyMatch[1]!)) };
    return { text: t, start: null, end: null };
  }
  const start = date.iso ?? (date.exists ? iso(date.year, date.month, 1) : null);
  const end = openEnd ? null : date.iso ?? iso(date.year, date.month, daysInMonth(beToCe(date.year), date.month));
  return { text: t, start, end };
}
