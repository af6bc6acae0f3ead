import type { Period } from '@lao/schemas';
import { beToCe, daysInMonth, parseThaiDate, parseThaiDateRange } from '@lao/thai-text';

const OPEN_END = /เป็นต้นไป/;
const SEPARATOR = /ถึง|[-–]/;

function iso(yearBe: number, month: number, day: number): string {
  return `${beToCe(yearBe)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A measure's period as printed, with ISO bounds when the text gives them: a range ("1 ตุลาคม 2568
 * ถึง 30 กันยายน 2569"), a month ("เดือนเมษายน 2564" → the whole month), an open end
 * ("เดือนเมษายน 2563 เป็นต้นไป" → from the 1st, no end).
 */
export function parsePeriod(text: string): Period | null {
  const t = text.trim();
  if (t === '') return null;
  const openEnd = OPEN_END.test(t) && !SEPARATOR.test(t);
  const range = parseThaiDateRange(t);
  if (range) return { text: t, start: range.startIso, end: openEnd ? null : range.endIso };
  const d = parseThaiDate(t);
  if (!d) return { text: t, start: null, end: null };
  const start = d.iso ?? (d.exists ? iso(d.year, d.month, 1) : null);
  const end = openEnd ? null : d.iso ?? iso(d.year, d.month, daysInMonth(beToCe(d.year), d.month));
  return { text: t, start, end };
}
