import { thaiDigitsToAscii } from './digits.js';
import { beToCe, ceToBe, daysInMonth, isoDate } from './buddhist-calendar.js';
import { MONTH_ABBR_PATTERN, MONTH_FULL_PATTERN, monthNumber } from './thai-months.js';

export type ThaiDate = {
  /** Buddhist Era year. */
  year: number;
  month: number;
  day: number | null;
  /** Gregorian YYYY-MM-DD; null when there is no day or the day does not exist. */
  iso: string | null;
  /** False for a day the month does not have ("๓๑ กันยายน"); never shifted to a real date. */
  exists: boolean;
  /** The matched text as printed. */
  text: string;
  start: number;
  end: number;
};

/** A date as printed, before a missing year is filled in. */
export type PartialThaiDate = Omit<ThaiDate, 'year' | 'iso' | 'exists'> & { year: number | null };

const THAI_LETTER = '\\u0E01-\\u0E4E';
const DATE_RE = new RegExp(
  `(?<![0-9${THAI_LETTER}])` +
    `(?:วันที่\\s*)?(?:(?<day>\\d{1,2})\\s*)?(?:เดือน\\s*)?` +
    `(?:(?<full>${MONTH_FULL_PATTERN})|(?<abbr>${MONTH_ABBR_PATTERN}))(?![${THAI_LETTER}])` +
    `(?:\\s*(?<era>พ\\.\\s?ศ\\.|ค\\.\\s?ศ\\.|ปี)?\\s*(?<year>\\d{4}|\\d{2})(?![0-9]))?`,
  'gu',
);

/**
 * A printed year to BE: two digits are 25xx ("ต.ค. ๖๕" → 2565); four digits from 2400 are BE;
 * smaller four-digit years, or any year after "ค.ศ.", are CE and converted.
 */
export function toBeYear(digits: string, era?: string): number {
  const y = Number(digits);
  if (digits.length === 2) return 2500 + y;
  if (era?.startsWith('ค') || y < 2400) return ceToBe(y);
  return y;
}

/** Every month-bearing date in the text (full or abbreviated month with a day or a year beside it). */
export function findThaiDates(s: string): PartialThaiDate[] {
  const d = thaiDigitsToAscii(s);
  const out: PartialThaiDate[] = [];
  for (const m of d.matchAll(DATE_RE)) {
    const g = m.groups ?? {};
    const monthToken = g.full ?? g.abbr ?? '';
    const month = monthNumber(monthToken);
    // A month word alone is not a date, and "ก.พ." alone is as likely the Civil Service Commission.
    if (month === null || (g.day === undefined && g.year === undefined)) continue;
    let end = m.index + m[0].length;
    // Do not swallow a trailing "ปี"/"พ.ศ." that had no year after it.
    if (g.year === undefined) end = m.index + m[0].trimEnd().length;
    out.push({
      year: g.year === undefined ? null : toBeYear(g.year, g.era),
      month,
      day: g.day === undefined ? null : Number(g.day),
      text: s.slice(m.index, end),
      start: m.index,
      end,
    });
  }
  return out;
}

/** Completes a partial date: fills the year, checks the day exists, computes the ISO date. */
export function completeThaiDate(p: PartialThaiDate, year: number): ThaiDate {
  const ce = beToCe(year);
  const exists = p.day === null || (p.day >= 1 && p.day <= daysInMonth(ce, p.month));
  const iso = p.day !== null && exists ? isoDate(ce, p.month, p.day) : null;
  return { ...p, year, exists, iso };
}

/**
 * The first date in the text: "๙ ก.พ.๖๖", "๖ เดือน มิถุนายน พ.ศ. ๒๕๖๕", "22 พฤศจิกายน 2565",
 * "ต.ค. ๖๕" (October 2565 BE = 2022, day null). A date without a year is returned only when
 * opts.defaultYear (BE) is given.
 */
export function parseThaiDate(s: string, opts: { defaultYear?: number } = {}): ThaiDate | null {
  for (const p of findThaiDates(s)) {
    const year = p.year ?? opts.defaultYear;
    if (year !== undefined) return completeThaiDate(p, year);
  }
  return null;
}
