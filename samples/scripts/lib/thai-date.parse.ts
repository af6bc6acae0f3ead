import { normaliseText } from './thai-text.normalise.js';

const MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['มกราคม', 'ม.ค.']],
  [2, ['กุมภาพันธ์', 'ก.พ.']],
  [3, ['มีนาคม', 'มี.ค.']],
  [4, ['เมษายน', 'เม.ย.']],
  [5, ['พฤษภาคม', 'พ.ค.']],
  [6, ['มิถุนายน', 'มิ.ย.']],
  [7, ['กรกฎาคม', 'ก.ค.']],
  [8, ['สิงหาคม', 'ส.ค.']],
  [9, ['กันยายน', 'ก.ย.']],
  [10, ['ตุลาคม', 'ต.ค.']],
  [11, ['พฤศจิกายน', 'พ.ย.']],
  [12, ['ธันวาคม', 'ธ.ค.']],
];

export type ThaiDate = { day: number | null; month: number; beYear: number };

const pad = (n: number): string => String(n).padStart(2, '0');
const daysInMonth = (ceYear: number, month: number): number => new Date(Date.UTC(ceYear, month, 0)).getUTCDate();

/** "1 ตุลาคม 2568", "เดือนเมษายน 2564", "เดือน เมษายน 2564" → parts; null when no month and year are found. */
export function parseThaiDate(text: string): ThaiDate | null {
  const t = normaliseText(text);
  for (const [month, names] of MONTHS) {
    for (const name of names) {
      const at = t.indexOf(name);
      if (at < 0) continue;
      const before = /(\d{1,2})\s*$/.exec(t.slice(0, at));
      const after = /^\s*(?:พ\.ศ\.\s*)?(\d{4})/.exec(t.slice(at + name.length));
      if (!after?.[1]) continue;
      return { day: before?.[1] ? Number(before[1]) : null, month, beYear: Number(after[1]) };
    }
  }
  return null;
}

/** ISO date of a Thai date; a date without a day stands for the first (or, with `end`, the last) day of its month. */
export function toIso(d: ThaiDate, end = false): string {
  const ce = d.beYear - 543;
  const day = d.day ?? (end ? daysInMonth(ce, d.month) : 1);
  return `${ce}-${pad(d.month)}-${pad(day)}`;
}

/**
 * A period as printed: "1 ตุลาคม 2568 ถึง 30 กันยายน 2569", "1 ตุลาคม 2568 - 30 กันยายน 2568",
 * "เดือนเมษายน 2564" (the whole month), "เดือนเมษายน 2563 เป็นต้นไป" (open-ended).
 */
export function parsePeriod(text: string): { text: string; start: string | null; end: string | null } {
  const t = normaliseText(text);
  const parts = t.split(/\s+(?:ถึง|-)\s+/);
  if (parts.length === 2) {
    const a = parseThaiDate(parts[0] ?? '');
    const b = parseThaiDate(parts[1] ?? '');
    return { text: t, start: a ? toIso(a) : null, end: b ? toIso(b, true) : null };
  }
  const d = parseThaiDate(t);
  if (!d) return { text: t, start: null, end: null };
  if (/เป็นต้นไป/.test(t)) return { text: t, start: toIso(d), end: null };
  return { text: t, start: toIso(d), end: toIso(d, true) };
}
