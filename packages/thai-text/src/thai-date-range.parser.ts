import { thaiDigitsToAscii } from './digits.js';
import { beToCe, daysInMonth, isoDate } from './buddhist-calendar.js';
import { findThaiDates, toBeYear, type PartialThaiDate } from './thai-date.parser.js';
import { repairThai } from './thai-unicode.repair.js';

export type DateBound = { year: number; month: number; day: number };

export type ThaiDateRange = {
  /** The repaired text the range was read from. */
  text: string;
  start: DateBound;
  end: DateBound;
  startIso: string | null;
  endIso: string | null;
  /** The end falls before the start ("๑ ตุลาคม ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๘"). */
  inverted: boolean;
  /** Printed dates that do not exist ("๓๑ กันยายน ๒๕๖๘"); their ISO side is null. */
  invalid: string[];
};

type Side = { year: number | null; month: number | null; day: number | null; text: string };

const SEPARATOR = /\s*(?:ถึง|-)\s*/gu;
const LEAD_WORDS = /^(?:ตั้งแต่|ระหว่าง|ช่วง|ระยะเวลา)\s*/u;

function readSide(raw: string): Side | null {
  const text = raw.trim().replace(LEAD_WORDS, '').replace(/^(?:วันที่|เดือน)\s*/u, '').trim();
  if (!text) return null;
  const dates = findThaiDates(text);
  const only: PartialThaiDate | undefined = dates[0];
  // A side is one date: anything more (a second date, a sentence) means this split is wrong.
  if (only && dates.length === 1 && only.start === 0 && only.end === text.length) {
    return { year: only.year, month: only.month, day: only.day, text };
  }
  const d = thaiDigitsToAscii(text);
  const year = /^(?:(พ\.\s?ศ\.|ค\.\s?ศ\.|ปี)\s*)?(\d{4})$/u.exec(d);
  if (year?.[2]) return { year: toBeYear(year[2], year[1]), month: null, day: null, text };
  const day = /^(\d{1,2})$/.exec(d);
  if (day?.[1]) return { year: null, month: null, day: Number(day[1]), text };
  const monthOnly = findThaiDates(`${text} 2500`)[0];
  // A bare month name ("ตุลาคม") takes its year from the other side.
  if (monthOnly && monthOnly.start === 0 && monthOnly.day === null && monthOnly.end === text.length + 5) {
    return { year: null, month: monthOnly.month, day: null, text };
  }
  return null;
}

function fillFrom(side: Side, other: Side, isStart: boolean): Side {
  let { year, month } = side;
  const { day } = side;
  if (month === null && day !== null) month = other.month;
  if (year === null && other.year !== null) {
    year = other.year;
    // "๑ ธ.ค. - ๓๑ ม.ค. ๖๖": a start month after the end month belongs to the year before.
    if (month !== null && other.month !== null) {
      if (isStart && month > other.month) year -= 1;
      if (!isStart && month < other.month) year += 1;
    }
  }
  return { ...side, year, month };
}

function bound(side: Side, isStart: boolean, invalid: string[]): { b: DateBound; iso: string | null } | null {
  if (side.year === null) return null;
  const ce = beToCe(side.year);
  const month = side.month ?? (isStart ? 1 : 12);
  const last = daysInMonth(ce, month);
  const day = side.day ?? (isStart ? 1 : last);
  const exists = day >= 1 && day <= last;
  if (!exists) invalid.push(side.text);
  return { b: { year: side.year, month, day }, iso: exists ? isoDate(ce, month, day) : null };
}

/**
 * A period such as "๑ ตุลาคม ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๘", "ตั้งแต่ ต.ค. ๖๕ ถึง ก.ย. ๖๖",
 * "๑ - ๓๑ ต.ค. ๖๕" or "พ.ศ. ๒๕๖๖-๒๕๗๐". A side without a day (or month) starts on the first day
 * (month) and ends on the last; a side missing its month or year takes the other side's.
 * An inverted or impossible range is reported as such, never corrected.
 */
export function parseThaiDateRange(s: string): ThaiDateRange | null {
  const text = repairThai(s).trim();
  const candidates = [...text.matchAll(SEPARATOR)];
  const splits = candidates.length ? candidates : [null];
  for (const sep of splits) {
    const left = sep ? readSide(text.slice(0, sep.index)) : readSide(text);
    const right = sep ? readSide(text.slice(sep.index + sep[0].length)) : left;
    if (!left || !right) continue;
    const l = fillFrom(left, right, true);
    const r = fillFrom(right, left, false);
    const invalid: string[] = [];
    const start = bound(l, true, invalid);
    const end = bound(r, false, sep ? invalid : []);
    if (!start || !end) continue;
    const inverted = start.iso !== null && end.iso !== null && start.iso > end.iso;
    return { text, start: start.b, end: end.b, startIso: start.iso, endIso: end.iso, inverted, invalid };
  }
  return null;
}
